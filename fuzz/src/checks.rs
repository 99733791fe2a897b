//! What the fuzz targets assert about the two readers of outside input, kept
//! apart from libFuzzer so that `tests/fuzz_regressions.rs` runs the very same
//! checks natively (it includes this file with `#[path]`). It names only
//! `kenes` and `std`.
//!
//! Beyond "no panic", each check states an invariant that is cheap to test:
//! the browser's step-by-step read agrees with a one-shot read, every index of
//! the model is in range, what `to_json` writes reads back equal and without a
//! problem, and a view decoded from any hash survives encode-then-decode.

use kenes::dataset::{self, Dataset, Loader, Outcome, Problem, Refusal, Severity, Subset};
use kenes::i18n::{self, Lang};
use kenes::query::{Filter, Index};
use kenes::report::{self, Layout};
use kenes::url_state;

/// Reads a document the way the browser does (`ui::load::ingest`): decode the
/// bytes (byte order mark, UTF-16/32 detection), check the top level, then
/// validate `step` records at a time until done.
pub fn read_like_the_browser(
    bytes: &[u8],
    step: usize,
) -> Result<(Dataset, Vec<Problem>), Refusal> {
    let text = dataset::decode(bytes)?;
    let mut loader = Loader::parse(text)?;
    let mut last = loader.progress();
    assert!(last.done <= last.total, "{last:?}");
    while !loader.is_done() {
        let progress = loader.step(step.max(1))?;
        assert!(progress.done >= last.done, "{progress:?} after {last:?}");
        assert!(progress.done <= progress.total, "{progress:?}");
        last = progress;
    }
    loader.finish()
}

/// Everything the dataset targets check for one input. `step` is the number
/// of records validated per step (the browser steps 250 at a time; small steps test
/// that where a load pauses makes no difference).
pub fn check_document(bytes: &[u8], step: usize) {
    let stepped = read_like_the_browser(bytes, step);
    let whole = dataset::load_bytes(bytes);
    assert_eq!(
        stepped, whole,
        "a stepped load differs from a one-shot load"
    );
    match whole {
        Err(refusal) => {
            for lang in Lang::ALL {
                let message = i18n::refusal_message(lang, &refusal);
                assert!(!message.is_empty());
            }
        }
        Ok((ds, problems)) => {
            check_model(&ds);
            for problem in &problems {
                for lang in Lang::ALL {
                    let message = i18n::problem_message(lang, problem);
                    assert!(!message.is_empty());
                }
            }
            check_round_trip(&ds, &problems);
        }
    }
}

/// Every reference in the model is an index in range, histories are sorted,
/// theme parents are one level deep, ids are unique in each list.
pub fn check_model(ds: &Dataset) {
    assert!(!ds.languages.is_empty(), "a dataset always has a language");
    let statuses = ds.statuses.len();
    let themes = ds.themes.len();
    let bodies = ds.bodies.len();
    let in_range = |what: &str, ix: u32, len: usize| {
        assert!(
            (ix as usize) < len,
            "{what} index {ix} out of range ({len})"
        );
    };
    unique(ds.statuses.iter().map(|s| s.id.as_str()));
    unique(ds.themes.iter().map(|t| t.id.as_str()));
    unique(ds.bodies.iter().map(|b| b.id.as_str()));
    unique(ds.plans.iter().map(|p| p.id.as_str()));
    unique(ds.sessions.iter().map(|s| s.id.as_str()));
    unique(ds.recommendations.iter().map(|r| r.id.as_str()));
    for theme in &ds.themes {
        if let Some(parent) = theme.parent {
            in_range("theme parent", parent, themes);
            let grand = ds.themes[parent as usize].parent;
            assert!(grand.is_none(), "theme {} is nested two deep", theme.id);
        }
    }
    for session in &ds.sessions {
        session
            .participants
            .iter()
            .for_each(|&b| in_range("participant", b, bodies));
        session
            .themes
            .iter()
            .for_each(|&t| in_range("session theme", t, themes));
    }
    for rec in &ds.recommendations {
        in_range("session", rec.session, ds.sessions.len());
        in_range("status", u32::from(rec.status), statuses);
        rec.themes
            .iter()
            .for_each(|&t| in_range("theme", t, themes));
        rec.addressees
            .iter()
            .for_each(|&b| in_range("addressee", b, bodies));
        rec.proposed_by
            .iter()
            .for_each(|&b| in_range("proposer", b, bodies));
        if let Some(plan) = rec.plan {
            in_range("plan", plan, ds.plans.len());
        }
        for change in &rec.history {
            in_range("history status", u32::from(change.status), statuses);
        }
        assert!(
            rec.history.windows(2).all(|w| w[0].date <= w[1].date),
            "the history of {} is not sorted",
            rec.id
        );
        // `status_on` reads the model the way every chart does.
        let _ = ds.status_on(rec, ds.made_on(rec));
    }
}

/// What `to_json` writes reads back as an equal dataset, and a subset (every
/// other recommendation) reads back with exactly those. A document read
/// without a problem is written without one; otherwise the only problems
/// left are warnings about data kept as it was (a history that ends on
/// another status, a missing translation), of kinds the first read had too.
pub fn check_round_trip(ds: &Dataset, problems: &[Problem]) {
    let json = dataset::to_json(ds, Subset::ALL);
    let (again, new_problems) = match dataset::load(&json) {
        Ok(read) => read,
        Err(refusal) => panic!("to_json wrote a document the reader refuses: {refusal}\n{json}"),
    };
    assert_eq!(&again, ds, "to_json then load changed the dataset\n{json}");
    let had = |p: &Problem| {
        problems
            .iter()
            .any(|q| std::mem::discriminant(&q.kind) == std::mem::discriminant(&p.kind))
    };
    for p in &new_problems {
        assert!(
            p.severity == Severity::Warning && p.outcome == Outcome::Kept && had(p),
            "to_json wrote a document with a new problem: {p}\nbefore: {problems:?}\n{json}"
        );
    }

    let kept: Vec<u32> = (0..ds.recommendations.len() as u32).step_by(2).collect();
    let subset = Subset {
        recommendations: Some(&kept),
        sessions: Some(&[]),
    };
    let json = dataset::to_json(ds, subset);
    let (part, part_problems) = dataset::load(&json).expect("a subset reads back");
    assert!(part_problems.iter().all(had), "{part_problems:?}\n{json}");
    let ids: Vec<&str> = kept
        .iter()
        .map(|&r| ds.recommendations[r as usize].id.as_str())
        .collect();
    let part_ids: Vec<&str> = part.recommendations.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(part_ids, ids);
}

/// Decoding any hash against `ds` gives a view whose own hash decodes to the
/// same view with no note, and encodes to the same hash again.
pub fn check_hash(ds: &Dataset, hash: &str) {
    let (view, notes) = url_state::decode(ds, hash);
    for note in &notes {
        for lang in Lang::ALL {
            assert!(!i18n::note_message(lang, note).is_empty());
        }
    }
    let encoded = url_state::encode(ds, &view);
    assert!(encoded.is_ascii(), "{encoded:?}");
    let (again, notes) = url_state::decode(ds, &encoded);
    assert_eq!(again, view, "{hash:?} -> {encoded:?}");
    assert!(notes.is_empty(), "{hash:?} -> {encoded:?}: {notes:?}");
    assert_eq!(url_state::encode(ds, &again), encoded);
}

/// The dashboard the browser shows next, in `lang`, for the dataset's
/// present and for its `as_of` day, and what changed over the year before:
/// built without a panic, with counts that add up.
pub fn check_report(ds: &Dataset, lang: &str) {
    let index = Index::new(ds);
    let filter = Filter::default();
    for as_of in [None, ds.as_of] {
        let view = report::build(ds, &index, &filter, as_of, lang, Layout::default());
        let headline = &view.headline;
        assert_eq!(headline.recommendations, view.selected.len() as u64);
        assert_eq!(
            headline.by_stage.iter().sum::<u64>(),
            headline.recommendations
        );
        if as_of.is_none() {
            assert_eq!(view.selected.len(), ds.recommendations.len());
        }
        if let Some(period) = report::default_comparison(ds, as_of) {
            let changed = report::changed(ds, &index, &filter, period, lang, 640);
            assert!(changed.moved.len() <= changed.total);
        }
    }
}

/// The datasets the `url_hash` target decodes links against.
pub fn hash_datasets() -> Vec<Dataset> {
    let read = |json: &str| dataset::load(json).expect("a fuzz dataset loads").0;
    vec![
        read(include_str!("../data/url-escapes.json")),
        read(include_str!("../../tests/data/three-languages.json")),
    ]
}

/// One input of the `url_hash` target: the first byte chooses the dataset,
/// the rest is the hash. A hash in the browser is always text, so bytes that
/// are not UTF-8 arrive as replacement characters.
pub fn check_hash_input(datasets: &[Dataset], bytes: &[u8]) {
    let Some((&which, rest)) = bytes.split_first() else {
        return;
    };
    let ds = &datasets[usize::from(which) % datasets.len()];
    check_hash(ds, &String::from_utf8_lossy(rest));
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>) {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        assert!(seen.insert(id), "id {id:?} is used twice in one list");
    }
}
