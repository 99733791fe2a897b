//! Native tests of the interface's three languages.
//!
//! Index:
//! - `messages`: every phrase has Kazakh and Russian words of its own.
//! - `languages`: codes that choose a language, and the fallback to English.
//! - `plurals`: nouns after numbers, by CLDR's rules.
//! - `numbers`: grouping, decimals and percents.
//! - `dates`: each precision in each language, and month axis labels.
//! - `phrases`: sentences with numbers, names and dates.
//! - `problems`: dataset problems, refusals and link notes; English equal to
//!   their `Display`.

use kenes::dataset::{Date, Encoding, Expected, Found, Outcome, Problem, ProblemKind, Refusal};
use kenes::dataset::{RefusalKind, Severity, Stage};
use kenes::i18n::{self, tr, Lang, Msg, Noun};
use kenes::url_state::{Note, NoteReason};

/// Compares a produced text with the expected one, naming both on failure.
fn check(actual: impl AsRef<str>, expected: &str) {
    assert_eq!(actual.as_ref(), expected);
}

fn date(s: &str) -> Date {
    Date::parse(s).expect("a valid date")
}

mod messages {
    use super::*;

    /// Words that are the same in every language.
    const SAME_EVERYWHERE: &[&str] = &["CSV", "PNG", "SVG", "JSON", "Kenes"];

    #[test]
    fn every_phrase_is_translated() {
        for &msg in Msg::ALL {
            let en = tr(Lang::En, msg);
            assert!(!en.is_empty(), "{msg:?} has no English");
            for lang in [Lang::Kk, Lang::Ru] {
                let text = tr(lang, msg);
                assert!(!text.is_empty(), "{msg:?} has no text in {lang:?}");
                if !SAME_EVERYWHERE.contains(&en) {
                    assert_ne!(text, en, "{msg:?} is English in {lang:?}");
                }
                assert!(
                    !text.contains("TODO"),
                    "{msg:?} in {lang:?} is a placeholder"
                );
            }
        }
    }

    #[test]
    fn a_few_phrases() {
        check(tr("en", Msg::ChartByTheme), "Recommendations by theme");
        check(tr("ru", Msg::ChartByTheme), "Рекомендации по темам");
        check(tr("kk", Msg::ChartByTheme), "Тақырыптар бойынша ұсынымдар");
        check(tr("kk", Msg::Recommendations), "Ұсынымдар");
        check(tr("ru", Msg::Session), "Заседание");
        check(tr("kk", Msg::Session), "Отырыс");
    }

    #[test]
    fn stage_names() {
        let names = |lang: &str| Stage::ALL.map(|s| i18n::stage_name(lang, s)).join(", ");
        check(
            names("en"),
            "Pending, Accepted, In progress, Implemented, Declined",
        );
        check(
            names("ru"),
            "На рассмотрении, Принята, Выполняется, Выполнена, Отклонена",
        );
        check(
            names("kk"),
            "Қаралуда, Қабылданды, Орындалуда, Орындалды, Қабылданбады",
        );
    }
}

mod languages {
    use super::*;

    #[test]
    fn codes() {
        for (code, lang) in [
            ("kk", Lang::Kk),
            ("KK", Lang::Kk),
            ("kk-KZ", Lang::Kk),
            ("ru", Lang::Ru),
            ("ru_RU", Lang::Ru),
            ("en", Lang::En),
            ("en-GB", Lang::En),
            ("de", Lang::En),
            ("uz", Lang::En),
            ("", Lang::En),
            ("kkk", Lang::En),
        ] {
            assert_eq!(Lang::from_code(code), lang, "{code:?}");
        }
        assert_eq!(Lang::Kk.code(), "kk");
    }

    #[test]
    fn other_languages_are_shown_in_english() {
        check(tr("de", Msg::Sessions), "Sessions");
        check(i18n::recommendations("fr", 2), "2 recommendations");
        check(
            i18n::format_date("tr", date("2014-01-14")),
            "14 January 2014",
        );
    }
}

mod plurals {
    use super::*;

    fn check_ru(n: u64, expected: &str) {
        check(i18n::recommendations("ru", n), expected);
    }

    #[test]
    fn russian_recommendations() {
        check_ru(0, "0 рекомендаций");
        check_ru(1, "1 рекомендация");
        check_ru(2, "2 рекомендации");
        check_ru(5, "5 рекомендаций");
        check_ru(11, "11 рекомендаций");
        check_ru(21, "21 рекомендация");
        check_ru(22, "22 рекомендации");
        check_ru(25, "25 рекомендаций");
        check_ru(101, "101 рекомендация");
        check_ru(111, "111 рекомендаций");
        check_ru(1234, "1\u{202f}234 рекомендации");
        check_ru(12, "12 рекомендаций");
        check_ru(114, "114 рекомендаций");
        check_ru(1_000_001, "1\u{202f}000\u{202f}001 рекомендация");
        check_ru(1_000_013, "1\u{202f}000\u{202f}013 рекомендаций");
        // A number written with a fraction takes "other", even when it is whole.
        check(
            i18n::count_noun_decimal("ru", 21.0, 1, Noun::Recommendation),
            "21,0 рекомендации",
        );
        check(
            i18n::count_noun_decimal("ru", 1.5, 1, Noun::Recommendation),
            "1,5 рекомендации",
        );
    }

    #[test]
    fn russian_sessions_and_problems() {
        check(i18n::sessions("ru", 1), "1 заседание");
        check(i18n::sessions("ru", 3), "3 заседания");
        check(i18n::sessions("ru", 12), "12 заседаний");
        check(i18n::problems("ru", 21), "21 замечание");
        check(i18n::errors("ru", 2), "2 ошибки");
        check(i18n::errors("ru", 5), "5 ошибок");
        check(i18n::warnings("ru", 1), "1 предупреждение");
        check(i18n::records("ru", 24), "24 записи");
    }

    #[test]
    fn english() {
        check(i18n::recommendations("en", 0), "0 recommendations");
        check(i18n::recommendations("en", 1), "1 recommendation");
        check(i18n::recommendations("en", 21), "21 recommendations");
        check(
            i18n::count_noun_decimal("en", 1.0, 1, Noun::Recommendation),
            "1.0 recommendations",
        );
        check(
            i18n::count_noun_decimal("en", 1.5, 1, Noun::Session),
            "1.5 sessions",
        );
        check(i18n::errors("en", 1), "1 error");
        check(i18n::warnings("en", 2), "2 warnings");
    }

    #[test]
    fn kazakh_nouns_do_not_change_after_numbers() {
        check(i18n::recommendations("kk", 1), "1 ұсыным");
        check(i18n::recommendations("kk", 5), "5 ұсыным");
        check(i18n::sessions("kk", 21), "21 отырыс");
        check(
            i18n::count_noun_decimal("kk", 1.5, 1, Noun::Recommendation),
            "1,5 ұсыным",
        );
    }
}

mod numbers {
    use super::*;

    #[test]
    fn counts() {
        check(i18n::format_count("en", 1234567), "1,234,567");
        check(i18n::format_count("ru", 1234567), "1\u{202f}234\u{202f}567");
        check(i18n::format_count("kk", 1234), "1\u{202f}234");
        check(i18n::format_count("kk", 999), "999");
        check(i18n::format_count("en", 0), "0");
    }

    #[test]
    fn decimals() {
        check(i18n::format_decimal("en", 1234.5, 1), "1,234.5");
        check(i18n::format_decimal("ru", 1234.5, 1), "1\u{202f}234,5");
        check(i18n::format_decimal("kk", 1234.5, 1), "1\u{202f}234,5");
        check(i18n::format_decimal("ru", -1234.25, 2), "-1\u{202f}234,25");
        check(i18n::format_decimal("en", -0.01, 1), "0.0");
        check(i18n::format_decimal("en", 3.0, 0), "3");
        check(i18n::format_decimal("ru", f64::NAN, 1), "—");
    }

    #[test]
    fn percents() {
        check(i18n::format_percent("en", 0.823), "82.3%");
        check(i18n::format_percent("ru", 0.823), "82,3\u{a0}%");
        check(i18n::format_percent("kk", 0.823), "82,3%");
        check(i18n::format_percent("en", 1.0), "100.0%");
        check(i18n::format_percent("kk", 0.0), "0,0%");
        check(i18n::format_percent("ru", f64::NAN), "—");
    }

    #[test]
    fn the_old_separator_function_still_answers() {
        check(i18n::thousands("en"), ",");
        check(i18n::thousands("ru"), "\u{202f}");
        check(i18n::thousands(&"kk".to_string()), "\u{202f}");
    }
}

mod dates {
    use super::*;

    fn check_date(lang: &str, d: &str, expected: &str) {
        check(i18n::format_date(lang, date(d)), expected);
    }

    #[test]
    fn full_dates() {
        check_date("en", "2014-01-14", "14 January 2014");
        check_date("ru", "2014-01-14", "14 января 2014");
        check_date("kk", "2014-01-14", "14 қаңтар 2014");
        check_date("ru", "2024-03-01", "1 марта 2024");
        check_date("kk", "2024-12-31", "31 желтоқсан 2024");
        check_date("ru", "2023-05-09", "9 мая 2023");
    }

    #[test]
    fn months() {
        check_date("en", "2024-03", "March 2024");
        check_date("ru", "2024-03", "март 2024");
        check_date("kk", "2024-03", "наурыз 2024");
        check_date("ru", "2024-05", "май 2024");
        check_date("kk", "2024-09", "қыркүйек 2024");
    }

    #[test]
    fn years() {
        for lang in ["en", "ru", "kk"] {
            check_date(lang, "2013", "2013");
        }
    }

    #[test]
    fn month_axis_labels() {
        check(i18n::month_axis_label("en", 2013, 3), "Mar 2013");
        check(i18n::month_axis_label("ru", 2013, 5), "май 2013");
        check(i18n::month_axis_label("ru", 2013, 1), "янв 2013");
        check(i18n::month_axis_label("kk", 2013, 3), "нау 2013");
    }
}

mod phrases {
    use super::*;
    use kenes::i18n::Ranked;

    #[test]
    fn loading() {
        check(
            i18n::reading_progress("en", "demo.json", 12 * 1024, Some(2048 * 1024)),
            "Reading demo.json: 12 KB of 2,048 KB",
        );
        check(
            i18n::reading_progress("ru", "demo.json", 12 * 1024, None),
            "Чтение: demo.json, 12 КБ",
        );
        check(
            i18n::checking_progress("en", "demo.json", 2000, 10000),
            "Checking demo.json: 2,000 of 10,000 records",
        );
        check(
            i18n::checking_progress("ru", "demo.json", 2000, 10021),
            "Проверка: demo.json, 2\u{202f}000 из 10\u{202f}021 записи",
        );
        check(
            i18n::checking_progress("ru", "demo.json", 2000, 10000),
            "Проверка: demo.json, 2\u{202f}000 из 10\u{202f}000 записей",
        );
        check(
            i18n::checking_progress("kk", "demo.json", 5, 10),
            "Тексерілуде: demo.json, 5 / 10 жазба",
        );
        check(
            i18n::not_loaded("ru", "data.json", "…"),
            "Не удалось загрузить data.json: …",
        );
    }

    #[test]
    fn problems_found() {
        check(
            i18n::problems_summary("en", "data.json", 1, 2),
            "3 problems found while reading data.json: 1 error, 2 warnings",
        );
        check(
            i18n::problems_summary("ru", "data.json", 1, 1),
            "data.json: при чтении найдено 2 замечания — 1 ошибка, 1 предупреждение",
        );
        check(
            i18n::problems_summary("kk", "data.json", 0, 5),
            "data.json оқылғанда 5 мәселе табылды: 0 қате, 5 ескерту",
        );
        check(
            i18n::more_not_listed("en", 1234),
            "…and 1,234 more not listed.",
        );
        check(
            i18n::more_not_listed("ru", 5),
            "…и ещё 5 замечаний вне списка.",
        );
    }

    #[test]
    fn table_and_filters() {
        check(i18n::page_of("en", 2, 9), "Page 2 of 9");
        check(i18n::page_of("ru", 2, 9), "Страница 2 из 9");
        check(i18n::page_of("kk", 2, 9), "Бет: 2 / 9");
        check(i18n::part_of_whole("en", 612, 745), "612 of 745");
        check(
            i18n::part_of_whole("kk", 612, 1745),
            "1\u{202f}745 ішінен 612",
        );
        check(i18n::year_chip("en", 2013, 2014), "Year: 2013–2014");
        check(i18n::year_chip("ru", 2013, 2013), "Год: 2013");
        check(i18n::search_chip("en", "torture"), "Search: “torture”");
        check(i18n::search_chip("ru", "пытки"), "Поиск: «пытки»");
        check(
            i18n::remove_filter("en", "Year: 2013"),
            "Remove filter Year: 2013",
        );
        check(i18n::other_count("ru", 3), "Прочие (3)");
        check(i18n::embed_title("en", "Sessions"), "Embed “Sessions”");
        check(
            i18n::embed_source("ru", "Диалоговая площадка", Some(date("2024-03-31"))),
            "Источник: Диалоговая площадка · Данные на 31 марта 2024",
        );
    }

    #[test]
    fn chart_summaries() {
        check(
            i18n::by_year_summary("en", 120, 2013, 2024, 31, 2019),
            "120 recommendations made from 2013 to 2024; the most, 31, in 2019.",
        );
        check(
            i18n::by_year_summary("ru", 121, 2013, 2024, 31, 2019),
            "С 2013 по 2024 год внесена 121 рекомендация; больше всего — 31 — в 2019 году.",
        );
        check(
            i18n::by_year_summary("ru", 1205, 2013, 2024, 31, 2019),
            "С 2013 по 2024 год внесено 1\u{202f}205 рекомендаций; больше всего — 31 — в 2019 году.",
        );
        check(
            i18n::by_year_summary("kk", 120, 2013, 2024, 31, 2019),
            "2013–2024 жылдары 120 ұсыным берілді; ең көбі — 31 — 2019 жылы.",
        );
        check(
            i18n::progress_summary("en", date("2024-03-31"), 120, 80, 30),
            "By 31 March 2024: 120 made, 80 accepted or further along, 30 implemented.",
        );
        check(
            i18n::progress_summary("ru", date("2024-03-31"), 120, 80, 30),
            "На 31 марта 2024: внесено — 120, принято и далее — 80, выполнено — 30.",
        );
        check(
            i18n::sessions_summary("en", 12, 17, "Third session", date("2014-01-14")),
            "12 sessions; the most recommendations, 17, came from “Third session” (14 January 2014).",
        );
        check(
            i18n::sessions_summary("kk", 12, 17, "Үшінші отырыс", date("2014-01-14")),
            "12 отырыс; ең көп ұсыным (17) — «Үшінші отырыс» (14 қаңтар 2014).",
        );
        check(
            i18n::ranking_summary("en", "Courts: 12; Police: 9", Ranked::Themes),
            "Largest first: Courts: 12; Police: 9. A recommendation with several themes counts once for each.",
        );
        check(
            i18n::ranking_summary("ru", "Суды: 12", Ranked::Addressees),
            "По убыванию: Суды: 12. Рекомендация, адресованная нескольким органам, учитывается по разу для каждого.",
        );
    }
}

mod problems {
    use super::*;

    fn problem(place: &str, kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Error,
            place: place.to_string(),
            kind,
            outcome: Outcome::PartDropped,
        }
    }

    /// Every kind of problem this test can make, with its place.
    fn all_problems() -> Vec<Problem> {
        let s = |x: &str| x.to_string();
        [
            ProblemKind::WrongType {
                expected: Expected::List,
                found: Found::Number(s("12")),
            },
            ProblemKind::WrongType {
                expected: Expected::Text,
                found: Found::Object,
            },
            ProblemKind::WrongType {
                expected: Expected::Object,
                found: Found::String(s("x")),
            },
            ProblemKind::WrongType {
                expected: Expected::String,
                found: Found::Bool(true),
            },
            ProblemKind::WrongType {
                expected: Expected::Other(s("a map")),
                found: Found::Null,
            },
            ProblemKind::Malformed {
                message: s("invalid length 0"),
            },
            ProblemKind::MissingField { field: "date" },
            ProblemKind::EmptyId,
            ProblemKind::DuplicateId {
                id: s("t1"),
                first: s("themes[0]"),
            },
            ProblemKind::UnknownReference {
                list: "theme",
                id: s("tortur"),
                suggestion: Some(s("torture")),
            },
            ProblemKind::UnknownReference {
                list: "body",
                id: s("x"),
                suggestion: None,
            },
            ProblemKind::LeftOutReference {
                list: "session",
                id: s("s1"),
            },
            ProblemKind::DuplicateReference {
                list: "plan",
                id: s("p1"),
            },
            ProblemKind::BadDate {
                value: s("2013-13"),
            },
            ProblemKind::BadValue {
                what: "stage",
                value: s("acepted"),
                allowed: &["pending", "accepted"],
                suggestion: Some(s("accepted")),
            },
            ProblemKind::BadValue {
                what: "body kind",
                value: s("zzz"),
                allowed: &["state", "ngo"],
                suggestion: None,
            },
            ProblemKind::BadColor { value: s("red") },
            ProblemKind::ThemeCycle {
                id: s("a"),
                parent: s("b"),
            },
            ProblemKind::NestedTheme {
                parent: s("b"),
                root: s("a"),
            },
            ProblemKind::HistoryMismatch {
                last: s("accepted"),
                status: s("implemented"),
            },
            ProblemKind::HistoryOutOfOrder,
            ProblemKind::MissingTranslation {
                language: s("kk"),
                count: 3,
            },
            ProblemKind::MissingTranslation {
                language: s("ru"),
                count: 1,
            },
            ProblemKind::UnknownField {
                field: s("titel"),
                suggestion: Some(s("title")),
                count: 2,
            },
            ProblemKind::DuplicateField { field: s("themes") },
            ProblemKind::NoLanguages,
            ProblemKind::DuplicateLanguage { language: s("ru") },
        ]
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let place = if i % 5 == 4 {
                String::new()
            } else {
                format!("recommendations[{i}].themes[1]")
            };
            problem(&place, kind)
        })
        .collect()
    }

    fn all_refusals() -> Vec<Refusal> {
        let s = |x: &str| x.to_string();
        let kinds = [
            RefusalKind::Empty,
            RefusalKind::NotUtf8 {
                encoding: Some(Encoding::Utf16Le),
            },
            RefusalKind::NotUtf8 { encoding: None },
            RefusalKind::Syntax {
                message: s("expected value"),
            },
            RefusalKind::NotAnObject { found: Found::List },
            RefusalKind::VersionMissing,
            RefusalKind::WrongVersion { found: s("\"1\"") },
            RefusalKind::MissingField { field: "themes" },
            RefusalKind::WrongType {
                field: s("title.en"),
                expected: Expected::String,
                found: Found::Number(s("3")),
            },
        ];
        kinds
            .into_iter()
            .enumerate()
            .map(|(i, kind)| Refusal {
                kind,
                line: (i % 3 != 0).then_some(i + 1),
                column: (i % 3 == 1).then_some(7),
            })
            .collect()
    }

    fn all_notes() -> Vec<Note> {
        let s = |x: &str| x.to_string();
        let note = |key: &str, value: &str, reason| Note {
            key: s(key),
            value: s(value),
            reason,
        };
        vec![
            note(
                "thme",
                "a",
                NoteReason::UnknownKey {
                    suggestion: Some(s("theme")),
                },
            ),
            note("zzz", "", NoteReason::UnknownKey { suggestion: None }),
            note(
                "theme",
                "tortur",
                NoteReason::NotInDataset {
                    suggestion: Some(s("torture")),
                },
            ),
            note(
                "chart",
                "pie",
                NoteReason::UnknownChart { suggestion: None },
            ),
            note(
                "years",
                "soon",
                NoteReason::Malformed {
                    expected: "a year or a range of years like 2013-2014",
                },
            ),
            note(
                "sort",
                "x",
                NoteReason::Malformed {
                    expected:
                        "a column (id, date, text or status), with \"-\" before it to sort down",
                },
            ),
            note(
                "page",
                "x",
                NoteReason::Malformed {
                    expected: "a page number (1, 2, 3…)",
                },
            ),
            note(
                "asof",
                "x",
                NoteReason::Malformed {
                    expected: "a date like 2024, 2024-03 or 2024-03-31",
                },
            ),
            note("q", "%FF", NoteReason::NotUtf8),
            note("lang", "ru", NoteReason::Duplicate),
            note("v", "x", NoteReason::BadVersion),
            note("v", "3", NoteReason::NewerVersion { supported: 1 }),
        ]
    }

    #[test]
    fn english_is_the_display() {
        for p in all_problems() {
            check(i18n::problem_message("en", &p), &p.to_string());
        }
        for r in all_refusals() {
            check(i18n::refusal_message("en", &r), &r.to_string());
        }
        for n in all_notes() {
            check(i18n::note_message("en", &n), &n.to_string());
        }
    }

    #[test]
    fn every_message_has_russian_and_kazakh_words() {
        let texts = |lang: &str| -> Vec<(String, String)> {
            let mut all = Vec::new();
            all.extend(
                all_problems()
                    .iter()
                    .map(|p| (p.to_string(), i18n::problem_message(lang, p))),
            );
            all.extend(
                all_refusals()
                    .iter()
                    .map(|r| (r.to_string(), i18n::refusal_message(lang, r))),
            );
            all.extend(
                all_notes()
                    .iter()
                    .map(|n| (n.to_string(), i18n::note_message(lang, n))),
            );
            all
        };
        for lang in ["ru", "kk"] {
            for (en, text) in texts(lang) {
                assert_ne!(text, en, "{lang}");
                assert!(
                    text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                    "{lang}: {text}"
                );
            }
        }
    }

    #[test]
    fn the_place_and_values_stay_verbatim() {
        let p = problem(
            "recommendations[41].themes[1]",
            ProblemKind::UnknownReference {
                list: "theme",
                id: s("tortur"),
                suggestion: Some(s("torture")),
            },
        );
        check(
            i18n::problem_message("en", &p),
            "recommendations[41].themes[1]: unknown theme \"tortur\" (did you mean \"torture\"?)",
        );
        check(
            i18n::problem_message("ru", &p),
            "recommendations[41].themes[1]: в списке тем нет \"tortur\" (может быть, \"torture\"?)",
        );
        check(
            i18n::problem_message("kk", &p),
            "recommendations[41].themes[1]: тақырыптар тізімінде \"tortur\" жоқ (мүмкін, \"torture\"?)",
        );
    }

    #[test]
    fn a_few_problems() {
        let p = problem(
            "sessions[2].date",
            ProblemKind::BadDate {
                value: s("2013-13"),
            },
        );
        check(
            i18n::problem_message("ru", &p),
            "sessions[2].date: \"2013-13\" не является датой (пишите ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ)",
        );
        let p = problem(
            "themes[0].name",
            ProblemKind::MissingTranslation {
                language: s("kk"),
                count: 3,
            },
        );
        check(
            i18n::problem_message("ru", &p),
            "themes[0].name: нет перевода на \"kk\" (и ещё 2 таких же)",
        );
        check(
            i18n::problem_message("kk", &p),
            "themes[0].name: \"kk\" аудармасы жоқ (және осындай тағы 2)",
        );
        let p = problem(
            "themes",
            ProblemKind::WrongType {
                expected: Expected::List,
                found: Found::Number(s("12")),
            },
        );
        check(
            i18n::problem_message("ru", &p),
            "themes: ожидается список, получено: 12",
        );
        check(
            i18n::problem_message("kk", &p),
            "themes: күтілгені — тізім, табылғаны — 12",
        );
    }

    #[test]
    fn a_few_refusals() {
        let r = Refusal {
            kind: RefusalKind::Syntax {
                message: s("expected value"),
            },
            line: Some(3),
            column: Some(5),
        };
        check(
            i18n::refusal_message("en", &r),
            "line 3, column 5: expected value",
        );
        check(
            i18n::refusal_message("ru", &r),
            "строка 3, столбец 5: ошибка синтаксиса JSON: expected value",
        );
        check(
            i18n::refusal_message("kk", &r),
            "3-жол, 5-баған: JSON синтаксис қатесі: expected value",
        );
        let r = Refusal {
            kind: RefusalKind::Empty,
            line: None,
            column: None,
        };
        check(i18n::refusal_message("kk", &r), "құжат бос");
    }

    #[test]
    fn a_few_notes() {
        let n = Note {
            key: s("theme"),
            value: s("tortur"),
            reason: NoteReason::NotInDataset {
                suggestion: Some(s("torture")),
            },
        };
        check(
            i18n::note_message("en", &n),
            "theme \"tortur\" is not in this dataset (did you mean \"torture\"?) — ignored",
        );
        check(
            i18n::note_message("ru", &n),
            "theme \"tortur\": нет в этом наборе данных (может быть, \"torture\"?) — пропущено",
        );
        check(
            i18n::note_message("kk", &n),
            "theme \"tortur\": бұл деректер жинағында жоқ (мүмкін, \"torture\"?) — еленбеді",
        );
        let n = Note {
            key: s("page"),
            value: s("x"),
            reason: NoteReason::Malformed {
                expected: "a page number (1, 2, 3…)",
            },
        };
        check(
            i18n::note_message("ru", &n),
            "page \"x\": ожидается номер страницы (1, 2, 3…) — пропущено",
        );
        check(
            i18n::note_message("kk", &n),
            "page \"x\" бет нөмірі (1, 2, 3…) емес — еленбеді",
        );
    }

    fn s(x: &str) -> String {
        x.to_string()
    }
}
