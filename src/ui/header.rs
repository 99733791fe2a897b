//! The report's header: what the data is, who publishes it, as of when, where
//! it comes from; the controls to load another dataset; the progress of a
//! load; and the problems validation found.

use yew::prelude::*;

use super::{load, Shared};
use crate::bundle;
use crate::dataset;
use crate::dataset::Severity;
use crate::export;
use crate::i18n::{self, tr, Msg};
use crate::platform;
use crate::state::{Action, LoadError, Loaded, Loading, Source};

/// Problems listed on the page; the rest are counted. A file with tens of
/// thousands of problems is better fixed from the first ones.
const PROBLEMS_SHOWN: usize = 1_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Option<Shared<Loaded>>,
    pub loading: Loading,
    pub load_error: Option<LoadError>,
    pub language: String,
    pub on_action: Callback<Action>,
    /// How many views the user added to the presentation.
    #[prop_or_default]
    pub added_slides: usize,
}

#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let lang = props.language.as_str();
    let on_file = {
        let dispatch = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load::load_file(file, dispatch.clone());
            }
            // Let the same file be chosen again after it is edited.
            input.set_value("");
        })
    };
    let saving = use_state(|| None::<String>);
    let on_save = props.loaded.clone().map(|loaded| {
        let saving = saving.clone();
        let lang_owned = props.language.clone();
        Callback::from(move |_| {
            let loaded = loaded.clone();
            let saving = saving.clone();
            saving.set(Some(tr(&lang_owned, Msg::PreparingReport).into()));
            let lang = lang_owned.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match save_report(&loaded).await {
                    Ok(()) => saving.set(None),
                    Err(message) => saving.set(Some(i18n::report_not_saved(&lang, &message))),
                }
            });
        })
    });
    let about = props.loaded.as_ref().map(|l| {
        let ds = &l.dataset;
        let default = ds.default_language();
        let text = |t: &crate::dataset::Text| t.get(lang, default).to_string();
        html! {
            <div class="about">
                <h1>{ text(&ds.title) }</h1>
                if let Some(description) = &ds.description {
                    <p class="description">{ text(description) }</p>
                }
                <dl class="meta">
                    if let Some(publisher) = &ds.publisher {
                        <div><dt>{ tr(lang, Msg::PublishedBy) }</dt><dd>{ text(publisher) }</dd></div>
                    }
                    if let Some(as_of) = ds.as_of {
                        <div>
                            <dt>{ tr(lang, Msg::DataAsOf) }</dt>
                            <dd data-as-of={as_of.to_string()}>{ i18n::format_date(lang, as_of) }</dd>
                        </div>
                    }
                    if let Some(url) = ds.source_url.as_deref().filter(|u| is_web_link(u)) {
                        <div>
                            <dt>{ tr(lang, Msg::Source) }</dt>
                            <dd><a href={url.to_string()} rel="noopener noreferrer" target="_blank">{ url }</a></dd>
                        </div>
                    }
                    <div><dt>{ tr(lang, Msg::Dataset) }</dt><dd class="source">{ source_label(lang, &l.source) }</dd></div>
                </dl>
            </div>
        }
    });
    let on_language = props.on_action.reform(|e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        Action::SetLanguage(select.value())
    });
    let languages = html! {
        <label class="field language" for="language">
            <span>{ tr(lang, Msg::Language) }</span>
            // Each language is named in itself, as readers look for it.
            <select id="language" data-action="language" translate="no" onchange={on_language}>
                { for i18n::Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} selected={l.code() == lang}>{ l.own_name() }</option>
                }) }
            </select>
        </label>
    };
    html! {
        <header class="report-header">
            { languages }
            { about.unwrap_or_else(|| html! { <div class="about"><h1>{ "Kenes" }</h1></div> }) }
            <div class="load">
                <label class="button">
                    { tr(lang, Msg::OpenDataset) }
                    <input type="file" accept=".json,application/json" onchange={on_file} />
                </label>
                <span class="hint">{ tr(lang, Msg::DropHint) }</span>
                if let Some(on_save) = on_save {
                    <button type="button" class="save-report" data-action="download-report" onclick={on_save}>
                        { tr(lang, Msg::DownloadReport) }
                    </button>
                }
                if props.loaded.is_some() {
                    <button type="button" data-action="present" onclick={props.on_action.reform(|_| Action::Present(Some(0)))}>
                        { tr(lang, Msg::Present) }
                    </button>
                    <button type="button" data-action="print" onclick={Callback::from(|_| platform::print())}>
                        { tr(lang, Msg::Print) }
                    </button>
                    <button type="button" data-action="add-slide" onclick={props.on_action.reform(|_| Action::AddSlide)}>
                        { tr(lang, Msg::AddSlide) }
                    </button>
                    if props.added_slides > 0 {
                        <span class="hint" data-added-slides={props.added_slides.to_string()}>
                            { i18n::added_slides(lang, props.added_slides as u64) }
                        </span>
                        <button type="button" class="link" onclick={props.on_action.reform(move |_| Action::RemoveSlide(usize::MAX))}>
                            { tr(lang, Msg::RemoveLastSlide) }
                        </button>
                    }
                }
                if let Some(message) = &*saving {
                    <span class="hint" role="status">{ message }</span>
                }
            </div>
            { progress(lang, &props.loading) }
            { problems(props) }
        </header>
    }
}

/// Saves the report as one HTML file with the dataset on screen inside, so a
/// person who loaded a file can pass the whole report on. The single file
/// rebuilds itself from its own parts; the hosted build fetches the
/// `kenes.html` beside it and puts the dataset in.
async fn save_report(loaded: &Loaded) -> Result<(), String> {
    let ds = &loaded.dataset;
    let lang = ds.default_language();
    let title = format!("{} — Kenes", ds.title.get(lang, lang));
    let json = dataset::to_json(ds, dataset::Subset::ALL);
    let html = match platform::own_single_file_parts() {
        Some(own) => bundle::assemble(&bundle::Parts {
            lang,
            title: &title,
            csp: &own.csp,
            css: &own.css,
            script: &own.script,
            data_json: Some(&json),
            favicon_data_uri: own.favicon.as_deref(),
        }),
        None => {
            let template = platform::fetch_bytes("kenes.html")
                .await
                .map_err(|reason| i18n::not_loaded_reason(lang, &reason))?;
            let template =
                String::from_utf8(template).map_err(|_| "kenes.html is not UTF-8".to_string())?;
            bundle::replace_data(&template, &json)
                .and_then(|html| bundle::replace_title(&html, lang, &title))
                .ok_or("kenes.html next to the report is not a Kenes single file")?
        }
    };
    let name = export::file_name(
        ds.title.get(lang, lang),
        "report",
        &platform::today(),
        "html",
    );
    platform::files::download(&name, "text/html;charset=utf-8", html.as_bytes())
}

/// Only http and https addresses become links: a `javascript:` or `data:`
/// address from a dataset is shown as text.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn progress(lang: &str, loading: &Loading) -> Html {
    let (label, value, max) = match loading {
        Loading::Idle => return html! {},
        Loading::Reading {
            source,
            bytes,
            total,
        } => (
            i18n::reading_progress(lang, &source_label(lang, source), *bytes, *total),
            *bytes,
            *total,
        ),
        Loading::Validating {
            source,
            done,
            total,
        } => (
            i18n::checking_progress(
                lang,
                &source_label(lang, source),
                *done as u64,
                *total as u64,
            ),
            *done as u64,
            Some(*total as u64),
        ),
    };
    html! {
        <div class="progress" role="status" aria-live="polite" data-loading="">
            <span>{ label }</span>
            if let Some(max) = max {
                <progress value={value.to_string()} max={max.max(1).to_string()} />
            } else {
                <progress />
            }
        </div>
    }
}

fn problems(props: &Props) -> Html {
    let lang = props.language.as_str();
    if let Some(error) = &props.load_error {
        let dismiss = props.on_action.reform(|_| Action::DismissError);
        let message = i18n::not_loaded(
            lang,
            &source_label(lang, &error.source),
            &i18n::not_loaded_reason(lang, &error.reason),
        );
        return html! {
            <section class="problems refused" data-problems="" role="alert">
                <h2>{ tr(lang, Msg::DatasetNotLoaded) }</h2>
                <ul><li class="error">{ message }</li></ul>
                <p>{ tr(lang, Msg::StillShowsPrevious) }</p>
                <button type="button" onclick={dismiss}>{ tr(lang, Msg::Dismiss) }</button>
            </section>
        };
    }
    let Some(loaded) = &props.loaded else {
        return html! {};
    };
    if loaded.problems.is_empty() {
        return html! {};
    }
    let errors = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = loaded.problems.len() - errors;
    let hidden = loaded.problems.len().saturating_sub(PROBLEMS_SHOWN);
    let left_out = i18n::left_out_summary(lang, &loaded.left_out);
    html! {
        <>
        if !left_out.is_empty() {
            <p class="left-out" data-left-out="" role="status">{ left_out }</p>
        }
        <details class="problems" data-problems="" data-count={loaded.problems.len().to_string()} open={errors > 0}>
            <summary>
                { i18n::problems_summary(lang, &source_label(lang, &loaded.source), errors as u64, warnings as u64) }
            </summary>
            <ul>
                { for loaded.problems.iter().take(PROBLEMS_SHOWN).map(|p| {
                    let class = if p.severity == Severity::Error { "error" } else { "warning" };
                    html! { <li class={class}>{ i18n::problem_message(lang, p) }</li> }
                }) }
            </ul>
            if hidden > 0 {
                <p>{ i18n::more_not_listed(lang, hidden as u64) }</p>
            }
        </details>
        </>
    }
}

/// The name of where a dataset came from, in `lang`: a file name or address
/// as it is, the built-in sources in words.
pub fn source_label(lang: &str, source: &Source) -> String {
    match source {
        Source::Demo => tr(lang, Msg::SourceDemo).to_string(),
        Source::ThisReport => tr(lang, Msg::SourceThisReport).to_string(),
        Source::Named(name) => name.clone(),
    }
}
