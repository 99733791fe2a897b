//! Developer commands for Kenes, run as `cargo xtask <command>`.
//!
//! Everything a newcomer or CI needs goes through here so that it works on a
//! fresh machine with only Rust and Node: this program installs the pinned
//! tools it needs (the wasm32 target, npm packages for wasm-opt and the browser
//! tests) before it uses them.

mod bench;
mod build;
mod demo;
mod fuzz;
mod gen;
mod imports;
mod serve;
mod test;
mod tools;

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]  build the release and serve the demo report on 127.0.0.1
  test           run every test: formatting, lints, native and browser tests
  dist           write the hosted build to dist/, and dist/kenes.html: the
                 whole report with the demo in one file that works offline
  dist --data FILE.json [--out NAME.html]
                 bake FILE.json into one self-contained file instead
                 (default dist/kenes.html); the hosted build is left alone
  demo           regenerate static/demo.json from the demo facts
  gen --recs N [--seed S] --out FILE
                 write a large synthetic dataset (N recommendations) for
                 load tests, and check it with the reader (N <= 200000)
  bench [--quick] [--runs N] [--check]
                 measure loading, filtering, memory and size in headless
                 Chromium (demo, 1k to 200k), beside JSON.parse and a
                 crossfilter + dc.js page; write bench/RESULTS.md and
                 bench/results.json, or with --check fail on a regression
  fuzz [--seconds N] [TARGET...]
                 run the fuzz targets in fuzz/ (dataset, dataset_structured,
                 url_hash) for N seconds each (default 600); installs nightly
                 and cargo-fuzz when missing; not part of `test`
";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else {
        print!("{USAGE}");
        return Ok(());
    };
    match command.as_str() {
        "serve" => {
            let root = project_root();
            let dist = root.join("dist");
            build::dist(&root, &dist)?;
            serve::serve(&dist, port(&args[1..])?)
        }
        "test" => test::test(&project_root()),
        "dist" => {
            let root = project_root();
            match dist_args(&args[1..])? {
                (None, _) => build::dist(&root, &root.join("dist")).map(|_| ()),
                (Some(data), out) => {
                    let out = out.unwrap_or_else(|| build::default_single_file(&root));
                    build::dist_with_data(&root, &data, &out)
                }
            }
        }
        "demo" => demo::run(&project_root().join("static/demo.json")),
        "gen" => gen::run(&args[1..]),
        "bench" => bench::run(&project_root(), &args[1..]),
        "fuzz" => fuzz::run(&project_root(), &args[1..]),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}

/// The port given as `--port N`, or 8080.
fn port(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8080),
        [flag, n] if flag == "--port" => Ok(n.parse()?),
        _ => bail!("usage: cargo xtask serve [--port N]"),
    }
}

/// `dist`'s arguments: `--data FILE` and `--out FILE`, both relative to the
/// current folder. `--out` needs `--data`.
fn dist_args(args: &[String]) -> Result<(Option<PathBuf>, Option<PathBuf>)> {
    const DIST_USAGE: &str = "usage: cargo xtask dist [--data FILE.json [--out NAME.html]]";
    let (mut data, mut out) = (None, None);
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let slot = match flag.as_str() {
            "--data" => &mut data,
            "--out" => &mut out,
            _ => bail!("unknown argument `{flag}`\n{DIST_USAGE}"),
        };
        let Some(value) = args.next() else {
            bail!("`{flag}` needs a file name\n{DIST_USAGE}");
        };
        if slot.replace(PathBuf::from(value)).is_some() {
            bail!("`{flag}` is given twice\n{DIST_USAGE}");
        }
    }
    if data.is_none() && out.is_some() {
        bail!("`--out` names the file baked with `--data`\n{DIST_USAGE}");
    }
    Ok((data, out))
}

/// The workspace root (the parent of this crate's folder).
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in a subfolder of the project")
        .to_path_buf()
}
