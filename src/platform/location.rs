//! The page's address: the hash that holds the view, the history that moves
//! between views, and the parent page of an embedded report.

use wasm_bindgen::{JsCast, JsValue};

use super::window;

/// The hash without its `#` (empty when there is none).
pub fn hash() -> String {
    let hash = window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Puts `hash` in the address bar. `push` adds a history entry (so Back
/// returns to the previous view); otherwise the current entry is replaced,
/// as while the user types a search.
pub fn set_hash(hash: &str, push: bool) {
    let location = window().location();
    let Ok(href) = location.href() else { return };
    let base = href.split('#').next().unwrap_or(&href).to_string();
    let url = format!("{base}#{hash}");
    let Ok(history) = window().history() else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// The page's address without its hash.
pub fn address_without_hash() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or(&href).to_string()
}

/// Calls `on_change` when the user moves through history or edits the hash.
pub fn on_hash_change(on_change: impl Fn() + 'static) -> [gloo::events::EventListener; 2] {
    let on_change = std::rc::Rc::new(on_change);
    let again = on_change.clone();
    [
        gloo::events::EventListener::new(&window(), "popstate", move |_| on_change()),
        gloo::events::EventListener::new(&window(), "hashchange", move |_| again()),
    ]
}

/// Tells the page that embeds this report how tall its content is, as the
/// message `{ type: "kenes:height", height, embed }`: the height it would
/// have with its drawing at full size. An embed fits the frame it is given
/// (in a frame shorter than its content, a chart's drawing shrinks, keeping
/// its shape, so that its summary and source stay in view:
/// static/style.css), so there its own height is only the frame's.
pub fn post_height(embed: &str) {
    let Some(document) = window().document() else {
        return;
    };
    let Some(root) = document.document_element() else {
        return;
    };
    let height = f64::from(root.scroll_height()) + shrunk_by(&document);
    let height = height.ceil() as i32;
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"kenes:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
    let _ = js_sys::Reflect::set(&message, &"embed".into(), &embed.into());
    // The report shows public figures; any embedding page may read its height.
    let _ = parent.post_message(&message, "*");
}

/// How much the charts' drawings are shorter than at full width and their
/// own shape (from their `viewBox`), in CSS pixels.
fn shrunk_by(document: &web_sys::Document) -> f64 {
    let Ok(drawings) = document.query_selector_all("svg.kenes-chart") else {
        return 0.0;
    };
    (0..drawings.length())
        .filter_map(|i| drawings.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|svg| {
            let view_box = svg.get_attribute("viewBox")?;
            let mut numbers = view_box.split_ascii_whitespace().skip(2);
            let (width, height): (f64, f64) =
                (numbers.next()?.parse().ok()?, numbers.next()?.parse().ok()?);
            if width <= 0.0 {
                return None;
            }
            let shown = svg.get_bounding_client_rect();
            Some((shown.width() * height / width - shown.height()).max(0.0))
        })
        .sum()
}

/// Calls `on_resize` whenever the page's content changes size.
pub fn observe_content_size(on_resize: impl Fn() + 'static) -> Option<ResizeWatch> {
    observe_size(&window().document()?.body()?.into(), on_resize)
}

/// Calls `on_resize` once `element` is laid out and whenever its size
/// changes, after layout and before paint (so what it changes is drawn in
/// the same frame, and reading sizes there forces no extra layout).
pub fn observe_size(
    element: &web_sys::Element,
    on_resize: impl Fn() + 'static,
) -> Option<ResizeWatch> {
    use wasm_bindgen::{closure::Closure, JsCast};
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| on_resize());
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(ResizeWatch {
        observer,
        _callback: callback,
    })
}

/// Keeps a size observer alive; dropping it stops observing.
pub struct ResizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)>,
}

impl Drop for ResizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
