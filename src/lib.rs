//! Kenes: a report of a consultative body's sessions and recommendations that
//! runs entirely in the browser.
//!
//! The crate has two halves. The core (`dataset`, `query`, `charts`) is plain
//! Rust: it reads and validates a Kenes v1 document, answers questions about
//! it and draws charts as SVG strings. It compiles and is tested natively and
//! names no browser crate (`tests/tidy.rs` guards that line). The browser half
//! (`ui`, `platform`) is compiled only for wasm32: `ui` is a thin Yew layer
//! over the core, and `platform` is the only place that touches the DOM,
//! files, URLs and the network.

pub mod bundle;
pub mod charts;
pub mod dataset;
pub mod deck;
pub mod export;
pub mod i18n;
pub mod query;
pub mod report;
pub mod state;
pub mod suggest;
pub mod url_state;

#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod ui;

/// The memory allocator in the browser: Talc, which is faster than the
/// standard library's dlmalloc on wasm32 and smaller. The module is single
/// threaded (no atomics).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Starts the report when the WebAssembly module is instantiated.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    ui::mount();
}
