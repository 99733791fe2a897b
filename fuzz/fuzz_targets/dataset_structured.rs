//! Documents shaped like Kenes v1 (lists, records, ids from small pools,
//! fields missing or of the wrong type) to the dataset reader, then the
//! dashboard built from what it accepts. Reaches deep into validation and
//! the report, where random bytes rarely get.

#![no_main]

use kenes_fuzz::checks;
use kenes_fuzz::doc::Doc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, Doc)| {
    let (choice, doc) = input;
    let json = doc.to_json();
    checks::check_document(json.as_bytes(), 1 + usize::from(choice % 4));
    if let Ok((ds, _)) = kenes::dataset::load(&json) {
        let lang = ["en", "ru", "kk", "fr"][usize::from(choice >> 4) % 4];
        checks::check_report(&ds, lang);
    }
});
