//! The recommendations of one dataset as columns: what a filter change reads,
//! laid out so that a pass over 100,000 recommendations touches a few flat
//! arrays instead of every `Recommendation` and its lists.
//!
//! [`Columns`] is built once per dataset (by the [`Index`](super::Index), on
//! the first query) and answers the same questions as the per-record
//! functions in [`aggregate`](super::aggregate): the status of every
//! recommendation on a day (kept for the last few days asked, as a view, its
//! comparison and their changes ask for the same days again and again), the
//! counts behind the headline and the charts in one pass ([`Counts`]), the
//! progress series from events prepared per recommendation, and the
//! transitions between two days. Tests check that both give the same figures.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::aggregate::{self, Headline, ProgressPoint, Ranking};
use super::{AsOf, Filter};
use crate::dataset::{BodyIx, Dataset, Date, RecIx, SessionIx, Stage, StatusIx, ThemeIx};

/// The status a column holds for a recommendation not yet made on its day.
pub const NOT_MADE: StatusIx = StatusIx::MAX;

/// The recommendations of one dataset as flat columns, indexed by [`RecIx`].
#[derive(Debug)]
pub struct Columns {
    /// Each recommendation's session.
    pub(super) session: Vec<SessionIx>,
    pub(super) themes: Lists<ThemeIx>,
    pub(super) addressees: Lists<BodyIx>,
    pub(super) proposers: Lists<BodyIx>,
    /// Each recommendation's history: the day of each change and its status.
    history: Lists<(Date, StatusIx)>,
    /// Each session's date.
    session_day: Vec<Date>,
    /// Each status's place in `Stage::ALL`.
    stage_slot: Vec<u8>,
    /// How many themes and bodies the dataset has.
    theme_count: usize,
    body_count: usize,
    /// The current status of each recommendation (`status_at` with no day).
    present: Rc<[StatusIx]>,
    /// The status columns of the days asked last, the latest last.
    days_asked: RefCell<Vec<(Date, Rc<[StatusIx]>)>>,
    /// Every day on which some recommendation's progress moves, in order.
    event_days: Vec<Date>,
    /// What each recommendation adds to the progress series, in order of
    /// day (see [`Columns::progress`]).
    events: Lists<Event>,
}

/// How many status columns [`Columns::statuses`] keeps: the view's day and
/// the two days of its comparison, and one to spare.
const DAYS_KEPT: usize = 4;

/// One list per recommendation, all in one array.
#[derive(Debug, Default)]
pub(super) struct Lists<T> {
    /// `starts[i]..starts[i + 1]` is recommendation `i`'s part of `values`.
    starts: Vec<u32>,
    values: Vec<T>,
}

impl<T> Lists<T> {
    fn new() -> Lists<T> {
        Lists {
            starts: vec![0],
            values: Vec::new(),
        }
    }

    /// Ends the list of the next recommendation.
    fn close(&mut self) {
        self.starts.push(self.values.len() as u32);
    }

    /// The list of recommendation `rec`.
    #[inline(always)]
    pub(super) fn of(&self, rec: RecIx) -> &[T] {
        let rec = rec as usize;
        &self.values[self.starts[rec] as usize..self.starts[rec + 1] as usize]
    }
}

/// A recommendation's step in the progress series: on `event_days[day]` it
/// adds `made` to the made, and `accepted`/`implemented` (+1, -1 or 0) to
/// those counts.
#[derive(Debug, Clone, Copy)]
struct Event {
    day: u32,
    made: i8,
    accepted: i8,
    implemented: i8,
}

impl Columns {
    /// The columns of `ds`.
    pub fn new(ds: &Dataset) -> Columns {
        Columns::with_max_slots(ds, aggregate::MAX_DAY_SLOTS)
    }

    /// [`Columns::new`], numbering the days of progress events through a
    /// table of at most `max_slots` slots (see `aggregate::progress_with`),
    /// else by sorting them.
    pub fn with_max_slots(ds: &Dataset, max_slots: i64) -> Columns {
        let recs = &ds.recommendations;
        let stage_slot: Vec<u8> = ds
            .statuses
            .iter()
            .map(|s| stage_slot(s.stage) as u8)
            .collect();
        let session_day: Vec<Date> = ds.sessions.iter().map(|s| s.date).collect();
        // Whether a status is "accepted or further", and "implemented".
        let groups: Vec<(i8, i8)> = ds
            .statuses
            .iter()
            .map(|s| {
                let taken_up = matches!(
                    s.stage,
                    Stage::Accepted | Stage::InProgress | Stage::Implemented
                );
                (i8::from(taken_up), i8::from(s.stage == Stage::Implemented))
            })
            .collect();

        // One pass over the records, which are large and far apart.
        let mut session = Vec::with_capacity(recs.len());
        let mut present = Vec::with_capacity(recs.len());
        let (mut themes, mut addressees, mut proposers) =
            (Lists::new(), Lists::new(), Lists::new());
        let mut history = Lists::new();
        // The progress events of each recommendation, as `aggregate::progress`
        // makes them: the day it was made, then each change that moves it
        // into or out of "accepted or further" or "implemented" (on the day
        // it was made at the earliest). Days are numbered below.
        let mut dated: Lists<(Date, [i8; 3])> = Lists::new();
        for r in recs {
            session.push(r.session);
            present.push(r.status);
            themes.values.extend_from_slice(&r.themes);
            themes.close();
            addressees.values.extend_from_slice(&r.addressees);
            addressees.close();
            proposers.values.extend_from_slice(&r.proposed_by);
            proposers.close();
            history
                .values
                .extend(r.history.iter().map(|c| (c.date, c.status)));
            history.close();

            let made = session_day[r.session as usize];
            let first = r.history.first().map_or(r.status, |c| c.status);
            let (mut acc, mut imp) = groups[first as usize];
            dated.values.push((made, [1, acc, imp]));
            for change in r.history.iter().skip(1) {
                let (a, i) = groups[change.status as usize];
                if (a, i) != (acc, imp) {
                    dated
                        .values
                        .push((change.date.max(made), [0, a - acc, i - imp]));
                    (acc, imp) = (a, i);
                }
            }
            dated.close();
        }
        let (event_days, day_ixs) = number_days(dated.values.iter().map(|e| e.0), max_slots);
        let events = Lists {
            starts: dated.starts,
            values: dated
                .values
                .iter()
                .zip(day_ixs)
                .map(|(&(_, [made, accepted, implemented]), day)| Event {
                    day,
                    made,
                    accepted,
                    implemented,
                })
                .collect(),
        };

        Columns {
            session,
            themes,
            addressees,
            proposers,
            history,
            session_day,
            stage_slot,
            theme_count: ds.themes.len(),
            body_count: ds.bodies.len(),
            present: present.into(),
            days_asked: RefCell::new(Vec::new()),
            event_days,
            events,
        }
    }

    /// The status of every recommendation at `as_of` ([`NOT_MADE`] for one
    /// not yet made), as [`status_at`](super::status_at) gives it one by one.
    pub fn statuses(&self, as_of: AsOf) -> Rc<[StatusIx]> {
        let Some(day) = as_of else {
            return self.present.clone();
        };
        // `status_on` reads a partial day as the end of its period.
        let day = day.last_day();
        let mut asked = self.days_asked.borrow_mut();
        if let Some(at) = asked.iter().position(|(d, _)| *d == day) {
            let entry = asked.remove(at);
            let column = entry.1.clone();
            asked.push(entry);
            return column;
        }
        let column: Rc<[StatusIx]> = (0..self.session.len())
            .map(|rec| self.status_on(rec, day))
            .collect();
        if asked.len() == DAYS_KEPT {
            asked.remove(0);
        }
        asked.push((day, column.clone()));
        column
    }

    /// `Dataset::status_on` from the columns (`day` already its last day).
    fn status_on(&self, rec: usize, day: Date) -> StatusIx {
        if self.session_day[self.session[rec] as usize] > day {
            return NOT_MADE;
        }
        let history = self.history.of(rec as RecIx);
        match history.partition_point(|change| change.0 <= day) {
            _ if history.is_empty() => self.present[rec],
            0 => history[0].1,
            n => history[n - 1].1,
        }
    }

    /// Every count of the selected recommendations at `as_of` that the
    /// dashboard shows, from one pass over them.
    pub fn counts(&self, selected: &[RecIx], as_of: AsOf) -> Counts {
        let statuses = self.statuses(as_of);
        let mut counts = Counts {
            selected: selected.len() as u64,
            per_session: vec![[0; 6]; self.session_day.len()],
            per_status: vec![0; self.stage_slot.len()],
            per_theme: vec![0; self.theme_count],
            per_addressee: vec![0; self.body_count],
        };
        for &rec in selected {
            let status = statuses[rec as usize];
            let slot = match self.stage_slot.get(status as usize) {
                Some(&slot) => {
                    counts.per_status[status as usize] += 1;
                    slot as usize
                }
                None => 5,
            };
            counts.per_session[self.session[rec as usize] as usize][slot] += 1;
            for &theme in self.themes.of(rec) {
                counts.per_theme[theme as usize] += 1;
            }
            for &body in self.addressees.of(rec) {
                counts.per_addressee[body as usize] += 1;
            }
        }
        counts
    }

    /// [`aggregate::progress`] from the prepared events: each selected
    /// recommendation adds its events up to `until` into a table of days.
    pub fn progress(&self, selected: &[RecIx], until: Option<Date>) -> Vec<ProgressPoint> {
        let end = until.map_or(self.event_days.len(), |u| {
            self.event_days.partition_point(|&d| d <= u)
        });
        let mut days = vec![[0i64; 3]; end];
        let mut touched = vec![false; end];
        for &rec in selected {
            // A recommendation's events are in order of day, its first the
            // day it was made.
            for e in self.events.of(rec) {
                let Some(sums) = days.get_mut(e.day as usize) else {
                    break;
                };
                touched[e.day as usize] = true;
                sums[0] += i64::from(e.made);
                sums[1] += i64::from(e.accepted);
                sums[2] += i64::from(e.implemented);
            }
        }
        let (mut made, mut accepted, mut implemented) = (0i64, 0i64, 0i64);
        days.iter()
            .zip(&touched)
            .zip(&self.event_days)
            .filter(|((_, &touched), _)| touched)
            .map(|((&[m, a, i], _), &day)| {
                made += m;
                accepted += a;
                implemented += i;
                ProgressPoint {
                    day,
                    made: made as u64,
                    accepted: accepted as u64,
                    implemented: implemented as u64,
                }
            })
            .collect()
    }

    /// [`aggregate::changes`] from the status columns of both days.
    #[allow(clippy::type_complexity)]
    pub fn changes(
        &self,
        selected: &[RecIx],
        from: Date,
        to: Date,
    ) -> (Vec<(Option<StatusIx>, StatusIx, u64)>, Vec<RecIx>) {
        let n = self.stage_slot.len();
        let (before, after) = (self.statuses(Some(from)), self.statuses(Some(to)));
        let mut counts = vec![0u64; (n + 1) * n];
        let mut moved = Vec::new();
        for &rec in selected {
            let after = after[rec as usize];
            if after == NOT_MADE {
                continue;
            }
            let before = before[rec as usize];
            // Row 0 is "not yet made", then one row per status.
            let row = if before == NOT_MADE {
                0
            } else {
                before as usize + 1
            };
            counts[row * n + after as usize] += 1;
            if before != after {
                moved.push(rec);
            }
        }
        (aggregate::transition_pairs(counts, n), moved)
    }
}

/// The distinct days of `dates` in order, and the place of each date among
/// them. A day's slot in a table is its place in time, so the days come out
/// in order with no sorting when they span at most `max_slots` slots;
/// otherwise they are sorted.
fn number_days(dates: impl Iterator<Item = Date> + Clone, max_slots: i64) -> (Vec<Date>, Vec<u32>) {
    let (lo, hi) = dates.clone().fold((i64::MAX, i64::MIN), |(lo, hi), d| {
        let s = aggregate::day_slot(d);
        (lo.min(s), hi.max(s))
    });
    if lo > hi {
        return (Vec::new(), Vec::new());
    }
    if hi - lo < max_slots {
        let mut table: Vec<Option<Date>> = vec![None; (hi - lo + 1) as usize];
        for d in dates.clone() {
            table[(aggregate::day_slot(d) - lo) as usize] = Some(d);
        }
        // Each slot's number among the days: how many days come before it.
        let mut numbers = vec![0u32; table.len()];
        let mut days = Vec::new();
        for (slot, day) in table.iter().enumerate() {
            numbers[slot] = days.len() as u32;
            days.extend(*day);
        }
        let ixs = dates
            .map(|d| numbers[(aggregate::day_slot(d) - lo) as usize])
            .collect();
        (days, ixs)
    } else {
        let mut days: Vec<Date> = dates.clone().collect();
        days.sort_unstable();
        days.dedup();
        let ixs = dates
            .map(|d| days.partition_point(|&x| x < d) as u32)
            .collect();
        (days, ixs)
    }
}

fn stage_slot(stage: Stage) -> usize {
    Stage::ALL
        .iter()
        .position(|&s| s == stage)
        .unwrap_or_default()
}

/// The counts of a selection at a day, from [`Columns::counts`]; each method
/// gives what the function of the same name in
/// [`aggregate`](super::aggregate) gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Counts {
    selected: u64,
    /// Per session: per stage in `Stage::ALL` order, then those not yet made.
    per_session: Vec<[u64; 6]>,
    per_status: Vec<u64>,
    per_theme: Vec<u64>,
    per_addressee: Vec<u64>,
}

impl Counts {
    /// How many selected recommendations are at each stage.
    pub fn stage_counts(&self) -> [u64; 5] {
        let mut stages = [0; 5];
        for counts in &self.per_session {
            for (total, n) in stages.iter_mut().zip(counts) {
                *total += n;
            }
        }
        stages
    }

    pub fn headline(&self, sessions: usize) -> Headline {
        aggregate::headline_of(self.selected, sessions, self.stage_counts())
    }

    pub fn by_year(&self, ds: &Dataset) -> Vec<(i32, [u64; 5])> {
        let mut years: BTreeMap<i32, [u64; 5]> = BTreeMap::new();
        for (session, counts) in ds.sessions.iter().zip(&self.per_session) {
            if counts[..5].iter().any(|&n| n > 0) {
                let year = years.entry(session.date.year()).or_default();
                for (total, n) in year.iter_mut().zip(counts) {
                    *total += n;
                }
            }
        }
        aggregate::year_rows(years)
    }

    pub fn by_status(&self) -> Vec<(StatusIx, u64)> {
        aggregate::status_rows(self.per_status.clone())
    }

    pub fn by_theme(&self, limit: usize) -> Ranking<ThemeIx> {
        aggregate::rank(self.per_theme.clone(), limit)
    }

    pub fn by_addressee(&self, limit: usize) -> Ranking<BodyIx> {
        aggregate::rank(self.per_addressee.clone(), limit)
    }

    pub fn by_session(&self, sessions: &[SessionIx]) -> Vec<(SessionIx, u64)> {
        sessions
            .iter()
            .map(|&s| (s, self.per_session[s as usize].iter().sum()))
            .collect()
    }

    /// [`sessions_in_view`](super::sessions_in_view) of the selection these
    /// counts are of.
    pub fn sessions_in_view(&self, ds: &Dataset, filter: &Filter, as_of: AsOf) -> Vec<SessionIx> {
        if filter.restricts_recommendations() {
            (0..self.per_session.len() as SessionIx)
                .filter(|&s| self.per_session[s as usize].iter().any(|&n| n > 0))
                .collect()
        } else {
            super::sessions_held(ds, filter, as_of)
        }
    }
}
