//! What every dialog of the report does for people on a keyboard: the focus
//! moves into it when it opens, Tab and Shift+Tab go round inside it while it
//! is open, Escape closes it, and the focus goes back to the control that
//! opened it when it closes (by Escape, its close button or a click beside
//! it).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// What can take the focus inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// Makes the element behind `dialog` modal for the keyboard: when the
/// component mounts, `first` takes the focus and the element that had it is
/// remembered; when it unmounts, that element gets the focus back. Returns
/// the `onkeydown` handler for the dialog, which keeps Tab inside and calls
/// `on_close` on Escape.
#[hook]
pub fn use_modal(
    dialog: NodeRef,
    first: NodeRef,
    on_close: Callback<()>,
) -> Callback<KeyboardEvent> {
    use_effect_with((), move |_| {
        let opener = document().and_then(|d| d.active_element());
        if let Some(first) = first.cast::<HtmlElement>() {
            let _ = first.focus();
        }
        move || {
            if let Some(opener) = opener.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                if opener.is_connected() {
                    let _ = opener.focus();
                }
            }
        }
    });
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            on_close.emit(());
        }
        "Tab" => keep_inside(&dialog, &e),
        _ => {}
    })
}

/// Tab on the last control goes to the first, Shift+Tab on the first to the
/// last; from anywhere else in the dialog (its text, once clicked) Tab goes
/// to the first control.
fn keep_inside(dialog: &NodeRef, e: &KeyboardEvent) {
    let Some(dialog) = dialog.cast::<Element>() else {
        return;
    };
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let controls: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        e.prevent_default();
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let is = |el: &HtmlElement| active.as_ref() == Some(el.as_ref());
    let on_a_control = controls.iter().any(is);
    let to = if e.shift_key() {
        (is(first) || !on_a_control).then_some(last)
    } else {
        (is(last) || !on_a_control).then_some(first)
    };
    if let Some(to) = to {
        e.prevent_default();
        let _ = to.focus();
    }
}

/// Moves the focus to the first element that matches `selector`, if any.
pub fn focus(selector: &str) {
    let element = document().and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Whether nothing has the focus (it was on an element that is gone).
pub fn focus_was_lost() -> bool {
    let document = document();
    match document.as_ref().and_then(|d| d.active_element()) {
        None => true,
        Some(active) => document
            .and_then(|d| d.body())
            .is_some_and(|body| active.is_same_node(Some(&body))),
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}
