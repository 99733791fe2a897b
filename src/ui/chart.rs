//! One chart on the page: its SVG, its summary, a click (or Enter) on a mark
//! filters by what it stands for, and its tools: SVG, PNG and CSV downloads
//! and the code to embed it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Shared;
use crate::export;
use crate::i18n::{self, tr, Msg};
use crate::platform;
use crate::report::{Chart, ChartId};
use crate::state::{self, Action, Loaded};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub chart: Chart,
    pub language: String,
    pub on_action: Callback<Action>,
    /// Shows the download and embed tools (not inside an embed).
    #[prop_or(true)]
    pub tools: bool,
    #[prop_or_default]
    pub on_embed: Option<Callback<ChartId>>,
    /// This chart is the focused one (shown first and large).
    #[prop_or_default]
    pub focused: bool,
    /// Shows the summary under the chart (on slides it is the SVG's own
    /// description only, to leave the room to the chart).
    #[prop_or(true)]
    pub caption: bool,
    /// Offers "Enlarge" (only the dashboard's own charts can be focused).
    #[prop_or(true)]
    pub focusable: bool,
}

#[function_component(ChartFigure)]
pub fn chart_figure(props: &Props) -> Html {
    let lang = props.language.as_str();
    let chart = &props.chart;

    let on_click = {
        let loaded = props.loaded.clone();
        let dispatch = props.on_action.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(action) = mark_action(&loaded, e.target()) {
                dispatch.emit(action);
            }
        })
    };
    let on_key = {
        let loaded = props.loaded.clone();
        let dispatch = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(action) = mark_action(&loaded, e.target()) {
                    e.prevent_default();
                    dispatch.emit(action);
                }
            }
        })
    };

    let title = props
        .loaded
        .dataset
        .title
        .get(lang, props.loaded.dataset.default_language())
        .to_string();
    let name =
        move |ext: &str| export::file_name(&title, chart.id.as_str(), &platform::today(), ext);
    let tools = (props.tools && chart.svg.is_some()).then(|| {
        let svg = chart.svg.clone().unwrap_or_default();
        let on_svg = {
            let (svg, file) = (svg.clone(), name("svg"));
            Callback::from(move |_| {
                let _ = platform::files::download(&file, "image/svg+xml", export::standalone_svg(&svg).as_bytes());
            })
        };
        let on_png = {
            let (svg, file) = (svg.clone(), name("png"));
            Callback::from(move |_| {
                let standalone = export::standalone_svg(&svg);
                let file = file.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let (w, h) = svg_size(&standalone);
                    if let Err(message) = platform::files::download_png(&file, &standalone, w, h, 2.0).await {
                        platform::log_error(&format!("the PNG could not be made: {message}"));
                    }
                });
            })
        };
        let on_csv = {
            let (csv, file) = (export::table_csv(&chart.data), name("csv"));
            Callback::from(move |_| {
                let _ = platform::files::download(&file, "text/csv;charset=utf-8", csv.as_bytes());
            })
        };
        let on_embed = props.on_embed.clone().map(|cb| {
            let id = chart.id;
            Callback::from(move |_| cb.emit(id))
        });
        let on_focus = {
            let (id, focused) = (chart.id, props.focused);
            props
                .on_action
                .reform(move |_| Action::FocusChart((!focused).then_some(id)))
        };
        let label = |what: Msg| format!("{} — {}", tr(lang, what), chart.title);
        let focus = if props.focused { Msg::ShowWithOthers } else { Msg::Enlarge };
        html! {
            <div class="chart-tools" role="group" aria-label={i18n::chart_tools_label(lang, &chart.title)}>
                <button type="button" data-export="svg" aria-label={label(Msg::DownloadSvg)} onclick={on_svg}>{ "SVG" }</button>
                <button type="button" data-export="png" aria-label={label(Msg::DownloadPng)} onclick={on_png}>{ "PNG" }</button>
                <button type="button" data-export="csv" aria-label={label(Msg::DownloadCsv)} onclick={on_csv}>{ "CSV" }</button>
                if props.focusable {
                    <button type="button" data-action="focus" aria-pressed={props.focused.to_string()}
                        aria-label={label(focus)} onclick={on_focus}>
                        { tr(lang, focus) }
                    </button>
                }
                if let Some(on_embed) = on_embed {
                    <button type="button" data-action="embed" aria-label={label(Msg::Embed)} onclick={on_embed}>{ tr(lang, Msg::Embed) }</button>
                }
            </div>
        }
    });

    html! {
        <figure class={classes!("chart", props.focused.then_some("focused"))} data-chart={chart.id.as_str()}
            onclick={on_click} onkeydown={on_key}>
            {
                match &chart.svg {
                    // The SVG is written by the core, which escapes every text
                    // and attribute value from the data.
                    Some(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
                    None => html! {
                        <>
                            <h3 class="chart-title">{ &chart.title }</h3>
                            <p class="chart-empty">{ tr(lang, Msg::NoData) }</p>
                        </>
                    },
                }
            }
            if props.caption {
                <figcaption>{ &chart.summary }</figcaption>
                { data_table(lang, chart) }
            }
            { tools.unwrap_or_default() }
        </figure>
    }
}

/// The numbers behind a chart as a table, folded under it: the same figures
/// for people who do not read charts, and for screen readers.
fn data_table(lang: &str, chart: &Chart) -> Html {
    if chart.data.rows.is_empty() {
        return html! {};
    }
    html! {
        <details class="chart-table" data-chart-table={chart.id.as_str()}>
            <summary>{ tr(lang, Msg::ShowAsTable) }</summary>
            <div class="table-wrap">
                <table>
                    <caption>{ &chart.title }</caption>
                    <thead><tr>
                        { for chart.data.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for chart.data.rows.iter().map(|row| html! {
                            <tr>
                                { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                                    html! { <th scope="row">{ cell }</th> }
                                } else {
                                    html! { <td>{ number_cell(lang, cell) }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// A count in the reader's number format; anything else (a date) as it is.
fn number_cell(lang: &str, cell: &str) -> String {
    match cell.parse::<u64>() {
        Ok(n) => i18n::format_count(lang, n),
        Err(_) => cell.to_string(),
    }
}

/// The width and height of an SVG from its `viewBox` (640 × 400 when absent).
fn svg_size(svg: &str) -> (f64, f64) {
    let view_box = svg
        .split("viewBox=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|v| {
            v.split_whitespace()
                // Whole pixels are enough for an image's size.
                .filter_map(|n| n.split('.').next()?.parse::<u32>().ok())
                .map(f64::from)
                .collect::<Vec<_>>()
        });
    match view_box.as_deref() {
        Some([_, _, w, h]) if *w > 0.0 && *h > 0.0 => (*w, *h),
        _ => (640.0, 400.0),
    }
}

/// The action for the chart mark at or around an event target.
fn mark_action(loaded: &Loaded, target: Option<web_sys::EventTarget>) -> Option<Action> {
    let element: web_sys::Element = target?.dyn_into().ok()?;
    let mark = element.closest("[data-filter-kind]").ok()??;
    let kind = mark.get_attribute("data-filter-kind")?;
    let value = mark.get_attribute("data-filter-value")?;
    state::mark_action(&loaded.dataset, &kind, &value)
}
