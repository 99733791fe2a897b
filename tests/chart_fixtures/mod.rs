//! Realistic chart specs, shaped like what the query layer builds for the
//! Dialogue Platform on Human Dimension: shared by the chart tests and by
//! `examples/charts_gallery.rs`, which renders them for a visual check.

#![allow(dead_code)]

use kenes::charts::{
    BarChart, Category, Labels, LineChart, LineSeries, Orientation, Series, Timeline, TimelineEvent,
};

pub fn labels(title: &str, x: &str, y: &str, summary: &str) -> Labels {
    Labels {
        title: title.to_owned(),
        x_axis: x.to_owned(),
        y_axis: y.to_owned(),
        summary: summary.to_owned(),
        thousands: ",".to_owned(),
        width: 640,
    }
}

/// The widths the charts are checked at: a small phone, a common phone, the
/// report's column on a laptop, a wide screen or projector.
pub const WIDTHS: [u32; 4] = [320, 390, 640, 1000];

pub fn series(key: &str, label: &str, color: &str) -> Series {
    Series {
        key: key.to_owned(),
        label: label.to_owned(),
        color: color.to_owned(),
    }
}

pub fn stages() -> Vec<Series> {
    vec![
        series("pending", "Pending", "#9aa5b1"),
        series("accepted", "Accepted", "#3e7cb1"),
        series("in-progress", "In progress", "#f0b429"),
        series("implemented", "Implemented", "#2f9e44"),
        series("declined", "Declined", "#c92a2a"),
    ]
}

/// A deterministic stand-in for random counts.
fn noise(seed: u64) -> u64 {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xDEAD_BEEF;
    x ^= x >> 29;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ (x >> 32)
}

pub fn cat(filter: Option<&str>, label: &str, values: Vec<u64>) -> Category {
    Category {
        filter_value: filter.map(str::to_owned),
        label: label.to_owned(),
        values,
    }
}

/// Recommendations per year 2013-2024, stacked by stage.
pub fn years_by_stage() -> BarChart {
    let categories = (2013..=2024u64)
        .map(|year| {
            let old = 2025 - year;
            let values = vec![
                noise(year) % 10 + if old < 3 { 30 } else { 2 },
                noise(year + 1) % 30 + 10,
                noise(year + 2) % 25 + 5,
                noise(year + 3) % 20 + old * 6,
                noise(year + 4) % 12 + 3,
            ];
            cat(Some(&year.to_string()), &year.to_string(), values)
        })
        .collect();
    BarChart {
        labels: labels(
            "Recommendations by year and stage",
            "Year of the session",
            "Recommendations",
            "Recommendations made each year from 2013 to 2024, split by their stage.",
        ),
        orientation: Orientation::Vertical,
        filter_kind: "year".to_owned(),
        series: stages(),
        categories,
        legend: true,
    }
}

pub const THEMES: [&str; 14] = [
    "Азаптауды болдырмау",
    "Сөз бостандығы және ақпаратқа қол жеткізу",
    "Свобода мирных собраний",
    "Права женщин и гендерное равенство",
    "Балалардың құқықтары",
    "Доступ к правосудию и справедливое судебное разбирательство",
    "Права людей с инвалидностью",
    "Freedom of religion or belief",
    "Еңбек құқықтары",
    "Противодействие торговле людьми",
    "Қылмыстық-атқару жүйесі",
    "Права мигрантов",
    "Local self-government",
    "Экологиялық құқықтар",
];

/// Recommendations per theme, one series, sorted as the query layer would.
pub fn themes() -> BarChart {
    let mut categories: Vec<Category> = THEMES
        .iter()
        .enumerate()
        .map(|(i, t)| {
            cat(
                Some(&format!("theme-{i}")),
                t,
                vec![noise(i as u64 + 40) % 140 + 6],
            )
        })
        .collect();
    categories.sort_by(|a, b| b.values[0].cmp(&a.values[0]));
    categories.push(cat(None, "Басқа / Другое", vec![9]));
    BarChart {
        labels: labels(
            "Рекомендациялар тақырыптар бойынша",
            "Рекомендациялар саны",
            "Тақырып",
            "Тақырыптар бойынша ұсынымдар саны.",
        ),
        orientation: Orientation::Horizontal,
        filter_kind: "theme".to_owned(),
        series: vec![series("count", "Рекомендациялар", "#3e7cb1")],
        categories,
        legend: false,
    }
}

/// Recommendations per addressed body, 25 bodies, stacked by stage.
pub fn bodies() -> BarChart {
    let names = [
        "Ministry of Justice",
        "Ministry of Internal Affairs",
        "Prosecutor General's Office",
        "Supreme Court",
        "Ministry of Labour and Social Protection of the Population",
        "Ministry of Information and Social Development",
        "Ministry of Education",
        "Ministry of Health",
        "Commissioner for Human Rights (Ombudsman)",
        "Central Election Commission",
        "Parliament (Mazhilis)",
        "Senate",
        "Agency for Civil Service Affairs",
        "Anti-Corruption Agency",
        "Ministry of Foreign Affairs",
        "National Security Committee",
        "Ministry of Culture and Sports",
        "Ministry of Ecology and Natural Resources",
        "Ministry of Digital Development, Innovations and Aerospace Industry",
        "Akimat of Almaty",
        "Akimat of Astana",
        "National Centre for Human Rights",
        "Ministry of Finance",
        "Ministry of National Economy",
        "Commission on Women's Affairs and Family and Demographic Policy",
    ];
    let mut categories: Vec<Category> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let s = i as u64 * 7 + 100;
            let scale = 25 - i as u64;
            let values = (0..5).map(|k| noise(s + k) % (scale + 2)).collect();
            cat(Some(&format!("body-{i}")), n, values)
        })
        .collect();
    categories.sort_by_key(|c| std::cmp::Reverse(c.values.iter().sum::<u64>()));
    BarChart {
        labels: labels(
            "Recommendations by addressed body",
            "Recommendations",
            "",
            "Recommendations per state body, split by stage.",
        ),
        orientation: Orientation::Horizontal,
        filter_kind: "body".to_owned(),
        series: stages(),
        categories,
        legend: true,
    }
}

/// Recommendations per status: one bar per stage, each in its stage colour
/// (a stacked chart whose categories each have one non-zero value).
pub fn statuses() -> BarChart {
    let counts = [128u64, 342, 211, 1093, 57];
    let stages = stages();
    let categories = stages
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut values = vec![0; stages.len()];
            values[i] = counts[i];
            cat(Some(&s.key), &s.label, values)
        })
        .collect();
    BarChart {
        labels: labels(
            "Recommendations by stage",
            "Recommendations",
            "",
            "Where the 1,831 recommendations stand today.",
        ),
        orientation: Orientation::Horizontal,
        filter_kind: "status".to_owned(),
        series: stages,
        categories,
        legend: false,
    }
}

pub fn days(year: i32, month: u32, day: u32) -> i32 {
    // Days from 1970-01-01, for fixtures only.
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as i32
}

/// Session dates 2009-2024: 20 sessions, some in the same year.
pub fn session_days() -> Vec<(i32, u64)> {
    let dates = [
        (2009, 3, 12),
        (2009, 11, 20),
        (2010, 6, 4),
        (2011, 2, 17),
        (2011, 10, 6),
        (2012, 5, 24),
        (2013, 4, 11),
        (2013, 12, 5),
        (2014, 9, 26),
        (2015, 6, 18),
        (2016, 4, 7),
        (2017, 3, 2),
        (2017, 11, 23),
        (2018, 10, 12),
        (2019, 6, 27),
        (2020, 12, 10),
        (2021, 9, 16),
        (2022, 6, 9),
        (2023, 11, 30),
        (2024, 10, 17),
    ];
    let counts = [
        12u64, 0, 35, 48, 9, 160, 22, 71, 64, 3, 118, 40, 27, 95, 55, 14, 88, 133, 76, 51,
    ];
    dates
        .iter()
        .zip(counts)
        .map(|(&(y, m, d), c)| (days(y, m, d), c))
        .collect()
}

pub fn progress() -> LineChart {
    let sessions = session_days();
    let mut made = 0.0;
    let mut accepted = 0.0;
    let mut implemented = 0.0;
    let mut a = Vec::new();
    let mut b = Vec::new();
    let mut c = Vec::new();
    for (i, &(day, count)) in sessions.iter().enumerate() {
        made += count as f64;
        accepted += (count as f64 * 0.8).round();
        a.push((day, made));
        b.push((day + 60, accepted));
        if i > 1 {
            implemented += (sessions[i - 2].1 as f64 * 0.55).round();
            c.push((day + 120, implemented));
        }
    }
    let line = |s: Series, points| LineSeries {
        series: s,
        points,
        cumulative: true,
    };
    LineChart {
        labels: labels(
            "Progress of recommendations, 2009-2025",
            "",
            "Recommendations (cumulative)",
            "Running totals of recommendations made, accepted and implemented.",
        ),
        series: vec![
            line(series("made", "Made", "#9aa5b1"), a),
            line(series("accepted", "Accepted", "#3e7cb1"), b),
            line(series("implemented", "Implemented", "#2f9e44"), c),
        ],
    }
}

pub fn timeline() -> Timeline {
    let events = session_days()
        .into_iter()
        .enumerate()
        .map(|(i, (day, count))| TimelineEvent {
            filter_value: format!("s{}", i + 1),
            label: format!("Session {}", i + 1),
            day,
            date_label: format!("session date {}", i + 1),
            count,
        })
        .collect();
    Timeline {
        labels: labels(
            "Sessions and their recommendations",
            "Session date",
            "Recommendations",
            "Twenty sessions from 2009 to 2024 and the recommendations each made.",
        ),
        events,
        color: None,
    }
}

/// The sessions of the demo dataset: 74 sessions 2009-2025 with the shape of
/// the real body's calendar. A plan session in May 2009 with 60
/// recommendations; quarterly plenaries with 2-11 each; yearly clusters of
/// five or six working-group meetings days apart (six in 2013 with 24-29
/// each); a large plenary on 14 December 2023 with 79 and a thematic
/// conference with 160.
pub fn sessions_demo() -> Timeline {
    const MONTHS: [&str; 12] = [
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
    let mut dates: Vec<((i32, u32, u32), u64, String)> = vec![(
        (2009, 5, 21),
        60,
        "Session adopting the Human Dimension action plan".to_owned(),
    )];
    let mut n = 0u64;
    for year in 2010..=2025 {
        for (q, month) in [3u32, 6, 9, 12].into_iter().enumerate() {
            if year == 2025 && q > 1 {
                break;
            }
            n += 1;
            let count = 2 + noise(n + 500) % 10;
            dates.push((
                (year, month, 10 + q as u32),
                count,
                format!("Plenary session {n}"),
            ));
        }
    }
    for (k, day) in [11u32, 14, 18, 21, 25, 28].into_iter().enumerate() {
        dates.push((
            (2013, 6, day),
            24 + noise(k as u64 + 900) % 6,
            format!("Working group on access to justice, meeting {}", k + 1),
        ));
    }
    for (k, day) in [3u32, 10, 17].into_iter().enumerate() {
        dates.push((
            (2019, 10, day),
            12 + noise(k as u64 + 700) % 9,
            format!("Working group on freedom of assembly, meeting {}", k + 1),
        ));
    }
    dates.push((
        (2017, 4, 20),
        160,
        "Conference «Human rights and the rule of law: 25 years»".to_owned(),
    ));
    dates.push((
        (2021, 11, 4),
        0,
        "Extraordinary session on the pandemic".to_owned(),
    ));
    // The plenary of 2023-12 is the large one.
    for d in &mut dates {
        if d.0 == (2023, 12, 13) {
            d.0 = (2023, 12, 14);
            d.1 = 79;
            d.2 = "Plenary session on the National Human Rights Action Plan".to_owned();
        }
    }
    dates.sort_by_key(|d| d.0);
    let events = dates
        .into_iter()
        .enumerate()
        .map(|(i, ((y, m, d), count, title))| TimelineEvent {
            filter_value: format!("session-{}", i + 1),
            label: title,
            day: days(y, m, d),
            date_label: format!("{d} {} {y}", MONTHS[m as usize - 1]),
            count,
        })
        .collect();
    Timeline {
        labels: labels(
            "Sessions of the Dialogue Platform and their recommendations",
            "",
            "Recommendations",
            "74 sessions from 2009 to 2025; the largest made 160 recommendations.",
        ),
        events,
        color: None,
    }
}

/// A copy of the chart's labels laid out for `width` pixels.
pub fn at_width(labels: &Labels, width: u32) -> Labels {
    Labels {
        width,
        ..labels.clone()
    }
}
