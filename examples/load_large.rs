//! Times the dataset reader on a generated document with many
//! recommendations: `cargo run --release --example load_large [COUNT]`.

use std::fmt::Write;
use std::time::Instant;

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let json = generate(count);
    let start = Instant::now();
    if let Ok(loader) = kenes::dataset::Loader::parse(&json) {
        println!(
            "syntax and top level: {:.0} ms",
            start.elapsed().as_secs_f64() * 1000.0
        );
        drop(loader);
    }
    let start = Instant::now();
    match kenes::dataset::load(&json) {
        Ok((dataset, problems)) => println!(
            "{} recommendations, {} problems, {:.1} MB in {:.0} ms",
            dataset.recommendations.len(),
            problems.len(),
            json.len() as f64 / 1e6,
            start.elapsed().as_secs_f64() * 1000.0
        ),
        Err(refusal) => println!("refused: {refusal}"),
    }
}

/// A document in three languages with histories, like a large real one.
fn generate(count: usize) -> String {
    let mut out = String::from(
        r#"{"kenes": 1, "title": {"en": "Generated", "ru": "Сгенерировано", "kk": "Жасалған"}, "languages": ["en", "ru", "kk"], "themes": ["#,
    );
    for t in 0..40 {
        let sep = if t == 0 { "" } else { "," };
        let _ = write!(
            out,
            r#"{sep}{{"id": "theme-{t}", "name": {{"en": "Theme {t}", "ru": "Тема {t}", "kk": "Тақырып {t}"}}}}"#
        );
    }
    out.push_str(r#"], "bodies": ["#);
    for b in 0..200 {
        let sep = if b == 0 { "" } else { "," };
        let _ = write!(
            out,
            r#"{sep}{{"id": "body-{b}", "name": {{"en": "Body {b}", "ru": "Орган {b}", "kk": "Орган {b}"}}, "kind": "government"}}"#
        );
    }
    out.push_str(r#"], "sessions": ["#);
    for s in 0..300 {
        let sep = if s == 0 { "" } else { "," };
        let _ = write!(
            out,
            r#"{sep}{{"id": "s-{s}", "date": "{}-{:02}-15", "title": {{"en": "Session {s}", "ru": "Заседание {s}", "kk": "Отырыс {s}"}}}}"#,
            2000 + s / 12,
            s % 12 + 1
        );
    }
    out.push_str(r#"], "recommendations": ["#);
    for r in 0..count {
        let sep = if r == 0 { "" } else { "," };
        let s = r % 300;
        let _ = write!(
            out,
            r#"{sep}{{"id": "DP-{r}", "session": "s-{s}", "text": {{"en": "Recommendation number {r} about a law", "ru": "Рекомендация номер {r} о законе", "kk": "Заң туралы {r} ұсыным"}}, "themes": ["theme-{}", "theme-{}"], "addressees": ["body-{}"], "proposed_by": ["body-{}"], "status": "implemented", "due": "2030", "history": [{{"date": "{}-{:02}-15", "status": "under_consideration"}}, {{"date": "{}", "status": "accepted"}}, {{"date": "{}", "status": "implemented"}}]}}"#,
            r % 40,
            (r + 7) % 40,
            r % 200,
            (r + 3) % 200,
            2000 + s / 12,
            s % 12 + 1,
            2001 + s / 12,
            2002 + s / 12
        );
    }
    out.push_str("]}");
    out
}
