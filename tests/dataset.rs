//! Tests of the dataset reader (`kenes::dataset`), through its public API.
//!
//! Index:
//! - `dates`: partial dates: parsing, order, days, display.
//! - `texts`: Text values and language fallback.
//! - `refusals`: documents refused as a whole, each with its message and place.
//! - `records`: record-level problems, each with its exact message and outcome.
//! - `warnings`: problems that keep the record, and how they are summarised.
//! - `history`: `status_on` over histories with partial dates, and `as_of`.
//! - `fixtures`: the valid files in `tests/data`, the bad ones in `tests/data/bad`.
//! - `loader`: the incremental loader agrees with `load`.
//! - `docs`: the example in `docs/dataset-format.md` loads without a problem.
//! - `robustness`: no input makes the reader panic.

use kenes::dataset::{load, Dataset, Problem};
use serde_json::Value;

/// A small valid document in one language: the base the record tests edit.
const BASE: &str = r#"{
  "kenes": 1,
  "title": "Test dataset",
  "themes": [
    {"id": "torture", "name": "Prevention of torture"},
    {"id": "speech", "name": "Freedom of speech"}
  ],
  "bodies": [
    {"id": "gpo", "name": "Prosecutor General's Office", "kind": "prosecution"},
    {"id": "parliament", "name": "Parliament", "kind": "parliament"}
  ],
  "sessions": [{"id": "s1", "date": "2023-12-14", "title": "Concluding meeting"}],
  "recommendations": [
    {"id": "r1", "session": "s1", "text": "Adopt a law", "themes": ["torture"],
     "addressees": ["gpo"], "status": "accepted"}
  ]
}"#;

/// `BASE` with top-level fields replaced: each edit is a field and a JSON value.
fn edited(edits: &[(&str, &str)]) -> String {
    let mut doc: Value = serde_json::from_str(BASE).expect("BASE is JSON");
    for (field, value) in edits {
        let value = serde_json::from_str(value).expect("edit is JSON");
        doc[*field] = value;
    }
    doc.to_string()
}

/// One line per problem: severity, outcome, then the message as displayed.
fn render_problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("{:?}/{:?} {p}\n", p.severity, p.outcome))
        .collect()
}

/// The ids kept in each list, with each recommendation's references.
fn render_dataset(d: &Dataset) -> String {
    let ids = |ids: Vec<&str>| ids.join(" ");
    let mut out = String::new();
    out += &format!(
        "statuses: {}\n",
        ids(d.statuses.iter().map(|s| s.id.as_str()).collect())
    );
    let themes = d.themes.iter().map(|t| match t.parent {
        Some(p) => format!("{}<{}", t.id, d.themes[p as usize].id),
        None => t.id.clone(),
    });
    out += &format!("themes: {}\n", themes.collect::<Vec<_>>().join(" "));
    out += &format!(
        "bodies: {}\n",
        ids(d.bodies.iter().map(|b| b.id.as_str()).collect())
    );
    out += &format!(
        "plans: {}\n",
        ids(d.plans.iter().map(|p| p.id.as_str()).collect())
    );
    out += &format!(
        "sessions: {}\n",
        ids(d.sessions.iter().map(|s| s.id.as_str()).collect())
    );
    for r in &d.recommendations {
        let themes: Vec<&str> = r
            .themes
            .iter()
            .map(|&t| d.themes[t as usize].id.as_str())
            .collect();
        let bodies = |list: &[u32]| -> String {
            list.iter()
                .map(|&b| d.bodies[b as usize].id.as_str())
                .collect::<Vec<_>>()
                .join(",")
        };
        out += &format!(
            "rec {} session={} status={} themes={} addressees={}",
            r.id,
            d.sessions[r.session as usize].id,
            d.statuses[r.status as usize].id,
            themes.join(","),
            bodies(&r.addressees),
        );
        if !r.proposed_by.is_empty() {
            out += &format!(" proposed_by={}", bodies(&r.proposed_by));
        }
        if let Some(plan) = r.plan {
            out += &format!(" plan={}", d.plans[plan as usize].id);
        }
        if let Some(due) = r.due {
            out += &format!(" due={due}");
        }
        if !r.history.is_empty() {
            let changes: Vec<String> = r
                .history
                .iter()
                .map(|c| format!("{}:{}", c.date, d.statuses[c.status as usize].id))
                .collect();
            out += &format!(" history={}", changes.join(","));
        }
        out.push('\n');
    }
    if let Some(as_of) = d.as_of {
        out += &format!("as_of: {as_of}\n");
    }
    out
}

/// Loads a document that must not be refused, and renders its problems.
fn problems_of(json: &str) -> String {
    match load(json) {
        Ok((_, problems)) => render_problems(&problems),
        Err(refusal) => panic!("refused: {refusal}"),
    }
}

fn assert_text(actual: &str, expected: &str) {
    let expected = expected.trim_start_matches('\n');
    assert_eq!(
        actual, expected,
        "\n--- actual ---\n{actual}--- expected ---\n{expected}"
    );
}

mod dates {
    use kenes::dataset::Date;

    fn check(input: &str, expected: &str) {
        let actual = match Date::parse(input) {
            None => "none".to_string(),
            Some(d) => format!(
                "{d} year={} month={:?} day={:?} first={} last={} days={}",
                d.year(),
                d.month(),
                d.day(),
                d.first_day(),
                d.last_day(),
                d.to_days()
            ),
        };
        assert_eq!(actual, expected, "for {input:?}");
    }

    #[test]
    fn parses_three_precisions() {
        check("2024-03-15", "2024-03-15 year=2024 month=Some(3) day=Some(15) first=2024-03-15 last=2024-03-15 days=19797");
        check(
            "2024-02",
            "2024-02 year=2024 month=Some(2) day=None first=2024-02-01 last=2024-02-29 days=19754",
        );
        check(
            "2023-02",
            "2023-02 year=2023 month=Some(2) day=None first=2023-02-01 last=2023-02-28 days=19389",
        );
        check(
            "2024",
            "2024 year=2024 month=None day=None first=2024-01-01 last=2024-12-31 days=19723",
        );
        check("1970-01-01", "1970-01-01 year=1970 month=Some(1) day=Some(1) first=1970-01-01 last=1970-01-01 days=0");
        check("1969-12-31", "1969-12-31 year=1969 month=Some(12) day=Some(31) first=1969-12-31 last=1969-12-31 days=-1");
    }

    #[test]
    fn leap_years() {
        check("2024-02-29", "2024-02-29 year=2024 month=Some(2) day=Some(29) first=2024-02-29 last=2024-02-29 days=19782");
        check("2000-02-29", "2000-02-29 year=2000 month=Some(2) day=Some(29) first=2000-02-29 last=2000-02-29 days=11016");
        check("2023-02-29", "none");
        check("1900-02-29", "none");
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "2023-13-01",
            "2023-02-30",
            "2023-04-31",
            "14.12.2023",
            "2023-1-5",
            "2023-00",
            "2023-01-00",
            "",
            "23",
            "20234",
            "2023-",
            "2023-01-",
            "2023/01/01",
            " 2023",
            "2023-01-01T00:00",
            "２０２３",
            "-202",
        ] {
            check(bad, "none");
        }
    }

    #[test]
    fn partial_dates_sort_before_their_first_day() {
        let mut dates: Vec<Date> = [
            "2024-01-02",
            "2024-01-01",
            "2024",
            "2023-12-31",
            "2024-01",
            "2024-02",
            "2023",
        ]
        .iter()
        .filter_map(|s| Date::parse(s))
        .collect();
        dates.sort();
        let shown: Vec<String> = dates.iter().map(Date::to_string).collect();
        assert_eq!(
            shown.join(" "),
            "2023 2023-12-31 2024 2024-01 2024-01-01 2024-01-02 2024-02"
        );
    }

    #[test]
    fn days_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            let date = Date::from_days(days);
            assert_eq!(date.to_days(), days, "{date}");
            assert_eq!(
                Date::parse(&date.to_string())
                    .filter(|_| date.year() >= 0 && date.year() <= 9999)
                    .unwrap_or(date),
                date
            );
        }
        assert_eq!(Date::from_days(19797).to_string(), "2024-03-15");
        assert_eq!(Date::ymd(2024, 2, 30), None);
        assert_eq!(
            Date::ymd(2024, 2, 29).map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(
            format!("{:?}", Date::parse("2024-03")),
            "Some(Date(2024-03))"
        );
    }
}

mod texts {
    use kenes::dataset::Text;

    /// Shows what each language gets, the dataset's default being "en".
    fn check(text: Text, expected: &str) {
        let actual: Vec<String> = ["en", "ru", "kk"]
            .iter()
            .map(|lang| {
                format!(
                    "{lang}={}{}",
                    text.get(lang, "en"),
                    if text.has(lang) { "" } else { "(fallback)" }
                )
            })
            .collect();
        assert_eq!(actual.join(" "), expected);
    }

    #[test]
    fn plain_string_is_every_language() {
        check(Text::plain("Torture"), "en=Torture ru=Torture kk=Torture");
        assert!(Text::plain("x").is_plain());
        assert_eq!(Text::plain("x").languages().count(), 0);
    }

    #[test]
    fn falls_back_to_default_then_first() {
        check(
            Text::from_pairs([("en", "Torture"), ("ru", "Пытки")]),
            "en=Torture ru=Пытки kk=Torture(fallback)",
        );
        check(
            Text::from_pairs([("kk", "Азаптау"), ("ru", "Пытки")]),
            "en=Азаптау(fallback) ru=Пытки kk=Азаптау",
        );
        check(Text::default(), "en=(fallback) ru=(fallback) kk=(fallback)");
    }

    #[test]
    fn first_value_of_a_language_wins_and_order_is_kept() {
        let text = Text::from_pairs([("ru", "a"), ("en", "b"), ("ru", "c")]);
        assert_eq!(text.languages().collect::<Vec<_>>(), ["ru", "en"]);
        assert_eq!(text.get("ru", "en"), "a");
        assert!(!text.is_empty());
        assert!(Text::from_pairs([("en", " ")]).is_empty());
    }

    /// Language codes of any length, kept in place when short and on the
    /// heap when long, read and compared the same.
    #[test]
    fn language_codes_of_any_length_are_kept_whole() {
        let long = "sr-Latn-RS-x-private-variant";
        let longest_inline = "abcdefghijklmnopqrstuv";
        let text = Text::from_pairs([("kk", "а"), (longest_inline, "b"), (long, "c")]);
        assert_eq!(
            text.languages().collect::<Vec<_>>(),
            ["kk", longest_inline, long]
        );
        assert_eq!(text.get(long, "kk"), "c");
        assert_eq!(text.get(longest_inline, "kk"), "b");
        assert_eq!(text.get("sr-Latn-RS-x-private", "kk"), "а");
        assert!(text.has(long) && !text.has("sr"));
        assert_eq!(
            text.pairs().collect::<Vec<_>>(),
            [("kk", "а"), (longest_inline, "b"), (long, "c")]
        );
        assert_eq!(
            text,
            Text::from_pairs([("kk", "а"), (longest_inline, "b"), (long, "c")])
        );
        assert_ne!(
            text,
            Text::from_pairs([("kk", "а"), (longest_inline, "b"), (long, "d")])
        );
    }

    #[test]
    fn reads_string_or_object() {
        // A theme's name is a Text: what the reader made of it, or the
        // problem that left the theme out.
        let read = |name: &str| {
            let json = format!(
                r#"{{"kenes": 1, "title": "t", "themes": [{{"id": "a", "name": {name}}}],
                    "bodies": [], "sessions": [], "recommendations": []}}"#
            );
            let (ds, problems) = kenes::dataset::load(&json).expect("not refused");
            match ds.themes.first() {
                Some(theme) => format!("{:?}", theme.name),
                None => problems[0].to_string(),
            }
        };
        assert_eq!(read(r#""plain""#), r#""plain""#);
        assert_eq!(
            read(r#"{"en": "a", "ru": "б"}"#),
            r#"{"en": "a", "ru": "б"}"#
        );
        assert_eq!(
            read(r#"{"en": "a\u00e9\n\ud83d\ude00", "en": "b"}"#),
            r#"{"en": "aé\n😀"}"#
        );
        assert_eq!(
            read("12"),
            "themes[0].name: expected a string or an object of strings, found 12"
        );
        assert_eq!(
            read(r#"{"en": 1}"#),
            "themes[0].name.en: expected a string, found 1"
        );
        assert_eq!(
            read(r#"["a"]"#),
            "themes[0].name: expected a string or an object of strings, found a list"
        );
    }
}

mod refusals {
    use kenes::dataset::{load, load_bytes};

    fn check(json: &str, expected: &str) {
        check_bytes(json.as_bytes(), expected);
    }

    fn check_bytes(bytes: &[u8], expected: &str) {
        let actual = match load_bytes(bytes) {
            Ok((_, problems)) => format!("accepted with {} problems", problems.len()),
            Err(refusal) => refusal.to_string(),
        };
        assert_eq!(actual, expected);
        // `load` on text refuses the same way as `load_bytes` on its bytes.
        if let Ok(text) = std::str::from_utf8(bytes) {
            let again = match load(text) {
                Ok((_, problems)) => format!("accepted with {} problems", problems.len()),
                Err(refusal) => refusal.to_string(),
            };
            assert_eq!(again, expected);
        }
    }

    const LISTS: &str = r#""themes": [], "bodies": [], "sessions": [], "recommendations": []"#;

    #[test]
    fn empty_document() {
        check("", "the document is empty");
        check(" \n\t", "the document is empty");
    }

    #[test]
    fn syntax_errors_say_line_and_column() {
        check(
            "{\n  \"kenes\": 1,\n  \"title\": \"x\" \"themes\": []\n}",
            "line 3, column 16: expected `,` or `}`",
        );
        check(
            "{\"kenes\": 1,",
            "line 1, column 12: EOF while parsing a value",
        );
        check("{\"kenes\": 1} x", "line 1, column 14: trailing characters");
        check(
            "{\"title\": \"Диалог\" x}",
            "line 1, column 20: expected `,` or `}`",
        );
        check("kenes: 1", "line 1, column 1: expected value");
    }

    #[test]
    fn not_an_object() {
        check(
            "[1, 2]",
            "line 1, column 1: the document must be a JSON object, found a list",
        );
        check(
            "\n  \"kenes\"",
            "line 2, column 3: the document must be a JSON object, found \"kenes\"",
        );
        check(
            "12",
            "line 1, column 1: the document must be a JSON object, found 12",
        );
        check(
            "null",
            "line 1, column 1: the document must be a JSON object, found null",
        );
    }

    #[test]
    fn version_missing_or_not_one() {
        check(
            &format!(r#"{{"title": "x", {LISTS}}}"#),
            "\"kenes\" is missing; a Kenes v1 document has \"kenes\": 1",
        );
        for (kenes, shown) in [
            ("\"1\"", "\"1\""),
            ("0", "0"),
            ("2", "2"),
            ("1.0", "1.0"),
            ("null", "null"),
        ] {
            check(
                &format!("{{\n \"kenes\": {kenes}, \"title\": \"x\", {LISTS}}}"),
                &format!("line 2, column 11: \"kenes\" is {shown}; this reader knows only version 1 (\"kenes\": 1)"),
            );
        }
    }

    #[test]
    fn required_fields_missing() {
        check(
            &format!(r#"{{"kenes": 1, {LISTS}}}"#),
            "required field \"title\" is missing",
        );
        check(
            r#"{"kenes": 1, "title": "x", "themes": [], "sessions": [], "recommendations": []}"#,
            "required field \"bodies\" is missing",
        );
        check(
            r#"{"kenes": 1, "title": "x", "themes": [], "bodies": [], "sessions": []}"#,
            "required field \"recommendations\" is missing",
        );
    }

    #[test]
    fn required_fields_of_the_wrong_type() {
        check(
            "{\"kenes\": 1, \"title\": \"x\",\n \"themes\": {}, \"bodies\": [], \"sessions\": [], \"recommendations\": []}",
            "line 2, column 12: \"themes\" must be a list, found an object",
        );
        check(
            r#"{"kenes": 1, "title": "x", "themes": [], "bodies": [], "sessions": null, "recommendations": []}"#,
            "line 1, column 68: \"sessions\" must be a list, found null",
        );
        check(
            &format!(r#"{{"kenes": 1, "title": 5, {LISTS}}}"#),
            "line 1, column 23: \"title\" must be a string or an object of strings, found 5",
        );
        check(
            &format!(r#"{{"kenes": 1, "title": {{"en": true}}, {LISTS}}}"#),
            "line 1, column 23: \"title.en\" must be a string, found true",
        );
    }

    #[test]
    fn encodings() {
        let utf16le: Vec<u8> = "{\"kenes\": 1}"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let utf16be: Vec<u8> = "{\"kenes\": 1}"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        check_bytes(
            &utf16le,
            "the document is in UTF-16 LE, not UTF-8; save it as UTF-8",
        );
        check_bytes(
            &utf16be,
            "the document is in UTF-16 BE, not UTF-8; save it as UTF-8",
        );
        check_bytes(
            &[&[0xFF, 0xFE][..], &utf16le].concat(),
            "the document is in UTF-16 LE, not UTF-8; save it as UTF-8",
        );
        check_bytes(
            &[&[0xFE, 0xFF][..], &utf16be].concat(),
            "the document is in UTF-16 BE, not UTF-8; save it as UTF-8",
        );
        // "Café" in Latin-1 on the second line.
        check_bytes(
            b"{\"kenes\": 1,\n \"title\": \"Caf\xE9\"}",
            "line 2, column 15: the document is not UTF-8 (perhaps Latin-1 or Windows-1251); save it as UTF-8",
        );
        // A UTF-8 byte order mark is accepted.
        let with_bom = format!("\u{FEFF}{{\"kenes\": 1, \"title\": \"x\", {LISTS}}}");
        check_bytes(with_bom.as_bytes(), "accepted with 0 problems");
    }
}

mod records {
    use super::*;

    /// References resolve to the record they name in lists of every length
    /// (a short list is searched side by side, a long one through its index,
    /// with the last one found remembered), whatever order they come in.
    #[test]
    fn references_name_their_records_in_short_and_long_lists() {
        for themes in [1, 11, 12, 13, 40] {
            let theme_list: Vec<String> = (0..themes)
                .map(|t| format!(r#"{{"id": "t{t}", "name": "Theme {t}"}}"#))
                .collect();
            // Runs of the same theme, jumps back and forth, and one unknown.
            let picks: Vec<usize> = (0..60).map(|k| (k / 3 * 7 + k % 2) % themes).collect();
            let recs: Vec<String> = picks
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    format!(
                        r#"{{"id": "r{k}", "session": "s", "text": "x", "status": "accepted", "themes": ["t{t}", "t{themes}"], "addressees": []}}"#
                    )
                })
                .collect();
            let json = format!(
                r#"{{"kenes": 1, "title": "t", "themes": [{}], "bodies": [], "sessions": [{{"id": "s", "date": "2020-01-01", "title": "S"}}], "recommendations": [{}]}}"#,
                theme_list.join(","),
                recs.join(",")
            );
            let (ds, problems) = load(&json).expect("loads");
            assert_eq!(ds.recommendations.len(), picks.len(), "{themes} themes");
            for (rec, &t) in ds.recommendations.iter().zip(&picks) {
                let named: Vec<&str> = rec
                    .themes
                    .iter()
                    .map(|&i| ds.themes[i as usize].id.as_str())
                    .collect();
                assert_eq!(named, [format!("t{t}")], "{themes} themes, {}", rec.id);
            }
            assert_eq!(problems.len(), picks.len(), "one unknown theme per record");
        }
    }

    /// Edits `BASE`, loads it and shows the problems, then the dataset kept.
    fn check(edits: &[(&str, &str)], expected: &str) {
        let json = edited(edits);
        let actual = match load(&json) {
            Ok((dataset, problems)) => format!(
                "{}--\n{}",
                render_problems(&problems),
                render_dataset(&dataset)
            ),
            Err(refusal) => panic!("refused: {refusal}"),
        };
        assert_text(&actual, expected);
    }

    #[test]
    fn base_is_valid() {
        check(
            &[],
            r#"
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=gpo
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn unknown_references_are_dropped_with_a_suggestion() {
        check(
            &[(
                "recommendations",
                r#"[{"id": "r1", "session": "s1", "text": "t", "themes": ["torture", "tortre", "housing"],
            "addressees": ["gpo", "GPO", "parlament"], "proposed_by": ["ngo"], "plan": "nap", "status": "accepted"}]"#,
            )],
            r#"
Error/PartDropped recommendations[0].themes[1]: unknown theme "tortre" (did you mean "torture"?)
Error/PartDropped recommendations[0].themes[2]: unknown theme "housing"
Error/PartDropped recommendations[0].addressees[1]: unknown body "GPO" (did you mean "gpo"?)
Error/PartDropped recommendations[0].addressees[2]: unknown body "parlament" (did you mean "parliament"?)
Error/PartDropped recommendations[0].proposed_by[0]: unknown body "ngo"
Error/PartDropped recommendations[0].plan: unknown plan "nap"
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=gpo
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn unknown_session_or_status_leaves_the_record_out() {
        check(
            &[(
                "recommendations",
                r#"[
            {"id": "r1", "session": "s2", "text": "t", "themes": [], "addressees": [], "status": "accepted"},
            {"id": "r2", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "acepted"},
            {"id": "r3", "session": "s9", "text": "t", "themes": [], "addressees": [], "status": "done"},
            {"id": "r4", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "implemented"}]"#,
            )],
            r#"
Error/LeftOut recommendations[0].session: unknown session "s2" (did you mean "s1"?)
Error/LeftOut recommendations[1].status: unknown status "acepted" (did you mean "accepted"?)
Error/LeftOut recommendations[2].session: unknown session "s9" (did you mean "s1"?)
Error/LeftOut recommendations[2].status: unknown status "done"
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r4 session=s1 status=implemented themes= addressees=
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn missing_required_fields() {
        check(
            &[
                (
                    "recommendations",
                    r#"[
            {"session": "s1", "text": "t", "themes": [], "addressees": [], "status": "accepted"},
            {"id": "r2", "text": "t", "themes": [], "addressees": [], "status": "accepted"},
            {"id": "r3", "session": "s1", "text": null, "themes": [], "addressees": []},
            {"id": "r4", "session": "s1", "text": "t", "status": "accepted"}]"#,
                ),
                ("themes", r#"[{"id": "torture"}, {"name": "No id"}]"#),
                (
                    "sessions",
                    r#"[{"id": "s1", "date": "2023-12-14", "title": "x"}, {"id": "s2", "title": "No date"}]"#,
                ),
            ],
            r#"
Error/LeftOut themes[0]: missing required field "name"
Error/LeftOut themes[1]: missing required field "id"
Error/LeftOut sessions[1]: missing required field "date"
Error/LeftOut recommendations[0]: missing required field "id"
Error/LeftOut recommendations[1]: missing required field "session"
Error/LeftOut recommendations[2]: missing required field "text"
Error/LeftOut recommendations[2]: missing required field "status"
Error/Kept recommendations[3]: missing required field "themes"
Error/Kept recommendations[3]: missing required field "addressees"
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: 
bodies: gpo parliament
plans: 
sessions: s1
rec r4 session=s1 status=accepted themes= addressees=
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn duplicate_and_empty_ids_keep_the_first() {
        check(
            &[
                (
                    "themes",
                    r#"[{"id": "torture", "name": "A"}, {"id": "speech", "name": "B"}, {"id": "torture", "name": "C"}, {"id": "", "name": "D"}]"#,
                ),
                (
                    "recommendations",
                    r#"[
            {"id": "r1", "session": "s1", "text": "first", "themes": ["torture"], "addressees": [], "status": "accepted"},
            {"id": "r1", "session": "s1", "text": "second", "themes": [], "addressees": [], "status": "rejected"}]"#,
                ),
            ],
            r#"
Error/LeftOut themes[2].id: duplicate id "torture", already used by themes[0]
Error/LeftOut themes[3].id: id is empty
Error/LeftOut recommendations[1].id: duplicate id "r1", already used by recommendations[0]
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn wrong_json_types_leave_the_record_out() {
        check(
            &[(
                "recommendations",
                r#"[
            {"id": "r1", "session": "s1", "text": "t", "themes": [12], "addressees": [], "status": "accepted"},
            {"id": "r2", "session": "s1", "text": {"en": ["a"]}, "themes": [], "addressees": [], "status": "accepted"},
            "r3",
            {"id": "r4", "session": "s1", "text": "t", "themes": "torture", "addressees": [], "status": "accepted"},
            {"id": "r5", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "accepted", "due": 2024},
            {"id": "r6", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "accepted", "history": {}}]"#,
            )],
            r#"
Error/LeftOut recommendations[0].themes[0]: expected a string, found 12
Error/LeftOut recommendations[1].text.en: expected a string, found a list
Error/LeftOut recommendations[2]: expected an object, found "r3"
Error/LeftOut recommendations[3].themes: expected a list, found "torture"
Error/LeftOut recommendations[4].due: expected a string, found 2024
Error/LeftOut recommendations[5].history: expected a list, found an object
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn reference_to_a_left_out_record_says_so() {
        check(
            &[(
                "sessions",
                r#"[{"id": "s1", "date": "14.12.2023", "title": "x"}]"#,
            )],
            r#"
Error/LeftOut sessions[0].date: "14.12.2023" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)
Error/LeftOut recommendations[0].session: session "s1" was left out because of its own problem
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: 
"#,
        );
        check(
            &[("bodies", r#"[{"id": "gpo", "name": 7}]"#)],
            r#"
Error/LeftOut bodies[0].name: expected a string or an object of strings, found 7
Error/PartDropped recommendations[0].addressees[0]: body "gpo" was left out because of its own problem
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: 
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn bad_optional_dates_are_dropped() {
        check(
            &[
                (
                    "plans",
                    r#"[{"id": "nap", "name": "National action plan", "start": "2024-13", "end": "2026"}]"#,
                ),
                (
                    "recommendations",
                    r#"[{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "accepted",
              "plan": "nap", "due": "2024-02-30"}]"#,
                ),
            ],
            r#"
Error/PartDropped plans[0].start: "2024-13" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)
Error/PartDropped recommendations[0].due: "2024-02-30" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: nap
sessions: s1
rec r1 session=s1 status=accepted themes= addressees= plan=nap
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn bad_vocabulary_values() {
        check(
            &[
                (
                    "statuses",
                    r##"[
              {"id": "open", "name": "Open", "stage": "pending", "color": "#AABBCC"},
              {"id": "done", "name": "Done", "stage": "implemnted", "color": "#00ff00"},
              {"id": "yes", "name": "Yes", "stage": "accepted", "color": "green"},
              {"id": "no", "name": "No", "stage": "refused"},
              {"id": "later", "name": "Later"}]"##,
                ),
                (
                    "bodies",
                    r##"[{"id": "gpo", "name": "GPO", "kind": "goverment"}, {"id": "x", "name": "X", "kind": "company"}]"##,
                ),
                (
                    "sessions",
                    r##"[{"id": "s1", "date": "2023-12-14", "title": "x", "format": "online "}]"##,
                ),
                (
                    "recommendations",
                    r##"[{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "yes"}]"##,
                ),
            ],
            r##"
Error/LeftOut statuses[1].stage: "implemnted" is not a stage (did you mean "implemented"?)
Error/PartDropped statuses[2].color: "green" is not a color (write #rrggbb)
Error/LeftOut statuses[3].stage: "refused" is not a stage (expected one of: pending, accepted, in_progress, implemented, declined)
Error/LeftOut statuses[4]: missing required field "stage"
Error/PartDropped bodies[0].kind: "goverment" is not a body kind (did you mean "government"?)
Error/PartDropped bodies[1].kind: "company" is not a body kind (expected one of: government, parliament, judiciary, prosecution, ombudsman, civil_society, international, state, other)
Error/PartDropped sessions[0].format: "online " is not a session format (did you mean "online"?)
--
statuses: open yes
themes: torture speech
bodies: gpo x
plans: 
sessions: s1
rec r1 session=s1 status=yes themes= addressees=
as_of: 2023-12-14
"##,
        );
    }

    #[test]
    fn history_changes_with_bad_parts_are_dropped() {
        check(
            &[(
                "recommendations",
                r#"[{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "implemented",
            "history": [
              {"date": "2023-12-14", "status": "under_consideration"},
              {"date": "March 2024", "status": "accepted"},
              {"date": "2024-05", "status": "in_progres"},
              {"status": "in_progress"},
              {"date": "2024-06"},
              [1, 2],
              {"date": "2025", "status": "implemented", "note": 3}
            ]}]"#,
            )],
            r#"
Error/PartDropped recommendations[0].history[1].date: "March 2024" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)
Error/PartDropped recommendations[0].history[2].status: unknown status "in_progres" (did you mean "in_progress"?)
Error/PartDropped recommendations[0].history[3]: missing required field "date"
Error/PartDropped recommendations[0].history[4]: missing required field "status"
Error/PartDropped recommendations[0].history[5]: expected an object, found a list
Error/PartDropped recommendations[0].history[6].note: expected a string or an object of strings, found 3
Warning/Kept recommendations[0].history: the last change is to "under_consideration" but the status is "implemented"
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=implemented themes= addressees= history=2023-12-14:under_consideration
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn theme_parents() {
        check(
            &[(
                "themes",
                r#"[
            {"id": "rights", "name": "Rights"},
            {"id": "civil", "name": "Civil rights", "parent": "rights"},
            {"id": "speech", "name": "Speech", "parent": "civil"},
            {"id": "torture", "name": "Torture", "parent": "rigths"},
            {"id": "a", "name": "A", "parent": "b"},
            {"id": "b", "name": "B", "parent": "a"},
            {"id": "self", "name": "Self", "parent": "self"},
            {"id": "press", "name": "Press", "parent": "media"},
            {"id": "media", "name": "Media"}]"#,
            )],
            r#"
Error/PartDropped themes[3].parent: unknown theme "rigths" (did you mean "rights"?)
Error/PartDropped themes[6].parent: parent "self" leads back to "self"; the parent is dropped
Warning/Corrected themes[2].parent: parent "civil" has a parent itself; themes nest one level deep, so this theme is placed under "rights"
Error/PartDropped themes[4].parent: parent "b" leads back to "a"; the parent is dropped
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: rights civil<rights speech<rights torture a b<a self press<media media
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=gpo
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn session_references() {
        check(
            &[(
                "sessions",
                r#"[{"id": "s1", "date": "2023-12-14", "title": "x", "participants": ["gpo", "gpo", "ombudsman"], "themes": ["speech", "spech"]}]"#,
            )],
            r#"
Warning/PartDropped sessions[0].participants[1]: body "gpo" is listed twice
Error/PartDropped sessions[0].participants[2]: unknown body "ombudsman"
Error/PartDropped sessions[0].themes[1]: unknown theme "spech" (did you mean "speech"?)
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=gpo
as_of: 2023-12-14
"#,
        );
    }

    #[test]
    fn bad_optional_top_level_fields_are_dropped() {
        check(
            &[
                ("as_of", r#""end of 2024""#),
                ("languages", r#""en""#),
                ("description", "[1]"),
                ("plans", "{}"),
                ("statuses", "5"),
            ],
            r#"
Error/PartDropped languages: expected a list, found "en"
Error/PartDropped description: expected a string or an object of strings, found a list
Error/PartDropped as_of: "end of 2024" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)
Error/PartDropped statuses: expected a list, found 5
Error/PartDropped plans: expected a list, found an object
--
statuses: under_consideration accepted partially_accepted in_progress implemented noted rejected
themes: torture speech
bodies: gpo parliament
plans: 
sessions: s1
rec r1 session=s1 status=accepted themes=torture addressees=gpo
as_of: 2023-12-14
"#,
        );
    }
}

mod warnings {
    use super::*;

    fn check(edits: &[(&str, &str)], expected: &str) {
        assert_text(&problems_of(&edited(edits)), expected);
    }

    #[test]
    fn missing_translations_are_summarised() {
        // Three languages, texts mostly in English only: one line per list,
        // field and language, however many records there are.
        let recs: Vec<String> = (0..50)
            .map(|i| format!(r#"{{"id": "r{i}", "session": "s1", "text": {{"en": "t"}}, "themes": [], "addressees": [], "status": "accepted"}}"#))
            .collect();
        check(
            &[
                ("languages", r#"["en", "ru", "kk"]"#),
                ("title", r#"{"en": "T", "ru": "Т", "kk": "Т"}"#),
                (
                    "themes",
                    r#"[{"id": "torture", "name": {"en": "Torture", "ru": "Пытки"}}, {"id": "speech", "name": "Speech"}]"#,
                ),
                ("recommendations", &format!("[{}]", recs.join(","))),
            ],
            r#"
Warning/Kept themes[0].name: no "kk" translation
Warning/Kept recommendations[0].text: no "ru" translation (and 49 more like it)
Warning/Kept recommendations[0].text: no "kk" translation (and 49 more like it)
"#,
        );
    }

    #[test]
    fn default_language_missing_is_reported_too() {
        check(
            &[
                ("themes", r#"[{"id": "torture", "name": {"ru": "Пытки"}}]"#),
                ("recommendations", "[]"),
            ],
            r#"
Warning/Kept themes[0].name: no "en" translation
"#,
        );
    }

    #[test]
    fn unknown_fields_are_summarised_with_a_suggestion() {
        check(
            &[
                ("colour", "1"),
                (
                    "statuses",
                    r##"[{"id": "ok", "name": "OK", "stage": "accepted", "colour": "#00ff00"}]"##,
                ),
                (
                    "recommendations",
                    r#"[
              {"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "ok", "adressees": ["gpo"], "extra": 1},
              {"id": "r2", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "ok", "adressees": ["gpo"],
               "history": [{"date": "2024", "status": "ok", "comment": "x"}]}]"#,
                ),
            ],
            r#"
Warning/Kept unknown field "colour"
Warning/Kept statuses[0]: unknown field "colour" (did you mean "color"?)
Warning/Kept recommendations[0]: unknown field "adressees" (did you mean "addressees"?) (and 1 more like it)
Warning/Kept recommendations[0]: unknown field "extra"
Warning/Kept recommendations[1].history[0]: unknown field "comment"
"#,
        );
    }

    #[test]
    fn history_out_of_order_is_sorted() {
        let json = edited(&[(
            "recommendations",
            r#"[{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "implemented",
            "history": [{"date": "2024-03", "status": "accepted"}, {"date": "2023-12-14", "status": "under_consideration"},
                        {"date": "2025-01-10", "status": "implemented"}, {"date": "2024-03-01", "status": "in_progress"}]}]"#,
        )]);
        let (dataset, problems) = load(&json).expect("loads");
        assert_text(
            &render_problems(&problems),
            r#"
Warning/Corrected recommendations[0].history: changes are not oldest first; they were sorted by date
"#,
        );
        assert!(render_dataset(&dataset).contains(
            "history=2023-12-14:under_consideration,2024-03:accepted,2024-03-01:in_progress,2025-01-10:implemented\n"
        ));
    }

    #[test]
    fn history_whose_last_status_differs() {
        check(
            &[(
                "recommendations",
                r#"[{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "implemented",
            "history": [{"date": "2023-12-14", "status": "under_consideration"}, {"date": "2024", "status": "accepted"}]}]"#,
            )],
            r#"
Warning/Kept recommendations[0].history: the last change is to "accepted" but the status is "implemented"
"#,
        );
    }

    #[test]
    fn languages_listed_badly() {
        check(
            &[("languages", "[]")],
            r#"
Warning/Corrected languages: no languages listed; using "en"
"#,
        );
        check(
            &[("languages", r#"["en", "ru", "en"]"#)],
            r#"
Warning/PartDropped languages[2]: language "en" is listed twice
"#,
        );
    }

    #[test]
    fn duplicate_top_level_field() {
        let json = BASE.replacen("\"kenes\": 1,", "\"kenes\": 1, \"title\": \"Second\",", 1);
        assert_text(
            &problems_of(&json),
            r#"
Warning/Kept field "title" is given twice; the first is read
"#,
        );
    }
}

mod history {
    use super::*;
    use kenes::dataset::Date;

    /// Shows a recommendation's status on each day (`-` before it was made).
    fn check(recommendation: &str, days: &[&str], expected: &str) {
        let json = edited(&[("recommendations", &format!("[{recommendation}]"))]);
        let (dataset, problems) = load(&json).expect("loads");
        assert_eq!(render_problems(&problems), "");
        let rec = &dataset.recommendations[0];
        let actual: Vec<String> = days
            .iter()
            .map(|day| {
                let date = Date::parse(day).expect("test day");
                let status = dataset
                    .status_on(rec, date)
                    .map_or("-", |s| dataset.statuses[s as usize].id.as_str());
                format!("{day}={status}")
            })
            .collect();
        assert_eq!(actual.join(" "), expected);
    }

    #[test]
    fn status_on_with_partial_dates() {
        check(
            r#"{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "implemented",
               "history": [{"date": "2023-12-14", "status": "under_consideration"}, {"date": "2024-03", "status": "accepted"},
                           {"date": "2024-03-20", "status": "in_progress"}, {"date": "2025", "status": "implemented"}]}"#,
            &["2023-12-13", "2023-12", "2023-12-14", "2024-02-29", "2024-03-01", "2024-03", "2024-03-19", "2024", "2025-01-01", "2025"],
            "2023-12-13=- 2023-12=under_consideration 2023-12-14=under_consideration 2024-02-29=under_consideration \
             2024-03-01=accepted 2024-03=in_progress 2024-03-19=accepted 2024=in_progress 2025-01-01=implemented 2025=implemented",
        );
    }

    #[test]
    fn status_on_without_history_is_the_status() {
        check(
            r#"{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "noted"}"#,
            &["2023-12-13", "2023-12-14", "2030"],
            "2023-12-13=- 2023-12-14=noted 2030=noted",
        );
    }

    #[test]
    fn first_change_after_the_session_counts_from_the_session() {
        check(
            r#"{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "accepted",
               "history": [{"date": "2024-06", "status": "accepted"}]}"#,
            &["2023-12-14", "2024-05-31", "2024-06"],
            "2023-12-14=accepted 2024-05-31=accepted 2024-06=accepted",
        );
    }

    fn as_of(edits: &[(&str, &str)]) -> String {
        let (dataset, _) = load(&edited(edits)).expect("loads");
        dataset.as_of.map_or("none".to_string(), |d| d.to_string())
    }

    #[test]
    fn as_of_is_given_or_the_latest_session_or_change() {
        assert_eq!(as_of(&[("as_of", r#""2024-06""#)]), "2024-06");
        assert_eq!(as_of(&[]), "2023-12-14");
        // Change dates count; a due date (a deadline, in the future) does not.
        assert_eq!(
            as_of(&[(
                "recommendations",
                r#"[{"id": "r1", "session": "s1", "text": "t", "themes": [], "addressees": [], "status": "accepted",
                "due": "2030", "history": [{"date": "2024-03", "status": "accepted"}]}]"#
            )]),
            "2024-03"
        );
        assert_eq!(
            as_of(&[("sessions", "[]"), ("recommendations", "[]")]),
            "none"
        );
    }
}

mod fixtures {
    use super::*;
    use kenes::dataset::{left_out, load_bytes, Stage};
    use kenes::i18n;
    use std::path::Path;

    /// The headline figures of a dataset as of its `as_of`: counts by stage
    /// and the two rates of the format.
    fn figures(d: &Dataset) -> String {
        let day = d.as_of.expect("dataset has dates");
        let mut by_stage = [0usize; 5];
        for rec in &d.recommendations {
            if let Some(status) = d.status_on(rec, day) {
                by_stage[d.stage(status) as usize] += 1;
            }
        }
        let count = |stage: Stage| by_stage[stage as usize];
        let accepted =
            count(Stage::Accepted) + count(Stage::InProgress) + count(Stage::Implemented);
        let decided = accepted + count(Stage::Declined);
        let rate = |part: usize, whole: usize| {
            if whole == 0 {
                "n/a".to_string()
            } else {
                format!("{:.1}%", 100.0 * part as f64 / whole as f64)
            }
        };
        format!(
            "as_of={day} recommendations={} sessions={} themes={} bodies={} pending={} accepted={} in_progress={} implemented={} declined={} acceptance={} implementation={}",
            d.recommendations.len(), d.sessions.len(), d.themes.len(), d.bodies.len(),
            count(Stage::Pending), count(Stage::Accepted), count(Stage::InProgress), count(Stage::Implemented), count(Stage::Declined),
            rate(accepted, decided), rate(count(Stage::Implemented), accepted),
        )
    }

    fn check(file: &str, expected_problems: &str, expected_figures: &str) {
        let bytes = std::fs::read(Path::new("tests/data").join(file)).expect("fixture exists");
        let (dataset, problems) =
            load_bytes(&bytes).unwrap_or_else(|r| panic!("{file} refused: {r}"));
        assert_text(&render_problems(&problems), expected_problems);
        assert_eq!(figures(&dataset), expected_figures, "{file}");
    }

    #[test]
    fn format_example() {
        // The shared format's own example lists three languages but
        // translates few texts, so it loads with missing-translation
        // warnings (and nothing else).
        check("format-example.json", r#"
Warning/Kept title: no "kk" translation
Warning/Kept themes[0].name: no "kk" translation
Warning/Kept bodies[0].name: no "ru" translation (and 1 more like it)
Warning/Kept bodies[0].name: no "kk" translation (and 1 more like it)
Warning/Kept sessions[0].title: no "ru" translation
Warning/Kept sessions[0].title: no "kk" translation
Warning/Kept recommendations[0].text: no "ru" translation
Warning/Kept recommendations[0].text: no "kk" translation
"#, "as_of=2024-03 recommendations=1 sessions=1 themes=1 bodies=2 pending=0 accepted=1 in_progress=0 implemented=0 declined=0 acceptance=100.0% implementation=0.0%");
    }

    #[test]
    fn minimal_without_statuses() {
        check("minimal-no-statuses.json", "", "as_of=2023-06-01 recommendations=3 sessions=1 themes=1 bodies=1 pending=1 accepted=1 in_progress=0 implemented=0 declined=1 acceptance=50.0% implementation=0.0%");
    }

    #[test]
    fn one_language_plain_strings() {
        check("one-language.json", "", "as_of=2024-12-31 recommendations=4 sessions=2 themes=3 bodies=3 pending=0 accepted=1 in_progress=1 implemented=1 declined=1 acceptance=75.0% implementation=33.3%");
    }

    #[test]
    fn three_languages_with_custom_statuses() {
        check("three-languages.json", "", "as_of=2025-02 recommendations=3 sessions=2 themes=2 bodies=2 pending=0 accepted=0 in_progress=1 implemented=1 declined=1 acceptance=66.7% implementation=50.0%");
    }

    /// Every `tests/data/bad/NAME.json` loads (or is refused) with exactly the
    /// lines of `NAME.expected`: each problem as the reader sees it in English,
    /// then in Russian and in Kazakh (after `-- ru` and `-- kk`), and last in
    /// each language the line that counts what was left out, as the report
    /// shows them. `KENES_BLESS=1` writes the files instead of comparing.
    #[test]
    fn bad_documents() {
        let mut names: Vec<_> = std::fs::read_dir("tests/data/bad")
            .expect("tests/data/bad exists")
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        assert!(names.len() >= 35, "bad fixtures are missing");
        let bless = std::env::var_os("KENES_BLESS").is_some();
        let mut wrong = Vec::new();
        for path in names {
            let bytes = std::fs::read(&path).expect("readable");
            let result = load_bytes(&bytes);
            let mut actual = String::new();
            for lang in ["en", "ru", "kk"] {
                if lang != "en" {
                    actual += &format!("-- {lang}\n");
                }
                match &result {
                    Ok((dataset, problems)) => {
                        for problem in problems {
                            actual += &format!("{}\n", i18n::problem_message(lang, problem));
                        }
                        let left_out = i18n::left_out_summary(lang, &left_out(dataset, problems));
                        if !left_out.is_empty() {
                            actual += &format!("{left_out}\n");
                        }
                    }
                    Err(refusal) => {
                        actual += &format!("{}\n", i18n::refusal_message(lang, refusal))
                    }
                }
            }
            let expected_path = path.with_extension("expected");
            if bless {
                std::fs::write(&expected_path, &actual).expect("writable");
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if actual != expected {
                wrong.push(format!(
                    "{}:\n--- actual ---\n{actual}--- expected ---\n{expected}",
                    path.display()
                ));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    /// A file over the size limit is refused before it is read, with the
    /// limit named, in every language.
    #[test]
    fn too_large() {
        let size = 300 * 1024 * 1024;
        let refusal = kenes::dataset::check_size(size).expect_err("refused");
        let messages: Vec<String> = ["en", "ru", "kk"]
            .iter()
            .map(|&lang| i18n::refusal_message(lang, &refusal))
            .collect();
        assert_eq!(
            messages,
            [
                "the file is 300 MB; the report reads files of at most 256 MB",
                "файл занимает 300 МБ; отчёт читает файлы не больше 256 МБ",
                "файл көлемі 300 МБ; есеп 256 МБ-тан аспайтын файлдарды оқиды",
            ]
        );
        assert!(kenes::dataset::check_size(kenes::dataset::MAX_BYTES).is_ok());
    }
}

mod loader {
    use super::*;
    use kenes::dataset::{load_bytes, Loader, Progress, Refusal};

    #[test]
    fn steps_report_progress_and_agree_with_load() {
        let json = std::fs::read_to_string("tests/data/one-language.json").expect("fixture");
        let mut loader = Loader::parse(&json).expect("parses");
        let mut seen = Vec::new();
        while !loader.is_done() {
            let Progress { done, total } = loader.step(3).expect("JSON");
            seen.push(format!("{done}/{total}"));
        }
        // 7 default statuses are built in, so the 3 themes, 3 bodies,
        // 2 sessions and 4 recommendations are the 12 records to validate.
        assert_eq!(seen.join(" "), "3/12 6/12 9/12 12/12 12/12");
        let stepped = loader.finish().expect("JSON");
        assert_eq!(stepped, load(&json).expect("loads"));
    }

    /// Reads `bytes` as they would arrive, `part` bytes at a time, with
    /// every step there is work for between two parts; returns the result
    /// and how many records were validated before the last byte came.
    fn streamed(bytes: &[u8], part: usize) -> (Result<(Dataset, Vec<Problem>), Refusal>, usize) {
        let mut loader = Loader::streaming(bytes.len());
        for chunk in bytes.chunks(part) {
            loader.feed(chunk);
            while loader.has_work() {
                loader.step(2).expect("nothing is refused before the end");
            }
        }
        let ahead = loader.progress().done;
        (loader.finish(), ahead)
    }

    /// Every document, read as it arrives in parts of any size, gives what
    /// reading it whole gives: the same dataset and problems, or the same
    /// refusal at the same place.
    #[test]
    fn a_document_read_as_it_arrives_reads_as_a_whole_one() {
        let mut paths = Vec::new();
        for dir in ["tests/data", "tests/data/bad", "tests/data/hostile"] {
            for entry in std::fs::read_dir(dir).expect("fixtures").flatten() {
                if entry.path().extension().is_some_and(|e| e == "json") {
                    paths.push(entry.path());
                }
            }
        }
        let mut docs: Vec<(String, Vec<u8>)> = paths
            .iter()
            .map(|p| (p.display().to_string(), std::fs::read(p).expect("readable")))
            .collect();
        // Fields after the recommendations (what was read ahead is read
        // again), a record that is not JSON among them, and one that is not
        // UTF-8.
        let late = [
            ("plans after", BASE.replacen("\n}", ",\"plans\": []}", 1)),
            ("unknown after", BASE.replacen("\n}", ",\"extra\": 1}", 1)),
            (
                "twice",
                BASE.replacen("\n}", ",\"recommendations\": []}", 1),
            ),
            (
                "bad record",
                BASE.replacen("\"text\": \"Adopt", "\"text\" \"Adopt", 1),
            ),
            (
                "kenes after",
                BASE.replacen("\"kenes\": 1,", "", 1)
                    .replacen("\n}", ",\"kenes\": 1}", 1),
            ),
        ];
        for (name, doc) in late {
            docs.push((name.to_string(), doc.into_bytes()));
        }
        let mut not_utf8 = BASE.as_bytes().to_vec();
        let at = BASE.find("Adopt").expect("a text");
        not_utf8[at] = 0xFF;
        docs.push(("not UTF-8".to_string(), not_utf8));
        for (name, bytes) in &docs {
            let whole = load_bytes(bytes);
            let parts: &[usize] = if bytes.len() < 20_000 {
                &[1, 7, 100, 4096]
            } else {
                &[4096, 65_536]
            };
            for &part in parts {
                let (read, _) = streamed(bytes, part);
                assert_eq!(read, whole, "{name} in parts of {part}");
            }
        }
    }

    /// A document in the usual order is validated while it arrives, and
    /// one with fields after its recommendations is read again when whole.
    #[test]
    fn the_records_are_validated_as_they_arrive() {
        let record = |i: usize| {
            format!(
                r#", {{"id": "r{i}", "session": "s1", "text": "Adopt", "themes": [],
                "addressees": ["gpo"], "status": "accepted"}}"#
            )
        };
        let more: String = (2..=50).map(record).collect();
        let many = BASE.replacen("\"accepted\"}", &format!("\"accepted\"}}{more}"), 1);
        let (read, ahead) = streamed(many.as_bytes(), 64);
        let (dataset, _) = read.expect("loads");
        assert_eq!(dataset.recommendations.len(), 50);
        // The statuses, themes, bodies and session, and all but the records
        // in the last part.
        assert!(ahead > 50, "{ahead} validated before the end");
        let late = many.replacen("\n}", ",\"plans\": []}", 1);
        let (read, _) = streamed(late.as_bytes(), 64);
        assert_eq!(read, load_bytes(late.as_bytes()));
    }

    #[test]
    fn finish_before_done_validates_the_rest() {
        let json = std::fs::read_to_string("tests/data/format-example.json").expect("fixture");
        let loader = Loader::parse(&json).expect("parses");
        assert_eq!(loader.progress(), Progress { done: 0, total: 5 });
        assert_eq!(loader.finish(), load(&json));
    }
}

mod docs {
    use super::*;

    /// The first JSON example in the user documentation must load cleanly.
    #[test]
    fn user_guide_example_loads_without_problems() {
        let doc = std::fs::read_to_string("docs/dataset-format.md")
            .expect("docs/dataset-format.md exists");
        let start = doc.find("```json\n").expect("a json block") + "```json\n".len();
        let end = start + doc[start..].find("```").expect("block end");
        let (dataset, problems) = load(&doc[start..end]).unwrap_or_else(|r| panic!("refused: {r}"));
        assert_eq!(render_problems(&problems), "");
        assert!(!dataset.recommendations.is_empty());
    }

    /// Every message quoted in the guide as "the reader says" is real: the
    /// bad documents' expected outputs contain it.
    #[test]
    fn messages_quoted_in_the_guide_are_real() {
        let doc = std::fs::read_to_string("docs/dataset-format.md").expect("docs exist");
        let mut known = String::new();
        for entry in std::fs::read_dir("tests/data/bad")
            .expect("bad fixtures")
            .flatten()
        {
            if entry.path().extension().is_some_and(|e| e == "expected") {
                known += &std::fs::read_to_string(entry.path()).expect("readable");
            }
        }
        // The one refusal no file in the corpus can show: 300 MB is too much
        // to keep in the repository.
        let too_large = kenes::dataset::check_size(300 * 1024 * 1024).expect_err("refused");
        known += &format!("{too_large}\n");
        // Indented code blocks (four spaces or more) outside fenced blocks.
        let mut fenced = false;
        let mut quoted = Vec::new();
        for line in doc.lines() {
            if line.starts_with("```") {
                fenced = !fenced;
            } else if !fenced && line.starts_with("    ") && !line.trim().is_empty() {
                quoted.push(line.trim());
            }
        }
        assert!(!quoted.is_empty());
        for line in quoted {
            assert!(
                known.lines().any(|k| k == line),
                "the guide quotes a message no fixture produces: {line}"
            );
        }
    }
}

mod robustness {
    use super::*;
    use kenes::dataset::load_bytes;

    /// Cutting a valid document anywhere, or changing one byte, must give a
    /// refusal or a dataset, never a panic.
    #[test]
    fn truncated_and_mutated_documents_do_not_panic() {
        let json = std::fs::read("tests/data/one-language.json").expect("fixture");
        for cut in 0..json.len() {
            let _ = load_bytes(&json[..cut]);
        }
        let replacements = [
            b'"', b'{', b'}', b'[', b']', b',', b':', b'0', b'x', 0xFF, b' ', b'\\',
        ];
        for at in (0..json.len()).step_by(3) {
            for &byte in &replacements {
                let mut bytes = json.clone();
                bytes[at] = byte;
                let _ = load_bytes(&bytes);
            }
        }
    }

    #[test]
    fn deeply_nested_values_do_not_overflow_the_stack() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let json = format!(
            r#"{{"kenes": 1, "title": "x", "themes": [{deep}, {{"id": "a", "name": "A", "extra": {deep}}}, {{"id": "b", "name": {{"en": {deep}}}}}],
                "bodies": [], "sessions": [], "recommendations": []}}"#
        );
        assert_text(
            &problems_of(&json),
            r#"
Error/LeftOut themes[0]: expected an object, found a list
Error/LeftOut themes[2].name.en: expected a string, found a list
Warning/Kept themes[1]: unknown field "extra"
"#,
        );
    }
}

/// The reader's own JSON syntax check against serde_json's, on documents
/// broken a few bytes at a time: the same documents are refused as not
/// JSON, in the same words.
mod syntax {
    use kenes::dataset::{load, RefusalKind};
    use serde::de::IgnoredAny;
    use std::collections::HashMap;

    /// A small deterministic generator (xorshift), so a failure reproduces.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// Bits of JSON and not-JSON to insert. Half surrogates and numbers out
    /// of range are left out: JSON allows both, and the two readers treat
    /// them differently on purpose (see `dataset::json`).
    const TOKENS: &[&str] = &[
        ",",
        "]",
        "}",
        "[",
        "{",
        "null",
        "1",
        "\"x\"",
        "[]",
        "{}",
        "\\",
        "-",
        "01",
        "tru",
        "\"a\":1",
        " ",
        "\n",
        ":",
        "\"",
        "1.",
        "-0",
        "2.5e3",
        "\"\\x\"",
        "\\u12",
        "\t",
        "false",
        "1E+2",
        ".5",
        "+1",
        "0x1",
        "NaN",
        "\"\\u00e9\"",
        "é",
        "\u{1}",
    ];

    /// Where serde_json places an error whose place the reader gives as
    /// the offending character itself (serde_json differs between its
    /// paths by a character).
    const PLACED_ON_THE_CHARACTER: &[&str] = &[
        "control character (\\u0000-\\u001F) found while parsing a string",
        "invalid escape",
    ];

    #[test]
    fn broken_documents_are_refused_as_serde_json_refuses_them() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let fixtures = [
            include_str!("data/three-languages.json"),
            include_str!("data/format-example.json"),
        ];
        let mut refused = 0;
        for round in 0..3000 {
            let mut doc = fixtures[round % fixtures.len()].to_string();
            for _ in 0..1 + rng.below(3) {
                let mut at = rng.below(doc.len() + 1);
                while !doc.is_char_boundary(at) {
                    at -= 1;
                }
                if rng.below(2) == 0 {
                    let mut end = (at + 1 + rng.below(4)).min(doc.len());
                    while !doc.is_char_boundary(end) {
                        end += 1;
                    }
                    doc.replace_range(at..end, "");
                } else {
                    doc.insert_str(at, TOKENS[rng.below(TOKENS.len())]);
                }
            }
            // The document's own object field by field, the values skipped,
            // as the reader reads it.
            let theirs = serde_json::from_str::<HashMap<String, IgnoredAny>>(&doc);
            let ours = match load(&doc) {
                Err(refusal) => match refusal.kind {
                    RefusalKind::Syntax { message } => {
                        Some((message, refusal.line, refusal.column))
                    }
                    _ => None,
                },
                Ok(_) => None,
            };
            let doc_starts_with_an_object = doc.trim_start().starts_with('{');
            match (theirs, ours) {
                (Ok(_), None) => {}
                (Err(err), Some((message, line, column))) => {
                    refused += 1;
                    let words = err.to_string();
                    let words = words.split(" at line ").next().unwrap_or_default();
                    assert_eq!(message, words, "{doc}");
                    if !PLACED_ON_THE_CHARACTER.contains(&words) {
                        let theirs = char_column(&doc, err.line(), err.column());
                        assert_eq!(
                            (line, column),
                            (Some(err.line()), Some(theirs)),
                            "{message} in {doc}"
                        );
                    }
                }
                // A document that is not an object is named as such before
                // the rest of it is read, as serde_json reads it too.
                (Err(_), None) if !doc_starts_with_an_object => {}
                (theirs, ours) => panic!("serde_json: {theirs:?}, reader: {ours:?}, for\n{doc}"),
            }
        }
        // The mutations do break documents, or the test would prove nothing.
        assert!(refused > 1000, "{refused}");
    }

    /// serde_json's column, in bytes, as a column in characters (the
    /// reader's way): the character that holds the byte.
    fn char_column(doc: &str, line: usize, byte_column: usize) -> usize {
        let start: usize = doc.split_inclusive('\n').take(line - 1).map(str::len).sum();
        let text = &doc[start..];
        let mut at = (byte_column.max(1) - 1).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text[..at].chars().count() + 1
    }
}
