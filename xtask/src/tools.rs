//! Finding and installing the tools the build and the tests need.
//!
//! A fresh machine has only Rust and Node. Everything else is pinned in the
//! repository (the wasm-bindgen version in Cargo.lock, the Node packages in
//! package-lock.json) and installed here on first use, so `cargo xtask serve`
//! and `cargo xtask test` work as the README says.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

/// Runs a command, echoing it, and fails with its exit status.
pub fn run(cmd: &mut Command) -> Result<()> {
    eprintln!("$ {}", describe(cmd));
    let status = cmd
        .status()
        .with_context(|| format!("could not start `{}`", describe(cmd)))?;
    if !status.success() {
        bail!("`{}` failed ({status})", describe(cmd));
    }
    Ok(())
}

fn describe(cmd: &Command) -> String {
    let mut words = vec![cmd.get_program().to_string_lossy().into_owned()];
    words.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    words.join(" ")
}

/// `cargo`, as the one running this program.
pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Adds the wasm32 target to the toolchain unless it is already there.
pub fn ensure_wasm_target() -> Result<()> {
    let sysroot = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .context("could not run rustc")?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim());
    if sysroot.join("lib/rustlib/wasm32-unknown-unknown").is_dir() {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
        .context("the wasm32-unknown-unknown target is needed; install rustup or add it by hand")
}

/// Installs the pinned Node packages (package-lock.json) unless the installed
/// ones already match it.
pub fn ensure_node_packages(root: &Path) -> Result<()> {
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let up_to_date = match (std::fs::read(&lock), std::fs::read(&installed)) {
        (Ok(wanted), Ok(have)) => same_packages(&wanted, &have),
        _ => false,
    };
    if up_to_date {
        return Ok(());
    }
    run(Command::new(npm())
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(root))
    .context("Node and npm are needed (https://nodejs.org); `npm ci` failed")
}

/// Whether npm's record of what it installed lists the same packages and
/// versions as the lock file.
fn same_packages(lock: &[u8], installed: &[u8]) -> bool {
    let parse = |bytes: &[u8]| -> Option<Vec<(String, String)>> {
        let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
        let packages = value.get("packages")?.as_object()?;
        let mut list: Vec<(String, String)> = packages
            .iter()
            .filter(|(name, _)| !name.is_empty())
            .map(|(name, p)| {
                let version = p.get("version").and_then(|v| v.as_str()).unwrap_or("");
                (name.clone(), version.to_string())
            })
            .collect();
        list.sort();
        Some(list)
    };
    matches!((parse(lock), parse(installed)), (Some(a), Some(b)) if a == b)
}

fn npm() -> &'static str {
    if cfg!(windows) {
        "npm.cmd"
    } else {
        "npm"
    }
}

/// The pinned npm package `terser`'s command (a Node script), which
/// minifies the wasm-bindgen glue.
pub fn terser(root: &Path) -> PathBuf {
    root.join("node_modules/terser/bin/terser")
}

/// The `wasm-opt` shipped by the pinned npm package `binaryen` (Debian's is
/// too old to read current wasm-bindgen output).
pub fn wasm_opt(root: &Path) -> PathBuf {
    root.join("node_modules/binaryen/bin/wasm-opt")
}

/// The Chromium the browser tests drive: `$CHROME` if set, else the first of
/// the usual install locations.
pub fn chromium() -> Result<PathBuf> {
    if let Ok(path) = std::env::var("CHROME") {
        return Ok(PathBuf::from(path));
    }
    let candidates = [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/snap/bin/chromium",
    ];
    candidates
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .context(
            "the browser tests need Chromium: install it (Debian/Ubuntu: \
             `apt-get install chromium fonts-noto-core`) or set CHROME=/path/to/chrome",
        )
}
