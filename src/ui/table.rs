//! The table of the selected recommendations: sortable columns, one page at a
//! time (so 100,000 rows cost no more to show than 25), and a row opens the
//! full record.

use std::fmt::Write;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{modal, Shared};
use crate::charts::escape;
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

    // The table is one piece of markup, its buttons answered here: built as
    // elements one by one, its rows were a third of the first drawing's
    // elements; the browser parses them in one go.
    let markup = table_markup(&Rows {
        ds,
        shown,
        lang: &lang,
        as_of: props.view.as_of,
        sort: props.sort,
        sortable: !props.all_rows,
    });
    // The button that sorted is drawn anew with the table: it gets the focus
    // back (as a chart's mark does).
    let refocus = use_mut_ref(|| None::<Column>);
    let wrap = use_node_ref();
    {
        let (refocus, wrap) = (refocus.clone(), wrap.clone());
        use_effect_with(markup.clone(), move |_| {
            let column = refocus.borrow_mut().take();
            if let (Some(column), Some(wrap)) = (column, wrap.cast::<web_sys::Element>()) {
                if modal::focus_was_lost() {
                    let selector = format!("button[data-sort=\"{}\"]", column.key());
                    if let Ok(Some(button)) = wrap.query_selector(&selector) {
                        let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                }
            }
        });
    }
    let on_click = {
        let dispatch = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("button").ok().flatten());
            let Some(button) = button else {
                return;
            };
            if let Some(column) = button
                .get_attribute("data-sort")
                .and_then(|k| Column::parse(&k))
            {
                *refocus.borrow_mut() = Some(column);
                dispatch.emit(Action::SortBy(column));
            } else if let Some(ix) = button
                .get_attribute("data-open")
                .and_then(|v| v.parse().ok())
            {
                dispatch.emit(Action::ShowDetail(Some(ix)));
            }
        })
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
                <div class="table-wrap" ref={wrap} onclick={on_click}>
                    { Html::from_html_unchecked(AttrValue::from(markup)) }
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

/// What the table shows.
struct Rows<'a> {
    ds: &'a dataset::Dataset,
    /// The recommendations on the page, in order.
    shown: &'a [u32],
    lang: &'a str,
    as_of: Option<dataset::Date>,
    sort: Sort,
    /// Headers are sort buttons (not when printing: Chromium draws no
    /// buttons in the header it repeats on every page).
    sortable: bool,
}

/// The table as markup, every text escaped: a header per column (a sort
/// button with `data-sort` where the column sorts), then a row per
/// recommendation (`data-rec`, its id a button with `data-open`, and a
/// `data-label` on the cells that a narrow screen shows as cards).
fn table_markup(rows: &Rows) -> String {
    let Rows { ds, lang, .. } = *rows;
    let default = ds.default_language();
    let text = |t: &Text| escape(t.get(lang, default));
    let mut out = String::with_capacity(1024 + rows.shown.len() * 700);
    out.push_str("<table data-table=\"recommendations\" class=\"cards\"><thead><tr>");
    for (column, label) in [
        (Some(Column::Id), Msg::Id),
        (Some(Column::Date), Msg::Date),
        (Some(Column::Text), Msg::Recommendation),
        (None, Msg::Theme),
        (None, Msg::Addressee),
        (Some(Column::Status), Msg::Status),
    ] {
        let label = escape(tr(lang, label));
        match column.filter(|_| rows.sortable) {
            None => {
                let _ = write!(out, "<th scope=\"col\">{label}</th>");
            }
            Some(column) => {
                let (aria, arrow) = match (rows.sort.column == column, rows.sort.descending) {
                    (false, _) => ("none", ""),
                    (true, false) => ("ascending", " ▲"),
                    (true, true) => ("descending", " ▼"),
                };
                let _ = write!(
                    out,
                    "<th scope=\"col\" aria-sort=\"{aria}\"><button type=\"button\" class=\"sort\" \
                     data-sort=\"{}\">{label}{arrow}</button></th>",
                    column.key()
                );
            }
        }
    }
    out.push_str("</tr></thead><tbody>");
    let label = |msg| escape(tr(lang, msg));
    let (date, theme, addressee, status_label) = (
        label(Msg::Date),
        label(Msg::Theme),
        label(Msg::Addressee),
        label(Msg::Status),
    );
    for &ix in rows.shown {
        let rec = &ds.recommendations[ix as usize];
        let full = rec.text.get(lang, default);
        let short = shorten(full, TEXT_CHARS);
        let title = if short != full {
            format!(" title=\"{}\"", escape(full))
        } else {
            String::new()
        };
        let status_ix = query::status_at(ds, ix, rows.as_of).unwrap_or(rec.status);
        let id = escape(&rec.id);
        let _ = write!(
            out,
            "<tr data-rec=\"{id}\"><td class=\"id\"><button type=\"button\" class=\"link\" \
             data-open=\"{ix}\">{id}</button></td><td class=\"date\" data-label=\"{date}\">{}</td>\
             <td class=\"text\"{title}>{}</td><td data-label=\"{theme}\">",
            ds.made_on(rec),
            escape(&short),
        );
        names(
            &mut out,
            rec.themes
                .iter()
                .map(|&t| text(&ds.themes[t as usize].name)),
        );
        let _ = write!(out, "</td><td data-label=\"{addressee}\">");
        names(
            &mut out,
            rec.addressees.iter().map(|&b| {
                let body = &ds.bodies[b as usize];
                text(body.short.as_ref().unwrap_or(&body.name))
            }),
        );
        let _ = write!(
            out,
            "</td><td class=\"status\" data-label=\"{status_label}\">{}{}</td></tr>",
            swatch_markup(&report::status_color(ds, status_ix)),
            text(&ds.statuses[status_ix as usize].name),
        );
    }
    out.push_str("</tbody></table>");
    out
}

/// Writes `items` separated by commas.
fn names(out: &mut String, items: impl Iterator<Item = String>) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item);
    }
}

/// A dot in a status's colour, drawn as SVG so that no inline style is needed.
pub fn swatch_markup(color: &str) -> String {
    format!(
        "<svg class=\"swatch\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\" aria-hidden=\"true\">\
         <circle cx=\"5\" cy=\"5\" r=\"5\" fill=\"{}\"/></svg>",
        escape(color)
    )
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
