//! Shared code of the fuzz targets: the invariants they check (`checks`,
//! also run natively by `tests/fuzz_regressions.rs`) and a structured
//! generator of Kenes documents (`doc`) that gets the fuzzer past the JSON
//! syntax into validation.

pub mod checks;
pub mod doc;
