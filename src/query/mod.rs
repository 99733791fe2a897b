//! The query engine: which recommendations a filter selects, and the numbers
//! the report shows for them.
//!
//! A [`Filter`] is plain data (it lives in the UI state and, later, in the
//! URL). [`Index`] is built once per dataset and holds what makes queries
//! cheap: the lower-cased search text of every recommendation, and the
//! recommendations as [`Columns`] (flat arrays of sessions, statuses, themes,
//! bodies, histories and progress events). [`select`] applies a filter; the
//! functions in [`aggregate`] define, record by record, how a selection
//! becomes headline figures and the series behind each chart, and
//! [`Columns`] computes the same from its arrays, as the report does.
//!
//! Within one facet the chosen values are alternatives (theme A *or* theme B);
//! different facets must all hold (theme A *and* status X).

pub mod aggregate;
mod columns;
mod search;

use std::collections::BTreeSet;

use crate::dataset::{BodyIx, Dataset, Date, RecIx, SessionIx, StatusIx, ThemeIx};

pub use aggregate::{Headline, Rate};
pub use columns::{Columns, Counts, NOT_MADE};
pub use search::{fold_case, Index};

/// What the user chose. An empty set means "no restriction".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Inclusive range of session years.
    pub years: Option<(i32, i32)>,
    pub sessions: BTreeSet<SessionIx>,
    /// A recommendation matches when it has any of these themes, or a theme
    /// whose parent is one of them.
    pub themes: BTreeSet<ThemeIx>,
    /// Status indexes, matched against the status on the view's date (held as
    /// `u32` like every other facet).
    pub statuses: BTreeSet<u32>,
    pub addressees: BTreeSet<BodyIx>,
    pub proposers: BTreeSet<BodyIx>,
    /// Free text, matched case-insensitively against the recommendation's id,
    /// text and note in every language.
    pub text: String,
}

impl Filter {
    /// Whether any restriction is set.
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }

    /// Whether a restriction on recommendations themselves (rather than on
    /// sessions) is set. Then only sessions with a matching recommendation
    /// count as "in" the view.
    pub fn restricts_recommendations(&self) -> bool {
        !(self.themes.is_empty()
            && self.statuses.is_empty()
            && self.addressees.is_empty()
            && self.proposers.is_empty()
            && self.text.trim().is_empty())
    }
}

/// The moment a view shows: `None` is the dataset's own present (each
/// recommendation's `status`); a date shows the picture on that day.
pub type AsOf = Option<Date>;

/// The status of a recommendation at `as_of`, or `None` when it had not been
/// made yet.
pub fn status_at(ds: &Dataset, rec: RecIx, as_of: AsOf) -> Option<StatusIx> {
    let rec = &ds.recommendations[rec as usize];
    match as_of {
        None => Some(rec.status),
        Some(day) => ds.status_on(rec, day),
    }
}

/// Whether a session passes the session-level parts of a filter.
pub fn session_matches(ds: &Dataset, session: SessionIx, filter: &Filter) -> bool {
    let year = ds.sessions[session as usize].date.year();
    if let Some((from, to)) = filter.years {
        if year < from || year > to {
            return false;
        }
    }
    filter.sessions.is_empty() || filter.sessions.contains(&session)
}

/// The recommendations a filter selects at `as_of`, in dataset order. The
/// last answer is kept in `index` and given again for the same filter over
/// the same statuses (on another day when every status is the same then).
pub fn select(ds: &Dataset, index: &Index, filter: &Filter, as_of: AsOf) -> Vec<RecIx> {
    let columns = index.columns(ds);
    let statuses = columns.statuses(as_of);
    if let Some(kept) = index.last_selected(filter, &statuses) {
        return kept;
    }
    let session_ok: Vec<bool> = (0..ds.sessions.len() as SessionIx)
        .map(|s| session_matches(ds, s, filter))
        .collect();
    // Each chosen set as a table of yes/no by index, looked up per record
    // (`None`: no choice, everything passes). A theme passes when it or its
    // parent is chosen.
    let mask = |wanted: &BTreeSet<u32>, len: usize, parent: &dyn Fn(usize) -> Option<u32>| {
        (!wanted.is_empty()).then(|| {
            (0..len)
                .map(|i| {
                    wanted.contains(&(i as u32)) || parent(i).is_some_and(|p| wanted.contains(&p))
                })
                .collect::<Vec<bool>>()
        })
    };
    let no_parent = |_| None;
    let themes = mask(&filter.themes, ds.themes.len(), &|t| ds.themes[t].parent);
    let status_ok = mask(&filter.statuses, ds.statuses.len(), &no_parent);
    let addressees = mask(&filter.addressees, ds.bodies.len(), &no_parent);
    let proposers = mask(&filter.proposers, ds.bodies.len(), &no_parent);
    // A plain loop with the checks written out: the release build optimises
    // for size, and would call a closure per record and check.
    let mut selected: Vec<RecIx> = Vec::new();
    for ix in 0..ds.recommendations.len() as RecIx {
        let status = statuses[ix as usize];
        if status == NOT_MADE
            || !session_ok[columns.session[ix as usize] as usize]
            || !any(status_ok.as_deref(), &[u32::from(status)])
            || !any(themes.as_deref(), columns.themes.of(ix))
            || !any(addressees.as_deref(), columns.addressees.of(ix))
            || !any(proposers.as_deref(), columns.proposers.of(ix))
        {
            continue;
        }
        selected.push(ix);
    }
    // The text last: it reads the most, and only for what passed the rest.
    let needle = fold_case(filter.text.trim());
    if !needle.is_empty() {
        index.keep_matching(ds, &needle, &mut selected);
    }
    index.keep_selected(filter, statuses, &selected);
    selected
}

/// Whether any of `have` is marked in `mask` (with no mask, everything passes).
#[inline(always)]
fn any(mask: Option<&[bool]>, have: &[u32]) -> bool {
    match mask {
        None => true,
        Some(mask) => have.iter().any(|&x| mask.get(x as usize) == Some(&true)),
    }
}

/// The sessions a view shows: those passing the session filters and held by
/// `as_of`, and when recommendations are filtered, only those that made a
/// selected one.
pub fn sessions_in_view(
    ds: &Dataset,
    filter: &Filter,
    selected: &[RecIx],
    as_of: AsOf,
) -> Vec<SessionIx> {
    if filter.restricts_recommendations() {
        let made: BTreeSet<SessionIx> = selected
            .iter()
            .map(|&r| ds.recommendations[r as usize].session)
            .collect();
        made.into_iter().collect()
    } else {
        sessions_held(ds, filter, as_of)
    }
}

/// The sessions passing the session filters and held by `as_of`.
fn sessions_held(ds: &Dataset, filter: &Filter, as_of: AsOf) -> Vec<SessionIx> {
    // A partial day means the end of its period, as in `status_on`.
    let held =
        |s: SessionIx| as_of.is_none_or(|day| ds.sessions[s as usize].date <= day.last_day());
    (0..ds.sessions.len() as SessionIx)
        .filter(|&s| session_matches(ds, s, filter) && held(s))
        .collect()
}
