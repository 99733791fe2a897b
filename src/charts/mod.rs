//! Charts as SVG strings.
//!
//! A chart is drawn in two steps. The query layer builds a *spec* (the types
//! below): plain numbers and already-translated labels, with colours chosen.
//! A renderer in this module turns a spec into a standalone `<svg>` string.
//! Renderers hold no state and make no decisions about data: they lay out,
//! scale and label what the spec says. Every chart is accessible: the root
//! `<svg>` has `role="img"`, a `<title>` and a `<desc>` (its accessible name
//! and summary), and each mark has a `<title>` tooltip.
//!
//! Marks that stand for a filterable value (a bar for a year, a status, a
//! theme...) carry `data-filter-kind` and `data-filter-value` so the UI can
//! turn a click into a filter without knowing the chart's geometry.

mod axis;
mod bar;
mod format;
mod line;
mod svg;
mod timeline;
mod transitions;

pub use bar::{render_bars, ROW as BAR_ROW};
pub use format::{clamp, fixed, format_count, format_percent};
pub use line::render_lines;
pub use svg::escape;
pub use timeline::render_timeline;
pub use transitions::render_transitions;

/// Text that a renderer needs besides the data: title, axis labels and the
/// sentence that summarises the chart for people who cannot see it.
///
/// The axis labels name the axes as drawn: `x_axis` is the horizontal one,
/// `y_axis` the vertical one. In a horizontal bar chart `x_axis` therefore
/// names the values ("Recommendations") and `y_axis` the categories
/// ("Theme"). The title is also drawn as the chart's visible heading (in a
/// `<g class="kenes-chart-heading">`), so a saved or projected chart keeps
/// it; element ids are derived from the title and summary.
///
/// `width` is the layout width: renderers draw for it rather than scaling a
/// fixed drawing down, so text stays 12-16 px on a phone.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    pub title: String,
    pub x_axis: String,
    pub y_axis: String,
    /// A plain-language summary, used as the SVG `<desc>`.
    pub summary: String,
    /// The thousands separator for numbers on axes and labels (e.g. "," or a
    /// narrow no-break space).
    pub thousands: String,
    /// The width in CSS pixels at which the chart will be shown (the width
    /// of its container). It becomes the width of the SVG `viewBox`, and
    /// renderers lay out for it: a narrow chart gets fewer ticks, more
    /// legend rows, shorter category labels and a heading on two lines,
    /// while font sizes stay 12-16 px. Values outside 280..=1200 (including
    /// 0) are clamped to that range. [`Labels::default`] uses 640.
    pub width: u32,
}

impl Default for Labels {
    fn default() -> Self {
        Labels {
            title: String::new(),
            x_axis: String::new(),
            y_axis: String::new(),
            summary: String::new(),
            thousands: String::new(),
            width: 640,
        }
    }
}

/// One coloured series: a stage or status in a stacked bar, a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Stable key (a stage or status id), used in CSS class names and tests.
    pub key: String,
    pub label: String,
    /// `#rrggbb`.
    pub color: String,
}

/// One bar (or one stack of bars) of a bar chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// The filter value this bar stands for (a year, a status id, a theme id),
    /// or `None` for a bar that cannot filter (e.g. "Other").
    pub filter_value: Option<String>,
    pub label: String,
    /// One value per series of the chart, in the same order.
    pub values: Vec<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    /// Columns rising from a horizontal category axis (years).
    Vertical,
    /// Bars extending right from a vertical list of category labels (themes,
    /// bodies, statuses): long labels stay readable.
    Horizontal,
}

/// A bar chart: one bar per category, stacked when there are several series.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub labels: Labels,
    pub orientation: Orientation,
    /// What a click on a bar filters by (`year`, `status`, `theme`, ...).
    pub filter_kind: String,
    pub series: Vec<Series>,
    pub categories: Vec<Category>,
    /// Show a legend (useful only with more than one series).
    pub legend: bool,
}

/// A line chart over time.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub labels: Labels,
    pub series: Vec<LineSeries>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineSeries {
    pub series: Series,
    /// Points sorted by day: (days since 1970-01-01, value).
    pub points: Vec<(i32, f64)>,
    /// A running total (recommendations made, implemented... so far): drawn
    /// as steps that change only at the points and hold the last value to the
    /// right end of the axis. Otherwise the points are joined by straight
    /// lines.
    pub cumulative: bool,
}

/// Sessions on a time line, each a needle whose height is how many
/// recommendations it made.
///
/// `labels.y_axis` names the counts ("Recommendations"); it is drawn above
/// the value axis and, starting with a lower-case letter, follows the count
/// in each session's tooltip ("… : 79 recommendations").
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub labels: Labels,
    pub events: Vec<TimelineEvent>,
    /// The colour of the needles (`#rrggbb`); `None` uses the report's blue,
    /// `#3e7cb1`.
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineEvent {
    /// The session id: a click filters by it.
    pub filter_value: String,
    pub label: String,
    /// Days since 1970-01-01.
    pub day: i32,
    /// The date as the reader should see it, already formatted.
    pub date_label: String,
    pub count: u64,
}

/// How recommendations moved between statuses from one date to another: the
/// states at date A on the left, the states at date B on the right, and how
/// many recommendations went from each to each.
///
/// `labels.x_axis` names the left side (date A, e.g. "14 January 2014") and
/// `labels.y_axis` the right side (date B). A state's size is the sum of its
/// flows, so the spec carries no separate totals; a state without flows is
/// not drawn. When nothing is to be compared, the chart shows
/// `labels.summary` in place of the flows, so the summary should say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Transitions {
    pub labels: Labels,
    /// The states at date A in display order: "Not yet made" (key
    /// `not-made`) first when present, then the statuses.
    pub from: Vec<Series>,
    /// The states at date B in display order. A flow between a `from` and a
    /// `to` state with the same key is a recommendation that stayed put and
    /// is drawn quieter than a change.
    pub to: Vec<Series>,
    /// Zero flows may be left out. Flows naming a state that does not exist
    /// are ignored, and two flows between the same states are added up.
    pub flows: Vec<Flow>,
}

/// Recommendations that were in `from` at date A and in `to` at date B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flow {
    /// An index into [`Transitions::from`].
    pub from: usize,
    /// An index into [`Transitions::to`].
    pub to: usize,
    pub count: u64,
}
