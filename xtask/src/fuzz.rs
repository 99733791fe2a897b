//! `cargo xtask fuzz [--seconds N] [TARGET...]`: runs the fuzz targets in
//! `fuzz/` (cargo-fuzz, libFuzzer) for N seconds each (600 by default) and
//! says, per target, how long it ran and how many inputs it tried.
//!
//! Fuzzing needs a nightly toolchain and `cargo-fuzz`; both are installed
//! here when missing, so the command works on a fresh machine with only
//! rustup. It is not part of `cargo xtask test`: it takes minutes, and what it
//! finds is kept as regression tests (`tests/fuzz_regressions.rs`) that do run
//! there.
//!
//! Each target grows its corpus in `fuzz/corpus/<target>` (git-ignored) and
//! starts from the seed folders listed below (committed). libFuzzer's output
//! goes to `target/fuzz-logs/<target>.log`; a crash leaves its input in
//! `fuzz/artifacts/<target>/` and fails the command after every target ran.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::tools;

/// The cargo-fuzz release installed when none (or another) is found.
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// How long each target runs unless `--seconds` says otherwise.
const DEFAULT_SECONDS: u64 = 600;

/// An input slower than this is reported as a finding (a hang or a blow-up
/// in the reader is a bug for a report that reads any file).
const TIMEOUT_SECONDS: u64 = 10;

/// A fuzz target: its name (a `[[bin]]` of fuzz/Cargo.toml), the folders its
/// first inputs come from, and its dictionary, all relative to the project.
struct Target {
    name: &'static str,
    seeds: &'static [&'static str],
    dict: Option<&'static str>,
}

const TARGETS: &[Target] = &[
    Target {
        name: "dataset",
        // Every test document, good, bad and hostile, and the inputs that
        // once broke the reader (tests/data/fuzz); libFuzzer reads the
        // folders recursively.
        seeds: &["tests/data"],
        dict: Some("fuzz/dict/dataset.dict"),
    },
    Target {
        name: "dataset_structured",
        seeds: &[],
        dict: None,
    },
    Target {
        name: "url_hash",
        seeds: &["fuzz/seeds/url_hash"],
        dict: Some("fuzz/dict/url_hash.dict"),
    },
];

const USAGE: &str = "usage: cargo xtask fuzz [--seconds N] [TARGET...]";

pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let (seconds, names) = parse_args(args)?;
    let targets: Vec<&Target> = if names.is_empty() {
        TARGETS.iter().collect()
    } else {
        names
            .iter()
            .map(|name| {
                TARGETS.iter().find(|t| t.name == name).with_context(|| {
                    let known: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
                    format!("no fuzz target `{name}` (there are: {})", known.join(", "))
                })
            })
            .collect::<Result<_>>()?
    };
    ensure_nightly()?;
    ensure_cargo_fuzz()?;

    let logs = root.join("target/fuzz-logs");
    std::fs::create_dir_all(&logs)?;
    let mut reports = Vec::new();
    for target in targets {
        reports.push(fuzz(root, target, seconds, &logs)?);
    }

    println!(
        "\n{:<20} {:>9} {:>14} {:>10} {:>8}  result",
        "target", "seconds", "executions", "exec/s", "corpus"
    );
    for r in &reports {
        println!(
            "{:<20} {:>9} {:>14} {:>10} {:>8}  {}",
            r.name,
            r.seconds,
            r.executions.map_or("?".into(), |n| n.to_string()),
            r.executions
                .map_or("?".into(), |n| (n / r.seconds.max(1)).to_string()),
            r.corpus.map_or("?".into(), |n| n.to_string()),
            r.finding.as_deref().unwrap_or("no crash"),
        );
    }
    let failed: Vec<&str> = reports
        .iter()
        .filter(|r| r.finding.is_some())
        .map(|r| r.name)
        .collect();
    if !failed.is_empty() {
        bail!(
            "fuzzing found a problem in: {} (see the logs in {})",
            failed.join(", "),
            logs.display()
        );
    }
    Ok(())
}

/// What one run of one target came to.
struct Report {
    name: &'static str,
    /// Wall-clock seconds of the run, build excluded (libFuzzer's own count
    /// when it printed one).
    seconds: u64,
    /// Inputs executed, as libFuzzer counted them.
    executions: Option<u64>,
    /// Inputs in the corpus at the end.
    corpus: Option<u64>,
    /// The input that crashed, timed out or ran out of memory.
    finding: Option<String>,
}

fn fuzz(root: &Path, target: &Target, seconds: u64, logs: &Path) -> Result<Report> {
    let corpus = root.join("fuzz/corpus").join(target.name);
    std::fs::create_dir_all(&corpus)?;
    let log_path = logs.join(format!("{}.log", target.name));

    // Build first, so the time given is the time spent fuzzing.
    tools::run(cargo_fuzz(root, "build").arg(target.name))
        .with_context(|| format!("could not build the fuzz target `{}`", target.name))?;

    let mut cmd = cargo_fuzz(root, "run");
    cmd.arg(target.name).arg(&corpus);
    for seed in target.seeds {
        cmd.arg(root.join(seed));
    }
    cmd.arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-timeout={TIMEOUT_SECONDS}"))
        .arg("-print_final_stats=1");
    if let Some(dict) = target.dict {
        cmd.arg(format!("-dict={}", root.join(dict).display()));
    }
    let log = File::create(&log_path)
        .with_context(|| format!("could not create {}", log_path.display()))?;
    cmd.stdout(log.try_clone()?).stderr(log);
    eprintln!(
        "fuzzing `{}` for {seconds} s (libFuzzer's output: {})",
        target.name,
        log_path.display()
    );
    let start = Instant::now();
    let status = cmd.status().context("could not start `cargo fuzz run`")?;
    let elapsed = start.elapsed();

    let text = std::fs::read_to_string(&log_path).unwrap_or_default();
    let stats = Stats::parse(&text);
    let finding = (!status.success()).then(|| {
        stats
            .artifact
            .clone()
            .unwrap_or_else(|| format!("`cargo fuzz run` failed ({status})"))
    });
    Ok(Report {
        name: target.name,
        seconds: stats.seconds.unwrap_or(round(elapsed)),
        executions: stats.executions,
        corpus: stats.corpus,
        finding,
    })
}

/// `cargo fuzz SUBCOMMAND` on the nightly toolchain, in the project, with
/// the options every build and run uses: no sanitizer (the report's code
/// forbids `unsafe`, and a target runs about twice as fast without
/// AddressSanitizer) and debug assertions on (overflow checks find
/// arithmetic on sizes that wraps).
fn cargo_fuzz(root: &Path, subcommand: &str) -> Command {
    let mut cmd = Command::new("rustup");
    cmd.args(["run", "nightly", "cargo", "fuzz", subcommand])
        .args(["--sanitizer", "none", "--debug-assertions"])
        .current_dir(root)
        // The stable toolchain running this xtask must not leak into the
        // nightly build.
        .env_remove("CARGO")
        .env_remove("RUSTC")
        .env_remove("RUSTUP_TOOLCHAIN");
    cmd
}

/// What libFuzzer printed at the end of a run.
#[derive(Debug, Default, PartialEq)]
struct Stats {
    executions: Option<u64>,
    seconds: Option<u64>,
    corpus: Option<u64>,
    artifact: Option<String>,
}

impl Stats {
    /// Reads `stat::number_of_executed_units: N` (with -print_final_stats),
    /// else `Done N runs in S second(s)`; the corpus size from the last
    /// status line (`#N ... corp: C/...`); the path after `Test unit written
    /// to` when an input crashed.
    fn parse(log: &str) -> Stats {
        let mut stats = Stats::default();
        for line in log.lines() {
            if let Some(n) = line.strip_prefix("stat::number_of_executed_units:") {
                stats.executions = n.trim().parse().ok();
            } else if let Some(rest) = line.strip_prefix("Done ") {
                let mut words = rest.split_whitespace();
                let runs = words.next().and_then(|n| n.parse().ok());
                stats.executions = stats.executions.or(runs);
                stats.seconds = words.nth(2).and_then(|s| s.parse().ok());
            } else if let Some(path) = line.split("Test unit written to ").nth(1) {
                stats.artifact = Some(path.trim().to_string());
            }
            if line.starts_with('#') {
                if let Some(corp) = line.split("corp: ").nth(1) {
                    let n = corp.split('/').next().and_then(|n| n.trim().parse().ok());
                    stats.corpus = n.or(stats.corpus);
                }
            }
        }
        stats
    }
}

fn round(d: Duration) -> u64 {
    (d.as_millis() as u64 + 500) / 1000
}

fn parse_args(args: &[String]) -> Result<(u64, Vec<String>)> {
    let mut seconds = DEFAULT_SECONDS;
    let mut names = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => {
                let value = args.next().context(USAGE)?;
                seconds = value
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .with_context(|| format!("`--seconds` needs a positive number\n{USAGE}"))?;
            }
            flag if flag.starts_with('-') => bail!("unknown argument `{flag}`\n{USAGE}"),
            name => names.push(name.to_string()),
        }
    }
    Ok((seconds, names))
}

/// Installs the nightly toolchain (minimal profile) unless rustup has one.
fn ensure_nightly() -> Result<()> {
    let list = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .context("fuzzing needs rustup (https://rustup.rs) for a nightly toolchain")?;
    let have = String::from_utf8_lossy(&list.stdout)
        .lines()
        .any(|line| line.starts_with("nightly"));
    if have {
        return Ok(());
    }
    tools::run(Command::new("rustup").args([
        "toolchain",
        "install",
        "nightly",
        "--profile",
        "minimal",
    ]))
}

/// Installs the pinned cargo-fuzz unless that version is already in cargo's
/// bin folder (`$CARGO_HOME/bin`, else `~/.cargo/bin`), where `cargo fuzz`
/// finds it.
fn ensure_cargo_fuzz() -> Result<()> {
    let bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
        .map(|home| home.join("bin/cargo-fuzz"));
    let installed = bin
        .filter(|path| path.is_file())
        .and_then(|path| {
            Command::new(path)
                .arg("--version")
                .stderr(Stdio::null())
                .output()
                .ok()
        })
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned());
    // `cargo-fuzz --version` prints `cargo-fuzz 0.13.2`.
    if installed.is_some_and(|v| v.split_whitespace().nth(1) == Some(CARGO_FUZZ_VERSION)) {
        return Ok(());
    }
    tools::run(tools::cargo().args([
        "install",
        "cargo-fuzz",
        "--locked",
        "--version",
        CARGO_FUZZ_VERSION,
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_final_stats() {
        let log = "\
#2\tINITED cov: 10 ft: 11 corp: 1/1b exec/s: 0 rss: 30Mb
#524288\tpulse  cov: 950 ft: 4000 corp: 812/90Kb lim: 4096 exec/s: 873 rss: 400Mb
Done 524999 runs in 601 second(s)
stat::number_of_executed_units: 525000
stat::average_exec_per_sec:     873
";
        assert_eq!(
            Stats::parse(log),
            Stats {
                executions: Some(525_000),
                seconds: Some(601),
                corpus: Some(812),
                artifact: None,
            }
        );
    }

    #[test]
    fn reads_the_crashing_input() {
        let log = "\
==1== ERROR: libFuzzer: deadly signal
artifact_prefix='/p/fuzz/artifacts/url_hash/'; Test unit written to /p/fuzz/artifacts/url_hash/crash-0a1b
stat::number_of_executed_units: 77
";
        let stats = Stats::parse(log);
        assert_eq!(stats.executions, Some(77));
        assert_eq!(
            stats.artifact.as_deref(),
            Some("/p/fuzz/artifacts/url_hash/crash-0a1b")
        );
    }
}
