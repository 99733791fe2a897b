//! Property tests of the query engine (proptest): random small datasets,
//! read through the dataset reader as any document is, and random filters.
//!
//! Index:
//! - `filters_commute`: selecting with one part of a filter and then another,
//!   in any order, is selecting with the whole filter.
//! - `counts_add_up`: per stage, per status, per year and per session, the
//!   counts sum to the headline total.
//! - `as_of_the_latest_date_is_the_present`: the view on the latest date in
//!   the data is the current view (same selection, sessions and figures).
//! - `export_then_load_keeps_the_figures`: the selection written with
//!   `dataset::to_json` and read back shows the same figures.
//! - `columns_agree_with_records`: a run of views on one index (as the
//!   report makes them, with its kept statuses and search answers) selects
//!   what the filter rules select record by record, and the columns' counts,
//!   progress and transitions are those of `aggregate`.
//!
//! The generated datasets are valid (histories in order and ending on the
//! current status, no repeated reference), so the reader reports no problem;
//! `tests/dataset.rs` and the fuzz targets cover bad documents.

use std::collections::BTreeSet;

use proptest::prelude::*;
use serde_json::{json, Value};

use kenes::dataset::{self, Dataset, Date, RecIx, Subset};
use kenes::query::{self, aggregate, AsOf, Columns, Filter, Headline, Index};

/// Cases per property: enough to meet every combination of the small pools
/// below many times, few enough that the file runs in seconds in debug.
const CASES: u32 = 256;

/// The default vocabulary's ids, used when a dataset has no `statuses`.
const DEFAULT_STATUSES: [&str; 7] = [
    "under_consideration",
    "accepted",
    "partially_accepted",
    "in_progress",
    "implemented",
    "noted",
    "rejected",
];
const STAGES: [&str; 5] = [
    "pending",
    "accepted",
    "in_progress",
    "implemented",
    "declined",
];
/// Recommendation texts, and the searches made of them (mixed case, Cyrillic
/// and Kazakh letters, a word in none of them).
const WORDS: [&str; 6] = [
    "Justice for all",
    "Права женщин",
    "Сот төрелігі",
    "prison visits",
    "ПРАВОСУДИЕ",
    "open data",
];
const SEARCHES: [&str; 7] = ["just", "ПРАВ", "төре", "visits", "data", "R-1", "nowhere"];

/// A dataset described by small numbers; `json` writes it as a document.
#[derive(Debug, Clone)]
struct Spec {
    /// Stages of a custom vocabulary, or `None` for the default one.
    statuses: Option<Vec<u8>>,
    /// Per theme, maybe the theme it belongs to (a top theme before it).
    themes: Vec<Option<u8>>,
    bodies: u8,
    sessions: Vec<DateSpec>,
    recommendations: Vec<RecSpec>,
}

#[derive(Debug, Clone, Copy)]
struct DateSpec {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl DateSpec {
    fn text(self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{}-{m:02}", self.year),
            _ => format!("{}", self.year),
        }
    }
}

#[derive(Debug, Clone)]
struct RecSpec {
    session: u8,
    themes: Vec<u8>,
    addressees: Vec<u8>,
    proposers: Vec<u8>,
    word: u8,
    /// The current status when there is no history.
    status: u8,
    history: Vec<(DateSpec, u8)>,
}

fn date() -> impl Strategy<Value = DateSpec> {
    (
        2010..=2016i32,
        prop::option::of(1..=12u8),
        1..=28u8,
        any::<bool>(),
    )
        .prop_map(|(year, month, day, full)| DateSpec {
            year,
            month,
            day: (month.is_some() && full).then_some(day),
        })
}

fn small_list() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u8>(), 0..3)
}

fn spec() -> impl Strategy<Value = Spec> {
    let statuses = prop::option::of(prop::collection::vec(0..5u8, 1..6));
    let themes = prop::collection::vec(prop::option::of(any::<u8>()), 0..5);
    let rec = (
        any::<u8>(),
        small_list(),
        small_list(),
        small_list(),
        any::<u8>(),
        any::<u8>(),
        prop::collection::vec((date(), any::<u8>()), 0..4),
    )
        .prop_map(
            |(session, themes, addressees, proposers, word, status, history)| RecSpec {
                session,
                themes,
                addressees,
                proposers,
                word,
                status,
                history,
            },
        );
    (
        statuses,
        themes,
        0..4u8,
        prop::collection::vec(date(), 1..5),
        prop::collection::vec(rec, 0..14),
    )
        .prop_map(
            |(statuses, themes, bodies, sessions, recommendations)| Spec {
                statuses,
                themes,
                bodies,
                sessions,
                recommendations,
            },
        )
}

impl Spec {
    fn status_ids(&self) -> Vec<String> {
        match &self.statuses {
            None => DEFAULT_STATUSES.iter().map(|s| s.to_string()).collect(),
            Some(stages) => (0..stages.len()).map(|i| format!("st{i}")).collect(),
        }
    }

    /// The document, valid by construction.
    fn json(&self) -> String {
        let status_ids = self.status_ids();
        let status = |n: u8| status_ids[usize::from(n) % status_ids.len()].clone();
        let ids = |prefix: &str, picks: &[u8], len: usize| -> Vec<String> {
            if len == 0 {
                return Vec::new();
            }
            let set: BTreeSet<usize> = picks.iter().map(|&p| usize::from(p) % len).collect();
            set.into_iter().map(|i| format!("{prefix}{i}")).collect()
        };
        let mut doc = json!({
            "kenes": 1,
            "title": "Properties",
            "themes": self.themes.iter().enumerate().map(|(i, parent)| {
                // A parent is a theme before this one that has no parent itself.
                let tops: Vec<usize> = (0..i).filter(|&t| self.themes[t].is_none()).collect();
                let mut theme = json!({"id": format!("t{i}"), "name": format!("Theme {i}")});
                if let (Some(p), false) = (parent, tops.is_empty()) {
                    theme["parent"] = json!(format!("t{}", tops[usize::from(*p) % tops.len()]));
                }
                theme
            }).collect::<Vec<Value>>(),
            "bodies": (0..self.bodies).map(|i| json!({"id": format!("b{i}"), "name": format!("Body {i}")}))
                .collect::<Vec<Value>>(),
            "sessions": self.sessions.iter().enumerate().map(|(i, d)| {
                json!({"id": format!("s{i}"), "date": d.text(), "title": format!("Session {i}")})
            }).collect::<Vec<Value>>(),
            "recommendations": self.recommendations.iter().enumerate().map(|(i, r)| {
                let mut history = r.history.clone();
                // The reader sorts a history (with a warning); write it sorted.
                history.sort_by_key(|(d, _)| Date::parse(&d.text()));
                let current = history.last().map_or(r.status, |&(_, s)| s);
                json!({
                    "id": format!("R-{i}"),
                    "session": format!("s{}", usize::from(r.session) % self.sessions.len()),
                    "text": WORDS[usize::from(r.word) % WORDS.len()],
                    "themes": ids("t", &r.themes, self.themes.len()),
                    "addressees": ids("b", &r.addressees, usize::from(self.bodies)),
                    "proposed_by": ids("b", &r.proposers, usize::from(self.bodies)),
                    "status": status(current),
                    "history": history.iter().map(|(d, s)| json!({"date": d.text(), "status": status(*s)}))
                        .collect::<Vec<Value>>(),
                })
            }).collect::<Vec<Value>>(),
        });
        if let Some(stages) = &self.statuses {
            doc["statuses"] = stages
                .iter()
                .enumerate()
                .map(|(i, &s)| {
                    json!({"id": format!("st{i}"), "name": format!("Status {i}"), "stage": STAGES[usize::from(s)]})
                })
                .collect();
        }
        doc.to_string()
    }

    fn load(&self) -> Dataset {
        let json = self.json();
        let (ds, problems) = dataset::load(&json).expect("a generated document is read");
        assert!(problems.is_empty(), "{problems:?}\n{json}");
        ds
    }
}

/// A filter described by small numbers, turned into one for a dataset.
#[derive(Debug, Clone)]
struct FilterSpec {
    years: Option<(i32, i32)>,
    sessions: Vec<u8>,
    themes: Vec<u8>,
    statuses: Vec<u8>,
    addressees: Vec<u8>,
    proposers: Vec<u8>,
    text: Option<u8>,
}

/// Mostly no restriction on a facet, sometimes one or two values.
fn facet() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![2 => Just(Vec::new()), 1 => prop::collection::vec(any::<u8>(), 1..3)]
}

fn filter_spec() -> impl Strategy<Value = FilterSpec> {
    let years = prop::option::weighted(0.3, (2009..=2017i32, 2009..=2017i32));
    (
        years,
        facet(),
        facet(),
        facet(),
        facet(),
        facet(),
        prop::option::weighted(0.2, any::<u8>()),
    )
        .prop_map(
            |(years, sessions, themes, statuses, addressees, proposers, text)| FilterSpec {
                years: years.map(|(a, b)| (a.min(b), a.max(b))),
                sessions,
                themes,
                statuses,
                addressees,
                proposers,
                text,
            },
        )
}

impl FilterSpec {
    /// The filter's parts, each a filter restricting one thing; together
    /// (all at once) they are [`FilterSpec::filter`].
    fn parts(&self, ds: &Dataset) -> Vec<Filter> {
        let set = |picks: &[u8], len: usize| -> BTreeSet<u32> {
            if len == 0 {
                return BTreeSet::new();
            }
            picks
                .iter()
                .map(|&p| (usize::from(p) % len) as u32)
                .collect()
        };
        let mut parts = Vec::new();
        let mut part = |f: Filter| {
            if !f.is_empty() {
                parts.push(f);
            }
        };
        part(Filter {
            years: self.years,
            ..Filter::default()
        });
        part(Filter {
            sessions: set(&self.sessions, ds.sessions.len()),
            ..Filter::default()
        });
        part(Filter {
            themes: set(&self.themes, ds.themes.len()),
            ..Filter::default()
        });
        part(Filter {
            statuses: set(&self.statuses, ds.statuses.len()),
            ..Filter::default()
        });
        part(Filter {
            addressees: set(&self.addressees, ds.bodies.len()),
            ..Filter::default()
        });
        part(Filter {
            proposers: set(&self.proposers, ds.bodies.len()),
            ..Filter::default()
        });
        part(Filter {
            text: self
                .text
                .map(|t| SEARCHES[usize::from(t) % SEARCHES.len()].to_string())
                .unwrap_or_default(),
            ..Filter::default()
        });
        parts
    }

    fn filter(&self, ds: &Dataset) -> Filter {
        self.parts(ds).into_iter().fold(Filter::default(), merge)
    }
}

/// Two filters that restrict different things, as one.
fn merge(mut a: Filter, b: Filter) -> Filter {
    a.years = a.years.or(b.years);
    a.sessions.extend(b.sessions);
    a.themes.extend(b.themes);
    a.statuses.extend(b.statuses);
    a.addressees.extend(b.addressees);
    a.proposers.extend(b.proposers);
    if a.text.is_empty() {
        a.text = b.text;
    }
    a
}

/// A day to view: the present, or a day (of any precision) around the data.
fn as_of() -> impl Strategy<Value = Option<DateSpec>> {
    prop::option::of(date())
}

fn day(d: Option<DateSpec>) -> AsOf {
    d.map(|d| Date::parse(&d.text()).expect("a generated date is valid"))
}

/// Selecting with `then` among what `first` selected.
fn narrow(ds: &Dataset, index: &Index, first: &[RecIx], then: &Filter, as_of: AsOf) -> Vec<RecIx> {
    let kept: BTreeSet<RecIx> = query::select(ds, index, then, as_of).into_iter().collect();
    first.iter().copied().filter(|r| kept.contains(r)).collect()
}

/// Every figure the dashboard shows for a filter at a day, by id where a
/// figure names a record, so that two datasets can be compared.
#[derive(Debug, PartialEq)]
struct Figures {
    headline: Headline,
    by_status: Vec<(String, u64)>,
    by_year: Vec<(i32, [u64; 5])>,
    by_session: Vec<(String, u64)>,
}

fn figures(ds: &Dataset, filter: &Filter, as_of: AsOf) -> (Vec<RecIx>, Vec<u32>, Figures) {
    let index = Index::new(ds);
    let selected = query::select(ds, &index, filter, as_of);
    let sessions = query::sessions_in_view(ds, filter, &selected, as_of);
    let figures = Figures {
        headline: aggregate::headline(ds, &selected, sessions.len(), as_of),
        by_status: aggregate::by_status(ds, &selected, as_of)
            .into_iter()
            .map(|(s, n)| (ds.statuses[usize::from(s)].id.clone(), n))
            .collect(),
        by_year: aggregate::by_year(ds, &selected, as_of),
        by_session: aggregate::by_session(ds, &selected, &sessions)
            .into_iter()
            .map(|(s, n)| (ds.sessions[s as usize].id.clone(), n))
            .collect(),
    };
    (selected, sessions, figures)
}

/// The selection of `filter` at `as_of`, record by record from the rules of
/// the filter (docs/dataset-format.md), without the index or the columns.
fn select_by_record(ds: &Dataset, filter: &Filter, as_of: AsOf) -> Vec<RecIx> {
    let needle = query::fold_case(filter.text.trim());
    let chosen = |wanted: &BTreeSet<u32>, have: &[u32]| {
        wanted.is_empty() || have.iter().any(|x| wanted.contains(x))
    };
    let theme_or_parent = |t: &u32| {
        filter.themes.contains(t)
            || ds.themes[*t as usize]
                .parent
                .is_some_and(|p| filter.themes.contains(&p))
    };
    (0..ds.recommendations.len() as RecIx)
        .filter(|&ix| {
            let rec = &ds.recommendations[ix as usize];
            let session = &ds.sessions[rec.session as usize];
            let year = session.date.year();
            let Some(status) = query::status_at(ds, ix, as_of) else {
                return false;
            };
            let texts = std::iter::once(rec.id.as_str())
                .chain(rec.text.values())
                .chain(rec.note.iter().flat_map(|n| n.values()));
            filter
                .years
                .is_none_or(|(from, to)| from <= year && year <= to)
                && (filter.sessions.is_empty() || filter.sessions.contains(&rec.session))
                && chosen(&filter.statuses, &[u32::from(status)])
                && (filter.themes.is_empty() || rec.themes.iter().any(theme_or_parent))
                && chosen(&filter.addressees, &rec.addressees)
                && chosen(&filter.proposers, &rec.proposed_by)
                && (needle.is_empty()
                    || texts
                        .into_iter()
                        .any(|t| query::fold_case(t).contains(&needle)))
        })
        .collect()
}

/// Searches for a run of views: words, words that extend the last one (as
/// a person types), a word in none of the texts, and none.
const TYPED: [&str; 9] = [
    "ju",
    "just",
    "justice",
    "прав",
    "правосуд",
    "r-",
    "r-1",
    "nowhere",
    "",
];

/// The latest date anywhere in the data: a session's or a change's.
fn latest(ds: &Dataset) -> Option<Date> {
    let sessions = ds.sessions.iter().map(|s| s.date);
    let changes = ds
        .recommendations
        .iter()
        .flat_map(|r| r.history.iter().map(|c| c.date));
    sessions.chain(changes).max()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Parts of a filter applied one after another, in a shuffled order,
    /// select what the whole filter selects; and for any split of the parts
    /// into two filters A and B, A then B equals B then A equals A∧B.
    #[test]
    fn filters_commute(
        spec in spec(),
        f in filter_spec(),
        order in any::<u64>(),
        split in any::<u8>(),
        as_of in as_of(),
    ) {
        let ds = spec.load();
        let index = Index::new(&ds);
        let as_of = day(as_of);
        let all: Vec<RecIx> = (0..ds.recommendations.len() as RecIx).collect();
        let whole = query::select(&ds, &index, &f.filter(&ds), as_of);

        let mut parts = f.parts(&ds);
        // A deterministic shuffle from `order` (proptest shrinks it to 0).
        let mut seed = order;
        for i in (1..parts.len()).rev() {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            parts.swap(i, (seed >> 33) as usize % (i + 1));
        }
        let mut stepwise = narrow(&ds, &index, &all, &Filter::default(), as_of);
        for part in &parts {
            stepwise = narrow(&ds, &index, &stepwise, part, as_of);
        }
        prop_assert_eq!(&stepwise, &whole, "parts in order {:?}", parts);

        // Bit i of `split` (cycling) puts part i in A, else in B.
        let (mut a, mut b) = (Filter::default(), Filter::default());
        for (i, part) in parts.into_iter().enumerate() {
            if split >> (i % 8) & 1 == 1 {
                a = merge(a, part);
            } else {
                b = merge(b, part);
            }
        }
        let sel_a = query::select(&ds, &index, &a, as_of);
        let sel_b = query::select(&ds, &index, &b, as_of);
        let a_then_b = narrow(&ds, &index, &sel_a, &b, as_of);
        let b_then_a = narrow(&ds, &index, &sel_b, &a, as_of);
        let both = query::select(&ds, &index, &merge(a.clone(), b.clone()), as_of);
        prop_assert_eq!(&a_then_b, &b_then_a);
        prop_assert_eq!(&a_then_b, &both);
        prop_assert_eq!(&both, &whole);
    }

    /// Whatever the filter and the day, the recommendations counted per
    /// stage, per status, per year and per session add up to the headline's
    /// total, which is the number selected.
    #[test]
    fn counts_add_up(spec in spec(), f in filter_spec(), as_of in as_of()) {
        let ds = spec.load();
        let as_of = day(as_of);
        let (selected, _, figures) = figures(&ds, &f.filter(&ds), as_of);
        let total = figures.headline.recommendations;
        prop_assert_eq!(total, selected.len() as u64);
        prop_assert_eq!(figures.headline.by_stage.iter().sum::<u64>(), total);
        prop_assert_eq!(figures.by_status.iter().map(|(_, n)| n).sum::<u64>(), total);
        let per_year: u64 = figures.by_year.iter().flat_map(|(_, s)| s.iter()).sum();
        prop_assert_eq!(per_year, total);
        prop_assert_eq!(figures.by_session.iter().map(|(_, n)| n).sum::<u64>(), total);
        for rate in [figures.headline.acceptance, figures.headline.implementation].into_iter().flatten() {
            prop_assert!(rate.part <= rate.whole && rate.whole <= total, "{:?}", rate);
        }
    }

    /// On the latest date in the data every recommendation has been made and
    /// every change has happened, so the view as of that day is the present.
    #[test]
    fn as_of_the_latest_date_is_the_present(spec in spec(), f in filter_spec()) {
        let ds = spec.load();
        let filter = f.filter(&ds);
        let latest = latest(&ds).expect("a dataset with a session has a date");
        // With no `as_of` in the document, its present is that day.
        prop_assert_eq!(ds.as_of, Some(latest));
        prop_assert_eq!(figures(&ds, &filter, Some(latest)), figures(&ds, &filter, None));
    }

    /// The selection of a view written as a dataset of its own (as "Save the
    /// selection" does) and read back shows the same figures with no filter,
    /// at the same day.
    #[test]
    fn export_then_load_keeps_the_figures(spec in spec(), f in filter_spec(), as_of in as_of()) {
        let ds = spec.load();
        let as_of = day(as_of);
        let (selected, sessions, expected) = figures(&ds, &f.filter(&ds), as_of);
        let json = dataset::to_json(&ds, Subset {
            recommendations: Some(&selected),
            sessions: Some(&sessions),
        });
        let (part, problems) = dataset::load(&json).expect("an export is read");
        prop_assert!(problems.is_empty(), "{:?}\n{}", problems, json);
        let (_, _, actual) = figures(&part, &Filter::default(), as_of);
        prop_assert_eq!(actual, expected, "{}", json);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// One index answers a run of views as the report asks them (each view
    /// a filter, a search and a day, and the comparison of two days): its
    /// selections are those of the filter rules record by record, and what
    /// its columns count is what `aggregate` counts record by record.
    #[test]
    fn columns_agree_with_records(
        spec in spec(),
        views in prop::collection::vec((filter_spec(), any::<u8>(), as_of()), 1..6),
        from in date(),
        to in date(),
    ) {
        let ds = spec.load();
        let index = Index::new(&ds);
        let columns = index.columns(&ds);
        // Days numbered by sorting rather than through a table.
        let sorted = Columns::with_max_slots(&ds, 0);
        let (from, to) = (day(Some(from)).unwrap(), day(Some(to)).unwrap());
        for (f, typed, as_of) in views {
            let as_of = day(as_of);
            let filter = Filter {
                text: TYPED[usize::from(typed) % TYPED.len()].to_string(),
                ..f.filter(&ds)
            };
            let selected = query::select(&ds, &index, &filter, as_of);
            prop_assert_eq!(&selected, &select_by_record(&ds, &filter, as_of), "{:?} at {:?}", filter, as_of);

            let statuses = columns.statuses(as_of);
            for rec in 0..ds.recommendations.len() as RecIx {
                let status = query::status_at(&ds, rec, as_of).unwrap_or(query::NOT_MADE);
                prop_assert_eq!(statuses[rec as usize], status);
            }

            // Every selection, not only the filter's: also one with
            // recommendations not made on the day.
            let everything: Vec<RecIx> = (0..ds.recommendations.len() as RecIx).collect();
            for selected in [&selected, &everything] {
                let counts = columns.counts(selected, as_of);
                let sessions = query::sessions_in_view(&ds, &filter, selected, as_of);
                prop_assert_eq!(&counts.sessions_in_view(&ds, &filter, as_of), &sessions);
                prop_assert_eq!(counts.headline(sessions.len()), aggregate::headline(&ds, selected, sessions.len(), as_of));
                prop_assert_eq!(counts.stage_counts(), aggregate::stage_counts(&ds, selected, as_of));
                prop_assert_eq!(counts.by_year(&ds), aggregate::by_year(&ds, selected, as_of));
                prop_assert_eq!(counts.by_status(), aggregate::by_status(&ds, selected, as_of));
                prop_assert_eq!(counts.by_theme(2), aggregate::by_theme(&ds, selected, 2));
                prop_assert_eq!(counts.by_addressee(3), aggregate::by_addressee(&ds, selected, 3));
                prop_assert_eq!(counts.by_session(&sessions), aggregate::by_session(&ds, selected, &sessions));
                for until in [None, as_of, ds.as_of, Some(from)] {
                    let expected = aggregate::progress(&ds, selected, until);
                    prop_assert_eq!(&columns.progress(selected, until), &expected, "until {:?}", until);
                    prop_assert_eq!(&sorted.progress(selected, until), &expected, "until {:?}", until);
                }
                prop_assert_eq!(columns.changes(selected, from, to), aggregate::changes(&ds, selected, from, to));
            }
        }
    }
}

/// The generators make cases where the properties say something: filters
/// that keep some recommendations but not all, histories, and days before
/// some of the changes.
#[test]
fn generated_cases_are_not_trivial() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let (mut narrowed, mut with_history, mut in_the_past) = (0, 0, 0);
    const N: usize = 200;
    for _ in 0..N {
        let spec = spec().new_tree(&mut runner).unwrap().current();
        let f = filter_spec().new_tree(&mut runner).unwrap().current();
        let as_of = day(as_of().new_tree(&mut runner).unwrap().current());
        let ds = spec.load();
        let index = Index::new(&ds);
        let selected = query::select(&ds, &index, &f.filter(&ds), None);
        if !selected.is_empty() && selected.len() < ds.recommendations.len() {
            narrowed += 1;
        }
        if ds.recommendations.iter().any(|r| r.history.len() > 1) {
            with_history += 1;
        }
        if as_of.is_some_and(|d| ds.as_of.is_some_and(|latest| d < latest)) {
            in_the_past += 1;
        }
    }
    assert!(
        narrowed > N / 5,
        "{narrowed} of {N} filters narrow the selection"
    );
    assert!(with_history > N / 2, "{with_history} of {N} have histories");
    assert!(
        in_the_past > N / 5,
        "{in_the_past} of {N} days are in the past"
    );
}
