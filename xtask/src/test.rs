//! `cargo xtask test`: every check the project has, in the order that fails
//! fastest: formatting, lints for the host and for wasm32, the native tests of
//! the core, then the browser tests against a fresh release build (the hosted
//! build, its single file with the demo, and a single file baked from
//! `tests/data/one-language.json`).

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::{build, tools};

pub fn test(root: &Path) -> Result<()> {
    tools::ensure_wasm_target()?;
    let cargo = |args: &[&str]| tools::run(tools::cargo().current_dir(root).args(args));

    cargo(&["fmt", "--all", "--check"])?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    cargo(&[
        "clippy",
        "--package",
        "kenes",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ])?;
    cargo(&["test", "--workspace"])?;

    let dist = root.join("target/test-dist");
    let compiled = build::dist(root, &dist)?;
    // A single file baked from another dataset, as `dist --data` bakes it.
    let baked = build::validate(&root.join("tests/data/one-language.json"))?;
    build::write_single(
        root,
        &compiled,
        &baked,
        &dist.join("baked-one-language.html"),
    )?;
    browser_tests(root, &dist)
}

/// Runs the Node test files in tests/browser/ against the built report. Each
/// test file serves `dist` itself on 127.0.0.1 and drives headless Chromium
/// through playwright-core.
fn browser_tests(root: &Path, dist: &Path) -> Result<()> {
    let chromium = tools::chromium()?;
    let dir = root.join("tests/browser");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("could not read {}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("tests/browser/{name}"))
        .collect();
    files.sort();
    tools::run(
        Command::new("node")
            .current_dir(root)
            .env("KENES_DIST", dist)
            .env("CHROME", chromium)
            .arg("--test")
            .arg("--test-concurrency=1")
            .args(&files),
    )
}
