//! Developer commands for Kenes, run as `cargo xtask <command>`.
//!
//! Everything a newcomer or CI needs goes through here so that it works on a
//! fresh machine with only Rust and Node: this program installs the pinned
//! tools it needs (the wasm32 target, npm packages for wasm-opt and the browser
//! tests) before it uses them.

mod build;
mod demo;
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
  dist           write the hosted build to dist/
  demo           regenerate static/demo.json from the demo facts
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
            build::dist(&root, &root.join("dist"))
        }
        "demo" => demo::run(&project_root().join("static/demo.json")),
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

/// The workspace root (the parent of this crate's folder).
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in a subfolder of the project")
        .to_path_buf()
}
