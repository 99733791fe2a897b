//! Native tests of the query engine, the state reducer and the report.
//!
//! Index:
//! - `select`: each facet, "or" within a facet, "and" across facets, parent
//!   themes, text search in Latin/Cyrillic/Kazakh, as-of dates.
//! - `headline`: the two rates as the format defines them, and no NaN.
//! - `aggregates`: per year (continuous axis), status, theme ranking with
//!   "other", progress over time from histories.
//! - `reduce`: toggling, chart-mark clicks, clearing, sorting, paging.
//! - `report`: six charts with SVG, empty views say so, colours follow the data.

use std::collections::BTreeSet;

use kenes::dataset::{self, Dataset, Date};
use kenes::query::{self, aggregate, Filter, Index};
use kenes::report::{self, ChartId};
use kenes::state::{self, Action, Column, Facet, State};

/// A small dataset with every feature the queries use: default statuses,
/// parent themes, three languages, histories with partial dates.
const DATA: &str = r#"{
  "kenes": 1,
  "title": "Test",
  "languages": ["en", "ru", "kk"],
  "themes": [
    {"id": "justice", "name": {"en": "Justice", "ru": "Правосудие", "kk": "Сот төрелігі"}},
    {"id": "torture", "name": {"en": "Torture", "ru": "Пытки", "kk": "Азаптау"}, "parent": "justice"},
    {"id": "women", "name": {"en": "Women", "ru": "Женщины", "kk": "Әйелдер"}}
  ],
  "bodies": [
    {"id": "gpo", "name": {"en": "Prosecutor", "ru": "Прокуратура", "kk": "Прокуратура"}},
    {"id": "mia", "name": {"en": "Interior", "ru": "МВД", "kk": "ІІМ"}},
    {"id": "ngo", "name": {"en": "NGO", "ru": "НПО", "kk": "ҮЕҰ"}}
  ],
  "sessions": [
    {"id": "s2013", "date": "2013-05-30", "title": {"en": "Spring 2013", "ru": "Весна 2013", "kk": "2013 көктемі"}},
    {"id": "s2014", "date": "2014-01-14", "title": {"en": "Summary 2013", "ru": "Итоги 2013", "kk": "2013 қорытындысы"}},
    {"id": "s2016", "date": "2016-03", "title": {"en": "No output", "ru": "Без итогов", "kk": "Нәтижесіз"}}
  ],
  "recommendations": [
    {"id": "R-1", "session": "s2013", "themes": ["torture"], "addressees": ["gpo"], "proposed_by": ["ngo"],
     "text": {"en": "Move torture investigations to prosecutors", "ru": "Передать расследования пыток прокурорам", "kk": "Азаптауды тергеуді прокурорларға беру"},
     "status": "implemented",
     "history": [{"date": "2013-05-30", "status": "under_consideration"}, {"date": "2013-12", "status": "accepted"}, {"date": "2015", "status": "implemented"}]},
    {"id": "R-2", "session": "s2013", "themes": ["women"], "addressees": ["mia"],
     "text": {"en": "Open crisis centres", "ru": "Открыть кризисные центры", "kk": "Дағдарыс орталықтарын ашу"},
     "status": "rejected",
     "history": [{"date": "2013-05-30", "status": "under_consideration"}, {"date": "2014-02-01", "status": "rejected"}]},
    {"id": "R-10", "session": "s2014", "themes": ["justice", "women"], "addressees": ["gpo", "mia"], "proposed_by": ["ngo"],
     "text": {"en": "Publish court decisions", "ru": "Публиковать решения судов", "kk": "Сот шешімдерін жариялау"},
     "note": "Қазақ letters in a note: ҰҚҒӨҮҢ",
     "status": "in_progress"},
    {"id": "R-3", "session": "s2014", "themes": [], "addressees": [],
     "text": {"en": "Consider the convention", "ru": "Рассмотреть конвенцию", "kk": "Конвенцияны қарау"},
     "status": "under_consideration"}
  ]
}"#;

fn dataset() -> (Dataset, Index) {
    let (ds, problems) = dataset::load(DATA).expect("the test dataset loads");
    assert!(problems.is_empty(), "{problems:?}");
    let index = Index::new(&ds);
    (ds, index)
}

fn ids(ds: &Dataset, selected: &[u32]) -> String {
    selected
        .iter()
        .map(|&r| ds.recommendations[r as usize].id.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Selects with `filter` at `as_of` and compares the ids chosen.
fn check(filter: Filter, as_of: Option<&str>, expected: &str) {
    let (ds, index) = dataset();
    let as_of = as_of.map(|d| Date::parse(d).unwrap());
    let selected = query::select(&ds, &index, &filter, as_of);
    assert_eq!(ids(&ds, &selected), expected, "{filter:?} as of {as_of:?}");
}

fn set(values: &[u32]) -> BTreeSet<u32> {
    values.iter().copied().collect()
}

mod select {
    use super::*;

    #[test]
    fn no_filter_selects_all() {
        check(Filter::default(), None, "R-1 R-2 R-10 R-3");
    }

    #[test]
    fn facets() {
        check(
            Filter {
                themes: set(&[2]),
                ..Filter::default()
            },
            None,
            "R-2 R-10",
        );
        check(
            Filter {
                addressees: set(&[1]),
                ..Filter::default()
            },
            None,
            "R-2 R-10",
        );
        check(
            Filter {
                proposers: set(&[2]),
                ..Filter::default()
            },
            None,
            "R-1 R-10",
        );
        check(
            Filter {
                sessions: set(&[1]),
                ..Filter::default()
            },
            None,
            "R-10 R-3",
        );
        check(
            Filter {
                years: Some((2014, 2016)),
                ..Filter::default()
            },
            None,
            "R-10 R-3",
        );
        // Status indexes follow the default vocabulary: 4 is "implemented".
        check(
            Filter {
                statuses: set(&[4, 6]),
                ..Filter::default()
            },
            None,
            "R-1 R-2",
        );
    }

    #[test]
    fn values_of_one_facet_are_alternatives_and_facets_combine() {
        check(
            Filter {
                addressees: set(&[0, 1]),
                ..Filter::default()
            },
            None,
            "R-1 R-2 R-10",
        );
        check(
            Filter {
                addressees: set(&[0, 1]),
                themes: set(&[2]),
                ..Filter::default()
            },
            None,
            "R-2 R-10",
        );
    }

    #[test]
    fn a_parent_theme_includes_its_children() {
        check(
            Filter {
                themes: set(&[0]),
                ..Filter::default()
            },
            None,
            "R-1 R-10",
        );
        check(
            Filter {
                themes: set(&[1]),
                ..Filter::default()
            },
            None,
            "R-1",
        );
    }

    #[test]
    fn text_search_ignores_case_in_every_script() {
        let text = |t: &str| Filter {
            text: t.into(),
            ..Filter::default()
        };
        check(text("CRISIS"), None, "R-2");
        check(text("пыток"), None, "R-1");
        check(text("ПЫТОК"), None, "R-1");
        check(text("азаптауды"), None, "R-1");
        check(text("ДАҒДАРЫС"), None, "R-2");
        check(text("ұқғөүң"), None, "R-10");
        check(text("r-1"), None, "R-1 R-10");
        check(text("  court "), None, "R-10");
        check(text("nothing like this"), None, "");
    }

    #[test]
    fn as_of_uses_histories_and_hides_later_recommendations() {
        // On 2013-12-31, R-1 is accepted (its change dated 2013-12) and R-2 is
        // still under consideration; the 2014 recommendations do not exist yet.
        check(Filter::default(), Some("2013-12-31"), "R-1 R-2");
        check(
            Filter {
                statuses: set(&[1]),
                ..Filter::default()
            },
            Some("2013-12-31"),
            "R-1",
        );
        check(
            Filter {
                statuses: set(&[0]),
                ..Filter::default()
            },
            Some("2013-12-31"),
            "R-2",
        );
        // A year-precise change ("2015") counts from the start of that year.
        check(
            Filter {
                statuses: set(&[4]),
                ..Filter::default()
            },
            Some("2015-01-01"),
            "R-1",
        );
        check(
            Filter {
                statuses: set(&[4]),
                ..Filter::default()
            },
            Some("2014-12-31"),
            "",
        );
    }

    /// One index answers a run of selections: the one it keeps from the
    /// last is given again only for the same filter over the same statuses.
    #[test]
    fn a_kept_selection_is_given_only_for_the_same_question() {
        let (ds, index) = dataset();
        let accepted = Filter {
            statuses: set(&[1]),
            ..Filter::default()
        };
        let day = |d: &str| Date::parse(d);
        let questions = [
            (Filter::default(), None),
            (Filter::default(), None),
            (Filter::default(), day("2013-12-31")),
            (accepted.clone(), day("2013-12-31")),
            (accepted.clone(), day("2013-12-31")),
            (accepted.clone(), None),
            (accepted.clone(), day("2014-12-31")),
            (Filter::default(), day("2013-12-31")),
        ];
        for (filter, as_of) in questions {
            let fresh = query::select(&ds, &Index::new(&ds), &filter, as_of);
            let kept = query::select(&ds, &index, &filter, as_of);
            assert_eq!(ids(&ds, &kept), ids(&ds, &fresh), "{filter:?} on {as_of:?}");
        }
    }

    #[test]
    fn sessions_held_after_the_views_day_do_not_count() {
        let (ds, index) = dataset();
        let day = Date::parse("2014-01").unwrap();
        let selected = query::select(&ds, &index, &Filter::default(), Some(day));
        // "2014-01" means the end of January, so the 2014-01-14 session counts.
        assert_eq!(
            query::sessions_in_view(&ds, &Filter::default(), &selected, Some(day)),
            vec![0, 1]
        );
        let day = Date::parse("2013-12-31").unwrap();
        assert_eq!(
            query::sessions_in_view(&ds, &Filter::default(), &selected, Some(day)),
            vec![0]
        );
    }

    #[test]
    fn sessions_in_view_count_sessions_without_output_unless_records_are_filtered() {
        let (ds, index) = dataset();
        let all = Filter::default();
        let selected = query::select(&ds, &index, &all, None);
        assert_eq!(
            query::sessions_in_view(&ds, &all, &selected, None),
            vec![0, 1, 2]
        );
        let women = Filter {
            themes: set(&[2]),
            ..Filter::default()
        };
        let selected = query::select(&ds, &index, &women, None);
        assert_eq!(
            query::sessions_in_view(&ds, &women, &selected, None),
            vec![0, 1]
        );
    }
}

mod headline {
    use super::*;

    fn check(filter: Filter, expected: &str) {
        let (ds, index) = dataset();
        let selected = query::select(&ds, &index, &filter, None);
        let sessions = query::sessions_in_view(&ds, &filter, &selected, None);
        let h = aggregate::headline(&ds, &selected, sessions.len(), None);
        let rate = |r: Option<query::Rate>| match r {
            Some(r) => format!("{}/{}={}", r.part, r.whole, r.percent()),
            None => "none".into(),
        };
        let got = format!(
            "recs={} sessions={} acceptance={} implementation={}",
            h.recommendations,
            h.sessions,
            rate(h.acceptance),
            rate(h.implementation)
        );
        assert_eq!(got, expected);
    }

    #[test]
    fn rates_follow_the_format() {
        // Taken up: R-1 (implemented) and R-10 (in progress); declined: R-2;
        // pending R-3 is left out of the acceptance rate.
        check(
            Filter::default(),
            "recs=4 sessions=3 acceptance=2/3=66.7 implementation=1/2=50",
        );
    }

    #[test]
    fn a_rate_with_nothing_to_divide_is_none_not_nan() {
        check(
            Filter {
                text: "convention".into(),
                ..Filter::default()
            },
            "recs=1 sessions=1 acceptance=none implementation=none",
        );
        check(
            Filter {
                text: "no such words".into(),
                ..Filter::default()
            },
            "recs=0 sessions=0 acceptance=none implementation=none",
        );
    }
}

mod aggregates {
    use super::*;

    #[test]
    fn by_year_has_a_continuous_axis() {
        let (ds, index) = dataset();
        let all = query::select(&ds, &index, &Filter::default(), None);
        let rows = aggregate::by_year(&ds, &all, None);
        // Stages: pending, accepted, in progress, implemented, declined.
        assert_eq!(rows, vec![(2013, [0, 0, 0, 1, 1]), (2014, [1, 0, 1, 0, 0])]);
    }

    #[test]
    fn by_status_and_theme_ranking() {
        let (ds, index) = dataset();
        let all = query::select(&ds, &index, &Filter::default(), None);
        let status: Vec<(String, u64)> = aggregate::by_status(&ds, &all, None)
            .into_iter()
            .map(|(s, n)| (ds.statuses[s as usize].id.clone(), n))
            .collect();
        assert_eq!(
            format!("{status:?}"),
            r#"[("under_consideration", 1), ("in_progress", 1), ("implemented", 1), ("rejected", 1)]"#
        );
        let ranking = aggregate::by_theme(&ds, &all, 1);
        assert_eq!(ranking.top, vec![(2, 2)]);
        assert_eq!(ranking.other, Some((2, 2)));
    }

    #[test]
    fn progress_follows_histories() {
        let (ds, index) = dataset();
        let all = query::select(&ds, &index, &Filter::default(), None);
        let points: Vec<String> = aggregate::progress(&ds, &all, None)
            .into_iter()
            .map(|p| format!("{} {}/{}/{}", p.day, p.made, p.accepted, p.implemented))
            .collect();
        assert_eq!(
            points,
            vec![
                "2013-05-30 2/0/0",
                "2013-12 2/1/0",
                "2014-01-14 4/2/0",
                // R-2's rejection on 2014-02-01 moves no series: no point.
                "2015 4/2/1",
            ]
        );
        let until = aggregate::progress(&ds, &all, Date::parse("2013-12-31"));
        assert_eq!(until.last().map(|p| (p.made, p.accepted)), Some((2, 1)));
    }
}

mod reduce {
    use super::*;

    fn run(actions: Vec<Action>) -> State {
        actions
            .into_iter()
            .fold(State::default(), |s, a| state::reduce(&s, a))
    }

    #[test]
    fn toggling_twice_undoes() {
        let s = run(vec![Action::Toggle(Facet::Theme, 2), Action::Page(3)]);
        assert_eq!(s.filter.themes, set(&[2]));
        assert_eq!(s.page, 3);
        let s = state::reduce(&s, Action::Toggle(Facet::Theme, 2));
        assert!(s.filter.is_empty());
        assert_eq!(s.page, 0, "a filter change goes back to the first page");
    }

    #[test]
    fn chart_marks_become_actions() {
        let (ds, _) = dataset();
        let action = |kind, value| state::mark_action(&ds, kind, value).map(|a| format!("{a:?}"));
        assert_eq!(action("year", "2013").as_deref(), Some("ToggleYear(2013)"));
        assert_eq!(
            action("theme", "women").as_deref(),
            Some("Toggle(Theme, 2)")
        );
        assert_eq!(
            action("status", "rejected").as_deref(),
            Some("Toggle(Status, 6)")
        );
        assert_eq!(
            action("session", "s2016").as_deref(),
            Some("Toggle(Session, 2)")
        );
        assert_eq!(
            action("addressee", "mia").as_deref(),
            Some("Toggle(Addressee, 1)")
        );
        assert_eq!(action("theme", "no-such-theme"), None);
        assert_eq!(action("colour", "red"), None);
        let s = run(vec![Action::ToggleYear(2013)]);
        assert_eq!(s.filter.years, Some((2013, 2013)));
        let s = state::reduce(&s, Action::ToggleYear(2013));
        assert_eq!(s.filter.years, None);
    }

    #[test]
    fn clearing_and_year_ranges() {
        let s = run(vec![
            Action::SetYears(Some((2016, 2013))),
            Action::SetText("x".into()),
            Action::Toggle(Facet::Status, 1),
        ]);
        assert_eq!(
            s.filter.years,
            Some((2013, 2016)),
            "a reversed range is put in order"
        );
        let s = state::reduce(&s, Action::ClearFilters);
        assert!(s.filter.is_empty());
    }

    #[test]
    fn sorting_by_id_is_natural_and_toggles_direction() {
        let (ds, index) = dataset();
        let mut rows = query::select(&ds, &index, &Filter::default(), None);
        let s = run(vec![Action::SortBy(Column::Id)]);
        state::sort_rows(&ds, &mut rows, s.sort, "en", None);
        assert_eq!(ids(&ds, &rows), "R-1 R-2 R-3 R-10");
        let s = state::reduce(&s, Action::SortBy(Column::Id));
        state::sort_rows(&ds, &mut rows, s.sort, "en", None);
        assert_eq!(ids(&ds, &rows), "R-10 R-3 R-2 R-1");
        state::sort_rows(
            &ds,
            &mut rows,
            state::Sort {
                column: Column::Text,
                descending: false,
            },
            "ru",
            None,
        );
        assert_eq!(ids(&ds, &rows), "R-2 R-1 R-10 R-3");
    }
}

mod report_view {
    use super::*;

    #[test]
    fn six_charts_with_svg_and_empty_views_say_so() {
        let (ds, index) = dataset();
        let view = report::build(
            &ds,
            &index,
            &Filter::default(),
            None,
            "en",
            report::Layout::default(),
        );
        let drawn: Vec<&str> = view
            .charts
            .iter()
            .filter(|c| {
                c.svg
                    .as_deref()
                    .is_some_and(|s| s.contains("class=\"kenes-chart "))
            })
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(drawn, ChartId::ALL.map(ChartId::as_str).to_vec());
        for chart in &view.charts {
            let svg = chart.svg.as_deref().unwrap_or_default();
            assert!(!svg.contains("NaN"), "{}", chart.id.as_str());
        }

        let nothing = Filter {
            text: "no such words".into(),
            ..Filter::default()
        };
        let view = report::build(&ds, &index, &nothing, None, "en", report::Layout::default());
        for chart in &view.charts {
            assert_eq!(chart.svg, None, "{}", chart.id.as_str());
            assert_eq!(
                chart.summary,
                "No recommendations match the current filters."
            );
        }
    }

    #[test]
    fn each_chart_carries_the_numbers_behind_it() {
        let (ds, index) = dataset();
        let view = report::build(
            &ds,
            &index,
            &Filter::default(),
            None,
            "en",
            report::Layout::default(),
        );
        let table = |id: ChartId| {
            let chart = view.charts.iter().find(|c| c.id == id).unwrap();
            let mut lines = vec![chart.data.columns.join(",")];
            lines.extend(chart.data.rows.iter().map(|r| r.join(",")));
            lines.join("\n")
        };
        assert_eq!(
            table(ChartId::ByYear),
            "Year,Pending,Accepted,In progress,Implemented,Declined,Total\n\
             2013,0,0,0,1,1,2\n\
             2014,1,0,1,0,0,2"
        );
        assert_eq!(
            table(ChartId::Sessions),
            "Session,Date,Recommendations\nSpring 2013,2013-05-30,2\nSummary 2013,2014-01-14,2\nNo output,2016-03,0"
        );
        assert_eq!(
            table(ChartId::ByTheme),
            "Theme,Recommendations\nWomen,2\nJustice,1\nTorture,1"
        );
    }

    #[test]
    fn a_focused_chart_is_laid_out_for_the_whole_row() {
        let (ds, index) = dataset();
        let layout = report::Layout {
            width: 560,
            focused: Some(ChartId::ByTheme),
            focused_width: 1180,
            ..report::Layout::default()
        };
        let view = report::build(&ds, &index, &Filter::default(), None, "en", layout);
        for chart in &view.charts {
            let wanted = if chart.id == ChartId::ByTheme {
                1180
            } else {
                560
            };
            let svg = chart.svg.as_deref().unwrap();
            assert!(
                svg.contains(&format!("viewBox=\"0 0 {wanted} ")),
                "{}",
                chart.id.as_str()
            );
        }
    }

    /// An embed in the 480 px frame its code gives keeps room for the
    /// summary and source under a ranking; a tall frame shows the full one.
    #[test]
    fn an_embedded_ranking_fits_its_frame() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo.json");
        let json = std::fs::read_to_string(path).expect("demo is readable");
        let ds = dataset::load(&json).expect("demo loads").0;
        let index = Index::new(&ds);
        let drawn_height = |frame: f64, id: ChartId| {
            let layout = report::Layout {
                width: 640,
                ranking_limit: report::embed_ranking_limit(frame),
                ..report::Layout::default()
            };
            let view = report::build(&ds, &index, &Filter::default(), None, "en", layout);
            let chart = view.charts.iter().find(|c| c.id == id).unwrap();
            let svg = chart.svg.as_deref().unwrap();
            let view_box = svg.split("viewBox=\"0 0 ").nth(1).unwrap();
            let height: f64 = view_box.split(['"', ' ']).nth(1).unwrap().parse().unwrap();
            (height, chart.data.rows.len())
        };
        for id in [ChartId::ByTheme, ChartId::ByAddressee] {
            let (height, rows) = drawn_height(480.0, id);
            // The summary, table switch and source take some 140 px at
            // this width (tests/browser/views.test.mjs sees them fit).
            assert!(height <= 480.0 - 140.0, "{id:?} is {height} px tall");
            assert_eq!(rows, 6, "{id:?}: five and Other");
            let (_, rows) = drawn_height(2000.0, id);
            assert_eq!(rows, report::RANKING_LIMIT + 1, "{id:?}");
        }
        assert_eq!(report::embed_ranking_limit(0.0), report::MIN_RANKING_LIMIT);
    }

    #[test]
    fn what_changed_between_two_days() {
        let (ds, index) = dataset();
        let day = |d| Date::parse(d).unwrap();
        let changed = report::changed(
            &ds,
            &index,
            &Filter::default(),
            (day("2013-12-31"), day("2015-06-30")),
            "en",
            640,
        );
        let rows: Vec<String> = changed
            .chart
            .data
            .rows
            .iter()
            .map(|r| r.join(" > "))
            .collect();
        // R-1: accepted → implemented; R-2: under consideration → rejected;
        // R-10 and R-3 were made in between.
        assert_eq!(
            rows,
            vec![
                "Not yet made > Under consideration > 1",
                "Not yet made > In progress > 1",
                "Under consideration > Rejected > 1",
                "Accepted > Implemented > 1",
            ]
        );
        assert_eq!(ids(&ds, &changed.moved), "R-1 R-2 R-10 R-3");
        assert_eq!(changed.total, 4);
        assert!(changed
            .chart
            .svg
            .as_deref()
            .is_some_and(|s| s.contains("data-from=\"accepted\"")));
        assert!(changed.chart.summary.starts_with(
            "Between 31 December 2013 and 30 June 2015, 4 of 4 recommendations changed status"
        ));
        // Nothing moves between a day and itself.
        let same = report::changed(
            &ds,
            &index,
            &Filter::default(),
            (day("2015"), day("2015")),
            "en",
            640,
        );
        assert!(same.moved.is_empty());
    }

    #[test]
    fn the_default_comparison_is_the_year_to_the_views_day() {
        let (ds, _) = dataset();
        let day = |d| Date::parse(d).unwrap();
        assert_eq!(
            report::default_comparison(&ds, Some(day("2016-02-29"))),
            Some((day("2015-02-28"), day("2016-02-29")))
        );
        assert_eq!(
            report::default_comparison(&ds, Some(day("2014-06"))),
            Some((day("2013-06-30"), day("2014-06-30")))
        );
    }

    #[test]
    fn stage_colours_follow_the_datasets_status_colours() {
        let data = DATA.replacen(
            r#""languages": ["en", "ru", "kk"],"#,
            r##""languages": ["en", "ru", "kk"],
  "statuses": [
    {"id": "open", "name": "Open", "stage": "pending"},
    {"id": "done", "name": "Done", "stage": "implemented", "color": "#123456"},
    {"id": "half", "name": "Half done", "stage": "implemented"}
  ],"##,
            1,
        );
        let (ds, _) = dataset::load(&data).expect("loads");
        assert_eq!(
            report::stage_color(&ds, kenes::dataset::Stage::Implemented),
            "#123456"
        );
        assert_eq!(
            report::stage_color(&ds, kenes::dataset::Stage::Pending),
            "#7b8794"
        );
        assert_eq!(report::status_color(&ds, 1), "#123456");
        // Second status of a stage, without a colour of its own: lighter.
        assert_ne!(
            report::status_color(&ds, 2),
            report::stage_color(&ds, kenes::dataset::Stage::Implemented)
        );
    }
}

mod language {
    use kenes::dataset;
    use kenes::state::default_language;

    #[test]
    fn the_datas_language_else_the_browsers_else_the_datas() {
        let doc = |langs: &str| {
            format!(
                r#"{{"kenes": 1, "title": "t", "languages": {langs}, "themes": [], "bodies": [],
                    "sessions": [], "recommendations": []}}"#
            )
        };
        let lang = |langs: &str, browser: Option<&str>| {
            let (ds, _) = dataset::load(&doc(langs)).unwrap();
            default_language(&ds, browser)
        };
        assert_eq!(lang(r#"["ru", "en"]"#, Some("kk-KZ")), "ru");
        assert_eq!(lang(r#"["de"]"#, Some("ru-RU")), "ru");
        assert_eq!(lang(r#"["de"]"#, Some("fr")), "de");
        assert_eq!(lang(r#"["de"]"#, None), "de");
    }
}

mod deck {
    use kenes::deck::{self, SlideKind};

    #[test]
    fn a_deck_walks_title_figures_charts_changes_added_views_and_end() {
        let keys: Vec<String> = deck::deck(2).into_iter().map(SlideKind::key).collect();
        assert_eq!(
            keys.join(" "),
            "title headline chart-by-year chart-by-status chart-by-theme chart-by-addressee \
             chart-progress chart-sessions changed added-1 added-2 end"
        );
    }

    #[test]
    fn keys_move_within_the_deck() {
        let cases = [
            ("ArrowRight", 0, Some(1)),
            ("PageDown", 10, Some(10)),
            ("ArrowLeft", 0, Some(0)),
            ("PageUp", 5, Some(4)),
            ("Home", 7, Some(0)),
            ("End", 2, Some(10)),
            ("x", 3, None),
        ];
        for (key, from, to) in cases {
            assert_eq!(deck::step(key, from, 11), to, "{key} from {from}");
        }
        assert!(deck::leaves("Escape"));
        assert!(!deck::leaves("f"));
    }
}

/// The search's fast lower-casing agrees with Unicode's for every character.
#[test]
fn fold_case_agrees_with_unicode_for_every_character() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let expected: String = c.to_lowercase().collect();
        assert_eq!(
            kenes::query::fold_case(&c.to_string()),
            expected,
            "U+{:04X}",
            c as u32
        );
    }
    assert_eq!(
        kenes::query::fold_case("ҚАЗАҚСТАН Ёлка ІЗ Әділет Straße"),
        "қазақстан ёлка із әділет straße"
    );
}

/// A long daily series is thinned to month ends (then quarters, then years),
/// keeping its first point, and every point kept is unchanged.
#[test]
fn progress_is_thinned_to_period_ends() {
    use kenes::dataset::Date;
    use kenes::query::aggregate::{thin_progress, ProgressPoint};
    let start = Date::ymd(2015, 1, 1).unwrap().to_days();
    let daily: Vec<ProgressPoint> = (0..3650)
        .map(|i| ProgressPoint {
            day: Date::from_days(start + i),
            made: i as u64,
            accepted: i as u64 / 2,
            implemented: i as u64 / 3,
        })
        .collect();
    assert_eq!(thin_progress(daily.clone(), 4000), daily);
    let monthly = thin_progress(daily.clone(), 160);
    assert_eq!(monthly.len(), 1 + 120);
    assert_eq!(monthly[0], daily[0]);
    assert_eq!(monthly[1].day, Date::ymd(2015, 1, 31).unwrap());
    assert_eq!(monthly.last(), daily.last());
    assert!(monthly.iter().all(|p| daily.contains(p)));
    let quarterly = thin_progress(daily.clone(), 100);
    assert_eq!(quarterly.len(), 1 + 40);
    assert_eq!(quarterly[1].day, Date::ymd(2015, 3, 31).unwrap());
    let yearly = thin_progress(daily, 20);
    assert_eq!(yearly.len(), 1 + 10);
}

/// The progress series is the same whether its days are summed in a table
/// (the usual path) or in a map and sorted (dates spread over centuries):
/// on the demo, for every session's recommendations and for all of them, at
/// the present and at two earlier days; and partial dates keep their order.
#[test]
fn progress_by_table_equals_progress_by_sorting() {
    use kenes::dataset::Date;
    use kenes::query::aggregate::progress_with;
    let json = std::fs::read_to_string("static/demo.json").expect("the demo");
    let (ds, _) = kenes::dataset::load(&json).expect("loads");
    let all: Vec<u32> = (0..ds.recommendations.len() as u32).collect();
    let mut selections = vec![all.clone()];
    for s in 0..ds.sessions.len() as u16 {
        selections.push(
            all.iter()
                .copied()
                .filter(|&r| ds.recommendations[r as usize].session as u16 == s)
                .collect(),
        );
    }
    for until in [None, Date::parse("2016"), Date::parse("2023-12-14")] {
        for selected in &selections {
            assert_eq!(
                progress_with(&ds, selected, until, i64::MAX),
                progress_with(&ds, selected, until, 0),
            );
        }
    }
    assert!(!progress_with(&ds, &all, None, i64::MAX).is_empty());
}
