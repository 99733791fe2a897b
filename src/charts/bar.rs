//! Bar charts: recommendations per year (vertical columns), per theme, body
//! or status (horizontal bars), stacked by series when there are several.
//!
//! Written by hand rather than with plotters because each bar is a
//! click-to-filter mark: a `<g>` per category carrying `data-filter-kind`,
//! `data-filter-value`, `role="button"`, `tabindex` and an `aria-label`, with
//! a `<title>` per segment. The layout follows the data: a horizontal chart
//! grows one row per category and sizes its label column to its labels.

use super::axis::{value_ticks, Ticks};
use super::format::{clamp, format_count, format_value};
use super::svg::{
    begin_chart, chart_width, end_chart, fit_text, heading_height, label, legend, legend_height,
    line, num, pattern_defs, series_fill, text_width, x_axis_title, Svg, Texture, AXIS, GRID,
    LABEL_SIZE, MUTED, PAD, TEXT, TICK_SIZE,
};
use super::{BarChart, Category, Orientation};

/// Draws a bar chart as a standalone SVG document.
///
/// Series told apart by a legend (stacked bars) are also told apart by a
/// fill pattern, repeated on the legend's swatches, so that colour is never
/// the only key. Marks that filter are buttons, with one Tab stop for the
/// whole chart: the first such mark has `tabindex="0"`, the others `-1`
/// (the UI moves the stop with the arrow keys).
pub fn render_bars(chart: &BarChart) -> String {
    match chart.orientation {
        Orientation::Vertical => vertical(chart),
        Orientation::Horizontal => horizontal(chart),
    }
}

/// Category labels longer than this (32 characters at 640 px, fewer on a
/// phone, more on a wide screen) are cut with an ellipsis; the full label
/// stays in the mark's `<title>`.
fn max_label_chars(width: f64) -> usize {
    clamp(width / 20.0, 14.0, 48.0) as usize
}
/// The widest label column of a horizontal chart: at most 40% of the chart,
/// so the bars keep the larger part of a phone's width.
fn label_column(width: f64) -> f64 {
    (width * 0.4 - PAD).min(360.0)
}
/// Height of the plot of a vertical chart: a little lower on a phone, where
/// the chart is also narrower.
fn column_plot_height(width: f64) -> f64 {
    if width < 480.0 {
        220.0
    } else {
        260.0
    }
}
/// One row of a horizontal chart, and the bar inside it.
pub const ROW: f64 = 28.0;
const BAR: f64 = 18.0;
/// Room for the value label above the tallest column.
const HEADROOM: f64 = 18.0;
/// Size of the value label at the end of a bar.
const VALUE_SIZE: f64 = 12.0;

fn vertical(chart: &BarChart) -> String {
    let labels = &chart.labels;
    let width = chart_width(labels);
    let plot_h = column_plot_height(width);
    let sep = &labels.thousands;
    let n = chart.categories.len();
    let ticks = value_ticks(max_total(chart) as f64, 5, true);
    let tick_texts: Vec<String> = tick_labels(&ticks, sep);
    let tick_w = tick_texts
        .iter()
        .map(|t| text_width(t, TICK_SIZE))
        .fold(0.0, f64::max);

    let mut top = heading_height(labels);
    let legend_top = top;
    if chart.legend {
        top += legend_height(&chart.series, width, texture(chart));
    }
    let y_title_at = top + LABEL_SIZE;
    if !labels.y_axis.is_empty() {
        top += LABEL_SIZE + 6.0;
    }
    let plot_top = top + HEADROOM;
    let plot_bottom = plot_top + plot_h;
    let left = PAD + tick_w + 8.0;
    let right = width - PAD;
    let plot_w = right - left;
    let cat_labels_at = plot_bottom + 8.0 + TICK_SIZE;
    let mut height = cat_labels_at + 4.0;
    let x_title_at = height + 8.0 + LABEL_SIZE;
    if !labels.x_axis.is_empty() {
        height = x_title_at + 4.0;
    }
    height += PAD;

    let (mut svg, _) = begin(chart, height);
    if chart.legend {
        legend(&mut svg, &chart.series, legend_top, width, texture(chart));
    }
    if !labels.y_axis.is_empty() {
        let text = fit_text(&labels.y_axis, 80, width - 2.0 * PAD, LABEL_SIZE);
        label(&mut svg, PAD, y_title_at, LABEL_SIZE, "start", MUTED, &text);
    }

    // Gridlines and tick labels of the value axis.
    let scale = |v: f64| plot_bottom - v / ticks.top() * plot_h;
    svg.open("g", &[("class", "kenes-axis kenes-axis-y")]);
    for (v, text) in ticks.values.iter().zip(&tick_texts) {
        let y = scale(*v);
        if *v > 0.0 {
            line(&mut svg, (left, y), (right, y), GRID);
        }
        label(&mut svg, left - 8.0, y + 4.0, TICK_SIZE, "end", MUTED, text);
    }
    svg.close("g");

    let band = plot_w / n.max(1) as f64;
    let bar_w = (band * 0.7).min(56.0);
    let cat_texts: Vec<String> = chart
        .categories
        .iter()
        .map(|c| {
            let room = (width * 0.3).min(200.0);
            fit_text(&c.label, max_label_chars(width), room, TICK_SIZE)
        })
        .collect();
    let widest_cat = cat_texts
        .iter()
        .map(|t| text_width(t, TICK_SIZE))
        .fold(0.0, f64::max);
    // Show every k-th category label so neighbours never touch.
    let every = ((widest_cat + 8.0) / band).ceil().max(1.0) as usize;
    let totals: Vec<String> = chart
        .categories
        .iter()
        .map(|c| format_count(total(chart, c), sep))
        .collect();
    let widest_total = totals
        .iter()
        .map(|t| text_width(t, VALUE_SIZE))
        .fold(0.0, f64::max);
    let show_totals = widest_total <= band - 2.0;

    let mut first_stop = true;
    svg.open("g", &[("class", "kenes-marks")]);
    for (i, cat) in chart.categories.iter().enumerate() {
        let x = left + band * i as f64 + (band - bar_w) / 2.0;
        let cx = x + bar_w / 2.0;
        open_mark(&mut svg, chart, cat, &mut first_stop);
        hit_area(&mut svg, (left + band * i as f64, plot_top), (band, plot_h));
        let mut acc = 0u64;
        let mut seams = Vec::new();
        for (s, value) in segments(chart, cat) {
            let y0 = scale(acc as f64);
            acc = acc.saturating_add(value);
            let y1 = scale(acc as f64);
            segment(&mut svg, chart, cat, s, value, (x, y1, bar_w, y0 - y1));
            seams.push(y1);
        }
        seams.pop();
        for y in seams {
            line(&mut svg, (x, y), (x + bar_w, y), "#ffffff");
        }
        svg.close("g");
        if show_totals {
            let y = scale(total(chart, cat) as f64) - 5.0;
            label(&mut svg, cx, y, VALUE_SIZE, "middle", TEXT, &totals[i]);
        }
        if i % every == 0 {
            label(
                &mut svg,
                left + band * (i as f64 + 0.5),
                cat_labels_at,
                TICK_SIZE,
                "middle",
                MUTED,
                &cat_texts[i],
            );
        }
    }
    svg.close("g");
    line(&mut svg, (left, plot_bottom), (right, plot_bottom), AXIS);

    if !labels.x_axis.is_empty() {
        x_axis_title(&mut svg, &labels.x_axis, (left, right), width, x_title_at);
    }
    end_chart(svg)
}

fn horizontal(chart: &BarChart) -> String {
    let labels = &chart.labels;
    let width = chart_width(labels);
    let sep = &labels.thousands;
    let n = chart.categories.len();
    let cat_texts: Vec<String> = chart
        .categories
        .iter()
        .map(|c| {
            fit_text(
                &c.label,
                max_label_chars(width),
                label_column(width),
                LABEL_SIZE,
            )
        })
        .collect();
    let label_col = cat_texts
        .iter()
        .map(|t| text_width(t, LABEL_SIZE))
        .fold(0.0, f64::max);
    let totals: Vec<String> = chart
        .categories
        .iter()
        .map(|c| format_count(total(chart, c), sep))
        .collect();
    let widest_total = totals
        .iter()
        .map(|t| text_width(t, VALUE_SIZE))
        .fold(0.0, f64::max);
    // Fewer ticks when their labels are long (huge counts), so that the
    // labels along the axis never touch.
    let room = width - 2.0 * PAD - label_col - 10.0 - widest_total - 6.0;
    let mut target = 5;
    let (ticks, tick_texts) = loop {
        let ticks = value_ticks(max_total(chart) as f64, target, true);
        let texts = tick_labels(&ticks, sep);
        let widest = texts
            .iter()
            .map(|t| text_width(t, TICK_SIZE))
            .fold(0.0, f64::max);
        let intervals = ticks.values.len().saturating_sub(1) as f64;
        if target == 1 || (widest + 16.0) * intervals <= room {
            break (ticks, texts);
        }
        target -= 1;
    };
    // The last tick label is centred on the right end of the axis.
    let last_tick_half = tick_texts
        .last()
        .map_or(0.0, |t| text_width(t, TICK_SIZE) / 2.0);

    let mut top = heading_height(labels);
    let legend_top = top;
    if chart.legend {
        top += legend_height(&chart.series, width, texture(chart));
    }
    let y_title_at = top + LABEL_SIZE;
    if !labels.y_axis.is_empty() {
        top += LABEL_SIZE + 10.0;
    }
    let plot_top = top;
    let plot_h = ROW * n.max(1) as f64;
    let plot_bottom = plot_top + plot_h;
    let left = PAD + label_col + 10.0;
    let right = width - PAD - (widest_total + 6.0).max(last_tick_half);
    let plot_w = right - left;
    let ticks_at = plot_bottom + 8.0 + TICK_SIZE;
    let mut height = ticks_at + 4.0;
    let x_title_at = height + 8.0 + LABEL_SIZE;
    if !labels.x_axis.is_empty() {
        height = x_title_at + 4.0;
    }
    height += PAD;

    let (mut svg, _) = begin(chart, height);
    if chart.legend {
        legend(&mut svg, &chart.series, legend_top, width, texture(chart));
    }
    if !labels.y_axis.is_empty() {
        let text = fit_text(&labels.y_axis, 80, width - 2.0 * PAD, LABEL_SIZE);
        label(&mut svg, PAD, y_title_at, LABEL_SIZE, "start", MUTED, &text);
    }

    let scale = |v: f64| left + v / ticks.top() * plot_w;
    svg.open("g", &[("class", "kenes-axis kenes-axis-x")]);
    for (v, text) in ticks.values.iter().zip(&tick_texts) {
        let x = scale(*v);
        if *v > 0.0 {
            line(&mut svg, (x, plot_top), (x, plot_bottom), GRID);
        }
        label(&mut svg, x, ticks_at, TICK_SIZE, "middle", MUTED, text);
    }
    svg.close("g");

    let mut first_stop = true;
    svg.open("g", &[("class", "kenes-marks")]);
    for (i, cat) in chart.categories.iter().enumerate() {
        let y = plot_top + ROW * i as f64 + (ROW - BAR) / 2.0;
        let cy = y + BAR / 2.0;
        label(
            &mut svg,
            left - 10.0,
            cy + 4.5,
            LABEL_SIZE,
            "end",
            TEXT,
            &cat_texts[i],
        );
        open_mark(&mut svg, chart, cat, &mut first_stop);
        hit_area(&mut svg, (left, plot_top + ROW * i as f64), (plot_w, ROW));
        let mut acc = 0u64;
        let mut seams = Vec::new();
        for (s, value) in segments(chart, cat) {
            let x0 = scale(acc as f64);
            acc = acc.saturating_add(value);
            let x1 = scale(acc as f64);
            segment(&mut svg, chart, cat, s, value, (x0, y, x1 - x0, BAR));
            seams.push(x1);
        }
        seams.pop();
        for x in seams {
            line(&mut svg, (x, y), (x, y + BAR), "#ffffff");
        }
        svg.close("g");
        let end = scale(total(chart, cat) as f64);
        label(
            &mut svg,
            end + 6.0,
            cy + 4.0,
            VALUE_SIZE,
            "start",
            TEXT,
            &totals[i],
        );
    }
    svg.close("g");
    line(&mut svg, (left, plot_top), (left, plot_bottom), AXIS);

    if !labels.x_axis.is_empty() {
        x_axis_title(&mut svg, &labels.x_axis, (left, right), width, x_title_at);
    }
    end_chart(svg)
}

/// Opens the chart's `<svg>` (a group of buttons when a bar filters) and
/// writes the fill patterns it uses.
fn begin(chart: &BarChart, height: f64) -> (Svg, f64) {
    let interactive = chart.categories.iter().any(|c| c.filter_value.is_some());
    let (mut svg, top) = begin_chart("bars", &chart.labels, height, interactive);
    if texture(chart) == Texture::Patterns {
        pattern_defs(&mut svg, &chart.series);
    }
    (svg, top)
}

/// Series keyed by a legend get patterns; series named on their bars (one
/// series, or one per bar) need none.
fn texture(chart: &BarChart) -> Texture {
    if chart.legend && chart.series.len() > 1 {
        Texture::Patterns
    } else {
        Texture::Plain
    }
}

/// Opens the `<g>` that makes one category a mark: the filter attributes,
/// and for a filterable category the keyboard and screen-reader attributes.
/// `first_stop` is true until a mark has taken the chart's one Tab stop.
fn open_mark(svg: &mut Svg, chart: &BarChart, cat: &Category, first_stop: &mut bool) {
    let summary = mark_summary(chart, cat);
    let mut attrs: Vec<(&str, &str)> = vec![
        ("class", "kenes-mark"),
        ("data-filter-kind", &chart.filter_kind),
    ];
    if let Some(value) = &cat.filter_value {
        attrs.push(("data-filter-value", value));
        attrs.push(("tabindex", if *first_stop { "0" } else { "-1" }));
        attrs.push(("role", "button"));
        attrs.push(("aria-label", &summary));
        *first_stop = false;
    }
    svg.open("g", &attrs);
    svg.title(&summary);
}

/// The whole column or row of a category, invisible: a short bar (or a
/// category of zero) is as easy to click as a tall one, and its focus ring
/// is drawn around the whole column or row.
fn hit_area(svg: &mut Svg, (x, y): (f64, f64), (w, h): (f64, f64)) {
    svg.leaf(
        "rect",
        &[
            ("class", "kenes-hit"),
            ("x", &num(x)),
            ("y", &num(y)),
            ("width", &num(w.max(0.0))),
            ("height", &num(h.max(0.0))),
            ("fill", "#000000"),
            ("fill-opacity", "0"),
        ],
    );
}

/// One stacked segment with its tooltip.
fn segment(
    svg: &mut Svg,
    chart: &BarChart,
    cat: &Category,
    s: usize,
    value: u64,
    (x, y, w, h): (f64, f64, f64, f64),
) {
    let series = &chart.series[s];
    let fill = match texture(chart) {
        Texture::Patterns => series_fill(svg, &chart.series, s),
        _ => series.color.clone(),
    };
    svg.open(
        "rect",
        &[
            ("class", "kenes-segment"),
            ("data-series", &series.key),
            ("x", &num(x)),
            ("y", &num(y)),
            ("width", &num(w.max(0.0))),
            ("height", &num(h.max(0.0))),
            ("fill", &fill),
        ],
    );
    // A segment of a stack has its own tooltip; a bar of one series has
    // the mark's, which says the same.
    if chart.series.len() > 1 {
        let count = format_count(value, &chart.labels.thousands);
        if series.label.is_empty() {
            svg.title(&format!("{}: {count}", cat.label));
        } else {
            svg.title(&format!("{} · {}: {count}", cat.label, series.label));
        }
    }
    svg.close("rect");
}

/// "2013: 312" for one series, "2013: 312 (Accepted 84, Declined 12)" when
/// stacked, so the accessible name carries what the eye sees.
fn mark_summary(chart: &BarChart, cat: &Category) -> String {
    let sep = &chart.labels.thousands;
    let total = format_count(total(chart, cat), sep);
    if chart.series.len() < 2 {
        return format!("{}: {total}", cat.label);
    }
    let parts: Vec<String> = chart
        .series
        .iter()
        .zip(&cat.values)
        .map(|(s, v)| format!("{} {}", s.label, format_count(*v, sep)))
        .collect();
    format!("{}: {total} ({})", cat.label, parts.join(", "))
}

/// The non-zero values of a category with their series index. Values
/// without a series are not drawn: the spec pairs them by position.
fn segments<'a>(chart: &'a BarChart, cat: &'a Category) -> impl Iterator<Item = (usize, u64)> + 'a {
    cat.values
        .iter()
        .take(chart.series.len())
        .copied()
        .enumerate()
        .filter(|&(_, v)| v > 0)
}

/// The height of a stack: the sum of the values that have a series.
fn total(chart: &BarChart, cat: &Category) -> u64 {
    cat.values
        .iter()
        .take(chart.series.len())
        .fold(0u64, |a, v| a.saturating_add(*v))
}

fn max_total(chart: &BarChart) -> u64 {
    chart
        .categories
        .iter()
        .map(|c| total(chart, c))
        .max()
        .unwrap_or(0)
}

fn tick_labels(ticks: &Ticks, sep: &str) -> Vec<String> {
    ticks
        .values
        .iter()
        .map(|v| format_value(*v, ticks.step, sep))
        .collect()
}
