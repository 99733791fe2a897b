//! Times what one filter change costs the report, stage by stage, on a
//! dataset file (`cargo xtask gen --recs 100000 --seed 1 --out FILE`):
//!
//! ```text
//! cargo run --release --example filter_timing FILE [RUNS]
//! ```
//!
//! For a few filters like the benchmark's (none, a theme, a status, years, a
//! word), it prints the best of RUNS (default 5) for each stage the page
//! runs after a change: the dashboard (`report::build`, and inside it the
//! selection, the progress series and the other counts), "what changed"
//! (`report::changed`), the table's sort and the link (`url_state::encode`).
//! `select1` is the first selection (a search not yet answered), and
//! `(record)` the progress series computed record by record
//! (`aggregate::progress`), for comparison.

use std::time::Instant;

use kenes::dataset::Dataset;
use kenes::query::{self, aggregate, Filter, Index};
use kenes::report::{self, Layout};
use kenes::state::{self, Sort};
use kenes::url_state::{self, ViewState};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: filter_timing FILE.json [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(&file).expect("a readable file");
    let started = Instant::now();
    let (ds, _) = kenes::dataset::load_bytes(&bytes).expect("a Kenes document");
    println!(
        "{} recommendations read in {:.0} ms",
        ds.recommendations.len(),
        ms(started)
    );
    let started = Instant::now();
    let index = Index::new(&ds);
    println!("search index built in {:.0} ms", ms(started));
    let started = Instant::now();
    index.columns(&ds);
    println!("columns built in {:.1} ms", ms(started));

    println!(
        "{:<8} {:>6} {:>7} {:>7} {:>8} {:>8} {:>7} {:>7} {:>8} {:>6} {:>5}",
        "filter",
        "recs",
        "select1",
        "select",
        "progress",
        "(record)",
        "counts",
        "build",
        "changed",
        "sort",
        "link"
    );
    for (name, filter) in filters(&ds) {
        let as_of = None;
        let best = |f: &mut dyn FnMut()| {
            (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    f();
                    ms(t)
                })
                .fold(f64::INFINITY, f64::min)
        };
        let first = Instant::now();
        let selected = query::select(&ds, &index, &filter, as_of);
        let first = ms(first);
        let select = best(&mut || {
            std::hint::black_box(query::select(&ds, &index, &filter, as_of));
        });
        let columns = index.columns(&ds);
        let progress = best(&mut || {
            std::hint::black_box(columns.progress(&selected, ds.as_of));
        });
        let per_record_progress = best(&mut || {
            std::hint::black_box(aggregate::progress(&ds, &selected, ds.as_of));
        });
        let counts = best(&mut || {
            let counts = columns.counts(&selected, as_of);
            let sessions = counts.sessions_in_view(&ds, &filter, as_of);
            std::hint::black_box((
                counts.headline(sessions.len()),
                counts.by_year(&ds),
                counts.by_status(),
                counts.by_theme(report::RANKING_LIMIT),
                counts.by_addressee(report::RANKING_LIMIT),
                counts.by_session(&sessions),
            ));
        });
        let build = best(&mut || {
            std::hint::black_box(report::build(
                &ds,
                &index,
                &filter,
                as_of,
                "en",
                Layout::default(),
            ));
        });
        let days = report::default_comparison(&ds, as_of).expect("a dataset with dates");
        let changed = best(&mut || {
            std::hint::black_box(report::changed(&ds, &index, &filter, days, "en", 1200));
        });
        let sort = best(&mut || {
            let mut rows = selected.clone();
            state::sort_rows(&ds, &mut rows, Sort::default(), "en", as_of);
            std::hint::black_box(rows);
        });
        let view = ViewState {
            filter: filter.clone(),
            ..ViewState::default()
        };
        let link = best(&mut || {
            std::hint::black_box(url_state::encode(&ds, &view));
        });
        println!(
            "{name:<8} {:>6} {first:>7.1} {select:>7.1} {progress:>8.1} {per_record_progress:>8.1} {counts:>7.1} {build:>7.1} {changed:>8.1} {sort:>6.1} {link:>5.2}",
            selected.len()
        );
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Filters like those of the benchmark's script: nothing, a theme, a status,
/// a range of years, a word, and several at once.
fn filters(ds: &Dataset) -> Vec<(&'static str, Filter)> {
    let years: Vec<i32> = ds.sessions.iter().map(|s| s.date.year()).collect();
    let (first, last) = (
        years.iter().copied().min().unwrap_or(0),
        years.iter().copied().max().unwrap_or(0),
    );
    let theme = Filter {
        themes: [0].into(),
        ..Filter::default()
    };
    let status = Filter {
        statuses: [0].into(),
        ..Filter::default()
    };
    let range = Filter {
        years: Some((first + (last - first) / 3, last)),
        ..Filter::default()
    };
    let word = Filter {
        text: "обеспечению".into(),
        ..Filter::default()
    };
    let all = Filter {
        themes: [0, 1].into(),
        statuses: [0, 1].into(),
        years: Some((first + (last - first) / 3, last)),
        ..Filter::default()
    };
    vec![
        ("none", Filter::default()),
        ("theme", theme),
        ("status", status),
        ("years", range),
        ("word", word),
        ("several", all),
    ]
}
