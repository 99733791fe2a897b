//! The report as one self-contained HTML file (`kenes.html`): styles, the
//! WebAssembly module with its JavaScript glue, and optionally a dataset, all
//! inline, so the file works from `file://` with no network, from a USB stick
//! or an e-mail attachment.
//!
//! # Layout
//!
//! [`assemble`] writes exactly this, in this order (`{…}` are the [`Parts`]):
//!
//! ```text
//! <!doctype html>
//! <html lang="{lang}">
//! <head>
//! <meta charset="utf-8">
//! <meta http-equiv="Content-Security-Policy" content="{csp}">
//! <meta name="viewport" content="width=device-width, initial-scale=1">
//! <title>{title}</title>
//! <link rel="icon" href="{favicon_data_uri}">          (only with a favicon)
//! <style id="kenes-style">{css}</style>
//! </head>
//! <body>
//! <div id="kenes">…a "loading" line and a <noscript> note…</div>
//! <script type="application/json" id="kenes-data">{data_json, escaped}</script>
//! <script type="module" id="kenes-code">{script}</script>
//! </body>
//! </html>
//! ```
//!
//! - The data block is always there; it is empty without a dataset (the report
//!   then looks for `demo.json` next to the page, which `file://` forbids).
//!   The JSON is escaped so that it can never end its element or start an
//!   HTML comment inside it: `</` is written `<\/` and `<!--` is written
//!   `<\u0021--`. Both are JSON escapes inside strings, the only place a `<`
//!   can stand in valid JSON, so the block is the same JSON value.
//! - The module script is the wasm-bindgen `--target web` glue followed by a
//!   boot (see [`module_script`]) holding the module as base64 and
//!   instantiating it asynchronously (Chromium refuses to compile large
//!   modules synchronously on the main thread).
//! - The policy in `csp` is normally [`single_file_csp`]: it allows the one
//!   module script and the one style element by their SHA-256 and nothing
//!   else inline. The data block is not a script the browser runs, so it is
//!   not hashed: replacing it keeps the policy true.
//!
//! # Rebuilding a file from itself
//!
//! [`assemble`] is deterministic: the same parts give the same bytes. Every
//! part can be read back from the page the file shows, so the report can
//! save a copy of itself with other data:
//!
//! | part | read back as |
//! |---|---|
//! | `csp` | `meta[http-equiv=Content-Security-Policy]`'s `content` |
//! | `css` | `#kenes-style`'s `textContent` |
//! | `script` | `#kenes-code`'s `textContent` |
//! | `favicon_data_uri` | `link[rel=icon]`'s `href` attribute, if any |
//! | `lang`, `title` | `html[lang]` and `document.title` |
//!
//! `cargo xtask dist` builds the file with the title the report itself sets
//! once the dataset is shown (`"{dataset title} — Kenes"`, in the dataset's
//! default language) and that language as `lang`, so reading them back after
//! the report has started gives them unchanged. Titles are written with runs
//! of white space made one space, as `document.title` reports them.
//!
//! The text of a raw-text element reads back exactly as written only when it
//! has no carriage return (the HTML parser turns CR LF into LF) and no NUL;
//! [`check`] refuses such parts, and also a style or script that would end its
//! element early. The build runs [`check`]; parts read back from a page that
//! `assemble` wrote pass it by construction.
//!
//! A hosted report (`index.html` and its files) does not have these parts in
//! its page; it fetches `kenes.html` from next to itself and swaps in its
//! dataset with [`replace_data`] (and, if it likes, the page's language and
//! title with [`replace_title`]: the demo's are there until then).

use std::fmt::Write as _;

/// Everything that varies between single files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts<'a> {
    /// `html[lang]`, e.g. `en`.
    pub lang: &'a str,
    /// The `<title>`.
    pub title: &'a str,
    /// The Content-Security-Policy (see [`single_file_csp`]).
    pub csp: &'a str,
    /// The whole stylesheet.
    pub css: &'a str,
    /// The module script: glue and boot (see [`module_script`]).
    pub script: &'a str,
    /// The dataset, as a JSON document, or `None` for an empty data block.
    pub data_json: Option<&'a str>,
    /// A `data:` URI for `<link rel="icon">`, or `None` for no icon.
    pub favicon_data_uri: Option<&'a str>,
}

/// The start of the data block, exactly as [`assemble`] writes it.
pub const DATA_OPEN: &str = r#"<script type="application/json" id="kenes-data">"#;
const STYLE_OPEN: &str = r#"<style id="kenes-style">"#;
const CODE_OPEN: &str = r#"<script type="module" id="kenes-code">"#;
const SCRIPT_CLOSE: &str = "</script>";

/// The page's content before the report starts; the same as `index.html`'s.
/// A `div`, not a `main`: the report draws its own landmarks (header, main)
/// inside it.
const PLACEHOLDER: &str = "<div id=\"kenes\">\n\
<noscript>This report needs JavaScript and WebAssembly.</noscript>\n\
<p class=\"booting\">Loading the report…</p>\n\
</div>\n";

/// Writes the single file. See the module documentation for its layout.
/// Parts should pass [`check`]; ones that do not still give a file, but it
/// may not read back as it was built.
pub fn assemble(parts: &Parts) -> String {
    let data = parts.data_json.map(escape_json).unwrap_or_default();
    let mut html = String::with_capacity(
        parts.css.len() + parts.script.len() + data.len() + parts.csp.len() + 1024,
    );
    html.push_str("<!doctype html>\n");
    let _ = writeln!(html, "<html lang=\"{}\">", escape_attribute(parts.lang));
    html.push_str("<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        html,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escape_attribute(parts.csp)
    );
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        html,
        "<title>{}</title>",
        escape_text(&collapse_space(parts.title))
    );
    if let Some(icon) = parts.favicon_data_uri {
        let _ = writeln!(
            html,
            "<link rel=\"icon\" href=\"{}\">",
            escape_attribute(icon)
        );
    }
    let _ = writeln!(html, "{STYLE_OPEN}{}</style>", parts.css);
    html.push_str("</head>\n<body>\n");
    html.push_str(PLACEHOLDER);
    let _ = writeln!(html, "{DATA_OPEN}{data}{SCRIPT_CLOSE}");
    let _ = writeln!(html, "{CODE_OPEN}{}{SCRIPT_CLOSE}", parts.script);
    html.push_str("</body>\n</html>\n");
    html
}

/// Why a part cannot go into the file as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartError {
    /// Which part: `css`, `script`, `csp`, `lang`, `title` or `favicon`.
    pub part: &'static str,
    pub reason: &'static str,
}

impl std::fmt::Display for PartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the {} {}", self.part, self.reason)
    }
}

impl std::error::Error for PartError {}

/// Checks that every part reads back from the page exactly as given (see
/// the module documentation).
pub fn check(parts: &Parts) -> Result<(), PartError> {
    let raw = [("css", parts.css), ("script", parts.script)];
    for (part, text) in raw.iter().chain(&[
        ("csp", parts.csp),
        ("lang", parts.lang),
        ("title", parts.title),
    ]) {
        if text.contains(['\r', '\0']) {
            return Err(PartError {
                part,
                reason: "contains a carriage return or NUL, which the HTML parser changes",
            });
        }
    }
    let lower_css = parts.css.to_ascii_lowercase();
    if lower_css.contains("</style") {
        return Err(PartError {
            part: "css",
            reason: "contains \"</style\", which would end its element",
        });
    }
    let lower_script = parts.script.to_ascii_lowercase();
    if lower_script.contains("</script") || lower_script.contains("<!--") {
        return Err(PartError {
            part: "script",
            reason: "contains \"</script\" or \"<!--\", which would end its element early",
        });
    }
    if let Some(icon) = parts.favicon_data_uri {
        if !icon.starts_with("data:") {
            return Err(PartError {
                part: "favicon",
                reason: "is not a data: URI, which a file opened offline needs",
            });
        }
    }
    Ok(())
}

/// Replaces the dataset of a file written by [`assemble`], keeping every
/// other byte. `None` when `html` has no data block of that shape.
pub fn replace_data(html: &str, json: &str) -> Option<String> {
    let open = html.find(DATA_OPEN)? + DATA_OPEN.len();
    let close = open + html[open..].find(SCRIPT_CLOSE)?;
    let data = escape_json(json);
    let mut out = String::with_capacity(html.len() - (close - open) + data.len());
    out.push_str(&html[..open]);
    out.push_str(&data);
    out.push_str(&html[close..]);
    Some(out)
}

/// Replaces `html[lang]` and the `<title>` of a file written by
/// [`assemble`], as [`assemble`] writes them: with [`replace_data`], this
/// turns a file into the one `assemble` gives for the new dataset's language
/// and title. `None` when `html` does not start as `assemble` starts a file.
pub fn replace_title(html: &str, lang: &str, title: &str) -> Option<String> {
    const LANG_OPEN: &str = "<!doctype html>\n<html lang=\"";
    let lang_start = html.strip_prefix(LANG_OPEN).map(|_| LANG_OPEN.len())?;
    let lang_end = lang_start + html[lang_start..].find('"')?;
    let title_start = html.find("<title>")? + "<title>".len();
    let title_end = title_start + html[title_start..].find("</title>")?;
    if title_start < lang_end {
        return None;
    }
    let mut out = String::with_capacity(html.len() + title.len() + lang.len());
    out.push_str(&html[..lang_start]);
    out.push_str(&escape_attribute(lang));
    out.push_str(&html[lang_end..title_start]);
    out.push_str(&escape_text(&collapse_space(title)));
    out.push_str(&html[title_end..]);
    Some(out)
}

/// The dataset baked into a file written by [`assemble`], as written (still
/// escaped, and the same JSON value): `None` without a data block, `Some("")`
/// for an empty one.
pub fn data(html: &str) -> Option<&str> {
    let open = html.find(DATA_OPEN)? + DATA_OPEN.len();
    let close = open + html[open..].find(SCRIPT_CLOSE)?;
    Some(&html[open..close])
}

/// Escapes a JSON document for a `<script type="application/json">` element:
/// `</` becomes `<\/` and `<!--` becomes `<\u0021--`. In valid JSON a `<`
/// stands only inside a string, where both are escapes of the same text.
pub fn escape_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 64);
    let mut rest = json;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(next) = after.strip_prefix('/') {
            out.push_str("<\\/");
            rest = next;
        } else if let Some(next) = after.strip_prefix("!--") {
            out.push_str("<\\u0021--");
            rest = next;
        } else {
            out.push('<');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// The module script of a single file: the wasm-bindgen `--target web` glue
/// as generated, then a boot that decodes `wasm` from base64 and calls the
/// glue's initialiser, whose local name is `init` (the function the glue
/// exports as `default`), with the bytes. The boot's own names start with
/// `__kenes_` so that they cannot clash with the glue's.
pub fn module_script(glue: &str, init: &str, wasm: &[u8]) -> String {
    let encoded = base64(wasm);
    let mut script = String::with_capacity(glue.len() + encoded.len() + 512);
    script.push_str(glue.trim_end());
    script.push_str(
        "\n\n// Kenes single file: the WebAssembly module, base64, instantiated from memory.\n",
    );
    let _ = writeln!(script, "const __kenes_wasm = \"{encoded}\";");
    script.push_str(
        "const __kenes_bytes = (() => {\n  \
         const text = atob(__kenes_wasm);\n  \
         const bytes = new Uint8Array(text.length);\n  \
         for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);\n  \
         return bytes;\n\
         })();\n",
    );
    let _ = writeln!(script, "{init}({{ module_or_path: __kenes_bytes }});");
    script
}

/// The Content-Security-Policy of a single file: nothing from anywhere
/// except the one module script and the one style element (by their SHA-256,
/// standard base64 as in `'sha256-…'`), WebAssembly compilation, `data:` and
/// `blob:` images, and fetching datasets by http(s) (`?data=URL`).
pub fn single_file_csp(script_sha256: &str, style_sha256: &str) -> String {
    format!(
        "default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-{script_sha256}'; \
         style-src 'sha256-{style_sha256}'; img-src data: blob:; connect-src http: https:; \
         object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// A `data:` URI holding `bytes` as base64.
pub fn data_uri(mime: &str, bytes: &[u8]) -> String {
    format!("data:{mime};base64,{}", base64(bytes))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 (RFC 4648, section 4) with `=` padding.
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextet = |shift: u32| ALPHABET[((n >> shift) & 63) as usize] as char;
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if chunk.len() > 1 { sextet(6) } else { '=' });
        out.push(if chunk.len() > 2 { sextet(0) } else { '=' });
    }
    out
}

fn collapse_space(text: &str) -> String {
    // `document.title` strips and collapses ASCII white space only.
    text.split([' ', '\t', '\n', '\x0C', '\r'])
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}
