//! `cargo xtask bench`: how fast the report loads and answers, beside the
//! browser's own `JSON.parse` and a dashboard built the usual way
//! (crossfilter + dc.js, `bench/dc/`), and how much it weighs.
//!
//! This side builds the release (the hosted build, and `kenes.html`),
//! writes the datasets (`gen`'s, reused when present), serves everything on
//! 127.0.0.1 and runs `bench/run.mjs`, which drives headless Chromium and
//! hands back what it measured run by run. Here those runs become medians
//! and percentiles ([`summarise`]), tables (`bench/RESULTS.md`, [`render`])
//! and `bench/results.json`; `--check` compares a new run with the committed
//! one ([`compare`]).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::{build, gen, serve, tools};

const USAGE: &str = "usage: cargo xtask bench [--quick | --only SIZES] [--runs N] [--check]
  --quick       the demo and 1k only, one run, results in target/bench/
  --only SIZES  these sizes only (comma-separated: demo, 1k, 10k, 100k,
                200k), results in target/bench/
  --runs N      runs of every dataset (default 5, and 3 for 100k and 200k)
  --check       compare with the committed bench/results.json and fail when
                a figure is more than 20 % worse (results go to target/bench/)";

/// Every size a full run measures: name, recommendations (`None`: the demo)
/// and runs.
const SIZES: [(&str, Option<usize>, usize); 5] = [
    ("demo", None, 5),
    ("1k", Some(1_000), 5),
    ("10k", Some(10_000), 5),
    ("100k", Some(100_000), 3),
    ("200k", Some(200_000), 3),
];

/// The seed of the generated datasets.
const SEED: u64 = 1;

/// A figure regresses when it is worse than the baseline by more than this
/// share of it …
const TOLERANCE: f64 = 0.20;

/// Timing figures from paints are counted in frames: at 60 Hz one frame is
/// 16.7 ms, so a change smaller than a frame is not a regression.
const FRAME_MS: f64 = 17.0;

/// How long a page may take to load before the run counts as failed.
const LOAD_TIMEOUT_MS: u64 = 180_000;

#[derive(Debug, PartialEq)]
struct Options {
    quick: bool,
    check: bool,
    runs: Option<usize>,
    /// Names of the sizes to measure (empty: every size).
    only: Vec<String>,
}

impl Options {
    /// Whether the run leaves sizes out: its results never replace the
    /// committed ones.
    fn partial(&self) -> bool {
        self.quick || !self.only.is_empty()
    }
}

fn parse_args(args: &[String]) -> Result<Options> {
    let mut options = Options {
        quick: false,
        check: false,
        runs: None,
        only: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--quick" => options.quick = true,
            "--check" => options.check = true,
            "--runs" => {
                let value = args.next().map(String::as_str).unwrap_or("");
                let n = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .with_context(|| {
                        format!("`--runs` needs a number from 1 to 100, not `{value}`\n{USAGE}")
                    })?;
                options.runs = Some(n);
            }
            "--only" => {
                let value = args.next().map(String::as_str).unwrap_or("");
                for name in value.split(',') {
                    if !SIZES.iter().any(|s| s.0 == name) {
                        bail!("`--only` takes sizes among demo, 1k, 10k, 100k and 200k, not `{name}`\n{USAGE}");
                    }
                    if !options.only.iter().any(|o| o == name) {
                        options.only.push(name.to_string());
                    }
                }
            }
            _ => bail!("unknown argument `{flag}`\n{USAGE}"),
        }
    }
    if options.quick && !options.only.is_empty() {
        bail!("`--quick` and `--only` choose the sizes both; give one\n{USAGE}");
    }
    Ok(options)
}

/// One dataset to measure: the demo (`recs: None`) or a generated one.
#[derive(Debug, PartialEq)]
struct Planned {
    name: String,
    recs: Option<usize>,
    runs: usize,
}

fn plan(options: &Options) -> Vec<Planned> {
    let sizes: Vec<(&str, Option<usize>, usize)> = if options.quick {
        vec![("demo", None, 1), ("1k", Some(1_000), 1)]
    } else {
        SIZES
            .into_iter()
            .filter(|s| options.only.is_empty() || options.only.iter().any(|o| o == s.0))
            .collect()
    };
    sizes
        .iter()
        .map(|&(name, recs, runs)| Planned {
            name: name.to_string(),
            recs,
            runs: options.runs.unwrap_or(runs),
        })
        .collect()
}

/// Runs `cargo xtask bench` with the arguments after `bench`.
pub fn run(root: &Path, args: &[String]) -> Result<()> {
    let options = parse_args(args)?;
    let started = Instant::now();
    let commit = git_commit(root);
    let load_average = load_average();
    tools::ensure_node_packages(root)?;
    let chrome = tools::chromium()?;

    let work = root.join("target/bench");
    let dist = work.join("dist");
    let data = work.join("data");
    build::dist(root, &dist)?;
    fs::create_dir_all(&data)?;

    let planned = plan(&options);
    let mut datasets = Vec::new();
    for p in &planned {
        let entry = match p.recs {
            None => serde_json::json!({
                "name": p.name,
                "file": dist.join("demo.json"),
                "data": "demo.json",
                "kenes": "",
                "dc": "bench/dc/?data=/demo.json",
                "runs": p.runs,
            }),
            Some(recs) => {
                let name = format!("recs-{recs}-seed-{SEED}.json");
                let file = data.join(&name);
                if !file.exists() {
                    eprintln!("bench: writing {}", file.display());
                    let partial = data.join(format!("{name}.partial"));
                    gen::write_file(&partial, recs, SEED)?;
                    fs::rename(&partial, &file)?;
                }
                serde_json::json!({
                    "name": p.name,
                    "file": file,
                    "data": format!("data/{name}"),
                    "kenes": format!("?data=/data/{name}"),
                    "dc": format!("bench/dc/?data=/data/{name}"),
                    "runs": p.runs,
                })
            }
        };
        datasets.push(entry);
    }

    let listener = serve::bind(0)?;
    let base = format!("http://{}/", listener.local_addr()?);
    let mounts = [
        ("/", dist.clone()),
        ("/bench/", root.join("bench")),
        ("/node_modules/", root.join("node_modules")),
        ("/data/", data.clone()),
    ]
    .map(|(prefix, folder)| serve::Mount {
        prefix: prefix.into(),
        folder,
    });
    std::thread::spawn(move || serve::run(listener, mounts.to_vec()));

    let hosted = hosted_files(&dist)?;
    let config = serde_json::json!({
        "base": base,
        "chrome": chrome,
        "loadTimeoutMs": LOAD_TIMEOUT_MS,
        "sizes": { "hosted": hosted, "single": dist.join("kenes.html") },
        "datasets": datasets,
    });
    let config_file = work.join("config.json");
    let raw_file = work.join("raw.json");
    fs::write(&config_file, serde_json::to_vec_pretty(&config)?)?;
    tools::run(
        Command::new("node")
            .current_dir(root)
            .arg("bench/run.mjs")
            .arg(&config_file)
            .arg(&raw_file),
    )?;
    let raw: Raw = serde_json::from_slice(&fs::read(&raw_file)?)
        .with_context(|| format!("could not read {}", raw_file.display()))?;

    let about = About {
        date: utc_now(),
        commit,
        machine: machine(&raw, load_average),
        duration_s: started.elapsed().as_secs(),
        quick: options.quick,
        only: options.only.clone(),
    };
    let results = summarise(&raw, about);
    let markdown = render(&results);

    let out = results_dir(root, &options);
    fs::write(out.join("RESULTS.md"), &markdown)?;
    fs::write(
        out.join("results.json"),
        serde_json::to_string_pretty(&results)? + "\n",
    )?;
    println!("{markdown}");
    eprintln!(
        "bench: wrote {} and results.json in {} s",
        out.join("RESULTS.md").display(),
        results.about.duration_s
    );

    if options.check {
        let baseline = committed_baseline(root)?;
        if baseline.about.machine.cpu != results.about.machine.cpu {
            eprintln!(
                "bench: note: the baseline was measured on another CPU ({})",
                baseline.about.machine.cpu
            );
        }
        let comparisons = compare(&baseline, &results);
        print!("{}", render_comparison(&comparisons));
        let regressed = comparisons.iter().filter(|c| c.regressed).count();
        if regressed > 0 {
            bail!(
                "{regressed} figure(s) regressed by more than {} % against bench/results.json",
                TOLERANCE * 100.0
            );
        }
        println!("bench: no figure regressed against bench/results.json");
    }
    Ok(())
}

/// Where a run writes RESULTS.md and results.json: `bench/` for a full run,
/// else `target/bench/`, so that a partial run or a check never replaces
/// the committed results.
fn results_dir(root: &Path, options: &Options) -> PathBuf {
    if options.partial() || options.check {
        root.join("target/bench")
    } else {
        root.join("bench")
    }
}

/// `bench/results.json` as committed (as in the work tree when git cannot
/// say).
fn committed_baseline(root: &Path) -> Result<Results> {
    let committed = Command::new("git")
        .current_dir(root)
        .args(["show", "HEAD:bench/results.json"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| o.stdout);
    let bytes = match committed {
        Some(bytes) => bytes,
        None => fs::read(root.join("bench/results.json"))
            .context("no baseline: bench/results.json is neither committed nor present")?,
    };
    serde_json::from_slice(&bytes).context("could not read the baseline bench/results.json")
}

/// The files of the hosted build a browser fetches to show the report: all
/// of `dist` but the datasets and the single file.
fn hosted_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dist)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !name.ends_with(".json") && name != "kenes.html"
        })
        .collect();
    files.sort();
    Ok(files)
}

// --- What run.mjs hands back -------------------------------------------------

#[derive(Debug, Deserialize)]
struct Raw {
    chromium: String,
    node: String,
    sizes: RawSizes,
    datasets: Vec<RawDataset>,
}

#[derive(Debug, Deserialize)]
struct RawSizes {
    hosted: Vec<FileSize>,
    single: Option<FileSize>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileSize {
    name: String,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

#[derive(Debug, Deserialize)]
struct RawDataset {
    name: String,
    recommendations: usize,
    bytes: u64,
    script: RawScript,
    runs: Vec<RawRun>,
}

#[derive(Debug, Deserialize)]
struct RawScript {
    expected: Vec<f64>,
}

#[derive(Debug, Deserialize)]
struct RawRun {
    kenes: RawPage,
    dc: RawPage,
    floor: RawFloor,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct RawPage {
    error: Option<String>,
    errors: Vec<String>,
    ready_ms: Option<f64>,
    longest_task_ms: Option<f64>,
    blocking_ms: Option<f64>,
    longest_frame_gap_ms: Option<f64>,
    keys_sent: Option<f64>,
    keys_answered: Option<f64>,
    max_input_delay_ms: Option<f64>,
    progress_updates: Option<f64>,
    js_heap_bytes: Option<f64>,
    wasm_memory_bytes: Option<f64>,
    steps: Option<Vec<RawStep>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawStep {
    ms: Option<f64>,
    count: Option<f64>,
    timed_out: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct RawFloor {
    parse_ms: Option<f64>,
    fetch_parse_ms: Option<f64>,
}

// --- Results (bench/results.json) ---------------------------------------------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    about: About,
    datasets: Vec<DatasetResult>,
    sizes: Sizes,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct About {
    date: String,
    commit: String,
    machine: Machine,
    duration_s: u64,
    quick: bool,
    /// The sizes a run with `--only` measured (empty: as `quick` says).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    only: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Machine {
    cpu: String,
    cores: usize,
    ram_gb: f64,
    os: String,
    chromium: String,
    node: String,
    /// The load average over one minute when the bench started: other work
    /// on the machine makes every figure noisier and slower.
    #[serde(default)]
    load_average: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetResult {
    name: String,
    recommendations: usize,
    bytes: u64,
    runs: usize,
    /// The median `JSON.parse` of the file's text in an empty page: the floor.
    parse_ms: Option<f64>,
    /// The median fetch, decode and `JSON.parse` in an empty page.
    fetch_parse_ms: Option<f64>,
    kenes: PageResult,
    dc: PageResult,
}

/// Medians over runs; filter figures are each run's percentile over the
/// script's 50 changes, then the median over runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PageResult {
    ready_ms: Option<f64>,
    /// `ready_ms` over the dataset's `parse_ms`.
    ready_over_parse: Option<f64>,
    filter_p50_ms: Option<f64>,
    filter_p95_ms: Option<f64>,
    js_heap_mb: Option<f64>,
    wasm_memory_mb: Option<f64>,
    longest_task_ms: Option<f64>,
    blocking_ms: Option<f64>,
    longest_frame_gap_ms: Option<f64>,
    max_input_delay_ms: Option<f64>,
    keys_sent: Option<f64>,
    keys_answered: Option<f64>,
    progress_updates: Option<f64>,
    /// Changes, over all runs, after which the page did not show the count
    /// the format's rules give (see bench/script.mjs).
    wrong_counts: usize,
    /// Changes, over all runs, that were not shown within the time limit.
    timeouts: usize,
    /// Failed runs and the page's errors, once each.
    errors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sizes {
    hosted: Vec<FileSize>,
    hosted_total: FileSize,
    single: Option<FileSize>,
}

/// Turns the runs into figures.
fn summarise(raw: &Raw, about: About) -> Results {
    let datasets = raw
        .datasets
        .iter()
        .map(|d| {
            let parse_ms = median(d.runs.iter().filter_map(|r| r.floor.parse_ms));
            let fetch_parse_ms = median(d.runs.iter().filter_map(|r| r.floor.fetch_parse_ms));
            let page = |pick: fn(&RawRun) -> &RawPage| {
                let pages: Vec<&RawPage> = d.runs.iter().map(pick).collect();
                summarise_page(&pages, &d.script.expected, parse_ms)
            };
            DatasetResult {
                name: d.name.clone(),
                recommendations: d.recommendations,
                bytes: d.bytes,
                runs: d.runs.len(),
                parse_ms,
                fetch_parse_ms,
                kenes: page(|r| &r.kenes),
                dc: page(|r| &r.dc),
            }
        })
        .collect();
    let hosted = raw.sizes.hosted.clone();
    let hosted_total = FileSize {
        name: "total".into(),
        raw: hosted.iter().map(|f| f.raw).sum(),
        gzip: hosted.iter().map(|f| f.gzip).sum(),
        brotli: hosted.iter().map(|f| f.brotli).sum(),
    };
    Results {
        about,
        datasets,
        sizes: Sizes {
            hosted,
            hosted_total,
            single: raw.sizes.single.clone(),
        },
    }
}

fn summarise_page(pages: &[&RawPage], expected: &[f64], parse_ms: Option<f64>) -> PageResult {
    let med = |f: fn(&RawPage) -> Option<f64>| median(pages.iter().filter_map(|p| f(p)));
    let mb = |f: fn(&RawPage) -> Option<f64>| med(f).map(|b| b / 1e6);
    let per_run_percentile = |p: f64| {
        median(pages.iter().filter_map(|page| {
            let times: Vec<f64> = page.steps.as_ref()?.iter().filter_map(|s| s.ms).collect();
            percentile(&times, p)
        }))
    };
    let steps = || pages.iter().filter_map(|p| p.steps.as_ref()).flatten();
    let wrong_counts = pages
        .iter()
        .filter_map(|p| p.steps.as_ref())
        .map(|steps| {
            steps
                .iter()
                .zip(expected)
                .filter(|(s, want)| s.count != Some(**want))
                .count()
        })
        .sum();
    let mut errors: Vec<String> = pages
        .iter()
        .flat_map(|p| p.error.iter().chain(&p.errors))
        .cloned()
        .collect();
    errors.sort();
    errors.dedup();
    let ready_ms = med(|p| p.ready_ms);
    PageResult {
        ready_ms,
        ready_over_parse: match (ready_ms, parse_ms) {
            (Some(ready), Some(parse)) if parse > 0.0 => Some(ready / parse),
            _ => None,
        },
        filter_p50_ms: per_run_percentile(50.0),
        filter_p95_ms: per_run_percentile(95.0),
        js_heap_mb: mb(|p| p.js_heap_bytes),
        wasm_memory_mb: mb(|p| p.wasm_memory_bytes).filter(|m| *m > 0.0),
        longest_task_ms: med(|p| p.longest_task_ms),
        blocking_ms: med(|p| p.blocking_ms),
        longest_frame_gap_ms: med(|p| p.longest_frame_gap_ms),
        max_input_delay_ms: med(|p| p.max_input_delay_ms),
        keys_sent: med(|p| p.keys_sent),
        keys_answered: med(|p| p.keys_answered),
        progress_updates: med(|p| p.progress_updates),
        wrong_counts,
        timeouts: steps().filter(|s| s.timed_out).count(),
        errors,
    }
}

/// The median (the mean of the middle two for an even count), or `None`
/// for no values.
fn median(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let mut v: Vec<f64> = values.into_iter().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

/// The nearest-rank percentile: the smallest value with at least `p` % of
/// the values at or below it (p95 of 50 changes is the 48th fastest).
fn percentile(values: &[f64], p: f64) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * v.len() as f64).ceil().max(1.0) as usize;
    Some(v[rank.min(v.len()) - 1])
}

// --- The baseline check ---------------------------------------------------------

/// A figure that `--check` compares; lower is better for all of them.
#[derive(Debug, Clone, PartialEq)]
struct Figure {
    name: String,
    value: f64,
    /// Differences up to this much (in the figure's unit) are noise.
    floor: f64,
    unit: &'static str,
}

/// The figures of Kenes that `--check` watches (the yardsticks are not ours
/// to keep fast).
fn figures(results: &Results) -> Vec<Figure> {
    let mut list = Vec::new();
    let mut push = |name: String, value: Option<f64>, floor: f64, unit: &'static str| {
        if let Some(value) = value {
            list.push(Figure {
                name,
                value,
                floor,
                unit,
            });
        }
    };
    for d in &results.datasets {
        let k = &d.kenes;
        let n = &d.name;
        push(format!("{n}: ready"), k.ready_ms, 5.0, "ms");
        push(format!("{n}: filter p50"), k.filter_p50_ms, FRAME_MS, "ms");
        push(format!("{n}: filter p95"), k.filter_p95_ms, FRAME_MS, "ms");
        push(
            format!("{n}: longest task while loading"),
            k.longest_task_ms,
            5.0,
            "ms",
        );
        push(format!("{n}: JS heap"), k.js_heap_mb, 1.0, "MB");
        push(format!("{n}: wasm memory"), k.wasm_memory_mb, 1.0, "MB");
    }
    let total = &results.sizes.hosted_total;
    push(
        "hosted build, gzip".into(),
        Some(total.gzip as f64 / 1e3),
        1.0,
        "kB",
    );
    push(
        "hosted build, brotli".into(),
        Some(total.brotli as f64 / 1e3),
        1.0,
        "kB",
    );
    if let Some(single) = &results.sizes.single {
        push(
            "kenes.html, gzip".into(),
            Some(single.gzip as f64 / 1e3),
            1.0,
            "kB",
        );
        push(
            "kenes.html, brotli".into(),
            Some(single.brotli as f64 / 1e3),
            1.0,
            "kB",
        );
    }
    list
}

#[derive(Debug, Clone, PartialEq)]
struct Comparison {
    name: String,
    unit: &'static str,
    baseline: f64,
    now: f64,
    regressed: bool,
}

/// Each figure measured both times, and whether it is worse by more than
/// [`TOLERANCE`] of the baseline and by more than its noise floor.
fn compare(baseline: &Results, now: &Results) -> Vec<Comparison> {
    let before = figures(baseline);
    figures(now)
        .into_iter()
        .filter_map(|f| {
            let base = before.iter().find(|b| b.name == f.name)?;
            let worse = f.value - base.value;
            Some(Comparison {
                regressed: worse > TOLERANCE * base.value && worse > f.floor,
                name: f.name,
                unit: f.unit,
                baseline: base.value,
                now: f.value,
            })
        })
        .collect()
}

fn render_comparison(comparisons: &[Comparison]) -> String {
    let mut out = String::from("\n| figure | baseline | now | change | |\n|---|--:|--:|--:|---|\n");
    for c in comparisons {
        let change = if c.baseline > 0.0 {
            format!("{:+.0} %", (c.now / c.baseline - 1.0) * 100.0)
        } else {
            "—".into()
        };
        let _ = writeln!(
            out,
            "| {} | {} {u} | {} {u} | {change} | {} |",
            c.name,
            num(c.baseline),
            num(c.now),
            if c.regressed { "**regressed**" } else { "ok" },
            u = c.unit
        );
    }
    out
}

// --- The tables (bench/RESULTS.md) ----------------------------------------------

/// A target from issue 7 and whether the run met it.
#[derive(Debug, Clone, PartialEq)]
struct Target {
    goal: &'static str,
    figure: String,
    met: Option<bool>,
}

/// The slowest answer to a key press while loading that still counts as
/// "input answered" (the "good" bound of Interaction to Next Paint).
const ANSWER_MS: f64 = 200.0;

fn targets(r: &Results) -> Vec<Target> {
    let find = |name: &str| r.datasets.iter().find(|d| d.name == name);
    let ms = |v: Option<f64>| v.map_or("—".into(), |v| format!("{} ms", num(v)));
    let mut list = Vec::new();
    let demo = find("demo").and_then(|d| d.kenes.ready_ms);
    list.push(Target {
        goal: "demo ready < 300 ms",
        figure: ms(demo),
        met: demo.map(|v| v < 300.0),
    });
    let ratio = find("100k").and_then(|d| d.kenes.ready_over_parse);
    list.push(Target {
        goal: "100k ready ≤ 3 × JSON.parse of the same file",
        figure: ratio.map_or("—".into(), |v| format!("{v:.1} ×")),
        met: ratio.map(|v| v <= 3.0),
    });
    let big = find("200k").map(|d| &d.kenes);
    list.push(Target {
        goal: "200k loads without freezing: progress shown, key presses answered within 200 ms",
        figure: big.map_or("—".into(), |k| {
            format!(
                "{} progress updates; slowest answer {}; longest task {}",
                k.progress_updates.map_or("—".into(), num),
                ms(k.max_input_delay_ms),
                ms(k.longest_task_ms)
            )
        }),
        met: big
            .and_then(|k| Some(k.progress_updates? >= 2.0 && k.max_input_delay_ms? <= ANSWER_MS)),
    });
    let p95 = find("100k").and_then(|d| d.kenes.filter_p95_ms);
    list.push(Target {
        goal: "filter p95 < 50 ms at 100k (table and all charts)",
        figure: ms(p95),
        met: p95.map(|v| v < 50.0),
    });
    let gzip = r.sizes.hosted_total.gzip;
    list.push(Target {
        goal: "hosted build < 350 kB gzip",
        figure: format!("{} kB", kb(gzip)),
        met: Some(gzip < 350_000),
    });
    list
}

/// RESULTS.md: when, where, the targets, and the tables.
fn render(r: &Results) -> String {
    let a = &r.about;
    let m = &a.machine;
    let mut o = String::new();
    let _ = writeln!(o, "# Benchmark results\n");
    let _ = writeln!(
        o,
        "Written by `cargo xtask bench{}` on {} at commit `{}`, in {} min {} s.\n",
        if a.quick {
            " --quick".to_string()
        } else if !a.only.is_empty() {
            format!(" --only {}", a.only.join(","))
        } else {
            String::new()
        },
        a.date,
        a.commit,
        a.duration_s / 60,
        a.duration_s % 60
    );
    let _ = writeln!(
        o,
        "Machine: {}, {} cores, {:.0} GB RAM, {}; Chromium {} (headless), Node {}{}.\n",
        m.cpu,
        m.cores,
        m.ram_gb,
        m.os,
        m.chromium,
        m.node,
        m.load_average
            .map(|l| format!("; load average {l:.1} when the bench started"))
            .unwrap_or_default()
    );
    let runs: Vec<String> = r
        .datasets
        .iter()
        .map(|d| format!("{} {}", d.name, d.runs))
        .collect();
    let _ = writeln!(
        o,
        "Each figure is the median of several runs ({}). kB and MB are 1,000 and 1,000,000 bytes.\n",
        runs.join(", ")
    );

    let _ = writeln!(o, "## Targets\n");
    let _ = writeln!(o, "| target | figure | |\n|---|---|---|");
    for t in targets(r) {
        let verdict = match t.met {
            Some(true) => "met",
            Some(false) => "**missed**",
            None => "not measured",
        };
        let _ = writeln!(o, "| {} | {} | {verdict} |", t.goal, t.figure);
    }

    let ms = |v: Option<f64>| v.map_or("—".into(), num);
    let _ = writeln!(o, "\n## Loading\n");
    let _ = writeln!(
        o,
        "Milliseconds from navigation start to `kenes:ready`, beside `JSON.parse` of the same \
         bytes in an empty page on the same origin (the floor), and what happened on the page \
         while it loaded.\n"
    );
    let _ = writeln!(
        o,
        "| dataset | recommendations | file | ready | JSON.parse (floor) | ready ÷ floor | fetch + parse | longest task | blocking | longest frame gap | slowest key answer | keys answered | progress updates |\n\
         |---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    );
    for d in &r.datasets {
        let k = &d.kenes;
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            d.name,
            group(d.recommendations as u64),
            mb_text(d.bytes),
            ms(k.ready_ms),
            ms(d.parse_ms),
            k.ready_over_parse
                .map_or("—".into(), |v| format!("{v:.1} ×")),
            ms(d.fetch_parse_ms),
            ms(k.longest_task_ms),
            ms(k.blocking_ms),
            ms(k.longest_frame_gap_ms),
            ms(k.max_input_delay_ms),
            match (k.keys_answered, k.keys_sent) {
                (Some(a), Some(s)) => format!("{} of {}", num(a), num(s)),
                _ => "—".into(),
            },
            k.progress_updates.map_or("—".into(), num),
        );
    }

    let _ = writeln!(o, "\n## Filtering and memory\n");
    let _ = writeln!(
        o,
        "Milliseconds from a filter control's event to the paint that shows the change, over \
         a fixed script of 50 changes; memory after loading, after a garbage collection.\n"
    );
    let _ = writeln!(
        o,
        "| dataset | filter p50 | filter p95 | JS heap | wasm memory | wrong counts |\n|---|--:|--:|--:|--:|--:|"
    );
    for d in &r.datasets {
        let k = &d.kenes;
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} |",
            d.name,
            ms(k.filter_p50_ms),
            ms(k.filter_p95_ms),
            mb(k.js_heap_mb),
            mb(k.wasm_memory_mb),
            k.wrong_counts
        );
    }

    let _ = writeln!(o, "\n## Beside crossfilter + dc.js\n");
    let _ = writeln!(
        o,
        "The same datasets in `bench/dc/`, a dashboard built the usual way (crossfilter2 1.5.4, \
         dc 4.2.7, d3 6): JSON.parse, one dimension and group per chart (year, status, theme, \
         addressee, sessions), a data table of 25 rows, the same headline figures and the same \
         50 changes through the same kind of controls. Kenes draws more on each change: six \
         charts (progress over time too) and what changed between two days.\n"
    );
    let _ = writeln!(
        o,
        "| dataset | Kenes ready | dc.js ready | Kenes filter p50 / p95 | dc.js filter p50 / p95 | Kenes JS heap + wasm | dc.js JS heap | Kenes longest task | dc.js longest task |\n\
         |---|--:|--:|--:|--:|--:|--:|--:|--:|"
    );
    for d in &r.datasets {
        let (k, c) = (&d.kenes, &d.dc);
        let total = match (k.js_heap_mb, k.wasm_memory_mb) {
            (Some(h), Some(w)) => Some(h + w),
            (h, _) => h,
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} / {} | {} / {} | {} | {} | {} | {} |",
            d.name,
            ms(k.ready_ms),
            ms(c.ready_ms),
            ms(k.filter_p50_ms),
            ms(k.filter_p95_ms),
            ms(c.filter_p50_ms),
            ms(c.filter_p95_ms),
            mb(total),
            mb(c.js_heap_mb),
            ms(k.longest_task_ms),
            ms(c.longest_task_ms),
        );
    }

    let _ = writeln!(o, "\n## Transferred size\n");
    let _ = writeln!(
        o,
        "The hosted build as a browser fetches it to show the report (the dataset aside), and the \
         single file with the demo inside; gzip at level 9, brotli at quality 11.\n"
    );
    let _ = writeln!(o, "| file | raw | gzip | brotli |\n|---|--:|--:|--:|");
    let size_row = |o: &mut String, name: &str, f: &FileSize| {
        let _ = writeln!(
            o,
            "| {name} | {} kB | {} kB | {} kB |",
            kb(f.raw),
            kb(f.gzip),
            kb(f.brotli)
        );
    };
    for f in &r.sizes.hosted {
        size_row(&mut o, &f.name, f);
    }
    size_row(&mut o, "**hosted build**", &r.sizes.hosted_total);
    if let Some(single) = &r.sizes.single {
        size_row(&mut o, "kenes.html (demo inside)", single);
    }

    let problems: Vec<String> = r
        .datasets
        .iter()
        .flat_map(|d| {
            [("Kenes", &d.kenes), ("dc.js", &d.dc)]
                .into_iter()
                .flat_map(move |(who, p)| {
                    let mut list: Vec<String> = p
                        .errors
                        .iter()
                        .map(|e| format!("{} ({who}): {e}", d.name))
                        .collect();
                    if p.timeouts > 0 {
                        list.push(format!(
                            "{} ({who}): {} changes not shown in time",
                            d.name, p.timeouts
                        ));
                    }
                    if p.wrong_counts > 0 {
                        list.push(format!(
                            "{} ({who}): {} changes showed another count than the format's rules give",
                            d.name, p.wrong_counts
                        ));
                    }
                    list
                })
        })
        .collect();
    if !problems.is_empty() {
        let _ = writeln!(o, "\n## Problems seen\n");
        for p in problems {
            let _ = writeln!(o, "- {}", p.replace('\n', " "));
        }
    }
    o.push_str(METHOD);
    o
}

const METHOD: &str = "
## How it is measured

- **Build and data.** The release build (`cargo xtask dist`'s, into `target/bench/dist`), and
  datasets from `cargo xtask gen --seed 1` (reused from `target/bench/data/`), served by the
  xtask's own server on 127.0.0.1 with no compression. Every page load is in a fresh browser
  context (empty caches), in headless Chromium at 1366 × 768 driven by playwright-core
  (`bench/run.mjs`); `bench/probe.js` is added to every page before its own scripts.
- **Ready.** `performance.getEntriesByName(\"kenes:ready\")[0].startTime`: milliseconds from
  navigation start. Kenes marks it when Yew's pass that draws the dataset is over, before the
  browser paints it; the dc.js page marks `dc:ready` once its charts, table and figures are
  drawn, before its paint too. The demo is the report's own default load (`/`), the others
  `?data=`. The bench learns of it through a binding the probe calls, so that nothing of the
  bench's runs in the page while it loads (waiting with `page.evaluate` put some 20 ms of
  Playwright's own script on the page's main thread).
- **The floor.** In an empty page on the same origin: `fetch` the same file, decode it with
  `TextDecoder`, then time `JSON.parse(text)` alone. That last time is the floor the ratio
  divides by; *fetch + parse* (fetch, decode and parse) is shown beside it.
- **While loading.** A key press (Shift) is sent every 150 ms until the page is ready; *slowest
  key answer* is the longest time from a press's event time stamp to a listener on `window`.
  *Longest task* and *blocking* (the sum of each long task's time over 50 ms) come from the
  Long Tasks API, for tasks that started before ready; *longest frame gap* is the longest time
  between two animation frames; *progress updates* counts the distinct values the page's
  `[data-loading] progress` showed.
- **Filter change to repaint.** `bench/script.mjs` picks 50 changes from the dataset,
  deterministically: themes (the most used, top-level and sub-themes in turn), statuses, the
  year range (from, to) and the text search (words from the texts, some common and some rare).
  Each change sets the control's value and dispatches its `change` (selects) or `input`
  (search) event, as both pages listen for. The time runs from just before that dispatch to
  the end of the last frame that changed the DOM: after the dispatch the page waits frame by
  frame (`requestAnimationFrame`, then a `MessageChannel` message, which arrives after the
  frame is painted), watching the document with a `MutationObserver`, until the shown count
  (`[data-kpi=recommendations]`) is the expected one and three frames pass without a change.
  The time includes the wait for the next frame, so even a change that costs nothing takes
  about 17 ms (one frame at 60 Hz). Each run's p50
  and p95 are nearest-rank percentiles over the 50 changes; the table shows their median over
  runs. *Wrong counts* are changes after which a page showed another number of recommendations
  than the format's rules give (computed in `bench/script.mjs`).
- **Memory.** Half a second after ready, after a forced garbage collection: the JS heap in use
  (CDP `Runtime.getHeapUsage`), and the size of the WebAssembly memories the page
  instantiated (found by wrapping `WebAssembly.instantiate` and `instantiateStreaming`).
- **Sizes.** gzip -9 and brotli -11 (Node's zlib) of each file; the hosted build is every file
  of `dist/` but the datasets and `kenes.html`.
- **`--check`** runs everything again and fails when a figure of Kenes is worse than in the
  committed `bench/results.json` by more than 20 % *and* by more than its noise floor: 5 ms for
  ready and the longest task, one frame (17 ms) for filter times, 1 MB for memory and 1 kB for
  sizes. The figures of the yardsticks are not checked.
";

fn num(v: f64) -> String {
    if v.abs() >= 100.0 || v == v.round() {
        group(v.round() as u64)
    } else {
        format!("{v:.1}")
    }
}

/// A whole number with thin spaces between thousands.
fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{2009}');
        }
        out.push(c);
    }
    out
}

fn kb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e3)
}

fn mb(v: Option<f64>) -> String {
    v.map_or("—".into(), |v| format!("{v:.1} MB"))
}

fn mb_text(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} kB", kb(bytes))
    }
}

// --- Where and when --------------------------------------------------------------

fn machine(raw: &Raw, load_average: Option<f64>) -> Machine {
    let read = |file: &str| fs::read_to_string(file).unwrap_or_default();
    let field = |text: &str, key: &str| {
        text.lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':').or_else(|| l.split_once('='))?;
                (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
            })
            .unwrap_or_default()
    };
    let cpu = field(&read("/proc/cpuinfo"), "model name");
    let ram_kb: f64 = field(&read("/proc/meminfo"), "MemTotal")
        .trim_end_matches("kB")
        .trim()
        .parse()
        .unwrap_or(0.0);
    let os = field(&read("/etc/os-release"), "PRETTY_NAME");
    let kernel = read("/proc/sys/kernel/osrelease").trim().to_string();
    Machine {
        cpu: if cpu.is_empty() {
            std::env::consts::ARCH.into()
        } else {
            cpu
        },
        cores: std::thread::available_parallelism().map_or(0, |n| n.get()),
        ram_gb: (ram_kb * 1024.0 / 1e9 * 10.0).round() / 10.0,
        os: match (os.is_empty(), kernel.is_empty()) {
            (true, _) => std::env::consts::OS.into(),
            (false, true) => os,
            (false, false) => format!("{os}, Linux {kernel}"),
        },
        chromium: raw.chromium.clone(),
        node: raw.node.clone(),
        load_average,
    }
}

/// The one-minute load average (Linux), if known.
fn load_average() -> Option<f64> {
    fs::read_to_string("/proc/loadavg")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// The commit measured, marked when the work tree differs from it.
fn git_commit(root: &Path) -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .current_dir(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let Some(commit) = git(&["rev-parse", "--short=12", "HEAD"]) else {
        return "unknown".into();
    };
    let dirty =
        git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|s| !s.is_empty());
    if dirty {
        format!("{commit} + uncommitted changes")
    } else {
        commit
    }
}

fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    utc(secs)
}

/// `YYYY-MM-DD HH:MM UTC` for seconds since 1970 (Howard Hinnant's
/// days-to-civil algorithm).
fn utc(secs: u64) -> String {
    let day = kenes::dataset::Date::from_days((secs / 86_400) as i32);
    let (hour, minute) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    format!("{day} {hour:02}:{minute:02} UTC")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_arguments() {
        assert_eq!(
            parse_args(&args(&["--quick", "--runs", "2"])).unwrap(),
            Options {
                quick: true,
                check: false,
                runs: Some(2),
                only: Vec::new(),
            }
        );
        assert!(parse_args(&args(&["--check"])).unwrap().check);
        assert_eq!(
            parse_args(&args(&["--only", "100k,demo,100k", "--check"])).unwrap(),
            Options {
                quick: false,
                check: true,
                runs: None,
                only: vec!["100k".into(), "demo".into()],
            }
        );
        for (bad, says) in [
            (&["--runs"][..], "`--runs` needs a number"),
            (&["--runs", "0"][..], "not `0`"),
            (&["--fast"][..], "unknown argument `--fast`"),
            (&["--only"][..], "not ``"),
            (&["--only", "100k,50k"][..], "not `50k`"),
            (&["--quick", "--only", "1k"][..], "give one"),
        ] {
            let err = parse_args(&args(bad)).unwrap_err().to_string();
            assert!(err.contains(says), "{bad:?}: {err}");
        }
    }

    #[test]
    fn quick_runs_the_demo_and_1k_once() {
        let quick = plan(&parse_args(&args(&["--quick"])).unwrap());
        let names: Vec<(&str, usize)> = quick.iter().map(|p| (p.name.as_str(), p.runs)).collect();
        assert_eq!(names, [("demo", 1), ("1k", 1)]);
        let full = plan(&parse_args(&[]).unwrap());
        let runs: Vec<usize> = full.iter().map(|p| p.runs).collect();
        assert_eq!(runs, [5, 5, 5, 3, 3]);
        assert_eq!(full[4].recs, Some(200_000));
        let seven = plan(&parse_args(&args(&["--runs", "7"])).unwrap());
        assert!(seven.iter().all(|p| p.runs == 7));
    }

    #[test]
    fn only_runs_the_sizes_named_in_their_order() {
        let only = plan(&parse_args(&args(&["--only", "200k,10k"])).unwrap());
        let names: Vec<(&str, usize)> = only.iter().map(|p| (p.name.as_str(), p.runs)).collect();
        assert_eq!(names, [("10k", 5), ("200k", 3)]);
        let once = plan(&parse_args(&args(&["--only", "100k", "--runs", "1"])).unwrap());
        assert_eq!(once.len(), 1);
        assert_eq!((once[0].recs, once[0].runs), (Some(100_000), 1));
    }

    #[test]
    fn only_a_full_run_writes_the_committed_results() {
        let root = Path::new("/repo");
        let dir = |list: &[&str]| results_dir(root, &parse_args(&args(list)).unwrap());
        assert_eq!(dir(&[]), root.join("bench"));
        assert_eq!(dir(&["--runs", "1"]), root.join("bench"));
        for partial in [
            &["--quick"][..],
            &["--only", "100k"],
            &["--check"],
            &["--only", "1k", "--check"],
        ] {
            assert_eq!(dir(partial), root.join("target/bench"), "{partial:?}");
        }
    }

    #[test]
    fn medians_and_nearest_rank_percentiles() {
        assert_eq!(median([]), None);
        assert_eq!(median([3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median([4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median([f64::NAN, 5.0]), Some(5.0));
        let fifty: Vec<f64> = (1..=50).map(f64::from).collect();
        assert_eq!(percentile(&fifty, 50.0), Some(25.0));
        assert_eq!(percentile(&fifty, 95.0), Some(48.0));
        assert_eq!(percentile(&fifty, 100.0), Some(50.0));
        assert_eq!(percentile(&[7.0], 95.0), Some(7.0));
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(percentile(&[2.0, 1.0], 0.0), Some(1.0));
    }

    #[test]
    fn dates_are_utc() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400 + 3_723), "2000-02-29 01:02 UTC");
        assert_eq!(utc(1_767_225_599), "2025-12-31 23:59 UTC");
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(num(1234.4), "1\u{2009}234");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(7.0), "7");
        assert_eq!(group(1_000_000), "1\u{2009}000\u{2009}000");
        assert_eq!(mb_text(123_456_789), "123.5 MB");
        assert_eq!(mb_text(5_500), "5.5 kB");
    }

    fn page(ready: f64, p50: f64, p95: f64) -> PageResult {
        PageResult {
            ready_ms: Some(ready),
            filter_p50_ms: Some(p50),
            filter_p95_ms: Some(p95),
            js_heap_mb: Some(3.0),
            wasm_memory_mb: Some(20.0),
            longest_task_ms: Some(100.0),
            progress_updates: Some(40.0),
            max_input_delay_ms: Some(150.0),
            ..PageResult::default()
        }
    }

    fn results(name: &str, kenes: PageResult, gzip: u64) -> Results {
        let size = |name: &str, gzip| FileSize {
            name: name.into(),
            raw: 3 * gzip,
            gzip,
            brotli: gzip * 8 / 10,
        };
        Results {
            about: About {
                date: "2026-01-02 03:04 UTC".into(),
                commit: "abc".into(),
                machine: Machine {
                    cpu: "CPU".into(),
                    cores: 2,
                    ram_gb: 8.0,
                    os: "OS".into(),
                    chromium: "1".into(),
                    node: "v20".into(),
                    load_average: Some(0.25),
                },
                duration_s: 75,
                quick: false,
                only: Vec::new(),
            },
            datasets: vec![DatasetResult {
                name: name.into(),
                recommendations: 100_000,
                bytes: 90_000_000,
                runs: 3,
                parse_ms: Some(400.0),
                fetch_parse_ms: Some(600.0),
                kenes,
                dc: page(2_000.0, 40.0, 80.0),
            }],
            sizes: Sizes {
                hosted: vec![size("kenes_bg.wasm", gzip)],
                hosted_total: size("total", gzip),
                single: None,
            },
        }
    }

    /// The names of the figures that `--check` finds regressed.
    fn check(baseline: PageResult, now: PageResult, gzip: (u64, u64)) -> Vec<String> {
        compare(
            &results("100k", baseline, gzip.0),
            &results("100k", now, gzip.1),
        )
        .into_iter()
        .filter(|c| c.regressed)
        .map(|c| c.name)
        .collect::<Vec<_>>()
    }

    #[test]
    fn check_fails_only_beyond_twenty_percent_and_the_noise_floor() {
        let none: Vec<String> = Vec::new();
        // Better, equal and 20 % worse are fine.
        assert_eq!(
            check(
                page(1000.0, 30.0, 40.0),
                page(900.0, 30.0, 48.0),
                (300_000, 300_000)
            ),
            none
        );
        assert_eq!(
            check(
                page(1000.0, 30.0, 40.0),
                page(1200.0, 30.0, 40.0),
                (300_000, 360_000)
            ),
            none
        );
        // More than 20 % worse fails.
        assert_eq!(
            check(
                page(1000.0, 30.0, 40.0),
                page(1201.0, 30.0, 40.0),
                (300_000, 361_000)
            ),
            ["100k: ready", "hosted build, gzip", "hosted build, brotli"]
        );
        // A tiny figure may double within its floor: 2 ms to 6 ms (ready,
        // 5 ms), 10 ms to 26 ms (filter, one frame).
        assert_eq!(
            check(page(2.0, 10.0, 10.0), page(6.0, 26.0, 26.0), (1, 1)),
            none
        );
        assert_eq!(
            check(page(2.0, 10.0, 10.0), page(8.0, 28.0, 26.0), (1, 1)),
            ["100k: ready", "100k: filter p50"]
        );
        // A figure missing on either side is not compared.
        let mut quick = page(5000.0, 30.0, 40.0);
        quick.ready_ms = None;
        assert_eq!(check(page(1000.0, 30.0, 40.0), quick, (1, 1)), none);
    }

    #[test]
    fn the_table_shows_targets_and_figures() {
        let mut kenes = page(1_234.0, 33.3, 66.7);
        kenes.ready_over_parse = Some(1_234.0 / 400.0);
        let r = results("100k", kenes, 300_000);
        let md = render(&r);
        assert!(md.starts_with("# Benchmark results\n\nWritten by `cargo xtask bench` on 2026-01-02 03:04 UTC at commit `abc`, in 1 min 15 s.\n"), "{md}");
        assert!(
            md.contains("Machine: CPU, 2 cores, 8 GB RAM, OS; Chromium 1 (headless), Node v20; load average 0.2 when the bench started.")
        );
        for line in [
            "| demo ready < 300 ms | — | not measured |",
            "| 100k ready ≤ 3 × JSON.parse of the same file | 3.1 × | **missed** |",
            "| filter p95 < 50 ms at 100k (table and all charts) | 66.7 ms | **missed** |",
            "| hosted build < 350 kB gzip | 300.0 kB | met |",
            "| 100k | 100\u{2009}000 | 90.0 MB | 1\u{2009}234 | 400 | 3.1 × | 600 | 100 | — | — | 150 | — | 40 |",
            "| 100k | 33.3 | 66.7 | 3.0 MB | 20.0 MB | 0 |",
            "| 100k | 1\u{2009}234 | 2\u{2009}000 | 33.3 / 66.7 | 40 / 80 | 23.0 MB | 3.0 MB | 100 | 100 |",
            "| **hosted build** | 900.0 kB | 300.0 kB | 240.0 kB |",
        ] {
            assert!(md.contains(line), "missing {line:?} in\n{md}");
        }
        assert!(!md.contains("## Problems seen"));
    }

    #[test]
    fn runs_become_figures() {
        let step = |ms: f64, count: f64| RawStep {
            ms: Some(ms),
            count: Some(count),
            timed_out: false,
        };
        let run = |ready: f64, times: &[f64], counts: &[f64]| RawRun {
            kenes: RawPage {
                ready_ms: Some(ready),
                wasm_memory_bytes: Some(2e6),
                steps: Some(
                    times
                        .iter()
                        .zip(counts)
                        .map(|(&t, &c)| step(t, c))
                        .collect(),
                ),
                ..RawPage::default()
            },
            dc: RawPage {
                error: Some("not ready after 1 ms".into()),
                ..RawPage::default()
            },
            floor: RawFloor {
                parse_ms: Some(ready / 4.0),
                fetch_parse_ms: None,
            },
        };
        let raw = Raw {
            chromium: "1".into(),
            node: "v20".into(),
            sizes: RawSizes {
                hosted: vec![],
                single: None,
            },
            datasets: vec![RawDataset {
                name: "1k".into(),
                recommendations: 1000,
                bytes: 1,
                script: RawScript {
                    expected: vec![5.0, 6.0],
                },
                runs: vec![
                    run(100.0, &[10.0, 20.0], &[5.0, 6.0]),
                    run(300.0, &[30.0, 40.0], &[5.0, 7.0]),
                    run(200.0, &[50.0, 60.0], &[5.0, 6.0]),
                ],
            }],
        };
        let about = results("x", PageResult::default(), 1).about;
        let r = summarise(&raw, about);
        let d = &r.datasets[0];
        assert_eq!(d.parse_ms, Some(50.0));
        assert_eq!(d.kenes.ready_ms, Some(200.0));
        assert_eq!(d.kenes.ready_over_parse, Some(4.0));
        assert_eq!(d.kenes.filter_p50_ms, Some(30.0));
        assert_eq!(d.kenes.filter_p95_ms, Some(40.0));
        assert_eq!(d.kenes.wasm_memory_mb, Some(2.0));
        assert_eq!(d.kenes.wrong_counts, 1);
        assert_eq!(d.dc.ready_ms, None);
        assert_eq!(d.dc.errors, ["not ready after 1 ms"]);
        assert!(render(&r).contains("- 1k (dc.js): not ready after 1 ms"));
    }
}
