//! Renders the chart fixtures into one HTML page for a visual check in a
//! browser: `cargo run --example charts_gallery -- /tmp/charts.html`.

#[path = "../tests/chart_fixtures/mod.rs"]
mod fixtures;

use kenes::charts::{render_bars, render_lines, render_timeline};

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/charts.html".to_owned());
    let mut single = fixtures::years_by_stage();
    single.categories.truncate(1);
    let mut huge = fixtures::statuses();
    huge.categories[3].values[3] = 987_654_321_012;
    let mut zeros = fixtures::themes();
    zeros.categories.truncate(3);
    for c in &mut zeros.categories {
        c.values = vec![0];
    }
    let mut empty = fixtures::years_by_stage();
    empty.categories.clear();
    let mut empty_lines = fixtures::progress();
    empty_lines.series.clear();
    let mut one_session = fixtures::timeline();
    one_session.events.truncate(1);
    let edge = [
        render_bars(&single),
        render_bars(&huge),
        render_bars(&zeros),
        render_bars(&empty),
        render_lines(&empty_lines),
        render_timeline(&one_session),
    ];
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
    // Edge cases on their own page: one year, one huge value, zeros, nothing.
    let mut page = head.clone();
    for svg in edge {
        page.push_str(&format!("<figure>{svg}</figure>"));
    }
    page.push_str("</div>");
    let edge_out = out.replace(".html", "-edge.html");
    std::fs::write(&edge_out, page).expect("write the edge cases");
    println!("wrote {out}");
}
