//! Arbitrary text to the URL-hash reader, against two datasets: one whose
//! ids need escaping (commas, spaces, `%`, `#`, Cyrillic:
//! `fuzz/data/url-escapes.json`) and the three-language test dataset; the
//! input's first byte chooses. Every decoded view must survive
//! encode-then-decode unchanged and without a note.

#![no_main]

use std::sync::OnceLock;

use kenes::dataset::Dataset;
use kenes_fuzz::checks;
use libfuzzer_sys::fuzz_target;

fn datasets() -> &'static [Dataset] {
    static DATASETS: OnceLock<Vec<Dataset>> = OnceLock::new();
    DATASETS.get_or_init(checks::hash_datasets)
}

fuzz_target!(|bytes: &[u8]| {
    checks::check_hash_input(datasets(), bytes);
});
