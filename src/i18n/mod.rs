//! The words of the interface in Kazakh, Russian and English, kept in one
//! place so that every label, chart title and message follows the reader's
//! language.
//!
//! The report is shown in three languages; any other language code (a
//! dataset may offer more) gets English. Dataset text (titles, names) is not
//! here: it comes from the dataset in the language asked for, with the
//! format's fallback.
//!
//! What comes from libraries rather than from tables written here: month
//! names and the decimal and group separators from the GNU C Library's
//! locales (`pure-rust-locales`). CLDR's plural rules for the three
//! languages are a few lines (`numbers::category`); the library that holds
//! every language's rules (ICU4X) added 9.7 kB gzip to the WebAssembly. What is written here is the wording itself.
//!
//! Every function takes the language as anything that turns into a [`Lang`]
//! (`&str`, `&String` or `Lang`), so callers can pass a language code as the
//! state keeps it.
//!
//! Modules: `messages` (the static phrases, [`Msg`]), `numbers` (numbers,
//! percents and plural nouns), `dates`, `phrases` (sentences with numbers and
//! names), `problems` (dataset problems, refusals and link notes).

mod dates;
mod messages;
mod numbers;
mod phrases;
mod problems;

pub use dates::{format_date, month_axis_label};
pub use messages::{tr, Msg};
pub use numbers::{
    count_noun, count_noun_decimal, format_count, format_decimal, format_percent, thousands, Noun,
};
pub use phrases::*;
pub use problems::{not_loaded_reason, note_message, problem_message, refusal_message};

use crate::dataset::Stage;

/// A language of the interface. Codes other than Kazakh and Russian (and
/// their regional variants, `ru-RU`, `kk-KZ`) are shown in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Kk,
    Ru,
    #[default]
    En,
}

impl Lang {
    /// The three languages, in the order the report offers them.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The language for a BCP 47 code: its first subtag, in any case;
    /// English for anything else.
    pub fn from_code(code: &str) -> Lang {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("kk") {
            Lang::Kk
        } else if primary.eq_ignore_ascii_case("ru") {
            Lang::Ru
        } else {
            Lang::En
        }
    }

    /// The language's name in itself, for a language menu.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// The language's code: `kk`, `ru` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
}

impl From<&str> for Lang {
    fn from(code: &str) -> Lang {
        Lang::from_code(code)
    }
}

impl From<&String> for Lang {
    fn from(code: &String) -> Lang {
        Lang::from_code(code)
    }
}

impl From<&Lang> for Lang {
    fn from(lang: &Lang) -> Lang {
        *lang
    }
}

/// The name of a stage in `lang`, as a label of its own (a legend, a column).
pub fn stage_name(lang: impl Into<Lang>, stage: Stage) -> &'static str {
    match (lang.into(), stage) {
        (Lang::En, Stage::Pending) => "Pending",
        (Lang::En, Stage::Accepted) => "Accepted",
        (Lang::En, Stage::InProgress) => "In progress",
        (Lang::En, Stage::Implemented) => "Implemented",
        (Lang::En, Stage::Declined) => "Declined",
        (Lang::Ru, Stage::Pending) => "На рассмотрении",
        (Lang::Ru, Stage::Accepted) => "Принята",
        (Lang::Ru, Stage::InProgress) => "Выполняется",
        (Lang::Ru, Stage::Implemented) => "Выполнена",
        (Lang::Ru, Stage::Declined) => "Отклонена",
        (Lang::Kk, Stage::Pending) => "Қаралуда",
        (Lang::Kk, Stage::Accepted) => "Қабылданды",
        (Lang::Kk, Stage::InProgress) => "Орындалуда",
        (Lang::Kk, Stage::Implemented) => "Орындалды",
        (Lang::Kk, Stage::Declined) => "Қабылданбады",
    }
}
