//! Numbers as each language writes them, and nouns after numbers.
//!
//! The separators come from the GNU C Library's locale data (en_GB, ru_RU,
//! kk_KZ): a comma and a full stop in English; a narrow no-break space and a
//! comma in Russian and Kazakh. Which form of a noun follows a number comes
//! from CLDR's cardinal plural rules for the three languages ([`category`]):
//! Russian has one (1, 21, 101), few (2–4, 22), many (0, 5–20, 25) and other
//! (fractions); English one and other; Kazakh one and other, though Kazakh
//! nouns do not change after a numeral ("5 ұсыным").

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
        noun_form(lang, category(lang, Operands::whole(n)), noun)
    )
}

/// `x`, written with `digits` decimals, and the noun in the form that follows
/// it: "1.5 recommendations", "1,5 рекомендации".
pub fn count_noun_decimal(lang: impl Into<Lang>, x: f64, digits: usize, noun: Noun) -> String {
    let lang = lang.into();
    let written = crate::charts::fixed(x.abs(), digits);
    // The operands of the number as written, trailing zeros included:
    // "1.0" is not "1" to plural rules.
    let operands = Operands::written(&written);
    format!(
        "{} {}",
        format_decimal(lang, x, digits),
        noun_form(lang, category(lang, operands), noun)
    )
}

/// The form of `noun` that a number of plural category `category` takes in
/// `lang`.
pub(super) fn noun_form(lang: impl Into<Lang>, category: Plural, noun: Noun) -> &'static str {
    use Plural::{Few, Many, One};
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

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

/// The operands CLDR's rules read from a number as written: its integer
/// digits `i` (the last few are enough: rules look at `i % 100` at most, and
/// at whether `i` is 1) and `v`, whether it has visible fraction digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operands {
    /// The integer part, or its last two digits past 99 (plus 100, so it is
    /// never taken for 1).
    i: u64,
    /// True when the number is written with fraction digits ("1.0" too).
    v: bool,
    /// True when the whole value is exactly one ("1", "1.0", "1.00").
    n_is_one: bool,
}

impl Operands {
    pub fn whole(n: u64) -> Operands {
        Operands {
            i: if n > 99 { 100 + n % 100 } else { n },
            v: false,
            n_is_one: n == 1,
        }
    }

    /// The operands of a non-negative decimal as written (`"12.50"`).
    pub fn written(text: &str) -> Operands {
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        let digits = int.trim_start_matches('0');
        let tail = &digits[digits.len().saturating_sub(2)..];
        let i: u64 = tail.parse().unwrap_or(0);
        let i = if digits.len() > 2 { 100 + i } else { i };
        Operands {
            i,
            v: !frac.is_empty(),
            n_is_one: i == 1 && frac.bytes().all(|b| b == b'0'),
        }
    }
}

/// The CLDR cardinal plural category of a number in `lang` (CLDR 46):
/// - en: one is `i = 1 and v = 0`;
/// - ru: one is `v = 0 and i % 10 = 1 and i % 100 != 11`, few is `v = 0 and
///   i % 10 = 2..4 and i % 100 != 12..14`, many is `v = 0 and (i % 10 = 0 or
///   i % 10 = 5..9 or i % 100 = 11..14)`;
/// - kk: one is `n = 1`;
/// - everything else is other.
pub(super) fn category(lang: Lang, n: Operands) -> Plural {
    let (i10, i100) = (n.i % 10, n.i % 100);
    match lang {
        Lang::En if n.i == 1 && !n.v => Plural::One,
        Lang::Ru if !n.v => match (i10, i100) {
            (1, i100) if i100 != 11 => Plural::One,
            (2..=4, i100) if !(12..=14).contains(&i100) => Plural::Few,
            _ => Plural::Many,
        },
        Lang::Kk if n.n_is_one => Plural::One,
        _ => Plural::Other,
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
