//! Problems found in a document, as values.
//!
//! A problem is data, not a sentence: its kind carries the ids, values and
//! suggestions involved, so the report can word it in Kazakh, Russian or
//! English. The `Display` impls here are the English wording, used by tests,
//! by the command line and as the fallback in the report.
//!
//! Two families: a [`Problem`] concerns one record (or one top-level field)
//! and the rest of the document is still read; a [`Refusal`] means the
//! document as a whole cannot be read.

use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The document breaks the format: something was left out or dropped.
    Error,
    /// The document is readable as written, but probably not what was meant.
    Warning,
}

/// What the reader did with the record that has the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The whole record was left out of the dataset.
    LeftOut,
    /// The record was kept without the bad part (a reference, a date, ...).
    PartDropped,
    /// The record was kept, put right in a way the problem describes (for
    /// example a history sorted by date).
    Corrected,
    /// The record was kept as written.
    Kept,
}

/// One problem with one place in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    /// Where: a path such as `recommendations[41].themes[1]`, with indexes
    /// as in the document. Empty for the document's top level.
    pub place: String,
    pub kind: ProblemKind,
    pub outcome: Outcome,
}

/// What kind of JSON value the reader expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    String,
    List,
    Object,
    /// A plain string or an object from language to string.
    Text,
    /// An expectation serde worded in a way this reader does not know.
    Other(String),
}

/// The JSON value the reader found instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Object,
    List,
    /// A string, without its quotes.
    String(String),
    /// A number as written.
    Number(String),
    Bool(bool),
    Null,
    /// A value serde described in a way this reader does not know.
    Other(String),
}

/// The kinds of problems with a record or a top-level field.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// A value of the wrong JSON type.
    WrongType { expected: Expected, found: Found },
    /// Any other way a record failed to read, in serde's words.
    Malformed { message: String },
    /// A required field is absent (or `null`).
    MissingField { field: &'static str },
    /// An `id` that is the empty string.
    EmptyId,
    /// An id already used by an earlier record of the same list.
    DuplicateId { id: String, first: String },
    /// A reference to an id that no record of `list` has. `list` is the
    /// singular noun: "theme", "body", "session", "status", "plan".
    UnknownReference {
        list: &'static str,
        id: String,
        suggestion: Option<String>,
    },
    /// A reference to a record that exists but was left out for its own
    /// problem.
    LeftOutReference { list: &'static str, id: String },
    /// The same id twice in one list of references.
    DuplicateReference { list: &'static str, id: String },
    /// A date that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or no real day.
    BadDate { value: String },
    /// A value outside a fixed vocabulary (a stage, a body kind, a format).
    /// `what` names the vocabulary: "stage", "body kind", "session format".
    BadValue {
        what: &'static str,
        value: String,
        allowed: &'static [&'static str],
        suggestion: Option<String>,
    },
    /// A color that is not `#rrggbb`.
    BadColor { value: String },
    /// A theme whose chain of parents leads back to itself; its parent is
    /// dropped.
    ThemeCycle { id: String, parent: String },
    /// A theme whose parent has a parent. Themes nest one level deep, so it
    /// is placed under the top of the chain, `root`.
    NestedTheme { parent: String, root: String },
    /// The last change of a history does not have the record's `status`.
    HistoryMismatch { last: String, status: String },
    /// A history that is not oldest first; it was sorted by date.
    HistoryOutOfOrder,
    /// A Text without one of the dataset's languages. Summarised: `place` is
    /// the first such Text of its list and field, `count` how many there are.
    MissingTranslation { language: String, count: usize },
    /// A Text value longer than `limit` characters, kept as written.
    LongText { chars: usize, limit: usize },
    /// A field the format does not define. Summarised per list and name like
    /// `MissingTranslation`.
    UnknownField {
        field: String,
        suggestion: Option<String>,
        count: usize,
    },
    /// A top-level field given twice; the first is read.
    DuplicateField { field: String },
    /// `languages` is an empty list; `["en"]` is used.
    NoLanguages,
    /// A language listed twice in `languages`; the second is ignored.
    DuplicateLanguage { language: String },
}

impl Problem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.place.is_empty() {
            write!(f, "{}: ", self.place)?;
        }
        write!(f, "{}", self.kind)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            ProblemKind::Malformed { message } => f.write_str(message),
            ProblemKind::MissingField { field } => write!(f, "missing required field \"{field}\""),
            ProblemKind::EmptyId => f.write_str("id is empty"),
            ProblemKind::DuplicateId { id, first } => {
                write!(f, "duplicate id \"{id}\", already used by {first}")
            }
            ProblemKind::UnknownReference {
                list,
                id,
                suggestion,
            } => {
                write!(f, "unknown {list} \"{id}\"")?;
                did_you_mean(f, suggestion)
            }
            ProblemKind::LeftOutReference { list, id } => {
                write!(f, "{list} \"{id}\" was left out because of its own problem")
            }
            ProblemKind::DuplicateReference { list, id } => {
                write!(f, "{list} \"{id}\" is listed twice")
            }
            ProblemKind::BadDate { value } => write!(
                f,
                "\"{value}\" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"
            ),
            ProblemKind::BadValue {
                what,
                value,
                allowed,
                suggestion,
            } => {
                write!(f, "\"{value}\" is not a {what}")?;
                match suggestion {
                    Some(_) => did_you_mean(f, suggestion),
                    None => write!(f, " (expected one of: {})", allowed.join(", ")),
                }
            }
            ProblemKind::BadColor { value } => {
                write!(f, "\"{value}\" is not a color (write #rrggbb)")
            }
            ProblemKind::ThemeCycle { id, parent } => write!(
                f,
                "parent \"{parent}\" leads back to \"{id}\"; the parent is dropped"
            ),
            ProblemKind::NestedTheme { parent, root } => write!(
                f,
                "parent \"{parent}\" has a parent itself; themes nest one level deep, so this theme is placed under \"{root}\""
            ),
            ProblemKind::HistoryMismatch { last, status } => write!(
                f,
                "the last change is to \"{last}\" but the status is \"{status}\""
            ),
            ProblemKind::HistoryOutOfOrder => {
                f.write_str("changes are not oldest first; they were sorted by date")
            }
            ProblemKind::MissingTranslation { language, count } => {
                write!(f, "no \"{language}\" translation")?;
                more_like_it(f, *count)
            }
            ProblemKind::LongText { chars, limit } => write!(
                f,
                "the text is {} characters long, more than {} (perhaps a whole document was pasted); it is kept as written",
                thousands(*chars),
                thousands(*limit)
            ),
            ProblemKind::UnknownField {
                field,
                suggestion,
                count,
            } => {
                write!(f, "unknown field \"{field}\"")?;
                did_you_mean(f, suggestion)?;
                more_like_it(f, *count)
            }
            ProblemKind::DuplicateField { field } => {
                write!(f, "field \"{field}\" is given twice; the first is read")
            }
            ProblemKind::NoLanguages => f.write_str("no languages listed; using \"en\""),
            ProblemKind::DuplicateLanguage { language } => {
                write!(f, "language \"{language}\" is listed twice")
            }
        }
    }
}

/// Whole megabytes (MiB), rounded up so a file just over the limit never
/// reads as equal to it.
pub fn megabytes(bytes: u64) -> u64 {
    bytes.div_ceil(1024 * 1024)
}

/// A count as English writes it ("20,000").
fn thousands(n: usize) -> String {
    crate::i18n::format_count(crate::i18n::Lang::En, n as u64)
}

fn did_you_mean(f: &mut fmt::Formatter<'_>, suggestion: &Option<String>) -> fmt::Result {
    match suggestion {
        Some(s) => write!(f, " (did you mean \"{s}\"?)"),
        None => Ok(()),
    }
}

fn more_like_it(f: &mut fmt::Formatter<'_>, count: usize) -> fmt::Result {
    if count > 1 {
        write!(f, " (and {} more like it)", count - 1)?;
    }
    Ok(())
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::String => f.write_str("a string"),
            Expected::List => f.write_str("a list"),
            Expected::Object => f.write_str("an object"),
            Expected::Text => f.write_str("a string or an object of strings"),
            Expected::Other(s) => f.write_str(s),
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Object => f.write_str("an object"),
            Found::List => f.write_str("a list"),
            Found::String(s) => write!(f, "\"{s}\""),
            Found::Number(n) => f.write_str(n),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Null => f.write_str("null"),
            Found::Other(s) => f.write_str(s),
        }
    }
}

/// The whole document was refused.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub kind: RefusalKind,
    /// 1-based line of the place, when there is one.
    pub line: Option<usize>,
    /// 1-based column (in characters) of the place, when there is one.
    pub column: Option<usize>,
}

/// A text encoding recognised in a document that is not UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum RefusalKind {
    /// Nothing but white space.
    Empty,
    /// Over the size limit; `size` and `limit` are in bytes. Refused before
    /// the document is read.
    TooLarge { size: u64, limit: u64 },
    /// Not UTF-8: `encoding` names what it is when that is recognisable
    /// (UTF-16 or UTF-32), `None` for other encodings such as Latin-1 or
    /// Windows-1251.
    NotUtf8 { encoding: Option<Encoding> },
    /// Not JSON, in serde_json's words.
    Syntax { message: String },
    /// Valid JSON, but not an object.
    NotAnObject { found: Found },
    /// No `kenes` field.
    VersionMissing,
    /// `kenes` is not the integer 1; `found` is the value as written.
    WrongVersion { found: String },
    /// A required field (`title` or one of the four required lists) is absent.
    MissingField { field: &'static str },
    /// A required field has the wrong type. `field` is a path, such as
    /// `themes` or `title.en`.
    WrongType {
        field: String,
        expected: Expected,
        found: Found,
    },
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "line {line}, column {column}: ")?,
            (Some(line), None) => write!(f, "line {line}: ")?,
            _ => {}
        }
        write!(f, "{}", self.kind)
    }
}

impl fmt::Display for RefusalKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RefusalKind::Empty => f.write_str("the document is empty"),
            RefusalKind::TooLarge { size, limit } => write!(
                f,
                "the file is {} MB; the report reads files of at most {} MB",
                megabytes(*size),
                megabytes(*limit)
            ),
            RefusalKind::NotUtf8 { encoding: Some(e) } => {
                write!(f, "the document is in {e}, not UTF-8; save it as UTF-8")
            }
            RefusalKind::NotUtf8 { encoding: None } => f.write_str(
                "the document is not UTF-8 (perhaps Latin-1 or Windows-1251); save it as UTF-8",
            ),
            RefusalKind::Syntax { message } => f.write_str(message),
            RefusalKind::NotAnObject { found } => {
                write!(f, "the document must be a JSON object, found {found}")
            }
            RefusalKind::VersionMissing => {
                f.write_str("\"kenes\" is missing; a Kenes v1 document has \"kenes\": 1")
            }
            RefusalKind::WrongVersion { found } => write!(
                f,
                "\"kenes\" is {found}; this reader knows only version 1 (\"kenes\": 1)"
            ),
            RefusalKind::MissingField { field } => {
                write!(f, "required field \"{field}\" is missing")
            }
            RefusalKind::WrongType {
                field,
                expected,
                found,
            } => write!(f, "\"{field}\" must be {expected}, found {found}"),
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Utf32Le => "UTF-32 LE",
            Encoding::Utf32Be => "UTF-32 BE",
        })
    }
}
