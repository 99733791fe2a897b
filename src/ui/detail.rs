//! The full record of one recommendation, in a dialog: its text, where and
//! when it was made, who proposed it and who must act, its history and links.

use yew::prelude::*;

use super::header::is_web_link;
use super::modal::use_modal;
use super::Shared;
use crate::dataset::{RecIx, Text};
use crate::i18n::{self, tr, Msg};
use crate::state::{Action, Loaded};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub rec: RecIx,
    pub language: String,
    pub on_action: Callback<Action>,
}

#[function_component(Detail)]
pub fn detail(props: &Props) -> Html {
    let ds = &props.loaded.dataset;
    let lang = props.language.as_str();
    let default = ds.default_language();
    let Some(rec) = ds.recommendations.get(props.rec as usize) else {
        return html! {};
    };
    let text = |t: &Text| t.get(lang, default).to_string();
    let close = props.on_action.reform(|_| Action::ShowDetail(None));
    // Keyboard users land on the close button, stay in the dialog, and go
    // back to the row they opened it from.
    let (dialog_ref, close_ref) = (use_node_ref(), use_node_ref());
    let on_key = use_modal(
        dialog_ref.clone(),
        close_ref.clone(),
        props.on_action.reform(|_| Action::ShowDetail(None)),
    );
    let session = &ds.sessions[rec.session as usize];
    let bodies = |ixs: &[u32]| {
        ixs.iter()
            .map(|&b| text(&ds.bodies[b as usize].name))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let row = |label: &str, value: Html| html! { <div><dt>{ label }</dt><dd>{ value }</dd></div> };
    let link = |url: &str| {
        if is_web_link(url) {
            html! { <a href={url.to_string()} rel="noopener noreferrer" target="_blank">{ url }</a> }
        } else {
            html! { <span class="unsafe-url">{ url }</span> }
        }
    };
    html! {
        <div class="backdrop" onclick={close.clone()}>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="detail-title"
                data-detail={rec.id.clone()} ref={dialog_ref} tabindex="-1"
                onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}
                onkeydown={on_key}>
                <div class="dialog-head">
                    <h2 id="detail-title">{ &rec.id }</h2>
                    <button type="button" ref={close_ref} class="close" aria-label={tr(lang, Msg::Close)} onclick={close}>{ "×" }</button>
                </div>
                <p class="full-text">{ text(&rec.text) }</p>
                <dl class="record">
                    { row(tr(lang, Msg::Session), html! {
                        <>
                            { text(&session.title) }{ " — " }{ i18n::format_date(lang, session.date) }
                            if let Some(url) = &session.url { { " " }{ link(url) } }
                        </>
                    }) }
                    { row(tr(lang, Msg::Status), html! { text(&ds.statuses[rec.status as usize].name) }) }
                    { row(tr(lang, Msg::Theme), html! {
                        rec.themes.iter().map(|&t| text(&ds.themes[t as usize].name)).collect::<Vec<_>>().join("; ")
                    }) }
                    { row(tr(lang, Msg::Addressee), html! { bodies(&rec.addressees) }) }
                    if !rec.proposed_by.is_empty() {
                        { row(tr(lang, Msg::Proposer), html! { bodies(&rec.proposed_by) }) }
                    }
                    if let Some(plan) = rec.plan {
                        { row(tr(lang, Msg::Plan), html! { text(&ds.plans[plan as usize].name) }) }
                    }
                    if let Some(due) = rec.due {
                        { row(tr(lang, Msg::Due), html! { i18n::format_date(lang, due) }) }
                    }
                    if !rec.tags.is_empty() {
                        { row(tr(lang, Msg::Tags), html! { rec.tags.join(", ") }) }
                    }
                    if let Some(note) = &rec.note {
                        { row(tr(lang, Msg::Note), html! { text(note) }) }
                    }
                    if let Some(url) = &rec.url {
                        { row(tr(lang, Msg::Document), link(url)) }
                    }
                </dl>
                if !rec.history.is_empty() {
                    <h3>{ tr(lang, Msg::History) }</h3>
                    <ol class="history">
                        { for rec.history.iter().map(|change| html! {
                            <li>
                                <time datetime={change.date.to_string()}>{ i18n::format_date(lang, change.date) }</time>
                                { " — " }
                                <strong>{ text(&ds.statuses[change.status as usize].name) }</strong>
                                if let Some(note) = &change.note {
                                    { ": " }{ text(note) }
                                }
                            </li>
                        }) }
                    </ol>
                }
            </div>
        </div>
    }
}
