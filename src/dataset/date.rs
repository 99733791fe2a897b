//! Partial dates: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
//!
//! The people who keep the record often know only the month or the year of an
//! event, so a date keeps the precision it was written with. Partial dates
//! still need a place on a timeline: a partial date sorts as its first day, but
//! before a full date of that same day, so `2024 < 2024-01 < 2024-01-01`. That
//! makes "the changes known on a day" a prefix of a sorted history.

use std::fmt;

/// A calendar date that may lack its day, or its month and day.
///
/// The fields are private so that every `Date` is a real calendar day (or a
/// real month or year): the only ways to make one check it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    // The field order gives the derived ordering: a missing month or day is 0,
    // which sorts before every real month or day of the same year or month.
    year: i32,
    month: u8,
    day: u8,
}

// The order of the fields, as one integer: a single comparison where the
// derived order would compare field by field (timelines and histories of
// large datasets compare dates millions of times).
impl Ord for Date {
    #[inline]
    fn cmp(&self, other: &Date) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Date {
    #[inline]
    fn partial_cmp(&self, other: &Date) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Date {
    /// Year, month and day packed so that integers order as dates do (a
    /// missing month or day is 0, before every real one).
    #[inline]
    fn key(self) -> i64 {
        (i64::from(self.year) << 16) | (i64::from(self.month) << 8) | i64::from(self.day)
    }

    /// Reads a date written as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with exactly
    /// four digits for the year and two for the month and day. Anything else,
    /// including days that do not exist (`2023-02-29`), is `None`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        match b.len() {
            4 => Some(Date {
                year: digits(b)? as i32,
                month: 0,
                day: 0,
            }),
            7 if b[4] == b'-' => {
                let year = digits(&b[..4])? as i32;
                let month = digits(&b[5..7])?;
                (1..=12).contains(&month).then_some(Date {
                    year,
                    month: month as u8,
                    day: 0,
                })
            }
            10 if b[4] == b'-' && b[7] == b'-' => Date::ymd(
                digits(&b[..4])? as i32,
                digits(&b[5..7])? as u8,
                digits(&b[8..10])? as u8,
            ),
            _ => None,
        }
    }

    /// A full date, or `None` when that day does not exist.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let real = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        real.then_some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    pub fn day(self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// True when the date has a day (it is not a month or a year).
    pub fn is_full(self) -> bool {
        self.day != 0
    }

    /// The first day of the period this date names (itself for a full date).
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month.max(1),
            day: self.day.max(1),
        }
    }

    /// The last day of the period this date names (itself for a full date).
    pub fn last_day(self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        Date {
            year: self.year,
            month,
            day,
        }
    }

    /// Days from 1970-01-01 to the first day of this date (negative before).
    pub fn to_days(self) -> i32 {
        let first = self.first_day();
        // Howard Hinnant's days_from_civil: count from a March-based year so
        // that the leap day is the last day of the year.
        let y = i64::from(first.year) - i64::from(first.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(first.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(first.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        days.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
    }

    /// The full date `days` days after 1970-01-01.
    pub fn from_days(days: i32) -> Date {
        // The inverse of `to_days` (Hinnant's civil_from_days).
        let z = i64::from(days) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl fmt::Display for Date {
    /// Prints the date back with the precision it was written with.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day != 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

/// The number of days in a month of the proleptic Gregorian calendar.
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

/// The value of a run of ASCII digits, or `None` if any byte is not a digit.
/// The runs are at most four digits long, so the value cannot overflow.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}
