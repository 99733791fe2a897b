//! Files a reader takes away: the table as CSV for a spreadsheet, the numbers
//! behind a chart as CSV, a chart as a standalone SVG image, and the names
//! those files are saved under.
//!
//! Everything here is a pure function from the model to a string; saving the
//! string as a download is the platform layer's job. The CSV is written for
//! the spreadsheet most readers have: UTF-8 with a byte order mark (without
//! it Excel reads Cyrillic and Kazakh letters as Windows-1251 or worse), CRLF
//! line ends and RFC 4180 quoting. A dataset is text from outside, so every
//! cell that a spreadsheet would run as a formula is neutralised (OWASP's CSV
//! injection guidance): it gets a leading `'`.

use crate::dataset::{Dataset, RecIx};
use crate::i18n;
use crate::report::DataTable;

/// The columns of [`recommendations_csv`], in order.
pub const RECOMMENDATION_COLUMNS: [&str; 14] = [
    "id",
    "session id",
    "session date",
    "session title",
    "text",
    "themes",
    "addressees",
    "proposed by",
    "status",
    "stage",
    "due",
    "tags",
    "note",
    "url",
];

/// What separates several names in one cell (themes, addressees, tags).
const LIST_SEPARATOR: &str = "; ";

/// The recommendations `rows` (in the order given) as CSV, one line each
/// after a header, with names in `lang` (falling back to the dataset's
/// default language). Dates keep the precision they were written with.
/// A row index out of range is skipped.
pub fn recommendations_csv(ds: &Dataset, rows: &[RecIx], lang: &str) -> String {
    let default = ds.default_language();
    let name = |text: &crate::dataset::Text| text.get(lang, default).to_string();
    let names = |ixs: &[u32], of: &dyn Fn(usize) -> Option<String>| {
        ixs.iter()
            .filter_map(|&ix| of(ix as usize))
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR)
    };
    let theme = |ix: usize| ds.themes.get(ix).map(|t| name(&t.name));
    let body = |ix: usize| ds.bodies.get(ix).map(|b| name(&b.name));

    let mut csv = Csv::new();
    csv.row(RECOMMENDATION_COLUMNS.iter().copied(), Cell::Text);
    for rec in rows
        .iter()
        .filter_map(|&r| ds.recommendations.get(r as usize))
    {
        let session = ds.sessions.get(rec.session as usize);
        let status = ds.statuses.get(rec.status as usize);
        let cells = [
            rec.id.clone(),
            session.map(|s| s.id.clone()).unwrap_or_default(),
            session.map(|s| s.date.to_string()).unwrap_or_default(),
            session.map(|s| name(&s.title)).unwrap_or_default(),
            name(&rec.text),
            names(&rec.themes, &theme),
            names(&rec.addressees, &body),
            names(&rec.proposed_by, &body),
            status.map(|s| name(&s.name)).unwrap_or_default(),
            status
                .map(|s| i18n::stage_name(lang, s.stage).to_string())
                .unwrap_or_default(),
            rec.due.map(|d| d.to_string()).unwrap_or_default(),
            rec.tags.join(LIST_SEPARATOR),
            rec.note.as_ref().map(name).unwrap_or_default(),
            rec.url.clone().unwrap_or_default(),
        ];
        csv.row(cells.iter().map(String::as_str), Cell::Text);
    }
    csv.finish()
}

/// A chart's table of numbers as CSV, with the same conventions as
/// [`recommendations_csv`]. A cell that is only a decimal number (`12`,
/// `-3`, `0.5`) is left as it is so the spreadsheet can add it up: it cannot
/// be a formula. Every other cell is neutralised like dataset text.
pub fn table_csv(table: &DataTable) -> String {
    let mut csv = Csv::new();
    csv.row(table.columns.iter().map(String::as_str), Cell::Text);
    for row in &table.rows {
        csv.row(row.iter().map(String::as_str), Cell::NumberOrText);
    }
    csv.finish()
}

/// A chart's SVG, as the renderers write it for the page, made into a file
/// that image viewers and office programs open on their own: an XML
/// declaration first, the SVG namespace on the root, and explicit `width`
/// and `height` (taken from the `viewBox`) when the root has none, since
/// without them many viewers draw the image at an arbitrary size. The
/// content, with its `<title>` and `<desc>`, is kept as it is.
pub fn standalone_svg(svg: &str) -> String {
    const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    let body = svg.trim_start_matches('\u{feff}').trim_start();
    // A declaration already there is replaced: the string is UTF-8 now,
    // whatever encoding the old one named.
    let body = match body
        .strip_prefix("<?xml")
        .and_then(|rest| rest.split_once("?>"))
    {
        Some((_, rest)) => rest.trim_start(),
        None => body,
    };
    let Some((before, tag, after)) = split_root(body) else {
        return format!("{DECLARATION}{body}");
    };
    let attributes = attributes(&tag[4..tag.len() - 1]);
    let has = |name: &str| attributes.iter().any(|(n, _)| *n == name);
    let mut added = String::new();
    if !has("xmlns") {
        added.push_str(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    if body.contains("xlink:") && !has("xmlns:xlink") {
        added.push_str(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
    }
    let view_box = attributes
        .iter()
        .find(|(n, _)| *n == "viewBox")
        .and_then(|(_, v)| view_box_size(v));
    if let Some((width, height)) = view_box {
        if !has("width") {
            added.push_str(&format!(" width=\"{width}\""));
        }
        if !has("height") {
            added.push_str(&format!(" height=\"{height}\""));
        }
    }
    format!(
        "{DECLARATION}{before}<svg{added}{}{after}",
        &tag["<svg".len()..]
    )
}

/// A file name for a download: `<title>_<what>_<date>.<ext>`, for example
/// `dialogue-platform-on-human-dimension_by-theme_2026-11-23.csv`.
///
/// Each part is a lower-case slug: letters and digits of any script are
/// kept (a Russian or Kazakh title stays readable), everything else becomes
/// `-`, runs of `-` collapse, and the slug is trimmed and cut to 60
/// characters. So the name never holds a character Windows forbids
/// (`<>:"/\|?*`, control characters) nor a path separator. An empty title
/// becomes `kenes`; an empty `what` or `date` is left out.
pub fn file_name(title: &str, what: &str, date: &str, ext: &str) -> String {
    let title = match slug(title) {
        s if s.is_empty() => "kenes".to_string(),
        s => s,
    };
    let mut stem = title;
    for part in [slug(what), slug(date)] {
        if !part.is_empty() {
            stem.push('_');
            stem.push_str(&part);
        }
    }
    // Windows reserves these device names whatever the extension.
    const RESERVED: [&str; 4] = ["con", "prn", "aux", "nul"];
    let device = RESERVED.contains(&stem.as_str())
        || ((stem.starts_with("com") || stem.starts_with("lpt"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit());
    if device {
        stem.insert_str(0, "kenes-");
    }
    let ext: String = ext
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    }
}

/// How a body cell is neutralised.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// Text from the dataset or the interface: always neutralised.
    Text,
    /// A table cell: a plain decimal number is kept as a number.
    NumberOrText,
}

/// A CSV document being written.
struct Csv {
    out: String,
}

impl Csv {
    fn new() -> Csv {
        Csv {
            out: String::from("\u{feff}"),
        }
    }

    fn row<'c>(&mut self, cells: impl Iterator<Item = &'c str>, kind: Cell) {
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let keep = kind == Cell::NumberOrText && is_number(cell);
            let needs_quote = |s: &str| s.contains([',', '"', '\r', '\n']);
            let cell = if !keep && starts_like_formula(cell) {
                format!("'{cell}")
            } else {
                cell.to_string()
            };
            if needs_quote(&cell) {
                self.out.push('"');
                self.out.push_str(&cell.replace('"', "\"\""));
                self.out.push('"');
            } else {
                self.out.push_str(&cell);
            }
        }
        self.out.push_str("\r\n");
    }

    fn finish(self) -> String {
        self.out
    }
}

/// Whether a spreadsheet could read the cell as a formula (OWASP's list).
fn starts_like_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A plain decimal number: an optional minus, digits, optionally a point
/// and more digits.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// Splits an SVG document at its root start tag: what comes before (comments,
/// a doctype), the tag from `<svg` to its `>`, and the rest.
fn split_root(doc: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    let start = loop {
        let at = from + doc[from..].find("<svg")?;
        let next = doc[at + 4..].chars().next();
        if next.is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/') {
            break at;
        }
        from = at + 4;
    };
    // The tag ends at the first `>` outside a quoted attribute value.
    let mut quote = None;
    for (i, c) in doc[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => {
                let end = start + i + 1;
                return Some((&doc[..start], &doc[start..end], &doc[end..]));
            }
            _ => {}
        }
    }
    None
}

/// The attributes of a start tag's inside (after the element name), as
/// (name, value) pairs with the values unquoted but not unescaped.
fn attributes(inside: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = inside;
    loop {
        rest = rest.trim_start();
        let Some(eq) = rest.find('=') else { break };
        let name = rest[..eq].trim();
        let value = rest[eq + 1..].trim_start();
        let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            break;
        };
        let Some(end) = value[1..].find(quote) else {
            break;
        };
        out.push((name, &value[1..1 + end]));
        rest = &value[end + 2..];
    }
    out
}

/// The width and height of a `viewBox` ("min-x min-y width height"), as
/// written, when both are positive numbers.
fn view_box_size(view_box: &str) -> Option<(&str, &str)> {
    let parts: Vec<&str> = view_box
        .split(|c: char| c.is_ascii_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .collect();
    let [_, _, width, height] = parts[..] else {
        return None;
    };
    let positive = |s: &str| s.parse::<f64>().is_ok_and(|n| n.is_finite() && n > 0.0);
    (positive(width) && positive(height)).then_some((width, height))
}

/// A part of a file name: lower case, letters and digits of any script, the
/// rest turned into single `-`, at most 60 characters.
fn slug(s: &str) -> String {
    const MAX: usize = 60;
    let mut out = String::new();
    let mut count = 0;
    let mut dash = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && count > 0 {
                if count + 1 >= MAX {
                    break;
                }
                out.push('-');
                count += 1;
            }
            if count >= MAX {
                break;
            }
            out.push(c);
            count += 1;
            dash = false;
        } else {
            dash = true;
        }
    }
    out
}
