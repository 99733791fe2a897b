//! The words of the interface, kept in one place so that every label, chart
//! title and message can be translated.
//!
//! Only English is written so far; a language without its own words falls
//! back to English. Dataset text (titles, names) is not here: it comes from
//! the dataset in the language asked for, with the format's fallback.

use crate::dataset::Stage;

/// A phrase of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    Recommendations,
    Sessions,
    AcceptanceRate,
    ImplementationRate,
    DataAsOf,
    Source,
    PublishedBy,
    ChartByYear,
    ChartByStatus,
    ChartByTheme,
    ChartByAddressee,
    ChartProgress,
    ChartSessions,
    Year,
    Status,
    Theme,
    Addressee,
    Proposer,
    Session,
    Date,
    Made,
    AcceptedOrFurther,
    Implemented,
    Other,
    Total,
    ChartChanged,
    NotYetMade,
    NoData,
    /// "themes", as in "a recommendation with several themes".
    ThemesPlural,
    /// "addressed bodies", as in "a recommendation to several addressed bodies".
    BodiesPlural,
}

/// The phrase in `lang`, or in English when `lang` has none yet.
pub fn tr(_lang: &str, msg: Msg) -> &'static str {
    match msg {
        Msg::Recommendations => "Recommendations",
        Msg::Sessions => "Sessions",
        Msg::AcceptanceRate => "Acceptance rate",
        Msg::ImplementationRate => "Implementation rate",
        Msg::DataAsOf => "Data as of",
        Msg::Source => "Source",
        Msg::PublishedBy => "Published by",
        Msg::ChartByYear => "Recommendations per year, by stage",
        Msg::ChartByStatus => "Recommendations by status",
        Msg::ChartByTheme => "Recommendations by theme",
        Msg::ChartByAddressee => "Recommendations by addressed body",
        Msg::ChartProgress => "Progress over time",
        Msg::ChartSessions => "Sessions and the recommendations they made",
        Msg::Year => "Year",
        Msg::Status => "Status",
        Msg::Theme => "Theme",
        Msg::Addressee => "Addressed to",
        Msg::Proposer => "Proposed by",
        Msg::Session => "Session",
        Msg::Date => "Date",
        Msg::Made => "Made",
        Msg::AcceptedOrFurther => "Accepted or further",
        Msg::Implemented => "Implemented",
        Msg::Other => "Other",
        Msg::ChartChanged => "What changed",
        Msg::NotYetMade => "Not yet made",
        Msg::Total => "Total",
        Msg::NoData => "No recommendations match the current filters.",
        Msg::ThemesPlural => "themes",
        Msg::BodiesPlural => "addressed bodies",
    }
}

/// The name of a stage in `lang`.
pub fn stage_name(_lang: &str, stage: Stage) -> &'static str {
    match stage {
        Stage::Pending => "Pending",
        Stage::Accepted => "Accepted",
        Stage::InProgress => "In progress",
        Stage::Implemented => "Implemented",
        Stage::Declined => "Declined",
    }
}

/// The thousands separator of `lang`'s number format.
pub fn thousands(lang: &str) -> &'static str {
    match lang {
        // A narrow no-break space, as Russian and Kazakh typography uses.
        "ru" | "kk" => "\u{202f}",
        _ => ",",
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as a reader writes it, keeping its precision: `14 January 2014`,
/// `March 2024`, `2013`.
pub fn format_date(_lang: &str, date: crate::dataset::Date) -> String {
    let month = date
        .month()
        .map(|m| MONTHS_EN[(m as usize).clamp(1, 12) - 1]);
    match (date.day(), month) {
        (Some(d), Some(m)) => format!("{d} {m} {}", date.year()),
        (None, Some(m)) => format!("{m} {}", date.year()),
        _ => date.year().to_string(),
    }
}
