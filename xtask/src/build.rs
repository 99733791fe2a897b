//! The release build: the report compiled to WebAssembly, bound to its
//! JavaScript glue, optimised, and laid out two ways.
//!
//! - The hosted build (`dist/`): `index.html`, `kenes.js`, `kenes_bg.wasm`
//!   and the contents of `static/` (styles, icon, the demo dataset). Any
//!   static web server can host the folder. `index.html` carries a
//!   Content-Security-Policy whose one inline script, the boot, is allowed by
//!   its SHA-256, computed here and put in place of [`BOOT_HASH_TOKEN`].
//! - The single file (`dist/kenes.html`, see `kenes::bundle`): everything
//!   inline, with a dataset baked in (the demo, or any file given to
//!   `cargo xtask dist --data`), for opening from `file://` with no network.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use base64::Engine as _;
use kenes::bundle;
use kenes::dataset::{self, Severity};
use sha2::{Digest, Sha256};

use crate::tools;

/// Stands in `index.html`'s policy for the hash of its inline boot script.
pub const BOOT_HASH_TOKEN: &str = "KENES-BOOT-SCRIPT-HASH";

/// Problems listed when a baked dataset has some (the report lists them all).
const PROBLEMS_LISTED: usize = 10;

/// The compiled report: the wasm-bindgen glue and the optimised module.
pub struct Compiled {
    glue: String,
    wasm: Vec<u8>,
}

/// Builds the hosted release into `out`, replacing what was there, with the
/// demo baked into `out/kenes.html` beside it.
pub fn dist(root: &Path, out: &Path) -> Result<Compiled> {
    let demo = validate(&root.join("static/demo.json"))?;
    let compiled = compile(root)?;

    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("could not clear {}", out.display()))?;
    }
    fs::create_dir_all(out)?;
    fs::write(out.join("kenes.js"), &compiled.glue)?;
    fs::write(out.join("kenes_bg.wasm"), &compiled.wasm)?;
    copy_dir(&root.join("static"), out)?;
    fs::write(out.join("style.css"), shipped_css(root)?)?;
    let index = fs::read_to_string(root.join("index.html")).context("could not read index.html")?;
    fs::write(out.join("index.html"), hosted_index(&index)?)?;

    eprintln!(
        "dist: {} (kenes_bg.wasm {} KB)",
        out.display(),
        compiled.wasm.len().div_ceil(1024)
    );
    write_single(root, &compiled, &demo, &out.join("kenes.html"))?;
    Ok(compiled)
}

/// `cargo xtask dist --data FILE`: bakes one dataset into a single file at
/// `out`, after checking it as the report would. Leaves the hosted build
/// alone.
pub fn dist_with_data(root: &Path, data: &Path, out: &Path) -> Result<()> {
    let baked = validate(data)?;
    let compiled = compile(root)?;
    write_single(root, &compiled, &baked, out)
}

/// A dataset checked and ready to bake.
pub struct Baked {
    /// The document as text (without a byte-order mark).
    json: String,
    /// The page's title, as the report sets it once the dataset is shown.
    title: String,
    /// The dataset's default language.
    lang: String,
}

/// Reads and checks a dataset as the report does. A refused document fails
/// with the report's own message; problems in records are printed, and the
/// dataset is still baked, as the report would show it.
pub fn validate(file: &Path) -> Result<Baked> {
    let bytes = fs::read(file).with_context(|| format!("could not read {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.display().to_string());
    let (set, problems) = match dataset::load_bytes(&bytes) {
        Ok(loaded) => loaded,
        Err(refusal) => bail!("{name} was not loaded: {refusal}"),
    };
    if !problems.is_empty() {
        let errors = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        let warnings = problems.len() - errors;
        eprintln!(
            "{name}: {} found: {errors} {}, {warnings} {} (the report lists them too)",
            plural(problems.len(), "problem", "problems"),
            if errors == 1 { "error" } else { "errors" },
            if warnings == 1 { "warning" } else { "warnings" },
        );
        for problem in problems.iter().take(PROBLEMS_LISTED) {
            let severity = match problem.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            eprintln!("  {severity}: {problem}");
        }
        if problems.len() > PROBLEMS_LISTED {
            eprintln!("  …and {} more", problems.len() - PROBLEMS_LISTED);
        }
    }
    let json = dataset::decode(&bytes)
        .map_err(|refusal| anyhow::anyhow!("{name} was not loaded: {refusal}"))?
        .to_string();
    let lang = set.default_language().to_string();
    let title = format!("{} — Kenes", set.title.get(&lang, &lang));
    Ok(Baked { json, title, lang })
}

/// Writes the single file for `baked` at `out` (see `kenes::bundle`).
pub fn write_single(root: &Path, compiled: &Compiled, baked: &Baked, out: &Path) -> Result<()> {
    let css = shipped_css(root)?;
    let favicon = bundle::data_uri("image/svg+xml", &fs::read(root.join("static/favicon.svg"))?);
    let glue = lf(&compiled.glue);
    let script = bundle::module_script(&glue, default_export(&glue)?, &compiled.wasm);
    let csp = bundle::single_file_csp(&sha256(&script), &sha256(&css));
    let parts = bundle::Parts {
        lang: &baked.lang,
        title: &baked.title,
        csp: &csp,
        css: &css,
        script: &script,
        data_json: Some(&baked.json),
        favicon_data_uri: Some(&favicon),
    };
    bundle::check(&parts).context("the single file cannot be assembled")?;
    let html = bundle::assemble(&parts);
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    }
    fs::write(out, &html).with_context(|| format!("could not write {}", out.display()))?;
    eprintln!(
        "single file: {} ({} KB)",
        out.display(),
        html.len().div_ceil(1024)
    );
    Ok(())
}

/// Compiles the report to wasm32, binds it with wasm-bindgen and optimises
/// the module.
fn compile(root: &Path) -> Result<Compiled> {
    tools::ensure_wasm_target()?;
    tools::ensure_node_packages(root)?;

    tools::run(
        tools::cargo()
            .current_dir(root)
            .env("CARGO_ENCODED_RUSTFLAGS", short_paths(root).join("\x1f"))
            .args([
                "build",
                "--release",
                "--lib",
                "--package",
                "kenes",
                "--target",
                "wasm32-unknown-unknown",
            ]),
    )?;
    let wasm = root.join("target/wasm32-unknown-unknown/release/kenes.wasm");

    let bound = root.join("target/kenes-bindgen");
    if bound.exists() {
        fs::remove_dir_all(&bound)?;
    }
    eprintln!("$ wasm-bindgen --target web {}", wasm.display());
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .web(true)?
        .typescript(false)
        .out_name("kenes")
        .generate(&bound)
        .context("wasm-bindgen failed")?;
    let optimised = root.join("target/kenes-opt.wasm");
    optimise(root, &bound.join("kenes_bg.wasm"), &optimised)?;
    let minified = bound.join("kenes.min.js");
    minify(root, &bound.join("kenes.js"), &minified)?;
    let (wasm, glue, renamed) =
        crate::imports::shorten(&fs::read(&optimised)?, &fs::read_to_string(&minified)?)
            .context("could not shorten the module's import names")?;
    eprintln!("imports: {renamed} names shortened in the module and its glue");
    Ok(Compiled { glue, wasm })
}

/// Flags that shorten the source paths the module carries (in the
/// messages of checks that abort, such as an index out of bounds): a crate's
/// path in cargo's registry or in this project, and the standard library's,
/// are written from the crate's own folder. The module is smaller by their
/// prefixes (about 4 kB gzip), and no build machine's folders are in it.
fn short_paths(root: &Path) -> Vec<String> {
    let mut prefixes = vec![format!("{}/", root.display())];
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")));
    if let Some(registry) = cargo_home.map(|home| home.join("registry/src")) {
        if let Ok(indexes) = fs::read_dir(&registry) {
            for index in indexes.flatten() {
                prefixes.push(format!("{}/", index.path().display()));
            }
        }
    }
    if let Some(hash) = rustc_commit() {
        prefixes.push(format!("/rustc/{hash}/library/"));
    }
    prefixes
        .into_iter()
        .map(|prefix| format!("--remap-path-prefix={prefix}="))
        .collect()
}

/// The commit rustc was built from, which names its standard library's
/// sources (`/rustc/HASH/library/...`).
fn rustc_commit() -> Option<String> {
    let out = Command::new("rustc").arg("-vV").output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("commit-hash: "))
        .map(str::to_string)
}

/// Minifies the wasm-bindgen glue with the pinned `terser` (57 kB to 26 kB;
/// 9.4 kB to 7.4 kB with gzip). Its exports keep their names.
fn minify(root: &Path, input: &Path, output: &Path) -> Result<()> {
    tools::run(
        Command::new("node")
            .arg(tools::terser(root))
            .arg(input)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(output),
    )
}

/// Shrinks the module with binaryen's `wasm-opt -Os`, enabling exactly the
/// WebAssembly features that rustc's wasm32 target emits. `-Os` and not
/// `-Oz`: its module is a few hundred bytes larger but gzips 0.4 kB smaller.
fn optimise(root: &Path, input: &Path, output: &Path) -> Result<()> {
    tools::run(
        Command::new(tools::wasm_opt(root))
            .args([
                "-Os",
                // Passes again until the module stops shrinking (1 kB gzip).
                "--converge",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "--enable-reference-types",
                "--enable-multivalue",
                "--strip-debug",
                "--strip-producers",
            ])
            .arg(input)
            .arg("-o")
            .arg(output),
    )
}

/// `index.html` as it ships: without its comments (HTML comments, and the
/// lines of its script that are only a comment), and with the hash of its
/// one inline script in its policy.
fn hosted_index(index: &str) -> Result<String> {
    let index = &strip_html_comments(index);
    let scripts = inline_scripts(index);
    let [boot] = scripts.as_slice() else {
        bail!(
            "index.html must have exactly one inline script (the boot), found {}",
            scripts.len()
        );
    };
    if index.matches(BOOT_HASH_TOKEN).count() != 1 {
        bail!("index.html's Content-Security-Policy must name the boot script as 'sha256-{BOOT_HASH_TOKEN}'");
    }
    Ok(index.replace(BOOT_HASH_TOKEN, &sha256(&lf(boot))))
}

fn strip_html_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out.lines()
        .filter(|line| {
            let line = line.trim_start();
            !line.is_empty() && !line.starts_with("//")
        })
        .chain([""])
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of every `<script>` without `src` that the browser runs (JSON
/// data blocks are not run, and not subject to the policy).
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<script") {
        let Some(tag_end) = rest[at..].find('>') else {
            break;
        };
        let tag = &rest[at..at + tag_end];
        let body = &rest[at + tag_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") && !tag.contains("application/json") {
            found.push(&body[..close]);
        }
        rest = &body[close..];
    }
    found
}

/// The local name of the function the glue exports as `default` (its async
/// initialiser), from its closing `export { …, NAME as default };`.
fn default_export(glue: &str) -> Result<&str> {
    let name = glue
        .rfind(" as default")
        .map(|end| &glue[..end])
        .and_then(|before| {
            let start = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .map_or(0, |i| i + 1);
            Some(&before[start..]).filter(|name| !name.is_empty())
        });
    match name {
        Some(name) if glue.contains(&format!("function {name}(")) => Ok(name),
        _ => bail!(
            "the wasm-bindgen glue no longer ends with `export {{ …, NAME as default }}` \
             naming its init function; update xtask/src/build.rs"
        ),
    }
}

/// Standard base64 of the SHA-256 of `text`, as CSP hash sources want it.
fn sha256(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// The text with LF line ends only, as the HTML parser reads it back (so
/// that hashes match and the report can rebuild the file from itself).
fn lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `static/style.css` as the report ships it: without its comments, which
/// are for the people who edit it (a fifth of its size), nor the white space
/// that lays it out for them.
fn shipped_css(root: &Path) -> Result<String> {
    let css = lf(&fs::read_to_string(root.join("static/style.css"))?);
    Ok(squeeze_css(&strip_css_comments(&css)))
}

/// CSS with every run of white space outside strings made one space, and
/// none left next to `{`, `}`, `;` or `,`, where CSS never needs one. A space
/// anywhere else may be a descendant combinator (`.a :focus`) or needed in
/// `calc()`, so it stays.
fn squeeze_css(css: &str) -> String {
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
    let mut out = String::with_capacity(css.len());
    let mut quote: Option<char> = None;
    let mut space = false;
    for c in css.chars() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !tight(c) && !out.is_empty() && !out.ends_with(tight) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out.push('\n');
    out
}

fn strip_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    let mut quote: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        if quote.is_none() && rest.starts_with("/*") {
            rest = rest.find("*/").map_or("", |end| &rest[end + 2..]);
            continue;
        }
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let mut lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
    lines.push("");
    lines.join("\n")
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| format!("could not read {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Where `cargo xtask dist --data` writes when no `--out` is given.
pub fn default_single_file(root: &Path) -> PathBuf {
    root.join("dist/kenes.html")
}

#[cfg(test)]
mod tests {
    #[test]
    fn css_comments_are_left_out_but_not_strings() {
        let css = "/* a\n rule */\na { content: \"/* kept */\"; } /* b */\n\n/**/b{}\n";
        assert_eq!(
            super::strip_css_comments(css),
            "a { content: \"/* kept */\"; } \nb{}\n"
        );
    }

    #[test]
    fn css_loses_only_the_white_space_it_never_needs() {
        let css =
            "a ,\n  b > c {\n  content: \" ; { \";\n  width: calc(1px + 2px);\n}\n.x :focus { }\n";
        assert_eq!(
            super::squeeze_css(css),
            "a,b > c{content: \" ; { \";width: calc(1px + 2px);}.x :focus{}\n"
        );
    }

    use super::*;

    #[test]
    fn the_bundle_base64_is_the_standard_one() {
        let mut bytes = Vec::new();
        let mut seed = 7u32;
        for len in 0..300 {
            let sample = &bytes[..];
            assert_eq!(
                bundle::base64(sample),
                base64::engine::general_purpose::STANDARD.encode(sample),
                "{len} bytes"
            );
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            bytes.push((seed >> 16) as u8);
        }
    }

    #[test]
    fn the_boot_hash_is_of_the_inline_script_only() {
        let index = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'sha256-KENES-BOOT-SCRIPT-HASH'\">\
            <script type=\"module\">boot();</script>\
            <script type=\"application/json\">{}</script><script src=\"x.js\"></script>";
        let hosted = hosted_index(index).unwrap();
        assert!(hosted.contains(&format!("'sha256-{}'", sha256("boot();"))));
        assert!(!hosted.contains(BOOT_HASH_TOKEN));
        assert!(hosted_index("<script>a()</script><script>b()</script>").is_err());
        assert!(hosted_index("<script>a()</script>").is_err());
    }

    #[test]
    fn the_shipped_index_has_no_comments_and_its_policy_still_names_its_script() {
        let index = "<head>\n  <!-- the policy,\n  over lines -->\n  <meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'sha256-KENES-BOOT-SCRIPT-HASH'\">\n\
            <script type=\"module\">\n    // Why.\n    const a = \"x // y\"; // kept: not a whole line\n\n    go(a);\n</script>\n";
        let hosted = hosted_index(index).unwrap();
        assert!(
            !hosted.contains("<!--") && !hosted.contains("Why."),
            "{hosted}"
        );
        let script = "\n    const a = \"x // y\"; // kept: not a whole line\n    go(a);\n";
        assert!(
            hosted.contains(&format!("<script type=\"module\">{script}</script>")),
            "{hosted}"
        );
        assert!(hosted.contains(&format!("'sha256-{}'", sha256(script))));
    }

    #[test]
    fn the_init_function_is_found_in_the_glue() {
        let glue = "async function __wbg_init(m) {}\nfunction initSync(m) {}\nexport { initSync, __wbg_init as default };\n";
        assert_eq!(default_export(glue).unwrap(), "__wbg_init");
        assert!(default_export("export default function x() {}").is_err());
    }

    #[test]
    fn a_refused_dataset_fails_with_the_reports_message() {
        let dir = std::env::temp_dir().join(format!("kenes-xtask-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let file = dir.join("broken.json");
        fs::write(&file, "{\"kenes\": 1,\n  \"title\": \"x\",\n  oops }").unwrap();
        let message = validate(&file).err().unwrap().to_string();
        let refusal = dataset::load_bytes(&fs::read(&file).unwrap()).unwrap_err();
        assert_eq!(message, format!("broken.json was not loaded: {refusal}"));
        assert!(message.contains("line 3, column 3"), "{message}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
