//! Where the ticks go: "nice" value ticks (1, 2 or 5 times a power of ten)
//! and calendar ticks for date axes.
//!
//! Both are pure functions of the data range, so every chart with the same
//! range gets the same axis, and the rules are tested here rather than
//! through pictures.

/// Value ticks from zero up: `values` starts at 0 and ends at the top of the
/// axis, which is the first multiple of `step` at or above the data maximum.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub step: f64,
}

impl Ticks {
    /// The top of the axis (never zero, so it is safe to divide by).
    pub fn top(&self) -> f64 {
        self.values.last().copied().unwrap_or(1.0)
    }
}

/// Ticks for an axis from 0 to at least `max`, with about `target`
/// intervals and never more than `target + 1`: of the nice steps that allow,
/// the one whose top wastes least room above `max` (1,093 with a target of
/// 5 gets 0..1,200 by 200 rather than 0..1,500 by 500). With `whole`,
/// the step is at least 1 (counts have no fractions). A maximum of zero,
/// below zero or not finite gives the axis 0..1, so an empty chart still has
/// an axis and no division by zero.
pub fn value_ticks(max: f64, target: usize, whole: bool) -> Ticks {
    let target = target.max(1);
    let mut best = ticks_for(max, target, whole);
    for t in target + 1..=target + 2 {
        let candidate = ticks_for(max, t, whole);
        if candidate.values.len() <= target + 2 && candidate.top() < best.top() {
            best = candidate;
        }
    }
    best
}

fn ticks_for(max: f64, target: usize, whole: bool) -> Ticks {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let target = target as f64;
    let mut step = nice_step(max / target);
    if whole {
        step = step.max(1.0);
    }
    let count = (max / step - 1e-9).ceil().max(1.0) as usize;
    let values = (0..=count).map(|i| i as f64 * step).collect();
    Ticks { values, step }
}

/// The smallest number of the form 1, 2 or 5 times a power of ten that is at
/// least `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    // The power of ten at or below `raw`, by steps: `powf` and `log10` would
    // bring libm's code for them into the WebAssembly build.
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw && magnitude > 0.0 {
        magnitude /= 10.0;
    }
    if magnitude <= 0.0 {
        return 1.0;
    }
    let normalized = raw / magnitude;
    let nice = if normalized <= 1.0 + 1e-9 {
        1.0
    } else if normalized <= 2.0 + 1e-9 {
        2.0
    } else if normalized <= 5.0 + 1e-9 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// A tick on a date axis.
#[derive(Debug, Clone, PartialEq)]
pub struct DateTick {
    /// Days since 1970-01-01.
    pub day: i32,
    pub label: String,
}

/// The range a date axis shows for data from `min` to `max` (days since
/// 1970-01-01). A single day gets half a year on each side so it sits in the
/// middle of a readable axis.
pub fn date_domain(min: i32, max: i32) -> (i32, i32) {
    let (min, max) = if min <= max { (min, max) } else { (max, min) };
    if max - min < 30 {
        (min - 182, max + 183)
    } else {
        (min, max)
    }
}

/// Ticks on the first day of years (labelled "2013") when the range covers
/// at least two years, otherwise on the first day of months (labelled
/// "2013-03"). At most `max_ticks` ticks, all inside `min..=max`.
pub fn date_ticks(min: i32, max: i32, max_ticks: usize) -> Vec<DateTick> {
    let max_ticks = max_ticks.max(1);
    let (first_year, _, _) = civil_from_days(min);
    let (last_year, _, _) = civil_from_days(max);
    if last_year - first_year >= 2 {
        for step in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
            let ticks: Vec<DateTick> = (first_year..=last_year)
                .filter(|y| y.rem_euclid(step) == 0)
                .map(|y| (y, days_from_civil(y, 1, 1)))
                .filter(|&(_, d)| d >= min && d <= max)
                .map(|(y, day)| DateTick {
                    day,
                    label: y.to_string(),
                })
                .collect();
            if ticks.len() <= max_ticks {
                return ticks;
            }
        }
        return Vec::new();
    }
    let first = first_year * 12;
    let last = last_year * 12 + 11;
    for step in [1, 2, 3, 6, 12] {
        let ticks: Vec<DateTick> = (first..=last)
            .filter(|m| m.rem_euclid(12) % step == 0)
            .map(|m| {
                let (y, mo) = (m.div_euclid(12), m.rem_euclid(12) as u32 + 1);
                (y, mo, days_from_civil(y, mo, 1))
            })
            .filter(|&(_, _, d)| d >= min && d <= max)
            .map(|(y, mo, day)| DateTick {
                day,
                label: format!("{y}-{mo:02}"),
            })
            .collect();
        if ticks.len() <= max_ticks {
            return ticks;
        }
    }
    Vec::new()
}

/// How many date ticks fit along `width` pixels without their labels
/// touching: year labels ("2013") need about 46 px each, month labels
/// ("2013-03") about 70 px.
pub fn date_tick_room(min: i32, max: i32, width: f64) -> usize {
    let years = civil_from_days(max).0 - civil_from_days(min).0;
    let per_tick = if years >= 2 { 46.0 } else { 70.0 };
    (width.max(0.0) / per_tick).floor() as usize
}

/// The proleptic Gregorian date of a day counted from 1970-01-01:
/// (year, month 1..=12, day 1..=31).
pub fn civil_from_days(days: i32) -> (i32, u32, u32) {
    // Count in 400-year eras from 0000-03-01, so that the leap day ends a year.
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

/// Days from 1970-01-01 to the given date (the inverse of
/// [`civil_from_days`]).
pub fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let shifted_month = i64::from((month + 9) % 12);
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    (era * 146_097 + day_of_era - 719_468) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_ticks(max: f64, target: usize, whole: bool, expected: &[f64]) {
        let ticks = value_ticks(max, target, whole);
        assert_eq!(ticks.values, expected, "max {max}");
    }

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.0), 1.0);
        assert_eq!(nice_step(1.3), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(7.0), 10.0);
        assert_eq!(nice_step(23.0), 50.0);
        assert_eq!(nice_step(0.023), 0.05);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
        assert_eq!(nice_step(1000.0), 1000.0);
        assert_eq!(nice_step(1001.0), 2000.0);
        assert_eq!(nice_step(250_000.0), 500_000.0);
        // Far from any count, still a step (a power of ten, within rounding).
        for raw in [f64::MIN_POSITIVE / 4.0, 1e-300, 1e300] {
            let step = nice_step(raw);
            assert!(
                step >= raw && step <= raw * 10.0 * (1.0 + 1e-9),
                "{raw}: {step}"
            );
        }
    }

    #[test]
    fn ticks_cover_the_maximum() {
        check_ticks(312.0, 5, true, &[0.0, 100.0, 200.0, 300.0, 400.0]);
        check_ticks(100.0, 5, true, &[0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        check_ticks(7.0, 5, true, &[0.0, 2.0, 4.0, 6.0, 8.0]);
        check_ticks(
            1093.0,
            5,
            true,
            &[0.0, 200.0, 400.0, 600.0, 800.0, 1000.0, 1200.0],
        );
        check_ticks(144.0, 5, true, &[0.0, 50.0, 100.0, 150.0]);
        check_ticks(1.0, 5, true, &[0.0, 1.0]);
        check_ticks(3.0, 5, true, &[0.0, 1.0, 2.0, 3.0]);
        check_ticks(0.9, 4, false, &[0.0, 0.5, 1.0]);
    }

    #[test]
    fn empty_and_hostile_maxima_give_a_unit_axis() {
        check_ticks(0.0, 5, true, &[0.0, 1.0]);
        check_ticks(-4.0, 5, true, &[0.0, 1.0]);
        check_ticks(f64::NAN, 5, true, &[0.0, 1.0]);
        check_ticks(f64::INFINITY, 5, true, &[0.0, 1.0]);
    }

    #[test]
    fn huge_values_keep_few_ticks() {
        let ticks = value_ticks(1.0e12, 5, true);
        assert_eq!(ticks.step, 2.0e11);
        assert_eq!(ticks.top(), 1.0e12);
        let ticks = value_ticks(u64::MAX as f64, 5, true);
        assert!(ticks.values.len() <= 7 && ticks.top() >= u64::MAX as f64);
    }

    #[test]
    fn civil_dates_round_trip() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for day in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }

    fn check_dates(from: (i32, u32, u32), to: (i32, u32, u32), max: usize, expected: &str) {
        let min = days_from_civil(from.0, from.1, from.2);
        let max_day = days_from_civil(to.0, to.1, to.2);
        let labels: Vec<String> = date_ticks(min, max_day, max)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels.join(" "), expected);
    }

    #[test]
    fn long_spans_tick_at_years() {
        check_dates((2009, 3, 1), (2013, 6, 1), 10, "2010 2011 2012 2013");
        check_dates(
            (2009, 1, 1),
            (2025, 12, 31),
            10,
            "2010 2012 2014 2016 2018 2020 2022 2024",
        );
        check_dates(
            (1950, 1, 1),
            (2025, 1, 1),
            10,
            "1950 1960 1970 1980 1990 2000 2010 2020",
        );
    }

    #[test]
    fn short_spans_tick_at_months() {
        check_dates(
            (2013, 1, 15),
            (2013, 5, 1),
            12,
            "2013-02 2013-03 2013-04 2013-05",
        );
        check_dates(
            (2013, 1, 1),
            (2014, 6, 30),
            8,
            "2013-01 2013-04 2013-07 2013-10 2014-01 2014-04",
        );
    }

    #[test]
    fn a_single_day_gets_a_year_around_it() {
        let day = days_from_civil(2015, 6, 1);
        let (a, b) = date_domain(day, day);
        assert_eq!(b - a, 365);
        assert_eq!(date_domain(10, 400), (10, 400));
    }
}
