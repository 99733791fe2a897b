//! The report's state and the one place where it changes.
//!
//! Every change the user or the loader makes is an [`Action`]; [`reduce`] is a
//! pure function from the old state and an action to the new state. The UI
//! adapts it with Yew's `use_reducer` and never mutates state itself, so every
//! behaviour here is tested natively.

use std::rc::Rc;

use crate::dataset::{self, Dataset, Date, LeftOut, Problem, RecIx, Refusal};
use crate::query::{self, Filter, Index};
use crate::report::ChartId;
use crate::url_state::{Embed, Note, Slide, ViewState};

/// A dataset ready to show: the model, its search index and what validation
/// said about it.
#[derive(Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub index: Index,
    pub problems: Vec<Problem>,
    /// The lists that lost records to their problems, and how many.
    pub left_out: Vec<LeftOut>,
    /// Where it came from, for the reader.
    pub source: Source,
}

impl Loaded {
    pub fn new(dataset: Dataset, problems: Vec<Problem>, source: Source) -> Loaded {
        let index = Index::later();
        let left_out = dataset::left_out(&dataset, &problems);
        Loaded {
            dataset,
            index,
            problems,
            left_out,
            source,
        }
    }
}

/// Where a dataset comes from. The built-in sources are named in words of
/// the reader's language; a file or an address is shown as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The demo next to the page.
    Demo,
    /// A dataset baked into the page (the single-file report).
    ThisReport,
    /// A file name or an address.
    Named(String),
}

/// A facet of the filter that holds a set of values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Session,
    Theme,
    Status,
    Addressee,
    Proposer,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Session,
        Facet::Theme,
        Facet::Status,
        Facet::Addressee,
        Facet::Proposer,
    ];

    /// The name used in chart marks' `data-filter-kind` and in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Session => "session",
            Facet::Theme => "theme",
            Facet::Status => "status",
            Facet::Addressee => "addressee",
            Facet::Proposer => "proposer",
        }
    }

    pub fn parse(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    fn set(self, filter: &mut Filter) -> &mut std::collections::BTreeSet<u32> {
        match self {
            Facet::Session => &mut filter.sessions,
            Facet::Theme => &mut filter.themes,
            Facet::Status => &mut filter.statuses,
            Facet::Addressee => &mut filter.addressees,
            Facet::Proposer => &mut filter.proposers,
        }
    }

    /// The index of the value with this id in the facet's list.
    pub fn lookup(self, ds: &Dataset, id: &str) -> Option<u32> {
        let position = match self {
            Facet::Session => ds.sessions.iter().position(|s| s.id == id),
            Facet::Theme => ds.themes.iter().position(|t| t.id == id),
            Facet::Status => ds.statuses.iter().position(|s| s.id == id),
            Facet::Addressee | Facet::Proposer => ds.bodies.iter().position(|b| b.id == id),
        };
        position.map(|p| p as u32)
    }

    pub fn values(self, filter: &Filter) -> Vec<u32> {
        match self {
            Facet::Session => filter.sessions.iter().copied().collect(),
            Facet::Theme => filter.themes.iter().copied().collect(),
            Facet::Status => filter.statuses.iter().copied().collect(),
            Facet::Addressee => filter.addressees.iter().copied().collect(),
            Facet::Proposer => filter.proposers.iter().copied().collect(),
        }
    }
}

/// The action a click on a chart mark stands for: `kind` and `value` are the
/// mark's `data-filter-kind` and `data-filter-value`.
pub fn mark_action(ds: &Dataset, kind: &str, value: &str) -> Option<Action> {
    if kind == "year" {
        return value.parse().ok().map(Action::ToggleYear);
    }
    let facet = Facet::parse(kind)?;
    facet.lookup(ds, value).map(|ix| Action::Toggle(facet, ix))
}

/// A table column that can be sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Date,
    Text,
    Status,
}

impl Column {
    pub const ALL: [Column; 4] = [Column::Id, Column::Date, Column::Text, Column::Status];

    /// The column's name in links and in the table's markup.
    pub fn key(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Date => "date",
            Column::Text => "text",
            Column::Status => "status",
        }
    }

    pub fn parse(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Default for Sort {
    fn default() -> Sort {
        Sort {
            column: Column::Date,
            descending: false,
        }
    }
}

/// Why a load did not replace the dataset on screen. Kept as a value so the
/// message is written in whatever language the reader picks.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    pub source: Source,
    pub reason: NotLoaded,
}

/// Why a document was not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum NotLoaded {
    /// The document was refused (see the dataset format), possibly before it
    /// was read (a file over the size limit).
    Refused(Refusal),
    /// The document's bytes could not be had.
    Failed(ReadFailure),
}

/// Why the bytes of a document could not be had. The browser's own words,
/// where it gives some, are carried as they are (they come in its language).
#[derive(Debug, Clone, PartialEq)]
pub enum ReadFailure {
    /// `?data=` is not an address at all.
    BadAddress { url: String },
    /// An address of another kind than http(s), such as `javascript:`.
    NotHttp { url: String, scheme: String },
    /// No answer: the network is down, the server refused, or the browser's
    /// rules (CORS) kept the answer from the page.
    Unreachable { url: String, detail: String },
    /// The server answered with an error status.
    Status {
        url: String,
        code: u16,
        text: String,
    },
    /// Reading stopped halfway (a file removed, a connection dropped).
    Interrupted { detail: String },
}

impl From<Refusal> for NotLoaded {
    fn from(refusal: Refusal) -> NotLoaded {
        NotLoaded::Refused(refusal)
    }
}

impl From<ReadFailure> for NotLoaded {
    fn from(failure: ReadFailure) -> NotLoaded {
        NotLoaded::Failed(failure)
    }
}

/// How far a load has come, for the progress indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loading {
    Idle,
    Reading {
        source: Source,
        bytes: u64,
        total: Option<u64>,
    },
    Validating {
        source: Source,
        done: usize,
        total: usize,
    },
}

pub const PAGE_SIZE: usize = 25;

#[derive(Debug, Clone)]
pub struct State {
    pub loaded: Option<Rc<Loaded>>,
    pub language: String,
    pub filter: Filter,
    pub sort: Sort,
    /// Zero-based page of the table.
    pub page: usize,
    /// The recommendation whose details are open.
    pub detail: Option<RecIx>,
    pub loading: Loading,
    /// Why the last load was refused, shown until the next load or dismissal.
    pub load_error: Option<LoadError>,
    /// The chart the view is focused on (kept in links).
    pub chart: Option<ChartId>,
    /// Set when the report shows one chart or the headline figures alone,
    /// inside another page.
    pub embed: Option<Embed>,
    /// The chart whose embed code is open.
    pub embed_code: Option<ChartId>,
    /// What in the page's address could not be used, shown until dismissed.
    pub url_notes: Vec<Note>,
    /// The day the view shows (`None`: the dataset's own present).
    pub as_of: Option<Date>,
    /// Two days whose statuses are compared ("what changed").
    pub compare: Option<(Date, Date)>,
    /// Presenting, on this slide (0-based).
    pub present: Option<usize>,
    /// Views the user added to the presentation.
    pub slides: Vec<Slide>,
    /// The page is being printed: the table shows every row.
    pub printing: bool,
    /// The language the browser asks for (e.g. `ru-RU`), if known.
    pub browser_language: Option<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            loaded: None,
            language: "en".into(),
            filter: Filter::default(),
            sort: Sort::default(),
            page: 0,
            detail: None,
            loading: Loading::Idle,
            load_error: None,
            chart: None,
            embed: None,
            embed_code: None,
            url_notes: Vec::new(),
            as_of: None,
            compare: None,
            present: None,
            slides: Vec::new(),
            printing: false,
            browser_language: None,
        }
    }
}

/// The language a view starts in when its link names none: the data's first
/// language if the interface speaks it, else the browser's if the interface
/// speaks that, else the data's first language (the interface then speaks
/// English).
pub fn default_language(ds: &Dataset, browser: Option<&str>) -> String {
    let first = ds.default_language();
    if spoken(first).is_some() {
        return first.to_string();
    }
    browser
        .and_then(spoken)
        .unwrap_or_else(|| first.to_string())
}

/// The interface language a language tag asks for, if the interface speaks
/// it: `ru-RU` asks for Russian.
pub fn spoken(tag: &str) -> Option<String> {
    let code = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    crate::i18n::Lang::ALL
        .iter()
        .any(|l| l.code() == code)
        .then_some(code)
}

impl State {
    /// What a link to the current view carries.
    pub fn view(&self) -> ViewState {
        let default = self
            .loaded
            .as_ref()
            .map(|l| default_language(&l.dataset, self.browser_language.as_deref()));
        ViewState {
            filter: self.filter.clone(),
            sort: self.sort,
            page: self.page,
            language: (Some(&self.language) != default.as_ref()).then(|| self.language.clone()),
            chart: self.chart,
            embed: self.embed,
            as_of: self.as_of,
            compare: self.compare,
            present: self.present,
            slides: self.slides.clone(),
        }
    }

    fn apply(&mut self, view: ViewState) {
        self.filter = view.filter;
        self.sort = view.sort;
        self.page = view.page;
        if let Some(loaded) = &self.loaded {
            self.language = view.language.unwrap_or_else(|| {
                default_language(&loaded.dataset, self.browser_language.as_deref())
            });
        }
        self.chart = view.chart;
        self.embed = view.embed;
        self.as_of = view.as_of;
        self.compare = view.compare;
        self.present = view.present;
        self.slides = view.slides;
    }
}

#[derive(Debug, Clone)]
pub enum Action {
    /// A dataset was loaded and validated: it replaces the one on screen and
    /// the view starts afresh, or shows the view of a link (with what in the
    /// link could not be used).
    Loaded(Rc<Loaded>, Option<(ViewState, Vec<Note>)>),
    /// The address changed (Back, Forward, an edited link): show its view.
    ApplyView(ViewState, Vec<Note>),
    DismissNotes,
    ShowEmbedCode(Option<ChartId>),
    /// Shows one chart first and large, or all charts alike again.
    FocusChart(Option<ChartId>),
    /// Shows the picture on a day (`None`: the dataset's present).
    SetAsOf(Option<Date>),
    /// Compares the statuses on two days, or stops comparing.
    Compare(Option<(Date, Date)>),
    /// Starts presenting on a slide, moves to another, or stops (`None`).
    Present(Option<usize>),
    /// Adds the current view (filters, day, focused chart) as a slide.
    AddSlide,
    /// The page starts or stops being printed.
    Print(bool),
    /// Removes an added slide (`usize::MAX`: the last one).
    RemoveSlide(usize),
    /// A load was refused or failed; the dataset on screen stays.
    LoadFailed(LoadError),
    /// Shows the interface and the data in another language.
    SetLanguage(String),
    /// The language the browser asks for, told once at start.
    BrowserLanguage(String),
    Progress(Loading),
    DismissError,
    /// Adds the value to the facet, or removes it when it is already there
    /// (a second click on a bar undoes the first).
    Toggle(Facet, u32),
    Remove(Facet, u32),
    SetYears(Option<(i32, i32)>),
    /// Shows one year, or all years again when it is the one shown.
    ToggleYear(i32),
    SetText(String),
    ClearFilters,
    SortBy(Column),
    Page(usize),
    ShowDetail(Option<RecIx>),
}

pub fn reduce(state: &State, action: Action) -> State {
    let mut next = state.clone();
    match action {
        Action::Loaded(loaded, view) => {
            next.language = default_language(&loaded.dataset, state.browser_language.as_deref());
            next.loaded = Some(loaded);
            next.detail = None;
            next.loading = Loading::Idle;
            next.load_error = None;
            next.embed_code = None;
            let (view, notes) = view.unwrap_or_default();
            next.apply(ViewState {
                // A new dataset keeps the report's mode (embedded or not).
                embed: view.embed.or(state.embed),
                ..view
            });
            next.url_notes = notes;
        }
        Action::ApplyView(view, notes) => {
            next.apply(view);
            next.detail = None;
            next.url_notes = notes;
        }
        Action::DismissNotes => next.url_notes.clear(),
        Action::ShowEmbedCode(chart) => next.embed_code = chart,
        Action::FocusChart(chart) => next.chart = chart,
        Action::SetAsOf(day) => {
            // The dataset's own date is its present: say so with `None`, so
            // the link stays short and the table keeps current statuses.
            let present = state.loaded.as_ref().and_then(|l| l.dataset.as_of);
            next.as_of = day.filter(|d| Some(*d) != present);
            next.page = 0;
        }
        Action::Compare(dates) => next.compare = dates.map(|(a, b)| (a.min(b), a.max(b))),
        Action::Present(slide) => {
            next.present = slide;
            next.detail = None;
            next.embed_code = None;
        }
        Action::Print(printing) => next.printing = printing,
        Action::AddSlide => next.slides.push(Slide {
            filter: state.filter.clone(),
            as_of: state.as_of,
            chart: state.chart,
        }),
        Action::RemoveSlide(i) => {
            if i == usize::MAX {
                next.slides.pop();
            } else if i < next.slides.len() {
                next.slides.remove(i);
            }
        }
        Action::LoadFailed(error) => {
            next.loading = Loading::Idle;
            next.load_error = Some(error);
        }
        Action::Progress(loading) => next.loading = loading,
        Action::DismissError => next.load_error = None,
        Action::SetLanguage(language) => next.language = language,
        Action::BrowserLanguage(language) => {
            // Until a dataset says otherwise, the report speaks the browser's
            // language (a first load that fails is explained in it).
            if state.loaded.is_none() {
                if let Some(code) = spoken(&language) {
                    next.language = code;
                }
            }
            next.browser_language = Some(language);
        }
        Action::Toggle(facet, value) => {
            let set = facet.set(&mut next.filter);
            if !set.remove(&value) {
                set.insert(value);
            }
            next.page = 0;
        }
        Action::Remove(facet, value) => {
            facet.set(&mut next.filter).remove(&value);
            next.page = 0;
        }
        Action::SetYears(years) => {
            next.filter.years = years.map(|(a, b)| (a.min(b), a.max(b)));
            next.page = 0;
        }
        Action::ToggleYear(year) => {
            next.filter.years = if state.filter.years == Some((year, year)) {
                None
            } else {
                Some((year, year))
            };
            next.page = 0;
        }
        Action::SetText(text) => {
            next.filter.text = text;
            next.page = 0;
        }
        Action::ClearFilters => {
            next.filter = Filter::default();
            next.as_of = None;
            next.page = 0;
        }
        Action::SortBy(column) => {
            next.sort = if state.sort.column == column {
                Sort {
                    column,
                    descending: !state.sort.descending,
                }
            } else {
                Sort {
                    column,
                    descending: false,
                }
            };
            next.page = 0;
        }
        Action::Page(page) => next.page = page,
        Action::ShowDetail(rec) => next.detail = rec,
    }
    next
}

/// Sorts a selection for the table; statuses are those on `as_of`.
pub fn sort_rows(ds: &Dataset, rows: &mut [RecIx], sort: Sort, language: &str, as_of: query::AsOf) {
    let default = ds.default_language();
    let rec = |r: &RecIx| &ds.recommendations[*r as usize];
    let status = |r: &RecIx| query::status_at(ds, *r, as_of).unwrap_or(rec(r).status);
    match sort.column {
        Column::Id => rows.sort_by(|a, b| natural_cmp(&rec(a).id, &rec(b).id)),
        Column::Date => rows.sort_by_key(|r| (ds.made_on(rec(r)), *r)),
        Column::Text => {
            rows.sort_by_cached_key(|r| query::fold_case(rec(r).text.get(language, default)))
        }
        // Each row's status on the day is looked up once, not per comparison.
        Column::Status => rows.sort_by_cached_key(|r| {
            let status = status(r);
            (ds.stage(status), status, *r)
        }),
    }
    if sort.descending {
        rows.reverse();
    }
}

/// Compares ids so that `DP-2013-9` comes before `DP-2013-10`.
fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &s[start..i]));
                start = i;
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(cb.iter()) {
        let order = match (x, y) {
            ((true, n), (true, m)) => {
                let (n, m) = (n.trim_start_matches('0'), m.trim_start_matches('0'));
                n.len().cmp(&m.len()).then(n.cmp(m))
            }
            ((_, s), (_, t)) => s.cmp(t),
        };
        if order.is_ne() {
            return order;
        }
    }
    ca.len().cmp(&cb.len()).then(a.cmp(b))
}
