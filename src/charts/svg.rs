//! A small SVG writer shared by the renderers.
//!
//! plotters draws pixels well but cannot attach what the report needs to a
//! mark: `data-*` attributes for click-to-filter, a `<title>` per mark, ARIA
//! roles and ids. This writer emits exactly the elements a renderer asks for,
//! escapes every text node and attribute value (`& < > " '`), and formats
//! coordinates so that NaN or infinity can never reach the output.
//!
//! It also holds what every chart draws the same way, so the six charts look
//! alike: the root element with its title and description, the visible
//! heading, the legend, and the rough text measurement used for layout.

use super::format::clamp;
use super::{Labels, Series};

/// The font stack of every chart: system fonts first, then fonts that cover
/// Kazakh and Russian Cyrillic.
pub const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
/// Text colour: a neutral dark grey that reads as black on a projector.
pub const TEXT: &str = "#1f2933";
/// Secondary text (ticks, axis titles).
pub const MUTED: &str = "#52606d";
/// Gridlines.
pub const GRID: &str = "#e4e7eb";
/// The zero line and axis lines.
pub const AXIS: &str = "#9aa5b1";

/// The narrowest and widest layouts: [`Labels::width`] is clamped to this
/// range, so a zero or absurd width still gives a readable chart.
pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 1200;
/// Space kept empty around the drawing.
pub const PAD: f64 = 16.0;
/// Size of the visible heading.
pub const TITLE_SIZE: f64 = 16.0;
/// Size of category labels, legend entries and value labels.
pub const LABEL_SIZE: f64 = 13.0;
/// Size of tick labels.
pub const TICK_SIZE: f64 = 12.0;

/// Escapes text for use in an element or in a double- or single-quoted
/// attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0 documents.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Formats a coordinate with at most two decimals. A non-finite value (which
/// a renderer should never produce) is written as 0 so the document stays
/// valid.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let text = super::fixed(v, 2);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    // `-0` would be valid SVG but noisy in snapshots.
    match text {
        "-0" | "" => "0".to_owned(),
        text => text.to_owned(),
    }
}

/// The approximate width of `text` in pixels at `size`, for layout only.
///
/// The browser picks the font, so an exact measure is impossible here; the
/// estimate errs on the wide side so labels do not collide.
pub fn text_width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'l' | 'j' | 'I' | '!' => 0.32,
            '0'..='9' => 0.62,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'ж' | 'ы' | 'ю' | 'Ш' | 'Щ' | 'Ж' | 'Ы' | 'Ю'
            | 'Ф' | 'ф' | 'Д' | 'М' => 0.9,
            c if c.is_uppercase() => 0.7,
            _ => 0.58,
        })
        .sum();
    em * size
}

/// Shortens `text` with an ellipsis so that it has at most `max_chars`
/// characters and fits in `max_width` pixels at `size`. Returns the text
/// unchanged when it already fits.
pub fn fit_text(text: &str, max_chars: usize, max_width: f64, size: f64) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= max_chars && text_width(text, size) <= max_width {
        return text.to_owned();
    }
    let mut keep = chars.len().min(max_chars.saturating_sub(1));
    loop {
        let head: String = chars[..keep].iter().collect();
        let candidate = format!("{}…", head.trim_end());
        if keep == 0 || text_width(&candidate, size) <= max_width {
            return candidate;
        }
        keep -= 1;
    }
}

/// Breaks `text` at spaces into at most `max_lines` lines that each fit in
/// `max_width` pixels at `size`. A word longer than a line, or text left
/// over after the last line, is cut with an ellipsis. Empty text gives no
/// lines.
pub fn wrap_text(text: &str, max_lines: usize, max_width: f64, size: f64) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, word) in words.iter().enumerate() {
        let candidate = if current.is_empty() {
            (*word).to_owned()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || text_width(&candidate, size) <= max_width {
            current = candidate;
            continue;
        }
        if lines.len() + 1 == max_lines.max(1) {
            // The last line takes the rest of the text, cut to fit.
            let rest = format!("{current} {}", words[i..].join(" "));
            lines.push(fit_text(&rest, usize::MAX, max_width, size));
            return lines;
        }
        lines.push(fit_text(&current, usize::MAX, max_width, size));
        current = (*word).to_owned();
    }
    if !current.is_empty() {
        lines.push(fit_text(&current, usize::MAX, max_width, size));
    }
    lines
}

/// The width of the chart's layout in pixels: [`Labels::width`] clamped to
/// [`MIN_WIDTH`]`..=`[`MAX_WIDTH`].
pub fn chart_width(labels: &Labels) -> f64 {
    f64::from(labels.width.clamp(MIN_WIDTH, MAX_WIDTH))
}

/// Turns any text into a fragment safe for an XML id or a CSS class:
/// lower-case ASCII letters, digits and single dashes.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.truncate(24);
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A string builder for SVG elements.
pub struct Svg {
    out: String,
    /// The chart's id, from which ids inside it (patterns) are made.
    id: String,
}

impl Svg {
    pub fn new() -> Self {
        Svg {
            out: String::new(),
            id: String::new(),
        }
    }

    /// Writes `<tag a="v" ...>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.start(tag, attrs);
        self.out.push('>');
    }

    pub fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// Writes `<tag a="v" .../>`.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.start(tag, attrs);
        self.out.push_str("/>");
    }

    /// Writes `<tag a="v" ...>text</tag>` with the text escaped.
    pub fn text(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) {
        self.open(tag, attrs);
        self.out.push_str(&escape(text));
        self.close(tag);
    }

    /// Writes a `<title>` child: the tooltip of the enclosing element.
    pub fn title(&mut self, text: &str) {
        self.text("title", &[], text);
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn start(&mut self, tag: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.out.push_str(&escape(value));
            self.out.push('"');
        }
    }
}

/// Text anchored at a point, in the chart font. It is hidden from assistive
/// technology: what a chart says is in its name and summary, and in the
/// names of its marks when they are buttons (a chart whose marks filter is a
/// `group`, where a screen reader would otherwise read every tick).
pub fn label(svg: &mut Svg, x: f64, y: f64, size: f64, anchor: &str, fill: &str, text: &str) {
    svg.text(
        "text",
        &[
            ("x", &num(x)),
            ("y", &num(y)),
            ("font-size", &num(size)),
            ("text-anchor", anchor),
            ("fill", fill),
            ("aria-hidden", "true"),
        ],
        text,
    );
}

/// The title of the horizontal axis, with its baseline at `y`: centred under
/// the plot (`left..right`) when it fits there, otherwise centred on the
/// whole chart, and cut only when it is wider than the chart.
pub fn x_axis_title(svg: &mut Svg, text: &str, (left, right): (f64, f64), width: f64, y: f64) {
    let w = text_width(text, LABEL_SIZE);
    let (text, x) = if w <= right - left {
        (text.to_owned(), (left + right) / 2.0)
    } else {
        let text = fit_text(text, usize::MAX, width - 2.0 * PAD, LABEL_SIZE);
        let half = text_width(&text, LABEL_SIZE) / 2.0;
        let x = clamp(
            (left + right) / 2.0,
            PAD + half,
            (width - PAD - half).max(PAD + half),
        );
        (text, x)
    };
    label(svg, x, y, LABEL_SIZE, "middle", MUTED, &text);
}

/// A horizontal or vertical line.
pub fn line(svg: &mut Svg, (x1, y1): (f64, f64), (x2, y2): (f64, f64), stroke: &str) {
    svg.leaf(
        "line",
        &[
            ("x1", &num(x1)),
            ("y1", &num(y1)),
            ("x2", &num(x2)),
            ("y2", &num(y2)),
            ("stroke", stroke),
            ("stroke-width", "1"),
            ("shape-rendering", "crispEdges"),
        ],
    );
}

/// The root of a chart: opens `<svg>` with its accessible name and summary,
/// sets the font, and draws the visible heading. Returns the writer and the
/// y coordinate below the heading; the caller closes with [`end_chart`].
///
/// A chart is an image (`role="img"`) unless its marks are buttons
/// (`interactive`): an image's content is not reachable, and may hold no
/// control, so such a chart is a `group` of buttons, still named by its
/// title and summary.
///
/// `kind` distinguishes chart types in the id; the id also carries a hash of
/// the title and summary, so two different charts on one page never share
/// ids while the same spec always renders to the same string.
pub fn begin_chart(kind: &str, labels: &Labels, height: f64, interactive: bool) -> (Svg, f64) {
    let width = chart_width(labels);
    let id = chart_id(kind, labels);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let mut svg = Svg::new();
    svg.open(
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", &format!("0 0 {} {}", num(width), num(height))),
            ("role", if interactive { "group" } else { "img" }),
            ("aria-labelledby", &format!("{title_id} {desc_id}")),
            ("class", &format!("kenes-chart kenes-chart-{kind}")),
            ("id", &id),
            ("font-family", FONT_FAMILY),
        ],
    );
    svg.id = id;
    svg.text("title", &[("id", &title_id)], &labels.title);
    svg.text("desc", &[("id", &desc_id)], &labels.summary);
    // A white background keeps the chart readable when it is saved or
    // pasted into a document with a coloured page.
    svg.leaf(
        "rect",
        &[
            ("width", &num(width)),
            ("height", &num(height)),
            ("fill", "#ffffff"),
        ],
    );
    let lines = heading_lines(labels);
    if !lines.is_empty() {
        svg.open(
            "g",
            &[("class", "kenes-chart-heading"), ("aria-hidden", "true")],
        );
        for (i, text) in lines.iter().enumerate() {
            svg.text(
                "text",
                &[
                    ("x", &num(PAD)),
                    ("y", &num(PAD + TITLE_SIZE + i as f64 * TITLE_LINE)),
                    ("font-size", &num(TITLE_SIZE)),
                    ("font-weight", "600"),
                    ("fill", TEXT),
                ],
                text,
            );
        }
        svg.close("g");
    }
    (svg, heading_height(labels))
}

/// The y coordinate below the visible heading that [`begin_chart`] draws.
pub fn heading_height(labels: &Labels) -> f64 {
    match heading_lines(labels).len() {
        0 => PAD,
        n => PAD + TITLE_SIZE + (n - 1) as f64 * TITLE_LINE + 14.0,
    }
}

/// The visible heading: the title on one line, or on two when it is too long
/// for the width (a narrow phone), cut with an ellipsis only beyond that.
fn heading_lines(labels: &Labels) -> Vec<String> {
    let room = chart_width(labels) - 2.0 * PAD;
    wrap_text(&labels.title, 2, room, TITLE_SIZE)
}

/// The distance between the baselines of a two-line heading.
const TITLE_LINE: f64 = 20.0;

pub fn end_chart(mut svg: Svg) -> String {
    svg.close("svg");
    svg.finish()
}

/// How the series of a chart are told apart besides their colour, so that a
/// chart printed in black and white, or seen by a reader who does not tell
/// those colours apart, still says which is which. The legend's keys carry
/// the same texture as the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Texture {
    /// Colour only: the series are named on the marks themselves.
    Plain,
    /// Areas: each series has a fill pattern of white lines or dots over its
    /// colour (see [`pattern_defs`] and [`series_fill`]).
    Patterns,
    /// Lines: each series has a dash pattern (see [`dashes`]).
    Dashes,
}

/// The textures of areas, by series position: solid, diagonal lines, dots,
/// a grid, horizontal lines; then again.
const PATTERNS: usize = 5;

/// Writes a `<defs>` with one fill pattern per series (for
/// [`Texture::Patterns`]): the series' colour with white marks, in a 6 px
/// tile. The first series stays solid.
pub fn pattern_defs(svg: &mut Svg, series: &[Series]) {
    svg.open("defs", &[]);
    for (i, s) in series.iter().enumerate() {
        if i % PATTERNS == 0 {
            continue;
        }
        let id = pattern_id(svg, i);
        svg.open(
            "pattern",
            &[
                ("id", &id),
                ("patternUnits", "userSpaceOnUse"),
                ("width", "6"),
                ("height", "6"),
            ],
        );
        svg.leaf(
            "rect",
            &[("width", "6"), ("height", "6"), ("fill", &s.color)],
        );
        let white = [("fill", "none"), ("stroke", "#ffffff")];
        match i % PATTERNS {
            // Diagonal lines, continuous from tile to tile.
            1 => svg.leaf(
                "path",
                &[
                    ("d", "M-1 1L1 -1M0 6L6 0M5 7L7 5"),
                    white[0],
                    white[1],
                    ("stroke-width", "1.6"),
                ],
            ),
            2 => svg.leaf(
                "circle",
                &[("cx", "3"), ("cy", "3"), ("r", "1.3"), ("fill", "#ffffff")],
            ),
            // The densest texture, in thinner lines.
            3 => svg.leaf(
                "path",
                &[
                    ("d", "M0 3H6M3 0V6"),
                    white[0],
                    white[1],
                    ("stroke-width", "0.9"),
                ],
            ),
            _ => svg.leaf(
                "path",
                &[("d", "M0 3H6"), white[0], white[1], ("stroke-width", "1.6")],
            ),
        }
        svg.close("pattern");
    }
    svg.close("defs");
}

/// The fill of series `i` with [`Texture::Patterns`]: its pattern, or its
/// colour for a solid one.
pub fn series_fill(svg: &Svg, series: &[Series], i: usize) -> String {
    if i % PATTERNS == 0 {
        series[i].color.clone()
    } else {
        format!("url(#{})", pattern_id(svg, i))
    }
}

fn pattern_id(svg: &Svg, i: usize) -> String {
    format!("{}-texture-{i}", svg.id)
}

/// The `stroke-dasharray` of line `i` with [`Texture::Dashes`]: solid,
/// dashed, dotted (with round caps); then again.
pub fn dashes(i: usize) -> Option<&'static str> {
    match i % 3 {
        0 => None,
        1 => Some("8 7"),
        _ => Some("0.1 5"),
    }
}

/// The height of the legend for `series` at the chart width `width`, so a
/// renderer can compute its total height before drawing.
pub fn legend_height(series: &[Series], width: f64, texture: Texture) -> f64 {
    let rows = legend_rows(series, width, key_width(texture)).len();
    if rows == 0 {
        0.0
    } else {
        rows as f64 * LEGEND_ROW + 6.0
    }
}

/// Draws the legend starting at `top`: a key and a label per series,
/// wrapping to new rows as needed. The key is a swatch of the series' fill,
/// or a stretch of its line.
pub fn legend(svg: &mut Svg, series: &[Series], top: f64, width: f64, texture: Texture) {
    let key = key_width(texture);
    let rows = legend_rows(series, width, key);
    if rows.is_empty() {
        return;
    }
    svg.open("g", &[("class", "kenes-legend"), ("aria-hidden", "true")]);
    for (row, entries) in rows.iter().enumerate() {
        let y = top + row as f64 * LEGEND_ROW;
        for &(i, x, ref text) in entries {
            match texture {
                Texture::Dashes => {
                    let mut attrs = vec![
                        ("x1", num(x + 1.5)),
                        ("y1", num(y + 8.0)),
                        ("x2", num(x + key - 1.5)),
                        ("y2", num(y + 8.0)),
                        ("stroke", series[i].color.clone()),
                        ("stroke-width", "2.5".to_owned()),
                        ("stroke-linecap", "round".to_owned()),
                    ];
                    if let Some(d) = dashes(i) {
                        attrs.push(("stroke-dasharray", d.to_owned()));
                    }
                    let attrs: Vec<(&str, &str)> =
                        attrs.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    svg.leaf("line", &attrs);
                }
                Texture::Plain | Texture::Patterns => {
                    let fill = if texture == Texture::Patterns {
                        series_fill(svg, series, i)
                    } else {
                        series[i].color.clone()
                    };
                    svg.leaf(
                        "rect",
                        &[
                            ("x", &num(x)),
                            ("y", &num(y + 2.0)),
                            ("width", &num(key)),
                            ("height", &num(key)),
                            ("rx", "2"),
                            ("fill", &fill),
                        ],
                    );
                }
            }
            label(
                svg,
                x + key + 6.0,
                y + 12.5,
                LABEL_SIZE,
                "start",
                TEXT,
                text,
            );
        }
    }
    svg.close("g");
}

const LEGEND_ROW: f64 = 20.0;
/// The side of a legend's swatch: large enough to show its pattern.
const SWATCH: f64 = 12.0;
/// The length of a legend's stretch of line: long enough to show its dashes.
const LINE_KEY: f64 = 24.0;
const LEGEND_GAP: f64 = 18.0;

fn key_width(texture: Texture) -> f64 {
    match texture {
        Texture::Dashes => LINE_KEY,
        Texture::Plain | Texture::Patterns => SWATCH,
    }
}

/// Lays the legend out in rows: (series index, x, label) per entry.
/// Places the legend entries left to right, starting a new row when an entry
/// does not fit on the current one. An entry is cut only when it is wider
/// than a whole row.
fn legend_rows(series: &[Series], width: f64, key: f64) -> Vec<Vec<(usize, f64, String)>> {
    let mut rows: Vec<Vec<(usize, f64, String)>> = Vec::new();
    let right = width - PAD;
    let mut x = PAD;
    for (i, s) in series.iter().enumerate() {
        let text = fit_text(&s.label, usize::MAX, right - PAD - key - 6.0, LABEL_SIZE);
        let w = key + 6.0 + text_width(&text, LABEL_SIZE);
        if rows.is_empty() || (x + w > right && x > PAD) {
            rows.push(Vec::new());
            x = PAD;
        }
        if let Some(row) = rows.last_mut() {
            row.push((i, x, text));
        }
        x += w + LEGEND_GAP;
    }
    rows
}

fn chart_id(kind: &str, labels: &Labels) -> String {
    // FNV-1a: tiny, stable across platforms and releases.
    let mut hash: u32 = 0x811c_9dc5;
    for byte in labels
        .title
        .bytes()
        .chain([0u8])
        .chain(labels.summary.bytes())
    {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let slug = slug(&labels.title);
    if slug.is_empty() {
        format!("kenes-{kind}-{hash:08x}")
    } else {
        format!("kenes-{kind}-{slug}-{hash:08x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_wrap(text: &str, lines: usize, width: f64, expected: &[&str]) {
        assert_eq!(wrap_text(text, lines, width, 16.0), expected);
    }

    #[test]
    fn text_wraps_at_spaces_and_cuts_only_the_last_line() {
        check_wrap("", 2, 300.0, &[]);
        check_wrap("Sessions", 2, 300.0, &["Sessions"]);
        check_wrap(
            "Recommendations of the Dialogue Platform by year and stage",
            2,
            290.0,
            &[
                "Recommendations of the Dialogue",
                "Platform by year and stage",
            ],
        );
        let cut = wrap_text("one two three four five six seven eight", 2, 80.0, 16.0);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'), "{cut:?}");
        assert!(cut.iter().all(|l| text_width(l, 16.0) <= 80.0));
    }

    #[test]
    fn legend_entries_move_to_a_new_row_rather_than_shrink() {
        let s = |label: &str| Series {
            key: "k".to_owned(),
            label: label.to_owned(),
            color: "#000000".to_owned(),
        };
        let series = [
            s("Made"),
            s("Accepted (incl. in progress and implemented)"),
            s("Implemented"),
        ];
        let rows = legend_rows(&series, 390.0, SWATCH);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1][0].2, series[1].label);
        assert_eq!(legend_rows(&series, 640.0, SWATCH).len(), 1);
    }
}
