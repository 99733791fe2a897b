//! Full-text search over recommendations, and the index that holds what
//! makes queries cheap.
//!
//! Every recommendation's id, text and note in all languages are lower-cased
//! once into one buffer (in the report, a part at a time while the browser
//! is idle after a load); a search then only scans bytes. Lower-casing uses Unicode's rules, so Latin, Cyrillic and the Kazakh
//! letters (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І) all match regardless of case.
//!
//! The answers of the last search are kept, so that changing another filter
//! while a search is set reads no text again, and a search that extends the
//! last one (a person typing) reads only what the last one matched.

use std::cell::{OnceCell, RefCell};

use std::rc::Rc;

use super::{Columns, Filter};
use crate::dataset::{Dataset, RecIx, StatusIx, Text};

/// The lower-cased search text of every recommendation of one dataset,
/// built at once ([`Index::new`]) or a part at a time ([`Index::later`] and
/// [`Index::prepare`]), and in any case whole before a search reads it; and
/// the dataset's [`Columns`], built on the first query.
#[derive(Debug)]
pub struct Index {
    built: RefCell<Haystack>,
    columns: OnceCell<Columns>,
    found: RefCell<Found>,
    selected: RefCell<Option<Selected>>,
}

/// The last selection made ([`super::select`]): the dashboard and what
/// changed select with the same filter, most often over the same statuses,
/// once each per change.
#[derive(Debug)]
struct Selected {
    filter: Filter,
    /// The status of every recommendation on the day it was made for.
    statuses: Rc<[StatusIx]>,
    kept: Vec<RecIx>,
}

/// What the last search found so far.
#[derive(Debug, Default)]
struct Found {
    needle: String,
    /// Per recommendation: [`UNKNOWN`], [`NO`] or [`YES`].
    answers: Vec<u8>,
}

const UNKNOWN: u8 = 0;
const NO: u8 = 1;
const YES: u8 = 2;

#[derive(Debug, Default)]
struct Haystack {
    text: String,
    /// `starts[i]..starts[i + 1]` is recommendation `i`'s slice of `text`.
    starts: Vec<usize>,
}

impl Index {
    /// The index of `ds`, built now.
    pub fn new(ds: &Dataset) -> Index {
        let index = Index::later();
        index.prepare(ds, usize::MAX);
        index
    }

    /// An empty index, to be built by [`Index::prepare`] while the browser
    /// is idle (or all at once by the first search), so a large dataset is
    /// on screen before its search text is ready. Use it with one dataset.
    pub fn later() -> Index {
        Index {
            built: RefCell::new(Haystack {
                text: String::new(),
                starts: vec![0],
            }),
            columns: OnceCell::new(),
            found: RefCell::default(),
            selected: RefCell::default(),
        }
    }

    /// The last selection, if it was made with `filter` over `statuses`.
    pub(super) fn last_selected(
        &self,
        filter: &Filter,
        statuses: &Rc<[StatusIx]>,
    ) -> Option<Vec<RecIx>> {
        let last = self.selected.borrow();
        let last = last.as_ref()?;
        let same = last.filter == *filter
            && (Rc::ptr_eq(&last.statuses, statuses) || last.statuses == *statuses);
        same.then(|| last.kept.clone())
    }

    /// Keeps a selection for [`Index::last_selected`].
    pub(super) fn keep_selected(&self, filter: &Filter, statuses: Rc<[StatusIx]>, kept: &[RecIx]) {
        *self.selected.borrow_mut() = Some(Selected {
            filter: filter.clone(),
            statuses,
            kept: kept.to_vec(),
        });
    }

    /// The columns of `ds`, built on the first call.
    pub fn columns(&self, ds: &Dataset) -> &Columns {
        self.columns.get_or_init(|| Columns::new(ds))
    }

    /// Indexes up to `n` more recommendations of `ds`. Returns whether the
    /// index is whole.
    pub fn prepare(&self, ds: &Dataset, n: usize) -> bool {
        let done = self.built.borrow().starts.len() - 1;
        let recs = &ds.recommendations;
        if done >= recs.len() {
            return true;
        }
        let end = done.saturating_add(n).min(recs.len());
        let mut built = self.built.borrow_mut();
        let Haystack { text, starts } = &mut *built;
        let mut bytes = Vec::new();
        for rec in &recs[done..end] {
            push(&mut bytes, &rec.id);
            for value in rec.text.values() {
                push(&mut bytes, value);
            }
            for value in rec.note.iter().flat_map(Text::values) {
                push(&mut bytes, value);
            }
            starts.push(text.len() + bytes.len());
        }
        // Lower-casing keeps UTF-8 whole, so this never fails.
        text.push_str(std::str::from_utf8(&bytes).unwrap_or_default());
        end == recs.len()
    }

    /// Whether recommendation `rec` of `ds` contains `needle`, which must
    /// already be case-folded with [`fold_case`]. Builds what is left of the
    /// index first.
    pub fn contains(&self, ds: &Dataset, rec: RecIx, needle: &str) -> bool {
        self.prepare(ds, usize::MAX);
        let built = self.built.borrow();
        let rec = rec as usize;
        match (built.starts.get(rec), built.starts.get(rec + 1)) {
            (Some(&from), Some(&to)) => built.text[from..to].contains(needle),
            _ => false,
        }
    }
}

impl Index {
    /// Keeps the recommendations of `recs` that contain `needle` (already
    /// case-folded with [`fold_case`]), in their order. Builds what is left
    /// of the index first.
    pub fn keep_matching(&self, ds: &Dataset, needle: &str, recs: &mut Vec<RecIx>) {
        self.prepare(ds, usize::MAX);
        let built = self.built.borrow();
        let mut found = self.found.borrow_mut();
        let Found {
            needle: last,
            answers,
        } = &mut *found;
        if last != needle {
            // What the last search did not find, a longer one that contains
            // it does not find either; everything else is to be read again.
            let narrower = !last.is_empty() && needle.contains(last.as_str());
            for answer in answers.iter_mut() {
                if !(narrower && *answer == NO) {
                    *answer = UNKNOWN;
                }
            }
            needle.clone_into(last);
        }
        answers.resize(ds.recommendations.len(), UNKNOWN);
        recs.retain(|&rec| {
            let answer = &mut answers[rec as usize];
            if *answer == UNKNOWN {
                let (from, to) = (built.starts[rec as usize], built.starts[rec as usize + 1]);
                *answer = if built.text[from..to].contains(needle) {
                    YES
                } else {
                    NO
                };
            }
            *answer == YES
        });
    }
}

/// Appends one field's search text, and a separator that no search text
/// contains, so a match never spans two fields.
fn push(bytes: &mut Vec<u8>, field: &str) {
    fold_case_into(bytes, field);
    bytes.push(1);
}

/// Lower-cases text for search, the same way [`Index`] does.
pub fn fold_case(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    fold_case_into(&mut out, s);
    String::from_utf8(out).unwrap_or_default()
}

/// Appends `s` lower-cased to `out` as UTF-8, as `char::to_lowercase` would.
/// ASCII and the basic Cyrillic letters (А–Я, Ѐ–Џ), most of a Russian or
/// Kazakh dataset's text, are lower-cased on their bytes; every other
/// character goes through Unicode's tables.
fn fold_case_into(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1).copied()) {
            (b, _) if b.is_ascii() => {
                out.push(b.to_ascii_lowercase());
                i += 1;
            }
            // U+0400..U+043F: Ѐ..Џ -> ѐ..џ, А..П -> а..п, Р..Я -> р..я;
            // а..п are already lower case.
            (0xD0, Some(b @ 0x80..=0x8F)) => two(out, &mut i, 0xD1, b + 0x10),
            (0xD0, Some(b @ 0x90..=0x9F)) => two(out, &mut i, 0xD0, b + 0x20),
            (0xD0, Some(b @ 0xA0..=0xAF)) => two(out, &mut i, 0xD1, b - 0x20),
            (0xD0, Some(b @ 0xB0..=0xBF)) => two(out, &mut i, 0xD0, b),
            // U+0440..U+045F: р..я, ѐ..џ, already lower case.
            (0xD1, Some(b @ 0x80..=0x9F)) => two(out, &mut i, 0xD1, b),
            _ => {
                let c = s[i..].chars().next().unwrap_or_default();
                let mut buf = [0; 4];
                for lower in c.to_lowercase() {
                    out.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
                }
                i += c.len_utf8().max(1);
            }
        }
    }
}

/// Appends a two-byte character and steps over the one it replaces.
fn two(out: &mut Vec<u8>, i: &mut usize, first: u8, second: u8) {
    out.extend_from_slice(&[first, second]);
    *i += 2;
}
