//! The release build: the report compiled to WebAssembly, bound to its
//! JavaScript glue, optimised, and laid out with its page and static files.
//!
//! Output (`dist/`): `index.html`, `kenes.js`, `kenes_bg.wasm`, and the
//! contents of `static/` (styles, the demo dataset). Any static web server can
//! host the folder.

use std::fs;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::tools;

/// Builds the release into `out`, replacing what was there.
pub fn dist(root: &Path, out: &Path) -> Result<()> {
    tools::ensure_wasm_target()?;
    tools::ensure_node_packages(root)?;

    tools::run(tools::cargo().current_dir(root).args([
        "build",
        "--release",
        "--lib",
        "--package",
        "kenes",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
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

    if out.exists() {
        fs::remove_dir_all(out).with_context(|| format!("could not clear {}", out.display()))?;
    }
    fs::create_dir_all(out)?;
    fs::copy(bound.join("kenes.js"), out.join("kenes.js"))?;
    optimise(
        root,
        &bound.join("kenes_bg.wasm"),
        &out.join("kenes_bg.wasm"),
    )?;
    fs::copy(root.join("index.html"), out.join("index.html"))?;
    copy_dir(&root.join("static"), out)?;

    let size = fs::metadata(out.join("kenes_bg.wasm"))?.len();
    eprintln!(
        "dist: {} (kenes_bg.wasm {} KB)",
        out.display(),
        size.div_ceil(1024)
    );
    Ok(())
}

/// Shrinks the module with binaryen's `wasm-opt -Oz`, enabling exactly the
/// WebAssembly features that rustc's wasm32 target emits.
fn optimise(root: &Path, input: &Path, output: &Path) -> Result<()> {
    tools::run(
        Command::new(tools::wasm_opt(root))
            .args([
                "-Oz",
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
