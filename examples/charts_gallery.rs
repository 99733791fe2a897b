//! Renders the chart fixtures into one HTML page for a visual check in a
//! browser: `cargo run --example charts_gallery -- /tmp/charts.html`.

#[path = "../tests/chart_fixtures/mod.rs"]
mod fixtures;

use kenes::charts::{render_bars, render_lines, render_timeline};

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/charts.html".to_owned());
    let charts = [
        render_bars(&fixtures::years_by_stage()),
        render_bars(&fixtures::themes()),
        render_bars(&fixtures::statuses()),
        render_lines(&fixtures::progress()),
        render_timeline(&fixtures::timeline()),
        render_bars(&fixtures::bodies()),
    ];
    let mut html = String::from(
        "<!doctype html><meta charset=utf-8><title>Kenes charts</title>\
         <style>body{margin:0;padding:12px;background:#f5f7fa;font-family:sans-serif}\
         .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,560px),1fr));gap:12px}\
         figure{margin:0;background:#fff;border:1px solid #e4e7eb}\
         svg{display:block;width:100%;height:auto}</style><div class=grid>",
    );
    let head = html.clone();
    for (i, svg) in charts.iter().enumerate() {
        let figure = format!("<figure>{svg}</figure>");
        html.push_str(&figure);
        // One page per chart too, for screenshots of a single chart.
        let single = out.replace(".html", &format!("-{}.html", i + 1));
        std::fs::write(&single, format!("{head}{figure}</div>")).expect("write a chart page");
    }
    html.push_str("</div>");
    std::fs::write(&out, html).expect("write the gallery");
    println!("wrote {out}");
}
