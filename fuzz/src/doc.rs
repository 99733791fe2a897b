//! A Kenes document described as data the fuzzer can mutate, for the
//! `dataset_structured` target.
//!
//! Random bytes rarely get past the JSON syntax and the top level, so the
//! byte target spends most of its time in the parser. Here the fuzzer chooses
//! the shape instead: which lists and fields are there, which are missing or
//! of the wrong type, which ids (from a small pool, so that references often
//! resolve and duplicates happen), dates of every precision including
//! impossible ones, texts plain or per language, unknown fields. The result is
//! written as JSON and read through the same chain as any other document.

use arbitrary::Arbitrary;
use serde_json::{json, Map, Value};

/// A whole document.
#[derive(Arbitrary, Debug)]
pub struct Doc {
    version: Slot<()>,
    title: Slot<TextV>,
    description: Option<TextV>,
    as_of: Option<Slot<DateV>>,
    languages: Option<Slot<Vec<LangCode>>>,
    statuses: Option<Slot<Vec<StatusR>>>,
    themes: Slot<Vec<ThemeR>>,
    bodies: Slot<Vec<BodyR>>,
    plans: Option<Slot<Vec<PlanR>>>,
    sessions: Slot<Vec<SessionR>>,
    recommendations: Slot<Vec<RecR>>,
    extra: Option<Extra>,
}

impl Doc {
    /// The document as JSON text.
    pub fn to_json(&self) -> String {
        let mut top = Map::new();
        put(&mut top, "kenes", &self.version, |_| json!(1));
        put(&mut top, "title", &self.title, TextV::value);
        if let Some(d) = &self.description {
            top.insert("description".into(), d.value());
        }
        if let Some(as_of) = &self.as_of {
            put(&mut top, "as_of", as_of, DateV::value);
        }
        if let Some(languages) = &self.languages {
            put(&mut top, "languages", languages, |l| {
                Value::Array(l.iter().map(LangCode::value).collect())
            });
        }
        if let Some(statuses) = &self.statuses {
            put(&mut top, "statuses", statuses, |l| list(l, StatusR::value));
        }
        put(&mut top, "themes", &self.themes, |l| list(l, ThemeR::value));
        put(&mut top, "bodies", &self.bodies, |l| list(l, BodyR::value));
        if let Some(plans) = &self.plans {
            put(&mut top, "plans", plans, |l| list(l, PlanR::value));
        }
        put(&mut top, "sessions", &self.sessions, |l| {
            list(l, SessionR::value)
        });
        put(&mut top, "recommendations", &self.recommendations, |l| {
            list(l, RecR::value)
        });
        if let Some(extra) = &self.extra {
            extra.add(&mut top);
        }
        Value::Object(top).to_string()
    }
}

/// A field that is usually right, sometimes missing, sometimes of a wrong type.
#[derive(Arbitrary, Debug)]
enum Slot<T> {
    Good(T),
    AlsoGood(T),
    Missing,
    Wrong(Junk),
}

/// A value of some JSON type, for fields of another type.
#[derive(Arbitrary, Debug)]
enum Junk {
    Null,
    Bool(bool),
    Number(i64),
    Float(f32),
    Text(String),
    List(Vec<u8>),
    Object,
}

impl Junk {
    fn value(&self) -> Value {
        match self {
            Junk::Null => Value::Null,
            Junk::Bool(b) => json!(b),
            Junk::Number(n) => json!(n),
            Junk::Float(f) => json!(f),
            Junk::Text(s) => json!(s),
            Junk::List(l) => json!(l),
            Junk::Object => json!({"x": [1, {"y": null}]}),
        }
    }
}

/// An unknown or misspelt field, at the top or in the first record of a list.
#[derive(Arbitrary, Debug)]
struct Extra {
    name: u8,
    value: Junk,
}

impl Extra {
    fn name(&self) -> &'static str {
        const NAMES: [&str; 6] = ["extra", "titel", "langauges", "sesions", "nots", "id "];
        NAMES[usize::from(self.name) % NAMES.len()]
    }

    fn add(&self, record: &mut Map<String, Value>) {
        record.insert(self.name().into(), self.value.value());
    }
}

/// One of a few words, or any text.
#[derive(Arbitrary, Debug)]
enum Word {
    Pool(u8),
    Any(String),
}

impl Word {
    fn text(&self) -> String {
        const WORDS: [&str; 8] = [
            "Justice",
            "Правосудие",
            "Сот төрелігі ҰҚҒӨҮҢ",
            "",
            " ",
            "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0",
            "a\u{0}b\u{FEFF}c",
        ];
        match self {
            Word::Pool(n) => WORDS[usize::from(*n) % WORDS.len()].to_string(),
            Word::Any(s) => s.clone(),
        }
    }
}

/// A language code from a small pool (so translations are often missing or
/// present, and duplicates happen).
#[derive(Arbitrary, Debug)]
struct LangCode(u8);

impl LangCode {
    fn code(&self) -> &'static str {
        const CODES: [&str; 6] = ["en", "ru", "kk", "fr", "kk-KZ", ""];
        CODES[usize::from(self.0) % CODES.len()]
    }

    fn value(&self) -> Value {
        json!(self.code())
    }
}

/// A Text: a plain string or an object by language.
#[derive(Arbitrary, Debug)]
enum TextV {
    Plain(Word),
    ByLanguage(Vec<(LangCode, Word)>),
}

impl TextV {
    fn value(&self) -> Value {
        match self {
            TextV::Plain(w) => json!(w.text()),
            TextV::ByLanguage(pairs) => {
                let mut map = Map::new();
                for (lang, word) in pairs {
                    map.insert(lang.code().into(), json!(word.text()));
                }
                Value::Object(map)
            }
        }
    }
}

/// A date of any precision; months and days may not exist.
#[derive(Arbitrary, Debug)]
enum DateV {
    Day(u8, u8, u8),
    Month(u8, u8),
    Year(u8),
    Any(String),
}

impl DateV {
    fn value(&self) -> Value {
        let year = |y: &u8| 2000 + u32::from(*y) % 30;
        let text = match self {
            DateV::Day(y, m, d) => format!("{}-{:02}-{:02}", year(y), m % 14, d % 33),
            DateV::Month(y, m) => format!("{}-{:02}", year(y), m % 14),
            DateV::Year(y) => format!("{}", year(y)),
            DateV::Any(s) => s.clone(),
        };
        json!(text)
    }
}

/// An id of one list, from a pool shared with the references to that list.
#[derive(Arbitrary, Debug)]
struct Id(u8);

impl Id {
    fn text(&self, pool: &[&str]) -> String {
        match usize::from(self.0) % (pool.len() + 2) {
            n if n < pool.len() => pool[n].to_string(),
            n if n == pool.len() => String::new(),
            _ => "a,b & c=d/é%".to_string(),
        }
    }
}

const STATUS_IDS: &[&str] = &[
    "under_consideration",
    "accepted",
    "partially_accepted",
    "in_progress",
    "implemented",
    "noted",
    "rejected",
    "st",
];
const THEME_IDS: &[&str] = &["t0", "t1", "t2", "t3", "t4"];
const BODY_IDS: &[&str] = &["b0", "b1", "b2", "b3"];
const PLAN_IDS: &[&str] = &["p0", "p1"];
const SESSION_IDS: &[&str] = &["s0", "s1", "s2", "s3", "s4"];
const REC_IDS: &[&str] = &["R-0", "R-1", "R-2", "R-3", "R-4", "R-5", "R-6", "R-7"];

#[derive(Arbitrary, Debug)]
struct StatusR {
    id: Slot<Id>,
    name: Slot<TextV>,
    stage: Slot<u8>,
    color: Option<Word>,
    extra: Option<Extra>,
}

impl StatusR {
    fn value(&self) -> Value {
        const STAGES: [&str; 6] = [
            "pending",
            "accepted",
            "in_progress",
            "implemented",
            "declined",
            "done",
        ];
        let mut r = Map::new();
        put(&mut r, "id", &self.id, |id| json!(id.text(STATUS_IDS)));
        put(&mut r, "name", &self.name, TextV::value);
        put(&mut r, "stage", &self.stage, |s| {
            json!(STAGES[usize::from(*s) % STAGES.len()])
        });
        if let Some(color) = &self.color {
            let text = match color {
                Word::Pool(n) => format!("#{:06x}", u32::from(*n) * 65_793),
                Word::Any(s) => s.clone(),
            };
            r.insert("color".into(), json!(text));
        }
        finish(r, &self.extra)
    }
}

#[derive(Arbitrary, Debug)]
struct ThemeR {
    id: Slot<Id>,
    name: Slot<TextV>,
    parent: Option<Slot<Id>>,
    extra: Option<Extra>,
}

impl ThemeR {
    fn value(&self) -> Value {
        let mut r = Map::new();
        put(&mut r, "id", &self.id, |id| json!(id.text(THEME_IDS)));
        put(&mut r, "name", &self.name, TextV::value);
        if let Some(parent) = &self.parent {
            put(&mut r, "parent", parent, |id| json!(id.text(THEME_IDS)));
        }
        finish(r, &self.extra)
    }
}

#[derive(Arbitrary, Debug)]
struct BodyR {
    id: Slot<Id>,
    name: Slot<TextV>,
    short: Option<TextV>,
    kind: Option<u8>,
    extra: Option<Extra>,
}

impl BodyR {
    fn value(&self) -> Value {
        const KINDS: [&str; 4] = ["government", "civil_society", "other", "goverment"];
        let mut r = Map::new();
        put(&mut r, "id", &self.id, |id| json!(id.text(BODY_IDS)));
        put(&mut r, "name", &self.name, TextV::value);
        if let Some(short) = &self.short {
            r.insert("short".into(), short.value());
        }
        if let Some(kind) = self.kind {
            r.insert("kind".into(), json!(KINDS[usize::from(kind) % KINDS.len()]));
        }
        finish(r, &self.extra)
    }
}

#[derive(Arbitrary, Debug)]
struct PlanR {
    id: Slot<Id>,
    name: Slot<TextV>,
    start: Option<DateV>,
    end: Option<DateV>,
}

impl PlanR {
    fn value(&self) -> Value {
        let mut r = Map::new();
        put(&mut r, "id", &self.id, |id| json!(id.text(PLAN_IDS)));
        put(&mut r, "name", &self.name, TextV::value);
        if let Some(start) = &self.start {
            r.insert("start".into(), start.value());
        }
        if let Some(end) = &self.end {
            r.insert("end".into(), end.value());
        }
        Value::Object(r)
    }
}

#[derive(Arbitrary, Debug)]
struct SessionR {
    id: Slot<Id>,
    date: Slot<DateV>,
    title: Slot<TextV>,
    kind: Option<Word>,
    location: Option<TextV>,
    format: Option<u8>,
    participants: Option<Slot<Vec<Id>>>,
    themes: Option<Slot<Vec<Id>>>,
    url: Option<Word>,
    extra: Option<Extra>,
}

impl SessionR {
    fn value(&self) -> Value {
        const FORMATS: [&str; 4] = ["in_person", "online", "hybrid", "zoom"];
        let mut r = Map::new();
        put(&mut r, "id", &self.id, |id| json!(id.text(SESSION_IDS)));
        put(&mut r, "date", &self.date, DateV::value);
        put(&mut r, "title", &self.title, TextV::value);
        if let Some(kind) = &self.kind {
            r.insert("kind".into(), json!(kind.text()));
        }
        if let Some(location) = &self.location {
            r.insert("location".into(), location.value());
        }
        if let Some(format) = self.format {
            let format = FORMATS[usize::from(format) % FORMATS.len()];
            r.insert("format".into(), json!(format));
        }
        if let Some(participants) = &self.participants {
            put(&mut r, "participants", participants, |l| refs(l, BODY_IDS));
        }
        if let Some(themes) = &self.themes {
            put(&mut r, "themes", themes, |l| refs(l, THEME_IDS));
        }
        if let Some(url) = &self.url {
            r.insert("url".into(), json!(url.text()));
        }
        finish(r, &self.extra)
    }
}

#[derive(Arbitrary, Debug)]
struct RecR {
    id: Slot<Id>,
    session: Slot<Id>,
    text: Slot<TextV>,
    themes: Slot<Vec<Id>>,
    addressees: Slot<Vec<Id>>,
    proposed_by: Option<Slot<Vec<Id>>>,
    plan: Option<Slot<Id>>,
    status: Slot<Id>,
    history: Option<Slot<Vec<ChangeR>>>,
    due: Option<DateV>,
    tags: Option<Slot<Vec<Word>>>,
    note: Option<TextV>,
    extra: Option<Extra>,
}

impl RecR {
    fn value(&self) -> Value {
        let mut r = Map::new();
        put(&mut r, "id", &self.id, |id| json!(id.text(REC_IDS)));
        put(&mut r, "session", &self.session, |id| {
            json!(id.text(SESSION_IDS))
        });
        put(&mut r, "text", &self.text, TextV::value);
        put(&mut r, "themes", &self.themes, |l| refs(l, THEME_IDS));
        put(&mut r, "addressees", &self.addressees, |l| {
            refs(l, BODY_IDS)
        });
        if let Some(proposed_by) = &self.proposed_by {
            put(&mut r, "proposed_by", proposed_by, |l| refs(l, BODY_IDS));
        }
        if let Some(plan) = &self.plan {
            put(&mut r, "plan", plan, |id| json!(id.text(PLAN_IDS)));
        }
        put(&mut r, "status", &self.status, |id| {
            json!(id.text(STATUS_IDS))
        });
        if let Some(history) = &self.history {
            put(&mut r, "history", history, |l| list(l, ChangeR::value));
        }
        if let Some(due) = &self.due {
            r.insert("due".into(), due.value());
        }
        if let Some(tags) = &self.tags {
            put(&mut r, "tags", tags, |l| {
                Value::Array(l.iter().map(|w| json!(w.text())).collect())
            });
        }
        if let Some(note) = &self.note {
            r.insert("note".into(), note.value());
        }
        finish(r, &self.extra)
    }
}

#[derive(Arbitrary, Debug)]
struct ChangeR {
    date: Slot<DateV>,
    status: Slot<Id>,
    note: Option<TextV>,
    extra: Option<Extra>,
}

impl ChangeR {
    fn value(&self) -> Value {
        let mut r = Map::new();
        put(&mut r, "date", &self.date, DateV::value);
        put(&mut r, "status", &self.status, |id| {
            json!(id.text(STATUS_IDS))
        });
        if let Some(note) = &self.note {
            r.insert("note".into(), note.value());
        }
        finish(r, &self.extra)
    }
}

/// Writes a slot into a record: the value, nothing, or junk.
fn put<T>(record: &mut Map<String, Value>, key: &str, slot: &Slot<T>, good: impl Fn(&T) -> Value) {
    let value = match slot {
        Slot::Good(v) | Slot::AlsoGood(v) => good(v),
        Slot::Missing => return,
        Slot::Wrong(junk) => junk.value(),
    };
    record.insert(key.into(), value);
}

fn list<T>(records: &[T], value: impl Fn(&T) -> Value) -> Value {
    Value::Array(records.iter().map(value).collect())
}

fn refs(ids: &[Id], pool: &[&str]) -> Value {
    Value::Array(ids.iter().map(|id| json!(id.text(pool))).collect())
}

fn finish(mut record: Map<String, Value>, extra: &Option<Extra>) -> Value {
    if let Some(extra) = extra {
        extra.add(&mut record);
    }
    Value::Object(record)
}
