//! Dataset problems, refusals and link notes worded in the reader's language.
//!
//! The English wording is the `Display` of each type, so the command line,
//! the tests and the report say the same. Russian and Kazakh carry the same
//! information: the place prefix (`recommendations[41].themes[1]: `), ids,
//! values and suggestions appear verbatim, in straight quotes as in English.
//! Messages that come from the JSON parser (a malformed record, a syntax
//! error) are shown as the parser wrote them, after a translated lead-in.

use super::numbers::format_count;
use super::Lang;
use crate::dataset::{megabytes, Expected, Found, Problem, ProblemKind, Refusal, RefusalKind};
use crate::state::{NotLoaded, ReadFailure};
use crate::url_state::{Note, NoteReason};

/// A problem with one place of a dataset, in `lang`.
pub fn problem_message(lang: impl Into<Lang>, problem: &Problem) -> String {
    let lang = lang.into();
    if lang == Lang::En {
        return problem.to_string();
    }
    let mut out = String::new();
    if !problem.place.is_empty() {
        out.push_str(&problem.place);
        out.push_str(": ");
    }
    out.push_str(&kind_message(lang, &problem.kind));
    out
}

/// Why a whole document was refused, in `lang`.
pub fn refusal_message(lang: impl Into<Lang>, refusal: &Refusal) -> String {
    let lang = lang.into();
    if lang == Lang::En {
        return refusal.to_string();
    }
    let place = match (lang, refusal.line, refusal.column) {
        (Lang::Ru, Some(l), Some(c)) => format!("строка {l}, столбец {c}: "),
        (Lang::Ru, Some(l), None) => format!("строка {l}: "),
        (Lang::Kk, Some(l), Some(c)) => format!("{l}-жол, {c}-баған: "),
        (Lang::Kk, Some(l), None) => format!("{l}-жол: "),
        _ => String::new(),
    };
    place + &refusal_kind_message(lang, &refusal.kind)
}

/// Why a document was not shown (refused, or its bytes not had), in `lang`.
pub fn not_loaded_reason(lang: impl Into<Lang>, reason: &NotLoaded) -> String {
    let lang = lang.into();
    match reason {
        NotLoaded::Refused(refusal) => refusal_message(lang, refusal),
        NotLoaded::Failed(failure) => read_failure_message(lang, failure),
    }
}

/// Why a document's bytes could not be had. The browser's own detail, in its
/// language, follows the translated lead-in.
fn read_failure_message(lang: Lang, failure: &ReadFailure) -> String {
    match (lang, failure) {
        (Lang::En, ReadFailure::BadAddress { url }) => format!("\"{url}\" is not a valid address"),
        (Lang::Ru, ReadFailure::BadAddress { url }) => format!("\"{url}\" — неверный адрес"),
        (Lang::Kk, ReadFailure::BadAddress { url }) => format!("\"{url}\" — жарамсыз мекенжай"),
        (Lang::En, ReadFailure::NotHttp { url, scheme }) => format!(
            "\"{url}\" is a {scheme}: address; only http and https addresses can be loaded"
        ),
        (Lang::Ru, ReadFailure::NotHttp { url, scheme }) => format!(
            "\"{url}\" — адрес вида {scheme}:; загрузить можно только адреса http и https"
        ),
        (Lang::Kk, ReadFailure::NotHttp { url, scheme }) => format!(
            "\"{url}\" — {scheme}: түріндегі мекенжай; тек http және https мекенжайларын жүктеуге болады"
        ),
        (Lang::En, ReadFailure::Unreachable { url, detail }) => {
            format!("could not reach {url} ({detail})")
        }
        (Lang::Ru, ReadFailure::Unreachable { url, detail }) => {
            format!("нет связи с {url} ({detail})")
        }
        (Lang::Kk, ReadFailure::Unreachable { url, detail }) => {
            format!("{url} мекенжайына қосылу мүмкін болмады ({detail})")
        }
        (Lang::En, ReadFailure::Status { url, code, text }) => {
            format!("{url} answered {code} {text}")
        }
        (Lang::Ru, ReadFailure::Status { url, code, text }) => {
            format!("сервер ответил на {url} кодом {code} {text}")
        }
        (Lang::Kk, ReadFailure::Status { url, code, text }) => {
            format!("сервер {url} сұрауына {code} {text} кодымен жауап берді")
        }
        (Lang::En, ReadFailure::Interrupted { detail }) => format!("reading stopped ({detail})"),
        (Lang::Ru, ReadFailure::Interrupted { detail }) => {
            format!("чтение прервалось ({detail})")
        }
        (Lang::Kk, ReadFailure::Interrupted { detail }) => format!("оқу үзілді ({detail})"),
    }
}

/// What in a link could not be used, and why, in `lang`.
pub fn note_message(lang: impl Into<Lang>, note: &Note) -> String {
    let lang = lang.into();
    let Note { key, value, reason } = note;
    let ru = lang == Lang::Ru;
    let dym = |s: &Option<String>| did_you_mean(lang, s);
    let ignored = if ru {
        "пропущено"
    } else {
        "еленбеді"
    };
    match (lang, reason) {
        (Lang::En, _) => note.to_string(),
        (_, NoteReason::UnknownKey { suggestion }) => {
            if ru {
                format!(
                    "параметр \"{key}\" неизвестен этому отчёту{} — {ignored}",
                    dym(suggestion)
                )
            } else {
                format!(
                    "\"{key}\" параметрі бұл есепке белгісіз{} — {ignored}",
                    dym(suggestion)
                )
            }
        }
        (_, NoteReason::NotInDataset { suggestion }) => {
            let not_here = if ru {
                "нет в этом наборе данных"
            } else {
                "бұл деректер жинағында жоқ"
            };
            format!("{key} \"{value}\": {not_here}{} — {ignored}", dym(suggestion))
        }
        (_, NoteReason::UnknownChart { suggestion }) => {
            let not_here = if ru {
                "такой диаграммы в отчёте нет"
            } else {
                "есепте мұндай диаграмма жоқ"
            };
            format!("{key} \"{value}\": {not_here}{} — {ignored}", dym(suggestion))
        }
        (_, NoteReason::Malformed { expected }) => {
            let expected = link_expectation(lang, expected);
            if ru {
                format!("{key} \"{value}\": ожидается {expected} — {ignored}")
            } else {
                format!("{key} \"{value}\" {expected} емес — {ignored}")
            }
        }
        (Lang::Ru, NoteReason::NotUtf8) => {
            format!("{key} \"{value}\": %-последовательности не образуют текст — {ignored}")
        }
        (_, NoteReason::NotUtf8) => {
            format!("{key} \"{value}\": %-кодтары мәтін құрамайды — {ignored}")
        }
        (Lang::Ru, NoteReason::Duplicate) => format!(
            "{key} \"{value}\": параметр повторяется дальше в ссылке — используется последнее значение"
        ),
        (_, NoteReason::Duplicate) => format!(
            "{key} \"{value}\": параметр сілтемеде кейін қайталанады — соңғы мәні қолданылады"
        ),
        (Lang::Ru, NoteReason::BadVersion) => format!(
            "{key} \"{value}\": это не номер версии формата ссылки — читается как версия 1"
        ),
        (_, NoteReason::BadVersion) => format!(
            "{key} \"{value}\": сілтеме форматының нұсқасы емес — 1-нұсқа ретінде оқылады"
        ),
        (Lang::Ru, NoteReason::NewerVersion { supported }) => format!(
            "ссылка версии {value} новее, чем читает этот отчёт (до {supported}), — \
             незнакомые ему параметры пропущены"
        ),
        (_, NoteReason::NewerVersion { supported }) => format!(
            "сілтеме нұсқасы — {value}, бұл есеп оқитын нұсқадан жаңа ({supported} дейін) — \
             белгісіз параметрлер еленбеді"
        ),
    }
}

/// The kind of a problem, without its place. `lang` is Russian or Kazakh.
fn kind_message(lang: Lang, kind: &ProblemKind) -> String {
    let ru = lang == Lang::Ru;
    let dym = |s: &Option<String>| did_you_mean(lang, s);
    match kind {
        ProblemKind::WrongType { expected, found } => expected_found(lang, expected, found),
        ProblemKind::Malformed { message } => {
            if ru {
                format!("запись не прочитана: {message}")
            } else {
                format!("жазба оқылмады: {message}")
            }
        }
        ProblemKind::MissingField { field } => {
            if ru {
                format!("нет обязательного поля \"{field}\"")
            } else {
                format!("міндетті \"{field}\" өрісі жоқ")
            }
        }
        ProblemKind::EmptyId => {
            if ru {
                "поле \"id\" пустое".to_owned()
            } else {
                "\"id\" өрісі бос".to_owned()
            }
        }
        ProblemKind::DuplicateId { id, first } => {
            if ru {
                format!("id \"{id}\" повторяется, он уже использован: {first}")
            } else {
                format!("\"{id}\" id қайталанады, ол бұрын қолданылған: {first}")
            }
        }
        ProblemKind::UnknownReference {
            list,
            id,
            suggestion,
        } => {
            let list = list_name(lang, list);
            if ru {
                format!("в списке {list} нет \"{id}\"{}", dym(suggestion))
            } else {
                format!("{list} тізімінде \"{id}\" жоқ{}", dym(suggestion))
            }
        }
        ProblemKind::LeftOutReference { list, id } => {
            let list = list_name(lang, list);
            if ru {
                format!("запись \"{id}\" из списка {list} пропущена из-за ошибки в ней самой")
            } else {
                format!(
                    "{list} тізіміндегі \"{id}\" жазбасы өз қатесіне байланысты алынып тасталды"
                )
            }
        }
        ProblemKind::DuplicateReference { list, id } => {
            let list = list_name(lang, list);
            if ru {
                format!("ссылка на \"{id}\" (список {list}) указана дважды")
            } else {
                format!("\"{id}\" сілтемесі ({list} тізімі) екі рет көрсетілген")
            }
        }
        ProblemKind::BadDate { value } => {
            if ru {
                format!("\"{value}\" не является датой (пишите ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ)")
            } else {
                format!("\"{value}\" күн емес (ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ түрінде жазыңыз)")
            }
        }
        ProblemKind::BadValue {
            what,
            value,
            allowed,
            suggestion,
        } => {
            let what = vocabulary_name(lang, what);
            let hint = match suggestion {
                Some(_) => dym(suggestion),
                None if ru => format!(" (допустимые значения: {})", allowed.join(", ")),
                None => format!(" (рұқсат етілген мәндер: {})", allowed.join(", ")),
            };
            if ru {
                format!("недопустимое значение \"{value}\" ({what}){hint}")
            } else {
                format!("\"{value}\" — жарамсыз мән ({what}){hint}")
            }
        }
        ProblemKind::BadColor { value } => {
            if ru {
                format!("\"{value}\" не является цветом (пишите #rrggbb)")
            } else {
                format!("\"{value}\" түс емес (#rrggbb түрінде жазыңыз)")
            }
        }
        ProblemKind::ThemeCycle { id, parent } => {
            if ru {
                format!(
                    "родительская тема \"{parent}\" ведёт обратно к \"{id}\"; ссылка на родителя удалена"
                )
            } else {
                format!(
                    "\"{parent}\" ата тақырыбы қайтадан \"{id}\" тақырыбына әкеледі; ата тақырып алынып тасталды"
                )
            }
        }
        ProblemKind::NestedTheme { parent, root } => {
            if ru {
                format!(
                    "у родительской темы \"{parent}\" тоже есть родитель; темы вкладываются только \
                     на один уровень, поэтому эта тема помещена в \"{root}\""
                )
            } else {
                format!(
                    "\"{parent}\" ата тақырыбының да ата тақырыбы бар; тақырыптар тек бір деңгейге \
                     кіріктіріледі, сондықтан бұл тақырып \"{root}\" ішіне орналастырылды"
                )
            }
        }
        ProblemKind::HistoryMismatch { last, status } => {
            if ru {
                format!("последнее изменение — на \"{last}\", а статус — \"{status}\"")
            } else {
                format!("соңғы өзгеріс — \"{last}\", ал мәртебе — \"{status}\"")
            }
        }
        ProblemKind::HistoryOutOfOrder => {
            if ru {
                "изменения идут не от старых к новым; они отсортированы по дате".to_owned()
            } else {
                "өзгерістер ескісінен жаңасына қарай берілмеген; олар күні бойынша сұрыпталды"
                    .to_owned()
            }
        }
        ProblemKind::MissingTranslation { language, count } => {
            let head = if ru {
                format!("нет перевода на \"{language}\"")
            } else {
                format!("\"{language}\" аудармасы жоқ")
            };
            head + &more_like_it(lang, *count)
        }
        ProblemKind::UnknownField {
            field,
            suggestion,
            count,
        } => {
            let head = if ru {
                format!("неизвестное поле \"{field}\"")
            } else {
                format!("белгісіз \"{field}\" өрісі")
            };
            head + &dym(suggestion) + &more_like_it(lang, *count)
        }
        ProblemKind::LongText { chars, limit } => {
            let (chars, limit) = (
                format_count(lang, *chars as u64),
                format_count(lang, *limit as u64),
            );
            if ru {
                format!("текст длиной {chars} знаков, больше {limit} (возможно, вставлен целый документ); он сохранён как есть")
            } else {
                format!("мәтін ұзындығы {chars} таңба, {limit} шегінен асады (бүкіл құжат қойылған болуы мүмкін); ол жазылғандай сақталды")
            }
        }
        ProblemKind::DuplicateField { field } => {
            if ru {
                format!("поле \"{field}\" указано дважды; прочитано первое")
            } else {
                format!("\"{field}\" өрісі екі рет берілген; біріншісі оқылды")
            }
        }
        ProblemKind::NoLanguages => {
            if ru {
                "языки не указаны; используется \"en\"".to_owned()
            } else {
                "тілдер көрсетілмеген; \"en\" қолданылады".to_owned()
            }
        }
        ProblemKind::DuplicateLanguage { language } => {
            if ru {
                format!("язык \"{language}\" указан дважды")
            } else {
                format!("\"{language}\" тілі екі рет көрсетілген")
            }
        }
    }
}

/// The kind of a refusal. `lang` is Russian or Kazakh.
fn refusal_kind_message(lang: Lang, kind: &RefusalKind) -> String {
    let ru = lang == Lang::Ru;
    match kind {
        RefusalKind::Empty => if ru { "документ пуст" } else { "құжат бос" }.to_owned(),
        RefusalKind::TooLarge { size, limit } => {
            let (size, limit) = (megabytes(*size), megabytes(*limit));
            if ru {
                format!("файл занимает {size} МБ; отчёт читает файлы не больше {limit} МБ")
            } else {
                format!("файл көлемі {size} МБ; есеп {limit} МБ-тан аспайтын файлдарды оқиды")
            }
        }
        RefusalKind::NotUtf8 { encoding: Some(e) } => {
            if ru {
                format!("документ в кодировке {e}, а не UTF-8; сохраните его в UTF-8")
            } else {
                format!("құжат UTF-8 емес, {e} кодтауында; оны UTF-8 түрінде сақтаңыз")
            }
        }
        RefusalKind::NotUtf8 { encoding: None } => if ru {
            "документ не в кодировке UTF-8 (возможно, Latin-1 или Windows-1251); сохраните его в UTF-8"
        } else {
            "құжат UTF-8 кодтауында емес (Latin-1 немесе Windows-1251 болуы мүмкін); оны UTF-8 түрінде сақтаңыз"
        }
        .to_owned(),
        RefusalKind::Syntax { message } => {
            if ru {
                format!("ошибка синтаксиса JSON: {message}")
            } else {
                format!("JSON синтаксис қатесі: {message}")
            }
        }
        RefusalKind::NotAnObject { found } => {
            let found = found_name(lang, found);
            if ru {
                format!("документ должен быть объектом JSON, а получено: {found}")
            } else {
                format!("құжат JSON объектісі болуы керек, ал табылғаны: {found}")
            }
        }
        RefusalKind::VersionMissing => if ru {
            "нет поля \"kenes\"; документ Kenes версии 1 содержит \"kenes\": 1"
        } else {
            "\"kenes\" өрісі жоқ; Kenes 1-нұсқа құжатында \"kenes\": 1 болады"
        }
        .to_owned(),
        RefusalKind::WrongVersion { found } => {
            if ru {
                format!("\"kenes\" равно {found}; эта программа читает только версию 1 (\"kenes\": 1)")
            } else {
                format!("\"kenes\" мәні — {found}; бұл бағдарлама тек 1-нұсқаны оқиды (\"kenes\": 1)")
            }
        }
        RefusalKind::MissingField { field } => {
            if ru {
                format!("нет обязательного поля \"{field}\"")
            } else {
                format!("міндетті \"{field}\" өрісі жоқ")
            }
        }
        RefusalKind::WrongType {
            field,
            expected,
            found,
        } => format!("\"{field}\": {}", expected_found(lang, expected, found)),
    }
}

/// "expected a list, found 12", in Russian or Kazakh.
fn expected_found(lang: Lang, expected: &Expected, found: &Found) -> String {
    let (expected, found) = (expected_name(lang, expected), found_name(lang, found));
    if lang == Lang::Ru {
        format!("ожидается {expected}, получено: {found}")
    } else {
        format!("күтілгені — {expected}, табылғаны — {found}")
    }
}

fn expected_name(lang: Lang, expected: &Expected) -> String {
    let ru = lang == Lang::Ru;
    match expected {
        Expected::String => if ru { "строка" } else { "жол" }.to_owned(),
        Expected::List => if ru { "список" } else { "тізім" }.to_owned(),
        Expected::Object => "объект".to_owned(),
        Expected::Text => if ru {
            "строка или объект со строками"
        } else {
            "жол немесе жолдардан тұратын объект"
        }
        .to_owned(),
        Expected::Other(s) => s.clone(),
    }
}

fn found_name(lang: Lang, found: &Found) -> String {
    match found {
        Found::Object => "объект".to_owned(),
        Found::List => if lang == Lang::Ru {
            "список"
        } else {
            "тізім"
        }
        .to_owned(),
        // Values as JSON writes them, the same in every language.
        other => other.to_string(),
    }
}

/// A list named by its singular noun ("theme"), as Russian says "the list
/// of ...s" (genitive plural) and Kazakh "...s list" (plural).
fn list_name(lang: Lang, list: &str) -> String {
    let ru = lang == Lang::Ru;
    let name = match list {
        "theme" => {
            if ru {
                "тем"
            } else {
                "тақырыптар"
            }
        }
        "body" => {
            if ru {
                "органов"
            } else {
                "органдар"
            }
        }
        "session" => {
            if ru {
                "заседаний"
            } else {
                "отырыстар"
            }
        }
        "status" => {
            if ru {
                "статусов"
            } else {
                "мәртебелер"
            }
        }
        "plan" => {
            if ru {
                "планов"
            } else {
                "жоспарлар"
            }
        }
        "recommendation" => {
            if ru {
                "рекомендаций"
            } else {
                "ұсынымдар"
            }
        }
        other => other,
    };
    name.to_owned()
}

/// A fixed vocabulary ("stage", "body kind", "session format").
fn vocabulary_name(lang: Lang, what: &str) -> String {
    let ru = lang == Lang::Ru;
    let name = match what {
        "stage" => {
            if ru {
                "этап"
            } else {
                "кезең"
            }
        }
        "body kind" => {
            if ru {
                "вид органа"
            } else {
                "орган түрі"
            }
        }
        "session format" => {
            if ru {
                "формат заседания"
            } else {
                "отырыс форматы"
            }
        }
        other => other,
    };
    name.to_owned()
}

/// How a link parameter should be written, for [`NoteReason::Malformed`];
/// phrases this module does not know are shown as written.
fn link_expectation(lang: Lang, expected: &str) -> String {
    let ru = lang == Lang::Ru;
    let text = match expected {
        "a year or a range of years like 2013-2014" => {
            if ru {
                "год или диапазон лет, например 2013-2014"
            } else {
                "жыл немесе жылдар аралығы (мысалы, 2013-2014)"
            }
        }
        "a column (id, date, text or status), with \"-\" before it to sort down" => {
            if ru {
                "столбец (id, date, text или status), с \"-\" впереди для сортировки по убыванию"
            } else {
                "баған (id, date, text немесе status; кему ретімен сұрыптау үшін алдына \"-\" қойылады)"
            }
        }
        "a page number (1, 2, 3…)" => {
            if ru {
                "номер страницы (1, 2, 3…)"
            } else {
                "бет нөмірі (1, 2, 3…)"
            }
        }
        "a date like 2024, 2024-03 or 2024-03-31" => {
            if ru {
                "дата, например 2024, 2024-03 или 2024-03-31"
            } else {
                "күн (мысалы, 2024, 2024-03 немесе 2024-03-31)"
            }
        }
        other => other,
    };
    text.to_owned()
}

fn did_you_mean(lang: Lang, suggestion: &Option<String>) -> String {
    match (suggestion, lang) {
        (None, _) => String::new(),
        (Some(s), Lang::Ru) => format!(" (может быть, \"{s}\"?)"),
        (Some(s), Lang::Kk) => format!(" (мүмкін, \"{s}\"?)"),
        (Some(s), Lang::En) => format!(" (did you mean \"{s}\"?)"),
    }
}

fn more_like_it(lang: Lang, count: usize) -> String {
    if count <= 1 {
        return String::new();
    }
    let n = format_count(lang, (count - 1) as u64);
    match lang {
        Lang::Ru => format!(" (и ещё {n} таких же)"),
        Lang::Kk => format!(" (және осындай тағы {n})"),
        Lang::En => format!(" (and {n} more like it)"),
    }
}
