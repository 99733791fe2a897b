//! The sessions on a calendar axis as needles: a thin stem per session from
//! zero up to the number of recommendations it made, with a dot at the top.
//!
//! The body has held 70 and more sessions, several of them weeks apart, with
//! counts from 0 to a few hundred. Circles sized by count piled into an
//! unreadable strip; needles keep every session visible at any density and
//! let the reader compare counts against a value axis. Only the largest
//! sessions are labelled (their counts, and the names of the top few), each
//! label placed where it touches no other label, stem or dot; everything
//! else is in each session's `<title>` tooltip and `aria-label`. Layout is a
//! pure function ([`Layout::new`]) so that tests check it directly.

use super::axis::{date_domain, date_tick_room, date_ticks, value_ticks, DateTick, Ticks};
use super::format::{clamp, format_count, format_value};
use super::svg::{
    begin_chart, chart_width, end_chart, fit_text, heading_height, label, line, num, text_width,
    x_axis_title, Svg, AXIS, GRID, LABEL_SIZE, MUTED, PAD, TEXT, TICK_SIZE,
};
use super::{Timeline, TimelineEvent};

/// Draws the sessions time line as a standalone SVG document.
pub fn render_timeline(chart: &Timeline) -> String {
    let labels = &chart.labels;
    let l = Layout::new(chart);
    let color = chart.color.as_deref().unwrap_or(DEFAULT_COLOR);

    let (mut svg, _) = begin_chart("timeline", labels, l.height, !chart.events.is_empty());
    if let Some((text, _)) = &l.y_title {
        label(
            &mut svg,
            PAD,
            l.y_title_at,
            LABEL_SIZE,
            "start",
            MUTED,
            text,
        );
    }

    svg.open("g", &[("class", "kenes-axis kenes-axis-y")]);
    for (v, text) in l.ticks.values.iter().zip(&l.tick_texts) {
        let y = l.y_of(*v);
        if *v > 0.0 {
            line(&mut svg, (l.left, y), (l.right, y), GRID);
        }
        label(
            &mut svg,
            l.left - 8.0,
            y + 4.0,
            TICK_SIZE,
            "end",
            MUTED,
            text,
        );
    }
    svg.close("g");

    svg.open("g", &[("class", "kenes-axis kenes-axis-x")]);
    for tick in &l.date_ticks {
        let x = l.x_of(tick.day);
        line(&mut svg, (x, l.baseline), (x, l.baseline + 5.0), AXIS);
        label(
            &mut svg,
            x,
            l.ticks_at,
            TICK_SIZE,
            "middle",
            MUTED,
            &tick.label,
        );
    }
    svg.close("g");
    line(&mut svg, (l.left, l.baseline), (l.right, l.baseline), AXIS);

    // Taller sessions are drawn first, so that the hit area of a short
    // session next to a tall one lies on top and stays clickable.
    // The chart is one Tab stop, on its earliest session (the UI moves it
    // with the arrow keys, in the order of the time line).
    let stop = (0..chart.events.len()).min_by_key(|&i| (chart.events[i].day, i));
    svg.open("g", &[("class", "kenes-marks")]);
    for &i in &l.order {
        let tooltip = tooltip(chart, &chart.events[i]);
        mark(
            &mut svg,
            &chart.events[i],
            (&l, l.needles[i]),
            color,
            &tooltip,
            stop == Some(i),
        );
    }
    svg.close("g");

    svg.open("g", &[("class", "kenes-counts"), ("aria-hidden", "true")]);
    for note in l.notes.iter().filter(|n| n.kind == NoteKind::Count) {
        svg.text(
            "text",
            &[
                ("x", &num(note.x)),
                ("y", &num(note.y)),
                ("font-size", &num(COUNT_SIZE)),
                ("font-weight", "600"),
                ("text-anchor", "middle"),
                ("fill", TEXT),
            ],
            &note.text,
        );
    }
    svg.close("g");
    svg.open(
        "g",
        &[("class", "kenes-session-labels"), ("aria-hidden", "true")],
    );
    for note in l.notes.iter().filter(|n| n.kind == NoteKind::Name) {
        label(
            &mut svg, note.x, note.y, NAME_SIZE, "start", MUTED, &note.text,
        );
    }
    svg.close("g");

    if !labels.x_axis.is_empty() {
        x_axis_title(
            &mut svg,
            &labels.x_axis,
            (l.left, l.right),
            chart_width(labels),
            l.x_title_at,
        );
    }
    end_chart(svg)
}

/// The needles' colour when the spec names none.
const DEFAULT_COLOR: &str = "#3e7cb1";
/// Size of the count and name labels.
const COUNT_SIZE: f64 = 12.0;
const NAME_SIZE: f64 = 12.0;
/// The radius of the dot at the top of a stem.
const DOT: f64 = 3.5;
/// The width of the invisible hit area around each stem, so a short stem or
/// a session without recommendations can still be clicked or tapped.
const HIT: f64 = 10.0;
/// Room above the plot for the labels of the tallest session.
const HEADROOM: f64 = COUNT_SIZE + NAME_SIZE + 18.0;
/// Space kept free between a label and anything else.
const MARGIN: f64 = 2.0;

/// Where a session's needle ends: its x and the y of its dot.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Needle {
    x: f64,
    top: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoteKind {
    Count,
    Name,
}

/// A label above a needle: its text, anchor (`x` is the centre of a count
/// and the start of a name), baseline, and the box it covers.
#[derive(Debug, Clone, PartialEq)]
struct Note {
    kind: NoteKind,
    event: usize,
    text: String,
    x: f64,
    y: f64,
    bounds: Rect,
}

/// An axis-aligned box: (left, top, right, bottom).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

/// Everything the drawing needs, computed before anything is drawn.
struct Layout {
    height: f64,
    left: f64,
    right: f64,
    plot_top: f64,
    baseline: f64,
    /// The value axis title, cut to fit, and the box it covers.
    y_title: Option<(String, Rect)>,
    y_title_at: f64,
    ticks_at: f64,
    x_title_at: f64,
    ticks: Ticks,
    tick_texts: Vec<String>,
    date_ticks: Vec<DateTick>,
    /// The days shown, with a few pixels kept free at both ends.
    first: i32,
    last: i32,
    /// One needle per event, in the order of the events.
    needles: Vec<Needle>,
    /// Event indexes, tallest first.
    order: Vec<usize>,
    notes: Vec<Note>,
}

impl Layout {
    fn new(chart: &Timeline) -> Layout {
        let labels = &chart.labels;
        let events = &chart.events;
        let sep = &labels.thousands;
        let width = chart_width(labels);

        let max = events.iter().map(|e| e.count).max().unwrap_or(0);
        let plot_h = if width < 480.0 { 200.0 } else { 240.0 };
        let ticks = value_ticks(max as f64, 4, true);
        let tick_texts: Vec<String> = ticks
            .values
            .iter()
            .map(|v| format_value(*v, ticks.step, sep))
            .collect();
        let tick_w = tick_texts
            .iter()
            .map(|t| text_width(t, TICK_SIZE))
            .fold(0.0, f64::max);

        let mut top = heading_height(labels);
        let y_title_at = top + LABEL_SIZE;
        let y_title = (!labels.y_axis.is_empty()).then(|| {
            let text = fit_text(&labels.y_axis, 80, width - 2.0 * PAD, LABEL_SIZE);
            let w = text_width(&text, LABEL_SIZE);
            let bounds = Rect {
                x0: PAD,
                y0: y_title_at - LABEL_SIZE,
                x1: PAD + w,
                y1: y_title_at + 4.0,
            };
            (text, bounds)
        });
        if y_title.is_some() {
            top += LABEL_SIZE + 6.0;
        }
        let plot_top = top + HEADROOM;
        let baseline = plot_top + plot_h;
        let left = PAD + tick_w + 8.0;
        let right = width - PAD;
        let ticks_at = baseline + 8.0 + TICK_SIZE;
        let mut height = ticks_at + 4.0;
        let x_title_at = height + 8.0 + LABEL_SIZE;
        if !labels.x_axis.is_empty() {
            height = x_title_at + 4.0;
        }
        height += PAD;

        let (first, last) = match (
            events.iter().map(|e| e.day).min(),
            events.iter().map(|e| e.day).max(),
        ) {
            (Some(a), Some(b)) => date_domain(a, b),
            _ => date_domain(14_610, 18_262),
        };
        let inner = right - left - 2.0 * INSET;
        let date_ticks = date_ticks(first, last, date_tick_room(first, last, inner));

        let mut layout = Layout {
            height,
            left,
            right,
            plot_top,
            baseline,
            y_title,
            y_title_at,
            ticks_at,
            x_title_at,
            ticks,
            tick_texts,
            date_ticks,
            first,
            last,
            needles: Vec::new(),
            order: Vec::new(),
            notes: Vec::new(),
        };
        layout.needles = events
            .iter()
            .map(|e| Needle {
                x: layout.x_of(e.day),
                top: layout.y_of(e.count as f64),
            })
            .collect();
        let mut order: Vec<usize> = (0..events.len()).collect();
        order.sort_by(|&a, &b| {
            events[b]
                .count
                .cmp(&events[a].count)
                .then(events[a].day.cmp(&events[b].day))
        });
        layout.order = order;
        layout.notes = layout.place_notes(chart);
        layout
    }

    fn x_of(&self, day: i32) -> f64 {
        let span = f64::from(self.last - self.first).max(1.0);
        let inner = self.right - self.left - 2.0 * INSET;
        self.left + INSET + f64::from(day - self.first) / span * inner
    }

    fn y_of(&self, v: f64) -> f64 {
        let plot_h = self.baseline - self.plot_top;
        self.baseline - (v.max(0.0) / self.ticks.top()).min(1.0) * plot_h
    }

    /// Labels the largest sessions, largest first: the count just above the
    /// dot and, for the top few, the session name above the count. A label
    /// that would touch another label, another session's stem or dot, or
    /// the axis title is left out.
    fn place_notes(&self, chart: &Timeline) -> Vec<Note> {
        let events = &chart.events;
        let sep = &chart.labels.thousands;
        let plot_w = self.right - self.left;
        let max_counts = ((plot_w / 45.0) as usize).clamp(3, 14);
        let max_names = if plot_w < 360.0 {
            2
        } else if plot_w < 560.0 {
            3
        } else {
            4
        };
        let name_room = clamp(plot_w * 0.5, 100.0, 300.0);
        let name_chars = clamp(plot_w / 20.0, 16.0, 48.0) as usize;

        let mut taken: Vec<Rect> = self.y_title.iter().map(|(_, r)| *r).collect();
        let mut notes = Vec::new();
        let mut names = 0;
        let ranked = self.order.iter().filter(|&&i| events[i].count > 0);
        for (rank, &i) in ranked.take(max_counts).enumerate() {
            let needle = self.needles[i];
            let text = format_count(events[i].count, sep);
            let w = text_width(&text, COUNT_SIZE);
            let x = clamp(
                needle.x,
                self.left + w / 2.0,
                (self.right - w / 2.0).max(self.left),
            );
            let y = needle.top - DOT - 5.0;
            let bounds = text_box(x - w / 2.0, y, w, COUNT_SIZE);
            if !self.is_free(&bounds, i, &taken) {
                continue;
            }
            taken.push(bounds);
            notes.push(Note {
                kind: NoteKind::Count,
                event: i,
                text,
                x,
                y,
                bounds,
            });
            if names >= max_names || rank >= 2 * max_names {
                continue;
            }
            let name = fit_text(&events[i].label, name_chars, name_room, NAME_SIZE);
            if name.is_empty() {
                continue;
            }
            let nw = text_width(&name, NAME_SIZE);
            let nx = clamp(
                needle.x - nw / 2.0,
                self.left,
                (self.right - nw).max(self.left),
            );
            let ny = y - COUNT_SIZE - 6.0;
            let name_bounds = text_box(nx, ny, nw, NAME_SIZE);
            if self.is_free(&name_bounds, i, &taken) {
                taken.push(name_bounds);
                names += 1;
                notes.push(Note {
                    kind: NoteKind::Name,
                    event: i,
                    text: name,
                    x: nx,
                    y: ny,
                    bounds: name_bounds,
                });
            }
        }
        notes
    }

    /// Whether a label of event `own` may cover `bounds`: inside the chart,
    /// clear of the labels placed so far and of every other session's stem
    /// and dot.
    fn is_free(&self, bounds: &Rect, own: usize, taken: &[Rect]) -> bool {
        bounds.y0 >= self.plot_top - HEADROOM
            && bounds.x0 >= self.left - MARGIN
            && bounds.x1 <= self.right + MARGIN
            && taken.iter().all(|r| !r.overlaps(bounds))
            && self.needles.iter().enumerate().all(|(j, n)| {
                let stem = Rect {
                    x0: n.x - DOT,
                    y0: n.top - DOT,
                    x1: n.x + DOT,
                    y1: self.baseline,
                };
                j == own || !stem.overlaps(bounds)
            })
    }
}

/// Keeps the first and last needles off the ends of the axis.
const INSET: f64 = 8.0;

/// The box covered by text of `width` starting at `x` with its baseline at
/// `y`, with a small margin around it.
fn text_box(x: f64, y: f64, width: f64, size: f64) -> Rect {
    Rect {
        x0: x - MARGIN,
        y0: y - size * 0.8 - MARGIN,
        x1: x + width + MARGIN,
        y1: y + size * 0.25 + MARGIN,
    }
}

/// "Plenary session — 14 December 2023: 79 recommendations": the session,
/// its date, and the count followed by the value axis title as its unit.
fn tooltip(chart: &Timeline, e: &TimelineEvent) -> String {
    let count = format_count(e.count, &chart.labels.thousands);
    let mut unit: String = String::new();
    let mut chars = chart.labels.y_axis.trim().chars();
    if let Some(c) = chars.next() {
        unit.push(' ');
        unit.extend(c.to_lowercase());
        unit.extend(chars);
    }
    if e.date_label.is_empty() {
        format!("{}: {count}{unit}", e.label)
    } else {
        format!("{} — {}: {count}{unit}", e.label, e.date_label)
    }
}

/// One session: a button `<g>` with the filter attributes around an
/// invisible hit area, the stem and the dot. A session without
/// recommendations is a ring on the baseline. `stop`: this mark is the
/// chart's Tab stop.
fn mark(
    svg: &mut Svg,
    e: &TimelineEvent,
    (l, n): (&Layout, Needle),
    color: &str,
    tooltip: &str,
    stop: bool,
) {
    svg.open(
        "g",
        &[
            ("class", "kenes-mark"),
            ("data-filter-kind", "session"),
            ("data-filter-value", &e.filter_value),
            ("tabindex", if stop { "0" } else { "-1" }),
            ("role", "button"),
            ("aria-label", tooltip),
        ],
    );
    svg.title(tooltip);
    let hit_top = (n.top - 2.0 * DOT - 4.0).min(l.baseline - 28.0);
    svg.leaf(
        "rect",
        &[
            ("class", "kenes-hit"),
            ("x", &num(n.x - HIT / 2.0)),
            ("y", &num(hit_top)),
            ("width", &num(HIT)),
            ("height", &num(l.baseline + 6.0 - hit_top)),
            ("fill", "#000000"),
            ("fill-opacity", "0"),
        ],
    );
    if e.count > 0 {
        svg.leaf(
            "line",
            &[
                ("class", "kenes-stem"),
                ("x1", &num(n.x)),
                ("y1", &num(l.baseline)),
                ("x2", &num(n.x)),
                ("y2", &num(n.top)),
                ("stroke", color),
                ("stroke-width", "1.5"),
            ],
        );
    }
    let (fill, stroke) = if e.count == 0 {
        ("#ffffff", color)
    } else {
        (color, "#ffffff")
    };
    svg.leaf(
        "circle",
        &[
            ("class", "kenes-dot"),
            ("cx", &num(n.x)),
            ("cy", &num(n.top)),
            ("r", &num(DOT)),
            ("fill", fill),
            ("stroke", stroke),
            ("stroke-width", if e.count == 0 { "1.5" } else { "0.75" }),
        ],
    );
    svg.close("g");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::Labels;

    fn event(i: usize, day: i32, count: u64) -> TimelineEvent {
        TimelineEvent {
            filter_value: format!("s{i}"),
            label: format!("Meeting of the working group number {i}"),
            day,
            date_label: String::new(),
            count,
        }
    }

    fn chart(events: Vec<TimelineEvent>, width: u32) -> Timeline {
        Timeline {
            labels: Labels {
                title: "Sessions".to_owned(),
                y_axis: "Recommendations".to_owned(),
                thousands: ",".to_owned(),
                width,
                ..Labels::default()
            },
            events,
            color: None,
        }
    }

    /// 70 sessions over 2009-2025 shaped like the real body's: a plan
    /// session, yearly clusters of five or six meetings days apart with
    /// similar counts, and quarterly plenaries.
    fn crowded() -> Vec<TimelineEvent> {
        let mut events = vec![event(0, 14_370, 60)];
        let mut i = 1;
        for year in 0..16 {
            let start = 14_610 + year * 365;
            for k in 0..4 {
                let count = if year == 14 && k == 3 {
                    79
                } else {
                    2 + (i as u64 * 7) % 10
                };
                events.push(event(i, start + k * 91, count));
                i += 1;
            }
        }
        for k in 0..6 {
            events.push(event(i, 15_706 + k * 9, 24 + k as u64));
            i += 1;
        }
        events
    }

    #[test]
    fn labels_never_overlap_each_other_or_other_needles() {
        for width in [280, 320, 390, 640, 1000, 1200] {
            let c = chart(crowded(), width);
            let l = Layout::new(&c);
            assert!(l.notes.iter().any(|n| n.kind == NoteKind::Count));
            for (a, na) in l.notes.iter().enumerate() {
                for nb in &l.notes[a + 1..] {
                    assert!(
                        !na.bounds.overlaps(&nb.bounds),
                        "{width}px: {na:?} overlaps {nb:?}"
                    );
                }
                assert!(l.is_free(&na.bounds, na.event, &[]), "{width}px: {na:?}");
            }
        }
    }

    #[test]
    fn the_largest_sessions_are_named() {
        let c = chart(crowded(), 640);
        let big = c.events.iter().position(|e| e.count == 79);
        let l = Layout::new(&c);
        let named: Vec<usize> = l
            .notes
            .iter()
            .filter(|n| n.kind == NoteKind::Name)
            .map(|n| n.event)
            .collect();
        assert!(!named.is_empty() && named.len() <= 4, "{named:?}");
        // The 79 of 2023 stands alone above small plenaries.
        assert!(named.contains(&big.unwrap()), "{named:?}");
    }

    #[test]
    fn needles_rise_to_their_counts() {
        let events = vec![
            event(0, 15_000, 0),
            event(1, 15_100, 50),
            event(2, 15_200, 100),
        ];
        let l = Layout::new(&chart(events, 640));
        assert_eq!(l.needles[0].top, l.baseline);
        let h = |i: usize| l.baseline - l.needles[i].top;
        assert!((h(2) - 2.0 * h(1)).abs() < 0.01);
        assert!(l.needles[0].x < l.needles[1].x && l.needles[1].x < l.needles[2].x);
    }
}
