//! The JSON as written: serde structs that mirror the format, ids, dates and
//! references still as strings.
//!
//! Every field is optional here, even the required ones, so that a missing
//! field is reported by the validation pass in the same words as every other
//! problem instead of failing the record inside serde. Records are read one
//! at a time from borrowed [`RawValue`]s, so one record of the wrong shape is
//! left out while the others are read.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::problem::{Expected, Found, ProblemKind};
use super::text::{Text, EXPECTED_TEXT};

#[derive(Deserialize)]
pub struct RawStatus {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub stage: Option<String>,
    pub color: Option<String>,
}
pub const STATUS_FIELDS: &[&str] = &["id", "name", "stage", "color"];

#[derive(Deserialize)]
pub struct RawTheme {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub parent: Option<String>,
}
pub const THEME_FIELDS: &[&str] = &["id", "name", "parent"];

#[derive(Deserialize)]
pub struct RawBody {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub short: Option<Text>,
    pub kind: Option<String>,
}
pub const BODY_FIELDS: &[&str] = &["id", "name", "short", "kind"];

#[derive(Deserialize)]
pub struct RawPlan {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub start: Option<String>,
    pub end: Option<String>,
}
pub const PLAN_FIELDS: &[&str] = &["id", "name", "start", "end"];

#[derive(Deserialize)]
pub struct RawSession {
    pub id: Option<String>,
    pub date: Option<String>,
    pub title: Option<Text>,
    pub kind: Option<String>,
    pub location: Option<Text>,
    pub chair: Option<Text>,
    pub format: Option<String>,
    pub participants: Option<Vec<String>>,
    pub themes: Option<Vec<String>>,
    pub summary: Option<Text>,
    pub url: Option<String>,
}
pub const SESSION_FIELDS: &[&str] = &[
    "id",
    "date",
    "title",
    "kind",
    "location",
    "chair",
    "format",
    "participants",
    "themes",
    "summary",
    "url",
];

#[derive(Deserialize)]
pub struct RawRecommendation<'a> {
    pub id: Option<String>,
    pub session: Option<String>,
    pub text: Option<Text>,
    pub themes: Option<Vec<String>>,
    pub addressees: Option<Vec<String>>,
    pub proposed_by: Option<Vec<String>>,
    pub plan: Option<String>,
    pub status: Option<String>,
    /// Changes are read one by one, so a bad change is dropped on its own.
    #[serde(borrow)]
    pub history: Option<Vec<&'a RawValue>>,
    pub due: Option<String>,
    pub tags: Option<Vec<String>>,
    pub note: Option<Text>,
    pub url: Option<String>,
}
pub const RECOMMENDATION_FIELDS: &[&str] = &[
    "id",
    "session",
    "text",
    "themes",
    "addressees",
    "proposed_by",
    "plan",
    "status",
    "history",
    "due",
    "tags",
    "note",
    "url",
];

#[derive(Deserialize)]
pub struct RawChange {
    pub date: Option<String>,
    pub status: Option<String>,
    pub note: Option<Text>,
}
pub const CHANGE_FIELDS: &[&str] = &["date", "status", "note"];

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

/// Why one record could not be read: where inside it (a suffix such as
/// `.themes[0]`, empty for the record itself) and what.
#[derive(Debug)]
pub struct RecordError {
    pub path: String,
    pub kind: ProblemKind,
}

/// Reads one record (or any value) of type `T` from `raw`, calling `unknown`
/// with the name of every field the format does not define.
///
/// A record must be a JSON object: serde would also accept a list for a
/// struct, filling fields by position, which no person writing a file means.
pub fn read_record<'a, T: Deserialize<'a>>(
    raw: &'a RawValue,
    mut unknown: impl FnMut(String),
) -> Result<T, RecordError> {
    let json = raw.get();
    if !json.starts_with('{') {
        return Err(RecordError {
            path: String::new(),
            kind: ProblemKind::WrongType {
                expected: Expected::Object,
                found: describe(json),
            },
        });
    }
    read_value(json, &mut unknown)
}

/// Reads a value of type `T` from `json`, reporting unknown fields and the
/// path of a type error.
pub fn read_value<'a, T: Deserialize<'a>>(
    json: &'a str,
    mut unknown: impl FnMut(String),
) -> Result<T, RecordError> {
    // The common case, a good record, is read without tracking the path:
    // serde_path_to_error copies every key it passes, which costs more than
    // the rest of the reading. Only a record that fails is read again to
    // find where.
    let mut de = serde_json::Deserializer::from_str(json);
    let mut report = |path: serde_ignored::Path<'_>| {
        // Only object keys can be unknown; report the innermost one.
        let name = match path {
            serde_ignored::Path::Map { key, .. } => key.clone(),
            other => other.to_string(),
        };
        unknown(name);
    };
    match serde_ignored::deserialize(&mut de, &mut report) {
        Ok(value) => Ok(value),
        Err(first) => {
            let mut de = serde_json::Deserializer::from_str(json);
            match serde_path_to_error::deserialize::<_, T>(&mut de) {
                Err(err) => Err(RecordError {
                    path: path_suffix(err.path()),
                    kind: classify(&err.into_inner()),
                }),
                // Not expected: the same input read the same way.
                Ok(_) => Err(RecordError {
                    path: String::new(),
                    kind: classify(&first),
                }),
            }
        }
    }
}

/// Describes a raw JSON value for a "found ..." message.
pub fn describe(json: &str) -> Found {
    let json = json.trim();
    match json.as_bytes().first() {
        Some(b'{') => Found::Object,
        Some(b'[') => Found::List,
        Some(b'"') => match serde_json::from_str::<String>(json) {
            Ok(s) => Found::String(shorten(&s)),
            Err(_) => Found::Other(shorten(json)),
        },
        Some(b't') => Found::Bool(true),
        Some(b'f') => Found::Bool(false),
        Some(b'n') => Found::Null,
        _ => Found::Number(shorten(json)),
    }
}

/// The top level of a document: each field with its raw value, in order.
pub struct Top<'a> {
    pub fields: Vec<(String, &'a RawValue)>,
}

impl<'a> Top<'a> {
    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&'a RawValue> {
        self.fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| *value)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Top<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Top<'a>, D::Error> {
        deserializer.deserialize_map(TopVisitor(std::marker::PhantomData))
    }
}

struct TopVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for TopVisitor<'a> {
    type Value = Top<'a>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top<'a>, A::Error> {
        let mut fields = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: &'de RawValue = map.next_value()?;
            fields.push((key, value));
        }
        Ok(Top { fields })
    }
}

/// serde_json's message without its " at line L column C" suffix, which the
/// reader reports as a place of its own.
pub fn message_without_place(err: &serde_json::Error) -> String {
    let message = err.to_string();
    if err.line() == 0 {
        return message;
    }
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `json`.
pub fn line_column(json: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(json.len());
    while !json.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &json[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The column in characters of serde_json's byte column on a 1-based line.
pub fn char_column(json: &str, line: usize, byte_column: usize) -> usize {
    let line_start = if line <= 1 {
        Some(0)
    } else {
        json.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)
    };
    match line_start {
        Some(start) => line_column(json, start + byte_column.saturating_sub(1)).1,
        None => byte_column,
    }
}

/// Where `raw`, a slice of `json`, starts in it.
pub fn offset_in(json: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(json.as_ptr() as usize)
}

/// Turns serde_path_to_error's path into a suffix such as `.themes[0]`.
fn path_suffix(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                out.push('.');
                out.push_str(key);
            }
            Segment::Enum { variant } => {
                out.push('.');
                out.push_str(variant);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// Turns serde's "invalid type: X, expected Y" into a structured problem; any
/// other message is kept as serde worded it.
fn classify(err: &serde_json::Error) -> ProblemKind {
    let message = message_without_place(err);
    let parsed = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "));
    let Some((found, expected)) = parsed else {
        return ProblemKind::Malformed { message };
    };
    let expected = match expected {
        "a string" => Expected::String,
        "a sequence" => Expected::List,
        EXPECTED_TEXT => Expected::Text,
        e if e.starts_with("struct ") => Expected::Object,
        e => Expected::Other(e.to_string()),
    };
    let between = |s: &str| s.trim_matches('`').to_string();
    let found = if let Some(n) = found.strip_prefix("integer ") {
        Found::Number(between(n))
    } else if let Some(n) = found.strip_prefix("floating point ") {
        Found::Number(between(n))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        Found::Bool(between(b) == "true")
    } else if let Some(s) = found.strip_prefix("string ") {
        // serde quotes the string with Rust's escapes; drop the quotes only.
        Found::String(shorten(
            s.strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or(s),
        ))
    } else {
        match found {
            "unit value" => Found::Null,
            "map" => Found::Object,
            "sequence" => Found::List,
            other => Found::Other(other.to_string()),
        }
    };
    ProblemKind::WrongType { expected, found }
}

/// Long values are cut so that one problem stays one readable line.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}
