//! The sessions on a calendar line, each a circle whose area shows how many
//! recommendations it made.
//!
//! Sessions can be weeks apart, so their labels would collide: the largest
//! sessions are labelled first, in up to three rows under the circles with a
//! thin leader line, and a label that finds no free place is left out (the
//! circle's `<title>` and `aria-label` always carry the full text). Counts go
//! inside a circle when they fit and above it otherwise.

use super::axis::{date_domain, date_tick_room, date_ticks};
use super::format::format_count;
use super::svg::{
    begin_chart, end_chart, fit_text, heading_height, label, line, num, text_width, AXIS, GRID,
    LABEL_SIZE, MUTED, PAD, TEXT, TICK_SIZE, WIDTH,
};
use super::{Timeline, TimelineEvent};

/// Draws the sessions time line as a standalone SVG document.
pub fn render_timeline(chart: &Timeline) -> String {
    let labels = &chart.labels;
    let sep = &labels.thousands;
    let events = &chart.events;

    let (first, last) = match (
        events.iter().map(|e| e.day).min(),
        events.iter().map(|e| e.day).max(),
    ) {
        (Some(a), Some(b)) => date_domain(a, b),
        _ => date_domain(14_610, 18_262),
    };
    let max_count = events.iter().map(|e| e.count).max().unwrap_or(0);

    let top = heading_height(labels);
    let band_top = top + COUNT_ROOM;
    let cy = band_top + R_MAX;
    let rows_top = cy + R_MAX + 10.0;
    let axis_y = rows_top + ROWS as f64 * ROW_H + 8.0;
    let ticks_at = axis_y + 8.0 + TICK_SIZE;
    let mut height = ticks_at + 4.0;
    let x_title_at = height + 8.0 + LABEL_SIZE;
    if !labels.x_axis.is_empty() {
        height = x_title_at + 4.0;
    }
    height += PAD;

    let left = PAD + R_MAX;
    let right = WIDTH - PAD - R_MAX;
    let span = f64::from(last - first).max(1.0);
    let x_of = |day: i32| left + f64::from(day - first) / span * (right - left);

    let (mut svg, _) = begin_chart("timeline", labels, height);

    let ticks = date_ticks(first, last, date_tick_room(first, last, right - left));
    svg.open("g", &[("class", "kenes-axis kenes-axis-x")]);
    for tick in &ticks {
        let x = x_of(tick.day);
        line(&mut svg, (x, band_top - 6.0), (x, cy + R_MAX), GRID);
        line(&mut svg, (x, axis_y), (x, axis_y + 5.0), AXIS);
        label(
            &mut svg,
            x,
            ticks_at,
            TICK_SIZE,
            "middle",
            MUTED,
            &tick.label,
        );
    }
    svg.close("g");
    line(&mut svg, (PAD, axis_y), (WIDTH - PAD, axis_y), AXIS);
    line(&mut svg, (PAD, cy), (WIDTH - PAD, cy), GRID);

    // Larger sessions are drawn first so that smaller ones stay visible and
    // clickable on top of them, and are labelled first.
    let mut order: Vec<usize> = (0..events.len()).collect();
    order.sort_by(|&a, &b| {
        events[b]
            .count
            .cmp(&events[a].count)
            .then(events[a].day.cmp(&events[b].day))
    });
    let radius = |count: u64| {
        if max_count == 0 {
            R_MIN
        } else {
            (R_MAX * (count as f64 / max_count as f64).sqrt()).max(R_MIN)
        }
    };

    svg.open("g", &[("class", "kenes-marks")]);
    for &i in &order {
        let e = &events[i];
        mark(&mut svg, e, x_of(e.day), cy, radius(e.count), sep);
    }
    svg.close("g");

    // Counts: inside the circle when they fit, else above it if free.
    let mut above: Vec<(f64, f64)> = Vec::new();
    svg.open("g", &[("class", "kenes-counts"), ("aria-hidden", "true")]);
    for &i in &order {
        let e = &events[i];
        let (x, r) = (x_of(e.day), radius(e.count));
        let text = format_count(e.count, sep);
        let w = text_width(&text, COUNT_SIZE);
        if w + 6.0 <= 2.0 * r {
            svg.text(
                "text",
                &[
                    ("x", &num(x)),
                    ("y", &num(cy + COUNT_SIZE * 0.36)),
                    ("font-size", &num(COUNT_SIZE)),
                    ("font-weight", "600"),
                    ("text-anchor", "middle"),
                    ("fill", "#ffffff"),
                ],
                &text,
            );
        } else {
            let span = (x - w / 2.0 - 2.0, x + w / 2.0 + 2.0);
            if above.iter().all(|&(a, b)| span.1 <= a || span.0 >= b) {
                above.push(span);
                label(&mut svg, x, cy - r - 4.0, COUNT_SIZE, "middle", TEXT, &text);
            }
        }
    }
    svg.close("g");

    // Session labels in rows under the circles, with leader lines.
    let mut placed: Vec<(usize, f64, f64)> = Vec::new(); // (row, from, to)
    let mut leaders: Vec<(usize, f64)> = Vec::new(); // (row, x)
    svg.open(
        "g",
        &[("class", "kenes-session-labels"), ("aria-hidden", "true")],
    );
    for &i in &order {
        let e = &events[i];
        let (x, r) = (x_of(e.day), radius(e.count));
        let text = fit_text(&e.label, 24, 150.0, SESSION_SIZE);
        let w = text_width(&text, SESSION_SIZE);
        let from = (x - w / 2.0).clamp(PAD, (WIDTH - PAD - w).max(PAD));
        let to = from + w;
        let free = |row: usize| {
            placed
                .iter()
                .all(|&(r2, a, b)| r2 != row || to + GAP <= a || from >= b + GAP)
                // A label must not sit on the leader of a deeper label...
                && leaders
                    .iter()
                    .all(|&(r2, lx)| r2 <= row || lx < from - 2.0 || lx > to + 2.0)
                // ...and its own leader must not cross a label above it.
                && placed
                    .iter()
                    .all(|&(r2, a, b)| r2 >= row || x < a - 2.0 || x > b + 2.0)
        };
        if let Some(row) = (0..ROWS).find(|&row| free(row)) {
            placed.push((row, from, to));
            leaders.push((row, x));
            let baseline = rows_top + row as f64 * ROW_H + SESSION_SIZE;
            line(
                &mut svg,
                (x, cy + r + 2.0),
                (x, baseline - SESSION_SIZE - 1.0),
                AXIS,
            );
            label(&mut svg, from, baseline, SESSION_SIZE, "start", TEXT, &text);
        }
    }
    svg.close("g");

    if !labels.x_axis.is_empty() {
        let text = fit_text(&labels.x_axis, 80, WIDTH - 2.0 * PAD, LABEL_SIZE);
        label(
            &mut svg,
            WIDTH / 2.0,
            x_title_at,
            LABEL_SIZE,
            "middle",
            MUTED,
            &text,
        );
    }
    end_chart(svg)
}

/// The largest circle, for the session with the most recommendations.
const R_MAX: f64 = 26.0;
/// The smallest circle, so that a session with few (or no) recommendations
/// can still be seen and clicked.
const R_MIN: f64 = 4.0;
/// Room above the circles for counts that do not fit inside.
const COUNT_ROOM: f64 = 18.0;
const COUNT_SIZE: f64 = 11.0;
const SESSION_SIZE: f64 = 11.0;
const ROWS: usize = 3;
const ROW_H: f64 = 16.0;
const GAP: f64 = 8.0;
const FILL: &str = "#3e7cb1";

/// One session: a focusable `<g>` with the filter attributes around its
/// circle. A session without recommendations is a ring.
fn mark(svg: &mut super::svg::Svg, e: &TimelineEvent, x: f64, cy: f64, r: f64, sep: &str) {
    let summary = format!(
        "{} · {}: {}",
        e.label,
        e.date_label,
        format_count(e.count, sep)
    );
    svg.open(
        "g",
        &[
            ("class", "kenes-mark"),
            ("data-filter-kind", "session"),
            ("data-filter-value", &e.filter_value),
            ("tabindex", "0"),
            ("role", "button"),
            ("aria-label", &summary),
        ],
    );
    svg.title(&summary);
    let (fill, stroke) = if e.count == 0 {
        ("#ffffff", FILL)
    } else {
        (FILL, "#ffffff")
    };
    svg.leaf(
        "circle",
        &[
            ("cx", &num(x)),
            ("cy", &num(cy)),
            ("r", &num(r)),
            ("fill", fill),
            ("fill-opacity", if e.count == 0 { "1" } else { "0.85" }),
            ("stroke", stroke),
            ("stroke-width", if e.count == 0 { "1.5" } else { "1" }),
        ],
    );
    svg.close("g");
}
