//! The filter bar: year range, one "add" menu per facet, the text search, and
//! the active filters as removable chips with one action that clears them all.

use std::fmt::Write;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Shared;
use crate::charts::escape;
use crate::dataset::{Dataset, Date, Text};
use crate::i18n;
use crate::i18n::{tr, Msg};
use crate::platform;
use crate::query::Filter;
use crate::state::{Action, Facet, Loaded};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub filter: Filter,
    /// The day the view shows (`None`: the dataset's present).
    pub as_of: Option<Date>,
    pub language: String,
    pub on_action: Callback<Action>,
}

/// The label of a facet.
pub fn facet_label(lang: &str, facet: Facet) -> &'static str {
    tr(
        lang,
        match facet {
            Facet::Session => Msg::Session,
            Facet::Theme => Msg::Theme,
            Facet::Status => Msg::Status,
            Facet::Addressee => Msg::Addressee,
            Facet::Proposer => Msg::Proposer,
        },
    )
}

/// The name of one value of a facet, in `lang`.
pub fn value_label(ds: &Dataset, lang: &str, facet: Facet, ix: u32) -> String {
    let default = ds.default_language();
    let text = |t: &Text| t.get(lang, default).to_string();
    let ix = ix as usize;
    match facet {
        Facet::Session => ds
            .sessions
            .get(ix)
            .map(|s| format!("{} · {}", s.date, text(&s.title))),
        Facet::Theme => ds.themes.get(ix).map(|t| text(&t.name)),
        Facet::Status => ds.statuses.get(ix).map(|s| text(&s.name)),
        Facet::Addressee | Facet::Proposer => ds.bodies.get(ix).map(|b| text(&b.name)),
    }
    .unwrap_or_default()
}

/// The values a facet offers, as (index, label), in a useful order: sessions
/// by date, the rest alphabetically.
fn options(ds: &Dataset, lang: &str, facet: Facet) -> Vec<(u32, String)> {
    let len = match facet {
        Facet::Session => ds.sessions.len(),
        Facet::Theme => ds.themes.len(),
        Facet::Status => ds.statuses.len(),
        Facet::Addressee | Facet::Proposer => ds.bodies.len(),
    };
    let mut list: Vec<(u32, String)> = (0..len as u32)
        .map(|ix| (ix, value_label(ds, lang, facet, ix)))
        .collect();
    match facet {
        Facet::Session => list.sort_by_key(|(ix, _)| (ds.sessions[*ix as usize].date, *ix)),
        Facet::Status => {}
        _ => list.sort_by_cached_key(|(_, label)| crate::query::fold_case(label)),
    }
    list
}

#[function_component(Filters)]
pub fn filters(props: &Props) -> Html {
    let ds = &props.loaded.dataset;
    let lang = props.language.as_str();
    let filter = &props.filter;

    let mut years: Vec<i32> = ds.sessions.iter().map(|s| s.date.year()).collect();
    years.sort_unstable();
    years.dedup();
    let (first, last) = (
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default(),
    );
    let (from, to) = filter.years.unwrap_or((first, last));
    let year_select = |id: &'static str, label: &'static str, value: i32, is_from: bool| {
        let dispatch = props.on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let Ok(year) = select.value().parse::<i32>() else {
                return;
            };
            let (a, b) = if is_from { (year, to) } else { (from, year) };
            let range = if (a.min(b), a.max(b)) == (first, last) {
                None
            } else {
                Some((a, b))
            };
            dispatch.emit(Action::SetYears(range));
        });
        html! {
            <label class="field" for={id}>
                <span>{ label }</span>
                <select id={id} data-filter={format!("year-{id}")} {onchange}>
                    { for years.iter().map(|&y| html! {
                        <option value={y.to_string()} selected={y == value}>{ y }</option>
                    }) }
                </select>
            </label>
        }
    };

    // The "as of" day: any day from the first session to the dataset's own
    // date; the dataset's date is the present and clears the control.
    let first_day = ds
        .sessions
        .iter()
        .map(|s| s.date)
        .min()
        .map(Date::first_day);
    let present = ds.as_of.map(Date::last_day);
    let as_of_value = props
        .as_of
        .or(ds.as_of)
        .map(|d| d.last_day().to_string())
        .unwrap_or_default();
    let on_as_of = {
        let dispatch = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let value = input.value();
            // An emptied field goes back to the present.
            dispatch.emit(Action::SetAsOf(Date::parse(&value)));
        })
    };

    // The bar sticks to the top of the window on a large screen: the page
    // keeps its height clear when it scrolls to what has the focus, so the
    // focus is never hidden under the bar (WCAG 2.4.11).
    // Its height is written when it changes (a chip more or less can wrap
    // it, and so can a narrower window), as the browser lays it out: written
    // after every drawing, it forced a layout of the page and a second frame
    // on every filter change.
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with((), move |_| {
            register_height();
            let watch = bar.cast::<web_sys::Element>().and_then(|element| {
                platform::location::observe_size(&element, move || note_height(&bar))
            });
            move || drop(watch)
        });
    }

    let on_search = {
        let dispatch = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            dispatch.emit(Action::SetText(input.value()));
        })
    };

    html! {
        <section class="filters" aria-label={tr(lang, Msg::Filters)} ref={bar}>
            <div class="controls">
                <label class="field search" for="filter-text">
                    <span>{ tr(lang, Msg::Search) }</span>
                    <input
                        id="filter-text"
                        type="search"
                        placeholder={tr(lang, Msg::SearchPlaceholder)}
                        value={filter.text.clone()}
                        oninput={on_search}
                    />
                </label>
                <label class="field" for="as-of">
                    <span>{ tr(lang, Msg::AsOf) }</span>
                    <input id="as-of" type="date" data-filter="as-of" value={as_of_value}
                        min={first_day.map(|d| d.to_string())} max={present.map(|d| d.to_string())}
                        onchange={on_as_of} />
                </label>
                { year_select("from", tr(lang, Msg::From), from, true) }
                { year_select("to", tr(lang, Msg::To), to, false) }
                { for Facet::ALL.into_iter().map(|facet| html! {
                    <FacetSelect
                        loaded={props.loaded.clone()}
                        language={props.language.clone()}
                        {facet}
                        chosen={facet.values(filter)}
                        on_action={props.on_action.clone()}
                    />
                }) }
            </div>
            { chips(props) }
        </section>
    }
}

/// Declares `--kenes-filters-height` a length that is not inherited. Only
/// the root element reads it (for its `scroll-padding-top`), and a change to
/// an inherited custom property on the root restyles every element of the
/// page: about 20 ms at 100,000 recommendations each time the bar changes
/// height (a chip more or less can wrap it). A browser without
/// `CSS.registerProperty` keeps it inherited, which reads the same.
fn register_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let get = |target: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(target, &key.into()).unwrap_or_default()
    };
    let css = get(&window, "CSS");
    let Ok(register) = get(&css, "registerProperty").dyn_into::<js_sys::Function>() else {
        return;
    };
    let definition = js_sys::Object::new();
    for (key, value) in [
        (
            "name",
            wasm_bindgen::JsValue::from("--kenes-filters-height"),
        ),
        ("syntax", "<length>".into()),
        ("inherits", false.into()),
        ("initialValue", "0px".into()),
    ] {
        let _ = js_sys::Reflect::set(&definition, &key.into(), &value);
    }
    // A second registration (the bar shown again) throws; the first stays.
    let _ = register.call1(&css, &definition);
}

#[derive(Properties, PartialEq)]
struct FacetProps {
    loaded: Shared<Loaded>,
    language: String,
    facet: Facet,
    /// The values of the facet in the filter (offered disabled).
    chosen: Vec<u32>,
    on_action: Callback<Action>,
}

/// One facet's "add" menu. A component of its own, so that a change to
/// another facet neither builds nor compares its options again (a dataset
/// can name hundreds of bodies).
#[function_component(FacetSelect)]
fn facet_select(props: &FacetProps) -> Html {
    let (ds, lang, facet) = (&props.loaded.dataset, props.language.as_str(), props.facet);
    let dispatch = props.on_action.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        if let Ok(ix) = select.value().parse::<u32>() {
            dispatch.emit(Action::Toggle(facet, ix));
        }
        select.set_value("");
    });
    let id = format!("filter-{}", facet.key());
    // The options as one piece of markup, every label escaped: a dataset
    // can name hundreds of bodies, and as elements of their own they cost
    // the first drawing, and every change of language, about a tenth of a
    // millisecond each to build; the browser parses them in one go.
    let mut markup = format!(
        "<option value=\"\" selected>{}</option>",
        escape(tr(lang, Msg::Add))
    );
    for (ix, label) in options(ds, lang, facet) {
        let disabled = if props.chosen.contains(&ix) {
            " disabled"
        } else {
            ""
        };
        let _ = write!(
            markup,
            "<option value=\"{ix}\"{disabled}>{}</option>",
            escape(&label)
        );
    }
    html! {
        <label class="field" for={id.clone()}>
            <span>{ facet_label(lang, facet) }</span>
            <select id={id} data-filter={facet.key()} {onchange}>
                { Html::from_html_unchecked(AttrValue::from(markup)) }
            </select>
        </label>
    }
}

/// Writes the filter bar's height to `--kenes-filters-height` on the
/// document, where the stylesheet keeps that much room at the top of the
/// window when it scrolls to the focus.
fn note_height(bar: &NodeRef) {
    let Some(bar) = bar.cast::<web_sys::HtmlElement>() else {
        return;
    };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let height = format!("{}px", bar.offset_height());
        let _ = root.style().set_property("--kenes-filters-height", &height);
    }
}

fn chips(props: &Props) -> Html {
    let ds = &props.loaded.dataset;
    let lang = props.language.as_str();
    let filter = &props.filter;
    if filter.is_empty() && props.as_of.is_none() {
        return html! {};
    }
    let chip = |label: String, action: Action| {
        let onclick = props.on_action.reform(move |_| action.clone());
        html! {
            <li class="chip">
                <span>{ label.clone() }</span>
                <button type="button" aria-label={i18n::remove_filter(lang, &label)} {onclick}>{ "×" }</button>
            </li>
        }
    };
    let mut items: Vec<Html> = Vec::new();
    if let Some(day) = props.as_of {
        items.push(chip(i18n::as_of_chip(lang, day), Action::SetAsOf(None)));
    }
    if let Some((a, b)) = filter.years {
        let label = i18n::year_chip(lang, a, b);
        items.push(chip(label, Action::SetYears(None)));
    }
    if !filter.text.trim().is_empty() {
        items.push(chip(
            i18n::search_chip(lang, filter.text.trim()),
            Action::SetText(String::new()),
        ));
    }
    for facet in Facet::ALL {
        for ix in facet.values(filter) {
            let label = format!(
                "{}: {}",
                facet_label(lang, facet),
                value_label(ds, lang, facet, ix)
            );
            items.push(chip(label, Action::Remove(facet, ix)));
        }
    }
    let clear = props.on_action.reform(|_| Action::ClearFilters);
    html! {
        <div class="active-filters">
            <ul class="chips" aria-label={tr(lang, Msg::ActiveFilters)}>{ for items }</ul>
            <button type="button" class="clear" data-action="clear-filters" onclick={clear}>{ tr(lang, Msg::ClearAllFilters) }</button>
        </div>
    }
}
