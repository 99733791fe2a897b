//! Arbitrary bytes to the dataset reader, as the browser reads a file:
//! decoding (byte order marks, UTF-16/32 detection), parsing, validation in
//! steps. See `kenes_fuzz::checks::check_document` for what is asserted.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // The step size comes from the input, so a crash reproduces exactly.
    let step = 1 + bytes.len() % 7;
    kenes_fuzz::checks::check_document(bytes, step);
});
