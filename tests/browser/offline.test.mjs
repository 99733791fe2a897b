// The report as one file, opened from file:// with every network request
// refused, as in a meeting room with no network: `kenes.html` (the demo baked
// in) and a file baked from another dataset (`cargo xtask test` writes
// `baked-one-language.html` through the same code as `dist --data`). Both
// show their own figures under their Content-Security-Policy with no
// violation and no error; the parts the report would rebuild itself from read
// back from the page exactly as the file has them. Also: the hosted page
// carries its policy, and the harness does catch a violation.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  serve, launch, newPage, open, kpis, readJson, expectedFigures, dist, root, testData, screenshot,
} from "./harness.mjs";

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/// A page whose every request but file: ones is refused; `attempted` lists
/// the addresses it tried to reach over the network.
async function offlinePage() {
  const page = await newPage(browser);
  const context = page.context();
  page.attempted = [];
  page.on("request", (r) => {
    if (/^(https?|wss?|ftp):/.test(r.url())) page.attempted.push(r.url());
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    page.attempted.push(url);
    return route.abort();
  });
  await context.setOffline(true);
  return page;
}

/// The text between `open` and the next `close` in `html`.
function between(html, open, close) {
  const start = html.indexOf(open);
  assert.ok(start >= 0, `${open} is in the file`);
  const end = html.indexOf(close, start + open.length);
  return html.slice(start + open.length, end);
}

async function expectSingleFile(file, doc, name) {
  assert.ok(fs.existsSync(file), `${file} was built`);
  const html = fs.readFileSync(file, "utf8");
  const page = await offlinePage();
  await open(page, pathToFileURL(file).href);

  const want = expectedFigures(doc);
  const got = await kpis(page);
  assert.equal(got.recommendations, want.recommendations, name);
  assert.equal(got.sessions, doc.sessions.length, name);
  assert.equal(got.acceptance, want.acceptance, name);
  assert.equal(got.implementation, want.implementation, name);
  assert.equal(await page.locator("figure[data-chart] svg.kenes-chart").count() > 0, true, `${name} draws charts`);
  await screenshot(page, `offline-${name}`);
  assert.deepEqual(page.attempted, [], `${name} reached for nothing on the network`);
  assert.deepEqual(page.cspViolations, []);
  assert.deepEqual(page.errors, []);

  // What the report reads back from its own page to save a copy of itself.
  const shown = await page.evaluate(() => ({
    csp: document.querySelector("meta[http-equiv=Content-Security-Policy]").getAttribute("content"),
    css: document.getElementById("kenes-style").textContent,
    code: document.getElementById("kenes-code").textContent,
    data: document.getElementById("kenes-data").textContent,
    icon: document.querySelector("link[rel=icon]").getAttribute("href"),
    title: document.title,
    lang: document.documentElement.lang,
  }));
  assert.equal(shown.csp, between(html, 'http-equiv="Content-Security-Policy" content="', '">'));
  assert.equal(shown.css, between(html, '<style id="kenes-style">', "</style>"));
  assert.equal(shown.code, between(html, '<script type="module" id="kenes-code">', "</script>"));
  assert.equal(shown.data, between(html, '<script type="application/json" id="kenes-data">', "</script>"));
  assert.deepEqual(JSON.parse(shown.data), doc);
  assert.ok(shown.icon.startsWith("data:image/svg+xml;base64,"));
  assert.equal(`<title>${shown.title}</title>`, between(html, "<head>", "<style").match(/<title>.*<\/title>/)[0]);
  assert.equal(`<html lang="${shown.lang}">`, html.match(/<html lang="[^"]*">/)[0]);

  assert.match(shown.csp, /^default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'sha256-[A-Za-z0-9+/]{43}='; /);
  assert.doesNotMatch(shown.csp, /'unsafe-inline'|[^-]'unsafe-eval'/);

  await page.close();
}

test("kenes.html opened as a file with no network shows the demo's figures", async () => {
  const demo = readJson(path.join(root, "static/demo.json"));
  await expectSingleFile(path.join(dist, "kenes.html"), demo, "demo");
});

test("a file baked with --data shows that dataset's figures", async (t) => {
  const file = path.join(dist, "baked-one-language.html");
  if (!fs.existsSync(file)) {
    // `cargo xtask test` always writes it; a hand-made dist/ may not have it.
    t.skip(`no ${file}: run \`cargo xtask dist --data tests/data/one-language.json --out ${file}\``);
    return;
  }
  await expectSingleFile(file, readJson(path.join(testData, "one-language.json")), "one-language");
});

// The page compiles the module as it arrives when the server calls it
// application/wasm; a host that does not (many serve it as
// application/octet-stream) still gets the report, compiled from its bytes.
test("the hosted report runs from a server that does not call the module application/wasm", async () => {
  const module = path.join(dist, "kenes_bg.wasm");
  const server = await serve({
    "/kenes_bg.wasm": (req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      fs.createReadStream(module).pipe(res);
    },
  });
  try {
    const page = await newPage(browser);
    await open(page, server.url);
    const expected = expectedFigures(readJson(path.join(root, "static/demo.json")));
    assert.equal((await kpis(page)).recommendations, expected.recommendations);
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});

// The boot script fetches the dataset and the module while the code
// arrives; nothing else may ask for them again (a second download of the
// module is some 300 kB more on every visit).
test("the hosted report asks its server for each file once", async () => {
  const asked = new Map();
  const server = await serve();
  try {
    const page = await newPage(browser);
    page.on("request", (request) => {
      const name = new URL(request.url()).pathname;
      asked.set(name, (asked.get(name) ?? 0) + 1);
    });
    await open(page, server.url);
    const expected = expectedFigures(readJson(path.join(root, "static/demo.json")));
    assert.equal((await kpis(page)).recommendations, expected.recommendations);
    for (const name of ["/", "/kenes.js", "/kenes_bg.wasm", "/style.css", "/demo.json"]) {
      assert.equal(asked.get(name), 1, `${name} asked for ${asked.get(name) ?? 0} times`);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test("the hosted page runs under its own policy", async () => {
  const server = await serve();
  try {
    const page = await newPage(browser);
    await open(page, server.url);
    const csp = await page.evaluate(
      () => document.querySelector("meta[http-equiv=Content-Security-Policy]")?.getAttribute("content"),
    );
    assert.match(csp, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'self'; /);
    assert.doesNotMatch(csp, /'unsafe-inline'|[^-]'unsafe-eval'/);
    assert.deepEqual(page.errors, []);

    // The harness sees a breach: a style element the policy does not allow.
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 1px solid red }";
      document.head.append(style);
    });
    await assert.doesNotReject(
      () => waitUntil(() => page.cspViolations.length > 0),
      "the violation was recorded",
    );
    assert.match(page.cspViolations[0], /style-src/);
    assert.ok(page.errors.some((e) => e.includes("CSP violation")));
    await page.close();
  } finally {
    await server.close();
  }
});

async function waitUntil(condition, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/// Clicks "Download this report" and writes the file it gives to a temporary
/// folder, returning its path.
async function downloadReport(page) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.click("[data-action=download-report]"),
  ]);
  assert.match(file.suggestedFilename(), /_report_\d{4}-\d{2}-\d{2}\.html$/);
  const target = path.join(fs.mkdtempSync(path.join(root, "target", "saved-")), file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

async function expectFiguresOffline(file, doc) {
  const page = await offlinePage();
  await open(page, pathToFileURL(file).href);
  const want = expectedFigures(doc);
  const got = await kpis(page);
  assert.equal(got.recommendations, want.recommendations);
  assert.equal(got.sessions, doc.sessions.length);
  assert.equal(got.acceptance, want.acceptance);
  assert.equal(got.implementation, want.implementation);
  assert.deepEqual(page.attempted, []);
  assert.deepEqual(page.errors, []);
  await page.close();
}

test("the hosted report saves itself, with a loaded file inside, and the copy reopens offline", async () => {
  const server = await serve();
  try {
    const page = await newPage(browser);
    await open(page, server.url);
    const file = path.join(testData, "one-language.json");
    await page.setInputFiles("input[type=file]", file);
    const doc = readJson(file);
    await page.waitForFunction(
      (n) => document.querySelector("[data-kpi=recommendations]")?.getAttribute("data-value") === String(n),
      doc.recommendations.length,
    );
    const saved = await downloadReport(page);
    assert.deepEqual(page.errors, []);
    await page.close();
    await expectFiguresOffline(saved, doc);
  } finally {
    await server.close();
  }
});

test("the single file saves a copy of itself that reopens with the same figures", async () => {
  const page = await offlinePage();
  await open(page, pathToFileURL(path.join(dist, "kenes.html")).href);
  const saved = await downloadReport(page);
  assert.deepEqual(page.errors, []);
  await page.close();
  await expectFiguresOffline(saved, readJson(path.join(root, "static/demo.json")));
});
