//! Chart renderers, tested through their SVG output.
//!
//! Index:
//! - `document`: every chart is a valid, accessible SVG document.
//! - `marks`: one mark per category or session, with the filter attributes,
//!   compared as a golden outline (`check_marks`).
//! - `hostile`: labels and keys cannot inject markup.
//! - `edge`: empty, single, zero, huge and non-finite data stay valid.
//! - `width`: charts lay out for `Labels::width`: clamped, and readable on
//!   a phone (wrapped headings and legends, thinner axes, short labels).
//! - `timeline`: the sessions needles, their labels and hit areas.
//! - `snapshot`: one small chart compared byte for byte with
//!   `tests/snapshots/`; run with `UPDATE_SNAPSHOTS=1` to rewrite it.
//! - `tidy`: the chart code names no browser crate.

mod chart_fixtures;

use chart_fixtures as fx;
use kenes::charts::{
    format_count, format_percent, render_bars, render_lines, render_timeline, BarChart, Labels,
    LineChart, LineSeries, Orientation, Timeline, TimelineEvent,
};
use roxmltree::{Document, Node};

/// Parses a rendered chart, failing the test if it is not well-formed XML.
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

/// One line per mark: filter kind, filter value (or `-`), whether it is a
/// button the keyboard reaches (`[focus]`: the chart's Tab stop or one the
/// arrow keys move to) and the mark's tooltip.
fn outline(svg: &str) -> String {
    let doc = parse(svg);
    let mut out = String::new();
    for node in doc.descendants().filter(|n| class_has(n, "kenes-mark")) {
        out.push_str(&format!(
            "{}={} {}{}\n",
            node.attribute("data-filter-kind").unwrap_or("?"),
            node.attribute("data-filter-value").unwrap_or("-"),
            if matches!(node.attribute("tabindex"), Some("0" | "-1"))
                && node.attribute("role") == Some("button")
            {
                "[focus] "
            } else {
                ""
            },
            title_of(&node),
        ));
    }
    out
}

/// Compares the marks of a chart with a golden outline.
fn check_marks(svg: &str, expected: &str) {
    let actual = outline(svg);
    assert_eq!(
        actual.trim(),
        expected.trim(),
        "\nactual outline:\n{actual}"
    );
}

/// Asserts what every chart must satisfy, whatever its data.
fn check_document(svg: &str, title: &str, summary: &str) {
    for bad in ["NaN", "Infinity"] {
        assert!(!svg.contains(bad), "{bad} in output:\n{svg}");
    }
    let doc = parse(svg);
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    // An image, or a group when its marks are buttons (an image may hold
    // no control); a group is one Tab stop.
    let buttons = doc
        .descendants()
        .filter(|n| n.attribute("role") == Some("button"))
        .count();
    let stops = doc
        .descendants()
        .filter(|n| n.attribute("tabindex") == Some("0"))
        .count();
    if buttons == 0 {
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(stops, 0);
    } else {
        assert_eq!(root.attribute("role"), Some("group"));
        assert_eq!(stops, 1, "one Tab stop per chart");
    }
    assert!(class_has(&root, "kenes-chart"));
    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .expect("viewBox")
        .split(' ')
        .map(|v| v.parse().expect("number in viewBox"))
        .collect();
    assert_eq!(view_box[..2], [0.0, 0.0]);
    assert!(
        (280.0..=1200.0).contains(&view_box[2]),
        "width {}",
        view_box[2]
    );
    assert!(view_box[3] > 60.0 && view_box[3] < 2000.0);
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
    let t = by_id(ids[0]);
    assert!(t.has_tag_name("title"));
    assert_eq!(t.text().unwrap_or(""), title);
    let d = by_id(ids[1]);
    assert!(d.has_tag_name("desc"));
    assert_eq!(d.text().unwrap_or(""), summary);
    // No coordinate may be negative or absurd: everything is inside the box.
    for node in doc.descendants() {
        if let Some(d) = node.attribute("d") {
            assert!(!d.contains("inf") && !d.contains("NaN"), "bad path {d}");
        }
        for (attr, max) in [
            ("x", view_box[2]),
            ("cx", view_box[2]),
            ("x1", view_box[2]),
            ("x2", view_box[2]),
            ("width", view_box[2]),
            ("y", view_box[3]),
            ("cy", view_box[3]),
            ("y1", view_box[3]),
            ("y2", view_box[3]),
            ("height", view_box[3]),
            ("r", view_box[3]),
        ] {
            if let Some(v) = node.attribute(attr) {
                let v: f64 = v.parse().expect("numeric coordinate");
                assert!((0.0..=max).contains(&v), "{attr}={v} out of the viewBox");
            }
        }
    }
}

fn all_fixtures() -> Vec<(String, String, String)> {
    let bars = [
        fx::years_by_stage(),
        fx::themes(),
        fx::bodies(),
        fx::statuses(),
    ];
    let mut out: Vec<(String, String, String)> = bars
        .iter()
        .map(|c| {
            (
                render_bars(c),
                c.labels.title.clone(),
                c.labels.summary.clone(),
            )
        })
        .collect();
    let lines = fx::progress();
    out.push((
        render_lines(&lines),
        lines.labels.title.clone(),
        lines.labels.summary.clone(),
    ));
    let timeline = fx::timeline();
    out.push((
        render_timeline(&timeline),
        timeline.labels.title.clone(),
        timeline.labels.summary.clone(),
    ));
    out
}

mod document {
    use super::*;

    #[test]
    fn every_fixture_is_an_accessible_svg() {
        for (svg, title, summary) in all_fixtures() {
            check_document(&svg, &title, &summary);
        }
    }

    #[test]
    fn text_is_dark_enough_on_the_white_of_a_chart() {
        // axe cannot tell the ground of SVG text, so the contrast (WCAG
        // 1.4.3) is checked here: every text is drawn in the ink (14.7:1 on
        // white) or the muted grey (6.5:1), never in a series' colour.
        for (svg, title, _) in all_fixtures() {
            let doc = parse(&svg);
            for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
                let fill = text.attribute("fill").unwrap_or("none");
                assert!(
                    ["#1f2933", "#52606d"].contains(&fill),
                    "{title}: {:?} in {fill}",
                    text.text()
                );
            }
        }
    }

    #[test]
    fn ids_differ_between_charts_and_are_stable() {
        let mut ids: Vec<String> = all_fixtures()
            .iter()
            .map(|(svg, _, _)| {
                parse(svg)
                    .root_element()
                    .attribute("id")
                    .expect("root id")
                    .to_owned()
            })
            .collect();
        assert_eq!(ids[0], "kenes-bars-recommendations-by-year-9e763a7f");
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 6);
        assert_eq!(
            render_bars(&fx::themes()),
            render_bars(&fx::themes()),
            "rendering is deterministic"
        );
    }

    #[test]
    fn horizontal_charts_grow_with_their_categories() {
        let height = |c: &BarChart| {
            let svg = render_bars(c);
            let doc = parse(&svg);
            let vb = doc.root_element().attribute("viewBox").unwrap().to_owned();
            vb.split(' ').nth(3).unwrap().parse::<f64>().unwrap()
        };
        let bodies = fx::bodies();
        let mut fewer = bodies.clone();
        fewer.categories.truncate(5);
        assert_eq!(height(&bodies) - height(&fewer), 20.0 * 28.0);
    }
}

mod marks {
    use super::*;

    #[test]
    fn stacked_years_have_one_focusable_mark_per_year() {
        let mut chart = fx::years_by_stage();
        chart.categories.truncate(3);
        check_marks(
            &render_bars(&chart),
            "
year=2013 [focus] 2013: 134 (Pending 4, Accepted 26, In progress 27, Implemented 74, Declined 3)
year=2014 [focus] 2014: 144 (Pending 8, Accepted 37, In progress 17, Implemented 70, Declined 12)
year=2015 [focus] 2015: 112 (Pending 9, Accepted 22, In progress 9, Implemented 65, Declined 7)
",
        );
    }

    /// A bar of one series says its count once, in the mark's tooltip: a
    /// segment's own would say the same again, and be one more element on
    /// every bar at every filter change.
    #[test]
    fn a_bar_of_one_series_has_one_tooltip() {
        let svg = render_bars(&fx::themes());
        let doc = parse(&svg);
        let marks: Vec<Node> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-mark"))
            .collect();
        assert!(!marks.is_empty());
        for mark in marks {
            let titles = mark
                .descendants()
                .filter(|n| n.has_tag_name("title"))
                .count();
            assert_eq!(titles, 1, "{}", title_of(&mark));
            assert!(title_of(&mark).contains(": "), "{}", title_of(&mark));
        }
    }

    #[test]
    fn segments_carry_series_and_tooltips() {
        let mut chart = fx::years_by_stage();
        chart.categories.truncate(1);
        chart.categories[0].values = vec![0, 84, 0, 12, 0];
        let svg = render_bars(&chart);
        let doc = parse(&svg);
        let segments: Vec<String> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-segment"))
            .map(|n| {
                format!(
                    "{} {} {}",
                    n.attribute("data-series").unwrap(),
                    paint(&doc, n.attribute("fill").unwrap()),
                    title_of(&n)
                )
            })
            .collect();
        assert_eq!(
            segments,
            [
                "accepted #3e7cb1+path(M-1 1L1 -1M0 6L6 0M5 7L7 5) 2013 · Accepted: 84",
                "implemented #2f9e44+path(M0 3H6M3 0V6) 2013 · Implemented: 12"
            ]
        );
        // A white seam separates the two segments.
        assert!(svg.contains(r##"stroke="#ffffff""##));
    }

    /// A fill as the eye sees it: a colour, or a pattern's colour and the
    /// shape of its white marks (`#3e7cb1+path`).
    fn paint(doc: &Document, fill: &str) -> String {
        let Some(id) = fill.strip_prefix("url(#").and_then(|f| f.strip_suffix(')')) else {
            return fill.to_owned();
        };
        let pattern = doc
            .descendants()
            .find(|n| n.has_tag_name("pattern") && n.attribute("id") == Some(id))
            .unwrap_or_else(|| panic!("no pattern {id}"));
        let mut parts = pattern.children().filter(|c| c.is_element());
        let ground = parts.next().and_then(|r| r.attribute("fill")).unwrap();
        let marks: Vec<String> = parts
            .map(|m| {
                format!(
                    "{}{}",
                    m.tag_name().name(),
                    m.attribute("d")
                        .map(|d| format!("({d})"))
                        .unwrap_or_default()
                )
            })
            .collect();
        format!("{ground}+{}", marks.join("+"))
    }

    #[test]
    fn stacked_stages_differ_by_pattern_and_the_legend_shows_it() {
        // Colour is never the only key: printed in grey, every stage of a
        // stack still has its own texture, and its legend swatch the same.
        let svg = render_bars(&fx::years_by_stage());
        let doc = parse(&svg);
        let mut segment_paint = std::collections::BTreeMap::new();
        for n in doc.descendants().filter(|n| class_has(n, "kenes-segment")) {
            let paint = paint(&doc, n.attribute("fill").unwrap());
            let old = segment_paint.insert(
                n.attribute("data-series").unwrap().to_owned(),
                paint.clone(),
            );
            assert!(old.is_none_or(|o| o == paint), "one series, one fill");
        }
        let legend = doc
            .descendants()
            .find(|n| class_has(n, "kenes-legend"))
            .expect("a legend");
        let swatches: Vec<String> = legend
            .children()
            .filter(|n| n.has_tag_name("rect"))
            .map(|n| paint(&doc, n.attribute("fill").unwrap()))
            .collect();
        assert_eq!(
            swatches,
            [
                "#9aa5b1",
                "#3e7cb1+path(M-1 1L1 -1M0 6L6 0M5 7L7 5)",
                "#f0b429+circle",
                "#2f9e44+path(M0 3H6M3 0V6)",
                "#c92a2a+path(M0 3H6)",
            ]
        );
        let mut used: Vec<&String> = segment_paint.values().collect();
        used.sort();
        used.dedup();
        assert_eq!(
            used.len(),
            segment_paint.len(),
            "every series its own texture"
        );
        assert!(
            used.iter().all(|p| swatches.contains(p)),
            "{used:?} on the legend"
        );
    }

    #[test]
    fn bars_named_on_the_bar_need_no_pattern() {
        let svg = render_bars(&fx::themes());
        assert!(!svg.contains("<pattern"));
        assert!(!svg.contains("kenes-legend"));
    }

    #[test]
    fn a_chart_is_one_tab_stop() {
        let svg = render_bars(&fx::years_by_stage());
        let doc = parse(&svg);
        let stops: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("tabindex") == Some("0"))
            .map(|n| n.attribute("data-filter-value").unwrap())
            .collect();
        assert_eq!(stops, ["2013"], "the first bar");
        assert!(
            doc.descendants()
                .filter(|n| class_has(n, "kenes-mark"))
                .all(|n| n.attribute("tabindex") == Some("-1")
                    || n.attribute("tabindex") == Some("0"))
        );
    }

    #[test]
    fn other_is_a_mark_that_cannot_filter() {
        let svg = render_bars(&fx::themes());
        let outline = outline(&svg);
        assert_eq!(outline.lines().count(), 15);
        assert_eq!(
            outline.lines().last(),
            Some("theme=- Басқа / Другое: 9"),
            "{outline}"
        );
    }

    #[test]
    fn long_labels_are_cut_but_kept_in_the_tooltip() {
        let svg = render_bars(&fx::bodies());
        let doc = parse(&svg);
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        let cut = texts
            .iter()
            .find(|t| t.starts_with("Ministry of Digital"))
            .expect("the label is drawn");
        assert!(cut.ends_with('…') && cut.chars().count() <= 32, "{cut}");
        assert!(outline(&svg).contains(
            "body=body-18 [focus] Ministry of Digital Development, Innovations and Aerospace Industry: 21"
        ));
    }

    #[test]
    fn sessions_are_focusable_needles_with_full_tooltips() {
        let svg = render_timeline(&fx::timeline());
        let outline = outline(&svg);
        assert_eq!(outline.lines().count(), 20);
        assert!(outline
            .lines()
            .all(|l| l.starts_with("session=s") && l.contains("[focus]")));
        assert!(
            outline.contains("session=s6 [focus] Session 6 — session date 6: 160 recommendations")
        );
        let doc = parse(&svg);
        let mark = |value: &str| {
            doc.descendants()
                .find(|n| n.attribute("data-filter-value") == Some(value))
                .unwrap()
        };
        let stem_height = |value: &str| -> f64 {
            let stem = mark(value)
                .children()
                .find(|c| class_has(c, "kenes-stem"))
                .unwrap();
            let y = |a| stem.attribute(a).unwrap().parse::<f64>().unwrap();
            y("y1") - y("y2")
        };
        // 160 and 40 recommendations: four times as high.
        let ratio = stem_height("s6") / stem_height("s12");
        assert!((ratio - 4.0).abs() < 0.01, "{ratio}");
        assert_eq!(
            mark("s6").attribute("aria-label"),
            Some("Session 6 — session date 6: 160 recommendations")
        );
        // A session without recommendations has no stem, only a ring.
        let silent = mark("s2");
        assert!(silent.children().all(|c| !class_has(&c, "kenes-stem")));
        let dot = silent
            .children()
            .find(|c| class_has(c, "kenes-dot"))
            .unwrap();
        assert_eq!(dot.attribute("fill"), Some("#ffffff"));
    }

    #[test]
    fn cumulative_lines_are_steps() {
        let mut chart = fx::progress();
        let svg = render_lines(&chart);
        let path = |svg: &str| {
            let doc = parse(svg);
            let p = doc
                .descendants()
                .find(|n| n.has_tag_name("path"))
                .unwrap()
                .attribute("d")
                .unwrap()
                .to_owned();
            p
        };
        let d = path(&svg);
        assert!(
            d.contains('H') && d.contains('V') && !d.contains('L'),
            "{d}"
        );
        chart.series[0].cumulative = false;
        let d = path(&render_lines(&chart));
        assert!(d.contains('L') && !d.contains('H'), "{d}");
        // End-of-line values are drawn once per series.
        assert!(svg.contains(">1,121<") && svg.contains(">896<") && svg.contains(">546<"));
    }

    #[test]
    fn lines_differ_by_dashes_and_the_legend_shows_them() {
        // Colour is never the only key: each line has its own dashes, and
        // its legend key is a stretch of the same line.
        let svg = render_lines(&fx::progress());
        let doc = parse(&svg);
        let key = |n: Node| {
            format!(
                "{} {}",
                n.attribute("stroke").unwrap(),
                n.attribute("stroke-dasharray").unwrap_or("solid")
            )
        };
        let lines: Vec<String> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-series"))
            .map(|g| key(g.children().find(|c| c.has_tag_name("path")).unwrap()))
            .collect();
        let legend: Vec<String> = doc
            .descendants()
            .find(|n| class_has(n, "kenes-legend"))
            .expect("a legend")
            .children()
            .filter(|n| n.has_tag_name("line"))
            .map(key)
            .collect();
        assert_eq!(lines, legend);
        let mut dashes: Vec<&str> = lines.iter().map(|l| l.split(' ').nth(1).unwrap()).collect();
        dashes.dedup();
        assert_eq!(dashes, ["solid", "8", "0.1"]);
    }
}

mod hostile {
    use super::*;

    const HOSTILE: [&str; 3] = [
        "<script>alert(1)</script>",
        "\"><svg onload=x>",
        "'&amp;\u{0}\u{7}",
    ];

    fn assert_inert(svg: &str) {
        let doc = parse(svg);
        for node in doc.descendants() {
            assert!(!node.has_tag_name("script"), "a script element got in");
            for attr in node.attributes() {
                assert!(!attr.name().starts_with("on"), "an event handler got in");
            }
        }
    }

    #[test]
    fn bar_labels_and_keys_are_escaped() {
        let mut chart = fx::statuses();
        chart.labels.title = HOSTILE[0].to_owned();
        chart.labels.summary = HOSTILE[1].to_owned();
        chart.labels.x_axis = HOSTILE[2].to_owned();
        chart.filter_kind = HOSTILE[1].to_owned();
        chart.series[0].color = HOSTILE[1].to_owned();
        chart.series[0].key = HOSTILE[0].to_owned();
        chart.categories[0].label = HOSTILE[0].to_owned();
        chart.categories[0].filter_value = Some(HOSTILE[1].to_owned());
        let svg = render_bars(&chart);
        assert_inert(&svg);
        check_document(&svg, HOSTILE[0], HOSTILE[1]);
        assert!(outline(&svg).starts_with(
            "\"><svg onload=x>=\"><svg onload=x> [focus] <script>alert(1)</script>: 128"
        ));
    }

    #[test]
    fn line_and_timeline_labels_are_escaped() {
        let mut lines = fx::progress();
        lines.series[0].series.label = HOSTILE[0].to_owned();
        lines.labels.y_axis = HOSTILE[1].to_owned();
        assert_inert(&render_lines(&lines));
        let mut timeline = fx::timeline();
        timeline.events[0].label = HOSTILE[0].to_owned();
        timeline.events[0].filter_value = HOSTILE[1].to_owned();
        timeline.events[0].date_label = HOSTILE[2].to_owned();
        let svg = render_timeline(&timeline);
        assert_inert(&svg);
        assert!(outline(&svg).contains("session=\"><svg onload=x> [focus] <script>"));
    }
}

mod edge {
    use super::*;

    fn empty_bars(orientation: Orientation) -> BarChart {
        BarChart {
            labels: fx::labels("", "", "", ""),
            orientation,
            filter_kind: "year".to_owned(),
            series: Vec::new(),
            categories: Vec::new(),
            legend: true,
        }
    }

    #[test]
    fn empty_specs_render_valid_documents() {
        for o in [Orientation::Vertical, Orientation::Horizontal] {
            let svg = render_bars(&empty_bars(o));
            check_document(&svg, "", "");
            check_marks(&svg, "");
        }
        let lines = LineChart {
            labels: fx::labels("Empty", "", "", "Nothing yet."),
            series: Vec::new(),
        };
        check_document(&render_lines(&lines), "Empty", "Nothing yet.");
        let timeline = Timeline {
            labels: fx::labels("Empty", "", "", "Nothing yet."),
            events: Vec::new(),
            color: None,
        };
        check_document(&render_timeline(&timeline), "Empty", "Nothing yet.");
    }

    #[test]
    fn single_zero_and_huge_values_stay_in_the_box() {
        for values in [
            vec![0],
            vec![1],
            vec![u64::MAX / 2],
            vec![u64::MAX, u64::MAX],
        ] {
            for o in [Orientation::Vertical, Orientation::Horizontal] {
                let mut chart = fx::statuses();
                chart.orientation = o;
                chart.series.truncate(values.len());
                chart.categories = vec![fx::cat(Some("2013"), "2013", values.clone())];
                let svg = render_bars(&chart);
                check_document(&svg, &chart.labels.title, &chart.labels.summary);
                assert_eq!(outline(&svg).lines().count(), 1);
            }
        }
    }

    #[test]
    fn crowded_columns_thin_their_labels() {
        let mut chart = fx::years_by_stage();
        chart.categories = (1985..2025)
            .map(|y| fx::cat(Some(&y.to_string()), &y.to_string(), vec![1, 2, 3, 4, 1200]))
            .collect();
        let svg = render_bars(&chart);
        check_document(&svg, &chart.labels.title, &chart.labels.summary);
        assert_eq!(outline(&svg).lines().count(), 40);
        let doc = parse(&svg);
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        let years: Vec<&&str> = texts
            .iter()
            .filter(|t| t.starts_with("19") || t.starts_with("20"))
            .collect();
        assert_eq!(years.len(), 14, "every third year is labelled: {years:?}");
        // Totals ("1,210") no longer fit above 14 px columns, so none is drawn.
        assert!(!texts.contains(&"1,210"));
    }

    #[test]
    fn huge_counts_get_fewer_ticks_so_labels_do_not_touch() {
        let mut chart = fx::statuses();
        chart.categories[3].values[3] = 987_654_321_012;
        let svg = render_bars(&chart);
        let doc = parse(&svg);
        let ticks: Vec<&str> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-axis-x"))
            .flat_map(|g| g.children().filter(|c| c.has_tag_name("text")))
            .filter_map(|t| t.text())
            .collect();
        assert_eq!(ticks, ["0", "500,000,000,000", "1,000,000,000,000"]);
    }

    #[test]
    fn values_without_a_series_are_ignored() {
        let mut chart = fx::statuses();
        chart.series.truncate(1);
        chart.categories = vec![fx::cat(Some("x"), "X", vec![5, 1000])];
        check_marks(&render_bars(&chart), "status=x [focus] X: 5");
    }

    #[test]
    fn odd_line_data_stays_valid() {
        let day = fx::days(2015, 6, 1);
        let one = |points: Vec<(i32, f64)>, cumulative| LineChart {
            labels: fx::labels("t", "x", "y", "s"),
            series: vec![LineSeries {
                series: fx::series("a", "A", "#3e7cb1"),
                points,
                cumulative,
            }],
        };
        for cumulative in [false, true] {
            for points in [
                vec![],
                vec![(day, 5.0)],
                vec![(day, 0.0), (day + 10, 0.0)],
                vec![
                    (day, f64::NAN),
                    (day + 400, f64::INFINITY),
                    (day + 800, 3.0),
                ],
                vec![(day, 0.25), (day + 40, 0.75)],
                vec![(day, 1.0e15), (day + 4000, 2.0e15)],
                vec![(day, -5.0), (day + 300, 5.0)],
            ] {
                check_document(&render_lines(&one(points, cumulative)), "t", "s");
            }
        }
    }

    #[test]
    fn timelines_with_one_or_silent_sessions_stay_valid() {
        let event = |i: u64, count| TimelineEvent {
            filter_value: format!("s{i}"),
            label: format!("Session {i}"),
            day: fx::days(2010, 1, 1) + i as i32,
            date_label: String::new(),
            count,
        };
        for events in [
            vec![event(1, 7)],
            vec![event(1, 0), event(2, 0)],
            vec![event(1, u64::MAX), event(2, 1)],
        ] {
            let chart = Timeline {
                labels: fx::labels("t", "", "", "s"),
                events,
                color: None,
            };
            check_document(&render_timeline(&chart), "t", "s");
        }
    }

    #[test]
    fn numbers_are_formatted_for_people() {
        assert_eq!(format_count(1_093, ","), "1,093");
        assert_eq!(format_count(1_234_567, "\u{a0}"), "1\u{a0}234\u{a0}567");
        assert_eq!(format_percent(0.823), "82.3%");
        assert_eq!(format_percent(f64::NAN), "—");
    }
}

mod width {
    use super::*;

    fn view_box_width(svg: &str) -> f64 {
        let doc = parse(svg);
        let vb = doc.root_element().attribute("viewBox").unwrap().to_owned();
        vb.split(' ').nth(2).unwrap().parse().unwrap()
    }

    fn texts(svg: &str) -> Vec<String> {
        parse(svg)
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text().map(str::to_owned))
            .collect()
    }

    /// Every fixture, laid out at `width`.
    fn all_at(width: u32) -> Vec<(String, String, String)> {
        let mut bars = [
            fx::years_by_stage(),
            fx::themes(),
            fx::bodies(),
            fx::statuses(),
        ];
        let mut lines = fx::progress();
        let mut timelines = [fx::timeline(), fx::sessions_demo()];
        let mut out = Vec::new();
        for c in &mut bars {
            c.labels = fx::at_width(&c.labels, width);
            out.push((
                render_bars(c),
                c.labels.title.clone(),
                c.labels.summary.clone(),
            ));
        }
        lines.labels = fx::at_width(&lines.labels, width);
        out.push((
            render_lines(&lines),
            lines.labels.title.clone(),
            lines.labels.summary.clone(),
        ));
        for t in &mut timelines {
            t.labels = fx::at_width(&t.labels, width);
            out.push((
                render_timeline(t),
                t.labels.title.clone(),
                t.labels.summary.clone(),
            ));
        }
        out
    }

    #[test]
    fn the_default_width_is_640() {
        assert_eq!(Labels::default().width, 640);
        let svg = render_bars(&fx::themes());
        assert_eq!(view_box_width(&svg), 640.0);
    }

    #[test]
    fn widths_clamp_to_a_readable_range() {
        for (asked, got) in [
            (0, 280.0),
            (100, 280.0),
            (320, 320.0),
            (390, 390.0),
            (1000, 1000.0),
            (5000, 1200.0),
            (u32::MAX, 1200.0),
        ] {
            for (svg, title, summary) in all_at(asked) {
                check_document(&svg, &title, &summary);
                assert_eq!(view_box_width(&svg), got, "asked for {asked}");
            }
        }
    }

    #[test]
    fn every_fixture_is_valid_at_every_width() {
        for width in fx::WIDTHS {
            for (svg, title, summary) in all_at(width) {
                check_document(&svg, &title, &summary);
                for size in parse(&svg)
                    .descendants()
                    .filter_map(|n| n.attribute("font-size"))
                {
                    let size: f64 = size.parse().unwrap();
                    assert!((12.0..=16.0).contains(&size), "font-size {size} at {width}");
                }
            }
        }
    }

    #[test]
    fn long_titles_wrap_to_two_lines_on_a_phone() {
        let mut chart = fx::years_by_stage();
        chart.labels.title =
            "Recommendations of the Dialogue Platform by year and stage".to_owned();
        let heading = |width: u32| -> Vec<String> {
            let mut chart = chart.clone();
            chart.labels.width = width;
            let svg = render_bars(&chart);
            let doc = parse(&svg);
            let g = doc
                .descendants()
                .find(|n| class_has(n, "kenes-chart-heading"))
                .unwrap();
            g.children()
                .filter_map(|t| t.text().map(str::to_owned))
                .collect()
        };
        assert_eq!(heading(640).len(), 1);
        let two = heading(320);
        assert_eq!(two.len(), 2, "{two:?}");
        assert_eq!(two.join(" "), chart.labels.title);
    }

    #[test]
    fn long_legend_entries_wrap_instead_of_being_cut() {
        let mut chart = fx::progress();
        let long = "Accepted (incl. in progress and implemented)";
        chart.series[1].series.label = long.to_owned();
        for width in [390, 640, 1000] {
            chart.labels.width = width;
            let svg = render_lines(&chart);
            assert!(texts(&svg).iter().any(|t| t == long), "cut at {width}");
        }
        // At 390 px the three entries take three rows.
        chart.labels.width = 390;
        let svg = render_lines(&chart);
        let doc = parse(&svg);
        let mut rows: Vec<&str> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-legend"))
            .flat_map(|g| g.children().filter(|c| c.has_tag_name("text")))
            .filter_map(|t| t.attribute("y"))
            .collect();
        rows.dedup();
        assert_eq!(rows.len(), 3, "{rows:?}");
    }

    #[test]
    fn horizontal_label_column_takes_at_most_40_percent() {
        for width in fx::WIDTHS {
            let mut chart = fx::bodies();
            chart.labels.width = width;
            let svg = render_bars(&chart);
            let doc = parse(&svg);
            for t in doc
                .descendants()
                .filter(|n| n.has_tag_name("text") && n.attribute("text-anchor") == Some("end"))
                .filter(|n| n.parent().is_some_and(|p| class_has(&p, "kenes-marks")))
            {
                let x: f64 = t.attribute("x").unwrap().parse().unwrap();
                assert!(x <= 0.4 * f64::from(width), "{x} at {width}");
            }
        }
    }

    #[test]
    fn narrow_charts_thin_their_axes() {
        let year_labels = |width: u32| {
            let mut chart = fx::years_by_stage();
            chart.labels.width = width;
            texts(&render_bars(&chart))
                .iter()
                .filter(|t| t.len() == 4 && t.starts_with("20"))
                .count()
        };
        assert_eq!(year_labels(640), 12);
        assert!(year_labels(320) <= 6, "{}", year_labels(320));
        let date_ticks = |width: u32| {
            let mut chart = fx::sessions_demo();
            chart.labels.width = width;
            let svg = render_timeline(&chart);
            let doc = parse(&svg);
            let n = doc
                .descendants()
                .filter(|n| class_has(n, "kenes-axis-x"))
                .flat_map(|g| g.children().filter(|c| c.has_tag_name("text")))
                .count();
            n
        };
        assert!(date_ticks(320) < date_ticks(640));
        assert!(date_ticks(640) <= date_ticks(1000));
    }
}

mod timeline {
    use super::*;

    /// The count labels of a time line: (centre x, baseline y, text).
    fn count_labels(svg: &str) -> Vec<(f64, f64, String)> {
        let doc = parse(svg);
        let labels = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-counts"))
            .flat_map(|g| g.children().filter(|c| c.has_tag_name("text")))
            .map(|t| {
                assert_eq!(t.attribute("text-anchor"), Some("middle"));
                let at = |a| t.attribute(a).unwrap().parse::<f64>().unwrap();
                (at("x"), at("y"), t.text().unwrap().to_owned())
            })
            .collect();
        labels
    }

    #[test]
    fn close_sessions_never_get_overlapping_count_labels() {
        for width in fx::WIDTHS {
            let mut chart = fx::sessions_demo();
            chart.labels.width = width;
            let labels = count_labels(&render_timeline(&chart));
            assert!(labels.len() >= 3, "{width}: {labels:?}");
            assert!(labels.iter().any(|l| l.2 == "160"));
            for (i, a) in labels.iter().enumerate() {
                for b in &labels[i + 1..] {
                    // Digits are at most 0.62 em wide; 12 px text.
                    let half = |t: &str| t.chars().count() as f64 * 0.62 * 12.0 / 2.0;
                    let apart_x = (a.0 - b.0).abs() >= half(&a.2) + half(&b.2);
                    let apart_y = (a.1 - b.1).abs() >= 12.0;
                    assert!(apart_x || apart_y, "{width}: {a:?} and {b:?} overlap");
                }
            }
        }
    }

    #[test]
    fn every_session_has_a_hit_area_at_least_8_px_wide() {
        let svg = render_timeline(&fx::sessions_demo());
        let doc = parse(&svg);
        let marks: Vec<Node> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-mark"))
            .collect();
        assert_eq!(marks.len(), 74);
        for m in marks {
            let hit = m
                .children()
                .find(|c| class_has(c, "kenes-hit"))
                .expect("a hit area");
            let w: f64 = hit.attribute("width").unwrap().parse().unwrap();
            let h: f64 = hit.attribute("height").unwrap().parse().unwrap();
            assert!(w >= 8.0 && h >= 24.0, "{w}x{h}");
            assert_eq!(hit.attribute("fill-opacity"), Some("0"));
        }
    }

    #[test]
    fn the_largest_sessions_are_named_and_the_rest_are_not() {
        let svg = render_timeline(&fx::sessions_demo());
        let doc = parse(&svg);
        let names: Vec<&str> = doc
            .descendants()
            .filter(|n| class_has(n, "kenes-session-labels"))
            .flat_map(|g| g.children().filter_map(|t| t.text()))
            .collect();
        assert!((2..=4).contains(&names.len()), "{names:?}");
        assert!(
            names.iter().any(|n| n.starts_with("Conference")),
            "{names:?}"
        );
        assert!(
            names.iter().any(|n| n.starts_with("Plenary session on")),
            "{names:?}"
        );
        assert!(outline(&svg).contains(
            "[focus] Plenary session on the National Human Rights Action Plan — \
             14 December 2023: 79 recommendations"
        ));
    }

    #[test]
    fn odd_session_lists_stay_valid() {
        let demo = fx::sessions_demo();
        let mut cases: Vec<Vec<TimelineEvent>> = vec![
            Vec::new(),
            demo.events[..1].to_vec(),
            demo.events[..3].to_vec(),
        ];
        let mut zeros = demo.events.clone();
        for e in &mut zeros {
            e.count = 0;
        }
        cases.push(zeros);
        cases.push(
            (0..200)
                .map(|i| TimelineEvent {
                    filter_value: format!("m{i}"),
                    day: fx::days(2000, 1, 1) + i * 45,
                    count: (i as u64 * 37) % 90,
                    ..demo.events[0].clone()
                })
                .collect(),
        );
        for events in cases {
            for width in fx::WIDTHS {
                let n = events.len();
                let mut chart = fx::sessions_demo();
                chart.events = events.clone();
                chart.labels.width = width;
                chart.color = Some("#7b2cbf".to_owned());
                let svg = render_timeline(&chart);
                check_document(&svg, &chart.labels.title, &chart.labels.summary);
                assert_eq!(outline(&svg).lines().count(), n);
                if n > 0 {
                    assert!(svg.contains("#7b2cbf"));
                }
            }
        }
    }
}

mod snapshot {
    use super::*;

    /// Compares `actual` with `tests/snapshots/<name>`, or rewrites the file
    /// when `UPDATE_SNAPSHOTS` is set.
    fn check_snapshot(name: &str, actual: &str) {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots")
            .join(name);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::write(&path, actual).expect("write snapshot");
            return;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing {}; run with UPDATE_SNAPSHOTS=1", path.display()));
        assert!(
            expected == actual,
            "{name} changed; if intended, run with UPDATE_SNAPSHOTS=1\n{actual}"
        );
    }

    #[test]
    fn small_stacked_bar_chart() {
        let mut chart = fx::years_by_stage();
        chart.series.truncate(2);
        chart.categories.truncate(2);
        chart.labels.thousands = "\u{202f}".to_owned();
        chart.categories[1].values = vec![1200, 3400];
        check_snapshot("bars_small.svg", &render_bars(&chart));
    }
}

mod tidy {
    #[test]
    fn chart_code_names_no_browser_crate() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/charts");
        for entry in std::fs::read_dir(dir).expect("src/charts") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).expect("read");
            for name in ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
                assert!(!text.contains(name), "{} names {name}", path.display());
            }
        }
    }
}

/// Fixed-point numbers are written like the standard formatting writes them.
#[test]
fn fixed_point_numbers() {
    use kenes::charts::fixed;
    for (x, digits) in [
        (0.0, 1),
        (82.3, 1),
        (2.25, 0),
        (1234.5678, 2),
        (-3.5, 1),
        (99.99, 1),
        (0.004, 2),
        (1e9 + 0.5, 1),
        (7.0, 3),
    ] {
        assert_eq!(
            fixed(x, digits),
            format!("{x:.digits$}"),
            "{x} with {digits}"
        );
    }
    assert_eq!(fixed(-0.04, 1), "0.0");
    assert_eq!(fixed(f64::NAN, 1), "0.0");
    assert_eq!(fixed(f64::INFINITY, 0), "0");
}
