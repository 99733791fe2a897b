//! Native tests of the view carried in the URL hash.
//!
//! Index:
//! - `encode`: golden hashes, defaults left out, ids and text escaped.
//! - `decode`: what a link says and the note for everything it cannot say.
//! - `migrations`: old links are brought up to date, with test-only
//!   migrations (the format has one version so far).
//! - `properties`: encode-then-decode gives the view back, and decoding
//!   random input neither panics nor gives a view that does not round-trip.

use std::collections::BTreeSet;

use kenes::dataset::{self, Dataset, Date};
use kenes::query::Filter;
use kenes::report::ChartId;
use kenes::state::{Column, Sort};
use kenes::url_state::{
    decode, decode_with, encode, is_default, Embed, Migration, Note, NoteReason, Params, Slide,
    ViewState, MIGRATIONS, VERSION,
};

/// A small dataset whose ids include the characters a URL must escape, and
/// Cyrillic ones.
const DATA: &str = r#"{
  "kenes": 1,
  "title": "Test",
  "languages": ["en", "ru", "kk"],
  "themes": [
    {"id": "justice", "name": "Justice"},
    {"id": "torture", "name": "Torture", "parent": "justice"},
    {"id": "women", "name": "Women"},
    {"id": "a,b & c=d", "name": "Escapes"},
    {"id": "права человека", "name": "Human rights"}
  ],
  "bodies": [
    {"id": "gpo", "name": "Prosecutor"},
    {"id": "mia", "name": "Interior"},
    {"id": "50%#1", "name": "Half"},
    {"id": "x+y", "name": "Plus"}
  ],
  "sessions": [
    {"id": "s2013", "date": "2013-05-30", "title": "Spring 2013"},
    {"id": "s2014", "date": "2014-01-14", "title": "Summary 2013"},
    {"id": "s/2016?", "date": "2016-03", "title": "Odd id"}
  ],
  "recommendations": [
    {"id": "R-1", "session": "s2013", "themes": ["torture"], "addressees": ["gpo"], "proposed_by": ["x+y"],
     "text": "Move torture investigations to prosecutors", "status": "implemented"},
    {"id": "R-2", "session": "s2014", "themes": ["a,b & c=d", "права человека"], "addressees": ["50%#1", "mia"],
     "text": "Open crisis centres", "status": "rejected"},
    {"id": "R-3", "session": "s/2016?", "themes": ["women"], "addressees": [],
     "text": "Consider the convention", "status": "accepted"}
  ]
}"#;

fn dataset() -> Dataset {
    let (ds, problems) = dataset::load(DATA).expect("the test dataset loads");
    assert!(problems.is_empty(), "{problems:?}");
    ds
}

/// Decodes `hash` and compares the view, written back as its canonical hash,
/// and the notes (one per line after the hash) with `expected`.
#[track_caller]
fn check(hash: &str, expected: &str) {
    let ds = dataset();
    let (view, notes) = decode(&ds, hash);
    let mut actual = encode(&ds, &view);
    for note in &notes {
        actual.push('\n');
        actual.push_str(&note.to_string());
    }
    assert_eq!(actual, expected.trim(), "decoding {hash:?}");
}

/// Encodes `view` and compares with the golden hash, then checks that the
/// hash decodes to the same view without a note.
#[track_caller]
fn check_encode(view: &ViewState, expected: &str) {
    let ds = dataset();
    let hash = encode(&ds, view);
    assert_eq!(hash, expected);
    assert_eq!(
        decode(&ds, &hash),
        (view.clone(), vec![]),
        "decoding {hash:?}"
    );
}

fn set(values: &[u32]) -> BTreeSet<u32> {
    values.iter().copied().collect()
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap()
}

mod encode {
    use super::*;

    #[test]
    fn the_default_view_is_the_version_alone() {
        check_encode(&ViewState::default(), "v=1");
        assert_eq!(
            encode(&dataset(), &ViewState::default()),
            format!("v={VERSION}")
        );
        assert!(is_default(&encode(&dataset(), &ViewState::default())));
        let russian = ViewState {
            language: Some("ru".into()),
            ..ViewState::default()
        };
        assert!(!is_default(&encode(&dataset(), &russian)));
        assert!(!is_default("v=1&q=x"));
        assert!(!is_default(""));
    }

    #[test]
    fn every_key_in_a_fixed_order() {
        let view = ViewState {
            filter: Filter {
                years: Some((2013, 2014)),
                sessions: set(&[1, 0]),
                themes: set(&[1]),
                statuses: set(&[4]),
                addressees: set(&[0]),
                proposers: set(&[3]),
                text: "torture".into(),
            },
            sort: Sort {
                column: Column::Id,
                descending: true,
            },
            page: 2,
            language: Some("ru".into()),
            chart: Some(ChartId::ByTheme),
            embed: Some(Embed::Kpis),
            as_of: Some(date("2015-06")),
            compare: Some((date("2014-01-14"), date("2014-12"))),
            present: Some(2),
            slides: vec![
                Slide {
                    filter: Filter {
                        themes: [0].into_iter().collect(),
                        text: "пытки & co".into(),
                        ..Filter::default()
                    },
                    as_of: Some(date("2011-01-10")),
                    chart: Some(ChartId::ByYear),
                },
                Slide::default(),
            ],
        };
        check_encode(
            &view,
            "v=1&lang=ru&years=2013-2014&session=s2013,s2014&theme=torture&status=implemented\
             &addressee=gpo&proposer=x%2By&q=torture&sort=-id&page=3&chart=by-theme&embed=kpis\
             &asof=2015-06&compare=2014-01-14..2014-12&present=3\
             &slides=v%3D1%26theme%3Djustice%26q%3D%25D0%25BF%25D1%258B%25D1%2582%25D0%25BA%25D0%25B8%2B%2526%2Bco\
             %26chart%3Dby-year%26asof%3D2011-01-10,v%3D1",
        );
    }

    #[test]
    fn one_year_is_written_alone() {
        let view = ViewState {
            filter: Filter {
                years: Some((2014, 2014)),
                ..Filter::default()
            },
            ..ViewState::default()
        };
        check_encode(&view, "v=1&years=2014");
    }

    #[test]
    fn ids_are_escaped_so_commas_and_ampersands_stay_inside_them() {
        let view = ViewState {
            filter: Filter {
                sessions: set(&[2]),
                themes: set(&[3, 4, 0]),
                addressees: set(&[2, 3]),
                ..Filter::default()
            },
            ..ViewState::default()
        };
        check_encode(
            &view,
            "v=1&session=s%2F2016%3F\
             &theme=justice,a%2Cb+%26+c%3Dd,%D0%BF%D1%80%D0%B0%D0%B2%D0%B0+%D1%87%D0%B5%D0%BB%D0%BE%D0%B2%D0%B5%D0%BA%D0%B0\
             &addressee=50%25%231,x%2By",
        );
    }

    #[test]
    fn cyrillic_search_text_is_percent_encoded_utf8() {
        let view = ViewState {
            filter: Filter {
                text: "пытки & права+".into(),
                ..Filter::default()
            },
            ..ViewState::default()
        };
        check_encode(
            &view,
            "v=1&q=%D0%BF%D1%8B%D1%82%D0%BA%D0%B8+%26+%D0%BF%D1%80%D0%B0%D0%B2%D0%B0%2B",
        );
    }

    #[test]
    fn sort_and_embed_spellings() {
        let sort = |column, descending| ViewState {
            sort: Sort { column, descending },
            ..ViewState::default()
        };
        check_encode(&sort(Column::Date, false), "v=1");
        check_encode(&sort(Column::Date, true), "v=1&sort=-date");
        check_encode(&sort(Column::Text, false), "v=1&sort=text");
        check_encode(&sort(Column::Status, true), "v=1&sort=-status");
        let embed = ViewState {
            embed: Some(Embed::Chart(ChartId::Progress)),
            chart: Some(ChartId::ByYear),
            ..ViewState::default()
        };
        check_encode(&embed, "v=1&chart=by-year&embed=progress");
    }

    #[test]
    fn the_default_language_is_the_same_link_as_none() {
        let ds = dataset();
        let english = ViewState {
            language: Some("en".into()),
            ..ViewState::default()
        };
        assert_eq!(encode(&ds, &english), "v=1");
        check("lang=en", "v=1");
    }

    #[test]
    fn indexes_the_dataset_does_not_have_are_left_out() {
        let ds = dataset();
        let view = ViewState {
            filter: Filter {
                themes: set(&[2, 99]),
                ..Filter::default()
            },
            ..ViewState::default()
        };
        assert_eq!(encode(&ds, &view), "v=1&theme=women");
    }

    #[test]
    fn reversed_years_are_written_in_order() {
        let ds = dataset();
        let view = ViewState {
            filter: Filter {
                years: Some((2016, 2013)),
                ..Filter::default()
            },
            ..ViewState::default()
        };
        assert_eq!(encode(&ds, &view), "v=1&years=2013-2016");
    }
}

mod decode {
    use super::*;

    #[test]
    fn with_or_without_the_hash_sign() {
        check("#v=1&theme=women&page=2", "v=1&theme=women&page=2");
        check("v=1&theme=women&page=2", "v=1&theme=women&page=2");
        check("", "v=1");
        check("#", "v=1");
    }

    #[test]
    fn keys_in_any_order() {
        check(
            "asof=2014&page=4&sort=text&status=accepted,rejected&lang=kk&v=1",
            "v=1&lang=kk&status=accepted,rejected&sort=text&page=4&asof=2014",
        );
    }

    #[test]
    fn empty_parameters_are_ignored() {
        check("&&v=1&&q=&theme=&page&theme=,,women,&", "v=1&theme=women");
    }

    #[test]
    fn unescaped_cyrillic_and_plus_signs() {
        let ds = dataset();
        let (view, notes) = decode(&ds, "#q=Права+человека&theme=права%20человека");
        assert_eq!(notes, vec![]);
        assert_eq!(view.filter.text, "Права человека");
        assert_eq!(view.filter.themes, set(&[4]));
        let (view, _) = decode(&ds, "q=%D0%BF%D1%8B%D1%82%D0%BA%D0%B8%2B1");
        assert_eq!(view.filter.text, "пытки+1");
    }

    #[test]
    fn a_lone_percent_sign_stands_for_itself() {
        let ds = dataset();
        let (view, notes) = decode(&ds, "q=100%&addressee=50%%231");
        assert_eq!(notes, vec![]);
        assert_eq!(view.filter.text, "100%");
        assert_eq!(view.filter.addressees, set(&[2]));
    }

    #[test]
    fn years() {
        check("years=2014", "v=1&years=2014");
        check("years=2016-2013", "v=1&years=2013-2016");
        check("years=-5--3", "v=1&years=-5--3");
        check(
            "years=2013-",
            r#"
v=1
years "2013-" is not a year or a range of years like 2013-2014 — ignored"#,
        );
        check(
            "years=20x3&years=2013..2014",
            r#"
v=1
years "20x3" is given again later in the link — the later value is used
years "2013..2014" is not a year or a range of years like 2013-2014 — ignored"#,
        );
        check(
            "years=99999999999",
            r#"
v=1
years "99999999999" is not a year or a range of years like 2013-2014 — ignored"#,
        );
    }

    #[test]
    fn unknown_ids_are_noted_with_a_suggestion() {
        check(
            "theme=tortre,women&addressee=GPO,nobody",
            r#"
v=1&theme=women
theme "tortre" is not in this dataset (did you mean "torture"?) — ignored
addressee "GPO" is not in this dataset (did you mean "gpo"?) — ignored
addressee "nobody" is not in this dataset — ignored"#,
        );
        check(
            "theme=права+челвека",
            r#"
v=1
theme "права челвека" is not in this dataset (did you mean "права человека"?) — ignored"#,
        );
    }

    #[test]
    fn ids_are_not_indexes() {
        check(
            "session=0,1",
            r#"
v=1
session "0" is not in this dataset — ignored
session "1" is not in this dataset — ignored"#,
        );
    }

    #[test]
    fn unknown_keys_are_noted() {
        check(
            "thme=torture&foo=bar&lang=ru",
            r#"
v=1&lang=ru
"thme" is not a setting this report knows (did you mean "theme"?) — ignored
"foo" is not a setting this report knows — ignored"#,
        );
        check(
            "flag",
            r#"
v=1
"flag" is not a setting this report knows — ignored"#,
        );
    }

    #[test]
    fn malformed_values_are_noted() {
        check(
            "page=0&sort=size&asof=2023-02-29&page=x",
            r#"
v=1
page "0" is given again later in the link — the later value is used
sort "size" is not a column (id, date, text or status), with "-" before it to sort down — ignored
asof "2023-02-29" is not a date like 2024, 2024-03 or 2024-03-31 — ignored
page "x" is not a page number (1, 2, 3…) — ignored"#,
        );
        check(
            "page=0",
            r#"
v=1
page "0" is not a page number (1, 2, 3…) — ignored"#,
        );
        check(
            "page=%2B2",
            r#"
v=1
page "+2" is not a page number (1, 2, 3…) — ignored"#,
        );
        check(
            "page=99999999999999999999999",
            r#"
v=1
page "99999999999999999999999" is not a page number (1, 2, 3…) — ignored"#,
        );
        check(
            "sort=--date",
            r#"
v=1
sort "--date" is not a column (id, date, text or status), with "-" before it to sort down — ignored"#,
        );
    }

    #[test]
    fn unknown_charts_are_noted() {
        check(
            "chart=by-yaer&embed=kpi",
            r#"
v=1
chart "by-yaer" is not a chart of this report (did you mean "by-year"?) — ignored
embed "kpi" is not a chart of this report (did you mean "kpis"?) — ignored"#,
        );
        check(
            "chart=sessions&embed=by-status",
            "v=1&chart=sessions&embed=by-status",
        );
    }

    #[test]
    fn a_language_the_dataset_lacks_is_noted_and_left_default() {
        let ds = dataset();
        let (view, notes) = decode(&ds, "lang=de");
        assert_eq!(view.language, None);
        assert_eq!(
            notes,
            vec![Note {
                key: "lang".into(),
                value: "de".into(),
                reason: NoteReason::NotInDataset { suggestion: None },
            }]
        );
        check(
            "lang=RU",
            r#"
v=1
lang "RU" is not in this dataset (did you mean "ru"?) — ignored"#,
        );
    }

    #[test]
    fn the_last_of_a_repeated_key_wins() {
        check(
            "theme=women&lang=kk&theme=torture",
            r#"
v=1&lang=kk&theme=torture
theme "women" is given again later in the link — the later value is used"#,
        );
        // An empty repeat says nothing, so it does not replace the value.
        check("theme=women&theme=", "v=1&theme=women");
    }

    #[test]
    fn escapes_that_are_not_utf8_are_noted() {
        check(
            "q=%FF%FE&theme=women,%C3",
            r#"
v=1&theme=women
q "%FF%FE" has %-escapes that do not spell text — ignored
theme "%C3" has %-escapes that do not spell text — ignored"#,
        );
    }

    #[test]
    fn a_link_without_v_is_version_1() {
        check("theme=women", "v=1&theme=women");
    }

    #[test]
    fn a_newer_version_is_read_as_far_as_it_goes() {
        check(
            "v=2&theme=women&panel=3",
            r#"
v=1&theme=women
the link is version 2, newer than this report reads (up to 1) — settings it does not know are ignored
"panel" is not a setting this report knows — ignored"#,
        );
    }

    #[test]
    fn a_bad_version_is_read_as_version_1() {
        check(
            "v=one&theme=women",
            r#"
v=1&theme=women
v "one" is not a version of the link format — read as version 1"#,
        );
        check(
            "v=0&v=1",
            r#"
v=1
v "0" is given again later in the link — the later value is used"#,
        );
        check(
            "v=0",
            r#"
v=1
v "0" is not a version of the link format — read as version 1"#,
        );
    }

    #[test]
    fn the_example_note() {
        let ds = dataset();
        let (_, notes) = decode(&ds, "#v=1&theme=tortre");
        assert_eq!(
            notes,
            vec![Note {
                key: "theme".into(),
                value: "tortre".into(),
                reason: NoteReason::NotInDataset {
                    suggestion: Some("torture".into())
                },
            }]
        );
        assert_eq!(
            notes[0].to_string(),
            r#"theme "tortre" is not in this dataset (did you mean "torture"?) — ignored"#
        );
    }
}

mod migrations {
    use super::*;

    /// A pretend history: version 1 wrote the years as `from` and `to`, and
    /// version 2 joined them into `years`.
    fn join_years(params: &mut Params) {
        let take = |params: &mut Params, key: &str| {
            let at = params.iter().rposition(|(k, _)| k == key)?;
            Some(params.remove(at).1)
        };
        let from = take(params, "from");
        let to = take(params, "to");
        if let Some(years) = match (from, to) {
            (Some(from), Some(to)) => Some(format!("{from}-{to}")),
            (Some(one), None) | (None, Some(one)) => Some(one),
            (None, None) => None,
        } {
            params.push(("years".into(), years));
        }
    }

    /// Version 3 renamed `search` to `q`.
    fn rename_search(params: &mut Params) {
        for (key, _) in params.iter_mut() {
            if key == "search" {
                *key = "q".into();
            }
        }
    }

    const HISTORY: &[Migration] = &[join_years, rename_search];

    #[track_caller]
    fn check_migrated(migrations: &[Migration], hash: &str, expected: &str) {
        let ds = dataset();
        let (view, notes) = decode_with(&ds, hash, migrations);
        let mut actual = encode(&ds, &view);
        for note in &notes {
            actual.push('\n');
            actual.push_str(&note.to_string());
        }
        assert_eq!(actual, expected.trim(), "decoding {hash:?}");
    }

    #[test]
    fn the_format_has_one_version_so_far() {
        assert_eq!(VERSION, 1);
        assert!(MIGRATIONS.is_empty());
    }

    #[test]
    fn an_old_link_runs_every_later_migration_in_order() {
        check_migrated(
            HISTORY,
            "v=1&from=2013&to=2014&search=torture",
            "v=1&years=2013-2014&q=torture",
        );
        // Without `v`, a link is version 1.
        check_migrated(
            HISTORY,
            "to=2014&search=torture",
            "v=1&years=2014&q=torture",
        );
    }

    #[test]
    fn a_link_runs_only_the_migrations_after_its_version() {
        check_migrated(
            HISTORY,
            "v=2&from=2013&search=torture",
            r#"
v=1&q=torture
"from" is not a setting this report knows — ignored"#,
        );
        check_migrated(
            HISTORY,
            "v=3&years=2013&search=torture",
            r#"
v=1&years=2013
"search" is not a setting this report knows — ignored"#,
        );
    }

    #[test]
    fn migrations_see_values_still_escaped() {
        fn rename_topic(params: &mut Params) {
            for (key, value) in params.iter_mut() {
                if key == "topic" {
                    *key = "theme".into();
                    assert_eq!(value, "a%2Cb+%26+c%3Dd,women");
                }
            }
        }
        check_migrated(
            &[rename_topic],
            "topic=a%2Cb+%26+c%3Dd,women",
            "v=1&theme=women,a%2Cb+%26+c%3Dd",
        );
    }

    #[test]
    fn a_version_beyond_the_list_is_newer() {
        check_migrated(
            HISTORY,
            "v=4&years=2013",
            r#"
v=1&years=2013
the link is version 4, newer than this report reads (up to 3) — settings it does not know are ignored"#,
        );
    }
}

mod properties {
    use super::*;

    /// A small deterministic generator (xorshift64*), so failures reproduce.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn chance(&mut self, percent: usize) -> bool {
            self.below(100) < percent
        }

        fn subset(&mut self, len: usize) -> BTreeSet<u32> {
            if !self.chance(40) {
                return BTreeSet::new();
            }
            (0..len as u32).filter(|_| self.chance(50)).collect()
        }

        fn pick<T: Copy>(&mut self, items: &[T]) -> T {
            items[self.below(items.len())]
        }
    }

    fn random_view(rng: &mut Rng, ds: &Dataset) -> ViewState {
        let mut view = random_view_alone(rng, ds);
        view.present = rng.chance(20).then(|| rng.below(12));
        view.slides = (0..rng.below(3))
            .map(|_| {
                let slide = random_view_alone(rng, ds);
                Slide {
                    filter: slide.filter,
                    as_of: slide.as_of,
                    chart: slide.chart,
                }
            })
            .collect();
        view
    }

    fn random_view_alone(rng: &mut Rng, ds: &Dataset) -> ViewState {
        const TEXT_PIECES: [&str; 10] = [
            "torture",
            "Пытки",
            " ",
            "ұқғөүң",
            "&",
            "a=b",
            "#",
            "%",
            "+",
            ",",
        ];
        const DATES: [&str; 5] = ["2013", "2014-02", "2015-12-31", "2000-02-29", "0001"];
        let years = rng.chance(30).then(|| {
            let a = 1990 + rng.below(40) as i32;
            (a, a + rng.below(5) as i32)
        });
        let text = if rng.chance(40) {
            (0..1 + rng.below(4))
                .map(|_| rng.pick(&TEXT_PIECES))
                .collect()
        } else {
            String::new()
        };
        let column = rng.pick(&[Column::Id, Column::Date, Column::Text, Column::Status]);
        ViewState {
            filter: Filter {
                years,
                sessions: rng.subset(ds.sessions.len()),
                themes: rng.subset(ds.themes.len()),
                statuses: rng.subset(ds.statuses.len()),
                addressees: rng.subset(ds.bodies.len()),
                proposers: rng.subset(ds.bodies.len()),
                text,
            },
            sort: Sort {
                column,
                descending: rng.chance(50),
            },
            page: if rng.chance(30) { rng.below(1000) } else { 0 },
            // The default language is written as `None` (see `encode`).
            language: rng.chance(30).then(|| rng.pick(&["ru", "kk"]).to_string()),
            chart: rng.chance(30).then(|| rng.pick(&ChartId::ALL)),
            embed: rng.chance(20).then(|| {
                if rng.chance(30) {
                    Embed::Kpis
                } else {
                    Embed::Chart(rng.pick(&ChartId::ALL))
                }
            }),
            as_of: rng.chance(30).then(|| date(rng.pick(&DATES))),
            compare: rng
                .chance(20)
                .then(|| (date(rng.pick(&DATES)), date(rng.pick(&DATES)))),
            present: None,
            slides: Vec::new(),
        }
    }

    #[test]
    fn decoding_an_encoded_view_gives_it_back() {
        let ds = dataset();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let view = random_view(&mut rng, &ds);
            let hash = encode(&ds, &view);
            assert_eq!(decode(&ds, &hash), (view.clone(), vec![]), "{hash}");
            assert_eq!(decode(&ds, &format!("#{hash}")).0, view);
            assert!(hash.is_ascii(), "{hash}");
        }
    }

    /// Whatever a link says, the view read from it makes a link that reads
    /// back as the same view with nothing to note.
    #[track_caller]
    fn check_stable(ds: &Dataset, hash: &str) {
        let (view, _) = decode(ds, hash);
        let again = encode(ds, &view);
        assert_eq!(decode(ds, &again), (view, vec![]), "{hash:?} -> {again:?}");
    }

    #[test]
    fn random_bytes_never_panic() {
        let ds = dataset();
        let mut rng = Rng(42);
        for _ in 0..3000 {
            let len = rng.below(80);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            check_stable(&ds, &String::from_utf8_lossy(&bytes));
        }
    }

    #[test]
    fn random_links_from_url_pieces_never_panic() {
        const PIECES: [&str; 40] = [
            "#",
            "&",
            "=",
            ",",
            "%",
            "+",
            "-",
            "v",
            "v=",
            "1",
            "2",
            "0",
            "lang",
            "ru",
            "years",
            "2013",
            "session",
            "s2013",
            "theme",
            "torture",
            "status",
            "accepted",
            "addressee",
            "proposer",
            "x%2By",
            "q",
            "Пытки",
            "%D0",
            "%BF",
            "%FF",
            "sort",
            "-id",
            "page",
            "chart",
            "by-year",
            "embed",
            "kpis",
            "asof",
            "2014-02",
            "é",
        ];
        let ds = dataset();
        let mut rng = Rng(7);
        for _ in 0..5000 {
            let hash: String = (0..rng.below(24)).map(|_| rng.pick(&PIECES)).collect();
            check_stable(&ds, &hash);
        }
    }

    #[test]
    fn regression_huge_values_stay_cheap_and_safe() {
        let ds = dataset();
        let long = "t".repeat(100_000);
        for key in ["theme", "lang", "chart", "years", "page", "v", "x"] {
            check_stable(&ds, &format!("{key}={long}"));
        }
        check_stable(&ds, &"%".repeat(10_000));
        check_stable(&ds, &"&=".repeat(10_000));
    }
}
