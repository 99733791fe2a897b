//! Raw records to the model: every rule of "What a reader must do with a bad
//! document" in the format lives here.
//!
//! The reader refuses a document only when it cannot tell what the document
//! is (not JSON, not a Kenes v1 object, a required list missing). Below that
//! level each record stands alone: a bad record is left out, or kept with the
//! bad part dropped, and each problem is returned as a value with its place.
//!
//! Validation is incremental ([`Loader::step`]) so the browser can show
//! progress and stay responsive on large files; [`load`] runs it to the end.
//! Lists are validated in dependency order (statuses, themes, bodies, plans,
//! sessions, recommendations) so every reference points to a list that is
//! already complete.

use crate::suggest::suggest;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Range;

use super::json::{self, Reader};
use super::problem::{Encoding, Expected, Found, Outcome, ProblemKind, RefusalKind};
use super::raw::{
    self, RawBody, RawChange, RawPlan, RawRecommendation, RawSession, RawStatus, RawTheme,
    ReadError, Record,
};
use super::{
    Body, BodyKind, Change, Dataset, Date, Plan, Problem, Recommendation, Refusal, Session,
    SessionFormat, Severity, Stage, Status, Text, Theme,
};

/// How far an incremental load has come, in records of all lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Reads a document given as text. A leading byte order mark is ignored.
pub fn load(json: &str) -> Result<(Dataset, Vec<Problem>), Refusal> {
    Loader::parse(json)?.finish()
}

/// Reads a document given as bytes, as a file arrives. It must be UTF-8 (a
/// byte order mark is allowed); UTF-16 and UTF-32 are recognised and named in
/// the refusal, other encodings are refused with the place of the first byte
/// that is not UTF-8.
pub fn load_bytes(bytes: &[u8]) -> Result<(Dataset, Vec<Problem>), Refusal> {
    Loader::new(bytes)?.finish()
}

/// The largest document the report reads: 256 MiB. A browser tab holds the
/// bytes, the parsed records and the indexes at once; larger files are
/// refused before they are read (the size is known from the file or the
/// server's `Content-Length`), so a wrong file cannot exhaust the tab.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Refuses a document of `size` bytes when it is over [`MAX_BYTES`].
pub fn check_size(size: u64) -> Result<(), Refusal> {
    if size > MAX_BYTES {
        return Err(refusal(RefusalKind::TooLarge {
            size,
            limit: MAX_BYTES,
        }));
    }
    Ok(())
}

/// Decodes a document as UTF-8, as [`load_bytes`] does, for callers that want
/// to drive a [`Loader`] over bytes.
pub fn decode(bytes: &[u8]) -> Result<&str, Refusal> {
    check_size(bytes.len() as u64)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(encoding) = sniff_encoding(bytes) {
        return Err(refusal(RefusalKind::NotUtf8 {
            encoding: Some(encoding),
        }));
    }
    std::str::from_utf8(bytes).map_err(|err| {
        // The bytes before the first bad one are valid UTF-8 by definition.
        let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
        let (line, column) = json::line_column(valid, valid.len());
        Refusal {
            kind: RefusalKind::NotUtf8 { encoding: None },
            line: Some(line),
            column: Some(column),
        }
    })
}

/// A document being read in steps ([`Loader::step`]): first its top level is
/// split into fields and records (a quick scan for brackets, a part at a
/// time), then the top-level fields are read, then the records are read and
/// validated a batch at a time. Each record's bytes are checked as UTF-8 as
/// it is read, so no single step reads the whole document.
///
/// A document can also be read as it arrives ([`Loader::streaming`],
/// [`Loader::feed`], [`Loader::end`]). Then the split goes as far as the
/// bytes go, and once it is inside `recommendations` with every other list
/// of the format before it (the order the format's example and every
/// exporter write), the records are read and validated as they are split.
/// What is read that way is what reading the whole document gives, or it
/// is thrown away: when the document turns out to have fields after its
/// recommendations, or something in it is not JSON, it is read again from
/// its start once it is whole, as [`Loader::new`] would.
pub struct Loader<'a> {
    /// The document as it has arrived, byte order mark and all.
    bytes: Cow<'a, [u8]>,
    /// Whether every byte has arrived.
    complete: bool,
    /// The split, while it is under way.
    splitter: Option<json::Splitter>,
    /// The records of each list as written, in [`LISTS`] order.
    lists: Lists,
    /// The list and record to validate next.
    list: usize,
    index: usize,
    done: usize,
    total: usize,
    /// The dataset under construction, once the top level is read.
    b: Option<Builder>,
    ahead: Ahead,
    /// The document's length, as announced (0 when not known).
    expected: usize,
    /// Whether room is made for the recommendations.
    reserved: bool,
}

/// The records of each list as written (places in the document), in
/// [`LISTS`] order.
type Lists = [Vec<Range<usize>>; 6];

/// Whether a document that is still arriving is read ahead of its split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ahead {
    /// Not yet: the split has not reached the recommendations.
    NotYet,
    /// Reading the recommendations as they are split; the fields before
    /// them are this many.
    Reading(usize),
    /// Not for this document, which is read once it is whole.
    Off,
}

/// Bytes split at once when a load starts: a document this small is read to
/// its records by [`Loader::parse`] itself.
const SPLIT_AT_ONCE: usize = 1 << 20;

/// Bytes of record lists split per record of a step's budget.
const SPLIT_PER_RECORD: usize = 2048;

/// The byte order mark a UTF-8 document may start with.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The fields that must come before `recommendations` for a document to be
/// read as it arrives.
const BEFORE_RECOMMENDATIONS: [&str; 5] = ["kenes", "title", "themes", "bodies", "sessions"];

/// A document without its byte order mark.
fn document(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// What a whole document is refused for before it is split: its size, its
/// encoding, having nothing in it.
fn refuse_at_once(bytes: &[u8]) -> Result<(), Refusal> {
    check_size(bytes.len() as u64)?;
    let bytes = document(bytes);
    // UTF-16 read as if it were UTF-8 is still valid UTF-8 when the text
    // is ASCII, but full of NUL characters: name the real encoding.
    if let Some(encoding) = sniff_encoding(bytes) {
        return Err(refusal(RefusalKind::NotUtf8 {
            encoding: Some(encoding),
        }));
    }
    if bytes
        .iter()
        .all(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
    {
        return Err(refusal(RefusalKind::Empty));
    }
    Ok(())
}

impl<'a> Loader<'a> {
    /// Starts reading a document given as text. See [`Loader::new`].
    pub fn parse(json: &'a str) -> Result<Loader<'a>, Refusal> {
        Loader::new(json.as_bytes())
    }

    /// Starts reading a document given as bytes, as a file arrives. It must
    /// be UTF-8 (a byte order mark is allowed). Returns the refusal if the
    /// document cannot be read at all; a document under a megabyte is split
    /// and its top level read here, so its refusal comes at once.
    pub fn new(bytes: &'a [u8]) -> Result<Loader<'a>, Refusal> {
        refuse_at_once(bytes)?;
        let mut loader = Loader::with(Cow::Borrowed(bytes), true);
        loader.split(SPLIT_AT_ONCE)?;
        Ok(loader)
    }

    fn with(bytes: Cow<'a, [u8]>, complete: bool) -> Loader<'a> {
        let bytes_len = bytes.len();
        Loader {
            bytes,
            complete,
            splitter: Some(json::Splitter::new()),
            lists: Default::default(),
            list: 0,
            index: 0,
            done: 0,
            total: 0,
            b: None,
            ahead: if complete { Ahead::Off } else { Ahead::NotYet },
            expected: if complete { bytes_len } else { 0 },
            reserved: false,
        }
    }

    /// Starts reading a document that will arrive in parts
    /// ([`Loader::feed`]), about `expected` bytes long (room for them is
    /// made at once; 0 when the length is not known).
    pub fn streaming(expected: usize) -> Loader<'static> {
        let room = expected.min(MAX_BYTES as usize);
        let mut loader = Loader::with(Cow::Owned(Vec::with_capacity(room)), false);
        loader.expected = room;
        loader
    }

    /// The next part of a document that is arriving. Bytes given after
    /// [`Loader::end`] are not read.
    pub fn feed(&mut self, part: &[u8]) {
        self.feed_with(part.len(), |to| to.copy_from_slice(part));
    }

    /// The next `len` bytes of a document that is arriving, written by
    /// `fill` into their place (so a part held elsewhere, in the browser, is
    /// copied once). As [`Loader::feed`].
    pub fn feed_with(&mut self, len: usize, fill: impl FnOnce(&mut [u8])) {
        if !self.complete {
            let bytes = self.bytes.to_mut();
            let at = bytes.len();
            bytes.resize(at + len, 0);
            fill(&mut bytes[at..]);
        }
    }

    /// Every byte has arrived: returns what [`Loader::new`] would return for
    /// the whole document.
    pub fn end(&mut self) -> Result<(), Refusal> {
        if self.complete {
            return Ok(());
        }
        self.complete = true;
        refuse_at_once(&self.bytes)?;
        self.split(SPLIT_AT_ONCE)
    }

    /// Whether a step would get on with the load now, rather than wait
    /// for more of the document to arrive.
    pub fn has_work(&self) -> bool {
        if self.complete {
            return !self.is_done();
        }
        let behind = self.b.is_some()
            && (self.list + 1 < LISTS.len()
                || self
                    .lists
                    .get(self.list)
                    .is_some_and(|l| self.index < l.len()));
        // A byte order mark cut short could be taken for the document.
        let splits = self.bytes.len() >= BOM.len()
            && self
                .splitter
                .as_ref()
                .is_some_and(|s| !s.waiting(document(&self.bytes).len()));
        behind || splits
    }

    /// Splits about `budget` more bytes; once the split is whole, reads the
    /// top level (unless it was read ahead).
    fn split(&mut self, budget: usize) -> Result<(), Refusal> {
        let Some(splitter) = &mut self.splitter else {
            return Ok(());
        };
        if !self.complete && self.bytes.len() < BOM.len() {
            return Ok(());
        }
        let doc = document(&self.bytes);
        let top = splitter
            .advance(doc, self.complete, budget)
            .map_err(|err| not_split(doc, err))?;
        let Some(top) = top else {
            self.read_ahead();
            return Ok(());
        };
        self.splitter = None;
        match self.ahead {
            Ahead::Reading(before) if top.fields.len() == before + 1 => {
                // The top level read ahead was the whole of it.
                let records = top.fields[before].elements.as_deref().unwrap_or_default();
                let last = LISTS.len() - 1;
                self.lists[last].extend_from_slice(&records[self.lists[last].len()..]);
                self.total = self.lists.iter().map(Vec::len).sum();
                Ok(())
            }
            _ => {
                self.ahead = Ahead::Off;
                let (b, lists) = read_top(document(&self.bytes), &top)?;
                self.start(b, lists);
                Ok(())
            }
        }
    }

    /// Sets the records to validate, from the first.
    fn start(&mut self, b: Builder, lists: Lists) {
        self.total = lists.iter().map(Vec::len).sum();
        self.lists = lists;
        self.b = Some(b);
        self.list = 0;
        self.index = 0;
        self.done = 0;
    }

    /// While the document arrives: starts reading its records once the
    /// split is inside `recommendations` with the other lists before it,
    /// and adds the records split since.
    fn read_ahead(&mut self) {
        let Some(splitter) = &self.splitter else {
            return;
        };
        match self.ahead {
            Ahead::Off => {}
            Ahead::Reading(before) => {
                let list = splitter.fields().get(before).or(splitter.list());
                let records = list.and_then(|l| l.elements.as_deref()).unwrap_or_default();
                let last = LISTS.len() - 1;
                self.lists[last].extend_from_slice(&records[self.lists[last].len()..]);
                self.total = self.lists.iter().map(Vec::len).sum();
            }
            Ahead::NotYet => {
                let Some(list) = splitter.list().filter(|l| l.key == "recommendations") else {
                    return;
                };
                let fields = splitter.fields();
                let has = |name: &str| fields.iter().any(|f| f.key == name);
                if has("recommendations") || !BEFORE_RECOMMENDATIONS.iter().all(|name| has(name)) {
                    self.ahead = Ahead::Off;
                    return;
                }
                let mut top = json::Top {
                    fields: fields.to_vec(),
                };
                top.fields.push(list.clone());
                let before = fields.len();
                match read_top(document(&self.bytes), &top) {
                    Ok((b, lists)) => {
                        self.start(b, lists);
                        self.ahead = Ahead::Reading(before);
                    }
                    // Refused once the document is whole, and worded then.
                    Err(_) => self.ahead = Ahead::Off,
                }
            }
        }
    }

    /// Goes on with the load: splits about `budget` × 2 kB more, or reads
    /// and validates up to `budget` more records, and says how far the load
    /// is (nothing is counted while the document is being split, unless it
    /// is read as it arrives). A record that is not JSON refuses the whole
    /// document.
    pub fn step(&mut self, budget: usize) -> Result<Progress, Refusal> {
        if self.splitter.is_some() {
            self.split(budget.saturating_mul(SPLIT_PER_RECORD))?;
            if self.ahead == Ahead::Off || self.ahead == Ahead::NotYet {
                return Ok(self.progress());
            }
        }
        let room = self.room_for_recommendations();
        let Some(b) = &mut self.b else {
            return Ok(self.progress());
        };
        if let Some(n) = room {
            b.reserve_recommendations(n);
            self.reserved = true;
        }
        let doc = document(&self.bytes);
        let mut budget = budget;
        while budget > 0 && self.list < LISTS.len() {
            let records = &self.lists[self.list];
            if self.index == records.len() {
                if self.list + 1 == LISTS.len() && self.splitter.is_some() {
                    // More records are on their way.
                    break;
                }
                b.list_done(LISTS[self.list]);
                self.list += 1;
                self.index = 0;
                continue;
            }
            let read = std::str::from_utf8(&doc[records[self.index].clone()])
                .map_err(|_| NotJson)
                .and_then(|raw| b.record(LISTS[self.list], self.index, raw));
            if read.is_err() {
                self.b = None;
                if !self.complete {
                    // Worded once the document is whole, as a reader from
                    // its first byte would word it.
                    self.ahead = Ahead::Off;
                    self.start_over();
                    return Ok(self.progress());
                }
                // Nothing more is read from a document that is not JSON.
                self.list = LISTS.len();
                return Err(first_refusal(doc, bad_json()));
            }
            self.index += 1;
            self.done += 1;
            budget -= 1;
        }
        Ok(self.progress())
    }

    /// How many recommendations to make room for, once when they are
    /// reached: as many as the split found, or, while the document arrives,
    /// as many as its announced length holds at the length of the first
    /// ones (room made as they come would be made some 17 times over for
    /// 100,000, each time moving every one read so far).
    fn room_for_recommendations(&self) -> Option<usize> {
        let last = LISTS.len() - 1;
        if self.reserved || self.list != last || self.b.is_none() {
            return None;
        }
        let records = &self.lists[last];
        if self.splitter.is_none() {
            return Some(records.len());
        }
        const SAMPLE: usize = 64;
        let (first, sample) = (records.first()?, records.get(SAMPLE - 1)?);
        let each = (sample.end - first.start) / SAMPLE;
        let left = self.expected.saturating_sub(first.start);
        // A recommendation takes some 50 bytes at the very least.
        Some((left / each.max(1)).min(left / 50))
    }

    /// Forgets what was read ahead: the document is read from its start
    /// once it is whole.
    fn start_over(&mut self) {
        self.b = None;
        self.reserved = false;
        self.lists = Default::default();
        self.list = 0;
        self.index = 0;
        self.done = 0;
        self.total = 0;
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: self.total,
        }
    }

    /// True when every record has been validated (or the document was
    /// refused on the way).
    pub fn is_done(&self) -> bool {
        self.list == LISTS.len()
    }

    /// The dataset and every problem found, reading what is left first (a
    /// document still arriving is taken to be whole).
    pub fn finish(mut self) -> Result<(Dataset, Vec<Problem>), Refusal> {
        self.end()?;
        while !self.is_done() {
            self.step(usize::MAX)?;
        }
        match self.b {
            Some(b) => Ok(b.finish()),
            None => Err(first_refusal(document(&self.bytes), bad_json())),
        }
    }
}

/// Reads the top-level fields of `bytes` (the document without its byte
/// order mark), split as `top`: refuses a document that is not Kenes v1,
/// and gives the dataset to build with the records of each list to read.
fn read_top(bytes: &[u8], top: &json::Top) -> Result<(Builder, Lists), Refusal> {
    // Every value the reader does not read as records is checked now,
    // so that a syntax error there refuses the document before anything
    // else is said about it.
    for (i, field) in top.fields.iter().enumerate() {
        let split = LISTS.iter().any(|list| list.name() == field.key)
            && top.fields[..i].iter().all(|f| f.key != field.key);
        let is_json = |value: &Range<usize>| {
            std::str::from_utf8(&bytes[value.clone()])
                .is_ok_and(|text| raw::read_value(text, Reader::skip).is_ok())
        };
        let checked = match &field.elements {
            None => is_json(&field.value),
            Some(_) if split => true,
            Some(elements) => elements.iter().all(is_json),
        };
        if !checked {
            return Err(first_refusal(bytes, bad_json()));
        }
    }
    // A refusal of a document that is not JSON somewhere says so first,
    // as it would had the whole document been read before its fields.
    let refuse = |place: Option<&str>, kind: RefusalKind| {
        let at = place.and_then(|value| {
            let at = (value.as_ptr() as usize).checked_sub(bytes.as_ptr() as usize)?;
            (at <= bytes.len()).then_some(at)
        });
        first_refusal(bytes, placed(bytes, at, kind))
    };

    match top.get(bytes, "kenes") {
        None => return Err(refuse(None, RefusalKind::VersionMissing)),
        Some(v) if v != "1" => {
            let found = v.chars().take(40).collect();
            return Err(refuse(Some(v), RefusalKind::WrongVersion { found }));
        }
        Some(_) => {}
    }
    let title_raw = top
        .get(bytes, "title")
        .ok_or_else(|| refuse(None, RefusalKind::MissingField { field: "title" }))?;
    let title = match raw::read_value(title_raw, Reader::text) {
        Ok(title) => title,
        Err(ReadError::Syntax) => return Err(first_refusal(bytes, bad_json())),
        Err(ReadError::Bad(err)) => {
            let (expected, found) = match err.kind {
                ProblemKind::WrongType { expected, found } => (expected, found),
                // A string JSON allows but Rust cannot hold.
                _ => (Expected::Text, Found::Other(json::shorten(title_raw))),
            };
            let field = format!("title{}", err.path);
            let kind = RefusalKind::WrongType {
                field,
                expected,
                found,
            };
            return Err(refuse(Some(title_raw), kind));
        }
    };
    let required = |field: &'static str| -> Result<Vec<Range<usize>>, Refusal> {
        let value = top
            .field(field)
            .ok_or_else(|| refuse(None, RefusalKind::MissingField { field }))?;
        match &value.elements {
            Some(elements) => Ok(elements.clone()),
            None => {
                let text = top.get(bytes, field).unwrap_or_default();
                let found = raw::describe(text).map_err(|_| first_refusal(bytes, bad_json()))?;
                let kind = RefusalKind::WrongType {
                    field: field.to_string(),
                    expected: Expected::List,
                    found,
                };
                Err(refuse(Some(text), kind))
            }
        }
    };
    let themes = required("themes")?;
    let bodies = required("bodies")?;
    let sessions = required("sessions")?;
    let recommendations = required("recommendations")?;

    let mut b = Builder::new(title);
    let statuses = b.top_level(top, bytes);
    let plans = b.optional_list(top, bytes, "plans");
    let lists = [statuses, themes, bodies, plans, sessions, recommendations];
    Ok((b, lists))
}

/// What reading the whole document at once says first: that it is not
/// UTF-8, else that it is not JSON, else `found`, the refusal a part of it
/// gave. A load reads the document in parts and out of order (the lists in
/// the order they depend on each other); a refusal is still the one a
/// reader from the first byte to the last would give.
fn first_refusal(bytes: &[u8], found: Refusal) -> Refusal {
    let json = match std::str::from_utf8(bytes) {
        Ok(json) => json,
        Err(err) => {
            // The bytes before the first bad one are valid UTF-8.
            let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
            let (line, column) = json::line_column(valid, valid.len());
            return Refusal {
                kind: RefusalKind::NotUtf8 { encoding: None },
                line: Some(line),
                column: Some(column),
            };
        }
    };
    match json::check(json) {
        Err(err) => Refusal {
            kind: RefusalKind::Syntax {
                message: err.message.to_string(),
            },
            line: Some(err.line),
            column: Some(err.column),
        },
        Ok(()) => found,
    }
}

/// A refusal for a part that was not JSON (or not UTF-8): [`first_refusal`]
/// finds the first such place in the document, and words it. This one is
/// given only if the whole document reads as JSON after all, which would be
/// a mistake of the reader's.
fn bad_json() -> Refusal {
    Refusal {
        kind: RefusalKind::Syntax {
            message: "expected value".into(),
        },
        line: Some(1),
        column: Some(1),
    }
}

/// A refusal placed at byte `at` of the document, when there is a place.
fn placed(bytes: &[u8], at: Option<usize>, kind: RefusalKind) -> Refusal {
    let Some(at) = at else {
        return refusal(kind);
    };
    let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
    let (line, column) = json::line_column(before, before.len());
    Refusal {
        kind,
        line: Some(line),
        column: Some(column),
    }
}

/// The refusal of a document whose top level could not be split.
fn not_split(bytes: &[u8], err: json::NotSplit) -> Refusal {
    let json::NotSplit::NotObject(at) = err else {
        return first_refusal(bytes, bad_json());
    };
    // A document that is not an object is named as such before the rest of
    // it is read (serde_json reads it so too), but only if it is UTF-8.
    let Ok(json) = std::str::from_utf8(bytes) else {
        return first_refusal(bytes, bad_json());
    };
    match Reader::new(&json[at..])
        .first_value()
        .map_err(ReadError::from)
    {
        Ok(found) => placed(bytes, Some(at), RefusalKind::NotAnObject { found }),
        Err(ReadError::Bad(err)) => {
            // A string JSON allows but Rust cannot hold.
            let message = match err.kind {
                ProblemKind::Malformed { message } => message,
                other => other.to_string(),
            };
            placed(bytes, Some(at), RefusalKind::Syntax { message })
        }
        Err(ReadError::Syntax) => first_refusal(bytes, bad_json()),
    }
}

/// A record that is not JSON: the document is refused.
struct NotJson;

/// The lists in the order they are validated: each refers only to lists
/// before it (themes refer to themes, which is resolved when the list ends).
const LISTS: [List; 6] = [
    List::Statuses,
    List::Themes,
    List::Bodies,
    List::Plans,
    List::Sessions,
    List::Recommendations,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum List {
    Statuses,
    Themes,
    Bodies,
    Plans,
    Sessions,
    Recommendations,
}

impl List {
    /// The list's field name, used in places.
    fn name(self) -> &'static str {
        match self {
            List::Statuses => "statuses",
            List::Themes => "themes",
            List::Bodies => "bodies",
            List::Plans => "plans",
            List::Sessions => "sessions",
            List::Recommendations => "recommendations",
        }
    }

    /// One record of the list, used in problems about references.
    fn noun(self) -> &'static str {
        match self {
            List::Statuses => "status",
            List::Themes => "theme",
            List::Bodies => "body",
            List::Plans => "plan",
            List::Sessions => "session",
            List::Recommendations => "recommendation",
        }
    }

    fn fields(self) -> &'static [&'static str] {
        match self {
            List::Statuses => RawStatus::FIELDS,
            List::Themes => RawTheme::FIELDS,
            List::Bodies => RawBody::FIELDS,
            List::Plans => RawPlan::FIELDS,
            List::Sessions => RawSession::FIELDS,
            List::Recommendations => RawRecommendation::FIELDS,
        }
    }

    fn ix(self) -> usize {
        self as usize
    }
}

const STAGES: &[&str] = &[
    "pending",
    "accepted",
    "in_progress",
    "implemented",
    "declined",
];
const BODY_KINDS: &[&str] = &[
    "government",
    "parliament",
    "judiciary",
    "prosecution",
    "ombudsman",
    "civil_society",
    "international",
    "state",
    "other",
];
const FORMATS: &[&str] = &["in_person", "online", "hybrid"];

/// Texts longer than this many characters get a warning.
pub const LONG_TEXT: usize = 20_000;

/// The status vocabulary of the format (id, stage, names in English,
/// Russian and Kazakh), used when a document has no `statuses`.
const DEFAULT_STATUSES: [(&str, Stage, [&str; 3]); 7] = [
    (
        "under_consideration",
        Stage::Pending,
        ["Under consideration", "На рассмотрении", "Қаралуда"],
    ),
    (
        "accepted",
        Stage::Accepted,
        ["Accepted", "Принята", "Қабылданды"],
    ),
    (
        "partially_accepted",
        Stage::Accepted,
        [
            "Partially accepted",
            "Принята частично",
            "Ішінара қабылданды",
        ],
    ),
    (
        "in_progress",
        Stage::InProgress,
        ["In progress", "Выполняется", "Орындалуда"],
    ),
    (
        "implemented",
        Stage::Implemented,
        ["Implemented", "Выполнена", "Орындалды"],
    ),
    (
        "noted",
        Stage::Declined,
        ["Noted", "Принята к сведению", "Назарға алынды"],
    ),
    (
        "rejected",
        Stage::Declined,
        ["Rejected", "Отклонена", "Қабылданбады"],
    ),
];

/// Lists longer than this get no "did you mean": comparing every bad
/// reference with every id would cost more than the hint is worth.
const MAX_SUGGESTION_CANDIDATES: usize = 5000;

/// The hash of the maps from ids to records, eight bytes a step (as
/// `rustc-hash` does): ids are short and come from the document itself,
/// where the standard hasher's protection against chosen keys costs more
/// than a hostile file could (a file can only slow down its own reading).
#[derive(Default)]
struct IdHasher(u64);

/// An odd constant with its bits well spread (`rustc-hash`'s).
const SPREAD: u64 = 0xf135_7aea_2e62_a9c5;

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = self.0.wrapping_add(word).wrapping_mul(SPREAD);
    }
}

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        // The product's high bits are its best mixed: the table's bucket
        // is taken from the low ones.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut eight = [0; 8];
            eight.copy_from_slice(word);
            self.add(u64::from_le_bytes(eight));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut last = [0; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
}

/// The ids of one list: where each kept record is, and which ids belong to
/// records that were left out (so a reference to one is not called unknown).
#[derive(Default)]
struct Ids {
    index: HashMap<String, u32, BuildHasherDefault<IdHasher>>,
    /// The document index of each kept record, for "already used by".
    places: Vec<usize>,
    left_out: HashSet<String>,
    /// While the list is short (statuses, as a rule), its ids and records
    /// side by side too: comparing a few ids is faster than hashing one.
    few: Vec<(Box<str>, u32)>,
    /// The id last found in the index, and its record: the recommendations
    /// of one session usually come one after another.
    last_id: String,
    last: Option<u32>,
}

/// Ids a list holds while [`Ids::few`] is used.
const FEW: usize = 12;

impl Ids {
    fn add(&mut self, id: String, ix: u32) {
        match self.few.iter_mut().find(|(known, _)| **known == *id) {
            Some(entry) => entry.1 = ix,
            None if self.index.len() < FEW => self.few.push((id.as_str().into(), ix)),
            None => {}
        }
        self.index.insert(id, ix);
        self.last = None;
    }

    /// The record `id` names, if the list has it.
    fn find(&mut self, id: &str) -> Option<u32> {
        if self.index.len() <= FEW {
            return self
                .few
                .iter()
                .find(|(known, _)| &**known == id)
                .map(|&(_, ix)| ix);
        }
        if self.last.is_some() && self.last_id == id {
            return self.last;
        }
        let ix = self.index.get(id).copied()?;
        self.last_id.clear();
        self.last_id.push_str(id);
        self.last = Some(ix);
        Some(ix)
    }
}

/// Problems that repeat across many records, kept as one line per key with
/// the first place and a count.
struct Summary<K> {
    lines: Vec<(K, String, usize)>,
    index: HashMap<K, usize>,
}

impl<K: Hash + Eq + Clone> Summary<K> {
    fn new() -> Self {
        Summary {
            lines: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn add(&mut self, key: K, place: impl FnOnce() -> String) {
        match self.index.get(&key) {
            Some(&i) => self.lines[i].2 += 1,
            None => {
                self.index.insert(key.clone(), self.lines.len());
                self.lines.push((key, place(), 1));
            }
        }
    }
}

/// Where a record is in the document (`recommendations[3]`), written out
/// only when there is a problem to place.
#[derive(Clone, Copy)]
struct At {
    list: List,
    i: usize,
}

impl Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.list.name(), self.i)
    }
}

/// A problem that leaves a record out, found before the record is built:
/// the place suffix inside the record, and the kind.
type Fatal = (String, ProblemKind);

/// The dataset under construction, and everything needed to check references.
struct Builder {
    title: Text,
    description: Option<Text>,
    publisher: Option<Text>,
    source_url: Option<String>,
    as_of: Option<Date>,
    languages: Vec<String>,
    statuses: Vec<Status>,
    themes: Vec<Theme>,
    /// The raw `parent` of each kept theme and its document index, resolved
    /// when the whole list is known (a parent may come after its child).
    theme_parents: Vec<Option<String>>,
    bodies: Vec<Body>,
    plans: Vec<Plan>,
    sessions: Vec<Session>,
    recommendations: Vec<Recommendation>,
    ids: [Ids; 6],
    /// The latest session or change date, the default `as_of`.
    latest: Option<Date>,
    problems: Vec<Problem>,
    /// Missing translations by (list, field, index in `languages`).
    translations: Summary<(&'static str, &'static str, usize)>,
    /// Unknown fields by (list, part of record, field name).
    unknown: Summary<(&'static str, &'static str, String)>,
    suggestions: HashMap<(List, String), Option<String>>,
}

impl Builder {
    fn new(title: Text) -> Builder {
        Builder {
            title,
            description: None,
            publisher: None,
            source_url: None,
            as_of: None,
            languages: vec!["en".to_string()],
            statuses: Vec::new(),
            themes: Vec::new(),
            theme_parents: Vec::new(),
            bodies: Vec::new(),
            plans: Vec::new(),
            sessions: Vec::new(),
            recommendations: Vec::new(),
            ids: Default::default(),
            latest: None,
            problems: Vec::new(),
            translations: Summary::new(),
            unknown: Summary::new(),
            suggestions: HashMap::new(),
        }
    }

    /// Reads the optional top-level fields and returns the raw statuses (or
    /// installs the default vocabulary when there are none).
    fn top_level(&mut self, top: &json::Top, bytes: &[u8]) -> Vec<Range<usize>> {
        let mut seen = HashSet::new();
        for json::Field { key, .. } in &top.fields {
            if !seen.insert(&**key) {
                self.warn(
                    String::new(),
                    ProblemKind::DuplicateField {
                        field: key.to_string(),
                    },
                    Outcome::Kept,
                );
            } else if !raw::TOP_FIELDS.contains(&&**key) {
                let suggestion = suggest(key, raw::TOP_FIELDS.iter().copied());
                let kind = ProblemKind::UnknownField {
                    field: key.to_string(),
                    suggestion,
                    count: 1,
                };
                self.warn(String::new(), kind, Outcome::Kept);
            }
        }

        if let Some(value) = top.get(bytes, "languages") {
            match raw::read_value(value, Reader::strings) {
                // The top level was checked as JSON when it was split.
                Err(ReadError::Syntax) => {}
                Err(ReadError::Bad(err)) => self.error(
                    format!("languages{}", err.path),
                    err.kind,
                    Outcome::PartDropped,
                ),
                Ok(list) if list.is_empty() => self.warn(
                    "languages".into(),
                    ProblemKind::NoLanguages,
                    Outcome::Corrected,
                ),
                Ok(list) => {
                    let mut languages: Vec<String> = Vec::new();
                    for (i, language) in list.into_iter().enumerate() {
                        if languages.contains(&language) {
                            let kind = ProblemKind::DuplicateLanguage { language };
                            self.warn(format!("languages[{i}]"), kind, Outcome::PartDropped);
                        } else {
                            languages.push(language);
                        }
                    }
                    self.languages = languages;
                }
            }
        }

        let title = std::mem::take(&mut self.title);
        self.translations(&title, "", "title", &|| "title".to_string());
        self.title = title;
        self.description = self.optional_text(top, bytes, "description");
        self.publisher = self.optional_text(top, bytes, "publisher");
        if let Some(value) = top.get(bytes, "source_url") {
            match raw::read_value(value, Reader::opt_string) {
                Ok(url) => self.source_url = url,
                Err(ReadError::Syntax) => {}
                Err(ReadError::Bad(err)) => {
                    self.error("source_url".into(), err.kind, Outcome::PartDropped)
                }
            }
        }
        if let Some(value) = top.get(bytes, "as_of") {
            match raw::read_value(value, Reader::opt_string) {
                Ok(None) | Err(ReadError::Syntax) => {}
                Ok(Some(text)) => match Date::parse(&text) {
                    Some(date) => self.as_of = Some(date),
                    None => self.error(
                        "as_of".into(),
                        ProblemKind::BadDate { value: text },
                        Outcome::PartDropped,
                    ),
                },
                Err(ReadError::Bad(err)) => {
                    self.error("as_of".into(), err.kind, Outcome::PartDropped)
                }
            }
        }

        let given = top.field("statuses");
        if given.is_some_and(|f| bytes[f.value.clone()] != *b"null") {
            let statuses = self.optional_list(top, bytes, "statuses");
            if !statuses.is_empty() || given.is_some_and(|f| f.elements.is_some()) {
                return statuses;
            }
        }
        self.default_statuses();
        Vec::new()
    }

    /// An optional top-level Text, dropped with an error when malformed.
    fn optional_text(
        &mut self,
        top: &json::Top,
        bytes: &[u8],
        field: &'static str,
    ) -> Option<Text> {
        let value = top.get(bytes, field)?;
        match raw::read_value(value, Reader::opt_text) {
            Ok(text) => {
                if let Some(text) = &text {
                    self.translations(text, "", field, &|| field.to_string());
                }
                text
            }
            Err(ReadError::Syntax) => None,
            Err(ReadError::Bad(err)) => {
                self.error(
                    format!("{field}{}", err.path),
                    err.kind,
                    Outcome::PartDropped,
                );
                None
            }
        }
    }

    /// An optional top-level list of records; a value that is not a list is
    /// dropped with an error.
    fn optional_list(
        &mut self,
        top: &json::Top,
        bytes: &[u8],
        field: &'static str,
    ) -> Vec<Range<usize>> {
        let Some(value) = top.field(field) else {
            return Vec::new();
        };
        if let Some(elements) = &value.elements {
            return elements.clone();
        }
        match raw::describe(top.get(bytes, field).unwrap_or_default()) {
            Ok(Found::Null) | Err(_) => {}
            Ok(found) => {
                let kind = ProblemKind::WrongType {
                    expected: Expected::List,
                    found,
                };
                self.error(field.to_string(), kind, Outcome::PartDropped);
            }
        }
        Vec::new()
    }

    /// The status vocabulary of the format, used when `statuses` is absent.
    fn default_statuses(&mut self) {
        for (id, stage, names) in DEFAULT_STATUSES {
            self.add_id(List::Statuses, id.to_string(), 0);
            self.statuses.push(Status {
                id: id.to_string(),
                name: builtin_name(names),
                stage,
                color: None,
            });
        }
    }

    fn record(&mut self, list: List, i: usize, raw: &str) -> Result<(), NotJson> {
        match list {
            List::Statuses => self.status(i, raw),
            List::Themes => self.theme(i, raw),
            List::Bodies => self.body(i, raw),
            List::Plans => self.plan(i, raw),
            List::Sessions => self.session(i, raw),
            List::Recommendations => self.recommendation(i, raw),
        }
    }

    fn reserve_recommendations(&mut self, n: usize) {
        self.recommendations.reserve(n);
        let ids = &mut self.ids[List::Recommendations.ix()];
        ids.index.reserve(n);
        ids.places.reserve(n);
    }

    fn list_done(&mut self, list: List) {
        if list == List::Themes {
            self.resolve_theme_parents();
        }
    }

    fn status(&mut self, i: usize, raw: &str) -> Result<(), NotJson> {
        let list = List::Statuses;
        let Some(r) = self.read::<RawStatus>(list, i, raw)? else {
            return Ok(());
        };
        let mut fatal = Vec::new();
        let id = self.check_id(list, r.id, &mut fatal);
        let name = required(r.name, "name", &mut fatal);
        let stage = match r.stage {
            None => {
                fatal.push((String::new(), ProblemKind::MissingField { field: "stage" }));
                None
            }
            Some(value) => {
                let stage = Stage::parse(&value);
                if stage.is_none() {
                    fatal.push((".stage".into(), bad_value("stage", value, STAGES)));
                }
                stage
            }
        };
        let (Some(id), Some(name), Some(stage), true) = (id.clone(), name, stage, fatal.is_empty())
        else {
            self.leave_out(list, i, id, fatal);
            return Ok(());
        };
        let place = format!("statuses[{i}]");
        let color = r.color.and_then(|color| {
            if is_color(&color) {
                Some(color)
            } else {
                self.error(
                    format!("{place}.color"),
                    ProblemKind::BadColor { value: color },
                    Outcome::PartDropped,
                );
                None
            }
        });
        // The format's own names (as a saved copy of a dataset without
        // `statuses` writes them) are not the document's to translate.
        if !is_builtin_status(&id, &name) {
            self.translations(&name, "statuses", "name", &|| format!("{place}.name"));
        }
        self.add_id(list, id.clone(), i);
        self.statuses.push(Status {
            id,
            name,
            stage,
            color,
        });
        Ok(())
    }

    fn theme(&mut self, i: usize, raw: &str) -> Result<(), NotJson> {
        let list = List::Themes;
        let Some(r) = self.read::<RawTheme>(list, i, raw)? else {
            return Ok(());
        };
        let mut fatal = Vec::new();
        let id = self.check_id(list, r.id, &mut fatal);
        let name = required(r.name, "name", &mut fatal);
        let (Some(id), Some(name), true) = (id.clone(), name, fatal.is_empty()) else {
            self.leave_out(list, i, id, fatal);
            return Ok(());
        };
        self.translations(&name, "themes", "name", &|| format!("themes[{i}].name"));
        self.add_id(list, id.clone(), i);
        self.theme_parents.push(r.parent);
        self.themes.push(Theme {
            id,
            name,
            parent: None,
        });
        Ok(())
    }

    /// Resolves theme parents once every theme is known, then flattens
    /// chains deeper than one level onto their top theme.
    fn resolve_theme_parents(&mut self) {
        let parents = std::mem::take(&mut self.theme_parents);
        for (t, parent) in parents.into_iter().enumerate() {
            let Some(parent) = parent else { continue };
            let place = format!("themes[{}].parent", self.ids[List::Themes.ix()].places[t]);
            match self.resolve(List::Themes, &parent) {
                Ok(p) if p as usize == t => {
                    let id = self.themes[t].id.clone();
                    self.error(
                        place,
                        ProblemKind::ThemeCycle { id, parent },
                        Outcome::PartDropped,
                    );
                }
                Ok(p) => self.themes[t].parent = Some(p),
                Err(kind) => self.error(place, kind, Outcome::PartDropped),
            }
        }
        for t in 0..self.themes.len() {
            let Some(parent) = self.themes[t].parent else {
                continue;
            };
            if self.themes[parent as usize].parent.is_none() {
                continue;
            }
            // Walk up to the top of the chain, stopping at a cycle.
            let mut seen = vec![t as u32];
            let mut current = parent;
            let root = loop {
                match self.themes[current as usize].parent {
                    None => break Some(current),
                    Some(next) if seen.contains(&next) || next == current => break None,
                    Some(next) => {
                        seen.push(current);
                        current = next;
                    }
                }
            };
            let place = format!("themes[{}].parent", self.ids[List::Themes.ix()].places[t]);
            let parent_id = self.themes[parent as usize].id.clone();
            match root {
                Some(root) => {
                    self.themes[t].parent = Some(root);
                    let root = self.themes[root as usize].id.clone();
                    let kind = ProblemKind::NestedTheme {
                        parent: parent_id,
                        root,
                    };
                    self.warn(place, kind, Outcome::Corrected);
                }
                None => {
                    self.themes[t].parent = None;
                    let id = self.themes[t].id.clone();
                    let kind = ProblemKind::ThemeCycle {
                        id,
                        parent: parent_id,
                    };
                    self.error(place, kind, Outcome::PartDropped);
                }
            }
        }
    }

    fn body(&mut self, i: usize, raw: &str) -> Result<(), NotJson> {
        let list = List::Bodies;
        let Some(r) = self.read::<RawBody>(list, i, raw)? else {
            return Ok(());
        };
        let mut fatal = Vec::new();
        let id = self.check_id(list, r.id, &mut fatal);
        let name = required(r.name, "name", &mut fatal);
        let (Some(id), Some(name), true) = (id.clone(), name, fatal.is_empty()) else {
            self.leave_out(list, i, id, fatal);
            return Ok(());
        };
        let place = format!("bodies[{i}]");
        let kind = r.kind.and_then(|value| {
            let kind = BodyKind::parse(&value);
            if kind.is_none() {
                self.error(
                    format!("{place}.kind"),
                    bad_value("body kind", value, BODY_KINDS),
                    Outcome::PartDropped,
                );
            }
            kind
        });
        self.translations(&name, "bodies", "name", &|| format!("{place}.name"));
        if let Some(short) = &r.short {
            self.translations(short, "bodies", "short", &|| format!("{place}.short"));
        }
        self.add_id(list, id.clone(), i);
        self.bodies.push(Body {
            id,
            name,
            short: r.short,
            kind,
        });
        Ok(())
    }

    fn plan(&mut self, i: usize, raw: &str) -> Result<(), NotJson> {
        let list = List::Plans;
        let Some(r) = self.read::<RawPlan>(list, i, raw)? else {
            return Ok(());
        };
        let mut fatal = Vec::new();
        let id = self.check_id(list, r.id, &mut fatal);
        let name = required(r.name, "name", &mut fatal);
        let (Some(id), Some(name), true) = (id.clone(), name, fatal.is_empty()) else {
            self.leave_out(list, i, id, fatal);
            return Ok(());
        };
        let place = format!("plans[{i}]");
        let start = self.optional_date(r.start, &place, "start");
        let end = self.optional_date(r.end, &place, "end");
        self.translations(&name, "plans", "name", &|| format!("{place}.name"));
        self.add_id(list, id.clone(), i);
        self.plans.push(Plan {
            id,
            name,
            start,
            end,
        });
        Ok(())
    }

    fn session(&mut self, i: usize, raw: &str) -> Result<(), NotJson> {
        let list = List::Sessions;
        let Some(r) = self.read::<RawSession>(list, i, raw)? else {
            return Ok(());
        };
        let mut fatal = Vec::new();
        let id = self.check_id(list, r.id, &mut fatal);
        let date = required_date(r.date, &mut fatal);
        let title = required(r.title, "title", &mut fatal);
        let (Some(id), Some(date), Some(title), true) = (id.clone(), date, title, fatal.is_empty())
        else {
            self.leave_out(list, i, id, fatal);
            return Ok(());
        };
        let place = format!("sessions[{i}]");
        let format = r.format.and_then(|value| {
            let format = match value.as_str() {
                "in_person" => Some(SessionFormat::InPerson),
                "online" => Some(SessionFormat::Online),
                "hybrid" => Some(SessionFormat::Hybrid),
                _ => None,
            };
            if format.is_none() {
                self.error(
                    format!("{place}.format"),
                    bad_value("session format", value, FORMATS),
                    Outcome::PartDropped,
                );
            }
            format
        });
        let participants = self.resolve_all(List::Bodies, r.participants, &place, "participants");
        let themes = self.resolve_all(List::Themes, r.themes, &place, "themes");
        for (field, text) in [
            ("title", Some(&title)),
            ("location", r.location.as_ref()),
            ("chair", r.chair.as_ref()),
            ("summary", r.summary.as_ref()),
        ] {
            if let Some(text) = text {
                self.translations(text, "sessions", field, &|| format!("{place}.{field}"));
            }
        }
        self.note_date(date);
        self.add_id(list, id.clone(), i);
        self.sessions.push(Session {
            id,
            date,
            title,
            kind: r.kind,
            location: r.location,
            chair: r.chair,
            format,
            participants,
            themes,
            summary: r.summary,
            url: r.url,
        });
        Ok(())
    }

    fn recommendation(&mut self, i: usize, raw: &str) -> Result<(), NotJson> {
        let list = List::Recommendations;
        let Some(r) = self.read::<RawRecommendation<'_>>(list, i, raw)? else {
            return Ok(());
        };
        let mut fatal = Vec::new();
        let id = self.check_id(list, r.id, &mut fatal);
        let session = self.required_reference(List::Sessions, r.session, "session", &mut fatal);
        let text = required(r.text, "text", &mut fatal);
        let status = self.required_reference(List::Statuses, r.status, "status", &mut fatal);
        let (Some(id), Some(session), Some(text), Some(status), true) =
            (id.clone(), session, text, status, fatal.is_empty())
        else {
            self.leave_out(list, i, id, fatal);
            return Ok(());
        };
        // Written out only for a problem: most records have none.
        let place = At { list, i };
        for (field, given) in [
            ("themes", r.themes.is_some()),
            ("addressees", r.addressees.is_some()),
        ] {
            if !given {
                // Both lists may be empty, so a missing one is read as empty
                // rather than costing the whole recommendation.
                self.error(
                    place.to_string(),
                    ProblemKind::MissingField { field },
                    Outcome::Kept,
                );
            }
        }
        let themes = self.resolve_all(List::Themes, r.themes, &place, "themes");
        let addressees = self.resolve_all(List::Bodies, r.addressees, &place, "addressees");
        let proposed_by = self.resolve_all(List::Bodies, r.proposed_by, &place, "proposed_by");
        let plan = r
            .plan
            .and_then(|plan| match self.resolve(List::Plans, &plan) {
                Ok(ix) => Some(ix),
                Err(kind) => {
                    self.error(format!("{place}.plan"), kind, Outcome::PartDropped);
                    None
                }
            });
        let history = self.history(r.history.unwrap_or_default(), &place, status);
        let due = self.optional_date(r.due, &place, "due");
        self.translations(&text, "recommendations", "text", &|| {
            format!("{place}.text")
        });
        if let Some(note) = &r.note {
            self.translations(note, "recommendations", "note", &|| format!("{place}.note"));
        }
        self.add_id(list, id.clone(), i);
        self.recommendations.push(Recommendation {
            id,
            session,
            text,
            themes,
            addressees,
            proposed_by,
            plan,
            status: status as u16,
            history,
            due,
            tags: r.tags.unwrap_or_default(),
            note: r.note,
            url: r.url,
        });
        Ok(())
    }

    /// Reads a recommendation's changes, dropping bad ones, sorting them by
    /// date and checking the last against the current status.
    fn history(
        &mut self,
        changes: Vec<raw::ReadChange<'_>>,
        place: &dyn Display,
        status: u32,
    ) -> Vec<Change> {
        let mut history: Vec<Change> = Vec::with_capacity(changes.len());
        for (k, read) in changes.into_iter().enumerate() {
            // Built only when needed: most changes have no problem.
            let here = || format!("{place}.history[{k}]");
            let raw::ReadChange { change, unknown } = read;
            let c = match change {
                raw::Partial {
                    record,
                    error: None,
                } => record,
                raw::Partial {
                    error: Some(err), ..
                } => {
                    self.error(
                        format!("{}{}", here(), err.path),
                        err.kind,
                        Outcome::PartDropped,
                    );
                    continue;
                }
            };
            for field in unknown {
                self.unknown_field(
                    "recommendations",
                    "history",
                    RawChange::FIELDS,
                    field,
                    &here(),
                );
            }
            let date = match c.date {
                None => {
                    self.error(
                        here(),
                        ProblemKind::MissingField { field: "date" },
                        Outcome::PartDropped,
                    );
                    continue;
                }
                Some(value) => match Date::parse(&value) {
                    Some(date) => date,
                    None => {
                        self.error(
                            format!("{}.date", here()),
                            ProblemKind::BadDate {
                                value: value.into_owned(),
                            },
                            Outcome::PartDropped,
                        );
                        continue;
                    }
                },
            };
            let status = match c.status {
                None => {
                    self.error(
                        here(),
                        ProblemKind::MissingField { field: "status" },
                        Outcome::PartDropped,
                    );
                    continue;
                }
                Some(id) => match self.resolve(List::Statuses, &id) {
                    Ok(ix) => ix as u16,
                    Err(kind) => {
                        self.error(format!("{}.status", here()), kind, Outcome::PartDropped);
                        continue;
                    }
                },
            };
            if let Some(note) = &c.note {
                self.translations(note, "recommendations", "history.note", &|| {
                    format!("{}.note", here())
                });
            }
            self.note_date(date);
            history.push(Change {
                date,
                status,
                note: c.note,
            });
        }
        if history.windows(2).any(|w| w[0].date > w[1].date) {
            // A stable sort keeps changes of the same date in written order.
            history.sort_by_key(|change| change.date);
            self.warn(
                format!("{place}.history"),
                ProblemKind::HistoryOutOfOrder,
                Outcome::Corrected,
            );
        }
        if let Some(last) = history.last() {
            if u32::from(last.status) != status {
                let kind = ProblemKind::HistoryMismatch {
                    last: self.statuses[last.status as usize].id.clone(),
                    status: self.statuses[status as usize].id.clone(),
                };
                self.warn(format!("{place}.history"), kind, Outcome::Kept);
            }
        }
        history
    }

    fn finish(self) -> (Dataset, Vec<Problem>) {
        let mut problems = self.problems;
        for ((_, _, field), place, count) in self.unknown.lines {
            // The suggestion was worked out when the field was first seen and
            // is carried in the place slot's companion below.
            let (place, suggestion) = split_suggestion(place);
            problems.push(Problem {
                severity: Severity::Warning,
                place,
                kind: ProblemKind::UnknownField {
                    field,
                    suggestion,
                    count,
                },
                outcome: Outcome::Kept,
            });
        }
        for ((_, _, language), place, count) in self.translations.lines {
            let language = self.languages.get(language).cloned().unwrap_or_default();
            problems.push(Problem {
                severity: Severity::Warning,
                place,
                kind: ProblemKind::MissingTranslation { language, count },
                outcome: Outcome::Kept,
            });
        }
        let dataset = Dataset {
            title: self.title,
            description: self.description,
            publisher: self.publisher,
            source_url: self.source_url,
            as_of: self.as_of.or(self.latest),
            languages: self.languages,
            statuses: self.statuses,
            themes: self.themes,
            bodies: self.bodies,
            plans: self.plans,
            sessions: self.sessions,
            recommendations: self.recommendations,
        };
        (dataset, problems)
    }

    // Helpers shared by the record validators.

    /// Reads a record, or reports why it cannot be read and leaves it out.
    fn read<'a, T: Record<'a>>(
        &mut self,
        list: List,
        i: usize,
        raw: &'a str,
    ) -> Result<Option<T>, NotJson> {
        let mut unknown = Vec::new();
        let read = raw::read_record::<T>(raw, |field| unknown.push(field.to_string()));
        match read.map_err(|_| NotJson)? {
            raw::Partial {
                record,
                error: None,
            } => {
                if !unknown.is_empty() {
                    let place = format!("{}[{i}]", list.name());
                    for field in unknown {
                        self.unknown_field(list.name(), "", list.fields(), field, &place);
                    }
                }
                Ok(Some(record))
            }
            raw::Partial {
                mut record,
                error: Some(err),
            } => {
                // The record cannot be built, but its id may still be
                // readable; remembering it lets a reference to this record
                // say that it was left out instead of "unknown".
                self.leave_out(list, i, record.id(), vec![(err.path, err.kind)]);
                Ok(None)
            }
        }
    }

    /// Checks a record's id: present, not empty, not used before.
    fn check_id(
        &mut self,
        list: List,
        id: Option<String>,
        fatal: &mut Vec<Fatal>,
    ) -> Option<String> {
        match id {
            None => fatal.push((String::new(), ProblemKind::MissingField { field: "id" })),
            Some(id) if id.is_empty() => fatal.push((".id".into(), ProblemKind::EmptyId)),
            Some(id) => {
                let ids = &self.ids[list.ix()];
                if let Some(&first) = ids.index.get(&id) {
                    let first = format!("{}[{}]", list.name(), ids.places[first as usize]);
                    fatal.push((
                        ".id".into(),
                        ProblemKind::DuplicateId {
                            id: id.clone(),
                            first,
                        },
                    ));
                }
                return Some(id);
            }
        }
        None
    }

    fn add_id(&mut self, list: List, id: String, place: usize) {
        let ids = &mut self.ids[list.ix()];
        let ix = ids.places.len() as u32;
        ids.add(id, ix);
        ids.places.push(place);
    }

    /// Reports every problem that leaves a record out.
    fn leave_out(&mut self, list: List, i: usize, id: Option<String>, fatal: Vec<Fatal>) {
        if let Some(id) = id {
            self.ids[list.ix()].left_out.insert(id);
        }
        for (suffix, kind) in fatal {
            self.error(
                format!("{}[{i}]{suffix}", list.name()),
                kind,
                Outcome::LeftOut,
            );
        }
    }

    /// A reference the record cannot do without (a recommendation's session
    /// and status): a missing or bad one leaves the record out.
    fn required_reference(
        &mut self,
        list: List,
        id: Option<Cow<'_, str>>,
        field: &'static str,
        fatal: &mut Vec<Fatal>,
    ) -> Option<u32> {
        let Some(id) = id else {
            fatal.push((String::new(), ProblemKind::MissingField { field }));
            return None;
        };
        match self.resolve(list, &id) {
            Ok(ix) => Some(ix),
            Err(kind) => {
                fatal.push((format!(".{field}"), kind));
                None
            }
        }
    }

    /// Resolves a list of references, dropping (and reporting) bad ones.
    fn resolve_all(
        &mut self,
        list: List,
        ids: Option<json::Strs<'_>>,
        place: &dyn Display,
        field: &str,
    ) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for (k, id) in ids.unwrap_or_default().iter().enumerate() {
            match self.resolve(list, &id) {
                Ok(ix) if out.contains(&ix) => {
                    let kind = ProblemKind::DuplicateReference {
                        list: list.noun(),
                        id: id.into_owned(),
                    };
                    self.warn(format!("{place}.{field}[{k}]"), kind, Outcome::PartDropped);
                }
                Ok(ix) => out.push(ix),
                Err(kind) => {
                    self.error(format!("{place}.{field}[{k}]"), kind, Outcome::PartDropped)
                }
            }
        }
        out
    }

    /// The index of the record `id` names in `list`, or the problem with it.
    fn resolve(&mut self, list: List, id: &str) -> Result<u32, ProblemKind> {
        let ids = &mut self.ids[list.ix()];
        if let Some(ix) = ids.find(id) {
            return Ok(ix);
        }
        if ids.left_out.contains(id) {
            return Err(ProblemKind::LeftOutReference {
                list: list.noun(),
                id: id.to_string(),
            });
        }
        let key = (list, id.to_string());
        let suggestion = match self.suggestions.get(&key) {
            Some(cached) => cached.clone(),
            None => {
                let suggestion = self.suggest_id(list, id);
                self.suggestions.insert(key, suggestion.clone());
                suggestion
            }
        };
        Err(ProblemKind::UnknownReference {
            list: list.noun(),
            id: id.to_string(),
            suggestion,
        })
    }

    fn suggest_id(&self, list: List, id: &str) -> Option<String> {
        fn ids<T>(records: &[T], id: impl Fn(&T) -> &str) -> Option<Vec<&str>> {
            (records.len() <= MAX_SUGGESTION_CANDIDATES).then(|| records.iter().map(id).collect())
        }
        let candidates = match list {
            List::Statuses => ids(&self.statuses, |r| &r.id),
            List::Themes => ids(&self.themes, |r| &r.id),
            List::Bodies => ids(&self.bodies, |r| &r.id),
            List::Plans => ids(&self.plans, |r| &r.id),
            List::Sessions => ids(&self.sessions, |r| &r.id),
            List::Recommendations => None,
        }?;
        suggest(id, candidates.into_iter())
    }

    fn optional_date(
        &mut self,
        value: Option<Cow<'_, str>>,
        place: &dyn Display,
        field: &str,
    ) -> Option<Date> {
        let value = value?;
        let date = Date::parse(&value);
        if date.is_none() {
            self.error(
                format!("{place}.{field}"),
                ProblemKind::BadDate {
                    value: value.into_owned(),
                },
                Outcome::PartDropped,
            );
        }
        date
    }

    fn note_date(&mut self, date: Date) {
        if self.latest.is_none_or(|latest| date > latest) {
            self.latest = Some(date);
        }
    }

    /// Counts the dataset's languages that `text` lacks. `place` is called
    /// only for the first Text of each (list, field, language).
    ///
    /// A value longer than [`LONG_TEXT`] characters is kept with a warning: it
    /// is more likely a pasted document than a recommendation.
    fn translations(
        &mut self,
        text: &Text,
        list: &'static str,
        field: &'static str,
        place: &dyn Fn() -> String,
    ) {
        let longest = text.values().map(str::len).max().unwrap_or(0);
        // Bytes bound characters from above: count characters only then.
        if longest > LONG_TEXT {
            let chars = text.values().map(|v| v.chars().count()).max();
            if let Some(chars) = chars.filter(|&n| n > LONG_TEXT) {
                self.warn(
                    place(),
                    ProblemKind::LongText {
                        chars,
                        limit: LONG_TEXT,
                    },
                    Outcome::Kept,
                );
            }
        }
        if text.is_plain() {
            return;
        }
        for (l, language) in self.languages.iter().enumerate() {
            if !text.has(language) {
                self.translations.add((list, field, l), place);
            }
        }
    }

    fn unknown_field(
        &mut self,
        list: &'static str,
        part: &'static str,
        known: &[&str],
        field: String,
        place: &str,
    ) {
        let key = (list, part, field.clone());
        self.unknown.add(key, || {
            // The suggestion rides along with the place until `finish`.
            let suggestion = suggest(&field, known.iter().copied()).unwrap_or_default();
            format!("{place}\u{0}{suggestion}")
        });
    }

    fn error(&mut self, place: String, kind: ProblemKind, outcome: Outcome) {
        self.problems.push(Problem {
            severity: Severity::Error,
            place,
            kind,
            outcome,
        });
    }

    fn warn(&mut self, place: String, kind: ProblemKind, outcome: Outcome) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            place,
            kind,
            outcome,
        });
    }
}

fn split_suggestion(place: String) -> (String, Option<String>) {
    match place.split_once('\u{0}') {
        Some((place, "")) => (place.to_string(), None),
        Some((place, suggestion)) => (place.to_string(), Some(suggestion.to_string())),
        None => (place, None),
    }
}

fn required<T>(value: Option<T>, field: &'static str, fatal: &mut Vec<Fatal>) -> Option<T> {
    if value.is_none() {
        fatal.push((String::new(), ProblemKind::MissingField { field }));
    }
    value
}

fn required_date(value: Option<Cow<'_, str>>, fatal: &mut Vec<Fatal>) -> Option<Date> {
    let value = required(value, "date", fatal)?;
    let date = Date::parse(&value);
    if date.is_none() {
        let value = value.into_owned();
        fatal.push((".date".into(), ProblemKind::BadDate { value }));
    }
    date
}

fn bad_value(what: &'static str, value: String, allowed: &'static [&'static str]) -> ProblemKind {
    let suggestion = suggest(&value, allowed.iter().copied());
    ProblemKind::BadValue {
        what,
        value,
        allowed,
        suggestion,
    }
}

fn builtin_name([en, ru, kk]: [&str; 3]) -> Text {
    Text::from_pairs([("en", en), ("ru", ru), ("kk", kk)])
}

/// Whether a status is named as the format's vocabulary names it.
fn is_builtin_status(id: &str, name: &Text) -> bool {
    DEFAULT_STATUSES
        .iter()
        .any(|&(builtin, _, names)| builtin == id && *name == builtin_name(names))
}

fn is_color(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn refusal(kind: RefusalKind) -> Refusal {
    Refusal {
        kind,
        line: None,
        column: None,
    }
}

/// Recognises UTF-16 and UTF-32 by their byte order mark, or by the NUL bytes
/// that ASCII text has in them (a JSON document starts with ASCII).
fn sniff_encoding(bytes: &[u8]) -> Option<Encoding> {
    match bytes {
        [0xFF, 0xFE, 0, 0, ..] => Some(Encoding::Utf32Le),
        [0, 0, 0xFE, 0xFF, ..] => Some(Encoding::Utf32Be),
        [0xFF, 0xFE, ..] => Some(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => Some(Encoding::Utf16Be),
        [0, 0, 0, x, ..] if *x != 0 => Some(Encoding::Utf32Be),
        [x, 0, 0, 0, ..] if *x != 0 => Some(Encoding::Utf32Le),
        [0, x, ..] if *x != 0 => Some(Encoding::Utf16Be),
        [x, 0, ..] if *x != 0 => Some(Encoding::Utf16Le),
        _ => None,
    }
}
