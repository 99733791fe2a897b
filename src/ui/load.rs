//! Loading a dataset: from the URL's `?data=`, from a dataset baked into the
//! page, from the demo next to the page, or from a file the user picks or
//! drops. Reading and validation go in steps with the browser free to paint
//! between them, so a large file shows progress and the page stays responsive.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::{self, Loader};
use crate::platform;
use crate::state::{Action, LoadError, Loaded, Loading, NotLoaded, Source};
use crate::url_state;

/// How long the report works before it lets the browser paint and answer
/// input, in milliseconds: short enough that a click is answered at once,
/// long enough that a large file is not read mostly in pauses.
const SLICE_MS: f64 = 40.0;

/// Records validated between two looks at the clock.
const STEP: usize = 250;

/// The demo dataset, next to the page.
const DEMO: &str = "demo.json";

/// Starts the first load of the page.
pub fn initial(dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        // The first load shows the view the page's address asks for.
        if let Some(url) = platform::data_param() {
            load(&url, &dispatch, Link::Apply).await;
        } else if let Some(text) = platform::inline_dataset() {
            ingest(
                text.into_bytes(),
                Source::ThisReport,
                &dispatch,
                Link::Apply,
            )
            .await;
        } else {
            load(DEMO, &dispatch, Link::Apply).await;
        }
    });
}

/// Whether a load shows the view in the page's address (the first load) or
/// starts afresh (a file the user opened later).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    Apply,
    Ignore,
}

/// Loads the dataset at `url` (relative to the page, or absolute http(s)).
async fn load(url: &str, dispatch: &Callback<Action>, link: Link) {
    let resolved = match platform::resolve_url(url) {
        Ok(resolved) => resolved,
        Err(failure) => return fail(dispatch, Source::Named(url.to_string()), failure.into()),
    };
    let source = if url == DEMO {
        Source::Demo
    } else {
        Source::Named(url.to_string())
    };
    platform::set_ready(false);
    match platform::fetch(&resolved).await {
        Ok(body) => stream(body, source, dispatch, link).await,
        Err(reason) => fail(dispatch, source, reason),
    }
}

/// Reports bytes read from `source` as they arrive, at most once a slice:
/// a large file arrives in hundreds of chunks, and drawing the progress for
/// each would cost more than reading it.
fn reading(dispatch: &Callback<Action>, source: &Source) -> impl Fn(u64, Option<u64>) {
    let dispatch = dispatch.clone();
    let source = source.clone();
    let last = std::cell::Cell::new(f64::NEG_INFINITY);
    move |bytes, total| {
        let now = platform::now();
        if now - last.get() < SLICE_MS && Some(bytes) != total {
            return;
        }
        last.set(now);
        dispatch.emit(Action::Progress(Loading::Reading {
            source: source.clone(),
            bytes,
            total,
        }))
    }
}

/// Loads a file the user chose or dropped.
pub fn load_file(file: web_sys::File, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let source = Source::Named(file.name());
        platform::set_ready(false);
        match platform::read_file(&file) {
            Ok(body) => stream(body, source, &dispatch, Link::Ignore).await,
            Err(reason) => fail(&dispatch, source, reason),
        }
    });
}

/// The handler for files dropped anywhere on the report.
pub fn drop_handler(dispatch: Callback<Action>) -> Callback<DragEvent> {
    Callback::from(move |event: DragEvent| {
        event.prevent_default();
        let file = event
            .data_transfer()
            .and_then(|t| t.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            load_file(file, dispatch.clone());
        }
    })
}

/// Reads a document as it arrives: its records are read and validated while
/// the rest is on its way (`dataset::Loader::streaming`), with the browser
/// free to paint and answer input at least once a slice, and the bytes
/// read so far on screen. A refused document leaves the dataset on screen
/// as it was.
async fn stream(mut body: platform::Body, source: Source, dispatch: &Callback<Action>, link: Link) {
    let expected = body.total().unwrap_or(0).min(dataset::MAX_BYTES);
    let mut loader = Loader::streaming(expected as usize);
    let progress = reading(dispatch, &source);
    let mut pacer = Pacer::new();
    loop {
        match body.next().await {
            Ok(Some(part)) => loader.feed_with(part.len(), |to| part.copy_to(to)),
            Ok(None) => break,
            Err(reason) => return fail(dispatch, source, reason),
        }
        progress(body.read(), body.total());
        loop {
            pacer.pause_if_due().await;
            if !loader.has_work() {
                break;
            }
            if let Err(refusal) = loader.step(STEP) {
                return fail(dispatch, source, refusal.into());
            }
        }
    }
    if let Err(refusal) = loader.end() {
        return fail(dispatch, source, refusal.into());
    }
    validate(loader, source, dispatch, link, pacer).await
}

/// Reads a document that is all there (baked into the page).
async fn ingest(bytes: Vec<u8>, source: Source, dispatch: &Callback<Action>, link: Link) {
    match Loader::new(&bytes) {
        Ok(loader) => validate(loader, source, dispatch, link, Pacer::new()).await,
        Err(refusal) => fail(dispatch, source, refusal.into()),
    }
}

/// Lets the browser paint and answer input once the load has worked a slice
/// since it last could: a small document is read and drawn without waiting
/// on the browser in between, a large one never holds it for long.
struct Pacer {
    since: f64,
}

impl Pacer {
    fn new() -> Pacer {
        Pacer {
            since: platform::now(),
        }
    }

    fn due(&self) -> bool {
        platform::now() - self.since >= SLICE_MS
    }

    async fn pause(&mut self) {
        platform::yield_to_browser().await;
        self.since = platform::now();
    }

    async fn pause_if_due(&mut self) {
        if self.due() {
            self.pause().await;
        }
    }
}

/// Validates the rest of a document in steps and shows it, or says why it
/// was refused. A refused document leaves the dataset on screen as it was.
async fn validate(
    mut loader: Loader<'_>,
    source: Source,
    dispatch: &Callback<Action>,
    link: Link,
    mut pacer: Pacer,
) {
    let refused = |refusal: dataset::Refusal| fail(dispatch, source.clone(), refusal.into());
    while !loader.is_done() {
        let start = platform::now();
        let mut progress = loader.step(STEP);
        while progress.is_ok() && !loader.is_done() && platform::now() - start < SLICE_MS {
            progress = loader.step(STEP);
        }
        let progress = match progress {
            Ok(progress) => progress,
            Err(refusal) => return refused(refusal),
        };
        if loader.is_done() && !pacer.due() {
            break;
        }
        // Records are counted once the document is split; until then the
        // bytes read stay on screen.
        if progress.total > 0 {
            dispatch.emit(Action::Progress(Loading::Validating {
                source: source.clone(),
                done: progress.done,
                total: progress.total,
            }));
        }
        pacer.pause().await;
    }
    let (dataset, problems) = match loader.finish() {
        Ok(read) => read,
        Err(refusal) => return refused(refusal),
    };
    let view =
        (link == Link::Apply).then(|| url_state::decode(&dataset, &platform::location::hash()));
    let loaded = Loaded::new(dataset, problems, source);
    // The columns every figure is counted from are built in a turn of their
    // own when the load has worked a slice already, so that the first
    // drawing of the report, in the next, is not one long task with them
    // (about 0.1 s at 200,000 recommendations).
    pacer.pause_if_due().await;
    loaded.index.columns(&loaded.dataset);
    pacer.pause_if_due().await;
    dispatch.emit(Action::Loaded(Rc::new(loaded), view));
}

fn fail(dispatch: &Callback<Action>, source: Source, reason: NotLoaded) {
    dispatch.emit(Action::LoadFailed(LoadError { source, reason }));
}
