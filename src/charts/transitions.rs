//! How recommendations' statuses moved between two dates, as a two-column
//! flow: the states at date A stacked on the left, the states at date B on
//! the right, and a curved band from each A-state to each B-state whose
//! thickness is the number of recommendations that went that way.
//!
//! The chart is made to be projected at the annual meeting, where nobody can
//! hover over a band, so what it says is written on it: every state is
//! labelled "Accepted — 84" beside its bar, and a change whose count cannot
//! be read from the bars (a band that is neither the whole of where it came
//! from nor the whole of where it went) carries its count near its end.
//!
//! Bands take the colour of their destination. In the usual case one or two
//! states at date A ("Under consideration", "Not yet made") fan out into
//! many at date B, so colouring by source would paint every band alike;
//! coloured by destination, each band matches the bar and label it runs
//! into, which is what the meeting asks ("how many were accepted?").
//! Recommendations that stayed in the same status are drawn in a pale grey
//! under the changes, so the eye goes to what moved.
//!
//! Layout is a pure function ([`Layout::new`]) so that tests check it
//! directly: bands are proportional to their counts with a minimum visible
//! thickness, labels never overlap (a label pushed away from its bar gets a
//! leader line), and long names are cut with an ellipsis with the full text
//! in a `<title>`.

use std::collections::BTreeMap;

use super::format::{clamp, format_count};
use super::svg::{
    begin_chart, chart_width, end_chart, fit_text, heading_height, label, num, text_width,
    wrap_text, Svg, MUTED, PAD, TEXT,
};
use super::{Series, Transitions};

/// Draws the transitions between two dates as a standalone SVG document.
pub fn render_transitions(chart: &Transitions) -> String {
    let l = Layout::new(chart);
    let (mut svg, _) = begin_chart("transitions", &chart.labels, l.height, false);
    headers(&mut svg, chart, &l);
    if l.bands.is_empty() {
        svg.open(
            "g",
            &[
                ("class", "kenes-transitions-empty"),
                ("aria-hidden", "true"),
            ],
        );
        let middle = chart_width(&chart.labels) / 2.0;
        for (i, text) in l.empty_lines.iter().enumerate() {
            let y = l.plot_top + EMPTY_TOP + l.line_h * i as f64;
            label(&mut svg, middle, y, l.size, "middle", MUTED, text);
        }
        svg.close("g");
        return end_chart(svg);
    }

    // Recommendations that stayed put lie underneath; then the changes,
    // largest first, so that a thin band is never hidden under a wide one.
    let mut order: Vec<usize> = (0..l.bands.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&l.bands[a], &l.bands[b]);
        b.stay
            .cmp(&a.stay)
            .then(b.count.cmp(&a.count))
            .then(a.from.cmp(&b.from))
            .then(a.to.cmp(&b.to))
    });
    svg.open("g", &[("class", "kenes-marks")]);
    for &i in &order {
        band(&mut svg, chart, &l, &l.bands[i]);
    }
    svg.close("g");

    svg.open("g", &[("class", "kenes-transitions-states")]);
    for side in [Side::From, Side::To] {
        for node in l.side(side) {
            let series = &states(chart, side)[node.state];
            let x = l.node_x(side);
            svg.open(
                "rect",
                &[
                    ("class", "kenes-transitions-state"),
                    ("data-side", side.name()),
                    ("data-key", &series.key),
                    ("x", &num(x)),
                    ("y", &num(node.y0)),
                    ("width", &num(l.node_w)),
                    ("height", &num(node.y1 - node.y0)),
                    ("fill", &series.color),
                ],
            );
            svg.title(&node.label.full);
            svg.close("rect");
        }
    }
    svg.close("g");

    svg.open(
        "g",
        &[
            ("class", "kenes-transitions-labels"),
            ("aria-hidden", "true"),
        ],
    );
    for side in [Side::From, Side::To] {
        for node in l.side(side) {
            leader(&mut svg, &l, side, node);
            state_label(&mut svg, &l, side, &node.label);
        }
    }
    svg.close("g");

    if !l.counts.is_empty() {
        svg.open(
            "g",
            &[
                ("class", "kenes-transitions-counts"),
                ("aria-hidden", "true"),
            ],
        );
        for c in &l.counts {
            svg.text(
                "text",
                &[
                    ("x", &num(c.x)),
                    ("y", &num(c.y)),
                    ("font-size", &num(l.count_size)),
                    ("font-weight", "700"),
                    ("text-anchor", "middle"),
                    ("fill", TEXT),
                    ("stroke", "#ffffff"),
                    ("stroke-width", "3"),
                    ("stroke-linejoin", "round"),
                    ("paint-order", "stroke"),
                ],
                &c.text,
            );
        }
        svg.close("g");
    }
    end_chart(svg)
}

/// The colour of a band between two states with the same key, and how
/// opaque such a band and a change are.
const STAY_COLOR: &str = "#9aa5b1";
const STAY_OPACITY: &str = "0.35";
const CHANGE_OPACITY: &str = "0.62";
/// Space between a bar and its label; a side where a label had to move
/// away from its bar gets a wider space for the leader lines.
const LABEL_GAP: f64 = 8.0;
/// From this width on, labels stay on one line unless even names cut to
/// 30% of the chart do not fit.
const WIDE: f64 = 640.0;
/// The narrowest the bands may get between the bars.
const MIN_BANDS_WIDTH: f64 = 40.0;
/// Where the empty chart's message starts below the column headers.
const EMPTY_TOP: f64 = 40.0;
/// Bold digits are a little wider than the estimate for regular text.
const BOLD: f64 = 1.06;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    From,
    To,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::From => "from",
            Side::To => "to",
        }
    }
}

fn states(chart: &Transitions, side: Side) -> &[Series] {
    match side {
        Side::From => &chart.from,
        Side::To => &chart.to,
    }
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

/// A state's label: its name (cut to fit) and count, on one line
/// ("Accepted — 84") or, when the chart is narrow, on two (the name above
/// the count). `cy` is its vertical centre and `x` its anchor: the right
/// end of a left label, the left end of a right label.
#[derive(Debug, Clone, PartialEq)]
struct Label {
    name: String,
    count: String,
    /// "Accepted — 84", uncut: the tooltip of the bar, and of the label
    /// when its name was cut.
    full: String,
    cut: bool,
    x: f64,
    cy: f64,
    width: f64,
    height: f64,
}

/// A state drawn as a bar: `state` indexes the spec's `from` or `to`.
#[derive(Debug, Clone, PartialEq)]
struct Node {
    state: usize,
    total: u64,
    y0: f64,
    y1: f64,
    label: Label,
}

impl Node {
    fn cy(&self) -> f64 {
        (self.y0 + self.y1) / 2.0
    }
}

/// One flow as drawn: its top edge where it leaves the left bar and where
/// it enters the right bar, and its thickness.
#[derive(Debug, Clone, PartialEq)]
struct Band {
    from: usize,
    to: usize,
    count: u64,
    stay: bool,
    thickness: f64,
    y_from: f64,
    y_to: f64,
}

/// The count written on a band near its end.
#[derive(Debug, Clone, PartialEq)]
struct BandCount {
    text: String,
    x: f64,
    y: f64,
    bounds: Rect,
}

/// Everything the drawing needs, computed before anything is drawn.
struct Layout {
    height: f64,
    /// Size of the state labels and column headers.
    size: f64,
    line_h: f64,
    count_size: f64,
    two_lines: bool,
    header_at: f64,
    plot_top: f64,
    plot_bottom: f64,
    node_w: f64,
    /// The x of the left and right bars.
    left_x: f64,
    right_x: f64,
    from_nodes: Vec<Node>,
    to_nodes: Vec<Node>,
    bands: Vec<Band>,
    counts: Vec<BandCount>,
    /// The summary, wrapped, shown when there is nothing to draw.
    empty_lines: Vec<String>,
}

impl Layout {
    fn new(chart: &Transitions) -> Layout {
        let labels = &chart.labels;
        let width = chart_width(labels);
        let sep = &labels.thousands;
        // 13 px on a phone, 16 px on a projector.
        let size = clamp(11.0 + width / 240.0, 13.0, 16.0);
        let line_h = size * 1.25;
        let label_sep = size * 0.35;
        let node_w = clamp(width / 70.0, 9.0, 16.0);
        let node_gap = clamp(width / 60.0, 6.0, 16.0);
        let min_band = clamp(width / 400.0, 2.0, 3.0);
        let min_flow = (width * 0.22).max(72.0);
        let leader_gap = clamp(width / 40.0, 14.0, 22.0);

        let flows = merge(chart);
        let mut from_totals = vec![0u64; chart.from.len()];
        let mut to_totals = vec![0u64; chart.to.len()];
        for (&(f, t), &count) in &flows {
            from_totals[f] = from_totals[f].saturating_add(count);
            to_totals[t] = to_totals[t].saturating_add(count);
        }
        let total = from_totals.iter().fold(0u64, |a, v| a.saturating_add(*v));

        let header_at = heading_height(labels) + size;
        let plot_top = header_at + size * 0.6 + 14.0;

        let mut layout = Layout {
            height: 0.0,
            size,
            line_h,
            count_size: (size * 0.92).max(12.0),
            two_lines: false,
            header_at,
            plot_top,
            plot_bottom: plot_top,
            node_w,
            left_x: 0.0,
            right_x: 0.0,
            from_nodes: Vec::new(),
            to_nodes: Vec::new(),
            bands: Vec::new(),
            counts: Vec::new(),
            empty_lines: Vec::new(),
        };

        if flows.is_empty() {
            layout.empty_lines = wrap_text(&labels.summary, 3, width - 4.0 * PAD, size);
            layout.left_x = PAD + width * 0.25;
            layout.right_x = width - PAD - width * 0.25 - node_w;
            let lines = layout.empty_lines.len().max(1) as f64;
            layout.plot_bottom = plot_top + EMPTY_TOP + lines * line_h;
            layout.height = layout.plot_bottom + PAD;
            return layout;
        }

        let node = |state: usize, total: u64, series: &Series| {
            let count = format_count(total, sep);
            let full = if series.label.is_empty() {
                count.clone()
            } else {
                format!("{} — {count}", series.label)
            };
            Node {
                state,
                total,
                y0: 0.0,
                y1: 0.0,
                label: Label {
                    name: series.label.clone(),
                    count,
                    full,
                    cut: false,
                    x: 0.0,
                    cy: 0.0,
                    width: 0.0,
                    height: 0.0,
                },
            }
        };
        layout.from_nodes = (0..chart.from.len())
            .filter(|&i| from_totals[i] > 0)
            .map(|i| node(i, from_totals[i], &chart.from[i]))
            .collect();
        layout.to_nodes = (0..chart.to.len())
            .filter(|&i| to_totals[i] > 0)
            .map(|i| node(i, to_totals[i], &chart.to[i]))
            .collect();

        // One line per label when all fit beside the flows, else two. A
        // label column takes at most 30% of the chart: on a wide screen a
        // longer name is cut rather than squeezing the bands or breaking
        // every label in two, while on a phone labels break in two rather
        // than lose most of their names.
        let max_col = (width * 0.3).min(360.0);
        let natural = |nodes: &[Node]| {
            nodes
                .iter()
                .map(|n| one_line_width(&n.label, size))
                .fold(0.0, f64::max)
        };
        let one_line = |nodes: &[Node]| natural(nodes).min(max_col);
        let two_line = |nodes: &[Node]| {
            nodes
                .iter()
                .map(|n| text_width(&n.label.name, size).max(count_width(&n.label, size)))
                .fold(0.0, f64::max)
                .min(max_col)
        };
        let avail = |gaps: f64| width - 2.0 * PAD - 2.0 * node_w - gaps - min_flow;
        let base = avail(2.0 * LABEL_GAP);
        layout.two_lines = if width < WIDE {
            natural(&layout.from_nodes) + natural(&layout.to_nodes) > base
        } else {
            one_line(&layout.from_nodes) + one_line(&layout.to_nodes) > base
        };
        let label_h = if layout.two_lines {
            2.0 * line_h
        } else {
            line_h
        };

        // The height of the bars: enough for the labels of the fuller side.
        let n_max = layout.from_nodes.len().max(layout.to_nodes.len());
        let stacked = n_max as f64 * label_h + (n_max - 1) as f64 * label_sep;
        // Some room beyond the labels' own lets most of them sit level with
        // their bars, with fewer leader lines.
        let target = clamp(width * 0.5, 260.0, 470.0).max(stacked * 1.15);
        let scale = (target - node_gap * (n_max - 1) as f64).max(1.0) / total as f64;

        // Bands, ordered at each bar so that they cross as little as
        // possible: leaving a left bar in the order of the right bars, and
        // entering a right bar in the order of the left bars.
        layout.bands = flows
            .iter()
            .map(|(&(from, to), &count)| Band {
                from,
                to,
                count,
                stay: chart.from[from].key == chart.to[to].key,
                thickness: (count as f64 * scale).max(min_band),
                y_from: 0.0,
                y_to: 0.0,
            })
            .collect();
        let side_height = |nodes: &[Node], bands: &[Band], side: Side| {
            let bars: f64 = bands
                .iter()
                .filter(|b| nodes.iter().any(|n| n.state == b.end(side)))
                .map(|b| b.thickness)
                .sum();
            bars + node_gap * nodes.len().saturating_sub(1) as f64
        };
        let h_from = side_height(&layout.from_nodes, &layout.bands, Side::From);
        let h_to = side_height(&layout.to_nodes, &layout.bands, Side::To);
        let plot_h = h_from.max(h_to).max(stacked);
        layout.plot_bottom = plot_top + plot_h;
        for (side, h) in [(Side::From, h_from), (Side::To, h_to)] {
            let mut y = plot_top + (plot_h - h) / 2.0;
            let bands = &layout.bands;
            let nodes = match side {
                Side::From => &mut layout.from_nodes,
                Side::To => &mut layout.to_nodes,
            };
            for n in nodes.iter_mut() {
                let thick: f64 = bands
                    .iter()
                    .filter(|b| b.end(side) == n.state)
                    .map(|b| b.thickness)
                    .sum();
                n.y0 = y;
                n.y1 = y + thick;
                y = n.y1 + node_gap;
            }
        }
        for side in [Side::From, Side::To] {
            let mut ends: Vec<usize> = (0..layout.bands.len()).collect();
            ends.sort_by_key(|&i| {
                let b = &layout.bands[i];
                (b.end(side), b.end(side.other()))
            });
            let mut state = usize::MAX;
            let mut y = 0.0;
            for i in ends {
                let s = layout.bands[i].end(side);
                if s != state {
                    state = s;
                    y = layout
                        .side(side)
                        .iter()
                        .find(|n| n.state == s)
                        .map_or(plot_top, |n| n.y0);
                }
                let b = &mut layout.bands[i];
                match side {
                    Side::From => b.y_from = y,
                    Side::To => b.y_to = y,
                }
                y += b.thickness;
            }
        }

        // Labels beside their bars, pushed apart where they would touch.
        for side in [Side::From, Side::To] {
            let (top, bottom) = (layout.plot_top, layout.plot_bottom);
            let nodes = layout.side_mut(side);
            let wanted: Vec<(f64, f64)> = nodes.iter().map(|n| (n.cy(), label_h)).collect();
            for (n, cy) in nodes
                .iter_mut()
                .zip(spread(&wanted, top, bottom, label_sep))
            {
                n.label.cy = cy;
                n.label.height = label_h;
            }
        }
        let gap = |nodes: &[Node]| {
            if nodes.iter().any(|n| (n.label.cy - n.cy()).abs() > 0.5) {
                leader_gap
            } else {
                LABEL_GAP
            }
        };
        let (gap_from, gap_to) = (gap(&layout.from_nodes), gap(&layout.to_nodes));

        // The label columns: their natural widths when both fit, otherwise
        // shared so that neither takes more than it needs.
        let (nat_from, nat_to, min_from, min_to) = if layout.two_lines {
            (
                two_line(&layout.from_nodes),
                two_line(&layout.to_nodes),
                widest_count(&layout.from_nodes, size),
                widest_count(&layout.to_nodes, size),
            )
        } else {
            (
                one_line(&layout.from_nodes),
                one_line(&layout.to_nodes),
                0.0,
                0.0,
            )
        };
        let room = avail(gap_from + gap_to).max(0.0);
        let (mut col_from, mut col_to) = if nat_from + nat_to <= room {
            (nat_from, nat_to)
        } else if nat_from <= room / 2.0 {
            (nat_from, room - nat_from)
        } else if nat_to <= room / 2.0 {
            (room - nat_to, nat_to)
        } else {
            (room / 2.0, room / 2.0)
        };
        col_from = col_from.max(min_from);
        col_to = col_to.max(min_to);
        // The flows take the rest, up to half the chart: beyond that the
        // drawing is centred rather than the bands stretched.
        let mut flow_w = width - 2.0 * PAD - col_from - col_to - gap_from - gap_to - 2.0 * node_w;
        // Counts too long to share a phone's width (billions) may not push
        // the bars past each other: the columns give way, and the counts
        // reach over the edge of the chart rather than the bands vanish.
        if flow_w < MIN_BANDS_WIDTH {
            let shrink = (MIN_BANDS_WIDTH - flow_w) / 2.0;
            col_from = (col_from - shrink).max(0.0);
            col_to = (col_to - shrink).max(0.0);
            flow_w = MIN_BANDS_WIDTH;
        }
        let spare = (flow_w - (width * 0.5).max(min_flow)).max(0.0) / 2.0;
        layout.left_x = PAD + spare + col_from + gap_from;
        layout.right_x = width - PAD - spare - col_to - gap_to - node_w;
        let (left_x, right_x, two) = (layout.left_x, layout.right_x, layout.two_lines);
        for n in &mut layout.from_nodes {
            fit_label(&mut n.label, col_from, size, two);
            n.label.x = left_x - gap_from;
        }
        for n in &mut layout.to_nodes {
            fit_label(&mut n.label, col_to, size, two);
            n.label.x = right_x + node_w + gap_to;
        }

        layout.counts = layout.band_counts(chart);
        layout.height = layout.plot_bottom + PAD + 4.0;
        layout
    }

    fn side(&self, side: Side) -> &[Node] {
        match side {
            Side::From => &self.from_nodes,
            Side::To => &self.to_nodes,
        }
    }

    fn side_mut(&mut self, side: Side) -> &mut Vec<Node> {
        match side {
            Side::From => &mut self.from_nodes,
            Side::To => &mut self.to_nodes,
        }
    }

    fn node_x(&self, side: Side) -> f64 {
        match side {
            Side::From => self.left_x,
            Side::To => self.right_x,
        }
    }

    /// The box a state label covers.
    #[cfg(test)]
    fn label_box(&self, side: Side, l: &Label) -> Rect {
        let (x0, x1) = match side {
            Side::From => (l.x - l.width, l.x),
            Side::To => (l.x, l.x + l.width),
        };
        Rect {
            x0,
            y0: l.cy - l.height / 2.0,
            x1,
            y1: l.cy + l.height / 2.0,
        }
    }

    /// The counts of the changes that the bars do not tell: a band that is
    /// only part of where it came from and only part of where it went. Each
    /// is written inside its band near its destination, where the bands
    /// entering a bar lie side by side, if the band is thick enough to hold
    /// it and it touches no other count; the largest go first.
    fn band_counts(&self, chart: &Transitions) -> Vec<BandCount> {
        let sep = &chart.labels.thousands;
        let total_of = |nodes: &[Node], state: usize| {
            nodes
                .iter()
                .find(|n| n.state == state)
                .map_or(0, |n| n.total)
        };
        let mut candidates: Vec<&Band> = self
            .bands
            .iter()
            .filter(|b| {
                !b.stay
                    && b.count < total_of(&self.from_nodes, b.from)
                    && b.count < total_of(&self.to_nodes, b.to)
                    && b.thickness >= self.count_size * 0.8
            })
            .collect();
        candidates.sort_by_key(|b| std::cmp::Reverse(b.count));
        let x0 = self.left_x + self.node_w;
        let x1 = self.right_x;
        let mut out: Vec<BandCount> = Vec::new();
        for b in candidates {
            // A point 80% along the curve: 75% of the way across, with the
            // band 90% of the way to its destination height.
            let t: f64 = 0.8;
            let x = x0 + (x1 - x0) * (1.5 * t * (1.0 - t) + t.powi(3));
            let top = b.y_from + (b.y_to - b.y_from) * (3.0 * t * t - 2.0 * t.powi(3));
            let cy = top + b.thickness / 2.0;
            let text = format_count(b.count, sep);
            let w = text_width(&text, self.count_size) * BOLD;
            let y = cy + self.count_size * 0.35;
            let bounds = Rect {
                x0: x - w / 2.0 - 2.0,
                y0: cy - self.count_size * 0.6,
                x1: x + w / 2.0 + 2.0,
                y1: cy + self.count_size * 0.6,
            };
            if bounds.x0 < x0 || bounds.x1 > x1 || out.iter().any(|c| c.bounds.overlaps(&bounds)) {
                continue;
            }
            out.push(BandCount { text, x, y, bounds });
        }
        out
    }
}

impl Band {
    /// The state this band starts from (`From`) or ends in (`To`).
    fn end(&self, side: Side) -> usize {
        match side {
            Side::From => self.from,
            Side::To => self.to,
        }
    }
}

impl Side {
    fn other(self) -> Side {
        match self {
            Side::From => Side::To,
            Side::To => Side::From,
        }
    }
}

/// The non-zero flows between existing states, added up per pair and
/// ordered by (from, to).
fn merge(chart: &Transitions) -> BTreeMap<(usize, usize), u64> {
    let mut flows: BTreeMap<(usize, usize), u64> = BTreeMap::new();
    for f in &chart.flows {
        if f.count == 0 || f.from >= chart.from.len() || f.to >= chart.to.len() {
            continue;
        }
        let sum = flows.entry((f.from, f.to)).or_insert(0);
        *sum = sum.saturating_add(f.count);
    }
    flows
}

/// Places boxes of the given heights as close to their wanted centres as
/// possible, in order, at least `sep` apart and inside `top..bottom`.
/// Returns the centres. When the boxes need more room than there is, the
/// first one starts at `top` and the rest follow it down.
fn spread(wanted: &[(f64, f64)], top: f64, bottom: f64, sep: f64) -> Vec<f64> {
    let mut centres = Vec::with_capacity(wanted.len());
    let mut next = top;
    for &(cy, h) in wanted {
        let y0 = (cy - h / 2.0).max(next);
        centres.push(y0 + h / 2.0);
        next = y0 + h + sep;
    }
    let mut limit = bottom;
    for (c, &(_, h)) in centres.iter_mut().zip(wanted).rev() {
        let y1 = (*c + h / 2.0).min(limit);
        *c = y1 - h / 2.0;
        limit = y1 - h - sep;
    }
    let mut next = top;
    for (c, &(_, h)) in centres.iter_mut().zip(wanted) {
        let y0 = (*c - h / 2.0).max(next);
        *c = y0 + h / 2.0;
        next = y0 + h + sep;
    }
    centres
}

fn count_width(l: &Label, size: f64) -> f64 {
    text_width(&l.count, size) * BOLD
}

fn widest_count(nodes: &[Node], size: f64) -> f64 {
    nodes
        .iter()
        .map(|n| count_width(&n.label, size))
        .fold(0.0, f64::max)
}

/// The width of "Accepted — 84" on one line.
fn one_line_width(l: &Label, size: f64) -> f64 {
    if l.name.is_empty() {
        count_width(l, size)
    } else {
        text_width(&l.name, size) + text_width(" — ", size) + count_width(l, size)
    }
}

/// Cuts a label's name so that the label fits in `room`, the count never
/// cut, and records the width it takes.
fn fit_label(l: &mut Label, room: f64, size: f64, two_lines: bool) {
    let name_room = if two_lines || l.name.is_empty() {
        room
    } else {
        room - text_width(" — ", size) - count_width(l, size)
    };
    // Rounding must not cut a label that its column was sized for.
    let name = fit_text(&l.name, usize::MAX, name_room.max(0.0) + 1e-6, size);
    l.cut = name != l.name;
    l.name = name;
    l.width = if two_lines {
        text_width(&l.name, size).max(count_width(l, size))
    } else {
        one_line_width(l, size)
    };
}

/// The dates above the two columns, with an arrow between them.
fn headers(svg: &mut Svg, chart: &Transitions, l: &Layout) {
    let labels = &chart.labels;
    let width = chart_width(labels);
    svg.open(
        "g",
        &[
            ("class", "kenes-transitions-headers"),
            ("aria-hidden", "true"),
        ],
    );
    // Each date starts over its column's bar and, when it is too long for
    // the column, moves into the space above the bands, up to the middle.
    let left_end = l.left_x + l.node_w;
    let right_start = l.right_x;
    let middle = (left_end + right_start) / 2.0;
    let fitted = |text: &str, room: f64| {
        let text = fit_text(text, usize::MAX, (room / BOLD).max(0.0), l.size);
        let w = text_width(&text, l.size) * BOLD;
        (text, w)
    };
    let (left_text, w_left) = fitted(&labels.x_axis, middle - 6.0 - PAD);
    let (right_text, w_right) = fitted(&labels.y_axis, width - PAD - middle - 6.0);
    let left_x = left_end.max(PAD + w_left);
    let right_x = right_start.min(width - PAD - w_right);
    for (x, anchor, text) in [(left_x, "end", &left_text), (right_x, "start", &right_text)] {
        svg.text(
            "text",
            &[
                ("x", &num(x)),
                ("y", &num(l.header_at)),
                ("font-size", &num(l.size)),
                ("font-weight", "600"),
                ("text-anchor", anchor),
                ("fill", TEXT),
            ],
            text,
        );
    }
    // The arrow says which way time runs, where the headers leave room.
    let a0 = left_x + 10.0;
    let a1 = right_x - 10.0;
    if a1 - a0 >= 40.0 && !labels.x_axis.is_empty() && !labels.y_axis.is_empty() {
        let y = l.header_at - l.size * 0.33;
        svg.leaf(
            "path",
            &[
                (
                    "d",
                    &format!(
                        "M{} {}H{}M{} {}L{} {}L{} {}",
                        num(a0),
                        num(y),
                        num(a1),
                        num(a1 - 6.0),
                        num(y - 4.0),
                        num(a1),
                        num(y),
                        num(a1 - 6.0),
                        num(y + 4.0)
                    ),
                ),
                ("fill", "none"),
                ("stroke", MUTED),
                ("stroke-width", "1.5"),
                ("stroke-linecap", "round"),
                ("stroke-linejoin", "round"),
            ],
        );
    }
    svg.close("g");
}

/// One flow: a filled curve from its left bar to its right bar.
fn band(svg: &mut Svg, chart: &Transitions, l: &Layout, b: &Band) {
    let from = &chart.from[b.from];
    let to = &chart.to[b.to];
    let x0 = l.left_x + l.node_w;
    let x1 = l.right_x;
    let cx = (x0 + x1) / 2.0;
    let (a0, a1) = (b.y_from, b.y_to);
    let (b0, b1) = (a0 + b.thickness, a1 + b.thickness);
    let d = format!(
        "M{x0} {a0}C{cx} {a0} {cx} {a1} {x1} {a1}L{x1} {b1}C{cx} {b1} {cx} {b0} {x0} {b0}Z",
        x0 = num(x0),
        x1 = num(x1),
        cx = num(cx),
        a0 = num(a0),
        a1 = num(a1),
        b0 = num(b0),
        b1 = num(b1),
    );
    let (class, fill, opacity) = if b.stay {
        ("kenes-mark kenes-flow-stay", STAY_COLOR, STAY_OPACITY)
    } else {
        (
            "kenes-mark kenes-flow-change",
            to.color.as_str(),
            CHANGE_OPACITY,
        )
    };
    let count = b.count.to_string();
    svg.open(
        "path",
        &[
            ("class", class),
            ("data-from", &from.key),
            ("data-to", &to.key),
            ("data-count", &count),
            ("d", &d),
            ("fill", fill),
            ("fill-opacity", opacity),
        ],
    );
    svg.title(&format!(
        "{} → {}: {}",
        from.label,
        to.label,
        format_count(b.count, &chart.labels.thousands)
    ));
    svg.close("path");
}

/// A thin line from a bar to its label when the label had to move away.
fn leader(svg: &mut Svg, l: &Layout, side: Side, node: &Node) {
    let (from_y, to_y) = (node.cy(), node.label.cy);
    if (from_y - to_y).abs() <= 0.5 {
        return;
    }
    let (bar_edge, knee, end) = match side {
        Side::From => (l.left_x - 1.0, l.left_x - 6.0, node.label.x + 3.0),
        Side::To => (
            l.right_x + l.node_w + 1.0,
            l.right_x + l.node_w + 6.0,
            node.label.x - 3.0,
        ),
    };
    svg.leaf(
        "path",
        &[
            ("class", "kenes-transitions-leader"),
            (
                "d",
                &format!(
                    "M{} {}H{}L{} {}",
                    num(bar_edge),
                    num(from_y),
                    num(knee),
                    num(end),
                    num(to_y)
                ),
            ),
            ("fill", "none"),
            ("stroke", MUTED),
            ("stroke-width", "1"),
        ],
    );
}

/// "Accepted — 84" beside a bar, or the name above the count, with the
/// full text as a tooltip when the name was cut.
fn state_label(svg: &mut Svg, l: &Layout, side: Side, label: &Label) {
    let anchor = match side {
        Side::From => "end",
        Side::To => "start",
    };
    svg.open(
        "g",
        &[
            ("class", "kenes-transitions-label"),
            ("data-side", side.name()),
        ],
    );
    if label.cut {
        svg.title(&label.full);
    }
    let line = |svg: &mut Svg, cy: f64| {
        svg.open(
            "text",
            &[
                ("x", &num(label.x)),
                ("y", &num(cy + l.size * 0.35)),
                ("font-size", &num(l.size)),
                ("text-anchor", anchor),
                ("fill", TEXT),
            ],
        );
    };
    if l.two_lines && !label.name.is_empty() {
        line(svg, label.cy - l.line_h / 2.0);
        svg.text("tspan", &[], &label.name);
        svg.close("text");
        line(svg, label.cy + l.line_h / 2.0);
        svg.text("tspan", &[("font-weight", "700")], &label.count);
        svg.close("text");
    } else {
        line(svg, label.cy);
        if !label.name.is_empty() {
            svg.text("tspan", &[], &format!("{} — ", label.name));
        }
        svg.text("tspan", &[("font-weight", "700")], &label.count);
        svg.close("text");
    }
    svg.close("g");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{Flow, Labels};

    fn s(key: &str, label: &str) -> Series {
        Series {
            key: key.to_owned(),
            label: label.to_owned(),
            color: "#3e7cb1".to_owned(),
        }
    }

    /// Ten states on each side, most recommendations staying put, a few
    /// moving one step and a handful of single ones scattered about.
    fn crowded(width: u32) -> Transitions {
        let names = [
            "Not yet made",
            "Under consideration",
            "Accepted",
            "Partially accepted",
            "In progress",
            "Implemented",
            "Partially implemented",
            "Noted",
            "Rejected",
            "Withdrawn by the working group",
        ];
        let keys: Vec<String> = (0..names.len()).map(|i| format!("k{i}")).collect();
        let from: Vec<Series> = names.iter().zip(&keys).map(|(n, k)| s(k, n)).collect();
        let to = from.clone();
        let mut flows = Vec::new();
        for i in 0..names.len() {
            flows.push(Flow {
                from: i,
                to: i,
                count: [0, 300, 120, 4, 60, 200, 3, 2, 1, 1][i],
            });
            if i + 1 < names.len() {
                flows.push(Flow {
                    from: i,
                    to: i + 1,
                    count: 1 + (i as u64 * 7) % 40,
                });
            }
        }
        Transitions {
            labels: Labels {
                title: "Statuses".to_owned(),
                x_axis: "14 January 2014".to_owned(),
                y_axis: "31 December 2014".to_owned(),
                thousands: ",".to_owned(),
                width,
                ..Labels::default()
            },
            from,
            to,
            flows,
        }
    }

    #[test]
    fn labels_never_overlap_and_stay_inside_the_chart() {
        for width in [280, 320, 390, 640, 1000, 1200] {
            let c = crowded(width);
            let l = Layout::new(&c);
            let w = chart_width(&c.labels);
            let mut boxes = Vec::new();
            for side in [Side::From, Side::To] {
                for n in l.side(side) {
                    let b = l.label_box(side, &n.label);
                    assert!(
                        b.x0 >= PAD - 0.01 && b.x1 <= w - PAD + 0.01,
                        "{width}: {b:?}"
                    );
                    assert!(b.y0 >= l.plot_top - 0.01 && b.y1 <= l.plot_bottom + 0.01);
                    boxes.push(b);
                }
            }
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b), "{width}px: {a:?} overlaps {b:?}");
                }
            }
            // Labels keep clear of the bars and the bands between them.
            for n in &l.from_nodes {
                assert!(l.label_box(Side::From, &n.label).x1 <= l.left_x);
            }
            for n in &l.to_nodes {
                assert!(l.label_box(Side::To, &n.label).x0 >= l.right_x + l.node_w);
            }
            for (i, a) in l.counts.iter().enumerate() {
                for b in &l.counts[i + 1..] {
                    assert!(!a.bounds.overlaps(&b.bounds), "{width}px");
                }
            }
        }
    }

    #[test]
    fn bands_fill_their_bars_exactly() {
        let c = crowded(640);
        let l = Layout::new(&c);
        for side in [Side::From, Side::To] {
            for n in l.side(side) {
                let mut ends: Vec<(f64, f64)> = l
                    .bands
                    .iter()
                    .filter(|b| b.end(side) == n.state)
                    .map(|b| {
                        let y = match side {
                            Side::From => b.y_from,
                            Side::To => b.y_to,
                        };
                        (y, y + b.thickness)
                    })
                    .collect();
                ends.sort_by(|a, b| a.0.total_cmp(&b.0));
                assert!((ends[0].0 - n.y0).abs() < 1e-9);
                for pair in ends.windows(2) {
                    assert!((pair[0].1 - pair[1].0).abs() < 1e-9);
                }
                assert!((ends[ends.len() - 1].1 - n.y1).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn boxes_spread_apart_only_as_much_as_needed() {
        let centres = spread(&[(10.0, 10.0), (12.0, 10.0), (80.0, 10.0)], 0.0, 100.0, 2.0);
        assert_eq!(centres, vec![10.0, 22.0, 80.0]);
        let centres = spread(&[(95.0, 10.0), (96.0, 10.0)], 0.0, 100.0, 2.0);
        assert_eq!(centres, vec![83.0, 95.0]);
    }
}
