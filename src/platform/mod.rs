//! The browser edge: the only module that touches the DOM, the URL, files and
//! the network. Everything here is small and does I/O only; decisions are made
//! in the core.

pub mod files;
pub mod location;

use js_sys::{ArrayBuffer, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamByobReader, ReadableStreamDefaultReader, Response};

use crate::dataset;
use crate::state::{NotLoaded, ReadFailure};

fn window() -> web_sys::Window {
    web_sys::window().expect("the report runs in a browser window")
}

fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// The `data` parameter of the page's URL (`?data=URL`), if any.
pub fn data_param() -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("data").filter(|s| !s.trim().is_empty())
}

/// Resolves a possibly relative URL against the page's address and checks
/// that it is http(s).
pub fn resolve_url(url: &str) -> Result<String, ReadFailure> {
    let bad = || ReadFailure::BadAddress {
        url: url.to_string(),
    };
    let base = window().location().href().map_err(|_| bad())?;
    let resolved = web_sys::Url::new_with_base(url, &base).map_err(|_| bad())?;
    match resolved.protocol().as_str() {
        "http:" | "https:" => Ok(resolved.href()),
        other => Err(ReadFailure::NotHttp {
            url: url.to_string(),
            scheme: other.trim_end_matches(':').to_string(),
        }),
    }
}

/// The text of a JSON script element baked into the page, if there is one.
pub fn inline_dataset() -> Option<String> {
    let element = document().get_element_by_id("kenes-data")?;
    let text = element.text_content()?;
    (!text.trim().is_empty()).then_some(text)
}

/// The parts of the single-file report this page was opened from, read back
/// from its own elements (see `bundle`), or `None` for the hosted build.
pub struct OwnParts {
    pub csp: String,
    pub css: String,
    pub script: String,
    pub favicon: Option<String>,
}

pub fn own_single_file_parts() -> Option<OwnParts> {
    let document = document();
    let code = document.get_element_by_id("kenes-code")?;
    let style = document.get_element_by_id("kenes-style")?;
    let csp = document
        .query_selector("meta[http-equiv=Content-Security-Policy]")
        .ok()??
        .get_attribute("content")?;
    let favicon = document
        .query_selector("link[rel=icon]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .filter(|href| href.starts_with("data:"));
    Some(OwnParts {
        csp,
        css: style.text_content()?,
        script: code.text_content()?,
        favicon,
    })
}

/// Marks the page as showing a fully loaded dataset (the test hook), or
/// clears the mark while a new dataset loads.
pub fn set_ready(ready: bool) {
    let Some(html) = document().document_element() else {
        return;
    };
    if ready {
        let _ = html.set_attribute("data-kenes-ready", "");
        if let Ok(performance) = Reflect::get(&window(), &"performance".into()) {
            if let Ok(performance) = performance.dyn_into::<web_sys::Performance>() {
                let _ = performance.mark("kenes:ready");
            }
        }
    } else {
        let _ = html.remove_attribute("data-kenes-ready");
    }
}

/// Marks the page ready (see [`set_ready`]) once the work already queued
/// has run: called while Yew draws, the mark comes after the whole pass,
/// which Yew ends only with no element left to create or draw.
pub fn set_ready_after_render() {
    wasm_bindgen_futures::spawn_local(async { set_ready(true) });
}

/// Marks the page as an embed (`html.embed`), for the embed stylesheet rules.
pub fn set_embedded(embedded: bool) {
    if let Some(html) = document().document_element() {
        let _ = html.class_list().toggle_with_force("embed", embedded);
    }
}

/// Sets `html[lang]`.
pub fn set_document_language(lang: &str) {
    // Setting it again to the same language would still restyle the page.
    if let Some(html) = document().document_element() {
        if html.get_attribute("lang").as_deref() != Some(lang) {
            let _ = html.set_attribute("lang", lang);
        }
    }
}

/// Sets the page title.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// A document's bytes as they arrive, from the network or from a file: its
/// announced length and its parts one at a time ([`Body::next`]).
pub struct Body {
    /// None for an answer without a body.
    reader: Option<Reader>,
    total: Option<u64>,
    read: u64,
}

/// How a body is read.
enum Reader {
    /// Into one buffer of ours, again and again: the browser copies what
    /// has arrived straight into it, up to [`READ_AT_MOST`] bytes a read,
    /// with no new buffer (fresh memory) for each part.
    Own {
        reader: ReadableStreamByobReader,
        /// `None` while a read holds it.
        buffer: Option<ArrayBuffer>,
    },
    /// Part by part as the browser makes them (a stream that is not of
    /// bytes).
    Given(ReadableStreamDefaultReader),
}

/// The most bytes one read of a body takes (1 MiB).
const READ_AT_MOST: u32 = 1 << 20;

impl Reader {
    fn new(stream: &web_sys::ReadableStream) -> Result<Reader, NotLoaded> {
        // `getReader({ mode: "byob" })` throws for a stream that is not of
        // bytes, which web-sys's binding would not catch.
        let own = Reflect::get(stream, &"getReader".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|get_reader| {
                let options = js_sys::Object::new();
                Reflect::set(&options, &"mode".into(), &"byob".into()).ok()?;
                get_reader.call1(stream, &options).ok()
            })
            .and_then(|reader| reader.dyn_into::<ReadableStreamByobReader>().ok());
        if let Some(reader) = own {
            return Ok(Reader::Own {
                reader,
                buffer: Some(ArrayBuffer::new(READ_AT_MOST)),
            });
        }
        let reader = stream
            .get_reader()
            .dyn_into::<ReadableStreamDefaultReader>()
            .map_err(|e: js_sys::Object| interrupted(e.into()))?;
        Ok(Reader::Given(reader))
    }

    /// The next part, `None` at the end.
    async fn read(&mut self) -> Result<Option<Uint8Array>, NotLoaded> {
        let promise = match self {
            Reader::Own { reader, buffer } => {
                // A read that failed took the buffer with it: a new one.
                let buffer = buffer
                    .take()
                    .unwrap_or_else(|| ArrayBuffer::new(READ_AT_MOST));
                reader.read_with_array_buffer_view(&Uint8Array::new(&buffer))
            }
            Reader::Given(reader) => reader.read(),
        };
        let chunk = JsFuture::from(promise).await.map_err(interrupted)?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(None);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(interrupted)?;
        let array: Uint8Array = value.dyn_into().map_err(interrupted)?;
        if let Reader::Own { buffer, .. } = self {
            // The same memory, handed back by the read: the next read
            // fills it again.
            *buffer = Some(array.buffer());
        }
        Ok(Some(array))
    }

    fn cancel(&self) {
        let _ = match self {
            Reader::Own { reader, .. } => reader.cancel(),
            Reader::Given(reader) => reader.cancel(),
        };
    }
}

impl Body {
    fn new(stream: Option<web_sys::ReadableStream>, total: Option<u64>) -> Result<Body, NotLoaded> {
        let reader = match stream {
            Some(stream) => Some(Reader::new(&stream)?),
            None => None,
        };
        Ok(Body {
            reader,
            total,
            read: 0,
        })
    }

    /// The length announced (by the server or the file), if any.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// The bytes that have arrived so far.
    pub fn read(&self) -> u64 {
        self.read
    }

    /// The next part of the body; `None` at the end. A body that grows
    /// over the size limit is stopped there and refused, whatever length it
    /// announced. The part is in memory the next read fills again, so it
    /// lives only until then.
    pub async fn next(&mut self) -> Result<Option<Part<'_>>, NotLoaded> {
        let Some(reader) = &mut self.reader else {
            return Ok(None);
        };
        let Some(array) = reader.read().await? else {
            return Ok(None);
        };
        let read = self.read + u64::from(array.length());
        if let Err(refusal) = dataset::check_size(read) {
            reader.cancel();
            return Err(refusal.into());
        }
        self.read = read;
        Ok(Some(Part(array, std::marker::PhantomData)))
    }
}

/// A part of a body, still in the browser's memory: copied once, straight
/// to where the reader keeps the document ([`Part::copy_to`]).
pub struct Part<'a>(Uint8Array, std::marker::PhantomData<&'a mut Body>);

impl Part<'_> {
    pub fn len(&self) -> usize {
        self.0.length() as usize
    }

    /// Copies the part into `to`, which is [`Part::len`] bytes long.
    pub fn copy_to(&self, to: &mut [u8]) {
        self.0.copy_to(to);
    }
}

fn interrupted(e: JsValue) -> NotLoaded {
    ReadFailure::Interrupted {
        detail: js_message(e),
    }
    .into()
}

/// Fetches a URL; its body is read as it arrives. A document the server
/// says is over the size limit is refused before its body is read.
pub async fn fetch(url: &str) -> Result<Body, NotLoaded> {
    let promise = window().fetch_with_str(url);
    let unreachable = |e: JsValue| ReadFailure::Unreachable {
        url: url.to_string(),
        detail: js_message(e),
    };
    let response = JsFuture::from(promise).await.map_err(unreachable)?;
    let response: Response = response.dyn_into().map_err(unreachable)?;
    if !response.ok() {
        return Err(ReadFailure::Status {
            url: url.to_string(),
            code: response.status(),
            text: response.status_text(),
        }
        .into());
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<u64>().ok());
    let body = response.body();
    if let Err(refusal) = dataset::check_size(total.unwrap_or(0)) {
        if let Some(body) = body {
            let _ = body.cancel();
        }
        return Err(refusal.into());
    }
    Body::new(body, total)
}

/// Fetches a URL whole.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, NotLoaded> {
    let mut body = fetch(url).await?;
    let mut bytes = Vec::new();
    while let Some(part) = body.next().await? {
        let at = bytes.len();
        bytes.resize(at + part.len(), 0);
        part.copy_to(&mut bytes[at..]);
    }
    Ok(bytes)
}

/// A local file, read as it arrives. A file over the size limit is refused
/// before it is read.
pub fn read_file(file: &web_sys::File) -> Result<Body, NotLoaded> {
    let size = file.size() as u64;
    dataset::check_size(size)?;
    Body::new(Some(file.stream()), Some(size))
}

/// Today's date on the user's clock, as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The width of the window's layout viewport in CSS pixels.
pub fn viewport_width() -> f64 {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .unwrap_or(1024.0)
}

/// The height of the window (of the frame, in an embed), in CSS pixels.
pub fn viewport_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(768.0)
}

/// Calls `on_resize` whenever the window changes size, for as long as the
/// returned listener lives.
pub fn on_resize(on_resize: impl Fn() + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&window(), "resize", move |_| on_resize())
}

/// Calls `on_key` with every key pressed anywhere on the page (for as long as
/// the returned listener lives). It returns whether it used the key, so
/// the browser's own action (scrolling on Space, say) can be stopped.
pub fn on_keydown(on_key: impl Fn(&str) -> bool + 'static) -> gloo::events::EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        if on_key(&event.key()) {
            event.prevent_default();
        }
    })
}

/// Shows the page full screen, or leaves full screen.
pub fn toggle_fullscreen() {
    let document = document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Marks the page as a presentation (`html.presenting`), for the projector
/// stylesheet rules.
pub fn set_presenting(presenting: bool) {
    if let Some(html) = document().document_element() {
        let _ = html
            .class_list()
            .toggle_with_force("presenting", presenting);
    }
}

/// Opens the browser's print dialog (where "Save as PDF" is).
pub fn print() {
    let _ = window().print();
}

/// Calls `on_print(true)` before the page is printed and `on_print(false)`
/// after, however printing was started (the button, or Ctrl+P).
pub fn on_print(on_print: impl Fn(bool) + 'static) -> [gloo::events::EventListener; 2] {
    let on_print = std::rc::Rc::new(on_print);
    let after = on_print.clone();
    [
        gloo::events::EventListener::new(&window(), "beforeprint", move |_| on_print(true)),
        gloo::events::EventListener::new(&window(), "afterprint", move |_| after(false)),
    ]
}

/// Gives the print stylesheet the words for every page's header: the
/// report's title and the day it shows, as CSS strings in custom properties
/// (`--kenes-print-title`, `--kenes-print-date`). Set through the CSSOM, which
/// the Content-Security-Policy allows where a style attribute is not.
pub fn set_print_header(title: &str, date: &str) {
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let style = root.style();
    let _ = style.set_property("--kenes-print-title", &css_string(title));
    let _ = style.set_property("--kenes-print-date", &css_string(date));
}

/// Text as a CSS string literal.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The language the browser asks for first (`navigator.language`).
pub fn browser_language() -> Option<String> {
    window().navigator().language()
}

/// Milliseconds since the page started, for pacing work between paints.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Lets the browser paint and handle input before work goes on.
pub async fn yield_to_browser() {
    gloo::timers::future::TimeoutFuture::new(0).await;
}

/// Writes a message to the browser's console as an error.
pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

fn js_message(value: JsValue) -> String {
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    value
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&value).ok().map(String::from))
        .unwrap_or_else(|| "unknown error".to_owned())
}
