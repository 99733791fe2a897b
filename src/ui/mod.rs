//! The Yew layer: it shows the state and turns what the user does into
//! [`Action`]s. It decides nothing about data: filtering, figures and charts
//! come from `report`, state changes from `state::reduce`, I/O from `platform`.

mod changed;
mod chart;
mod dashboard;
mod detail;
mod embed;
mod filters;
mod header;
mod load;
mod modal;
mod present;
mod table;

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n;
use crate::platform;
use crate::report;
use crate::state::{self, Action, Loaded, State};
use crate::url_state::{self, ViewState};

/// Shared, read-only data passed to components. Two values are equal when
/// they are the same allocation, so a component re-renders only when the data
/// was replaced, without comparing 100,000 rows.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Yew's view of the pure reducer.
#[derive(Debug, Clone, Default)]
struct AppState(State);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(state::reduce(&self.0, action)))
    }
}

/// Starts the report in `<div id="kenes">` (or the body).
pub fn mount() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the report runs in a page");
    match document.get_element_by_id("kenes") {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The widths a chart is shown at in a window `viewport` pixels wide, as the
/// stylesheet lays charts out (two columns above 900 px; a focused chart
/// across both), rounded down to 20 px so that resizing redraws charts only
/// now and then: (one column, the whole row, the whole window). An embed
/// shows its one chart across the window (its frame), with no margin.
fn chart_width(viewport: f64) -> (u32, u32, u32) {
    let page = viewport.min(1280.0) - if viewport <= 520.0 { 19.2 } else { 32.0 };
    let column = if viewport > 900.0 {
        (page - 16.0) / 2.0
    } else {
        page
    };
    // The figure's padding and border.
    let inner = |w: f64| ((w - 27.6).max(280.0) as u32) / 20 * 20;
    (
        inner(column),
        inner(page),
        (viewport.max(280.0) as u32) / 20 * 20,
    )
}

fn chart_width_now() -> (u32, u32, u32) {
    chart_width(platform::viewport_width())
}

/// Recommendations indexed for search between two turns of the browser.
const INDEX_STEP: usize = 5_000;

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(AppState::default);
    // One callback for the life of the report: callbacks compare by
    // identity, so a new one each render would render again every component
    // it is given, even one whose other props are unchanged.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action| dispatcher.dispatch(action))
        }))
        .clone()
    };

    // The first load: `?data=URL`, else a dataset baked into the page, else
    // the demo next to the page.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            if let Some(language) = platform::browser_language() {
                dispatch.emit(Action::BrowserLanguage(language));
            }
            if let Some(language) = url_state::language(&platform::location::hash()) {
                dispatch.emit(Action::SetLanguage(language));
            }
            load::initial(dispatch);
        });
    }

    let loaded = state.0.loaded.clone();
    let language = state.0.language.clone();
    let loaded_id = loaded.as_ref().map(|l| Rc::as_ptr(l) as usize);

    // Charts are laid out for the width they are shown at, so their text
    // keeps its size on a phone as on a projector.
    let chart_width = use_state(|| chart_width(platform::viewport_width()));
    let slide_width = use_state(|| present::slide_chart_width(platform::viewport_width()));
    // An embed's rankings show as many rows as fit the frame it was first
    // given. Not followed as the frame changes: a page that sizes its frame
    // to the height the embed asks for would otherwise shrink it row by row.
    let frame_height = *use_state(platform::viewport_height);
    {
        let chart_width = chart_width.clone();
        let slide_width = slide_width.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_resize(move || {
                chart_width.set(chart_width_now());
                slide_width.set(present::slide_chart_width(platform::viewport_width()));
            });
            move || drop(listener)
        });
    }

    // A new dataset is marked ready once the page that shows it is complete:
    // when this render pass is over, every component drawn (see `generation`
    // below), before the browser paints it, which is when the JavaScript
    // yardstick marks too. An effect would be a paint later: once a pass has
    // taken 16 ms, Yew yields to the browser before it runs effects.
    let marked = use_mut_ref(|| None::<usize>);
    if loaded_id.is_some() && *marked.borrow() != loaded_id {
        *marked.borrow_mut() = loaded_id;
        platform::set_ready_after_render();
    }

    // Once a dataset is on screen, say so to the browser tab.
    {
        let loaded = loaded.clone();
        let language = language.clone();
        let embedded = state.0.embed.is_some();
        let presenting = state.0.present.is_some();
        use_effect_with(
            (loaded_id, language.clone(), embedded, presenting),
            move |_| {
                platform::set_embedded(embedded);
                platform::set_presenting(presenting);
                if let Some(l) = &loaded {
                    let title = l.dataset.title.get(&language, l.dataset.default_language());
                    platform::set_title(&format!("{title} — Kenes"));
                    platform::set_document_language(&language);
                }
            },
        );
    }

    // The search index is built after the dataset is on screen, a part at a
    // time between the browser's other work (a search before it is done
    // builds the rest at once).
    {
        let loaded = loaded.clone();
        use_effect_with(loaded_id, move |_| {
            if let Some(l) = loaded {
                wasm_bindgen_futures::spawn_local(async move {
                    platform::yield_to_browser().await;
                    while !l.index.prepare(&l.dataset, INDEX_STEP) {
                        platform::yield_to_browser().await;
                    }
                });
            }
        });
    }

    // Printing (the button or Ctrl+P) shows the whole table; every printed
    // page carries the title and the day the report shows.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listeners =
                platform::on_print(move |printing| dispatch.emit(Action::Print(printing)));
            move || drop(listeners)
        });
    }
    {
        let loaded = loaded.clone();
        let language = language.clone();
        let as_of = state.0.as_of;
        use_effect_with((loaded_id, language.clone(), as_of), move |_| {
            if let Some(l) = &loaded {
                let ds = &l.dataset;
                let title = ds.title.get(&language, ds.default_language());
                let date = as_of
                    .or(ds.as_of)
                    .map(|d| {
                        format!(
                            "{} {}",
                            i18n::tr(&language, i18n::Msg::DataAsOf),
                            i18n::format_date(&language, d)
                        )
                    })
                    .unwrap_or_default();
                platform::set_print_header(title, &date);
            }
        });
    }

    // Leaving the slides gives the focus back to "Present", which opened them.
    {
        let presenting = state.0.present.is_some();
        let was = use_mut_ref(|| false);
        use_effect_with(presenting, move |&presenting| {
            if *was.borrow() && !presenting {
                modal::focus("[data-action=present]");
            }
            *was.borrow_mut() = presenting;
        });
    }

    // A refused load leaves the dataset on screen whole: say so again.
    {
        let shown = loaded.is_some();
        use_effect_with(state.0.load_error.clone(), move |error| {
            if error.is_some() && shown {
                platform::set_ready(true);
            }
        });
    }

    // The view lives in the address: every change is written to the hash,
    // a new history entry for each choice, the same entry while the user
    // types a search (so Back does not replay every keystroke).
    let last_link = use_mut_ref(|| None::<ViewState>);
    {
        let view = state.0.view();
        let loaded = loaded.clone();
        let last_link = last_link.clone();
        use_effect_with((loaded_id, view.clone()), move |_| {
            if let Some(loaded) = &loaded {
                let hash = url_state::encode(&loaded.dataset, &view);
                let mut last = last_link.borrow_mut();
                let typing = last.as_ref().is_some_and(|l| {
                    l.filter.text != view.filter.text
                        && ViewState {
                            filter: crate::query::Filter {
                                text: view.filter.text.clone(),
                                ..l.filter.clone()
                            },
                            ..l.clone()
                        } == view
                });
                // An address without a hash already shows the default view:
                // it is left as it is (writing it costs a restyle of the page
                // as the report first appears).
                let current = platform::location::hash();
                if current != hash && !(current.is_empty() && url_state::is_default(&hash)) {
                    platform::location::set_hash(&hash, last.is_some() && !typing);
                }
                *last = Some(view);
            }
        });
    }
    // Back, Forward and edited links show the view of the address.
    {
        let loaded = loaded.clone();
        let dispatch = dispatch.clone();
        let last_link = last_link.clone();
        use_effect_with(loaded_id, move |_| {
            let listeners = loaded.map(|loaded| {
                platform::location::on_hash_change(move || {
                    let (view, notes) =
                        url_state::decode(&loaded.dataset, &platform::location::hash());
                    if last_link.borrow().as_ref() != Some(&view) {
                        *last_link.borrow_mut() = Some(view.clone());
                        dispatch.emit(Action::ApplyView(view, notes));
                    }
                })
            });
            move || drop(listeners)
        });
    }

    let view = {
        let loaded = loaded.clone();
        use_memo(
            (
                loaded_id,
                state.0.filter.clone(),
                language.clone(),
                *chart_width,
                state.0.chart,
                state.0.as_of,
                state.0.embed.is_some(),
            ),
            move |(_, filter, language, widths, focused, as_of, embedded)| {
                let (width, ranking_limit) = if *embedded {
                    (widths.2, report::embed_ranking_limit(frame_height))
                } else {
                    (widths.0, report::RANKING_LIMIT)
                };
                let layout = report::Layout {
                    width,
                    focused: *focused,
                    focused_width: widths.1,
                    ranking_limit,
                };
                loaded.as_ref().map(|l| {
                    Shared(Rc::new(report::build(
                        &l.dataset, &l.index, filter, *as_of, language, layout,
                    )))
                })
            },
        )
    };

    // Kept for the same reason as `dispatch`.
    let on_embed = (*use_memo((), {
        let dispatch = dispatch.clone();
        move |_| dispatch.reform(|chart| Action::ShowEmbedCode(Some(chart)))
    }))
    .clone();

    // On slides, charts are laid out for the projector (see `present`), and
    // each view the user added has its own figures.
    let slides_view = {
        let loaded = loaded.clone();
        use_memo(
            (
                loaded_id,
                state.0.present.is_some(),
                state.0.filter.clone(),
                state.0.slides.clone(),
                state.0.as_of,
                state.0.compare,
                language.clone(),
                *slide_width,
            ),
            move |(_, presenting, filter, slides, as_of, compare, language, width)| {
                let l = loaded.as_ref().filter(|_| *presenting)?;
                let layout = report::Layout {
                    width: *width,
                    focused: None,
                    focused_width: *width,
                    ranking_limit: present::SLIDE_RANKING_LIMIT,
                };
                let build = |filter: &crate::query::Filter, as_of| {
                    Shared(Rc::new(report::build(
                        &l.dataset, &l.index, filter, as_of, language, layout,
                    )))
                };
                let main = build(filter, *as_of);
                let added: Vec<_> = slides
                    .iter()
                    .map(|slide| (slide.clone(), build(&slide.filter, slide.as_of)))
                    .collect();
                let changed = changed::compute(l, filter, *as_of, *compare, language, *width);
                Some((main, added, changed.map(|c| Shared(Rc::new(c)))))
            },
        )
    };

    let (Some(loaded), Some(view)) = (loaded.map(Shared), (*view).clone()) else {
        // Nothing to show yet: the header tells how the load goes.
        return html! {
            <div class="kenes">
                <header::Header
                    loaded={None::<Shared<Loaded>>}
                    loading={state.0.loading.clone()}
                    load_error={state.0.load_error.clone()}
                    language={language.clone()}
                    on_action={dispatch.clone()}
                />
            </div>
        };
    };

    if let (Some(current), Some((main, added, changed))) = (state.0.present, (*slides_view).clone())
    {
        return html! {
            <present::Presentation
                loaded={loaded}
                view={main}
                added={added}
                changed={changed}
                current={current}
                language={language}
                on_action={dispatch}
            />
        };
    }

    if let Some(embed) = state.0.embed {
        let full = embed::link(&loaded, &state.0.view(), None);
        return html! {
            <embed::Embedded
                loaded={loaded}
                view={view}
                embed={embed}
                full_report={full}
                language={language}
                on_action={dispatch}
            />
        };
    }

    let on_drop = load::drop_handler(dispatch.clone());
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let embed_title = state.0.embed_code.and_then(|id| {
        view.charts
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone())
    });

    // The report's parts are drawn afresh for each dataset (their keys
    // change with it): first drawings run to their end before Yew yields to
    // the browser, so the mark above cannot come before one of them has
    // shown the new data. The header stays, with the focus of its controls.
    let generation = loaded_id.unwrap_or_default();

    html! {
        <div class="kenes" ondrop={on_drop} ondragover={on_dragover}>
            // The first stop of the keyboard. It focuses the report itself
            // rather than following its `#report`, which would replace the
            // view in the address.
            <a class="skip-link" href="#report" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                modal::focus("#report");
            })}>{ i18n::tr(&language, i18n::Msg::SkipToReport) }</a>
            <header::Header
                loaded={Some(loaded.clone())}
                loading={state.0.loading.clone()}
                load_error={state.0.load_error.clone()}
                language={language.clone()}
                on_action={dispatch.clone()}
                added_slides={state.0.slides.len()}
            />
            { url_notes(&state.0, &dispatch) }
            <main id="report" tabindex="-1">
                <filters::Filters
                    key={format!("filters-{}", generation)}
                    loaded={loaded.clone()}
                    filter={state.0.filter.clone()}
                    as_of={state.0.as_of}
                    language={language.clone()}
                    on_action={dispatch.clone()}
                />
                <dashboard::Dashboard
                    key={format!("dashboard-{}", generation)}
                    loaded={loaded.clone()}
                    view={view.clone()}
                    language={language.clone()}
                    on_action={dispatch.clone()}
                    {on_embed}
                    focused={state.0.chart}
                />
                <changed::WhatChanged
                    key={format!("changed-{}", generation)}
                    loaded={loaded.clone()}
                    filter={state.0.filter.clone()}
                    as_of={state.0.as_of}
                    compare={state.0.compare}
                    language={language.clone()}
                    width={chart_width.1}
                    on_action={dispatch.clone()}
                />
                <table::Table
                    key={format!("table-{}", generation)}
                    loaded={loaded.clone()}
                    view={view.clone()}
                    sort={state.0.sort}
                    page={state.0.page}
                    all_rows={state.0.printing}
                    language={language.clone()}
                    on_action={dispatch.clone()}
                />
            </main>
            if let Some(rec) = state.0.detail {
                <detail::Detail
                    loaded={loaded.clone()}
                    rec={rec}
                    language={language.clone()}
                    on_action={dispatch.clone()}
                />
            }
            if let (Some(chart), Some(title)) = (state.0.embed_code, embed_title) {
                <embed::EmbedCode
                    loaded={loaded.clone()}
                    view={state.0.view()}
                    chart={chart}
                    title={title}
                    language={language.clone()}
                    on_action={dispatch.clone()}
                />
            }
        </div>
    }
}

/// What in the page's address could not be used, said once, dismissible.
fn url_notes(state: &State, dispatch: &Callback<Action>) -> Html {
    if state.url_notes.is_empty() {
        return html! {};
    }
    let dismiss = dispatch.reform(|_| Action::DismissNotes);
    html! {
        <section class="url-notes" data-url-notes="" role="status">
            <strong>{ i18n::tr(&state.language, i18n::Msg::LinkNotesTitle) }</strong>
            <ul>
                { for state.url_notes.iter().map(|note| html! { <li>{ i18n::note_message(&state.language, note) }</li> }) }
            </ul>
            <button type="button" onclick={dismiss}>{ i18n::tr(&state.language, i18n::Msg::Dismiss) }</button>
        </section>
    }
}
