// Shared set-up for the browser tests: a static server for the built report
// on 127.0.0.1, headless Chromium driven by playwright-core, and a reference
// implementation (independent of the Rust code) of the figures the report
// must show, computed from the raw JSON the test loads.

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../..");
export const dist = process.env.KENES_DIST || path.join(root, "target/test-dist");
export const testData = path.join(root, "tests/data");
export const artifacts = path.join(here, "artifacts");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
};

/// Serves the built report at `/`, the test data at `/data/`, and any extra
/// documents given as { "/path": body } (or { "/path": (req, res) => ... }
/// to answer by hand) on 127.0.0.1 and a free port. With
/// `cors`, every answer allows any origin, as a host must for the report to
/// run inside a sandboxed (opaque-origin) iframe.
export async function serve(extra = {}, { cors = false } = {}) {
  const server = http.createServer((req, res) => {
    if (cors) res.setHeader("access-control-allow-origin", "*");
    const url = new URL(req.url, "http://127.0.0.1");
    const pathname = decodeURIComponent(url.pathname);
    if (typeof extra[pathname] === "function") {
      extra[pathname](req, res);
      return;
    }
    if (extra[pathname] !== undefined) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(extra[pathname]);
      return;
    }
    let file;
    if (pathname.startsWith("/data/")) {
      file = path.join(testData, pathname.slice("/data/".length));
      if (!file.startsWith(testData)) file = null;
    } else {
      file = path.join(dist, pathname === "/" ? "index.html" : pathname);
      if (!file.startsWith(dist)) file = null;
    }
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/// Debian's Chromium, headless, kept off the network (without these flags it
/// keeps trying to reach the internet); `extraArgs` are added (the benchmark
/// adds precise memory figures).
export async function launch(extraArgs = [], executablePath = process.env.CHROME || "/usr/bin/chromium") {
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
}

/// A new page that fails the test on any uncaught error in the report, and
/// on any breach of its Content-Security-Policy: each `securitypolicyviolation`
/// event is recorded in `page.cspViolations` and in `page.errors`. `options`
/// go to Playwright's `browser.newPage` (e.g. `deviceScaleFactor`).
export async function newPage(browser, viewport = { width: 1366, height: 768 }, options = {}) {
  const page = await browser.newPage({ viewport, ...options });
  page.errors = [];
  page.cspViolations = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") page.errors.push(m.text());
  });
  await page.exposeFunction("__kenesCspViolation", (v) => {
    const message = `CSP violation: ${v.directive} refused ${v.blocked || "(inline)"} at ${v.source} ${v.sample}`;
    page.cspViolations.push(message);
    page.errors.push(message);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__kenesCspViolation({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        sample: e.sample,
      });
    });
  });
  return page;
}

/// Opens the report and waits until a dataset is fully shown.
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector("html[data-kenes-ready]", { timeout: 60_000 });
}

/// The headline figures as shown: { recommendations, sessions, acceptance, implementation }.
export async function kpis(page) {
  return page.evaluate(() => {
    const v = (k) => document.querySelector(`[data-kpi=${k}]`)?.getAttribute("data-value");
    return {
      recommendations: Number(v("recommendations")),
      sessions: Number(v("sessions")),
      acceptance: v("acceptance-rate"),
      implementation: v("implementation-rate"),
    };
  });
}

/// Waits until the shown number of recommendations is `n`.
export async function waitForCount(page, n) {
  await page.waitForFunction(
    (n) => document.querySelector("[data-kpi=recommendations]")?.getAttribute("data-value") === String(n),
    n,
    { timeout: 30_000 },
  );
}

/// Draws the parts of the report that are drawn only near the screen
/// (`content-visibility: auto`), as a person scrolling through would see
/// them all; returns a function that puts them back as they were. For what
/// needs every part laid out at once: a full-page picture, axe's rules of
/// sizes and places.
export async function drawAll(page) {
  await page.evaluate(() => {
    const lazy = [...document.querySelectorAll("*")].filter(
      (el) => getComputedStyle(el).contentVisibility === "auto",
    );
    for (const el of lazy) el.style.contentVisibility = "visible";
    window.__kenesDrawn = lazy;
  });
  return () =>
    page.evaluate(() => {
      for (const el of window.__kenesDrawn ?? []) el.style.contentVisibility = "";
      delete window.__kenesDrawn;
    });
}

/// A picture of the whole page, as it would look scrolled through.
export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  const restore = await drawAll(page);
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  await restore();
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
}

// ---------------------------------------------------------------------------
// The reference: the format's rules, written again in JavaScript from
// dataset-format.md, so that a mistake in the Rust core shows as a mismatch.

const DEFAULT_STAGES = {
  under_consideration: "pending",
  accepted: "accepted",
  partially_accepted: "accepted",
  in_progress: "in_progress",
  implemented: "implemented",
  noted: "declined",
  rejected: "declined",
};

export function stageOf(doc) {
  const map = doc.statuses ? Object.fromEntries(doc.statuses.map((s) => [s.id, s.stage])) : DEFAULT_STAGES;
  return (status) => map[status];
}

/// Headline figures for the recommendations that `keep` selects.
export function expectedFigures(doc, keep = () => true) {
  const stage = stageOf(doc);
  const sessionDate = Object.fromEntries(doc.sessions.map((s) => [s.id, s.date]));
  const recs = doc.recommendations.filter(keep);
  const n = { pending: 0, accepted: 0, in_progress: 0, implemented: 0, declined: 0 };
  for (const r of recs) n[stage(r.status)] += 1;
  const takenUp = n.accepted + n.in_progress + n.implemented;
  const pct = (a, b) => (b === 0 ? "" : (Math.round((a / b) * 1000) / 10).toFixed(1));
  return {
    recommendations: recs.length,
    sessions: new Set(recs.map((r) => r.session)).size,
    acceptance: pct(takenUp, takenUp + n.declined),
    implementation: pct(n.implemented, takenUp),
    sessionDate,
  };
}

/// Lower-cases as the report's search does (Unicode rules, Cyrillic included).
export const fold = (s) => s.toLowerCase();

export function textValues(t) {
  if (t === undefined || t === null) return [];
  return typeof t === "string" ? [t] : Object.values(t);
}

/// Clicks `selector` and returns the file it saves: its suggested name and
/// its bytes. Chromium drops a download that follows ten others within a
/// second or two; a person never clicks that fast, so this pauses as one would.
export async function download(page, selector) {
  await page.waitForTimeout(250);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}
