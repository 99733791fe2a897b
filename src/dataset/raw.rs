//! The JSON as written: records that mirror the format, ids, dates and
//! references still as strings, read field by field with [`json::Reader`].
//!
//! Every field is optional here, even the required ones, so that a missing
//! field is reported by the validation pass in the same words as every other
//! problem instead of failing the record while it is read. Records are read
//! one at a time from their slices of the document, so one record of the
//! wrong shape is left out while the others are read.

use std::borrow::Cow;

use super::json::{Fail, Reader, Strs};
use super::problem::{Expected, Found, ProblemKind};
use super::text::Text;

#[derive(Default)]
pub struct RawStatus {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub stage: Option<String>,
    pub color: Option<String>,
}

#[derive(Default)]
pub struct RawTheme {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub parent: Option<String>,
}

#[derive(Default)]
pub struct RawBody {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub short: Option<Text>,
    pub kind: Option<String>,
}

#[derive(Default)]
pub struct RawPlan<'a> {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub start: Option<Cow<'a, str>>,
    pub end: Option<Cow<'a, str>>,
}

#[derive(Default)]
pub struct RawSession<'a> {
    pub id: Option<String>,
    pub date: Option<Cow<'a, str>>,
    pub title: Option<Text>,
    pub kind: Option<String>,
    pub location: Option<Text>,
    pub chair: Option<Text>,
    pub format: Option<String>,
    pub participants: Option<Strs<'a>>,
    pub themes: Option<Strs<'a>>,
    pub summary: Option<Text>,
    pub url: Option<String>,
}

#[derive(Default)]
pub struct RawRecommendation<'a> {
    pub id: Option<String>,
    pub session: Option<Cow<'a, str>>,
    pub text: Option<Text>,
    pub themes: Option<Strs<'a>>,
    pub addressees: Option<Strs<'a>>,
    pub proposed_by: Option<Strs<'a>>,
    pub plan: Option<Cow<'a, str>>,
    pub status: Option<Cow<'a, str>>,
    /// Changes are read one by one, so a bad change is dropped on its own.
    pub history: Option<Vec<ReadChange<'a>>>,
    pub due: Option<Cow<'a, str>>,
    pub tags: Option<Vec<String>>,
    pub note: Option<Text>,
    pub url: Option<String>,
}

#[derive(Default)]
pub struct RawChange<'a> {
    pub date: Option<Cow<'a, str>>,
    pub status: Option<Cow<'a, str>>,
    pub note: Option<Text>,
}

pub const TOP_FIELDS: &[&str] = &[
    "kenes",
    "title",
    "description",
    "publisher",
    "source_url",
    "as_of",
    "languages",
    "statuses",
    "themes",
    "bodies",
    "plans",
    "sessions",
    "recommendations",
];

/// A record the reader can fill field by field.
pub trait Record<'a>: Default {
    /// The fields the format defines, in the order it lists them.
    const FIELDS: &'static [&'static str];

    /// Reads the value of field `FIELDS[field]`.
    fn read(&mut self, field: usize, r: &mut Reader<'a>) -> Result<(), Fail>;

    /// The record's id, when it has one and it was read.
    fn id(&mut self) -> Option<String> {
        None
    }
}

macro_rules! record {
    ($ty:ty, $($field:ident: $read:ident),+ $(; id: $id:ident)?) => {
        impl<'a> Record<'a> for $ty {
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),+];

            fn read(&mut self, field: usize, r: &mut Reader<'a>) -> Result<(), Fail> {
                let mut k = 0;
                $(
                    if field == k {
                        self.$field = r.$read()?;
                        return Ok(());
                    }
                    k += 1;
                )+
                let _ = k;
                Ok(())
            }

            $(fn id(&mut self) -> Option<String> {
                self.$id.take()
            })?
        }
    };
}

record!(RawStatus, id: opt_string, name: opt_text, stage: opt_string, color: opt_string; id: id);
record!(RawTheme, id: opt_string, name: opt_text, parent: opt_string; id: id);
record!(RawBody, id: opt_string, name: opt_text, short: opt_text, kind: opt_string; id: id);
record!(RawPlan<'a>, id: opt_string, name: opt_text, start: opt_str, end: opt_str; id: id);
record!(
    RawSession<'a>,
    id: opt_string,
    date: opt_str,
    title: opt_text,
    kind: opt_string,
    location: opt_text,
    chair: opt_text,
    format: opt_string,
    participants: opt_strs,
    themes: opt_strs,
    summary: opt_text,
    url: opt_string;
    id: id
);
record!(
    RawRecommendation<'a>,
    id: opt_string,
    session: opt_str,
    text: opt_text,
    themes: opt_strs,
    addressees: opt_strs,
    proposed_by: opt_strs,
    plan: opt_str,
    status: opt_str,
    history: opt_changes,
    due: opt_str,
    tags: opt_strings,
    note: opt_text,
    url: opt_string;
    id: id
);
record!(RawChange<'a>, date: opt_str, status: opt_str, note: opt_text);

/// Why one record (or value) could not be read: where inside it (a suffix
/// such as `.themes[0]`, empty for the record itself) and what.
#[derive(Debug)]
pub struct RecordError {
    pub path: String,
    pub kind: ProblemKind,
}

/// A value that could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The document is not JSON here.
    Syntax,
    Bad(RecordError),
}

impl From<Fail> for ReadError {
    fn from(fail: Fail) -> ReadError {
        match fail {
            Fail::Syntax => ReadError::Syntax,
            Fail::Type {
                path,
                expected,
                found,
            } => ReadError::Bad(RecordError {
                path,
                kind: ProblemKind::WrongType { expected, found },
            }),
            Fail::Malformed { path, message } => ReadError::Bad(RecordError {
                path,
                kind: ProblemKind::Malformed { message },
            }),
        }
    }
}

/// A record as far as it could be read, and why it could not be read whole.
pub struct Partial<T> {
    pub record: T,
    pub error: Option<RecordError>,
}

/// Reads one record of type `T` from `json`, its slice of the document,
/// calling `unknown` with the name of every field the format does not
/// define. A record must be a JSON object; a field given twice is an error.
///
/// Reading goes on past a field of the wrong type, so a record that cannot
/// be kept still gives its id (a reference to it can then say that it was
/// left out rather than unknown).
pub fn read_record<'a, T: Record<'a>>(
    json: &'a str,
    mut unknown: impl FnMut(&str),
) -> Result<Partial<T>, ReadError> {
    let mut r = Reader::new(json);
    let record = read_partial(&mut r, &mut unknown)?;
    if !r.at_end() {
        return Err(ReadError::Syntax);
    }
    Ok(record)
}

/// Reads a record where `r` is. Fails only when the document is not JSON.
fn read_partial<'a, T: Record<'a>>(
    r: &mut Reader<'a>,
    unknown: &mut dyn FnMut(&str),
) -> Result<Partial<T>, Fail> {
    let mut record = T::default();
    let result = if r.next_byte() == Some(b'{') {
        // Which fields have been read, one bit each; fields usually come in
        // the format's order, so the one after the last is tried first.
        let mut seen = 0u32;
        let mut next = 0;
        r.object(|r, key| {
            let field = match T::FIELDS.get(next) {
                Some(&name) if name == key => Some(next),
                _ => T::FIELDS.iter().position(|&name| name == key),
            };
            let Some(field) = field else {
                unknown(&key);
                return r.skip();
            };
            next = field + 1;
            if seen & (1 << field) != 0 {
                return Err(Fail::Malformed {
                    path: String::new(),
                    message: format!("duplicate field `{key}`"),
                });
            }
            seen |= 1 << field;
            record
                .read(field, r)
                .map_err(|fail| fail.under(|| format!(".{key}")))
        })
    } else {
        r.describe().and_then(|found| {
            Err(Fail::Type {
                path: String::new(),
                expected: Expected::Object,
                found,
            })
        })
    };
    let error = match result {
        Ok(()) => None,
        Err(fail) => match ReadError::from(fail) {
            ReadError::Syntax => return Err(Fail::Syntax),
            ReadError::Bad(error) => Some(error),
        },
    };
    Ok(Partial { record, error })
}

/// A change of a recommendation's history, read where it stands: as far as
/// it could be read, and the names of the fields the format does not define.
/// A bad change is dropped on its own; the recommendation is kept.
pub struct ReadChange<'a> {
    pub change: Partial<RawChange<'a>>,
    pub unknown: Vec<String>,
}

trait ReadChanges<'a> {
    fn opt_changes(&mut self) -> Result<Option<Vec<ReadChange<'a>>>, Fail>;
}

impl<'a> ReadChanges<'a> for Reader<'a> {
    fn opt_changes(&mut self) -> Result<Option<Vec<ReadChange<'a>>>, Fail> {
        self.opt_list(|r| {
            let mut unknown = Vec::new();
            let change = read_partial(r, &mut |field| unknown.push(field.to_string()))?;
            Ok(ReadChange { change, unknown })
        })
    }
}

/// Reads a whole value with `read`, which must take all of `json`.
pub fn read_value<'a, T>(
    json: &'a str,
    read: impl FnOnce(&mut Reader<'a>) -> Result<T, Fail>,
) -> Result<T, ReadError> {
    let mut r = Reader::new(json);
    let value = read(&mut r)?;
    if !r.at_end() {
        return Err(ReadError::Syntax);
    }
    Ok(value)
}

/// Describes a value as written for a "found ..." message.
pub fn describe(json: &str) -> Result<Found, ReadError> {
    read_value(json, Reader::describe)
}
