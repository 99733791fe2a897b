//! Embedding: the report reduced to one chart (or the headline figures) for
//! an `<iframe>` on another site, and the dialog that gives the code for it.
//!
//! An embedded report keeps the filters and language of its link, shows the
//! chart's title, a one-line source and as-of note and a link to the full
//! report, and tells the embedding page its height with
//! `postMessage({ type: "kenes:height", height, embed })` (README has the
//! snippet that resizes the iframe with it).

use yew::prelude::*;

use super::chart::ChartFigure;
use super::dashboard::Kpis;
use super::modal::use_modal;
use super::Shared;
use crate::i18n::{self, tr, Msg};
use crate::platform::{self, location};
use crate::report::{ChartId, View};
use crate::state::{Action, Loaded};
use crate::url_state::{self, Embed, ViewState};

#[derive(Properties, PartialEq)]
pub struct EmbeddedProps {
    pub loaded: Shared<Loaded>,
    pub view: Shared<View>,
    pub embed: Embed,
    /// The link to the same view in the full report.
    pub full_report: String,
    pub language: String,
    pub on_action: Callback<Action>,
}

#[function_component(Embedded)]
pub fn embedded(props: &EmbeddedProps) -> Html {
    let lang = props.language.as_str();
    let ds = &props.loaded.dataset;
    let key = match props.embed {
        Embed::Chart(id) => id.as_str(),
        Embed::Kpis => "kpis",
    };

    // Tell the embedding page our height now and whenever it changes.
    {
        let key = key.to_string();
        use_effect_with(key.clone(), move |_| {
            location::post_height(&key);
            let again = key.clone();
            let watch = location::observe_content_size(move || location::post_height(&again));
            move || drop(watch)
        });
    }
    {
        let key = key.to_string();
        use_effect_with((props.view.clone(), props.language.clone()), move |_| {
            location::post_height(&key);
        });
    }

    let body = match props.embed {
        Embed::Kpis => html! {
            <>
                <h2 class="embed-title">{ ds.title.get(lang, ds.default_language()) }</h2>
                <Kpis view={props.view.clone()} language={props.language.clone()} />
            </>
        },
        Embed::Chart(id) => match props.view.charts.iter().find(|c| c.id == id) {
            Some(chart) => html! {
                <ChartFigure
                    loaded={props.loaded.clone()}
                    chart={chart.clone()}
                    language={props.language.clone()}
                    on_action={props.on_action.clone()}
                    tools={false}
                />
            },
            None => html! {},
        },
    };
    let source = i18n::embed_source(lang, ds.title.get(lang, ds.default_language()), ds.as_of);
    // The embed is a page of its own (in its frame): its content is `main`.
    html! {
        <main class="embedded" data-embed={key}>
            { body }
            <p class="embed-note">
                { format!("{source} · ") }
                <a href={props.full_report.clone()} target="_blank" rel="noopener noreferrer">
                    { tr(lang, Msg::FullReport) }
                </a>
            </p>
        </main>
    }
}

/// The address of the current view with `embed` set (or cleared).
pub fn link(loaded: &Loaded, view: &ViewState, embed: Option<Embed>) -> String {
    let view = ViewState {
        embed,
        ..view.clone()
    };
    format!(
        "{}#{}",
        location::address_without_hash(),
        url_state::encode(&loaded.dataset, &view)
    )
}

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub loaded: Shared<Loaded>,
    pub view: ViewState,
    pub chart: ChartId,
    pub title: String,
    pub language: String,
    pub on_action: Callback<Action>,
}

/// The dialog with the `<iframe>` code for a chart in the current view.
#[function_component(EmbedCode)]
pub fn embed_code(props: &EmbedCodeProps) -> Html {
    let lang = props.language.as_str();
    let copied = use_state(|| false);
    let src = link(&props.loaded, &props.view, Some(Embed::Chart(props.chart)));
    let code = format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"480\" \
         style=\"border:0;width:100%\" loading=\"lazy\" sandbox=\"allow-scripts allow-popups\"></iframe>",
        attr(&src),
        attr(&props.title)
    );
    let on_copy = {
        let copied = copied.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let code = code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(platform::files::copy_text(&code).await);
            });
        })
    };
    // Keyboard users land on the code, stay in the dialog, and go back to
    // the chart's Embed button.
    let (dialog_ref, code_ref) = (use_node_ref(), use_node_ref());
    let on_key = use_modal(
        dialog_ref.clone(),
        code_ref.clone(),
        props.on_action.reform(|_| Action::ShowEmbedCode(None)),
    );
    let close = props.on_action.reform(|_| Action::ShowEmbedCode(None));
    html! {
        <div class="backdrop" onclick={close.clone()}>
            <div class="dialog embed-code" role="dialog" aria-modal="true" aria-labelledby="embed-title"
                ref={dialog_ref} tabindex="-1"
                onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} onkeydown={on_key}>
                <div class="dialog-head">
                    <h2 id="embed-title">{ i18n::embed_title(lang, &props.title) }</h2>
                    <button type="button" class="close" aria-label={tr(lang, Msg::Close)} onclick={close}>{ "×" }</button>
                </div>
                <p>{ tr(lang, Msg::EmbedExplain) }</p>
                <label for="embed-code-text">{ tr(lang, Msg::EmbedCode) }</label>
                <textarea id="embed-code-text" ref={code_ref} readonly=true data-embed-code="" value={code} />
                <p>
                    <button type="button" onclick={on_copy}>{ tr(lang, Msg::CopyCode) }</button>
                    if *copied {
                        <span class="copied" role="status">{ tr(lang, Msg::Copied) }</span>
                    }
                </p>
                <p class="hint">{ tr(lang, Msg::EmbedHeightHint) }</p>
            </div>
        </div>
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
