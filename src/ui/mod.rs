//! The Yew layer: it shows the state and turns what the user does into
//! [`Action`]s. It decides nothing about data: filtering, figures and charts
//! come from `report`, state changes from `state::reduce`, I/O from `platform`.

mod chart;
mod dashboard;
mod detail;
mod filters;
mod header;
mod load;
mod table;

use std::rc::Rc;

use yew::prelude::*;

use crate::report;
use crate::state::{self, Action, State};

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

/// Starts the report in `<main id="kenes">` (or the body).
pub fn mount() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the report runs in a page");
    match document.get_element_by_id("kenes") {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The width a chart is shown at in a window `viewport` pixels wide, as the
/// stylesheet lays charts out (two columns above 900 px), rounded down to 20 px
/// so that resizing redraws charts only now and then.
fn chart_width(viewport: f64) -> u32 {
    let page = viewport.min(1280.0) - if viewport <= 520.0 { 19.2 } else { 32.0 };
    let column = if viewport > 900.0 {
        (page - 16.0) / 2.0
    } else {
        page
    };
    // The figure's padding and border.
    let inner = (column - 27.6).max(280.0);
    (inner as u32) / 20 * 20
}

fn chart_width_now() -> u32 {
    chart_width(crate::platform::viewport_width())
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };

    // The first load: `?data=URL`, else a dataset baked into the page, else
    // the demo next to the page.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            load::initial(dispatch);
        });
    }

    let loaded = state.0.loaded.clone();
    let language = state.0.language.clone();

    // Charts are laid out for the width they are shown at, so their text
    // keeps its size on a phone as on a projector.
    let chart_width = use_state(|| chart_width(crate::platform::viewport_width()));
    {
        let chart_width = chart_width.clone();
        use_effect_with((), move |_| {
            let listener = crate::platform::on_resize(move || {
                chart_width.set(chart_width_now());
            });
            move || drop(listener)
        });
    }

    // Once a dataset is on screen, say so to tests and to the browser tab.
    {
        let loaded = loaded.clone();
        let language = language.clone();
        use_effect_with(
            loaded.as_ref().map(|l| Rc::as_ptr(l) as usize),
            move |shown| {
                if shown.is_some() {
                    if let Some(l) = &loaded {
                        let title = l.dataset.title.get(&language, l.dataset.default_language());
                        crate::platform::set_title(&format!("{title} — Kenes"));
                    }
                    crate::platform::set_document_language(&language);
                    crate::platform::set_ready(true);
                }
            },
        );
    }

    // A refused load leaves the dataset on screen whole: say so again.
    {
        let shown = loaded.is_some();
        use_effect_with(state.0.load_error.clone(), move |error| {
            if error.is_some() && shown {
                crate::platform::set_ready(true);
            }
        });
    }

    let view = {
        let loaded = loaded.clone();
        use_memo(
            (
                loaded.as_ref().map(|l| Rc::as_ptr(l) as usize),
                state.0.filter.clone(),
                language.clone(),
                *chart_width,
            ),
            move |(_, filter, language, width)| {
                loaded.as_ref().map(|l| {
                    Shared(Rc::new(report::build(
                        &l.dataset, &l.index, filter, None, language, *width,
                    )))
                })
            },
        )
    };

    let on_drop = load::drop_handler(dispatch.clone());
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());

    html! {
        <div class="kenes" ondrop={on_drop} ondragover={on_dragover}>
            <a class="skip-link" href="#results">{ "Skip to results" }</a>
            <header::Header
                loaded={loaded.clone().map(Shared)}
                loading={state.0.loading.clone()}
                load_error={state.0.load_error.clone()}
                language={language.clone()}
                on_action={dispatch.clone()}
            />
            {
                match (loaded.clone().map(Shared), (*view).clone()) {
                    (Some(loaded), Some(view)) => html! {
                        <>
                            <filters::Filters
                                loaded={loaded.clone()}
                                filter={state.0.filter.clone()}
                                language={language.clone()}
                                on_action={dispatch.clone()}
                            />
                            <main id="results">
                                <dashboard::Dashboard
                                    loaded={loaded.clone()}
                                    view={view.clone()}
                                    language={language.clone()}
                                    on_action={dispatch.clone()}
                                />
                                <table::Table
                                    loaded={loaded.clone()}
                                    view={view.clone()}
                                    sort={state.0.sort}
                                    page={state.0.page}
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
                        </>
                    },
                    _ => html! {},
                }
            }
        </div>
    }
}
