//! What the report shows for a filter: the selection, the headline figures
//! and the six charts, drawn as SVG in the chosen language.
//!
//! This is the last pure stage (dataset → query → aggregates → chart specs →
//! SVG). The UI calls [`build`] when the dataset, the filter or the language
//! changes and only places the result on the page.

use crate::charts::{
    self, BarChart, Category, Flow, Labels, LineChart, LineSeries, Orientation, Series, Timeline,
    TimelineEvent, Transitions,
};
use crate::dataset::Date;
use crate::dataset::{Dataset, RecIx, SessionIx, Stage, StatusIx};
use crate::i18n::{self, tr, Msg};
use crate::query::{self, aggregate, AsOf, Columns, Counts, Filter, Headline, Index};

/// How many themes and bodies a ranking chart shows before "Other".
pub const RANKING_LIMIT: usize = 12;

/// The fewest themes or bodies a ranking shows before "Other", however
/// short its frame.
pub const MIN_RANKING_LIMIT: usize = 4;

/// How tall an embedded ranking is besides its rows: its heading, axis
/// title and ticks, and below the drawing, the summary (up to six lines on
/// a phone, which shrinks the drawing a little to fit), the table switch
/// and the source line.
const EMBED_ROOM: f64 = 300.0;

/// How many themes or bodies an embedded ranking shows before "Other" in a
/// frame `height` CSS pixels tall: as many as fit with the summary and the
/// source, between [`MIN_RANKING_LIMIT`] and [`RANKING_LIMIT`]. The embed
/// code gives 480 px, which holds five and the "Other" row.
pub fn embed_ranking_limit(height: f64) -> usize {
    let rows = ((height - EMBED_ROOM) / crate::charts::BAR_ROW)
        .floor()
        .max(0.0) as usize;
    // One row is "Other".
    rows.saturating_sub(1)
        .clamp(MIN_RANKING_LIMIT, RANKING_LIMIT)
}

/// The most points the progress chart draws (and its table lists): about
/// one a month over ten years. More would not show at any chart width.
pub const PROGRESS_POINTS: usize = 160;

/// The identifiers of the charts, as used in `figure[data-chart]` and embeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartId {
    ByYear,
    ByStatus,
    ByTheme,
    ByAddressee,
    Progress,
    Sessions,
    /// How statuses moved between two days (not among the dashboard's six).
    Transitions,
}

impl ChartId {
    pub const ALL: [ChartId; 6] = [
        ChartId::ByYear,
        ChartId::ByStatus,
        ChartId::ByTheme,
        ChartId::ByAddressee,
        ChartId::Progress,
        ChartId::Sessions,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChartId::ByYear => "by-year",
            ChartId::ByStatus => "by-status",
            ChartId::ByTheme => "by-theme",
            ChartId::ByAddressee => "by-addressee",
            ChartId::Progress => "progress",
            ChartId::Sessions => "sessions",
            ChartId::Transitions => "transitions",
        }
    }
}

/// One drawn chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub id: ChartId,
    pub title: String,
    /// The chart as an `<svg>` string, or `None` when there is nothing to draw.
    pub svg: Option<String>,
    /// The plain-language summary (also the SVG's `<desc>`).
    pub summary: String,
    /// The numbers behind the chart, for a table view and a CSV export.
    pub data: DataTable,
}

/// The numbers behind a chart as a table: the first column names the row
/// (a year, a status, a theme...), the others hold plain counts (`1234`,
/// unformatted, so a spreadsheet reads them as numbers) or ISO dates.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Everything the dashboard shows for one filter.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The day the view shows (`None`: the dataset's present).
    pub as_of: AsOf,
    pub selected: Vec<RecIx>,
    pub sessions: Vec<SessionIx>,
    pub headline: Headline,
    pub charts: Vec<Chart>,
}

/// The width charts are laid out for when the caller has no better idea.
pub const DEFAULT_WIDTH: u32 = 640;

/// How wide, in CSS pixels, the charts are shown: all at `width`, except a
/// focused one, shown across the page at `focused_width`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub width: u32,
    pub focused: Option<ChartId>,
    pub focused_width: u32,
    /// How many themes or bodies a ranking shows before "Other".
    pub ranking_limit: usize,
}

impl Default for Layout {
    fn default() -> Layout {
        Layout {
            width: DEFAULT_WIDTH,
            focused: None,
            focused_width: DEFAULT_WIDTH,
            ranking_limit: RANKING_LIMIT,
        }
    }
}

impl Layout {
    fn width_of(&self, chart: ChartId) -> u32 {
        if self.focused == Some(chart) {
            self.focused_width
        } else {
            self.width
        }
    }
}

/// Everything the dashboard shows for `filter` at `as_of`, in `lang`, with
/// charts laid out as `layout` says.
pub fn build(
    ds: &Dataset,
    index: &Index,
    filter: &Filter,
    as_of: AsOf,
    lang: &str,
    layout: Layout,
) -> View {
    let columns = index.columns(ds);
    let selected = query::select(ds, index, filter, as_of);
    let counts = columns.counts(&selected, as_of);
    let sessions = counts.sessions_in_view(ds, filter, as_of);
    let headline = counts.headline(sessions.len());
    let ctx = Ctx { ds, lang, layout };
    let charts = vec![
        ctx.by_year(&counts, selected.len()),
        ctx.by_status(&counts),
        ctx.by_theme(&counts),
        ctx.by_addressee(&counts),
        ctx.progress(columns, &selected, as_of),
        ctx.sessions(&counts, &sessions),
    ];
    View {
        as_of,
        selected,
        sessions,
        headline,
        charts,
    }
}

/// What changed between two days: the transitions chart and the
/// recommendations whose status differs between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    pub from: Date,
    pub to: Date,
    pub chart: Chart,
    /// Recommendations (passing the filter on `to`) whose status moved.
    pub moved: Vec<RecIx>,
    /// How many recommendations passing the filter existed on `to`.
    pub total: usize,
}

/// The comparison of the statuses on `from` and on `to` of the
/// recommendations that `filter` selects on `to`, drawn for `width` pixels.
pub fn changed(
    ds: &Dataset,
    index: &Index,
    filter: &Filter,
    (from, to): (Date, Date),
    lang: &str,
    width: u32,
) -> Changed {
    let selected = query::select(ds, index, filter, Some(to));
    let (pairs, moved) = index.columns(ds).changes(&selected, from, to);
    let ctx = Ctx {
        ds,
        lang,
        layout: Layout {
            width,
            ..Layout::default()
        },
    };
    let status = |s: StatusIx| Series {
        key: ds.statuses[s as usize].id.clone(),
        label: ctx.text(&ds.statuses[s as usize].name).to_string(),
        color: status_color(ds, s),
    };
    let not_made = Series {
        key: "not-made".into(),
        label: tr(lang, Msg::NotYetMade).to_string(),
        color: "#d9e2ec".into(),
    };
    let name = |s: Option<StatusIx>| s.map_or_else(|| not_made.label.clone(), |s| status(s).label);
    // Both sides in vocabulary order, "not yet made" first.
    let mut left: Vec<Option<StatusIx>> = pairs.iter().map(|p| p.0).collect();
    left.sort();
    left.dedup();
    let mut right: Vec<StatusIx> = pairs.iter().map(|p| p.1).collect();
    right.sort();
    right.dedup();
    let flows = pairs
        .iter()
        .map(|&(a, b, count)| Flow {
            from: left.iter().position(|&x| x == a).unwrap_or_default(),
            to: right.iter().position(|&x| x == b).unwrap_or_default(),
            count,
        })
        .collect();
    let (from_label, to_label) = (i18n::format_date(lang, from), i18n::format_date(lang, to));
    let biggest = pairs
        .iter()
        .filter(|(a, b, _)| *a != Some(*b))
        .max_by_key(|p| p.2);
    let summary = match biggest {
        _ if selected.is_empty() => tr(lang, Msg::NoData).to_string(),
        None => i18n::nothing_changed(lang, (from, to), selected.len() as u64),
        Some(&(a, b, n)) => i18n::changed_summary(
            lang,
            (from, to),
            (moved.len() as u64, selected.len() as u64),
            (&name(a), &name(Some(b)), n),
        ),
    };
    let labels = Labels {
        title: tr(lang, Msg::ChartChanged).to_string(),
        x_axis: from_label.clone(),
        y_axis: to_label.clone(),
        summary,
        thousands: i18n::thousands(lang).to_string(),
        width,
    };
    let svg = (!selected.is_empty()).then(|| {
        charts::render_transitions(&Transitions {
            labels: labels.clone(),
            from: left
                .iter()
                .map(|s| s.map_or_else(|| not_made.clone(), status))
                .collect(),
            to: right.iter().map(|&s| status(s)).collect(),
            flows,
        })
    });
    let data = DataTable {
        columns: vec![
            from_label,
            to_label,
            tr(lang, Msg::Recommendations).to_string(),
        ],
        rows: pairs
            .iter()
            .map(|&(a, b, n)| vec![name(a), name(Some(b)), n.to_string()])
            .collect(),
    };
    Changed {
        from,
        to,
        chart: Chart {
            id: ChartId::Transitions,
            title: labels.title,
            svg,
            summary: labels.summary,
            data,
        },
        moved,
        total: selected.len(),
    }
}

/// The comparison a view shows when the user has chosen none: the year up
/// to the view's day.
pub fn default_comparison(ds: &Dataset, as_of: AsOf) -> Option<(Date, Date)> {
    let to = as_of.or(ds.as_of)?.last_day();
    let (month, day) = (to.month().unwrap_or(12), to.day().unwrap_or(31));
    // 29 February has no twin a year before.
    let from =
        Date::ymd(to.year() - 1, month, day).or_else(|| Date::ymd(to.year() - 1, month, 28))?;
    Some((from, to))
}

/// The report's own colour for each stage, used when the dataset gives none.
/// Each has at least 3:1 contrast with the white of a chart (WCAG 1.4.11),
/// so a bar is seen against its ground.
pub fn default_stage_color(stage: Stage) -> &'static str {
    match stage {
        Stage::Pending => "#7b8794",
        Stage::Accepted => "#3e7cb1",
        Stage::InProgress => "#b7791f",
        Stage::Implemented => "#2f9e44",
        Stage::Declined => "#c92a2a",
    }
}

/// The colour of a stage in this dataset: the colour of the first status of
/// that stage that has one, else the report's own. So a dataset that colours
/// its statuses sees the same colours in the stage charts.
pub fn stage_color(ds: &Dataset, stage: Stage) -> String {
    ds.statuses
        .iter()
        .find(|s| s.stage == stage && s.color.is_some())
        .and_then(|s| s.color.clone())
        .unwrap_or_else(|| default_stage_color(stage).to_string())
}

/// The colour of a status: the dataset's own, else its stage's colour, made
/// lighter for the second and later statuses of the same stage so that they
/// stay apart in the status chart.
pub fn status_color(ds: &Dataset, status: StatusIx) -> String {
    let s = &ds.statuses[status as usize];
    if let Some(color) = &s.color {
        return color.clone();
    }
    let rank = ds.statuses[..status as usize]
        .iter()
        .filter(|other| other.stage == s.stage)
        .count();
    lighten(&stage_color(ds, s.stage), rank as f64 * 0.3)
}

fn lighten(hex: &str, amount: f64) -> String {
    let amount = crate::charts::clamp(amount, 0.0, 0.8);
    let channel = |i: usize| {
        let v = u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0) as f64;
        (v + (255.0 - v) * amount).round() as u8
    };
    format!("#{:02x}{:02x}{:02x}", channel(1), channel(3), channel(5))
}

/// The phrases of a ranking chart: its title, what its rows are, and their
/// plural for the summary.
struct RankingWords {
    title: Msg,
    axis: Msg,
    plural: Msg,
}

struct Ctx<'a> {
    ds: &'a Dataset,
    lang: &'a str,
    layout: Layout,
}

impl Ctx<'_> {
    fn labels(&self, chart: ChartId, title: Msg, x: &str, y: &str, summary: String) -> Labels {
        Labels {
            title: tr(self.lang, title).to_string(),
            x_axis: x.to_string(),
            y_axis: y.to_string(),
            summary,
            thousands: i18n::thousands(self.lang).to_string(),
            width: self.layout.width_of(chart),
        }
    }

    fn count(&self, n: u64) -> String {
        i18n::format_count(self.lang, n)
    }

    fn text<'t>(&self, text: &'t crate::dataset::Text) -> &'t str {
        text.get(self.lang, self.ds.default_language())
    }

    fn chart(&self, id: ChartId, labels: Labels, svg: Option<String>, data: DataTable) -> Chart {
        Chart {
            id,
            title: labels.title,
            svg,
            summary: labels.summary,
            data,
        }
    }

    fn stage_series(&self) -> Vec<Series> {
        Stage::ALL
            .iter()
            .map(|&stage| Series {
                key: stage.as_str().to_string(),
                label: i18n::stage_name(self.lang, stage).to_string(),
                color: stage_color(self.ds, stage),
            })
            .collect()
    }

    fn by_year(&self, counts: &Counts, selected: usize) -> Chart {
        let rows = counts.by_year(self.ds);
        let summary = match (
            rows.first(),
            rows.iter().max_by_key(|r| r.1.iter().sum::<u64>()),
        ) {
            (Some(first), Some(peak)) => i18n::by_year_summary(
                self.lang,
                selected as u64,
                first.0,
                rows[rows.len() - 1].0,
                peak.1.iter().sum(),
                peak.0,
            ),
            _ => tr(self.lang, Msg::NoData).to_string(),
        };
        let labels = self.labels(
            ChartId::ByYear,
            Msg::ChartByYear,
            tr(self.lang, Msg::Year),
            tr(self.lang, Msg::Recommendations),
            summary,
        );
        let svg = (!rows.is_empty()).then(|| {
            charts::render_bars(&BarChart {
                labels: labels.clone(),
                orientation: Orientation::Vertical,
                filter_kind: "year".into(),
                series: self.stage_series(),
                categories: rows
                    .iter()
                    .map(|(year, counts)| Category {
                        filter_value: Some(year.to_string()),
                        label: year.to_string(),
                        values: counts.to_vec(),
                    })
                    .collect(),
                legend: true,
            })
        });
        let mut columns = vec![tr(self.lang, Msg::Year).to_string()];
        columns.extend(
            Stage::ALL
                .iter()
                .map(|&st| i18n::stage_name(self.lang, st).to_string()),
        );
        columns.push(tr(self.lang, Msg::Total).to_string());
        let data = DataTable {
            columns,
            rows: rows
                .iter()
                .map(|(year, counts)| {
                    let mut row = vec![year.to_string()];
                    row.extend(counts.iter().map(u64::to_string));
                    row.push(counts.iter().sum::<u64>().to_string());
                    row
                })
                .collect(),
        };
        self.chart(ChartId::ByYear, labels, svg, data)
    }

    fn by_status(&self, counts: &Counts) -> Chart {
        let rows = counts.by_status();
        let summary = if rows.is_empty() {
            tr(self.lang, Msg::NoData).to_string()
        } else {
            let parts: Vec<String> = rows
                .iter()
                .map(|&(s, n)| {
                    format!(
                        "{}: {}",
                        self.text(&self.ds.statuses[s as usize].name),
                        self.count(n)
                    )
                })
                .collect();
            format!("{}.", parts.join("; "))
        };
        let labels = self.labels(
            ChartId::ByStatus,
            Msg::ChartByStatus,
            tr(self.lang, Msg::Recommendations),
            tr(self.lang, Msg::Status),
            summary,
        );
        // One series per status, each bar filled in its own series, so that
        // every status keeps its colour.
        let series: Vec<Series> = rows
            .iter()
            .map(|&(s, _)| Series {
                key: self.ds.statuses[s as usize].id.clone(),
                label: self.text(&self.ds.statuses[s as usize].name).to_string(),
                color: status_color(self.ds, s),
            })
            .collect();
        let categories = rows
            .iter()
            .enumerate()
            .map(|(i, &(s, n))| {
                let mut values = vec![0; rows.len()];
                values[i] = n;
                Category {
                    filter_value: Some(self.ds.statuses[s as usize].id.clone()),
                    label: self.text(&self.ds.statuses[s as usize].name).to_string(),
                    values,
                }
            })
            .collect();
        let svg = (!rows.is_empty()).then(|| {
            charts::render_bars(&BarChart {
                labels: labels.clone(),
                orientation: Orientation::Horizontal,
                filter_kind: "status".into(),
                series,
                categories,
                legend: false,
            })
        });
        let data = DataTable {
            columns: vec![
                tr(self.lang, Msg::Status).to_string(),
                tr(self.lang, Msg::Recommendations).to_string(),
            ],
            rows: rows
                .iter()
                .map(|&(st, n)| {
                    vec![
                        self.text(&self.ds.statuses[st as usize].name).to_string(),
                        n.to_string(),
                    ]
                })
                .collect(),
        };
        self.chart(ChartId::ByStatus, labels, svg, data)
    }

    fn ranking_chart(
        &self,
        id: ChartId,
        RankingWords {
            title,
            axis,
            plural,
        }: RankingWords,
        filter_kind: &str,
        ranking: aggregate::Ranking<u32>,
        entry: impl Fn(u32) -> (String, String),
    ) -> Chart {
        let mut categories: Vec<Category> = ranking
            .top
            .iter()
            .map(|&(ix, n)| {
                let (id, label) = entry(ix);
                Category {
                    filter_value: Some(id),
                    label,
                    values: vec![n],
                }
            })
            .collect();
        if let Some((count, n)) = ranking.other {
            categories.push(Category {
                filter_value: None,
                label: i18n::other_count(self.lang, count as u64),
                values: vec![n],
            });
        }
        let summary = if categories.is_empty() {
            tr(self.lang, Msg::NoData).to_string()
        } else {
            let listed: Vec<String> = categories
                .iter()
                .take(5)
                .map(|c| format!("{}: {}", c.label, self.count(c.values[0])))
                .collect();
            let ranked = if plural == Msg::ThemesPlural {
                i18n::Ranked::Themes
            } else {
                i18n::Ranked::Addressees
            };
            i18n::ranking_summary(self.lang, &listed.join("; "), ranked)
        };
        let labels = self.labels(
            id,
            title,
            tr(self.lang, Msg::Recommendations),
            tr(self.lang, axis),
            summary,
        );
        let data = DataTable {
            columns: vec![
                tr(self.lang, axis).to_string(),
                tr(self.lang, Msg::Recommendations).to_string(),
            ],
            rows: categories
                .iter()
                .map(|c| vec![c.label.clone(), c.values[0].to_string()])
                .collect(),
        };
        let svg = (!categories.is_empty()).then(|| {
            charts::render_bars(&BarChart {
                labels: labels.clone(),
                orientation: Orientation::Horizontal,
                filter_kind: filter_kind.into(),
                series: vec![Series {
                    key: "recommendations".into(),
                    label: tr(self.lang, Msg::Recommendations).into(),
                    color: "#3e7cb1".into(),
                }],
                categories,
                legend: false,
            })
        });
        self.chart(id, labels, svg, data)
    }

    fn by_theme(&self, counts: &Counts) -> Chart {
        let ranking = counts.by_theme(self.layout.ranking_limit);
        self.ranking_chart(
            ChartId::ByTheme,
            RankingWords {
                title: Msg::ChartByTheme,
                axis: Msg::Theme,
                plural: Msg::ThemesPlural,
            },
            "theme",
            ranking,
            |t| {
                let theme = &self.ds.themes[t as usize];
                (theme.id.clone(), self.text(&theme.name).to_string())
            },
        )
    }

    fn by_addressee(&self, counts: &Counts) -> Chart {
        let ranking = counts.by_addressee(self.layout.ranking_limit);
        self.ranking_chart(
            ChartId::ByAddressee,
            RankingWords {
                title: Msg::ChartByAddressee,
                axis: Msg::Addressee,
                plural: Msg::BodiesPlural,
            },
            "addressee",
            ranking,
            |b| {
                let body = &self.ds.bodies[b as usize];
                (body.id.clone(), self.text(&body.name).to_string())
            },
        )
    }

    fn progress(&self, columns: &Columns, selected: &[RecIx], as_of: AsOf) -> Chart {
        let until = as_of.or(self.ds.as_of);
        let points = aggregate::thin_progress(columns.progress(selected, until), PROGRESS_POINTS);
        let summary = match points.last() {
            Some(last) => i18n::progress_summary(
                self.lang,
                until.unwrap_or(last.day),
                last.made,
                last.accepted,
                last.implemented,
            ),
            None => tr(self.lang, Msg::NoData).to_string(),
        };
        let labels = self.labels(
            ChartId::Progress,
            Msg::ChartProgress,
            tr(self.lang, Msg::Date),
            tr(self.lang, Msg::Recommendations),
            summary,
        );
        let line =
            |key: &str, msg: Msg, color: &str, value: fn(&aggregate::ProgressPoint) -> u64| {
                let mut pts: Vec<(i32, f64)> = points
                    .iter()
                    .map(|p| (p.day.to_days(), value(p) as f64))
                    .collect();
                // Carry the last value to the view's date so every line ends there.
                if let (Some(end), Some(&(day, v))) = (until, pts.last()) {
                    if day < end.to_days() {
                        pts.push((end.to_days(), v));
                    }
                }
                LineSeries {
                    series: Series {
                        key: key.into(),
                        label: tr(self.lang, msg).into(),
                        color: color.into(),
                    },
                    points: pts,
                    cumulative: true,
                }
            };
        let svg = (!points.is_empty()).then(|| {
            charts::render_lines(&LineChart {
                labels: labels.clone(),
                series: vec![
                    line("made", Msg::Made, "#52606d", |p| p.made),
                    line(
                        "accepted",
                        Msg::AcceptedOrFurther,
                        &stage_color(self.ds, Stage::Accepted),
                        |p| p.accepted,
                    ),
                    line(
                        "implemented",
                        Msg::Implemented,
                        &stage_color(self.ds, Stage::Implemented),
                        |p| p.implemented,
                    ),
                ],
            })
        });
        let data = DataTable {
            columns: vec![
                tr(self.lang, Msg::Date).to_string(),
                tr(self.lang, Msg::Made).to_string(),
                tr(self.lang, Msg::AcceptedOrFurther).to_string(),
                tr(self.lang, Msg::Implemented).to_string(),
            ],
            rows: points
                .iter()
                .map(|p| {
                    vec![
                        p.day.to_string(),
                        p.made.to_string(),
                        p.accepted.to_string(),
                        p.implemented.to_string(),
                    ]
                })
                .collect(),
        };
        self.chart(ChartId::Progress, labels, svg, data)
    }

    fn sessions(&self, counts: &Counts, sessions: &[SessionIx]) -> Chart {
        let rows = counts.by_session(sessions);
        let summary = match rows.iter().max_by_key(|r| r.1) {
            Some(&(s, n)) => i18n::sessions_summary(
                self.lang,
                rows.len() as u64,
                n,
                self.text(&self.ds.sessions[s as usize].title),
                self.ds.sessions[s as usize].date,
            ),
            None => tr(self.lang, Msg::NoData).to_string(),
        };
        let labels = self.labels(
            ChartId::Sessions,
            Msg::ChartSessions,
            tr(self.lang, Msg::Date),
            tr(self.lang, Msg::Recommendations),
            summary,
        );
        let svg = (!rows.is_empty()).then(|| {
            charts::render_timeline(&Timeline {
                labels: labels.clone(),
                color: None,
                events: rows
                    .iter()
                    .map(|&(s, n)| {
                        let session = &self.ds.sessions[s as usize];
                        TimelineEvent {
                            filter_value: session.id.clone(),
                            label: self.text(&session.title).to_string(),
                            day: session.date.to_days(),
                            date_label: i18n::format_date(self.lang, session.date),
                            count: n,
                        }
                    })
                    .collect(),
            })
        });
        let data = DataTable {
            columns: vec![
                tr(self.lang, Msg::Session).to_string(),
                tr(self.lang, Msg::Date).to_string(),
                tr(self.lang, Msg::Recommendations).to_string(),
            ],
            rows: rows
                .iter()
                .map(|&(sx, n)| {
                    let session = &self.ds.sessions[sx as usize];
                    vec![
                        self.text(&session.title).to_string(),
                        session.date.to_string(),
                        n.to_string(),
                    ]
                })
                .collect(),
        };
        self.chart(ChartId::Sessions, labels, svg, data)
    }
}
