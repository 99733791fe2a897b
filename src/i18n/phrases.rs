//! Sentences and labels with numbers, names or dates in them, one function
//! per phrase the interface shows. Each takes plain values and returns the
//! finished text; numbers are formatted and nouns take the form their number
//! needs.
//!
//! Russian and Kazakh sentences are built so that a name from the data (a
//! file, a session title) stands in the nominative: after a colon, in
//! quotes, or before a Kazakh postposition.

use super::numbers::{category, count_noun, format_count, Noun, Operands, Plural};
use super::{format_date, tr, Lang, Msg};
use crate::dataset::{Date, LeftOut};

/// "1 recommendation", "3 рекомендации", "5 ұсыным".
pub fn recommendations(lang: impl Into<Lang>, n: u64) -> String {
    count_noun(lang, n, Noun::Recommendation)
}

/// "1 session", "3 заседания", "5 отырыс".
pub fn sessions(lang: impl Into<Lang>, n: u64) -> String {
    count_noun(lang, n, Noun::Session)
}

/// "1 problem", "3 замечания", "5 мәселе".
pub fn problems(lang: impl Into<Lang>, n: u64) -> String {
    count_noun(lang, n, Noun::Problem)
}

/// "1 error", "3 ошибки", "5 қате".
pub fn errors(lang: impl Into<Lang>, n: u64) -> String {
    count_noun(lang, n, Noun::Error)
}

/// "1 warning", "3 предупреждения", "5 ескерту".
pub fn warnings(lang: impl Into<Lang>, n: u64) -> String {
    count_noun(lang, n, Noun::Warning)
}

/// "1 record", "3 записи", "5 жазба".
pub fn records(lang: impl Into<Lang>, n: u64) -> String {
    count_noun(lang, n, Noun::Record)
}

/// "Data as of 14 January 2014".
pub fn data_as_of(lang: impl Into<Lang>, date: Date) -> String {
    let lang = lang.into();
    let date = format_date(lang, date);
    match lang {
        Lang::En => format!("Data as of {date}"),
        Lang::Ru => format!("Данные на {date}"),
        Lang::Kk => format!("Деректер күні: {date}"),
    }
}

/// The note under an embedded chart, before the link to the full report:
/// "Source: {title} · Data as of {date}".
pub fn embed_source(lang: impl Into<Lang>, title: &str, as_of: Option<Date>) -> String {
    let lang = lang.into();
    let source = format!("{}: {title}", tr(lang, Msg::Source));
    match as_of {
        Some(date) => format!("{source} · {}", data_as_of(lang, date)),
        None => source,
    }
}

/// "{source} was not loaded: {message}".
pub fn not_loaded(lang: impl Into<Lang>, source: &str, message: &str) -> String {
    match lang.into() {
        Lang::En => format!("{source} was not loaded: {message}"),
        Lang::Ru => format!("Не удалось загрузить {source}: {message}"),
        Lang::Kk => format!("{source} жүктелмеді: {message}"),
    }
}

/// "The report could not be saved: {message}".
pub fn report_not_saved(lang: impl Into<Lang>, message: &str) -> String {
    match lang.into() {
        Lang::En => format!("The report could not be saved: {message}"),
        Lang::Ru => format!("Не удалось сохранить отчёт: {message}"),
        Lang::Kk => format!("Есепті сақтау мүмкін болмады: {message}"),
    }
}

/// The progress of reading a file: "Reading {source}: 12 KB of 40 KB", or
/// "Reading {source}: 12 KB" when the size is not known. Sizes are in bytes.
pub fn reading_progress(
    lang: impl Into<Lang>,
    source: &str,
    bytes: u64,
    total: Option<u64>,
) -> String {
    let lang = lang.into();
    let kb = |b: u64| format_count(lang, b / 1024);
    match (lang, total) {
        (Lang::En, Some(t)) => format!("Reading {source}: {} KB of {} KB", kb(bytes), kb(t)),
        (Lang::En, None) => format!("Reading {source}: {} KB", kb(bytes)),
        (Lang::Ru, Some(t)) => format!("Чтение: {source}, {} КБ из {} КБ", kb(bytes), kb(t)),
        (Lang::Ru, None) => format!("Чтение: {source}, {} КБ", kb(bytes)),
        (Lang::Kk, Some(t)) => format!("Оқылуда: {source}, {} КБ / {} КБ", kb(bytes), kb(t)),
        (Lang::Kk, None) => format!("Оқылуда: {source}, {} КБ", kb(bytes)),
    }
}

/// The progress of checking records: "Checking {source}: 2,000 of 10,000
/// records".
pub fn checking_progress(lang: impl Into<Lang>, source: &str, done: u64, total: u64) -> String {
    let lang = lang.into();
    let (d, t) = (format_count(lang, done), format_count(lang, total));
    match lang {
        Lang::En => format!(
            "Checking {source}: {d} of {t} {}",
            if total == 1 { "record" } else { "records" }
        ),
        // "из" takes the genitive: "из 1 записи", "из 21 записи", "из 5 записей".
        Lang::Ru => {
            let noun = if category(lang, Operands::whole(total)) == Plural::One {
                "записи"
            } else {
                "записей"
            };
            format!("Проверка: {source}, {d} из {t} {noun}")
        }
        Lang::Kk => format!("Тексерілуде: {source}, {d} / {t} жазба"),
    }
}

/// The heading of the problems a dataset has: "3 problems found while
/// reading {source}: 1 error, 2 warnings".
pub fn problems_summary(lang: impl Into<Lang>, source: &str, errors: u64, warnings: u64) -> String {
    let lang = lang.into();
    let (all, e, w) = (
        problems(lang, errors + warnings),
        self::errors(lang, errors),
        self::warnings(lang, warnings),
    );
    match lang {
        Lang::En => format!("{all} found while reading {source}: {e}, {w}"),
        Lang::Ru => format!("{source}: при чтении найдено {all} — {e}, {w}"),
        Lang::Kk => format!("{source} оқылғанда {all} табылды: {e}, {w}"),
    }
}

/// After a cut list of problems: "…and 1,234 more not listed."
pub fn more_not_listed(lang: impl Into<Lang>, n: u64) -> String {
    let lang = lang.into();
    match lang {
        Lang::En => format!("…and {} more not listed.", format_count(lang, n)),
        Lang::Ru => format!("…и ещё {} вне списка.", problems(lang, n)),
        Lang::Kk => format!("…және тізімде көрсетілмеген тағы {}.", problems(lang, n)),
    }
}

/// The detail of a rate: "612 of 745".
pub fn part_of_whole(lang: impl Into<Lang>, part: u64, whole: u64) -> String {
    let lang = lang.into();
    let (p, w) = (format_count(lang, part), format_count(lang, whole));
    match lang {
        Lang::En => format!("{p} of {w}"),
        Lang::Ru => format!("{p} из {w}"),
        Lang::Kk => format!("{w} ішінен {p}"),
    }
}

/// The label of a button that removes a filter: "Remove filter {label}".
pub fn remove_filter(lang: impl Into<Lang>, label: &str) -> String {
    match lang.into() {
        Lang::En => format!("Remove filter {label}"),
        Lang::Ru => format!("Убрать фильтр «{label}»"),
        Lang::Kk => format!("«{label}» сүзгісін алып тастау"),
    }
}

/// The chip of a text search: "Search: “{text}”".
pub fn search_chip(lang: impl Into<Lang>, text: &str) -> String {
    let lang = lang.into();
    match lang {
        Lang::En => format!("{}: “{text}”", tr(lang, Msg::Search)),
        Lang::Ru | Lang::Kk => format!("{}: «{text}»", tr(lang, Msg::Search)),
    }
}

/// The chip of a year range: "Year: 2013–2014", or "Year: 2013".
pub fn year_chip(lang: impl Into<Lang>, from: i32, to: i32) -> String {
    let label = tr(lang, Msg::Year);
    if from == to {
        format!("{label}: {from}")
    } else {
        format!("{label}: {from}–{to}")
    }
}

/// "Other (3)": the bar that gathers the rest of a ranking.
pub fn other_count(lang: impl Into<Lang>, count: u64) -> String {
    let lang = lang.into();
    format!("{} ({})", tr(lang, Msg::Other), format_count(lang, count))
}

/// The name of a chart's group of tools: "{title}: downloads".
pub fn chart_tools_label(lang: impl Into<Lang>, title: &str) -> String {
    match lang.into() {
        Lang::En => format!("{title}: downloads"),
        Lang::Ru => format!("{title}: скачивание"),
        Lang::Kk => format!("{title}: жүктеп алу"),
    }
}

/// The heading of the embed dialog: "Embed “{title}”".
pub fn embed_title(lang: impl Into<Lang>, title: &str) -> String {
    match lang.into() {
        Lang::En => format!("Embed “{title}”"),
        Lang::Ru => format!("Встроить «{title}»"),
        Lang::Kk => format!("«{title}» диаграммасын ендіру"),
    }
}

/// Where the table is: "Page 2 of 9".
pub fn page_of(lang: impl Into<Lang>, page: u64, pages: u64) -> String {
    let lang = lang.into();
    let (p, n) = (format_count(lang, page), format_count(lang, pages));
    match lang {
        Lang::En => format!("Page {p} of {n}"),
        Lang::Ru => format!("Страница {p} из {n}"),
        Lang::Kk => format!("Бет: {p} / {n}"),
    }
}

/// The summary of the chart by year: "{n} recommendations made from {first}
/// to {last}; the most, {peak}, in {peak_year}."
pub fn by_year_summary(
    lang: impl Into<Lang>,
    total: u64,
    first: i32,
    last: i32,
    peak: u64,
    peak_year: i32,
) -> String {
    let lang = lang.into();
    let (n, most) = (recommendations(lang, total), format_count(lang, peak));
    match lang {
        Lang::En => {
            format!("{n} made from {first} to {last}; the most, {most}, in {peak_year}.")
        }
        Lang::Ru => {
            // The verb agrees with the number: "внесена 21 рекомендация",
            // "внесены 3 рекомендации", "внесено 5 рекомендаций".
            let made = match category(lang, Operands::whole(total)) {
                Plural::One => "внесена",
                Plural::Few => "внесены",
                _ => "внесено",
            };
            format!(
                "С {first} по {last} год {made} {n}; больше всего — {most} — в {peak_year} году."
            )
        }
        Lang::Kk => {
            format!("{first}–{last} жылдары {n} берілді; ең көбі — {most} — {peak_year} жылы.")
        }
    }
}

/// What a ranking chart (by theme or by addressed body) counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranked {
    Themes,
    Addressees,
}

/// The summary of a ranking chart: "Largest first: {listed}. A recommendation
/// with several themes counts once for each." `listed` is the list of the
/// largest, already written ("Rights: 12; Courts: 9").
pub fn ranking_summary(lang: impl Into<Lang>, listed: &str, ranked: Ranked) -> String {
    match (lang.into(), ranked) {
        (Lang::En, Ranked::Themes) => format!(
            "Largest first: {listed}. A recommendation with several themes counts once for each."
        ),
        (Lang::En, Ranked::Addressees) => format!(
            "Largest first: {listed}. A recommendation with several addressed bodies counts once for each."
        ),
        (Lang::Ru, Ranked::Themes) => format!(
            "По убыванию: {listed}. Рекомендация с несколькими темами учитывается по разу для каждой."
        ),
        (Lang::Ru, Ranked::Addressees) => format!(
            "По убыванию: {listed}. Рекомендация, адресованная нескольким органам, учитывается по разу для каждого."
        ),
        (Lang::Kk, Ranked::Themes) => format!(
            "Көбінен азына қарай: {listed}. Бірнеше тақырыпқа қатысты ұсыным әр тақырып үшін бір рет есептеледі."
        ),
        (Lang::Kk, Ranked::Addressees) => format!(
            "Көбінен азына қарай: {listed}. Бірнеше органға жолданған ұсыным әр орган үшін бір рет есептеледі."
        ),
    }
}

/// The summary of the progress chart: "By {date}: {made} made, {accepted}
/// accepted or further along, {implemented} implemented."
pub fn progress_summary(
    lang: impl Into<Lang>,
    date: Date,
    made: u64,
    accepted: u64,
    implemented: u64,
) -> String {
    let lang = lang.into();
    let date = format_date(lang, date);
    let (m, a, i) = (
        format_count(lang, made),
        format_count(lang, accepted),
        format_count(lang, implemented),
    );
    match lang {
        Lang::En => format!(
            "By {date}: {m} made, {a} accepted or further along, {i} implemented."
        ),
        Lang::Ru => format!(
            "На {date}: внесено — {m}, принято и далее — {a}, выполнено — {i}."
        ),
        Lang::Kk => format!(
            "{date} жағдайы бойынша: берілгені — {m}, қабылданғаны және одан әрі — {a}, орындалғаны — {i}."
        ),
    }
}

/// The summary of the sessions chart: "{n} sessions; the most
/// recommendations, {most}, came from “{title}” ({date})."
pub fn sessions_summary(
    lang: impl Into<Lang>,
    sessions: u64,
    most: u64,
    title: &str,
    date: Date,
) -> String {
    let lang = lang.into();
    let (n, most, date) = (
        self::sessions(lang, sessions),
        format_count(lang, most),
        format_date(lang, date),
    );
    match lang {
        Lang::En => format!("{n}; the most recommendations, {most}, came from “{title}” ({date})."),
        Lang::Ru => format!("{n}; больше всего рекомендаций ({most}) — «{title}» ({date})."),
        Lang::Kk => format!("{n}; ең көп ұсыным ({most}) — «{title}» ({date})."),
    }
}

/// The chip of the view's day: "As of 10 January 2011".
pub fn as_of_chip(lang: impl Into<Lang>, date: Date) -> String {
    let lang = lang.into();
    format!("{}: {}", tr(lang, Msg::AsOf), format_date(lang, date))
}

/// How many views are waiting to be presented: "2 views added to the
/// presentation".
pub fn added_slides(lang: impl Into<Lang>, n: u64) -> String {
    let lang = lang.into();
    let count = format_count(lang, n);
    match lang {
        Lang::En if n == 1 => format!("{count} view added to the presentation"),
        Lang::En => format!("{count} views added to the presentation"),
        Lang::Ru => format!("Слайдов добавлено: {count}"),
        Lang::Kk => format!("Қосылған слайдтар: {count}"),
    }
}

/// The summary of the transitions chart when some moved: "Between {from} and
/// {to}, {moved} of {total} recommendations changed status; the largest
/// move: {a} → {b}, {n}."
pub fn changed_summary(
    lang: impl Into<Lang>,
    (from, to): (Date, Date),
    (moved, total): (u64, u64),
    (a, b, n): (&str, &str, u64),
) -> String {
    let lang = lang.into();
    let (from, to) = (format_date(lang, from), format_date(lang, to));
    let (moved, total, n) = (
        format_count(lang, moved),
        format_count(lang, total),
        format_count(lang, n),
    );
    match lang {
        Lang::En => format!(
            "Between {from} and {to}, {moved} of {total} recommendations changed status; the largest move: {a} → {b}, {n}."
        ),
        Lang::Ru => format!(
            "С {from} по {to} статус изменился у {moved} из {total} рекомендаций; больше всего: {a} → {b}, {n}."
        ),
        Lang::Kk => format!(
            "{from} – {to} аралығында {total} ұсынымның {moved} мәртебесі өзгерді; ең көбі: {a} → {b}, {n}."
        ),
    }
}

/// The summary of the transitions chart when none moved.
pub fn nothing_changed(lang: impl Into<Lang>, (from, to): (Date, Date), total: u64) -> String {
    let lang = lang.into();
    let (from, to) = (format_date(lang, from), format_date(lang, to));
    let total = format_count(lang, total);
    match lang {
        Lang::En => {
            format!("Between {from} and {to}, none of the {total} recommendations changed status.")
        }
        Lang::Ru => format!("С {from} по {to} ни одна из {total} рекомендаций не сменила статус."),
        Lang::Kk => {
            format!("{from} – {to} аралығында {total} ұсынымның ешқайсысының мәртебесі өзгермеді.")
        }
    }
}

/// The heading of the list of moved recommendations.
pub fn moved_heading(
    lang: impl Into<Lang>,
    (from, to): (Date, Date),
    (moved, total): (u64, u64),
) -> String {
    let lang = lang.into();
    let (from, to) = (format_date(lang, from), format_date(lang, to));
    let (moved, total) = (format_count(lang, moved), format_count(lang, total));
    match lang {
        Lang::En => {
            format!("{moved} of {total} recommendations changed status between {from} and {to}")
        }
        Lang::Ru => format!("Статус изменился у {moved} из {total} рекомендаций с {from} по {to}"),
        Lang::Kk => format!("{from} – {to} аралығында {total} ұсынымның {moved} мәртебесі өзгерді"),
    }
}

/// Under a shortened list: "…and 12 more; the table below lists every
/// recommendation."
pub fn more_in_table(lang: impl Into<Lang>, n: u64) -> String {
    let lang = lang.into();
    let n = format_count(lang, n);
    match lang {
        Lang::En => format!("…and {n} more; the table below lists every recommendation."),
        Lang::Ru => format!("…и ещё {n}; все рекомендации — в таблице ниже."),
        Lang::Kk => format!("…және тағы {n}; барлық ұсынымдар төмендегі кестеде."),
    }
}

/// What a partly bad document lost: "Left out for their problems:
/// recommendations 2 of 5, sessions 1 of 3. The figures count only the
/// records kept." Empty when nothing was left out.
pub fn left_out_summary(lang: impl Into<Lang>, lists: &[LeftOut]) -> String {
    let lang = lang.into();
    if lists.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = lists
        .iter()
        .map(|l| {
            let (n, of) = (
                format_count(lang, l.left_out as u64),
                format_count(lang, l.of as u64),
            );
            let list = list_plural(lang, l.list);
            match lang {
                Lang::En => format!("{list}: {n} of {of}"),
                Lang::Ru => format!("{list}: {n} из {of}"),
                Lang::Kk => format!("{list}: {of} ішінен {n}"),
            }
        })
        .collect();
    let parts = parts.join(if lang == Lang::En { ", " } else { "; " });
    match lang {
        Lang::En => format!("Left out for their problems: {parts}. The figures count only the records kept."),
        Lang::Ru => format!("Не включены из-за ошибок — {parts}. Показатели учитывают только включённые записи."),
        Lang::Kk => format!("Қателеріне байланысты алынып тасталды — {parts}. Көрсеткіштер тек сақталған жазбаларды есептейді."),
    }
}

/// A list of the format by its plural name, as a heading word.
fn list_plural(lang: Lang, list: &str) -> &'static str {
    match (lang, list) {
        (Lang::En, "statuses") => "statuses",
        (Lang::En, "themes") => "themes",
        (Lang::En, "bodies") => "bodies",
        (Lang::En, "plans") => "plans",
        (Lang::En, "sessions") => "sessions",
        (Lang::En, _) => "recommendations",
        (Lang::Ru, "statuses") => "статусы",
        (Lang::Ru, "themes") => "темы",
        (Lang::Ru, "bodies") => "органы",
        (Lang::Ru, "plans") => "планы",
        (Lang::Ru, "sessions") => "заседания",
        (Lang::Ru, _) => "рекомендации",
        (Lang::Kk, "statuses") => "мәртебелер",
        (Lang::Kk, "themes") => "тақырыптар",
        (Lang::Kk, "bodies") => "органдар",
        (Lang::Kk, "plans") => "жоспарлар",
        (Lang::Kk, "sessions") => "отырыстар",
        (Lang::Kk, _) => "ұсынымдар",
    }
}
