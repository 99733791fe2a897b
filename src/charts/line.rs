//! Line charts over time: the progress of recommendations (made, accepted,
//! implemented so far) on a calendar axis.
//!
//! Written by hand rather than with plotters so that it matches the bar
//! charts exactly (same fonts, tick rules, number format, legend and
//! heading), scales with a viewBox, and carries ARIA and `<title>` per
//! series; see the report of the `charts` branch for the comparison.

use super::axis::{civil_from_days, date_domain, date_tick_room, date_ticks, value_ticks};
use super::format::format_value;
use super::svg::{
    begin_chart, chart_width, dashes, end_chart, fit_text, heading_height, label, legend,
    legend_height, line, num, text_width, x_axis_title, Svg, Texture, AXIS, GRID, LABEL_SIZE,
    MUTED, PAD, TEXT, TICK_SIZE,
};
use super::{LineChart, LineSeries};

/// Draws a line chart as a standalone SVG document.
pub fn render_lines(chart: &LineChart) -> String {
    let labels = &chart.labels;
    let sep = &labels.thousands;
    let width = chart_width(labels);
    let plot_h = if width < 480.0 { 220.0 } else { PLOT_HEIGHT };

    let values = || chart.series.iter().flat_map(|s| finite(s).map(|&(_, v)| v));
    let max = values().fold(0.0, f64::max);
    let whole = values().all(|v| v.fract() == 0.0);
    let ticks = value_ticks(max, 5, whole);
    let tick_texts: Vec<String> = ticks
        .values
        .iter()
        .map(|v| format_value(*v, ticks.step, sep))
        .collect();
    let tick_w = tick_texts
        .iter()
        .map(|t| text_width(t, TICK_SIZE))
        .fold(0.0, f64::max);

    let days = || chart.series.iter().flat_map(|s| finite(s).map(|&(d, _)| d));
    let (first, last) = match (days().min(), days().max()) {
        (Some(a), Some(b)) => date_domain(a, b),
        // No data: show the current era's decade so the axis is still valid.
        _ => date_domain(14_610, 18_262),
    };

    let ends: Vec<Option<(f64, String)>> = chart
        .series
        .iter()
        .map(|s| {
            finite(s)
                .last()
                .map(|&(_, v)| (v, format_value(v, ticks.step.min(1.0), sep)))
        })
        .collect();
    let end_w = ends
        .iter()
        .flatten()
        .map(|(_, t)| text_width(t, LABEL_SIZE))
        .fold(0.0, f64::max);

    let mut top = heading_height(labels);
    let legend_top = top;
    top += legend_height(&series_of(chart), width, Texture::Dashes);
    let y_title_at = top + LABEL_SIZE;
    if !labels.y_axis.is_empty() {
        top += LABEL_SIZE + 6.0;
    }
    let plot_top = top + 12.0;
    let plot_bottom = plot_top + plot_h;
    let left = PAD + tick_w + 8.0;
    let right = width - PAD - if end_w > 0.0 { end_w + 18.0 } else { 0.0 };
    let plot_w = right - left;
    let ticks_at = plot_bottom + 8.0 + TICK_SIZE;
    let mut height = ticks_at + 4.0;
    let x_title_at = height + 8.0 + LABEL_SIZE;
    if !labels.x_axis.is_empty() {
        height = x_title_at + 4.0;
    }
    height += PAD;

    let span = f64::from(last - first).max(1.0);
    let x_of = |day: i32| left + f64::from(day - first) / span * plot_w;
    let y_of = |v: f64| plot_bottom - v.max(0.0) / ticks.top() * plot_h;

    let (mut svg, _) = begin_chart("lines", labels, height, false);
    legend(
        &mut svg,
        &series_of(chart),
        legend_top,
        width,
        Texture::Dashes,
    );
    if !labels.y_axis.is_empty() {
        let text = fit_text(&labels.y_axis, 80, width - 2.0 * PAD, LABEL_SIZE);
        label(&mut svg, PAD, y_title_at, LABEL_SIZE, "start", MUTED, &text);
    }

    svg.open("g", &[("class", "kenes-axis kenes-axis-y")]);
    for (v, text) in ticks.values.iter().zip(&tick_texts) {
        let y = y_of(*v);
        if *v > 0.0 {
            line(&mut svg, (left, y), (right, y), GRID);
        }
        label(&mut svg, left - 8.0, y + 4.0, TICK_SIZE, "end", MUTED, text);
    }
    svg.close("g");

    let max_ticks = date_tick_room(first, last, plot_w);
    svg.open("g", &[("class", "kenes-axis kenes-axis-x")]);
    for tick in date_ticks(first, last, max_ticks) {
        let x = x_of(tick.day);
        line(&mut svg, (x, plot_bottom), (x, plot_bottom + 5.0), AXIS);
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
    line(&mut svg, (left, plot_bottom), (right, plot_bottom), AXIS);

    svg.open("g", &[("class", "kenes-marks")]);
    for (i, s) in chart.series.iter().enumerate() {
        let points: Vec<(f64, f64)> = finite(s).map(|&(d, v)| (x_of(d), y_of(v))).collect();
        series_path(&mut svg, s, dashes(i), &points, right, sep);
    }
    svg.close("g");

    // End-of-line values, pushed apart so that lines ending close together
    // keep readable labels.
    let mut placed: Vec<(f64, usize)> = ends
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.as_ref().map(|(v, _)| (y_of(*v) + 4.5, i)))
        .collect();
    spread(&mut placed, LABEL_SIZE + 3.0, plot_bottom + 4.5);
    svg.open(
        "g",
        &[("class", "kenes-end-labels"), ("aria-hidden", "true")],
    );
    for (y, i) in placed {
        if let Some((_, text)) = &ends[i] {
            label(&mut svg, right + 10.0, y, LABEL_SIZE, "start", TEXT, text);
        }
    }
    svg.close("g");

    if !labels.x_axis.is_empty() {
        x_axis_title(&mut svg, &labels.x_axis, (left, right), width, x_title_at);
    }
    end_chart(svg)
}

/// The height of the plot; 220 on a phone-sized chart.
const PLOT_HEIGHT: f64 = 260.0;

/// One series: a step or straight path with its tooltip, and a dot at its
/// last point. `dash` tells it from the other lines without its colour.
fn series_path(
    svg: &mut Svg,
    s: &LineSeries,
    dash: Option<&str>,
    points: &[(f64, f64)],
    right: f64,
    sep: &str,
) {
    let tooltip = match s.points.iter().rev().find(|(_, v)| v.is_finite()) {
        Some(&(day, v)) => {
            let (y, m, d) = civil_from_days(day);
            format!(
                "{}: {} ({y}-{m:02}-{d:02})",
                s.series.label,
                format_value(v, 1.0, sep)
            )
        }
        None => s.series.label.clone(),
    };
    svg.open(
        "g",
        &[("class", "kenes-series"), ("data-series", &s.series.key)],
    );
    svg.title(&tooltip);
    let mut d = String::new();
    for (i, &(x, y)) in points.iter().enumerate() {
        if i == 0 {
            d.push_str(&format!("M{} {}", num(x), num(y)));
        } else if s.cumulative {
            d.push_str(&format!("H{}V{}", num(x), num(y)));
        } else {
            d.push_str(&format!("L{} {}", num(x), num(y)));
        }
    }
    let mut end = points.last().copied();
    if s.cumulative {
        if let Some((_, y)) = end {
            d.push_str(&format!("H{}", num(right)));
            end = Some((right, y));
        }
    }
    if points.len() > 1 || s.cumulative && !points.is_empty() {
        let mut attrs = vec![
            ("d", d.as_str()),
            ("fill", "none"),
            ("stroke", &s.series.color),
            ("stroke-width", "2.5"),
            ("stroke-linejoin", "round"),
            ("stroke-linecap", "round"),
        ];
        if let Some(dash) = dash {
            attrs.push(("stroke-dasharray", dash));
        }
        svg.leaf("path", &attrs);
    }
    if let Some((x, y)) = end {
        svg.leaf(
            "circle",
            &[
                ("cx", &num(x)),
                ("cy", &num(y)),
                ("r", "3.5"),
                ("fill", &s.series.color),
            ],
        );
    }
    svg.close("g");
}

/// Moves labels (y, id) apart so that neighbours are at least `gap` apart,
/// keeping them above `max` where there is room.
fn spread(labels: &mut [(f64, usize)], gap: f64, max: f64) {
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    for i in 1..labels.len() {
        if labels[i].0 < labels[i - 1].0 + gap {
            labels[i].0 = labels[i - 1].0 + gap;
        }
    }
    // If the lowest label went past the bottom, shift the pile up.
    if let Some(&(last, _)) = labels.last() {
        if last > max {
            let shift = last - max;
            for l in labels.iter_mut() {
                l.0 -= shift;
            }
            for i in (0..labels.len().saturating_sub(1)).rev() {
                if labels[i].0 > labels[i + 1].0 - gap {
                    labels[i].0 = labels[i + 1].0 - gap;
                }
            }
        }
    }
}

/// The points of a series that can be drawn: a value that is not a number
/// is left out rather than drawn at zero.
fn finite(s: &LineSeries) -> impl Iterator<Item = &(i32, f64)> {
    s.points.iter().filter(|(_, v)| v.is_finite())
}

fn series_of(chart: &LineChart) -> Vec<super::Series> {
    chart.series.iter().map(|s| s.series.clone()).collect()
}
