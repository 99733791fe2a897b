//! Files the report gives to the user: downloads of text and bytes, and a
//! chart's SVG drawn onto a canvas to make a PNG.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{closure::Closure, JsCast};

use super::{document, js_message};

/// Offers `bytes` to the user as a file called `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let blob = blob(mime, bytes)?;
    download_blob(name, &blob)
}

fn blob(mime: &str, bytes: &[u8]) -> Result<web_sys::Blob, String> {
    let array = Uint8Array::from(bytes);
    let parts = Array::of1(&array.buffer());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(js_message)
}

fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(js_message)?;
    download_url(name, &url)?;
    // Let the browser start the download before the address goes away.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = web_sys::window()
        .ok_or("no window")?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}

/// Offers the resource at `url` (a `blob:` or `data:` address) as a file.
fn download_url(name: &str, url: &str) -> Result<(), String> {
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(js_message)?
        .dyn_into()
        .map_err(|e| js_message(e.into()))?;
    anchor.set_href(url);
    anchor.set_download(name);
    anchor.set_rel("noopener");
    let body = document().body().ok_or("the page has no body")?;
    body.append_child(&anchor).map_err(js_message)?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    Ok(())
}

/// Draws an SVG (whose root has `width` and `height`) at `scale` times its
/// size onto a white canvas and offers it as a PNG file called `name`.
pub async fn download_png(
    name: &str,
    svg: &str,
    width: f64,
    height: f64,
    scale: f64,
) -> Result<(), String> {
    let svg_blob = blob("image/svg+xml", svg.as_bytes())?;
    let url = web_sys::Url::create_object_url_with_blob(&svg_blob).map_err(js_message)?;
    let image = web_sys::HtmlImageElement::new().map_err(js_message)?;
    image.set_src(&url);
    // Awaiting `decode` also keeps the image alive until it has loaded: an
    // image held only by an `onload` callback may be collected first.
    let decoded = wasm_bindgen_futures::JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(js_message)?;

    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(js_message)?
        .dyn_into()
        .map_err(|e| js_message(e.into()))?;
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(js_message)?
        .ok_or("no 2d canvas")?
        .dyn_into()
        .map_err(|e| js_message(e.into()))?;
    // A white ground: a transparent PNG pasted into a dark slide loses its text.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, width * scale, height * scale);
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            width * scale,
            height * scale,
        )
        .map_err(js_message)?;
    let data_url = canvas
        .to_data_url_with_type("image/png")
        .map_err(js_message)?;
    download_url(name, &data_url)
}

/// Copies text to the clipboard; `false` when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}
