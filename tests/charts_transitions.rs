//! The transitions chart (statuses at two dates, joined by flows), tested
//! through its SVG output.
//!
//! Index:
//! - `document`: a valid, accessible SVG document at every width.
//! - `marks`: one band per non-zero flow, with its states and tooltip,
//!   compared as a golden outline (`check_marks`); stays are quieter.
//! - `geometry`: band thickness proportional to the count, with a minimum;
//!   bands meet their bars.
//! - `labels`: state labels at projector and phone sizes, never overlapping,
//!   cut names keeping their full text in a tooltip.
//! - `hostile`: labels and keys cannot inject markup.
//! - `edge`: no flows, zero flows, one flow, huge counts and bad indexes
//!   stay valid and free of NaN.

#[path = "chart_fixtures/transitions.rs"]
mod fx;

use kenes::charts::{render_transitions, Flow, Series, Transitions};
use roxmltree::{Document, Node};

const WIDTHS: [u32; 5] = [320, 390, 640, 1000, 1200];

fn parse(svg: &str) -> Document<'_> {
    Document::parse(svg).unwrap_or_else(|e| panic!("invalid XML: {e}\n{svg}"))
}

fn class_has(node: &Node, class: &str) -> bool {
    node.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|x| x == class))
}

fn title_of(node: &Node) -> String {
    node.children()
        .find(|c| c.has_tag_name("title"))
        .and_then(|t| t.text())
        .unwrap_or("")
        .to_owned()
}

fn at(mut chart: Transitions, width: u32) -> Transitions {
    chart.labels.width = width;
    chart
}

/// The numbers of a path's `d`, in order.
fn path_numbers(d: &str) -> Vec<f64> {
    d.split(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == ',')
        .filter(|t| !t.is_empty())
        .map(|t| t.parse().unwrap_or_else(|_| panic!("number in {d}")))
        .collect()
}

/// The points a path passes through or bends towards, for the absolute
/// commands the charts use (M, L, H, C, Z).
fn path_points(d: &str) -> Vec<(f64, f64)> {
    let mut points = Vec::new();
    let mut rest = d;
    let mut last = (0.0, 0.0);
    while let Some(command) = rest.chars().next() {
        let end = rest[1..]
            .find(|c: char| c.is_ascii_alphabetic())
            .map_or(rest.len(), |i| i + 1);
        let numbers = path_numbers(&rest[1..end]);
        match command {
            'H' => {
                last = (numbers[0], last.1);
                points.push(last);
            }
            'M' | 'L' | 'C' => {
                for pair in numbers.chunks(2) {
                    last = (pair[0], pair[1]);
                    points.push(last);
                }
            }
            'Z' => {}
            other => panic!("unexpected path command {other} in {d}"),
        }
        rest = &rest[end..];
    }
    points
}

/// A band as drawn: its states, count, tooltip, classes, and its thickness
/// where it leaves the left bar and where it enters the right bar.
#[derive(Debug)]
struct Band {
    from: String,
    to: String,
    count: u64,
    title: String,
    stay: bool,
    opacity: f64,
    left: f64,
    right: f64,
    x0: f64,
    x1: f64,
}

fn bands(svg: &str) -> Vec<Band> {
    let doc = parse(svg);
    doc.descendants()
        .filter(|n| class_has(n, "kenes-mark"))
        .map(|n| {
            assert!(n.has_tag_name("path"), "a band is a path");
            // M x0 a0 C cx a0 cx a1 x1 a1 L x1 b1 C cx b1 cx b0 x0 b0 Z
            let p = path_numbers(n.attribute("d").expect("d"));
            assert_eq!(p.len(), 16, "{p:?}");
            Band {
                from: n.attribute("data-from").expect("data-from").to_owned(),
                to: n.attribute("data-to").expect("data-to").to_owned(),
                count: n
                    .attribute("data-count")
                    .expect("data-count")
                    .parse()
                    .expect("count"),
                title: title_of(&n),
                stay: class_has(&n, "kenes-flow-stay"),
                opacity: n
                    .attribute("fill-opacity")
                    .expect("fill-opacity")
                    .parse()
                    .expect("opacity"),
                left: p[15] - p[1],
                right: p[9] - p[7],
                x0: p[0],
                x1: p[6],
            }
        })
        .collect()
}

/// Asserts what every rendering must satisfy, whatever its data.
fn check_document(svg: &str, chart: &Transitions) {
    for bad in ["NaN", "inf"] {
        assert!(!svg.contains(bad), "{bad} in output:\n{svg}");
    }
    let doc = parse(svg);
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    assert_eq!(root.attribute("role"), Some("img"));
    assert!(class_has(&root, "kenes-chart"));
    assert!(class_has(&root, "kenes-chart-transitions"));
    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .expect("viewBox")
        .split(' ')
        .map(|v| v.parse().expect("number in viewBox"))
        .collect();
    let width = f64::from(chart.labels.width.clamp(280, 1200));
    assert_eq!(view_box, [0.0, 0.0, width, view_box[3]]);
    assert!(view_box[3] > 100.0 && view_box[3] < 1400.0, "{view_box:?}");
    let ids: Vec<&str> = root
        .attribute("aria-labelledby")
        .expect("aria-labelledby")
        .split(' ')
        .collect();
    assert_eq!(ids.len(), 2);
    let by_id = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no element with id {id}"))
    };
    assert!(by_id(ids[0]).has_tag_name("title"));
    assert_eq!(by_id(ids[0]).text().unwrap_or(""), chart.labels.title);
    assert!(by_id(ids[1]).has_tag_name("desc"));
    assert_eq!(by_id(ids[1]).text().unwrap_or(""), chart.labels.summary);
    for node in doc.descendants() {
        for (attr, max) in [
            ("x", view_box[2]),
            ("width", view_box[2]),
            ("y", view_box[3]),
            ("height", view_box[3]),
        ] {
            if let Some(v) = node.attribute(attr) {
                let v: f64 = v.parse().expect("numeric coordinate");
                assert!((0.0..=max).contains(&v), "{attr}={v} out of the viewBox");
            }
        }
        if let Some(d) = node.attribute("d") {
            for (x, y) in path_points(d) {
                assert!((0.0..=view_box[2]).contains(&x), "{d}");
                assert!((0.0..=view_box[3]).contains(&y), "{d}");
            }
        }
    }
}

/// One line per band: from, to, count, quiet or not, and its tooltip.
fn check_marks(chart: &Transitions, expected: &str) {
    let svg = render_transitions(chart);
    let actual: String = bands(&svg)
        .iter()
        .map(|b| {
            format!(
                "{} -> {} {}{} | {}\n",
                b.from,
                b.to,
                b.count,
                if b.stay { " stay" } else { "" },
                b.title
            )
        })
        .collect();
    assert_eq!(
        actual.trim(),
        expected.trim(),
        "\nactual outline:\n{actual}"
    );
}

/// Ten states on each side, most recommendations staying put, a few moving
/// one step: the most labels a side is expected to carry.
fn crowded() -> Transitions {
    let palette = [
        fx::not_made(),
        fx::under_consideration(),
        fx::accepted(),
        fx::partially_accepted(),
        fx::in_progress(),
        fx::implemented(),
        fx::noted(),
        fx::rejected(),
        Series {
            key: "partially-implemented".to_owned(),
            label: "Partially implemented".to_owned(),
            color: "#94d82d".to_owned(),
        },
        Series {
            key: "withdrawn".to_owned(),
            label: "Withdrawn by the working group".to_owned(),
            color: "#495057".to_owned(),
        },
    ];
    let mut flows = Vec::new();
    for i in 0..palette.len() {
        flows.push(fx::flow(i, i, [0, 300, 120, 4, 60, 200, 3, 2, 1, 1][i]));
        if i + 1 < palette.len() {
            flows.push(fx::flow(i, i + 1, 1 + (i as u64 * 7) % 40));
        }
    }
    Transitions {
        labels: fx::labels("Ten statuses", "Ten statuses at two dates."),
        from: palette.to_vec(),
        to: palette.to_vec(),
        flows,
    }
}

fn fixtures() -> Vec<Transitions> {
    vec![fx::year_2013(), fx::mostly_stayed(), crowded()]
}

mod document {
    use super::*;

    #[test]
    fn every_fixture_is_an_accessible_svg_at_every_width() {
        for chart in fixtures() {
            for width in WIDTHS {
                let chart = at(chart.clone(), width);
                check_document(&render_transitions(&chart), &chart);
            }
        }
    }

    #[test]
    fn ids_are_stable_and_name_the_chart() {
        let chart = fx::year_2013();
        let a = render_transitions(&chart);
        assert_eq!(a, render_transitions(&chart));
        let doc = parse(&a);
        let id = doc.root_element().attribute("id").expect("id");
        assert!(id.starts_with("kenes-transitions-how-the-2013"), "{id}");
    }

    #[test]
    fn the_heading_and_both_dates_are_drawn() {
        let svg = render_transitions(&fx::year_2013());
        let doc = parse(&svg);
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        for wanted in [
            "How the 2013 recommendations moved in 2014",
            "14 January 2014",
            "31 December 2014",
        ] {
            assert!(texts.contains(&wanted), "{wanted} not drawn");
        }
    }
}

mod marks {
    use super::*;

    /// Stays first, underneath; then changes, largest first, so a thin band
    /// is drawn over a wide one.
    #[test]
    fn one_band_per_non_zero_flow() {
        check_marks(
            &fx::year_2013(),
            "
under-consideration -> under-consideration 20 stay | Under consideration → Under consideration: 20
under-consideration -> accepted 60 | Under consideration → Accepted: 60
under-consideration -> in-progress 30 | Under consideration → In progress: 30
under-consideration -> implemented 20 | Under consideration → Implemented: 20
under-consideration -> partially-accepted 12 | Under consideration → Partially accepted: 12
under-consideration -> noted 10 | Under consideration → Noted: 10
under-consideration -> rejected 5 | Under consideration → Rejected: 5
",
        );
    }

    #[test]
    fn stays_lie_under_the_changes_and_are_quieter() {
        let chart = fx::mostly_stayed();
        let drawn = bands(&render_transitions(&chart));
        assert_eq!(drawn.len(), chart.flows.len());
        let stays: Vec<&Band> = drawn.iter().filter(|b| b.stay).collect();
        assert_eq!(stays.len(), 6);
        assert!(stays.iter().all(|b| b.from == b.to));
        let first_change = drawn.iter().position(|b| !b.stay).expect("a change");
        assert!(drawn[first_change..].iter().all(|b| !b.stay));
        let max_stay = stays.iter().map(|b| b.opacity).fold(0.0, f64::max);
        assert!(drawn
            .iter()
            .filter(|b| !b.stay)
            .all(|b| b.opacity > max_stay));
        // A change takes the colour of where it went.
        let svg = render_transitions(&chart);
        let doc = parse(&svg);
        let to_accepted = doc
            .descendants()
            .find(|n| {
                n.attribute("data-from") == Some("under-consideration")
                    && n.attribute("data-to") == Some("accepted")
            })
            .expect("under consideration → accepted");
        assert_eq!(to_accepted.attribute("fill"), Some("#3e7cb1"));
    }

    #[test]
    fn counts_use_the_thousands_separator() {
        let mut chart = fx::year_2013();
        chart.labels.thousands = "\u{202f}".to_owned();
        chart.flows[1].count = 12_345;
        let drawn = bands(&render_transitions(&chart));
        assert_eq!(
            drawn[1].title,
            "Under consideration → Accepted: 12\u{202f}345"
        );
        assert_eq!(drawn[1].count, 12_345);
    }
}

mod geometry {
    use super::*;

    #[test]
    fn band_thickness_is_proportional_to_the_count() {
        for chart in fixtures() {
            for width in WIDTHS {
                let drawn = bands(&render_transitions(&at(chart.clone(), width)));
                // The largest band sets the scale; bands thicker than the
                // minimum follow it.
                let big = drawn.iter().max_by_key(|b| b.count).expect("bands");
                let per = big.left / big.count as f64;
                for b in &drawn {
                    assert!((b.left - b.right).abs() < 0.02, "{b:?}");
                    assert!(b.left >= 1.99, "{width}px: too thin {b:?}");
                    if b.left > 3.05 {
                        let expected = per * b.count as f64;
                        assert!((b.left - expected).abs() < 0.05, "{width}px: {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_single_recommendation_stays_visible_beside_thousands() {
        let mut chart = fx::year_2013();
        chart.flows[1].count = 60_000;
        chart.flows[6].count = 1;
        for width in WIDTHS {
            let drawn = bands(&render_transitions(&at(chart.clone(), width)));
            let one = drawn.iter().find(|b| b.count == 1).expect("the single one");
            assert!(one.left >= 1.99, "{width}px: {one:?}");
        }
    }

    #[test]
    fn bands_run_between_the_bars() {
        for width in WIDTHS {
            let svg = render_transitions(&at(fx::mostly_stayed(), width));
            let doc = parse(&svg);
            let bar_edge = |side: &str, right: bool| -> Vec<f64> {
                doc.descendants()
                    .filter(|n| class_has(n, "kenes-transitions-state"))
                    .filter(|n| n.attribute("data-side") == Some(side))
                    .map(|n| {
                        let x: f64 = n.attribute("x").unwrap().parse().unwrap();
                        let w: f64 = n.attribute("width").unwrap().parse().unwrap();
                        if right {
                            x + w
                        } else {
                            x
                        }
                    })
                    .collect()
            };
            let left = bar_edge("from", true);
            let right = bar_edge("to", false);
            assert_eq!(left.len(), 7);
            assert_eq!(right.len(), 7);
            for b in bands(&svg) {
                assert!((b.x0 - left[0]).abs() < 0.01 && (b.x1 - right[0]).abs() < 0.01);
                assert!(b.x1 - b.x0 >= 40.0, "{width}px: bands too short");
            }
        }
    }

    #[test]
    fn states_without_recommendations_are_not_drawn() {
        // "Not yet made" is in the 2013 spec with no flows.
        let svg = render_transitions(&fx::year_2013());
        let doc = parse(&svg);
        let keys: Vec<&str> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-transitions-state"))
            .filter_map(|n| n.attribute("data-key"))
            .collect();
        assert!(!keys.contains(&"not-made"), "{keys:?}");
        assert_eq!(keys.len(), 8);
    }
}

mod labels {
    use super::*;

    /// A state label as drawn: its side, anchor x, the top of its first
    /// line and the bottom of its last, its text and tooltip.
    #[derive(Debug)]
    struct Drawn {
        side: String,
        x: f64,
        top: f64,
        bottom: f64,
        text: String,
        title: String,
        size: f64,
    }

    fn state_labels(svg: &str) -> Vec<Drawn> {
        let doc = parse(svg);
        doc.descendants()
            .filter(|n| class_has(n, "kenes-transitions-label"))
            .map(|g| {
                let lines: Vec<Node> = g.children().filter(|c| c.has_tag_name("text")).collect();
                let num = |n: &Node, a: &str| -> f64 { n.attribute(a).unwrap().parse().unwrap() };
                let size = num(&lines[0], "font-size");
                let text: Vec<String> = lines
                    .iter()
                    .map(|l| {
                        l.descendants()
                            .filter(|t| t.is_text())
                            .filter_map(|t| t.text())
                            .collect::<String>()
                    })
                    .collect();
                Drawn {
                    side: g.attribute("data-side").unwrap().to_owned(),
                    x: num(&lines[0], "x"),
                    top: num(&lines[0], "y") - size,
                    bottom: num(&lines[lines.len() - 1], "y") + size * 0.3,
                    text: text.join(" / "),
                    title: title_of(&g),
                    size,
                }
            })
            .collect()
    }

    #[test]
    fn labels_read_like_accepted_84() {
        let svg = render_transitions(&at(fx::year_2013(), 1200));
        let texts: Vec<String> = state_labels(&svg).into_iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "Under consideration — 157",
                "Under consideration — 20",
                "Accepted — 60",
                "Partially accepted — 12",
                "In progress — 30",
                "Implemented — 20",
                "Noted — 10",
                "Rejected — 5",
            ]
        );
    }

    #[test]
    fn labels_are_projector_sized_wide_and_readable_narrow() {
        let size = |width| state_labels(&render_transitions(&at(fx::year_2013(), width)))[0].size;
        assert!((16.0..=18.0).contains(&size(1200)), "{}", size(1200));
        assert!((13.0..=14.0).contains(&size(390)), "{}", size(390));
        assert!(size(320) >= 13.0);
    }

    #[test]
    fn labels_never_overlap_at_any_width() {
        for chart in fixtures() {
            for width in WIDTHS {
                let svg = render_transitions(&at(chart.clone(), width));
                let drawn = state_labels(&svg);
                for side in ["from", "to"] {
                    let mut column: Vec<&Drawn> = drawn.iter().filter(|l| l.side == side).collect();
                    column.sort_by(|a, b| a.top.total_cmp(&b.top));
                    for pair in column.windows(2) {
                        assert!(
                            pair[0].bottom <= pair[1].top,
                            "{width}px {}: {:?} overlaps {:?}",
                            chart.labels.title,
                            pair[0],
                            pair[1]
                        );
                    }
                }
                // Left labels end before the bands start; right ones begin
                // after they end.
                let band = &bands(&svg)[0];
                for l in &drawn {
                    match l.side.as_str() {
                        "from" => assert!(l.x < band.x0, "{width}px: {l:?}"),
                        _ => assert!(l.x > band.x1, "{width}px: {l:?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn cut_names_keep_their_full_text_in_a_tooltip() {
        let svg = render_transitions(&at(crowded(), 320));
        let drawn = state_labels(&svg);
        let cut: Vec<&Drawn> = drawn.iter().filter(|l| l.text.contains('…')).collect();
        assert!(!cut.is_empty(), "nothing was cut at 320 px: {drawn:?}");
        for l in cut {
            assert!(l.title.contains(" — "), "{l:?}");
            let head = l.text.split('…').next().unwrap();
            assert!(l.title.starts_with(head), "{l:?}");
        }
        let withdrawn = drawn
            .iter()
            .find(|l| l.title.starts_with("Withdrawn by the working group"))
            .expect("the longest name is cut");
        assert!(withdrawn.title.ends_with("— 1"), "{withdrawn:?}");
        // Uncut labels carry no tooltip of their own.
        let svg = render_transitions(&at(fx::year_2013(), 1200));
        assert!(state_labels(&svg).iter().all(|l| l.title.is_empty()));
    }

    #[test]
    fn changes_hidden_by_the_bars_are_written_on_their_bands() {
        let svg = render_transitions(&at(fx::mostly_stayed(), 1200));
        let doc = parse(&svg);
        let counts: Vec<&str> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-transitions-counts"))
            .flat_map(|g| {
                g.descendants()
                    .filter(|t| t.is_text())
                    .filter_map(|t| t.text())
            })
            .collect();
        // 18 accepted of 61 under consideration, 22 under way of 100
        // accepted, 17 implemented of 62 in progress: none is a whole bar.
        for wanted in ["18", "22", "17"] {
            assert!(counts.contains(&wanted), "{wanted} missing from {counts:?}");
        }
        // In 2014 every band out of "Under consideration" is its whole
        // destination, already labelled beside the bar.
        let svg = render_transitions(&at(fx::year_2013(), 1200));
        assert!(!svg.contains("kenes-transitions-counts"));
    }
}

mod hostile {
    use super::*;

    #[test]
    fn labels_and_keys_cannot_inject_markup() {
        let evil = "<script>alert(\"x\")</script> & 'quoted' \u{1}";
        let mut chart = fx::year_2013();
        chart.labels.title = evil.to_owned();
        chart.labels.summary = evil.to_owned();
        chart.labels.x_axis = evil.to_owned();
        chart.labels.y_axis = evil.to_owned();
        chart.labels.thousands = "<&>".to_owned();
        chart.from[1].label = evil.to_owned();
        chart.from[1].key = "\"><script>".to_owned();
        chart.to[1].label = evil.to_owned();
        chart.to[1].color = "red\" onload=\"alert(1)".to_owned();
        chart.flows[1].count = 1_000_000;
        for width in [320, 1200] {
            let svg = render_transitions(&at(chart.clone(), width));
            let doc = parse(&svg);
            assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
            assert!(!doc.descendants().any(|n| n.attribute("onload").is_some()));
            let b = doc
                .descendants()
                .find(|n| n.attribute("data-count") == Some("1000000"))
                .expect("the band");
            assert_eq!(b.attribute("data-from"), Some("\"><script>"));
            let clean = evil.replace('\u{1}', " ");
            assert_eq!(title_of(&b), format!("{clean} → {clean}: 1<&>000<&>000"));
        }
    }
}

mod edge {
    use super::*;

    fn check(chart: &Transitions) -> String {
        let mut out = String::new();
        for width in [0, 280, 320, 640, 1200, 5000] {
            let chart = at(chart.clone(), width);
            let svg = render_transitions(&chart);
            check_document(&svg, &chart);
            out = svg;
        }
        out
    }

    #[test]
    fn no_flows_show_the_summary_instead() {
        let mut chart = fx::year_2013();
        chart.flows.clear();
        chart.labels.summary = "No recommendations were made before 2014.".to_owned();
        let svg = check(&chart);
        assert!(bands(&svg).is_empty());
        let doc = parse(&svg);
        let empty = doc
            .descendants()
            .find(|n| class_has(n, "kenes-transitions-empty"))
            .expect("the empty message");
        let text: String = empty
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(text, "No recommendations were made before 2014.");

        let nothing = Transitions {
            labels: fx::labels("", ""),
            from: Vec::new(),
            to: Vec::new(),
            flows: Vec::new(),
        };
        assert!(bands(&check(&nothing)).is_empty());
    }

    #[test]
    fn zero_flows_count_as_none() {
        let mut chart = fx::mostly_stayed();
        for f in &mut chart.flows {
            f.count = 0;
        }
        let svg = check(&chart);
        assert!(bands(&svg).is_empty());
        assert!(svg.contains("kenes-transitions-empty"));
    }

    #[test]
    fn one_flow_fills_both_bars() {
        let mut chart = fx::year_2013();
        chart.flows.truncate(1);
        let drawn = bands(&check(&chart));
        assert_eq!(drawn.len(), 1);
        assert!(drawn[0].stay && drawn[0].left > 100.0, "{drawn:?}");
    }

    #[test]
    fn huge_counts_stay_finite() {
        let mut chart = fx::mostly_stayed();
        chart.flows[0].count = u64::MAX;
        chart.flows[7].count = u64::MAX;
        chart.flows[8].count = 987_654_321_012;
        let svg = check(&chart);
        assert!(svg.contains("18,446,744,073,709,551,615"));
        assert_eq!(bands(&svg).len(), chart.flows.len());
    }

    #[test]
    fn bad_indexes_are_ignored_and_repeated_pairs_added_up() {
        let mut chart = fx::year_2013();
        chart.flows.push(Flow {
            from: 9,
            to: 0,
            count: 4,
        });
        chart.flows.push(Flow {
            from: 1,
            to: 99,
            count: 4,
        });
        chart.flows.push(fx::flow(1, 1, 40));
        let drawn = bands(&check(&chart));
        assert_eq!(drawn.len(), 7);
        let accepted = drawn.iter().find(|b| b.to == "accepted").unwrap();
        assert_eq!(accepted.count, 100);
        assert_eq!(accepted.title, "Under consideration → Accepted: 100");
    }

    #[test]
    fn nothing_moved() {
        let mut chart = fx::mostly_stayed();
        chart
            .flows
            .retain(|f| chart.from[f.from].key == chart.to[f.to].key);
        let drawn = bands(&check(&chart));
        assert!(!drawn.is_empty() && drawn.iter().all(|b| b.stay));
    }
}
