//! The Kenes v1 dataset: the model the rest of the report reads, and the
//! reader that turns a JSON document into it.
//!
//! Reading has two stages ("raw, then rich"): `raw` mirrors the JSON, read by
//! hand with `json`, and `validate` turns raw records into this model,
//! resolving every reference to an index and returning each problem as a
//! value. Nothing here panics on a bad document and nothing is dropped
//! silently.

mod date;
mod json;
mod problem;
mod raw;
mod text;
mod validate;
mod write;

pub use date::Date;
pub use problem::{
    megabytes, Encoding, Expected, Found, Outcome, Problem, ProblemKind, Refusal, RefusalKind,
    Severity,
};
pub use text::Text;
pub use validate::{check_size, decode, load, load_bytes, Loader, Progress, LONG_TEXT, MAX_BYTES};
pub use write::{to_json, Subset};

/// Index of a status in [`Dataset::statuses`].
pub type StatusIx = u16;
/// Index of a theme in [`Dataset::themes`].
pub type ThemeIx = u32;
/// Index of a body in [`Dataset::bodies`].
pub type BodyIx = u32;
/// Index of a plan in [`Dataset::plans`].
pub type PlanIx = u32;
/// Index of a session in [`Dataset::sessions`].
pub type SessionIx = u32;
/// Index of a recommendation in [`Dataset::recommendations`].
pub type RecIx = u32;

/// A validated dataset. Every reference is an index into one of its lists,
/// so a reader never has to handle a dangling id.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub title: Text,
    pub description: Option<Text>,
    pub publisher: Option<Text>,
    pub source_url: Option<String>,
    /// The day the data reflects: the document's `as_of`, or else the latest
    /// date found anywhere in the data (`None` only for a dataset with no date).
    pub as_of: Option<Date>,
    /// Language codes, the default first (never empty: `["en"]` by default).
    pub languages: Vec<String>,
    pub statuses: Vec<Status>,
    pub themes: Vec<Theme>,
    pub bodies: Vec<Body>,
    pub plans: Vec<Plan>,
    pub sessions: Vec<Session>,
    pub recommendations: Vec<Recommendation>,
}

/// The five stages that give every status vocabulary the same meaning for
/// the headline figures. The order is the order of display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Pending,
    Accepted,
    InProgress,
    Implemented,
    Declined,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Pending,
        Stage::Accepted,
        Stage::InProgress,
        Stage::Implemented,
        Stage::Declined,
    ];

    /// The spelling used in the dataset format.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Pending => "pending",
            Stage::Accepted => "accepted",
            Stage::InProgress => "in_progress",
            Stage::Implemented => "implemented",
            Stage::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|stage| stage.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub id: String,
    pub name: Text,
    pub stage: Stage,
    /// `#rrggbb`, as given by the document; `None` lets the report choose.
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub id: String,
    pub name: Text,
    pub parent: Option<ThemeIx>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BodyKind {
    Government,
    Parliament,
    Judiciary,
    Prosecution,
    Ombudsman,
    CivilSociety,
    International,
    State,
    Other,
}

impl BodyKind {
    pub const ALL: [BodyKind; 9] = [
        BodyKind::Government,
        BodyKind::Parliament,
        BodyKind::Judiciary,
        BodyKind::Prosecution,
        BodyKind::Ombudsman,
        BodyKind::CivilSociety,
        BodyKind::International,
        BodyKind::State,
        BodyKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BodyKind::Government => "government",
            BodyKind::Parliament => "parliament",
            BodyKind::Judiciary => "judiciary",
            BodyKind::Prosecution => "prosecution",
            BodyKind::Ombudsman => "ombudsman",
            BodyKind::CivilSociety => "civil_society",
            BodyKind::International => "international",
            BodyKind::State => "state",
            BodyKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<BodyKind> {
        BodyKind::ALL.into_iter().find(|kind| kind.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub id: String,
    pub name: Text,
    pub short: Option<Text>,
    pub kind: Option<BodyKind>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub id: String,
    pub name: Text,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionFormat {
    InPerson,
    Online,
    Hybrid,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub id: String,
    pub date: Date,
    pub title: Text,
    pub kind: Option<String>,
    pub location: Option<Text>,
    pub chair: Option<Text>,
    pub format: Option<SessionFormat>,
    pub participants: Vec<BodyIx>,
    pub themes: Vec<ThemeIx>,
    pub summary: Option<Text>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub id: String,
    pub session: SessionIx,
    pub text: Text,
    pub themes: Vec<ThemeIx>,
    pub addressees: Vec<BodyIx>,
    pub proposed_by: Vec<BodyIx>,
    pub plan: Option<PlanIx>,
    /// The current status (as of the dataset's `as_of`).
    pub status: StatusIx,
    /// Status changes, sorted oldest first.
    pub history: Vec<Change>,
    pub due: Option<Date>,
    pub tags: Vec<String>,
    pub note: Option<Text>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub date: Date,
    pub status: StatusIx,
    pub note: Option<Text>,
}

impl Dataset {
    /// The date a recommendation was made: its session's date.
    pub fn made_on(&self, rec: &Recommendation) -> Date {
        self.sessions[rec.session as usize].date
    }

    /// The status of a recommendation on `day`, or `None` when it had not
    /// been made yet. With a history, the status is the last change on or
    /// before that day, and between the session and the first change it is
    /// the first change's status; with no history it is the current status.
    ///
    /// A partial `day` (a month or a year) means the end of that period, so
    /// the status "as of 2024-03" counts everything dated in March 2024.
    pub fn status_on(&self, rec: &Recommendation, day: Date) -> Option<StatusIx> {
        let day = day.last_day();
        if self.made_on(rec) > day {
            return None;
        }
        if rec.history.is_empty() {
            return Some(rec.status);
        }
        // `history` is sorted, so the changes on or before `day` are a prefix.
        let known = rec.history.partition_point(|change| change.date <= day);
        match known {
            0 => Some(rec.history[0].status),
            n => Some(rec.history[n - 1].status),
        }
    }

    /// The stage of a status.
    pub fn stage(&self, status: StatusIx) -> Stage {
        self.statuses[status as usize].stage
    }

    /// The default language (the first of `languages`).
    pub fn default_language(&self) -> &str {
        self.languages.first().map(String::as_str).unwrap_or("en")
    }
}

/// How many records of one list a document had and how many of them were
/// left out for their own problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeftOut {
    /// The list's field name: "themes", "sessions", "recommendations", ...
    pub list: &'static str,
    pub left_out: usize,
    /// Records of the list in the document (kept and left out).
    pub of: usize,
}

/// The lists that lost records, in the document's order, so the report can
/// say how much of the file its figures leave aside. Counted from the
/// problems that left a record out: their place starts with `list[i]`.
pub fn left_out(dataset: &Dataset, problems: &[Problem]) -> Vec<LeftOut> {
    let lists = [
        ("statuses", dataset.statuses.len()),
        ("themes", dataset.themes.len()),
        ("bodies", dataset.bodies.len()),
        ("plans", dataset.plans.len()),
        ("sessions", dataset.sessions.len()),
        ("recommendations", dataset.recommendations.len()),
    ];
    let mut records: Vec<std::collections::BTreeSet<&str>> = vec![Default::default(); lists.len()];
    for problem in problems.iter().filter(|p| p.outcome == Outcome::LeftOut) {
        // "recommendations[41].themes[1]" -> ("recommendations", "41").
        let Some((list, rest)) = problem.place.split_once('[') else {
            continue;
        };
        let index = rest.split(']').next().unwrap_or_default();
        if let Some(at) = lists.iter().position(|&(name, _)| name == list) {
            records[at].insert(index);
        }
    }
    lists
        .iter()
        .zip(records)
        .filter(|(_, left)| !left.is_empty())
        .map(|(&(list, kept), left)| LeftOut {
            list,
            left_out: left.len(),
            of: kept + left.len(),
        })
        .collect()
}
