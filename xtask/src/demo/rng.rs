//! A tiny deterministic random source and calendar arithmetic, so the demo
//! is the same on every run and every machine.

/// SplitMix64: small, fast and good enough to vary illustrative data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as i64
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// A calendar day as a count of days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    /// Howard Hinnant's `days_from_civil`.
    pub fn ymd(y: i64, m: i64, d: i64) -> Day {
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// Parses `YYYY-MM-DD`; panics on anything else (only used on literals).
    pub fn parse(s: &str) -> Day {
        let parts: Vec<i64> = s.split('-').map(|p| p.parse().expect("date")).collect();
        assert_eq!(parts.len(), 3, "full date expected: {s}");
        Day::ymd(parts[0], parts[1], parts[2])
    }

    /// Howard Hinnant's `civil_from_days`.
    pub fn civil(self) -> (i64, i64, i64) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y, m, d)
    }

    pub fn year(self) -> i64 {
        self.civil().0
    }

    pub fn plus(self, days: i64) -> Day {
        Day(self.0 + days)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> i64 {
        (self.0 + 3).rem_euclid(7)
    }

    /// Whether the day is a weekend or a fixed public holiday of Kazakhstan.
    pub fn is_day_off(self) -> bool {
        let (y, m, d) = self.civil();
        const FIXED: [(i64, i64); 13] = [
            (1, 1),
            (1, 2),
            (3, 8),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 6),
            (8, 30),
            (12, 16),
            (12, 17),
        ];
        self.weekday() >= 5
            || FIXED.contains(&(m, d))
            || ((2012..=2021).contains(&y) && (m, d) == (12, 1))
            || (y >= 2022 && (m, d) == (10, 25))
    }

    /// The same day if it is a working day, else the next working day.
    pub fn workday(self) -> Day {
        let mut day = self;
        while day.is_day_off() {
            day = day.plus(1);
        }
        day
    }

    /// A working day picked evenly in `lo..=hi` (moved back inside the range
    /// when a weekend would push it past `hi`).
    pub fn between(rng: &mut Rng, lo: Day, hi: Day) -> Day {
        let day = Day(rng.range(lo.0, hi.0)).workday();
        if day > hi {
            let mut back = hi;
            while back.is_day_off() {
                back = back.plus(-1);
            }
            back.max(lo)
        } else {
            day
        }
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = self.civil();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips() {
        for s in ["1970-01-01", "2000-02-29", "2013-11-21", "2024-12-31"] {
            assert_eq!(Day::parse(s).to_string(), s);
        }
        assert_eq!(Day::parse("2014-01-14").weekday(), 1);
        assert_eq!(Day::parse("2021-10-23").workday().to_string(), "2021-10-25");
    }
}
