//! Numbers for the report: headline figures and the series behind each
//! chart, computed from a selection of recommendations.
//!
//! These functions read record by record and are the definitions; the
//! report computes the same figures from the dataset's
//! [`Columns`](super::Columns), which tests check against them.
//!
//! Rates follow the dataset format: the acceptance rate is accepted, in
//! progress and implemented over all but pending; the implementation rate is
//! implemented over accepted, in progress and implemented. A rate with nothing
//! to divide by is `None`, never NaN.

use std::collections::{BTreeMap, HashMap};

use super::{status_at, AsOf};
use crate::dataset::{BodyIx, Dataset, Date, RecIx, SessionIx, Stage, StatusIx, ThemeIx};

/// A share between 0 and 1, with the counts it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub part: u64,
    pub whole: u64,
}

impl Rate {
    fn new(part: u64, whole: u64) -> Option<Rate> {
        (whole > 0).then_some(Rate { part, whole })
    }

    pub fn ratio(self) -> f64 {
        self.part as f64 / self.whole as f64
    }

    /// The rate as a percentage rounded to one decimal, e.g. `82.3`.
    pub fn percent(self) -> f64 {
        (self.ratio() * 1000.0).round() / 10.0
    }
}

/// The four headline figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub recommendations: u64,
    pub sessions: u64,
    pub acceptance: Option<Rate>,
    pub implementation: Option<Rate>,
    /// How many selected recommendations are at each stage, in `Stage::ALL` order.
    pub by_stage: [u64; 5],
}

/// Counts per stage of the selected recommendations at `as_of`.
pub fn stage_counts(ds: &Dataset, selected: &[RecIx], as_of: AsOf) -> [u64; 5] {
    let mut counts = [0u64; 5];
    for &rec in selected {
        if let Some(status) = status_at(ds, rec, as_of) {
            counts[stage_slot(ds.stage(status))] += 1;
        }
    }
    counts
}

fn stage_slot(stage: Stage) -> usize {
    Stage::ALL
        .iter()
        .position(|&s| s == stage)
        .unwrap_or_default()
}

pub fn headline(ds: &Dataset, selected: &[RecIx], sessions: usize, as_of: AsOf) -> Headline {
    headline_of(
        selected.len() as u64,
        sessions,
        stage_counts(ds, selected, as_of),
    )
}

/// The headline of `recommendations` in `sessions`, from their counts per stage.
pub(super) fn headline_of(recommendations: u64, sessions: usize, by_stage: [u64; 5]) -> Headline {
    let [_pending, accepted, in_progress, implemented, declined] = by_stage;
    let taken_up = accepted + in_progress + implemented;
    Headline {
        recommendations,
        sessions: sessions as u64,
        acceptance: Rate::new(taken_up, taken_up + declined),
        implementation: Rate::new(implemented, taken_up),
        by_stage,
    }
}

/// Recommendations per year (of their session), per stage: one row per year
/// from the first to the last year with a selected recommendation, empty
/// years included so the axis is continuous.
pub fn by_year(ds: &Dataset, selected: &[RecIx], as_of: AsOf) -> Vec<(i32, [u64; 5])> {
    let mut years: BTreeMap<i32, [u64; 5]> = BTreeMap::new();
    for &rec in selected {
        let r = &ds.recommendations[rec as usize];
        if let Some(status) = status_at(ds, rec, as_of) {
            let year = ds.sessions[r.session as usize].date.year();
            years.entry(year).or_default()[stage_slot(ds.stage(status))] += 1;
        }
    }
    year_rows(years)
}

/// Rows of counts per year from the first year to the last, the years
/// between with none included.
pub(super) fn year_rows(years: BTreeMap<i32, [u64; 5]>) -> Vec<(i32, [u64; 5])> {
    let (Some(&first), Some(&last)) = (years.keys().next(), years.keys().next_back()) else {
        return Vec::new();
    };
    (first..=last)
        .map(|y| (y, years.get(&y).copied().unwrap_or_default()))
        .collect()
}

/// Recommendations per status, in vocabulary order, statuses with none left out.
pub fn by_status(ds: &Dataset, selected: &[RecIx], as_of: AsOf) -> Vec<(StatusIx, u64)> {
    let mut counts = vec![0u64; ds.statuses.len()];
    for &rec in selected {
        if let Some(status) = status_at(ds, rec, as_of) {
            counts[status as usize] += 1;
        }
    }
    status_rows(counts)
}

/// Counts per status as rows, statuses with none left out.
pub(super) fn status_rows(counts: Vec<u64>) -> Vec<(StatusIx, u64)> {
    counts
        .into_iter()
        .enumerate()
        .filter(|&(_, n)| n > 0)
        .map(|(s, n)| (s as StatusIx, n))
        .collect()
}

/// A ranking of values (themes, bodies) by count, largest first, cut after
/// `limit` entries; the rest is summed in `other`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ranking<T> {
    pub top: Vec<(T, u64)>,
    /// How many values were cut, and the recommendations they count.
    pub other: Option<(usize, u64)>,
}

/// Counts per value as a ranking.
pub(super) fn rank(counts: Vec<u64>, limit: usize) -> Ranking<u32> {
    let mut ranked: Vec<(u32, u64)> = counts
        .into_iter()
        .enumerate()
        .filter(|&(_, n)| n > 0)
        .map(|(i, n)| (i as u32, n))
        .collect();
    // Largest first; ties in dataset order so the chart is stable.
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let rest = if ranked.len() > limit {
        ranked.split_off(limit)
    } else {
        Vec::new()
    };
    let other = (!rest.is_empty()).then(|| (rest.len(), rest.iter().map(|r| r.1).sum()));
    Ranking { top: ranked, other }
}

/// Recommendations per theme (a recommendation with two themes counts for each).
pub fn by_theme(ds: &Dataset, selected: &[RecIx], limit: usize) -> Ranking<ThemeIx> {
    let mut counts = vec![0u64; ds.themes.len()];
    for &rec in selected {
        for &t in &ds.recommendations[rec as usize].themes {
            counts[t as usize] += 1;
        }
    }
    rank(counts, limit)
}

/// Recommendations per addressed body (a recommendation to two bodies counts for each).
pub fn by_addressee(ds: &Dataset, selected: &[RecIx], limit: usize) -> Ranking<BodyIx> {
    let mut counts = vec![0u64; ds.bodies.len()];
    for &rec in selected {
        for &b in &ds.recommendations[rec as usize].addressees {
            counts[b as usize] += 1;
        }
    }
    rank(counts, limit)
}

/// Recommendations made per session, for the sessions in view.
pub fn by_session(
    ds: &Dataset,
    selected: &[RecIx],
    sessions: &[SessionIx],
) -> Vec<(SessionIx, u64)> {
    let mut counts = vec![0u64; ds.sessions.len()];
    for &rec in selected {
        counts[ds.recommendations[rec as usize].session as usize] += 1;
    }
    sessions.iter().map(|&s| (s, counts[s as usize])).collect()
}

/// One point of the progress chart: on `day`, how many of the selected
/// recommendations had been made, were accepted or further along (accepted,
/// in progress or implemented), and were implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgressPoint {
    pub day: Date,
    pub made: u64,
    pub accepted: u64,
    pub implemented: u64,
}

/// The progress of the selected recommendations over time, from their
/// sessions and histories, with one point per day on which anything changed,
/// up to `until` (changes after it are not shown).
pub fn progress(ds: &Dataset, selected: &[RecIx], until: Option<Date>) -> Vec<ProgressPoint> {
    progress_with(ds, selected, until, MAX_DAY_SLOTS)
}

/// A table of days for [`progress`] is used when the dates span at most
/// this many slots (three per calendar day: about a century); wider spans
/// sort instead.
pub(super) const MAX_DAY_SLOTS: i64 = 3 * 366 * 100;

/// [`progress`] with the largest table of days it may use (0: always sort).
pub fn progress_with(
    ds: &Dataset,
    selected: &[RecIx],
    until: Option<Date>,
    max_slots: i64,
) -> Vec<ProgressPoint> {
    // Each recommendation contributes events: +1 made on its session date,
    // and +1/-1 to "accepted" and "implemented" whenever its stage enters or
    // leaves those groups. A sweep over the sorted events gives the series.
    let mut events: Vec<(Date, i64, i64, i64)> = Vec::new();
    let groups = |status: StatusIx| {
        let stage = ds.stage(status);
        let taken_up = matches!(
            stage,
            Stage::Accepted | Stage::InProgress | Stage::Implemented
        );
        (taken_up as i64, (stage == Stage::Implemented) as i64)
    };
    for &rec in selected {
        let r = &ds.recommendations[rec as usize];
        let made = ds.made_on(r);
        if until.is_some_and(|u| made > u) {
            continue;
        }
        let first = r.history.first().map_or(r.status, |c| c.status);
        let (mut acc, mut imp) = groups(first);
        events.push((made, 1, acc, imp));
        for change in r.history.iter().skip(1) {
            if until.is_some_and(|u| change.date > u) {
                break;
            }
            let (a, i) = groups(change.status);
            if (a, i) != (acc, imp) {
                events.push((change.date.max(made), 0, a - acc, i - imp));
                (acc, imp) = (a, i);
            }
        }
    }
    // Many events share a day (a session, a batch of changes): sum them per
    // day. A day's slot in a table is its place in time, so the table comes
    // out in date order with no sorting or hashing; dates spread over more
    // than a century are summed in a map and sorted instead.
    let (lo, hi) = events.iter().fold((i64::MAX, i64::MIN), |(lo, hi), e| {
        let s = day_slot(e.0);
        (lo.min(s), hi.max(s))
    });
    let days: Vec<(Date, [i64; 3])> = if events.is_empty() {
        Vec::new()
    } else if hi - lo < max_slots {
        let mut table: Vec<Option<(Date, [i64; 3])>> = vec![None; (hi - lo + 1) as usize];
        for (day, m, a, i) in events {
            let (_, sums) = table[(day_slot(day) - lo) as usize].get_or_insert((day, [0; 3]));
            sums[0] += m;
            sums[1] += a;
            sums[2] += i;
        }
        table.into_iter().flatten().collect()
    } else {
        let mut days: HashMap<Date, [i64; 3]> = HashMap::new();
        for (day, m, a, i) in events {
            let sums = days.entry(day).or_default();
            sums[0] += m;
            sums[1] += a;
            sums[2] += i;
        }
        let mut days: Vec<(Date, [i64; 3])> = days.into_iter().collect();
        days.sort_unstable_by_key(|d| d.0);
        days
    };
    let mut points: Vec<ProgressPoint> = Vec::new();
    let (mut made, mut accepted, mut implemented) = (0i64, 0i64, 0i64);
    for (day, [m, a, i]) in days {
        made += m;
        accepted += a;
        implemented += i;
        let point = ProgressPoint {
            day,
            made: made as u64,
            accepted: accepted as u64,
            implemented: implemented as u64,
        };
        match points.last_mut() {
            Some(last) if last.day == day => *last = point,
            _ => points.push(point),
        }
    }
    points
}

/// A date's place in time as an integer that orders as dates do: three slots
/// per calendar day, for a year, a month and a full date that start on it
/// (`2024 < 2024-01 < 2024-01-01 < 2024-01-02`).
pub(super) fn day_slot(d: Date) -> i64 {
    let precision = match (d.month(), d.day()) {
        (None, _) => 0,
        (_, None) => 1,
        _ => 2,
    };
    i64::from(d.first_day().to_days()) * 3 + precision
}

/// A progress series with at most `max` points (when the span allows it),
/// for a chart that cannot show more and a table people can read: the state
/// at the end of each month, else each quarter, else each year, with the
/// first point kept so the series starts where it did. Every point kept is
/// exact for its day; only the days between them are left out.
pub fn thin_progress(points: Vec<ProgressPoint>, max: usize) -> Vec<ProgressPoint> {
    if points.len() <= max {
        return points;
    }
    let buckets: [fn(Date) -> i32; 3] = [
        |d| d.year() * 12 + i32::from(d.first_day().month().unwrap_or(1)),
        |d| d.year() * 4 + (i32::from(d.first_day().month().unwrap_or(1)) - 1) / 3,
        |d| d.year(),
    ];
    let mut thinned = Vec::new();
    for bucket in buckets {
        thinned = points
            .iter()
            .enumerate()
            .filter(|&(i, p)| {
                i == 0
                    || points
                        .get(i + 1)
                        .is_none_or(|next| bucket(next.day) != bucket(p.day))
            })
            .map(|(_, p)| *p)
            .collect();
        if thinned.len() <= max {
            break;
        }
    }
    thinned
}

/// How the selected recommendations moved between two days: for each pair of
/// (status on `from`, status on `to`), how many. A recommendation not yet made
/// on `from` counts under `None`; one not yet made on `to` is left out.
/// Pairs come in the order of the vocabulary, "not yet made" first.
pub fn transitions(
    ds: &Dataset,
    selected: &[RecIx],
    from: Date,
    to: Date,
) -> Vec<(Option<StatusIx>, StatusIx, u64)> {
    changes(ds, selected, from, to).0
}

/// The selected recommendations whose status on `to` differs from their
/// status on `from` (including those made in between), in selection order.
pub fn moved(ds: &Dataset, selected: &[RecIx], from: Date, to: Date) -> Vec<RecIx> {
    changes(ds, selected, from, to).1
}

/// [`transitions`] and [`moved`] from one look at each recommendation.
#[allow(clippy::type_complexity)]
pub fn changes(
    ds: &Dataset,
    selected: &[RecIx],
    from: Date,
    to: Date,
) -> (Vec<(Option<StatusIx>, StatusIx, u64)>, Vec<RecIx>) {
    // counts[(before + 1) * n + after], where before = -1 is "not yet made".
    let n = ds.statuses.len();
    let mut counts = vec![0u64; (n + 1) * n];
    let mut moved = Vec::new();
    for &rec in selected {
        let Some(after) = status_at(ds, rec, Some(to)) else {
            continue;
        };
        let before = status_at(ds, rec, Some(from));
        let row = before.map_or(0, |b| b as usize + 1);
        counts[row * n + after as usize] += 1;
        if before != Some(after) {
            moved.push(rec);
        }
    }
    (transition_pairs(counts, n), moved)
}

/// The pairs of [`changes`] from their counts, `counts[(before + 1) * n +
/// after]` for `n` statuses.
#[allow(clippy::type_complexity)]
pub(super) fn transition_pairs(
    counts: Vec<u64>,
    n: usize,
) -> Vec<(Option<StatusIx>, StatusIx, u64)> {
    counts
        .into_iter()
        .enumerate()
        .filter(|&(_, count)| count > 0)
        .map(|(i, count)| {
            let before = (i / n).checked_sub(1).map(|b| b as StatusIx);
            (before, (i % n) as StatusIx, count)
        })
        .collect()
}
