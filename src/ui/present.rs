//! Presentation mode: the report as slides for a projector (`#present`).
//!
//! Every slide of the deck (see `deck`) is a `section[data-slide]`; the one on
//! screen has `aria-current="step"`, the others are hidden. Arrows,
//! PageUp/PageDown (what presentation clickers send), Home/End move; F shows
//! the slides full screen; Escape goes back to the report. The slide number
//! is in the address, so a prepared deck is one link.
//!
//! Charts on slides are laid out for two thirds of the slide's width and
//! shown across it, so their smallest text (12 px) is 18 px on the wall.

use yew::prelude::*;

use super::chart::ChartFigure;
use super::dashboard::Kpis;
use super::filters::value_label;
use super::Shared;
use crate::dataset::Dataset;
use crate::deck::{self, SlideKind};
use crate::i18n::{self, tr, Msg};
use crate::platform;
use crate::report::{Changed, ChartId, View};
use crate::state::{Action, Facet, Loaded};
use crate::url_state::Slide;

/// How much larger than laid out a chart is shown on a slide.
pub const CHART_SCALE: f64 = 1.5;
/// How many themes or bodies a ranking shows on a slide.
pub const SLIDE_RANKING_LIMIT: usize = 6;

/// The width charts are laid out for on slides in a window of that size.
pub fn slide_chart_width(viewport: f64) -> u32 {
    let content = viewport - 2.0 * slide_padding(viewport);
    ((content / CHART_SCALE) as u32 / 20 * 20).clamp(280, 1200)
}

fn slide_padding(viewport: f64) -> f64 {
    (viewport * 0.03).max(24.0)
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    /// The report's view, laid out for slides.
    pub view: Shared<View>,
    /// The views the user added, each with its own figures.
    pub added: Vec<(Slide, Shared<View>)>,
    /// What changed between the view's two days.
    pub changed: Option<Shared<Changed>>,
    /// The slide on screen.
    pub current: usize,
    pub language: String,
    pub on_action: Callback<Action>,
}

#[function_component(Presentation)]
pub fn presentation(props: &Props) -> Html {
    let slides = deck::deck(props.added.len());
    let len = slides.len();
    let current = props.current.min(len - 1);

    // Keys move through the deck while it is on screen.
    {
        let dispatch = props.on_action.clone();
        use_effect_with((current, len), move |&(current, len)| {
            let listener = platform::on_keydown(move |key| {
                if deck::leaves(key) {
                    dispatch.emit(Action::Present(None));
                    true
                } else if key == "f" || key == "F" {
                    platform::toggle_fullscreen();
                    true
                } else if let Some(next) = deck::step(key, current, len) {
                    if next != current {
                        dispatch.emit(Action::Present(Some(next)));
                    }
                    true
                } else {
                    false
                }
            });
            move || drop(listener)
        });
    }

    // The deck takes the focus when it opens, so that a screen reader starts
    // on the slides (the button that opened them is gone).
    let deck_ref = use_node_ref();
    {
        let deck_ref = deck_ref.clone();
        use_effect_with((), move |_| {
            if let Some(deck) = deck_ref.cast::<web_sys::HtmlElement>() {
                let _ = deck.focus();
            }
        });
    }

    let lang = props.language.as_str();
    let ds = &props.loaded.dataset;
    let title = ds.title.get(lang, ds.default_language()).to_string();
    let go = |to: usize| props.on_action.reform(move |_| Action::Present(Some(to)));
    html! {
        <div class="deck" role="region" aria-roledescription="slides" aria-label={title.clone()}
            ref={deck_ref} tabindex="-1">
            { for slides.iter().enumerate().map(|(i, &kind)| {
                let on_screen = i == current;
                html! {
                    <section class={classes!("slide", format!("slide-{}", kind.key()))}
                        data-slide={kind.key()}
                        aria-current={on_screen.then_some("step")}
                        aria-label={format!("{} / {}", i + 1, len)}
                        hidden={!on_screen}>
                        <div class="slide-body">
                            { if on_screen { slide(props, kind) } else { html! {} } }
                        </div>
                        <footer class="slide-foot">
                            <span class="slide-source">{ &title }</span>
                            <nav class="slide-nav" aria-label={tr(lang, Msg::Slides)}>
                                <button type="button" onclick={go(i.saturating_sub(1))} disabled={i == 0} aria-label={tr(lang, Msg::PreviousSlide)}>{ "‹" }</button>
                                <span class="slide-number">{ format!("{} / {}", i + 1, len) }</span>
                                <button type="button" onclick={go((i + 1).min(len - 1))} disabled={i + 1 == len} aria-label={tr(lang, Msg::NextSlide)}>{ "›" }</button>
                                <button type="button" data-action="leave-present" onclick={props.on_action.reform(|_| Action::Present(None))}>
                                    { tr(lang, Msg::Close) }
                                </button>
                            </nav>
                        </footer>
                    </section>
                }
            }) }
        </div>
    }
}

fn slide(props: &Props, kind: SlideKind) -> Html {
    let lang = props.language.as_str();
    let ds = &props.loaded.dataset;
    let text = |t: &crate::dataset::Text| t.get(lang, ds.default_language()).to_string();
    let chart = |view: &Shared<View>, id: ChartId| {
        view.charts.iter().find(|c| c.id == id).map(|c| {
            html! {
                <ChartFigure
                    loaded={props.loaded.clone()}
                    chart={c.clone()}
                    language={props.language.clone()}
                    on_action={props.on_action.clone()}
                    tools={false}
                    caption={false}
                />
            }
        })
    };
    match kind {
        SlideKind::Title => {
            let years: Vec<i32> = ds.sessions.iter().map(|s| s.date.year()).collect();
            let period = match (years.iter().min(), years.iter().max()) {
                (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            };
            let day = props.view.as_of.or(ds.as_of);
            html! {
                <div class="title-slide">
                    <h1>{ text(&ds.title) }</h1>
                    <p class="period">{ format!("{}: {period}", tr(lang, Msg::Sessions)) }</p>
                    if let Some(day) = day {
                        <p class="as-of">{ format!("{} {}", tr(lang, Msg::DataAsOf), i18n::format_date(lang, day)) }</p>
                    }
                    if let Some(publisher) = &ds.publisher {
                        <p class="publisher">{ text(publisher) }</p>
                    }
                </div>
            }
        }
        SlideKind::Headline => html! {
            <>
                <h2>{ view_heading(ds, lang, &props.view, &Slide::default()) }</h2>
                <Kpis view={props.view.clone()} language={props.language.clone()} />
            </>
        },
        SlideKind::Chart(id) => chart(&props.view, id).unwrap_or_default(),
        SlideKind::Changed => changed_slide(props),
        SlideKind::Added(i) => match props.added.get(i) {
            Some((slide, view)) => html! {
                <>
                    <h2>{ view_heading(ds, lang, view, slide) }</h2>
                    <Kpis view={view.clone()} language={props.language.clone()} />
                    { chart(view, slide.chart.unwrap_or(ChartId::ByStatus)).unwrap_or_default() }
                </>
            },
            None => html! {},
        },
        SlideKind::End => html! {
            <div class="end-slide">
                <h2>{ tr(lang, Msg::Source) }</h2>
                <p>{ text(&ds.title) }</p>
                if let Some(publisher) = &ds.publisher {
                    <p>{ text(publisher) }</p>
                }
                if let Some(url) = ds.source_url.as_deref().filter(|u| super::header::is_web_link(u)) {
                    <p class="source-url"><a href={url.to_string()} rel="noopener noreferrer" target="_blank">{ url }</a></p>
                }
                <p class="made-with">{ "Kenes" }</p>
            </div>
        },
    }
}

/// What a view shows, in words: its filters and its day.
fn view_heading(ds: &Dataset, lang: &str, view: &View, slide: &Slide) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some((a, b)) = slide.filter.years {
        parts.push(if a == b {
            a.to_string()
        } else {
            format!("{a}–{b}")
        });
    }
    for facet in Facet::ALL {
        for ix in facet.values(&slide.filter) {
            parts.push(value_label(ds, lang, facet, ix));
        }
    }
    if !slide.filter.text.trim().is_empty() {
        parts.push(format!("“{}”", slide.filter.text.trim()));
    }
    if let Some(day) = view.as_of.or(ds.as_of) {
        parts.push(format!(
            "{} {}",
            tr(lang, Msg::DataAsOf),
            i18n::format_date(lang, day)
        ));
    }
    if parts.len() == 1 {
        return format!("{} · {}", tr(lang, Msg::Recommendations), parts[0]);
    }
    parts.join(" · ")
}

/// The flow of statuses between the two days: on a projector the chart
/// alone carries it, its numbers in its labels.
fn changed_slide(props: &Props) -> Html {
    let lang = props.language.as_str();
    match &props.changed {
        Some(changed) => html! {
            <ChartFigure
                loaded={props.loaded.clone()}
                chart={changed.chart.clone()}
                language={props.language.clone()}
                on_action={props.on_action.clone()}
                tools={false}
                caption={false}
            />
        },
        None => html! { <h2>{ tr(lang, Msg::NoData) }</h2> },
    }
}
