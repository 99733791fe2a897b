//! "What changed": how the statuses of the recommendations in view moved
//! between two days, as a flow chart and as the list of those that moved.

use yew::prelude::*;

use super::chart::{self, ChartFigure};
use super::Shared;
use crate::dataset::Date;
use crate::i18n::{self, tr, Msg};
use crate::query::{self, Filter};
use crate::report::{self, Changed};
use crate::state::{Action, Loaded};

/// Rows of the list of moved recommendations shown before "and N more".
const LIST_LIMIT: usize = 50;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub filter: Filter,
    pub as_of: Option<Date>,
    /// The days the user chose (`None`: the year to the view's day).
    pub compare: Option<(Date, Date)>,
    pub language: String,
    pub width: u32,
    pub on_action: Callback<Action>,
}

/// The comparison for a view, with the days it compares.
pub fn compute(
    loaded: &Loaded,
    filter: &Filter,
    as_of: Option<Date>,
    compare: Option<(Date, Date)>,
    language: &str,
    width: u32,
) -> Option<Changed> {
    let days = compare.or_else(|| report::default_comparison(&loaded.dataset, as_of))?;
    Some(report::changed(
        &loaded.dataset,
        &loaded.index,
        filter,
        days,
        language,
        width,
    ))
}

#[function_component(WhatChanged)]
pub fn what_changed(props: &Props) -> Html {
    let changed = {
        let loaded = props.loaded.clone();
        use_memo(
            (
                props.filter.clone(),
                props.as_of,
                props.compare,
                props.language.clone(),
                props.width,
                props.loaded.clone(),
            ),
            move |(filter, as_of, compare, language, width, _)| {
                compute(&loaded, filter, *as_of, *compare, language, *width)
            },
        )
    };
    // The list's rows are made only while it is open: folded, they would
    // be hundreds of elements that every filter would build for no one.
    let list_open = use_state(|| false);
    let (on_summary, on_toggle) = chart::folding(&list_open);
    let Some(changed) = changed.as_ref() else {
        return html! {};
    };
    let lang = props.language.as_str();
    let ds = &props.loaded.dataset;
    let date_input = |id: &'static str, label: &'static str, value: Date, is_from: bool| {
        let other = if is_from { changed.to } else { changed.from };
        let dispatch = props.on_action.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(day) = Date::parse(&input.value()) {
                let days = if is_from { (day, other) } else { (other, day) };
                dispatch.emit(Action::Compare(Some(days)));
            }
        });
        html! {
            <label class="field" for={id}>
                <span>{ label }</span>
                <input id={id} type="date" data-compare={if is_from { "from" } else { "to" }}
                    value={value.last_day().to_string()} {onchange} />
            </label>
        }
    };
    // The two days, as the list's column names and, on a narrow screen,
    // each card's labels.
    let from = i18n::format_date(lang, changed.from);
    let to = i18n::format_date(lang, changed.to);
    let status_name = |day: Date, rec| {
        query::status_at(ds, rec, Some(day))
            .map(|s| {
                ds.statuses[s as usize]
                    .name
                    .get(lang, ds.default_language())
                    .to_string()
            })
            .unwrap_or_else(|| tr(lang, Msg::NotYetMade).to_string())
    };
    html! {
        <section class="what-changed" aria-labelledby="changed-title" data-changed="">
            <h2 id="changed-title">{ tr(lang, Msg::ChartChanged) }</h2>
            <div class="compare-dates">
                { date_input("compare-from", tr(lang, Msg::From), changed.from, true) }
                { date_input("compare-to", tr(lang, Msg::To), changed.to, false) }
            </div>
            <ChartFigure
                loaded={props.loaded.clone()}
                chart={changed.chart.clone()}
                language={props.language.clone()}
                on_action={props.on_action.clone()}
                focusable={false}
            />
            if !changed.moved.is_empty() {
                <details class="moved" data-moved={changed.moved.len().to_string()} ontoggle={on_toggle}>
                    <summary onclick={on_summary}>{ i18n::moved_heading(lang, (changed.from, changed.to), (changed.moved.len() as u64, changed.total as u64)) }</summary>
                    if *list_open {
                        <div class="table-wrap">
                            <table class="cards">
                                <thead><tr>
                                    <th scope="col">{ tr(lang, Msg::Id) }</th>
                                    <th scope="col">{ tr(lang, Msg::Recommendation) }</th>
                                    <th scope="col">{ &from }</th>
                                    <th scope="col">{ &to }</th>
                                </tr></thead>
                                <tbody>
                                    { for changed.moved.iter().take(LIST_LIMIT).map(|&ix| {
                                        let rec = &ds.recommendations[ix as usize];
                                        let open = props.on_action.reform(move |_| Action::ShowDetail(Some(ix)));
                                        html! {
                                            <tr data-rec={rec.id.clone()}>
                                                <td class="id"><button type="button" class="link" onclick={open}>{ &rec.id }</button></td>
                                                <td class="text">{ rec.text.get(lang, ds.default_language()) }</td>
                                                <td data-label={from.clone()}>{ status_name(changed.from, ix) }</td>
                                                <td data-label={to.clone()}>{ status_name(changed.to, ix) }</td>
                                            </tr>
                                        }
                                    }) }
                                </tbody>
                            </table>
                        </div>
                        if changed.moved.len() > LIST_LIMIT {
                            <p>{ i18n::more_in_table(lang, (changed.moved.len() - LIST_LIMIT) as u64) }</p>
                        }
                    }
                </details>
            }
        </section>
    }
}
