//! Native tests of the exports: the dataset written back as JSON
//! (`kenes::dataset::to_json`) and the files of `kenes::export`.
//!
//! Index:
//! - `json`: the layout of a written document; every fixture and the demo
//!   read back equal with no new problem; a subset gives the same headline
//!   figures as the filtered view; which records a subset keeps.
//! - `csv`: the recommendations table and a chart's numbers: byte order mark,
//!   CRLF, quoting, formula prefixes neutralised, Cyrillic and Kazakh intact.
//! - `svg`: charts made standalone stay well-formed XML with a size.
//! - `file_name`: English, Russian, Kazakh and hostile titles.

use std::collections::BTreeSet;

use kenes::dataset::{self, load, to_json, Dataset, Problem, Subset};
use kenes::export;
use kenes::query::{self, aggregate, Filter, Index};
use kenes::report::{self, DataTable};

/// A small dataset in three languages with the texts that CSV and JSON
/// writers get wrong: quotes, commas, line breaks, formula prefixes,
/// backslashes and control characters, Cyrillic and Kazakh letters.
const DATA: &str = r#"{
  "kenes": 1,
  "title": {"en": "Dialogue Platform on Human Dimension", "ru": "Диалоговая площадка по человеческому измерению", "kk": "Адами өлшем жөніндегі диалогтық алаң"},
  "publisher": "MFA, \"Human Dimension\" unit",
  "languages": ["en", "ru", "kk"],
  "themes": [
    {"id": "justice", "name": {"en": "Justice", "ru": "Правосудие", "kk": "Сот төрелігі"}},
    {"id": "torture", "name": {"en": "Torture, ill-treatment", "ru": "Пытки", "kk": "Азаптау"}, "parent": "justice"}
  ],
  "bodies": [
    {"id": "gpo", "name": {"en": "Prosecutor", "ru": "Прокуратура", "kk": "Прокуратура"}, "kind": "prosecution"},
    {"id": "ngo", "name": "KIBHR", "short": {"en": "KIBHR", "ru": "КМБПЧ", "kk": "ҚХАҚБ"}}
  ],
  "plans": [{"id": "nap", "name": "Action plan", "start": "2024", "end": "2026-12"}],
  "sessions": [
    {"id": "s1", "date": "2013-05-30", "title": {"en": "Spring, 2013", "ru": "Весна 2013", "kk": "2013 көктемі"}, "format": "hybrid", "participants": ["ngo", "gpo"], "themes": ["justice"]},
    {"id": "s2", "date": "2014-01", "title": "Итоги \"2013\"", "kind": "plenary", "location": "Астана", "url": "https://example.org/s2"}
  ],
  "recommendations": [
    {"id": "R-1", "session": "s1", "themes": ["torture", "justice"], "addressees": ["gpo"], "proposed_by": ["ngo"], "plan": "nap",
     "text": {"en": "Move torture\ninvestigations to prosecutors", "ru": "Передать расследования пыток прокурорам", "kk": "Азаптауды тергеуді прокурорларға беру"},
     "status": "implemented",
     "history": [{"date": "2013-05-30", "status": "under_consideration"}, {"date": "2013-12", "status": "accepted", "note": "Принята"}, {"date": "2015", "status": "implemented"}],
     "due": "2016", "tags": ["law", "a;b"], "note": {"en": "Done \\ closed", "ru": "Выполнена", "kk": "Орындалды"}, "url": "https://example.org/r1?a=1,b=2"},
    {"id": "=HYPERLINK(\"http://x\")", "session": "s2", "themes": [], "addressees": [],
     "text": "+1", "note": "-2", "tags": ["@SUM(A1)", "\tx"], "status": "rejected"},
    {"id": "R-3", "session": "s2", "themes": ["justice"], "addressees": ["gpo"],
     "text": {"en": "Say \"no\" to torture, always", "ru": "Сказать «нет» пыткам", "kk": "Азаптауға «жоқ» деу"},
     "note": "\rcarriage", "status": "under_consideration"}
  ]
}"#;

fn dataset() -> Dataset {
    let (ds, problems) = load(DATA).expect("the test dataset loads");
    assert!(problems.is_empty(), "{problems:?}");
    ds
}

fn render(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(|p| p.to_string()).collect()
}

mod json {
    use super::*;

    /// Writes `input` (read without a problem) whole and compares the text.
    fn check(input: &str, expected: &str) {
        let (ds, problems) = load(input).expect("input loads");
        assert!(problems.is_empty(), "{problems:?}");
        let written = to_json(&ds, Subset::ALL);
        assert_eq!(written, expected, "\n{written}");
    }

    /// Writes `ds` whole, reads it back and checks it is equal, with the same
    /// problems as the original reading (none for a clean document).
    fn round_trip(name: &str, ds: &Dataset, problems: &[Problem]) {
        let written = to_json(ds, Subset::ALL);
        let (back, again) = load(&written).unwrap_or_else(|r| panic!("{name}: refused: {r}"));
        assert_eq!(render(&again), render(problems), "{name}: problems differ");
        assert!(back == *ds, "{name}: the dataset read back differs");
        // Writing is stable: what was read back writes the same text.
        assert_eq!(to_json(&back, Subset::ALL), written, "{name}: not stable");
    }

    #[test]
    fn layout() {
        // Plain strings stay plain, objects keep their language order,
        // partial dates keep their precision, absent fields stay absent, and
        // the statuses and `as_of` the reader worked out are written.
        check(
            r#"{"kenes": 1, "title": "T \"q\" \\ ф",
                "languages": ["kk", "ru"],
                "themes": [{"id": "b", "name": {"ru": "Б", "kk": "Б-kk"}, "parent": "a"}, {"id": "a", "name": "A"}],
                "bodies": [{"id": "x", "name": "X", "kind": "civil_society"}],
                "sessions": [{"id": "s", "date": "2020-02", "title": "S"}],
                "recommendations": [{"id": "r", "session": "s", "text": "tab\there", "themes": ["b"], "addressees": [],
                  "status": "noted", "history": [{"date": "2021", "status": "noted"}]}]}"#,
            r##"{
  "kenes": 1,
  "title": "T \"q\" \\ ф",
  "as_of": "2021",
  "languages": ["kk","ru"],
  "statuses": [
    {"id":"under_consideration","name":{"en":"Under consideration","ru":"На рассмотрении","kk":"Қаралуда"},"stage":"pending"},
    {"id":"accepted","name":{"en":"Accepted","ru":"Принята","kk":"Қабылданды"},"stage":"accepted"},
    {"id":"partially_accepted","name":{"en":"Partially accepted","ru":"Принята частично","kk":"Ішінара қабылданды"},"stage":"accepted"},
    {"id":"in_progress","name":{"en":"In progress","ru":"Выполняется","kk":"Орындалуда"},"stage":"in_progress"},
    {"id":"implemented","name":{"en":"Implemented","ru":"Выполнена","kk":"Орындалды"},"stage":"implemented"},
    {"id":"noted","name":{"en":"Noted","ru":"Принята к сведению","kk":"Назарға алынды"},"stage":"declined"},
    {"id":"rejected","name":{"en":"Rejected","ru":"Отклонена","kk":"Қабылданбады"},"stage":"declined"}
  ],
  "themes": [
    {"id":"b","name":{"ru":"Б","kk":"Б-kk"},"parent":"a"},
    {"id":"a","name":"A"}
  ],
  "bodies": [
    {"id":"x","name":"X","kind":"civil_society"}
  ],
  "plans": [],
  "sessions": [
    {"id":"s","date":"2020-02","title":"S"}
  ],
  "recommendations": [
    {"id":"r","session":"s","text":"tab\there","themes":["b"],"addressees":[],"status":"noted","history":[{"date":"2021","status":"noted"}]}
  ]
}
"##,
        );
    }

    #[test]
    fn empty_lists() {
        check(
            r#"{"kenes": 1, "title": "T", "statuses": [], "themes": [], "bodies": [], "sessions": [], "recommendations": []}"#,
            r#"{
  "kenes": 1,
  "title": "T",
  "languages": ["en"],
  "statuses": [],
  "themes": [],
  "bodies": [],
  "plans": [],
  "sessions": [],
  "recommendations": []
}
"#,
        );
    }

    #[test]
    fn fixtures_read_back_equal() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths: Vec<_> = std::fs::read_dir(root.join("tests/data"))
            .expect("tests/data is readable")
            .map(|entry| entry.expect("entry is readable").path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        assert!(paths.len() >= 4, "{paths:?}");
        paths.push(root.join("static/demo.json"));
        for path in paths {
            let name = path.display().to_string();
            let json = std::fs::read_to_string(&path).expect("fixture is readable");
            let (ds, problems) = load(&json).expect("fixture loads");
            assert!(
                problems
                    .iter()
                    .all(|p| p.severity == dataset::Severity::Warning),
                "{name} is not a valid fixture: {problems:?}"
            );
            round_trip(&name, &ds, &problems);
        }
    }

    #[test]
    fn hostile_strings_read_back_equal() {
        let ds = dataset();
        round_trip("DATA", &ds, &[]);
        // Every form a Text can take: a plain string, an object, an object
        // with an empty language code (which reads as "any language"), and
        // strings no JSON writer may pass through raw.
        let odd = r#"{"kenes": 1, "title": {"": "any", "en": "y"},
            "description": "nul \u0000 bell \u0007 line\u2028sep \ud83d\ude00 </script>",
            "themes": [], "bodies": [], "sessions": [], "recommendations": []}"#;
        let (ds, problems) = load(odd).expect("loads");
        round_trip("odd", &ds, &problems);
    }

    /// Exports what `filter` selects, reads it back with no filter, and
    /// compares the headline figures.
    fn check_subset(ds: &Dataset, filter: &Filter) {
        let index = Index::new(ds);
        let selected = query::select(ds, &index, filter, None);
        let sessions = query::sessions_in_view(ds, filter, &selected, None);
        let expected = aggregate::headline(ds, &selected, sessions.len(), None);

        let subset = Subset {
            recommendations: Some(&selected),
            sessions: Some(&sessions),
        };
        let (part, problems) = load(&to_json(ds, subset)).expect("the subset loads");
        assert!(problems.is_empty(), "{filter:?}: {problems:?}");
        assert_eq!(part.as_of, ds.as_of, "{filter:?}: the present moved");
        let all = Filter::default();
        let part_index = Index::new(&part);
        let selected = query::select(&part, &part_index, &all, None);
        let sessions = query::sessions_in_view(&part, &all, &selected, None);
        let got = aggregate::headline(&part, &selected, sessions.len(), None);
        assert_eq!(got.recommendations, expected.recommendations, "{filter:?}");
        assert_eq!(got.sessions, expected.sessions, "{filter:?}");
        assert_eq!(got.acceptance, expected.acceptance, "{filter:?}");
        assert_eq!(got.implementation, expected.implementation, "{filter:?}");
        assert_eq!(got, expected, "{filter:?}");
    }

    fn demo() -> Dataset {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo.json");
        let json = std::fs::read_to_string(path).expect("demo is readable");
        load(&json).expect("demo loads").0
    }

    fn set(values: impl IntoIterator<Item = u32>) -> BTreeSet<u32> {
        values.into_iter().collect()
    }

    #[test]
    fn subsets_keep_the_headline_figures() {
        let demo = demo();
        let first_year = demo.sessions.first().map_or(2013, |s| s.date.year());
        let filters = [
            Filter::default(),
            Filter {
                years: Some((first_year + 2, first_year + 4)),
                ..Filter::default()
            },
            Filter {
                themes: set([0, 1]),
                ..Filter::default()
            },
            Filter {
                addressees: set([0]),
                statuses: set(0..3),
                ..Filter::default()
            },
            Filter {
                sessions: set([1, 3]),
                text: "a".into(),
                ..Filter::default()
            },
            Filter {
                text: "no recommendation says this".into(),
                ..Filter::default()
            },
        ];
        for filter in &filters {
            check_subset(&demo, filter);
        }
        let small = dataset();
        for filter in &filters[..4] {
            check_subset(&small, filter);
        }
    }

    #[test]
    fn subset_keeps_dataset_order_and_the_sessions_it_needs() {
        let ds = dataset();
        // Unordered, repeated and out-of-range indexes; the session of R-3
        // (s2) is not listed but must be written for R-3 to be valid.
        let subset = Subset {
            recommendations: Some(&[2, 0, 2, 99]),
            sessions: Some(&[0, 7]),
        };
        let (part, problems) = load(&to_json(&ds, subset)).expect("loads");
        assert!(problems.is_empty(), "{problems:?}");
        let ids = |ids: Vec<&str>| ids.join(" ");
        assert_eq!(
            ids(part.recommendations.iter().map(|r| r.id.as_str()).collect()),
            "R-1 R-3"
        );
        assert_eq!(
            ids(part.sessions.iter().map(|s| s.id.as_str()).collect()),
            "s1 s2"
        );
        // The vocabulary is written whole.
        assert_eq!(part.themes, ds.themes);
        assert_eq!(part.bodies, ds.bodies);
        assert_eq!(part.plans, ds.plans);
        assert_eq!(part.statuses, ds.statuses);
        assert_eq!(part.recommendations[0], ds.recommendations[0]);

        // Sessions alone: no recommendation, only the listed sessions.
        let subset = Subset {
            recommendations: Some(&[]),
            sessions: Some(&[1]),
        };
        let (part, problems) = load(&to_json(&ds, subset)).expect("loads");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(part.sessions, ds.sessions[1..]);
        assert!(part.recommendations.is_empty());
        assert_eq!(Subset::default(), Subset::ALL);
    }
}

mod csv {
    use super::*;

    fn check(actual: String, expected: &str) {
        let body = actual
            .strip_prefix('\u{feff}')
            .expect("starts with a byte order mark");
        assert_eq!(body, expected, "\n{body}");
    }

    #[test]
    fn recommendations_in_english() {
        let ds = dataset();
        check(
            export::recommendations_csv(&ds, &[0, 1, 2], "en"),
            "id,session id,session date,session title,text,themes,addressees,proposed by,status,stage,due,tags,note,url\r\n\
             R-1,s1,2013-05-30,\"Spring, 2013\",\"Move torture\ninvestigations to prosecutors\",\"Torture, ill-treatment; Justice\",Prosecutor,KIBHR,Implemented,Implemented,2016,law; a;b,Done \\ closed,\"https://example.org/r1?a=1,b=2\"\r\n\
             \"'=HYPERLINK(\"\"http://x\"\")\",s2,2014-01,\"Итоги \"\"2013\"\"\",'+1,,,,Rejected,Declined,,'@SUM(A1); \tx,'-2,\r\n\
             R-3,s2,2014-01,\"Итоги \"\"2013\"\"\",\"Say \"\"no\"\" to torture, always\",Justice,Prosecutor,,Under consideration,Pending,,,\"'\rcarriage\",\r\n",
        );
    }

    #[test]
    fn names_in_the_language_asked_for() {
        let ds = dataset();
        // Kazakh names; a plain string (the session title, the body name)
        // is the same in every language; rows come in the order given.
        check(
            export::recommendations_csv(&ds, &[2, 0], "kk"),
            "id,session id,session date,session title,text,themes,addressees,proposed by,status,stage,due,tags,note,url\r\n\
             R-3,s2,2014-01,\"Итоги \"\"2013\"\"\",Азаптауға «жоқ» деу,Сот төрелігі,Прокуратура,,Қаралуда,Қаралуда,,,\"'\rcarriage\",\r\n\
             R-1,s1,2013-05-30,2013 көктемі,Азаптауды тергеуді прокурорларға беру,Азаптау; Сот төрелігі,Прокуратура,KIBHR,Орындалды,Орындалды,2016,law; a;b,Орындалды,\"https://example.org/r1?a=1,b=2\"\r\n",
        );
        // A language the dataset lacks falls back to its default (English).
        let fr = export::recommendations_csv(&ds, &[2], "fr");
        assert!(fr.contains("Say \"\"no\"\" to torture"), "{fr}");
    }

    #[test]
    fn every_formula_prefix_is_neutralised() {
        // The hostile text is the recommendation's text; every other cell of
        // the row is also checked by parsing the CSV back.
        for (hostile, written) in [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("=1+1,2", "\"'=1+1,2\""),
            ("a=1", "a=1"),
            (" =1", " =1"),
        ] {
            let doc = DATA.replace("\"+1\"", &serde_json::to_string(hostile).unwrap());
            let (ds, _) = load(&doc).expect("loads");
            let csv = export::recommendations_csv(&ds, &[1], "en");
            let line = csv.split("\r\n").nth(1).expect("a data row");
            let expected = format!(
                "\"'=HYPERLINK(\"\"http://x\"\")\",s2,2014-01,\"Итоги \"\"2013\"\"\",{written},"
            );
            assert!(line.starts_with(&expected), "{hostile:?}: {line:?}");
            for cell in parse(&csv).into_iter().flatten() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{hostile:?}: cell {cell:?} can run as a formula"
                );
            }
        }
    }

    #[test]
    fn one_line_per_row_and_a_header() {
        let ds = dataset();
        for rows in [&[][..], &[0], &[0, 1, 2, 1]] {
            let csv = export::recommendations_csv(&ds, rows, "ru");
            assert!(csv.starts_with("\u{feff}id,"), "{csv}");
            assert!(csv.ends_with("\r\n"), "{csv}");
            let records = parse(&csv);
            assert_eq!(records.len(), rows.len() + 1, "{rows:?}");
            assert!(records.iter().all(|r| r.len() == 14), "{records:?}");
        }
        // Out-of-range rows are skipped rather than a panic.
        let csv = export::recommendations_csv(&ds, &[0, 1000], "ru");
        assert_eq!(parse(&csv).len(), 2);
        // Every bare LF is inside a quoted cell: line ends are CRLF.
        let csv = export::recommendations_csv(&ds, &[0, 1, 2], "ru");
        let records = parse(&csv);
        assert_eq!(records[1][4], "Передать расследования пыток прокурорам");
        assert_eq!(records[3][4], "Сказать «нет» пыткам");
        // Bodies are named by their name, not their short form.
        assert_eq!(records[1][7], "KIBHR");
    }

    #[test]
    fn chart_table() {
        let table = DataTable {
            columns: vec!["theme".into(), "count, total".into()],
            rows: vec![
                vec!["Пытки \"и\" жестокость".into(), "12".into()],
                vec!["-Minus theme".into(), "-3".into()],
                vec!["=cmd|' /C calc'!A0".into(), "0.5".into()],
                vec!["2024-03-01".into(), "-1+2".into()],
            ],
        };
        check(
            export::table_csv(&table),
            "theme,\"count, total\"\r\n\
             \"Пытки \"\"и\"\" жестокость\",12\r\n\
             '-Minus theme,-3\r\n\
             '=cmd|' /C calc'!A0,0.5\r\n\
             2024-03-01,'-1+2\r\n",
        );
        check(export::table_csv(&DataTable::default()), "\r\n");
    }

    #[test]
    fn tables_of_the_report() {
        let ds = dataset();
        let index = Index::new(&ds);
        let view = report::build(
            &ds,
            &index,
            &Filter::default(),
            None,
            "en",
            report::Layout::default(),
        );
        for chart in &view.charts {
            let csv = export::table_csv(&chart.data);
            let records = parse(&csv);
            assert_eq!(records.len(), chart.data.rows.len() + 1, "{:?}", chart.id);
            assert_eq!(records[0], chart.data.columns, "{:?}", chart.id);
        }
    }

    /// A strict RFC 4180 reader for the tests: records end with CRLF, a
    /// quoted cell may hold anything with quotes doubled.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        let csv = csv.strip_prefix('\u{feff}').unwrap_or(csv);
        let mut records = Vec::new();
        let mut record = Vec::new();
        let mut cell = String::new();
        let mut chars = csv.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => {
                    quoted = false;
                    let next = chars.peek().copied();
                    assert!(
                        matches!(next, None | Some(',') | Some('\r')),
                        "text after a closing quote: {next:?}"
                    );
                }
                (true, c) => cell.push(c),
                (false, '"') => {
                    assert!(cell.is_empty(), "a quote inside an unquoted cell");
                    quoted = true;
                }
                (false, ',') => record.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    record.push(std::mem::take(&mut cell));
                    records.push(std::mem::take(&mut record));
                }
                (false, '\r' | '\n') => panic!("a bare line break outside quotes"),
                (false, c) => cell.push(c),
            }
        }
        assert!(!quoted, "an unclosed quote");
        assert!(cell.is_empty() && record.is_empty(), "no CRLF at the end");
        records
    }
}

mod svg {
    use super::*;

    /// Makes `input` standalone, checks it parses, and compares the text.
    fn check(input: &str, expected: &str) {
        let out = export::standalone_svg(input);
        assert_eq!(out, expected);
        roxmltree::Document::parse(&out).expect("well-formed XML");
    }

    #[test]
    fn size_and_namespace_are_added() {
        check(
            r#"<svg viewBox="0 0 640 320.5"><title>A &amp; B</title></svg>"#,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"320.5\" viewBox=\"0 0 640 320.5\"><title>A &amp; B</title></svg>",
        );
        // What is there already is kept; a `>` inside a value is not the end
        // of the tag; an old declaration is replaced.
        check(
            "<?xml version='1.0' encoding='ISO-8859-1'?>\n<svg xmlns='http://www.w3.org/2000/svg' aria-label='a > b' width='10' viewBox='0,0,640,480'><use xlink:href='#x'/></svg>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" height=\"480\" xmlns='http://www.w3.org/2000/svg' aria-label='a > b' width='10' viewBox='0,0,640,480'><use xlink:href='#x'/></svg>",
        );
        // No usable viewBox: no size is made up.
        check(
            r#"<svg viewBox="0 0 -1 5"/>"#,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 -1 5\"/>",
        );
    }

    #[test]
    fn charts_of_the_report() {
        let ds = dataset();
        let index = Index::new(&ds);
        let view = report::build(
            &ds,
            &index,
            &Filter::default(),
            None,
            "ru",
            report::Layout::default(),
        );
        let mut drawn = 0;
        for chart in &view.charts {
            let Some(svg) = &chart.svg else { continue };
            drawn += 1;
            let out = export::standalone_svg(svg);
            assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
            let doc = roxmltree::Document::parse(&out)
                .unwrap_or_else(|e| panic!("{:?}: not well-formed: {e}", chart.id));
            let root = doc.root_element();
            assert_eq!(
                root.tag_name().namespace(),
                Some("http://www.w3.org/2000/svg")
            );
            let view_box: Vec<&str> = root.attribute("viewBox").unwrap().split(' ').collect();
            assert_eq!(root.attribute("width"), Some(view_box[2]), "{:?}", chart.id);
            assert_eq!(
                root.attribute("height"),
                Some(view_box[3]),
                "{:?}",
                chart.id
            );
            let title = root
                .children()
                .find(|n| n.has_tag_name("title"))
                .and_then(|n| n.text());
            assert_eq!(title, Some(chart.title.as_str()), "{:?}", chart.id);
        }
        assert!(drawn > 0);
    }

    #[test]
    fn not_an_svg() {
        for input in ["", "<svgx/>", "<svg", "<svg a='1>", "plain"] {
            let out = export::standalone_svg(input);
            assert!(out.starts_with("<?xml"), "{input:?}: {out}");
        }
    }
}

mod file_name {
    use super::*;

    fn check(title: &str, what: &str, date: &str, ext: &str, expected: &str) {
        assert_eq!(export::file_name(title, what, date, ext), expected);
    }

    #[test]
    fn titles_in_each_language() {
        check(
            "Dialogue Platform on Human Dimension",
            "by theme",
            "2026-11-23",
            "csv",
            "dialogue-platform-on-human-dimension_by-theme_2026-11-23.csv",
        );
        check(
            "Диалоговая площадка по человеческому измерению",
            "recommendations",
            "2026-11-23",
            "csv",
            "диалоговая-площадка-по-человеческому-измерению_recommendations_2026-11-23.csv",
        );
        check(
            "Адами өлшем жөніндегі ДИАЛОГТЫҚ алаң",
            "",
            "2026-11-23",
            ".JSON",
            "адами-өлшем-жөніндегі-диалогтық-алаң_2026-11-23.json",
        );
    }

    #[test]
    fn hostile_titles() {
        check(
            "  <CON>: \"a/b\\c\" | d? * e\u{0}\u{7}\n  ",
            "../../etc/passwd",
            "2026-11-23",
            "svg",
            "con-a-b-c-d-e_etc-passwd_2026-11-23.svg",
        );
        check("", "", "", "csv", "kenes.csv");
        check("?!*", "by status", "", "svg", "kenes_by-status.svg");
        check("CON", "", "", "csv", "kenes-con.csv");
        check("lpt1", "", "", "csv", "kenes-lpt1.csv");
        check("x", "y", "z", "", "x_y_z");
        // At most 60 characters, counted in characters, never ending in `-`.
        let long = "Ұлттық ".repeat(20);
        let name = export::file_name(&long, "", "", "csv");
        let stem = name.strip_suffix(".csv").unwrap();
        assert!(stem.chars().count() <= 60, "{name}");
        assert!(!stem.ends_with('-'), "{name}");
        assert!(stem.starts_with("ұлттық-ұлттық-"), "{name}");
        for name in [
            &name,
            &export::file_name("a<b>c:d\"e/f\\g|h?i*j", "k\tl", "m", "n"),
        ] {
            assert!(
                !name.contains(['<', '>', ':', '"', '/', '\\', '|', '?', '*'])
                    && !name.chars().any(char::is_control),
                "{name}"
            );
        }
    }
}
