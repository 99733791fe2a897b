//! A view is a URL: everything a reader chose, written into the URL's hash and
//! read back from it.
//!
//! Reloading the page, or opening the link in another browser with the same
//! data, shows the same view. The hash is a list of `key=value` parameters,
//! versioned with `v`: [`encode`] writes the current [`VERSION`], and
//! [`decode`] first brings an older link up to date through [`MIGRATIONS`]
//! (one function per version step, as OWID grapher's URL migrations do) and
//! then reads it. Facet values are written as the dataset's ids, never as
//! indexes, so a link works with another copy of the data.
//!
//! Links are typed by hand, cut short by chat programs and outlive the data
//! they were made for, so decoding never fails: whatever it cannot use is left
//! out and described by a [`Note`] the report shows.
//!
//! The grammar (keys in this order; a key at its default is left out, so equal
//! views give equal strings and the default view is `v=1`):
//!
//! ```text
//! v=1                  version of the format
//! lang=ru              a language of the dataset other than its default
//! years=2013-2014      inclusive range of session years (`years=2013` for one)
//! session=s1,s2        facet values, as comma-separated ids; likewise
//! theme=…  status=…  addressee=…  proposer=…
//! q=human+rights       search text
//! sort=-date           id | date | text | status, `-` before it for descending
//! page=2               table page, counted from 1
//! chart=by-year        the focused chart
//! embed=kpis           embed mode: a chart id or `kpis`
//! asof=2015-06         the view's date: YYYY, YYYY-MM or YYYY-MM-DD
//! compare=2014-01-14..2014-12-31   what changed between two dates
//! present=3            presentation mode, on slide 3 (a bare `present` is slide 1)
//! slides=…,…           views added as slides: each one a hash of this format
//!                      (filters, asof, chart), escaped once more
//! ```
//!
//! Values are percent-encoded UTF-8: every byte but `A-Z a-z 0-9 - . _ ~` is
//! written as `%XX`, except the space, written `+` (as HTML forms and
//! `URLSearchParams` do). Decoding also accepts unescaped characters, and
//! keeps a `%` not followed by two hex digits as it is.
//!
//! Adding a key needs no new version: an older report notes it as unknown and
//! reads the rest. A new version is needed when a key changes its spelling or
//! meaning; then add one function to [`MIGRATIONS`] that rewrites the older
//! parameters, and raise [`VERSION`].

use crate::suggest::suggest;
use std::collections::HashMap;
use std::fmt;

use crate::dataset::{Dataset, Date};
use crate::query::Filter;
use crate::report::ChartId;
use crate::state::{Column, Facet, Sort};

/// Everything about a view that a link carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub filter: Filter,
    pub sort: Sort,
    /// Zero-based page of the table (the URL counts from 1).
    pub page: usize,
    /// A language of the dataset other than its default; `None` is the
    /// default. [`encode`] writes the default language as `None` would, so
    /// the two give the same link, and [`decode`] reads it back as `None`.
    pub language: Option<String>,
    /// The chart shown large.
    pub chart: Option<ChartId>,
    /// When the report is embedded in another page, what it shows alone.
    pub embed: Option<Embed>,
    /// The day the view shows; `None` is the dataset's present.
    pub as_of: Option<Date>,
    /// Two dates whose statuses are compared ("what changed"): from, to.
    pub compare: Option<(Date, Date)>,
    /// Presentation mode, on this slide (0-based; 1-based in the link).
    pub present: Option<usize>,
    /// Views the user added to the presentation as slides of their own.
    pub slides: Vec<Slide>,
}

/// A view added to the presentation as a slide: what it selects and shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Slide {
    pub filter: Filter,
    pub as_of: Option<Date>,
    pub chart: Option<ChartId>,
}

impl Slide {
    fn as_view(&self) -> ViewState {
        ViewState {
            filter: self.filter.clone(),
            as_of: self.as_of,
            chart: self.chart,
            ..ViewState::default()
        }
    }
}

/// What an embedded report shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embed {
    Chart(ChartId),
    /// The headline figures.
    Kpis,
}

/// Something in a link that [`decode`] could not use as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The parameter's key as written (decoded).
    pub key: String,
    /// The value the note is about: one id of a list, or the whole value.
    pub value: String,
    pub reason: NoteReason,
}

/// Why a parameter, or part of one, was not used as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteReason {
    /// The key means nothing to this report; `suggestion` is a known key
    /// close to it.
    UnknownKey { suggestion: Option<String> },
    /// An id or language the dataset does not have; `suggestion` is one of
    /// its own that is close.
    NotInDataset { suggestion: Option<String> },
    /// A `chart` or `embed` value that names nothing the report draws.
    UnknownChart { suggestion: Option<String> },
    /// The value is not written the way the key needs; `expected` says how,
    /// as a phrase that follows "is not".
    Malformed { expected: &'static str },
    /// Percent escapes that do not spell UTF-8 text (the note's value shows
    /// the parameter as written).
    NotUtf8,
    /// The key appears again later in the link, and the later value is used.
    Duplicate,
    /// `v` is not a version number of this format; the link is read as
    /// version 1.
    BadVersion,
    /// The link was written by a newer report: what this one knows is read,
    /// the rest is noted.
    NewerVersion { supported: u32 },
}

/// The version of the format that [`encode`] writes.
pub const VERSION: u32 = 1;

/// The parameters of a link in order, keys decoded and values still
/// percent-encoded (so that a migration cannot confuse an escaped comma in
/// an id with the comma between ids).
pub type Params = Vec<(String, String)>;

/// Rewrites the parameters of a link of one version into those of the next.
pub type Migration = fn(&mut Params);

/// `MIGRATIONS[i]` turns a link of version `i + 1` into version `i + 2`; they
/// run in order from the link's version. Version 1 is the first, so the list
/// is empty; a link without `v` is read as version 1.
pub const MIGRATIONS: &[Migration] = &[];

// Every version but the first is reached by exactly one migration.
const _: () = assert!(VERSION as usize == MIGRATIONS.len() + 1);

/// Whether an encoded view is the default one, which an address without a
/// hash shows too.
pub fn is_default(hash: &str) -> bool {
    hash == format!("v={VERSION}")
}

/// The hash for a view, without the leading `#`.
pub fn encode(ds: &Dataset, view: &ViewState) -> String {
    let mut out = format!("v={VERSION}");
    let mut put = |key: &str, value: &str| {
        out.push('&');
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    };
    if let Some(lang) = &view.language {
        if lang != ds.default_language() {
            put("lang", &escape(lang));
        }
    }
    if let Some((a, b)) = view.filter.years {
        let (from, to) = (a.min(b), a.max(b));
        if from == to {
            put("years", &from.to_string());
        } else {
            put("years", &format!("{from}-{to}"));
        }
    }
    for facet in Facet::ALL {
        let ids: Vec<String> = facet
            .values(&view.filter)
            .into_iter()
            .filter_map(|ix| facet_ids(ds, facet).get(ix as usize).map(|id| escape(id)))
            .collect();
        if !ids.is_empty() {
            put(facet.key(), &ids.join(","));
        }
    }
    if !view.filter.text.is_empty() {
        put("q", &escape(&view.filter.text));
    }
    if view.sort != Sort::default() {
        let minus = if view.sort.descending { "-" } else { "" };
        put("sort", &format!("{minus}{}", view.sort.column.key()));
    }
    if view.page != 0 {
        put("page", &view.page.saturating_add(1).to_string());
    }
    if let Some(chart) = view.chart {
        put("chart", chart.as_str());
    }
    if let Some(embed) = view.embed {
        put("embed", embed_name(embed));
    }
    if let Some(day) = view.as_of {
        put("asof", &day.to_string());
    }
    if let Some((from, to)) = view.compare {
        put("compare", &format!("{from}..{to}"));
    }
    if let Some(slide) = view.present {
        put("present", &(slide + 1).to_string());
    }
    if !view.slides.is_empty() {
        let slides: Vec<String> = view
            .slides
            .iter()
            .map(|slide| escape(&encode(ds, &slide.as_view())))
            .collect();
        // Each slide is already escaped: write the list as it is.
        out.push_str("&slides=");
        out.push_str(&slides.join(","));
    }
    out
}

/// The interface language a hash asks for (its last `lang=`), read before
/// any dataset is loaded so that a first load that fails is explained in
/// the reader's language.
pub fn language(hash: &str) -> Option<String> {
    let hash = hash.trim();
    let params = split(hash.strip_prefix('#').unwrap_or(hash));
    let (_, lang) = params
        .iter()
        .rev()
        .find(|(key, value)| key == "lang" && !value.is_empty())?;
    crate::state::spoken(lang)
}

/// The view a hash describes (with or without its leading `#`), and a note
/// for everything in it that could not be used.
pub fn decode(ds: &Dataset, hash: &str) -> (ViewState, Vec<Note>) {
    decode_with(ds, hash, MIGRATIONS)
}

/// [`decode`] with another list of migrations, which reads links up to
/// version `migrations.len() + 1`. Tests use it to exercise the mechanism
/// before the format has a second version.
pub fn decode_with(ds: &Dataset, hash: &str, migrations: &[Migration]) -> (ViewState, Vec<Note>) {
    let hash = hash.trim();
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let mut params = split(hash);
    let mut notes = Vec::new();

    let version = take_version(&mut params, &mut notes);
    let supported = migrations.len() as u32 + 1;
    if version > supported {
        notes.push(Note {
            key: "v".into(),
            value: version.to_string(),
            reason: NoteReason::NewerVersion { supported },
        });
    } else {
        for migrate in &migrations[version as usize - 1..] {
            migrate(&mut params);
        }
    }

    let mut view = ViewState::default();
    // Last wins: only the last non-empty value of a key is read.
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, (key, value)) in params.iter().enumerate() {
        if !value.is_empty() {
            last.insert(key, i);
        }
    }
    for (i, (key, raw)) in params.iter().enumerate() {
        if !KEYS.contains(&key.as_str()) {
            notes.push(Note {
                key: key.clone(),
                value: lossy(raw),
                reason: NoteReason::UnknownKey {
                    suggestion: suggest(key, KEYS.iter().copied()),
                },
            });
        } else if raw.is_empty() {
            // An empty parameter (`q=`) says nothing, but a bare `present`
            // starts the presentation at its first slide.
            if key == "present" && view.present.is_none() {
                view.present = Some(0);
            }
        } else if last.get(key.as_str()) != Some(&i) {
            notes.push(Note {
                key: key.clone(),
                value: lossy(raw),
                reason: NoteReason::Duplicate,
            });
        } else {
            read(ds, key, raw, &mut view, &mut notes);
        }
    }
    (view, notes)
}

impl fmt::Display for Note {
    /// An English sentence for the reader, saying what was not used and why.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Note { key, value, reason } = self;
        let did_you_mean =
            |f: &mut fmt::Formatter<'_>, suggestion: &Option<String>| match suggestion {
                Some(s) => write!(f, " (did you mean \"{s}\"?)"),
                None => Ok(()),
            };
        match reason {
            NoteReason::UnknownKey { suggestion } => {
                write!(f, "\"{key}\" is not a setting this report knows")?;
                did_you_mean(f, suggestion)?;
                write!(f, " — ignored")
            }
            NoteReason::NotInDataset { suggestion } => {
                write!(f, "{key} \"{value}\" is not in this dataset")?;
                did_you_mean(f, suggestion)?;
                write!(f, " — ignored")
            }
            NoteReason::UnknownChart { suggestion } => {
                write!(f, "{key} \"{value}\" is not a chart of this report")?;
                did_you_mean(f, suggestion)?;
                write!(f, " — ignored")
            }
            NoteReason::Malformed { expected } => {
                write!(f, "{key} \"{value}\" is not {expected} — ignored")
            }
            NoteReason::NotUtf8 => write!(
                f,
                "{key} \"{value}\" has %-escapes that do not spell text — ignored"
            ),
            NoteReason::Duplicate => write!(
                f,
                "{key} \"{value}\" is given again later in the link — the later value is used"
            ),
            NoteReason::BadVersion => write!(
                f,
                "{key} \"{value}\" is not a version of the link format — read as version 1"
            ),
            NoteReason::NewerVersion { supported } => write!(
                f,
                "the link is version {value}, newer than this report reads \
                 (up to {supported}) — settings it does not know are ignored"
            ),
        }
    }
}

/// The keys this version reads, in the order [`encode`] writes them.
const KEYS: [&str; 17] = [
    "v",
    "lang",
    "years",
    "session",
    "theme",
    "status",
    "addressee",
    "proposer",
    "q",
    "sort",
    "page",
    "chart",
    "embed",
    "asof",
    "compare",
    "present",
    "slides",
];

const EXPECT_YEARS: &str = "a year or a range of years like 2013-2014";
const EXPECT_SORT: &str = "a column (id, date, text or status), with \"-\" before it to sort down";
const EXPECT_PAGE: &str = "a page number (1, 2, 3…)";
const EXPECT_DATE: &str = "a date like 2024, 2024-03 or 2024-03-31";
const EXPECT_COMPARE: &str = "two dates like 2014-01-14..2014-12-31";
const EXPECT_SLIDE: &str = "a slide number (1, 2, 3…)";
const EXPECT_SLIDES: &str = "a list of views, as \"Add this view as a slide\" writes it";

/// Reads one parameter (known key, non-empty value) into the view.
fn read(ds: &Dataset, key: &str, raw: &str, view: &mut ViewState, notes: &mut Vec<Note>) {
    if let Some(facet) = Facet::parse(key) {
        read_facet(ds, facet, raw, view, notes);
        return;
    }
    let note = |value: String, reason: NoteReason| Note {
        key: key.to_string(),
        value,
        reason,
    };
    let value = match unescape(raw) {
        Some(value) => value,
        None => {
            notes.push(note(raw.to_string(), NoteReason::NotUtf8));
            return;
        }
    };
    let malformed = |expected| note(value.clone(), NoteReason::Malformed { expected });
    match key {
        "lang" => {
            // A language of the data, or one the interface speaks (the data
            // then falls back to its own default language).
            let speaks = crate::i18n::Lang::ALL.iter().any(|l| l.code() == value);
            if ds.languages.contains(&value) || speaks {
                view.language = (value != ds.default_language()).then(|| value.clone());
            } else {
                let codes = crate::i18n::Lang::ALL.iter().map(|l| l.code());
                let suggestion =
                    suggest(&value, ds.languages.iter().map(String::as_str).chain(codes));
                notes.push(note(value, NoteReason::NotInDataset { suggestion }));
            }
        }
        "years" => match parse_years(&value) {
            Some(years) => view.filter.years = Some(years),
            None => notes.push(malformed(EXPECT_YEARS)),
        },
        "q" => view.filter.text = value,
        "sort" => match parse_sort(&value) {
            Some(sort) => view.sort = sort,
            None => notes.push(malformed(EXPECT_SORT)),
        },
        "page" => match value.parse::<usize>() {
            Ok(page) if page >= 1 && value.bytes().all(|b| b.is_ascii_digit()) => {
                view.page = page - 1
            }
            _ => notes.push(malformed(EXPECT_PAGE)),
        },
        "chart" => match parse_chart(&value) {
            Some(chart) => view.chart = Some(chart),
            None => {
                let names = ChartId::ALL.iter().map(|c| c.as_str());
                let suggestion = suggest(&value, names);
                notes.push(note(value, NoteReason::UnknownChart { suggestion }));
            }
        },
        "embed" => match parse_embed(&value) {
            Some(embed) => view.embed = Some(embed),
            None => {
                let names = ChartId::ALL.iter().map(|c| c.as_str());
                let suggestion = suggest(&value, names.chain(["kpis"]));
                notes.push(note(value, NoteReason::UnknownChart { suggestion }));
            }
        },
        "asof" => match Date::parse(&value) {
            Some(day) => view.as_of = Some(day),
            None => notes.push(malformed(EXPECT_DATE)),
        },
        "present" => match value.parse::<usize>() {
            Ok(n) if n >= 1 => view.present = Some(n - 1),
            _ => notes.push(malformed(EXPECT_SLIDE)),
        },
        "slides" => {
            for part in raw.split(',').filter(|p| !p.is_empty()) {
                match unescape(part) {
                    Some(inner) => {
                        let (slide, inner_notes) = decode(ds, &inner);
                        notes.extend(inner_notes);
                        view.slides.push(Slide {
                            filter: slide.filter,
                            as_of: slide.as_of,
                            chart: slide.chart,
                        });
                    }
                    None => notes.push(malformed(EXPECT_SLIDES)),
                }
            }
        }
        "compare" => {
            let dates = value
                .split_once("..")
                .and_then(|(a, b)| Some((Date::parse(a)?, Date::parse(b)?)));
            match dates {
                Some(dates) => view.compare = Some(dates),
                None => notes.push(malformed(EXPECT_COMPARE)),
            }
        }
        // `v` was taken out before reading and every other key is handled
        // above; an unknown key never reaches this function.
        _ => {}
    }
}

/// Reads a comma-separated list of ids into a facet, noting each id the
/// dataset does not have.
fn read_facet(ds: &Dataset, facet: Facet, raw: &str, view: &mut ViewState, notes: &mut Vec<Note>) {
    let set = match facet {
        Facet::Session => &mut view.filter.sessions,
        Facet::Theme => &mut view.filter.themes,
        Facet::Status => &mut view.filter.statuses,
        Facet::Addressee => &mut view.filter.addressees,
        Facet::Proposer => &mut view.filter.proposers,
    };
    for part in raw.split(',').filter(|part| !part.is_empty()) {
        let note = |value: String, reason| Note {
            key: facet.key().to_string(),
            value,
            reason,
        };
        let Some(id) = unescape(part) else {
            notes.push(note(part.to_string(), NoteReason::NotUtf8));
            continue;
        };
        match facet.lookup(ds, &id) {
            Some(ix) => {
                set.insert(ix);
            }
            None => {
                let suggestion = suggest(&id, facet_ids(ds, facet).into_iter());
                notes.push(note(id, NoteReason::NotInDataset { suggestion }));
            }
        }
    }
}

/// Takes every `v` out of the parameters and returns the link's version: the
/// last non-empty `v`, or 1 when there is none or it cannot be read.
fn take_version(params: &mut Params, notes: &mut Vec<Note>) -> u32 {
    let mut version = 1;
    let given: Vec<String> = params
        .iter()
        .filter(|(key, value)| key == "v" && !value.is_empty())
        .map(|(_, value)| value.clone())
        .collect();
    params.retain(|(key, _)| key != "v");
    if let Some((last, earlier)) = given.split_last() {
        for value in earlier {
            notes.push(Note {
                key: "v".into(),
                value: lossy(value),
                reason: NoteReason::Duplicate,
            });
        }
        match last.parse::<u32>() {
            Ok(v) if v >= 1 && last.bytes().all(|b| b.is_ascii_digit()) => version = v,
            _ => notes.push(Note {
                key: "v".into(),
                value: lossy(last),
                reason: NoteReason::BadVersion,
            }),
        }
    }
    version
}

/// Splits a hash into parameters, keys decoded and values as written.
/// Empty segments (`a=1&&b=2`) are skipped; a segment without `=` is a key
/// with an empty value.
fn split(hash: &str) -> Params {
    hash.split('&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (key, value) = segment.split_once('=').unwrap_or((segment, ""));
            (lossy(key), value.to_string())
        })
        .collect()
}

/// The ids of a facet's values, by index.
fn facet_ids(ds: &Dataset, facet: Facet) -> Vec<&str> {
    match facet {
        Facet::Session => ds.sessions.iter().map(|s| s.id.as_str()).collect(),
        Facet::Theme => ds.themes.iter().map(|t| t.id.as_str()).collect(),
        Facet::Status => ds.statuses.iter().map(|s| s.id.as_str()).collect(),
        Facet::Addressee | Facet::Proposer => ds.bodies.iter().map(|b| b.id.as_str()).collect(),
    }
}

fn embed_name(embed: Embed) -> &'static str {
    match embed {
        Embed::Chart(chart) => chart.as_str(),
        Embed::Kpis => "kpis",
    }
}

fn parse_sort(s: &str) -> Option<Sort> {
    let (descending, name) = match s.strip_prefix('-') {
        Some(name) => (true, name),
        None => (false, s),
    };
    let column = Column::parse(name)?;
    Some(Sort { column, descending })
}

fn parse_chart(s: &str) -> Option<ChartId> {
    ChartId::ALL.into_iter().find(|c| c.as_str() == s)
}

fn parse_embed(s: &str) -> Option<Embed> {
    if s == "kpis" {
        return Some(Embed::Kpis);
    }
    parse_chart(s).map(Embed::Chart)
}

/// Reads `2013` or `2013-2014` (either order; a year may be negative, as
/// `-5--3`), as an ordered inclusive range.
fn parse_years(s: &str) -> Option<(i32, i32)> {
    let (from, rest) = year_prefix(s)?;
    let to = match rest {
        "" => from,
        _ => match year_prefix(rest.strip_prefix('-')?)? {
            (to, "") => to,
            _ => return None,
        },
    };
    Some((from.min(to), from.max(to)))
}

/// An optionally negative run of digits at the start of `s`, and the rest.
fn year_prefix(s: &str) -> Option<(i32, &str)> {
    let sign = usize::from(s.starts_with('-'));
    let digits = s[sign..].bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    // Both the sign and the digits are ASCII, so `end` is a char boundary.
    let end = sign + digits;
    s[..end].parse().ok().map(|year| (year, &s[end..]))
}

/// Percent-encodes a value: unreserved characters stay, a space becomes `+`,
/// every other byte of its UTF-8 becomes `%XX`.
fn escape(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xF)]));
            }
        }
    }
    out
}

/// The bytes a percent-encoded value stands for: `%XX` is a byte, `+` a
/// space, and anything else (including a `%` without two hex digits after
/// it) stands for itself.
fn unescape_bytes(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes[i..] {
            [b'%', hi, lo, ..] => hex(hi).zip(hex(lo)).map(|(hi, lo)| hi << 4 | lo),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// The decoded value, or `None` when its escapes are not UTF-8.
fn unescape(s: &str) -> Option<String> {
    String::from_utf8(unescape_bytes(s)).ok()
}

/// The decoded value with bytes that are not UTF-8 replaced, for showing.
fn lossy(s: &str) -> String {
    String::from_utf8_lossy(&unescape_bytes(s)).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}
