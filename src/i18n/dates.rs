//! Dates as each language writes them, keeping the precision the dataset
//! gave: a day, a month or a year.
//!
//! All three languages put the day first and the year last, as the report's
//! readers asked: "14 January 2014", "14 января 2014", "14 қаңтар 2014". (CLDR's
//! long formats add "г." in Russian and put the year first in Kazakh, "2014 ж.
//! 14 қаңтар"; the shorter common form reads better in charts and tables,
//! and is the same shape in every language.) A month alone is written with
//! the name as a word on its own, the nominative: "март 2024", "наурыз 2024".
//!
//! Month names come from the GNU C Library's locales. Russian has the
//! genitive for a day of a month ("января") and the nominative for a month
//! on its own ("январь"); Kazakh uses the same form in both. Russian and
//! Kazakh month names are written in lower case inside a date, as their
//! grammars (and CLDR) want; the C library capitalises some of them.

use pure_rust_locales::{en_GB, kk_KZ, ru_RU};

use super::Lang;
use crate::dataset::Date;

/// A date as a reader writes it, keeping its precision: `14 January 2014`,
/// `March 2024`, `2013`; `14 января 2014`, `март 2024`; `14 қаңтар 2014`,
/// `наурыз 2024`.
pub fn format_date(lang: impl Into<Lang>, date: Date) -> String {
    let lang = lang.into();
    let year = date.year();
    match (date.day(), date.month()) {
        (Some(d), Some(m)) => format!("{d} {} {year}", month_in_date(lang, m)),
        (None, Some(m)) => format!("{} {year}", month_alone(lang, m)),
        _ => year.to_string(),
    }
}

/// A short label for a month on a time axis: `Mar 2013`, `мар 2013`,
/// `нау 2013`. `month` is 1 to 12 (other values are clamped).
pub fn month_axis_label(lang: impl Into<Lang>, year: i32, month: u8) -> String {
    let i = index(month);
    let name = match lang.into() {
        Lang::En => en_GB::LC_TIME::ABMON[i].to_owned(),
        Lang::Ru => lower(ru_RU::LC_TIME::AB_ALT_MON.unwrap_or(ru_RU::LC_TIME::ABMON)[i]),
        Lang::Kk => lower(kk_KZ::LC_TIME::ABMON[i]),
    };
    format!("{name} {year}")
}

/// The month's name after a day: "January", "января", "қаңтар".
fn month_in_date(lang: Lang, month: u8) -> String {
    let i = index(month);
    match lang {
        Lang::En => en_GB::LC_TIME::MON[i].to_owned(),
        Lang::Ru => lower(ru_RU::LC_TIME::MON[i]),
        Lang::Kk => lower(kk_KZ::LC_TIME::MON[i]),
    }
}

/// The month's name on its own: "March", "март", "наурыз".
fn month_alone(lang: Lang, month: u8) -> String {
    let i = index(month);
    match lang {
        Lang::En => en_GB::LC_TIME::MON[i].to_owned(),
        Lang::Ru => lower(ru_RU::LC_TIME::ALT_MON.unwrap_or(ru_RU::LC_TIME::MON)[i]),
        Lang::Kk => lower(kk_KZ::LC_TIME::MON[i]),
    }
}

fn index(month: u8) -> usize {
    usize::from(month.clamp(1, 12)) - 1
}

/// A month name in lower case, character by character (the names are
/// Cyrillic: no letter changes with its neighbours as Greek sigma does).
fn lower(name: &str) -> String {
    name.chars().flat_map(char::to_lowercase).collect()
}
