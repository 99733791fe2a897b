//! Renders the chart fixtures into one HTML page for a visual check in a
//! browser, laid out for a given width in CSS pixels (640 if not given):
//! `cargo run --example charts_gallery -- /tmp/charts.html 390`.
//!
//! Each chart is shown at exactly the width it was laid out for, so a
//! screenshot shows the sizes a reader would see on that screen.

#[path = "../tests/chart_fixtures/mod.rs"]
mod fixtures;
#[path = "../tests/chart_fixtures/transitions.rs"]
mod transition_fixtures;

use fixtures::at_width;
use kenes::charts::{render_bars, render_lines, render_timeline, render_transitions};

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "/tmp/charts.html".to_owned());
    let width: u32 = args.next().and_then(|w| w.parse().ok()).unwrap_or(640);

    let mut years = fixtures::years_by_stage();
    let mut themes = fixtures::themes();
    let mut statuses = fixtures::statuses();
    let mut progress = fixtures::progress();
    let mut sessions = fixtures::sessions_demo();
    let mut bodies = fixtures::bodies();
    // A long legend entry must wrap to its own row, never be cut.
    progress.series[1].series.label = "Accepted (incl. in progress and implemented)".to_owned();
    years.labels.title = "Recommendations of the Dialogue Platform by year and stage".to_owned();
    years.labels = at_width(&years.labels, width);
    themes.labels = at_width(&themes.labels, width);
    statuses.labels = at_width(&statuses.labels, width);
    progress.labels = at_width(&progress.labels, width);
    sessions.labels = at_width(&sessions.labels, width);
    bodies.labels = at_width(&bodies.labels, width);

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
    let mut three_sessions = fixtures::timeline();
    three_sessions.events.truncate(3);
    three_sessions.labels.title = "Three sessions".to_owned();
    let mut silent = fixtures::timeline();
    for e in &mut silent.events {
        e.count = 0;
    }
    silent.labels.title = "Sessions without recommendations".to_owned();
    let mut many = fixtures::sessions_demo();
    many.labels.title = "200 sessions".to_owned();
    many.events = (0..200)
        .map(|i| {
            let mut e = fixtures::sessions_demo().events[i % 74].clone();
            e.filter_value = format!("m{i}");
            e.day = fixtures::days(2000, 1, 1) + i as i32 * 45;
            e.count = (i as u64 * 37) % 90;
            e
        })
        .collect();
    let mut moved = transition_fixtures::year_2013();
    let mut stayed = transition_fixtures::mostly_stayed();
    moved.labels = at_width(&moved.labels, width);
    stayed.labels = at_width(&stayed.labels, width);
    // Transitions at the edges: nothing to compare, one flow, counts in the
    // billions, and a long hostile name that must be cut and escaped.
    let mut no_flows = transition_fixtures::year_2013();
    no_flows.flows.clear();
    no_flows.labels.title = "No recommendations to compare".to_owned();
    no_flows.labels.summary = "No recommendations were made before 31 December 2014.".to_owned();
    let mut one_flow = transition_fixtures::year_2013();
    one_flow.flows.truncate(1);
    one_flow.labels.title = "One flow".to_owned();
    let mut huge_flows = transition_fixtures::mostly_stayed();
    huge_flows.flows[7].count = 987_654_321_012;
    huge_flows.labels.title = "A huge count".to_owned();
    huge_flows.to[3].label =
        "In progress <script>alert(1)</script> & under review by the ministry".to_owned();
    let mut empty_sessions = fixtures::timeline();
    empty_sessions.events.clear();
    empty_sessions.labels.title = "No sessions".to_owned();
    for labels in [
        &mut single.labels,
        &mut huge.labels,
        &mut zeros.labels,
        &mut empty.labels,
        &mut empty_lines.labels,
        &mut one_session.labels,
        &mut three_sessions.labels,
        &mut silent.labels,
        &mut many.labels,
        &mut empty_sessions.labels,
        &mut no_flows.labels,
        &mut one_flow.labels,
        &mut huge_flows.labels,
    ] {
        *labels = at_width(labels, width);
    }
    let edge = [
        render_bars(&single),
        render_bars(&huge),
        render_bars(&zeros),
        render_bars(&empty),
        render_lines(&empty_lines),
        render_timeline(&one_session),
        render_timeline(&three_sessions),
        render_timeline(&silent),
        render_timeline(&many),
        render_timeline(&empty_sessions),
    ];
    let transitions_edge = [
        render_transitions(&no_flows),
        render_transitions(&one_flow),
        render_transitions(&huge_flows),
    ];
    let charts = [
        render_bars(&years),
        render_bars(&themes),
        render_bars(&statuses),
        render_lines(&progress),
        render_timeline(&sessions),
        render_bars(&bodies),
        render_transitions(&moved),
        render_transitions(&stayed),
    ];
    let mut html = format!(
        "<!doctype html><meta charset=utf-8><title>Kenes charts at {width} px</title>\
         <style>body{{margin:0;padding:12px;background:#f5f7fa;font-family:sans-serif}}\
         .grid{{display:grid;grid-template-columns:repeat(auto-fill,{width}px);gap:12px;align-items:start}}\
         figure{{margin:0;background:#fff;outline:1px solid #e4e7eb;width:{width}px}}\
         svg{{display:block;width:100%;height:auto}}</style><div class=grid>",
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
    // Edge cases on their own page: one year, one huge value, zeros, nothing,
    // and time lines with 1, 3, 200, silent and no sessions.
    let mut page = head.clone();
    for svg in edge {
        page.push_str(&format!("<figure>{svg}</figure>"));
    }
    page.push_str("</div>");
    let edge_out = out.replace(".html", "-edge.html");
    std::fs::write(&edge_out, page).expect("write the edge cases");
    // Transitions with nothing to compare, one flow and a huge count.
    let mut page = head.clone();
    for svg in transitions_edge {
        page.push_str(&format!("<figure>{svg}</figure>"));
    }
    page.push_str("</div>");
    let edge_out = out.replace(".html", "-edge-transitions.html");
    std::fs::write(&edge_out, page).expect("write the transitions edge cases");
    println!("wrote {out}");
}
