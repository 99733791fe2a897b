//! Numbers as the reader sees them: counts with a thousands separator chosen
//! by the language, percentages with one decimal.
//!
//! The style is fixed here so that axis ticks, value labels, tooltips and the
//! headline figures of the UI all print the same number the same way.

/// A count with `thousands` between groups of three digits:
/// `format_count(12345, ",") == "12,345"`.
pub fn format_count(n: u64, thousands: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * thousands.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(thousands);
        }
        out.push(c);
    }
    out
}

/// `x` with exactly `digits` decimals (at most 6), rounded half away from
/// zero: `fixed(2.345, 1) == "2.3"`, `fixed(-0.04, 1) == "0.0"`. Written
/// with integers: the standard float formatting would bring its own tables
/// and algorithms into the WebAssembly build for the same output. A value
/// that is not finite, or too large to write this way, is written as 0.
pub fn fixed(x: f64, digits: usize) -> String {
    let digits = digits.min(6);
    let scale = 10f64.powi(digits as i32);
    let scaled = (x * scale).round();
    if !scaled.is_finite() || scaled.abs() >= 9.0e15 {
        return if digits == 0 {
            "0".to_owned()
        } else {
            format!("0.{}", "0".repeat(digits))
        };
    }
    let n = scaled as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (n, scale) = (n.unsigned_abs(), scale as u64);
    let whole = (n / scale).to_string();
    if digits == 0 {
        return format!("{sign}{whole}");
    }
    let frac = (n % scale).to_string();
    format!("{sign}{whole}.{}{frac}", "0".repeat(digits - frac.len()))
}

/// A ratio as a percentage with one decimal and no space before the sign:
/// `format_percent(0.823) == "82.3%"`. A ratio that is not a number (0 / 0)
/// prints as an em dash, never as "NaN".
pub fn format_percent(ratio: f64) -> String {
    if !ratio.is_finite() {
        return "—".to_owned();
    }
    let tenths = (ratio * 1000.0).round();
    // Avoid "-0.0%" for tiny negative ratios.
    let tenths = if tenths == 0.0 { 0.0 } else { tenths };
    format!("{}%", fixed(tenths / 10.0, 1))
}

/// A value on an axis or at the end of a line: a grouped integer when the
/// value is whole, otherwise with as many decimals as `step` needs (a step of
/// 0.25 needs two).
pub(crate) fn format_value(v: f64, step: f64, thousands: &str) -> String {
    if !v.is_finite() {
        return "—".to_owned();
    }
    let decimals = decimals_for(step);
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if decimals == 0 || a.fract() == 0.0 && step.fract() == 0.0 {
        let whole = a.round();
        if whole == 0.0 {
            return "0".to_owned();
        }
        return format!("{sign}{}", format_count(whole as u64, thousands));
    }
    let text = fixed(a, decimals);
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let int: u64 = int.parse().unwrap_or(0);
    format!("{sign}{}.{frac}", format_count(int, thousands))
}

/// The number of decimals that shows every multiple of `step` exactly.
fn decimals_for(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 || step.fract() == 0.0 {
        return 0;
    }
    let mut d = 0;
    let mut s = step;
    while d < 6 && (s - s.round()).abs() > 1e-9 {
        s *= 10.0;
        d += 1;
    }
    d
}

/// `x` kept within `min..=max`. Unlike `f64::clamp` it cannot panic, so its
/// panic message, which writes floats with `Debug`, does not bring the
/// standard library's float formatting (about 15 kB) into the WebAssembly.
pub fn clamp(x: f64, min: f64, max: f64) -> f64 {
    x.max(min).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_count(n: u64, sep: &str, expected: &str) {
        assert_eq!(format_count(n, sep), expected);
    }

    #[test]
    fn counts_group_by_three() {
        check_count(0, ",", "0");
        check_count(7, ",", "7");
        check_count(999, ",", "999");
        check_count(1000, ",", "1,000");
        check_count(12345, ",", "12,345");
        check_count(1234567, "\u{202f}", "1\u{202f}234\u{202f}567");
        check_count(100000, " ", "100 000");
        check_count(u64::MAX, ",", "18,446,744,073,709,551,615");
        check_count(1234, "", "1234");
    }

    fn check_percent(ratio: f64, expected: &str) {
        assert_eq!(format_percent(ratio), expected);
    }

    #[test]
    fn percents_have_one_decimal() {
        check_percent(0.823, "82.3%");
        check_percent(0.0, "0.0%");
        check_percent(1.0, "100.0%");
        check_percent(0.12345, "12.3%");
        check_percent(0.99999, "100.0%");
        check_percent(-0.00001, "0.0%");
        check_percent(f64::NAN, "—");
        check_percent(f64::INFINITY, "—");
    }

    fn check_value(v: f64, step: f64, expected: &str) {
        assert_eq!(format_value(v, step, ","), expected);
    }

    #[test]
    fn values_follow_the_step() {
        check_value(1500.0, 500.0, "1,500");
        check_value(0.0, 10.0, "0");
        check_value(0.5, 0.25, "0.50");
        check_value(2.5, 0.5, "2.5");
        check_value(1234.5, 0.5, "1,234.5");
        check_value(-20.0, 10.0, "-20");
        check_value(f64::NAN, 1.0, "—");
    }
}
