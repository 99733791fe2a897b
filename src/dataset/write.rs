//! The model back to a Kenes v1 document, for "download the data" and for
//! saving the recommendations a filter selects as a dataset of their own.
//!
//! The writer is the reader's inverse: reading what [`to_json`] writes gives
//! back an equal [`Dataset`] with no problem. Every reference is written as
//! the id it points to, dates keep the precision they were written with, and
//! a Text keeps its form (a plain string, or an object in its language
//! order). What the reader worked out is written explicitly so that a subset
//! means the same thing on its own: `as_of` (the dataset's present) and the
//! status vocabulary with its stages and colours.
//!
//! The layout is one record per line: the top-level fields each on a line,
//! and each record of a list compact on its own line. That is nearly as small
//! as compact JSON for a large export, and still readable and diffable.

use std::io::Write;

use super::{
    Body, Change, Dataset, Date, Plan, RecIx, Recommendation, Session, SessionFormat, SessionIx,
    Status, Text, Theme,
};

/// Which sessions and recommendations to write; `None` means all of them.
/// Themes, bodies, plans and statuses are always written whole, so that the
/// vocabulary of a subset is the same as the dataset's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Subset<'a> {
    /// The recommendations to keep, as indexes into the dataset. The order
    /// and repeats do not matter: the kept ones are written in dataset order.
    pub recommendations: Option<&'a [RecIx]>,
    /// The sessions to keep. The session of every kept recommendation is
    /// written too, even when it is not listed, so the document stays valid.
    pub sessions: Option<&'a [SessionIx]>,
}

impl Subset<'_> {
    /// The whole dataset.
    pub const ALL: Subset<'static> = Subset {
        recommendations: None,
        sessions: None,
    };
}

/// Writes `ds` (or the part `subset` keeps) as a Kenes v1 document.
///
/// Indexes out of range in `subset` are ignored; nothing here panics.
pub fn to_json(ds: &Dataset, subset: Subset<'_>) -> String {
    let keep_recs = mask(ds.recommendations.len(), subset.recommendations);
    let mut keep_sessions = mask(ds.sessions.len(), subset.sessions);
    for (rec, _) in ds
        .recommendations
        .iter()
        .zip(&keep_recs)
        .filter(|(_, &keep)| keep)
    {
        if let Some(slot) = keep_sessions.get_mut(rec.session as usize) {
            *slot = true;
        }
    }

    let mut w = Writer::default();
    w.raw("{\n  \"kenes\": 1");
    w.top("title");
    w.text(&ds.title);
    if let Some(description) = &ds.description {
        w.top("description");
        w.text(description);
    }
    if let Some(publisher) = &ds.publisher {
        w.top("publisher");
        w.text(publisher);
    }
    if let Some(url) = &ds.source_url {
        w.top("source_url");
        w.string(url);
    }
    if let Some(as_of) = ds.as_of {
        w.top("as_of");
        w.date(as_of);
    }
    w.top("languages");
    w.strings(ds.languages.iter().map(String::as_str));

    w.list("statuses", ds.statuses.iter(), |w, status| {
        write_status(w, status)
    });
    w.list("themes", ds.themes.iter(), |w, theme| {
        write_theme(w, ds, theme)
    });
    w.list("bodies", ds.bodies.iter(), write_body);
    w.list("plans", ds.plans.iter(), write_plan);
    let sessions = ds
        .sessions
        .iter()
        .zip(&keep_sessions)
        .filter(|(_, &keep)| keep)
        .map(|(session, _)| session);
    w.list("sessions", sessions, |w, session| {
        write_session(w, ds, session)
    });
    let recommendations = ds
        .recommendations
        .iter()
        .zip(&keep_recs)
        .filter(|(_, &keep)| keep)
        .map(|(rec, _)| rec);
    w.list("recommendations", recommendations, |w, rec| {
        write_recommendation(w, ds, rec)
    });
    w.raw("\n}\n");
    w.finish()
}

/// Which of `len` records to keep: all, or those listed (in range).
fn mask(len: usize, keep: Option<&[u32]>) -> Vec<bool> {
    match keep {
        None => vec![true; len],
        Some(list) => {
            let mut mask = vec![false; len];
            for &ix in list {
                if let Some(slot) = mask.get_mut(ix as usize) {
                    *slot = true;
                }
            }
            mask
        }
    }
}

fn write_status(w: &mut Writer, status: &Status) {
    w.open();
    w.field("id");
    w.string(&status.id);
    w.field("name");
    w.text(&status.name);
    w.field("stage");
    w.string(status.stage.as_str());
    if let Some(color) = &status.color {
        w.field("color");
        w.string(color);
    }
    w.close();
}

fn write_theme(w: &mut Writer, ds: &Dataset, theme: &Theme) {
    w.open();
    w.field("id");
    w.string(&theme.id);
    w.field("name");
    w.text(&theme.name);
    if let Some(parent) = theme.parent.and_then(|p| ds.themes.get(p as usize)) {
        w.field("parent");
        w.string(&parent.id);
    }
    w.close();
}

fn write_body(w: &mut Writer, body: &Body) {
    w.open();
    w.field("id");
    w.string(&body.id);
    w.field("name");
    w.text(&body.name);
    if let Some(short) = &body.short {
        w.field("short");
        w.text(short);
    }
    if let Some(kind) = body.kind {
        w.field("kind");
        w.string(kind.as_str());
    }
    w.close();
}

fn write_plan(w: &mut Writer, plan: &Plan) {
    w.open();
    w.field("id");
    w.string(&plan.id);
    w.field("name");
    w.text(&plan.name);
    if let Some(start) = plan.start {
        w.field("start");
        w.date(start);
    }
    if let Some(end) = plan.end {
        w.field("end");
        w.date(end);
    }
    w.close();
}

fn write_session(w: &mut Writer, ds: &Dataset, session: &Session) {
    w.open();
    w.field("id");
    w.string(&session.id);
    w.field("date");
    w.date(session.date);
    w.field("title");
    w.text(&session.title);
    if let Some(kind) = &session.kind {
        w.field("kind");
        w.string(kind);
    }
    w.optional_text("location", session.location.as_ref());
    w.optional_text("chair", session.chair.as_ref());
    if let Some(format) = session.format {
        w.field("format");
        w.string(match format {
            SessionFormat::InPerson => "in_person",
            SessionFormat::Online => "online",
            SessionFormat::Hybrid => "hybrid",
        });
    }
    if !session.participants.is_empty() {
        w.field("participants");
        w.strings(ids(&ds.bodies, &session.participants, |b| &b.id));
    }
    if !session.themes.is_empty() {
        w.field("themes");
        w.strings(ids(&ds.themes, &session.themes, |t| &t.id));
    }
    w.optional_text("summary", session.summary.as_ref());
    if let Some(url) = &session.url {
        w.field("url");
        w.string(url);
    }
    w.close();
}

fn write_recommendation(w: &mut Writer, ds: &Dataset, rec: &Recommendation) {
    w.open();
    w.field("id");
    w.string(&rec.id);
    w.field("session");
    w.string(ds.sessions.get(rec.session as usize).map_or("", |s| &s.id));
    w.field("text");
    w.text(&rec.text);
    // Both lists are required by the format, even when empty.
    w.field("themes");
    w.strings(ids(&ds.themes, &rec.themes, |t| &t.id));
    w.field("addressees");
    w.strings(ids(&ds.bodies, &rec.addressees, |b| &b.id));
    if !rec.proposed_by.is_empty() {
        w.field("proposed_by");
        w.strings(ids(&ds.bodies, &rec.proposed_by, |b| &b.id));
    }
    if let Some(plan) = rec.plan.and_then(|p| ds.plans.get(p as usize)) {
        w.field("plan");
        w.string(&plan.id);
    }
    w.field("status");
    w.string(status_id(ds, rec.status));
    if !rec.history.is_empty() {
        w.field("history");
        w.raw("[");
        for (i, change) in rec.history.iter().enumerate() {
            if i > 0 {
                w.raw(",");
            }
            write_change(w, ds, change);
        }
        w.raw("]");
    }
    if let Some(due) = rec.due {
        w.field("due");
        w.date(due);
    }
    if !rec.tags.is_empty() {
        w.field("tags");
        w.strings(rec.tags.iter().map(String::as_str));
    }
    w.optional_text("note", rec.note.as_ref());
    if let Some(url) = &rec.url {
        w.field("url");
        w.string(url);
    }
    w.close();
}

fn write_change(w: &mut Writer, ds: &Dataset, change: &Change) {
    w.open();
    w.field("date");
    w.date(change.date);
    w.field("status");
    w.string(status_id(ds, change.status));
    w.optional_text("note", change.note.as_ref());
    w.close();
}

fn status_id(ds: &Dataset, status: u16) -> &str {
    ds.statuses.get(status as usize).map_or("", |s| &s.id)
}

/// The ids of the records `indexes` point to. A dangling index (possible
/// only in a model built by hand) is skipped rather than written as a
/// reference the reader would reject.
fn ids<'d, T>(
    records: &'d [T],
    indexes: &'d [u32],
    id: impl Fn(&'d T) -> &'d str + 'd,
) -> impl Iterator<Item = &'d str> + 'd {
    indexes
        .iter()
        .filter_map(move |&ix| records.get(ix as usize).map(&id))
}

/// A JSON writer for this one layout. Writing it by hand keeps the order
/// of fields and of a Text's languages exactly as given (serde_json's own
/// map would sort them).
#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    /// Whether the object being written has no field yet.
    first: bool,
}

impl Writer {
    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    /// Starts a top-level field on its own line.
    fn top(&mut self, name: &str) {
        self.raw(",\n  ");
        self.string(name);
        self.raw(": ");
    }

    /// A top-level list with one record per line.
    fn list<T>(
        &mut self,
        name: &str,
        items: impl Iterator<Item = T>,
        mut write: impl FnMut(&mut Writer, T),
    ) {
        self.top(name);
        self.raw("[");
        let mut any = false;
        for item in items {
            self.raw(if any { ",\n    " } else { "\n    " });
            write(self, item);
            any = true;
        }
        self.raw(if any { "\n  ]" } else { "]" });
    }

    fn open(&mut self) {
        self.raw("{");
        self.first = true;
    }

    /// Starts a field of the object being written.
    fn field(&mut self, name: &str) {
        if !self.first {
            self.raw(",");
        }
        self.first = false;
        self.string(name);
        self.raw(":");
    }

    fn close(&mut self) {
        self.raw("}");
        self.first = false;
    }

    /// A JSON string: quotes, backslashes and control characters escaped,
    /// everything else as it is (as serde_json writes strings).
    fn string(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.out.push(b'"');
        let mut run = 0;
        for (i, &b) in s.as_bytes().iter().enumerate() {
            let escaped: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0C => b"\\f",
                0..=0x1F => &[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(b >> 4) as usize],
                    HEX[(b & 0xF) as usize],
                ],
                _ => continue,
            };
            self.out.extend_from_slice(&s.as_bytes()[run..i]);
            self.out.extend_from_slice(escaped);
            run = i + 1;
        }
        self.out.extend_from_slice(&s.as_bytes()[run..]);
        self.out.push(b'"');
    }

    fn strings<'s>(&mut self, items: impl Iterator<Item = &'s str>) {
        self.raw("[");
        for (i, item) in items.enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.string(item);
        }
        self.raw("]");
    }

    fn date(&mut self, date: Date) {
        let _ = write!(self.out, "\"{date}\"");
    }

    /// A Text in the form it was read: a plain string, or an object in its
    /// language order.
    fn text(&mut self, text: &Text) {
        let mut pairs = text.pairs();
        if let (Some(("", value)), None) = (pairs.next(), pairs.next()) {
            return self.string(value);
        }
        self.raw("{");
        for (i, (lang, value)) in text.pairs().enumerate() {
            if i > 0 {
                self.raw(",");
            }
            self.string(lang);
            self.raw(":");
            self.string(value);
        }
        self.raw("}");
    }

    fn optional_text(&mut self, name: &str, text: Option<&Text>) {
        if let Some(text) = text {
            self.field(name);
            self.text(text);
        }
    }

    fn finish(self) -> String {
        // Only UTF-8 strings and ASCII punctuation were written.
        String::from_utf8(self.out)
            .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
    }
}
