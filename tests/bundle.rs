//! The single-file report: its layout, the escaping of the dataset block, the
//! swap of a dataset, and that every part reads back as it was given (which
//! the report relies on to save a copy of itself).

use kenes::bundle::{
    assemble, base64, check, data, data_uri, escape_json, module_script, replace_data,
    replace_title, single_file_csp, Parts, DATA_OPEN,
};

const CSS: &str = ":root { --ink: #222; }\nbody > main { margin: 0 }\n";
const GLUE: &str =
    "let wasm;\nasync function __wbg_init(m) { return m; }\nexport { __wbg_init as default };\n";

fn parts<'a>(script: &'a str, csp: &'a str, data: Option<&'a str>) -> Parts<'a> {
    Parts {
        lang: "kk",
        title: "Диалоговая площадка — Kenes",
        csp,
        css: CSS,
        script,
        data_json: data,
        favicon_data_uri: Some("data:image/svg+xml;base64,PHN2Zy8+"),
    }
}

/// The text between `open` and the next `close` (what `textContent` of a
/// raw-text element gives for text that passes `check`).
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).expect("opening tag") + open.len();
    let end = start + html[start..].find(close).expect("closing tag");
    &html[start..end]
}

fn parse(json: &str) -> serde_json::Value {
    serde_json::from_str(json).expect("valid JSON")
}

#[test]
fn base64_matches_rfc_4648() {
    let cases = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];
    for (input, want) in cases {
        assert_eq!(base64(input.as_bytes()), want, "{input:?}");
    }
    assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    assert_eq!(base64(&[0, 0, 0, 255]), "AAAA/w==");
    assert_eq!(
        data_uri("image/svg+xml", b"<svg/>"),
        "data:image/svg+xml;base64,PHN2Zy8+"
    );
}

#[test]
fn the_data_block_cannot_end_its_element_and_stays_the_same_json() {
    let tricky = [
        r#"{"t": "</script><script>alert(1)</script>"}"#,
        r#"{"t": "<!-- <script> --> </SCRIPT >"}"#,
        r#"{"t": "a\\</b", "u": "\\\\<!--", "v": "<<//<!<!--<"}"#,
        r#"{"kenes": 1, "title": "plain"}"#,
        "[\"</\", \"<!--\", \"<\", \"<!-\", \"</\"]",
    ];
    for json in tricky {
        let escaped = escape_json(json);
        assert!(!escaped.contains("</"), "{escaped}");
        assert!(!escaped.contains("<!--"), "{escaped}");
        assert_eq!(parse(&escaped), parse(json), "{json}");
        // In a file, the block ends exactly where it was put.
        let html = assemble(&parts("boot();", "default-src 'none'", Some(json)));
        assert_eq!(data(&html), Some(escaped.as_str()));
        assert_eq!(parse(data(&html).unwrap()), parse(json));
    }
    assert_eq!(escape_json("{\"a\":\"</x\"}"), "{\"a\":\"<\\/x\"}");
    assert_eq!(escape_json("{\"a\":\"<!--\"}"), "{\"a\":\"<\\u0021--\"}");
}

#[test]
fn the_file_has_its_documented_layout() {
    let csp = single_file_csp("c2NyaXB0", "c3R5bGU=");
    let html = assemble(&parts("boot();\n", &csp, Some("{\"kenes\":1}")));
    let order = [
        "<!doctype html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ",
        "<title>Диалоговая площадка — Kenes</title>",
        "<link rel=\"icon\" href=\"data:image/svg+xml;base64,PHN2Zy8+\">",
        "<style id=\"kenes-style\">",
        "</head>",
        "<div id=\"kenes\">",
        "</div>",
        DATA_OPEN,
        "<script type=\"module\" id=\"kenes-code\">boot();\n</script>",
        "</body>\n</html>\n",
    ];
    let mut at = 0;
    for piece in order {
        let found = html[at..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece:?} after byte {at} in\n{html}"));
        at += found + piece.len();
    }
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("<style").count(), 1);
    // Deterministic: the same parts, the same bytes.
    assert_eq!(
        html,
        assemble(&parts("boot();\n", &csp, Some("{\"kenes\":1}")))
    );
}

#[test]
fn every_part_reads_back_as_given() {
    let csp = single_file_csp("c2NyaXB0", "c3R5bGU=");
    let script = module_script(GLUE, "__wbg_init", &[0, 97, 115, 109, 1, 0, 0, 0]);
    let given = parts(&script, &csp, Some("{\"title\": \"</script>\"}"));
    check(&given).expect("the parts are fine");
    let html = assemble(&given);
    assert_eq!(
        between(&html, "<style id=\"kenes-style\">", "</style>"),
        CSS
    );
    assert_eq!(
        between(
            &html,
            "<script type=\"module\" id=\"kenes-code\">",
            "</script>"
        ),
        script
    );
    assert_eq!(
        between(
            &html,
            "http-equiv=\"Content-Security-Policy\" content=\"",
            "\">"
        ),
        csp
    );
    assert_eq!(
        between(&html, "<link rel=\"icon\" href=\"", "\">"),
        given.favicon_data_uri.unwrap()
    );
    // Rebuilt from what it shows, with another dataset: the same as a file
    // built with that dataset, and the same as swapping the data block.
    let other = "{\"kenes\": 1, \"title\": \"<!-- other -->\"}";
    let rebuilt = assemble(&Parts {
        data_json: Some(other),
        ..given.clone()
    });
    assert_eq!(
        replace_data(&html, other).as_deref(),
        Some(rebuilt.as_str())
    );
    // And with another language and title too.
    let retitled = assemble(&Parts {
        lang: "en",
        title: "Other  & more — Kenes",
        data_json: Some(other),
        ..given.clone()
    });
    let swapped = replace_data(&html, other)
        .and_then(|html| replace_title(&html, "en", "Other  & more — Kenes"));
    assert_eq!(swapped.as_deref(), Some(retitled.as_str()));
    assert_eq!(replace_title("<p>not a Kenes file</p>", "en", "x"), None);
}

#[test]
fn a_file_without_a_dataset_has_an_empty_block_that_can_be_filled() {
    let without = assemble(&parts("boot();", "default-src 'none'", None));
    assert_eq!(data(&without), Some(""));
    let filled = replace_data(&without, "{\"kenes\": 1}").expect("a data block");
    assert_eq!(
        filled,
        assemble(&parts(
            "boot();",
            "default-src 'none'",
            Some("{\"kenes\": 1}")
        ))
    );
    // Swapping twice is the same as swapping once.
    let twice = replace_data(&filled, "[1, \"</\"]").unwrap();
    assert_eq!(twice, replace_data(&without, "[1, \"</\"]").unwrap());
    assert_eq!(
        replace_data("<!doctype html><p>not a Kenes file", "{}"),
        None
    );
    assert_eq!(data("<!doctype html>"), None);
}

#[test]
fn titles_and_attributes_are_escaped() {
    let html = assemble(&Parts {
        lang: "en\"><script>",
        title: "  A  & B\n<i>  ",
        csp: "default-src 'none'",
        css: "",
        script: "",
        data_json: None,
        favicon_data_uri: None,
    });
    assert!(
        html.contains("<html lang=\"en&quot;>&lt;script>\">"),
        "{html}"
    );
    assert!(html.contains("<title>A &amp; B &lt;i></title>"), "{html}");
    assert!(!html.contains("rel=\"icon\""));
    assert_eq!(html.matches("<script").count(), 2);
}

#[test]
fn parts_that_would_not_read_back_are_refused() {
    let fine = parts("boot();", "default-src 'none'", None);
    assert!(check(&fine).is_ok());
    let refused = [
        Parts {
            css: "a{}\r\nb{}",
            ..fine.clone()
        },
        Parts {
            css: "a{} </STYLE> b{}",
            ..fine.clone()
        },
        Parts {
            script: "x = '</script>';",
            ..fine.clone()
        },
        Parts {
            script: "x = '<!--';",
            ..fine.clone()
        },
        Parts {
            script: "x\0",
            ..fine.clone()
        },
        Parts {
            title: "a\rb",
            ..fine.clone()
        },
        Parts {
            favicon_data_uri: Some("favicon.svg"),
            ..fine.clone()
        },
    ];
    for parts in refused {
        let error = check(&parts).expect_err("refused");
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn the_boot_decodes_the_module_and_calls_the_glue() {
    let wasm = [0u8, 97, 115, 109, 1, 0, 0, 0, 255, 254];
    let script = module_script(GLUE, "__wbg_init", &wasm);
    assert!(script.starts_with(GLUE.trim_end()));
    assert!(script.contains(&format!("const __kenes_wasm = \"{}\";", base64(&wasm))));
    assert!(script
        .trim_end()
        .ends_with("__wbg_init({ module_or_path: __kenes_bytes });"));
}

#[test]
fn the_single_file_policy_allows_nothing_inline_but_its_hashes() {
    let csp = single_file_csp("AAAA", "BBBB");
    let directives: Vec<&str> = csp.split("; ").collect();
    assert_eq!(
        directives,
        [
            "default-src 'none'",
            "script-src 'wasm-unsafe-eval' 'sha256-AAAA'",
            "style-src 'sha256-BBBB'",
            "img-src data: blob:",
            "connect-src http: https:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    );
    for source in csp.split([' ', ';']) {
        assert!(
            source != "'unsafe-inline'" && source != "'unsafe-eval'",
            "{csp}"
        );
    }
}
