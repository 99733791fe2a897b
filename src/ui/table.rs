//! The table of the selected recommendations: sortable columns, one page at a
//! time (so 100,000 rows cost no more to show than 25), and a row opens the
//! full record.

use yew::prelude::*;

use super::Shared;
use crate::dataset::{self, Text};
use crate::export;
use crate::i18n::{self, tr, Msg};
use crate::platform;
use crate::query;
use crate::report::{self, View};
use crate::state::{self, Action, Column, Loaded, Sort, PAGE_SIZE};

/// Characters of recommendation text shown in a row.
const TEXT_CHARS: usize = 160;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub view: Shared<View>,
    pub sort: Sort,
    pub page: usize,
    /// Shows every row at once (for printing).
    #[prop_or_default]
    pub all_rows: bool,
    pub language: String,
    pub on_action: Callback<Action>,
}

#[function_component(Table)]
pub fn table(props: &Props) -> Html {
    let ds = &props.loaded.dataset;
    let lang = props.language.clone();
    let default = ds.default_language().to_string();

    let rows = {
        let view = props.view.clone();
        let loaded = props.loaded.clone();
        use_memo(
            (view, props.sort, lang.clone()),
            move |(view, sort, lang)| {
                let mut rows = view.selected.clone();
                state::sort_rows(&loaded.dataset, &mut rows, *sort, lang, view.as_of);
                rows
            },
        )
    };
    let total = rows.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = props.page.min(pages - 1);
    let shown = if props.all_rows {
        &rows[..]
    } else {
        &rows[(page * PAGE_SIZE).min(total)..((page + 1) * PAGE_SIZE).min(total)]
    };

    let header = |column: Option<Column>, label: &str| {
        // Printing repeats the header on every page, where Chromium does not
        // draw buttons: plain text then.
        let Some(column) = column.filter(|_| !props.all_rows) else {
            return html! { <th scope="col">{ label }</th> };
        };
        let sorted = props.sort.column == column;
        let aria = match (sorted, props.sort.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let arrow = match aria {
            "ascending" => " ▲",
            "descending" => " ▼",
            _ => "",
        };
        let onclick = props.on_action.reform(move |_| Action::SortBy(column));
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="sort" {onclick}>{ label }{ arrow }</button>
            </th>
        }
    };
    let text = |t: &Text| t.get(&lang, &default).to_string();
    let names = |ixs: &[u32], name: &dyn Fn(u32) -> String| {
        ixs.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ")
    };

    let pager = |label: &str, to: usize, enabled: bool, key: &str| {
        let onclick = props.on_action.reform(move |_| Action::Page(to));
        html! { <button type="button" data-page={key.to_string()} disabled={!enabled} {onclick}>{ label }</button> }
    };

    let title = ds.title.get(&lang, &default).to_string();
    let on_csv = {
        let (loaded, rows, lang, title) = (
            props.loaded.clone(),
            rows.clone(),
            lang.clone(),
            title.clone(),
        );
        Callback::from(move |_| {
            let csv = export::recommendations_csv(&loaded.dataset, &rows, &lang);
            let name = export::file_name(&title, "recommendations", &platform::today(), "csv");
            let _ = platform::files::download(&name, "text/csv;charset=utf-8", csv.as_bytes());
        })
    };
    let on_json = {
        let (loaded, view, title) = (props.loaded.clone(), props.view.clone(), title.clone());
        Callback::from(move |_| {
            // The recommendations in view and the sessions the figures count,
            // so the file loads back to the same headline figures.
            let json = dataset::to_json(
                &loaded.dataset,
                dataset::Subset {
                    recommendations: Some(&view.selected),
                    sessions: Some(&view.sessions),
                },
            );
            let name = export::file_name(&title, "dataset", &platform::today(), "json");
            let _ = platform::files::download(&name, "application/json", json.as_bytes());
        })
    };

    html! {
        <section class="records" aria-labelledby="records-title">
            <div class="records-head">
                <h2 id="records-title">
                    { format!("{} ({})", tr(&lang, Msg::Recommendations), i18n::format_count(&lang, total as u64)) }
                </h2>
                <div class="report-actions">
                    <button type="button" data-export="table-csv" onclick={on_csv} disabled={total == 0}>
                        { tr(&lang, Msg::DownloadTableCsv) }
                    </button>
                    <button type="button" data-export="dataset-json" onclick={on_json}>
                        { tr(&lang, Msg::DownloadDataJson) }
                    </button>
                </div>
            </div>
            if total == 0 {
                <p class="empty">{ tr(&lang, Msg::NoData) }</p>
            } else {
                <div class="table-wrap">
                    <table data-table="recommendations" class="cards">
                        <thead><tr>
                            { header(Some(Column::Id), tr(&lang, Msg::Id)) }
                            { header(Some(Column::Date), tr(&lang, Msg::Date)) }
                            { header(Some(Column::Text), tr(&lang, Msg::Recommendation)) }
                            { header(None, tr(&lang, Msg::Theme)) }
                            { header(None, tr(&lang, Msg::Addressee)) }
                            { header(Some(Column::Status), tr(&lang, Msg::Status)) }
                        </tr></thead>
                        <tbody>
                            { for shown.iter().map(|&ix| {
                                let rec = &ds.recommendations[ix as usize];
                                let full = text(&rec.text);
                                let short = shorten(&full, TEXT_CHARS);
                                let open = props.on_action.reform(move |_| Action::ShowDetail(Some(ix)));
                                let status_ix = query::status_at(ds, ix, props.view.as_of).unwrap_or(rec.status);
                                let status = &ds.statuses[status_ix as usize];
                                html! {
                                    <tr data-rec={rec.id.clone()}>
                                        <td class="id">
                                            <button type="button" class="link" onclick={open}>{ &rec.id }</button>
                                        </td>
                                        <td class="date" data-label={tr(&lang, Msg::Date)}>{ ds.made_on(rec).to_string() }</td>
                                        <td class="text" title={(short != full).then(|| full.clone())}>{ short }</td>
                                        <td data-label={tr(&lang, Msg::Theme)}>{ names(&rec.themes, &|t| text(&ds.themes[t as usize].name)) }</td>
                                        <td data-label={tr(&lang, Msg::Addressee)}>{ names(&rec.addressees, &|b| {
                                            let body = &ds.bodies[b as usize];
                                            body.short.as_ref().map(&text).unwrap_or_else(|| text(&body.name))
                                        }) }</td>
                                        <td class="status" data-label={tr(&lang, Msg::Status)}>
                                            { swatch(&report::status_color(ds, status_ix)) }
                                            { text(&status.name) }
                                        </td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <nav class="pager" aria-label={tr(&lang, Msg::Pages)}>
                    { pager(tr(&lang, Msg::FirstPage), 0, page > 0, "first") }
                    { pager(tr(&lang, Msg::PreviousPage), page.saturating_sub(1), page > 0, "previous") }
                    <span data-page-of="">{ i18n::page_of(&lang, page as u64 + 1, pages as u64) }</span>
                    { pager(tr(&lang, Msg::NextPage), page + 1, page + 1 < pages, "next") }
                    { pager(tr(&lang, Msg::LastPage), pages - 1, page + 1 < pages, "last") }
                </nav>
            }
        </section>
    }
}

/// A dot in a status's colour, drawn as SVG so that no inline style is needed.
pub fn swatch(color: &str) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
            <circle cx="5" cy="5" r="5" fill={color.to_string()} />
        </svg>
    }
}

/// The first `max` characters of `s`, cut at a word boundary, with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > max / 2 => &cut[..space],
        _ => &cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}
