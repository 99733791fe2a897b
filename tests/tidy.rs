//! Tidy checks: rules about the code itself that keep the architecture true.
//!
//! - The core (every module but `ui` and `platform`) names no browser crate,
//!   so it compiles and is tested natively and stays usable outside a page.
//! - Every source file starts with a `//!` paragraph saying why it exists.

use std::fs;
use std::path::{Path, PathBuf};

const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "wasm-bindgen",
];
const BROWSER_MODULES: [&str; 2] = ["src/ui", "src/platform"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder is readable") {
        let path = entry.expect("entry is readable").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read_to_string(&p).expect("source is UTF-8"))
        })
        .collect()
}

/// The words of a line of code, comments and strings left out roughly.
fn names_crate(line: &str, krate: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .any(|word| word == krate)
}

#[test]
fn core_names_no_browser_crate() {
    let mut offences = Vec::new();
    for (path, text) in sources() {
        if BROWSER_MODULES.iter().any(|m| path.starts_with(m)) || path == "src/lib.rs" {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            for krate in BROWSER_CRATES {
                if names_crate(line, krate) {
                    offences.push(format!("{path}:{}: names `{krate}`", n + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the core must not name browser crates:\n{}",
        offences.join("\n")
    );
}

#[test]
fn lib_rs_gates_the_browser_modules() {
    let (_, lib) = sources()
        .into_iter()
        .find(|(p, _)| p == "src/lib.rs")
        .unwrap();
    for module in ["mod platform;", "mod ui;"] {
        let line = lib.lines().position(|l| l.trim() == module).expect(module);
        let gate = lib.lines().nth(line - 1).unwrap_or("");
        assert_eq!(
            gate.trim(),
            "#[cfg(target_arch = \"wasm32\")]",
            "{module} must be wasm32-only"
        );
    }
}

#[test]
fn every_source_file_says_why_it_exists() {
    let missing: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(p, _)| p)
        .collect();
    assert!(
        missing.is_empty(),
        "files without a `//!` paragraph: {missing:?}"
    );
}
