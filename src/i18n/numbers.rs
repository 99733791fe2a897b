//! Numbers as each language writes them, and nouns after numbers.
//!
//! The separators come from the GNU C Library's locale data (en_GB, ru_RU,
//! kk_KZ): a comma and a full stop in English; a narrow no-break space and a
//! comma in Russian and Kazakh. Which form of a noun follows a number comes
//! from CLDR's plural rules through ICU4X: Russian has one (1, 21, 101),
//! few (2–4, 22), many (0, 5–20, 25) and other (fractions); English one and
//! other. Kazakh nouns do not change after a numeral ("5 ұсыным"), so its
//! rules are not needed.

use icu_locale_core::{langid, LanguageIdentifier};
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};
use pure_rust_locales::{en_GB, kk_KZ, ru_RU};

use super::Lang;

/// The thousands separator of `lang`'s number format.
pub fn thousands(lang: impl Into<Lang>) -> &'static str {
    match lang.into() {
        Lang::En => en_GB::LC_NUMERIC::THOUSANDS_SEP,
        Lang::Ru => ru_RU::LC_NUMERIC::THOUSANDS_SEP,
        Lang::Kk => kk_KZ::LC_NUMERIC::THOUSANDS_SEP,
    }
}

/// The decimal separator of `lang`'s number format.
fn decimal_point(lang: Lang) -> &'static str {
    match lang {
        Lang::En => en_GB::LC_NUMERIC::DECIMAL_POINT,
        Lang::Ru => ru_RU::LC_NUMERIC::DECIMAL_POINT,
        Lang::Kk => kk_KZ::LC_NUMERIC::DECIMAL_POINT,
    }
}

/// A whole number with its thousands grouped: `12,345`, `12 345`.
pub fn format_count(lang: impl Into<Lang>, n: u64) -> String {
    group(&n.to_string(), thousands(lang))
}

/// A number with `digits` decimals: `1,234.5` in English, `1 234,5` in
/// Russian and Kazakh. A value that is not a number prints as an em dash.
pub fn format_decimal(lang: impl Into<Lang>, x: f64, digits: usize) -> String {
    let lang = lang.into();
    if !x.is_finite() {
        return "—".to_owned();
    }
    let text = crate::charts::fixed(x, digits);
    // "-0.0" is zero.
    let text = match text.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_owned(),
        _ => text,
    };
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut out = format!("{sign}{}", group(int, thousands(lang)));
    if !frac.is_empty() {
        out.push_str(decimal_point(lang));
        out.push_str(frac);
    }
    out
}

/// A ratio as a percentage with one decimal, as CLDR writes percents: no
/// space before the sign in English and Kazakh (`82.3%`, `82,3%`), a no-break
/// space in Russian (`82,3 %`). A ratio that is not a number (0 / 0) prints as
/// an em dash, never as "NaN".
pub fn format_percent(lang: impl Into<Lang>, ratio: f64) -> String {
    let lang = lang.into();
    if !ratio.is_finite() {
        return "—".to_owned();
    }
    let number = format_decimal(lang, ratio * 100.0, 1);
    match lang {
        Lang::Ru => format!("{number}\u{a0}%"),
        Lang::En | Lang::Kk => format!("{number}%"),
    }
}

/// The nouns the interface counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Noun {
    Recommendation,
    Session,
    /// A problem found in a dataset (Russian "замечание", a neutral word
    /// for errors and warnings alike).
    Problem,
    Error,
    Warning,
    /// A record of a dataset (a recommendation, a session, a theme...).
    Record,
}

/// `n` and the noun in the form that follows it: "1 recommendation",
/// "2 рекомендации", "5 рекомендаций", "21 рекомендация", "5 ұсыным".
pub fn count_noun(lang: impl Into<Lang>, n: u64, noun: Noun) -> String {
    let lang = lang.into();
    format!(
        "{} {}",
        format_count(lang, n),
        noun_form(lang, category(lang, n.into()), noun)
    )
}

/// `x`, written with `digits` decimals, and the noun in the form that follows
/// it: "1.5 recommendations", "1,5 рекомендации".
pub fn count_noun_decimal(lang: impl Into<Lang>, x: f64, digits: usize, noun: Noun) -> String {
    let lang = lang.into();
    let written = crate::charts::fixed(x.abs(), digits);
    // The operands of the number as written, trailing zeros included:
    // "1.0" is not "1" to plural rules.
    let operands = fixed_decimal::Decimal::try_from_str(&written)
        .map(|d| PluralOperands::from(&d))
        .unwrap_or_else(|_| PluralOperands::from(0u64));
    format!(
        "{} {}",
        format_decimal(lang, x, digits),
        noun_form(lang, category(lang, operands), noun)
    )
}

/// The form of `noun` that a number of plural category `category` takes in
/// `lang`.
pub(super) fn noun_form(
    lang: impl Into<Lang>,
    category: PluralCategory,
    noun: Noun,
) -> &'static str {
    use PluralCategory::{Few, Many, One};
    let one = category == One;
    match (lang.into(), noun) {
        (Lang::En, Noun::Recommendation) => pick(one, "recommendation", "recommendations"),
        (Lang::En, Noun::Session) => pick(one, "session", "sessions"),
        (Lang::En, Noun::Problem) => pick(one, "problem", "problems"),
        (Lang::En, Noun::Error) => pick(one, "error", "errors"),
        (Lang::En, Noun::Warning) => pick(one, "warning", "warnings"),
        (Lang::En, Noun::Record) => pick(one, "record", "records"),
        (Lang::Ru, noun) => {
            // Nominative singular after one, genitive singular after few
            // and fractions, genitive plural after many.
            let [singular, genitive, genitive_plural] = match noun {
                Noun::Recommendation => ["рекомендация", "рекомендации", "рекомендаций"],
                Noun::Session => ["заседание", "заседания", "заседаний"],
                Noun::Problem => ["замечание", "замечания", "замечаний"],
                Noun::Error => ["ошибка", "ошибки", "ошибок"],
                Noun::Warning => ["предупреждение", "предупреждения", "предупреждений"],
                Noun::Record => ["запись", "записи", "записей"],
            };
            match category {
                One => singular,
                Many => genitive_plural,
                Few => genitive,
                _ => genitive,
            }
        }
        (Lang::Kk, Noun::Recommendation) => "ұсыным",
        (Lang::Kk, Noun::Session) => "отырыс",
        (Lang::Kk, Noun::Problem) => "мәселе",
        (Lang::Kk, Noun::Error) => "қате",
        (Lang::Kk, Noun::Warning) => "ескерту",
        (Lang::Kk, Noun::Record) => "жазба",
    }
}

/// The CLDR plural category of a number in `lang`.
pub(super) fn category(lang: Lang, operands: PluralOperands) -> PluralCategory {
    let id: LanguageIdentifier = match lang {
        Lang::En => langid!("en"),
        Lang::Ru => langid!("ru"),
        Lang::Kk => langid!("kk"),
    };
    // The compiled data is read directly, without locale fallback: the three
    // languages have rules of their own, and leaving out the fallback data
    // keeps the WebAssembly small.
    match PluralRules::try_new_cardinal_unstable(&icu_plurals::provider::Baked, id.into()) {
        Ok(rules) => rules.category_for(operands),
        Err(_) => PluralCategory::Other,
    }
}

fn pick(one: bool, singular: &'static str, plural: &'static str) -> &'static str {
    if one {
        singular
    } else {
        plural
    }
}

/// Digits with `sep` between groups of three, from the right.
fn group(digits: &str, sep: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}
