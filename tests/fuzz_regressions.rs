//! The fuzz targets' checks, run natively by `cargo test` so that what the
//! fuzzers once found stays fixed without nightly or cargo-fuzz.
//!
//! Index:
//! - `documents`: every test document (tests/data, its subfolders, and the
//!   inputs a fuzzer found a bug with in tests/data/fuzz/dataset/) passes the
//!   `dataset` target's checks: a stepped read agrees with a one-shot read,
//!   the model's indexes are in range, `to_json` reads back equal, and the
//!   dashboard builds with counts that add up. Named regressions follow.
//! - `hashes`: the `url_hash` target's seeds and its findings
//!   (tests/data/fuzz/url_hash/) decode to views that survive
//!   encode-then-decode.
//!
//! The checks themselves live in `fuzz/src/checks.rs`, shared with the
//! targets.

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The files under `dir`, recursively, in a stable order.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries {
        let path = entry.expect("entry is readable").path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

mod documents {
    use super::*;

    #[test]
    fn every_test_document_passes_the_fuzz_checks() {
        let paths: Vec<PathBuf> = files(&root().join("tests/data"))
            .into_iter()
            .filter(|p| !p.starts_with(root().join("tests/data/fuzz/url_hash")))
            .filter(|p| p.extension().is_none_or(|e| e != "expected"))
            .collect();
        assert!(paths.len() > 10, "{paths:?}");
        for path in paths {
            let bytes = std::fs::read(&path).expect("file is readable");
            // The browser's step, and small ones that pause mid-list.
            for step in [2_000, 1, 3] {
                checks::check_document(&bytes, step);
            }
            if let Ok((ds, _)) = kenes::dataset::load_bytes(&bytes) {
                for lang in ["en", "ru", "kk", "fr"] {
                    checks::check_report(&ds, lang);
                }
            }
        }
    }

    /// Found by both dataset targets in their first minute: a dataset in a
    /// language other than English, Russian and Kazakh, without `statuses`,
    /// read cleanly; its saved copy (`to_json` writes the built-in
    /// vocabulary out) warned that the seven built-in status names lack that
    /// language. The reader now treats the built-in names as it treats an
    /// absent vocabulary.
    #[test]
    fn a_saved_copy_of_a_dataset_with_the_builtin_statuses_has_no_new_problem() {
        let path = root().join("tests/data/fuzz/dataset/builtin-statuses-in-another-language.json");
        let json = std::fs::read_to_string(path).expect("file is readable");
        let (ds, problems) = kenes::dataset::load(&json).expect("the document is read");
        assert_eq!(problems, []);
        let saved = kenes::dataset::to_json(&ds, kenes::dataset::Subset::ALL);
        assert!(saved.contains(r#""statuses": ["#), "{saved}");
        let (again, problems) = kenes::dataset::load(&saved).expect("the copy is read");
        assert_eq!(problems, [], "{saved}");
        assert_eq!(again, ds);
    }
}

mod hashes {
    use super::*;

    #[test]
    fn seeds_and_findings_round_trip() {
        let datasets = checks::hash_datasets();
        let mut paths = files(&root().join("fuzz/seeds/url_hash"));
        paths.extend(files(&root().join("tests/data/fuzz/url_hash")));
        assert!(paths.len() >= 5, "{paths:?}");
        for path in paths {
            let bytes = std::fs::read(&path).expect("file is readable");
            checks::check_hash_input(&datasets, &bytes);
        }
    }
}
