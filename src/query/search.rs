//! Full-text search over recommendations.
//!
//! Every recommendation's id, text and note in all languages are lower-cased
//! once, when a dataset is loaded, into one buffer; a search then only scans
//! bytes. Lower-casing uses Unicode's rules, so Latin, Cyrillic and the Kazakh
//! letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І) all match regardless of case.

use crate::dataset::{Dataset, RecIx, Text};

/// The lower-cased search text of every recommendation of one dataset.
#[derive(Debug, Clone, Default)]
pub struct Index {
    haystack: String,
    /// `starts[i]..starts[i + 1]` is recommendation `i`'s slice of `haystack`.
    starts: Vec<usize>,
}

impl Index {
    pub fn new(ds: &Dataset) -> Index {
        let mut haystack = String::new();
        let mut starts = Vec::with_capacity(ds.recommendations.len() + 1);
        let push = |haystack: &mut String, s: &str| {
            haystack.extend(s.chars().flat_map(char::to_lowercase));
            // A separator that no search text contains, so a match never
            // spans two fields.
            haystack.push('\u{1}');
        };
        let push_text = |haystack: &mut String, text: &Text| {
            for value in text.values() {
                push(haystack, value);
            }
        };
        for rec in &ds.recommendations {
            starts.push(haystack.len());
            push(&mut haystack, &rec.id);
            push_text(&mut haystack, &rec.text);
            if let Some(note) = &rec.note {
                push_text(&mut haystack, note);
            }
        }
        starts.push(haystack.len());
        Index { haystack, starts }
    }

    /// Whether recommendation `rec` contains `needle`, which must already be
    /// case-folded with [`fold_case`].
    pub fn contains(&self, rec: RecIx, needle: &str) -> bool {
        let rec = rec as usize;
        match (self.starts.get(rec), self.starts.get(rec + 1)) {
            (Some(&from), Some(&to)) => self.haystack[from..to].contains(needle),
            _ => false,
        }
    }
}

/// Lower-cases text for search, the same way [`Index`] does.
pub fn fold_case(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}
