//! One chart on the page: its SVG, its summary, a click (or Enter) on a mark
//! filters by what it stands for, and its tools: SVG, PNG and CSV downloads
//! and the code to embed it.
//!
//! A chart whose marks filter is one Tab stop (the core gives the first mark
//! `tabindex="0"`, the others `-1`): the arrow keys, Home and End move the
//! stop from mark to mark in the order they are drawn (left to right, top to
//! bottom), Enter or Space filters, and the focus stays on that mark when
//! the chart redraws for the new filter.

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

    // The mark last used, or that has the focus as the chart redraws (for
    // the filter it set, or a new width): the mark is then a new element,
    // and gets the focus back.
    let refocus = use_mut_ref(|| None::<String>);
    let figure_ref = use_node_ref();
    let table_open = use_state(|| false);
    if let Some(value) = focused_mark(&figure_ref) {
        *refocus.borrow_mut() = Some(value);
    }
    {
        let (refocus, figure_ref) = (refocus.clone(), figure_ref.clone());
        use_effect_with(chart.svg.clone(), move |_| {
            let value = refocus.borrow_mut().take();
            if let (Some(value), Some(figure)) = (value, figure_ref.cast::<web_sys::Element>()) {
                if super::modal::focus_was_lost() {
                    focus_mark(&figure, &value);
                }
            }
        });
    }
    let on_click = {
        let loaded = props.loaded.clone();
        let dispatch = props.on_action.clone();
        let refocus = refocus.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((value, action)) = mark_action(&loaded, e.target()) {
                *refocus.borrow_mut() = Some(value);
                dispatch.emit(action);
            }
        })
    };
    let on_key = {
        let loaded = props.loaded.clone();
        let dispatch = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" || key == " " {
                if let Some((value, action)) = mark_action(&loaded, e.target()) {
                    e.prevent_default();
                    *refocus.borrow_mut() = Some(value);
                    dispatch.emit(action);
                }
            } else if let Some(step) = Step::of(&key) {
                if move_stop(e.target(), step) {
                    e.prevent_default();
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
    // File names say the day of the download, so they are made on click
    // (a chart is not drawn again while its props stay the same).
    let id = chart.id;
    let name = move |ext: &str| export::file_name(&title, id.as_str(), &platform::today(), ext);
    let tools = (props.tools && chart.svg.is_some()).then(|| {
        let svg = chart.svg.clone().unwrap_or_default();
        let on_svg = {
            let (svg, name) = (svg.clone(), name.clone());
            Callback::from(move |_| {
                let _ = platform::files::download(&name("svg"), "image/svg+xml", export::standalone_svg(&svg).as_bytes());
            })
        };
        let on_png = {
            let (svg, name) = (svg.clone(), name.clone());
            Callback::from(move |_| {
                let standalone = export::standalone_svg(&svg);
                let file = name("png");
                wasm_bindgen_futures::spawn_local(async move {
                    let (w, h) = svg_size(&standalone);
                    if let Err(message) = platform::files::download_png(&file, &standalone, w, h, 2.0).await {
                        platform::log_error(&format!("the PNG could not be made: {message}"));
                    }
                });
            })
        };
        let on_csv = {
            let (data, name) = (chart.data.clone(), name.clone());
            Callback::from(move |_| {
                let csv = export::table_csv(&data);
                let _ = platform::files::download(&name("csv"), "text/csv;charset=utf-8", csv.as_bytes());
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
            ref={figure_ref} onclick={on_click} onkeydown={on_key}>
            {
                match &chart.svg {
                    // The SVG is written by the core, which escapes every text
                    // and attribute value from the data.
                    // Its own box, so that a drawing below the screen can
                    // be left unlaid (`.chart-drawing` in the stylesheet).
                    Some(svg) => html! {
                        <div class="chart-drawing">{ Html::from_html_unchecked(AttrValue::from(svg.clone())) }</div>
                    },
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
                { data_table(lang, chart, &table_open) }
            }
            { tools.unwrap_or_default() }
        </figure>
    }
}

/// The numbers behind a chart as a table, folded under it: the same figures
/// for people who do not read charts, and for screen readers. The rows are
/// made only while it is open (`open`, set by a click on the summary and by
/// its `toggle` events): folded,
/// they would be hundreds of elements (the progress table alone has up to
/// 160 rows) that every load and every filter would build and lay out for
/// no one.
fn data_table(lang: &str, chart: &Chart, open: &UseStateHandle<bool>) -> Html {
    if chart.data.rows.is_empty() {
        return html! {};
    }
    let (onclick, ontoggle) = folding(open);
    html! {
        <details class="chart-table" data-chart-table={chart.id.as_str()} {ontoggle}>
            <summary {onclick}>{ tr(lang, Msg::ShowAsTable) }</summary>
            if **open {
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
            }
        </details>
    }
}

/// What keeps `open` true while a `<details>` is open, for contents made
/// only then: a click on its summary (or Enter or Space on it) sets it at
/// once, before the browser toggles the element, and its `toggle` events
/// follow every other way it opens or closes. The first goes on the
/// summary, the second on the element.
pub fn folding(open: &UseStateHandle<bool>) -> (Callback<MouseEvent>, Callback<Event>) {
    let onclick = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            // Yew's listeners are delegated: the target, not the current
            // target, is in the summary.
            let details = e
                .target_dyn_into::<web_sys::Element>()
                .and_then(|t| t.closest("details").ok().flatten())
                .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            if let Some(details) = details {
                open.set(!details.open());
            }
        })
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                open.set(details.open());
            }
        })
    };
    (onclick, ontoggle)
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

/// The filter value of the chart mark at or around an event target, and the
/// action it stands for.
fn mark_action(loaded: &Loaded, target: Option<web_sys::EventTarget>) -> Option<(String, Action)> {
    let element: web_sys::Element = target?.dyn_into().ok()?;
    let mark = element.closest("[data-filter-kind]").ok()??;
    let kind = mark.get_attribute("data-filter-kind")?;
    let value = mark.get_attribute("data-filter-value")?;
    let action = state::mark_action(&loaded.dataset, &kind, &value)?;
    Some((value, action))
}

/// A key that moves a chart's Tab stop.
#[derive(Clone, Copy)]
enum Step {
    Previous,
    Next,
    First,
    Last,
}

impl Step {
    fn of(key: &str) -> Option<Step> {
        match key {
            "ArrowLeft" | "ArrowUp" => Some(Step::Previous),
            "ArrowRight" | "ArrowDown" => Some(Step::Next),
            "Home" => Some(Step::First),
            "End" => Some(Step::Last),
            _ => None,
        }
    }
}

/// The marks that are buttons in the chart around `inside`, in the order
/// they are drawn: left to right, then top to bottom (a time line draws its
/// tall needles first, so the document order is not the reading order).
fn marks(inside: &web_sys::Element) -> Vec<web_sys::Element> {
    let Some(svg) = inside.closest("svg").ok().flatten() else {
        return Vec::new();
    };
    let Ok(list) = svg.query_selector_all("[data-filter-value][role=button]") else {
        return Vec::new();
    };
    let mut marks: Vec<(i64, i64, web_sys::Element)> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|m| {
            let b = m.get_bounding_client_rect();
            (b.left().round() as i64, b.top().round() as i64, m)
        })
        .collect();
    marks.sort_by_key(|(x, y, _)| (*x, *y));
    marks.into_iter().map(|(_, _, m)| m).collect()
}

/// Moves the chart's Tab stop from the mark at `target` and focuses it.
/// On a slide the arrows belong to the deck, so nothing moves there.
fn move_stop(target: Option<web_sys::EventTarget>, step: Step) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let Some(mark) = element
        .closest("[data-filter-value][role=button]")
        .ok()
        .flatten()
    else {
        return false;
    };
    if element.closest(".deck").ok().flatten().is_some() {
        return false;
    }
    let marks = marks(&mark);
    let Some(at) = marks.iter().position(|m| m.is_same_node(Some(&mark))) else {
        return false;
    };
    let to = match step {
        Step::Previous => at.saturating_sub(1),
        Step::Next => (at + 1).min(marks.len() - 1),
        Step::First => 0,
        Step::Last => marks.len() - 1,
    };
    take_stop(&marks, to);
    true
}

/// Makes mark `to` the chart's one Tab stop and focuses it.
fn take_stop(marks: &[web_sys::Element], to: usize) {
    for (i, m) in marks.iter().enumerate() {
        let _ = m.set_attribute("tabindex", if i == to { "0" } else { "-1" });
    }
    // A mark is an SVG element: `focus` is the same method as on HTML
    // elements, which web-sys only binds there.
    if let Some(m) = marks.get(to) {
        let _ = m.unchecked_ref::<web_sys::HtmlElement>().focus();
    }
}

/// After a redraw: the mark with filter value `value` (else the first)
/// takes the chart's Tab stop and the focus. A chart left with nothing to
/// draw takes the focus itself, so that it is not lost.
fn focus_mark(figure: &web_sys::Element, value: &str) {
    let marks = match figure.query_selector("svg") {
        Ok(Some(svg)) => marks(&svg),
        _ => Vec::new(),
    };
    if marks.is_empty() {
        let _ = figure.set_attribute("tabindex", "-1");
        let _ = figure.unchecked_ref::<web_sys::HtmlElement>().focus();
        return;
    }
    let to = marks
        .iter()
        .position(|m| m.get_attribute("data-filter-value").as_deref() == Some(value))
        .unwrap_or(0);
    take_stop(&marks, to);
}

/// The filter value of the mark that has the focus in this chart, if any.
fn focused_mark(figure: &NodeRef) -> Option<String> {
    let figure = figure.cast::<web_sys::Element>()?;
    let active = web_sys::window()?.document()?.active_element()?;
    if !figure.contains(Some(&active)) {
        return None;
    }
    active.get_attribute("data-filter-value")
}
