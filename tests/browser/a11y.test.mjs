// Accessibility (WCAG 2.2 AA), as a public body's report owes it:
//
// - axe-core finds nothing in any view (dashboard, a record's details, the
//   embed-code dialog, every embed, every slide, the print view, the
//   dashboard on a phone, the slides with the system's high-contrast colours
//   forced) in Kazakh, Russian and English;
// - a keyboard alone walks the report: a skip link first, a visible focus
//   never hidden under the sticky filter bar, a filter changed from the
//   keyboard and announced, a chart's bar operated with Enter, dialogs that
//   keep focus inside and give it back, the slides opened and left;
// - the page reflows at 320 px and at 200 % zoom without a horizontal scroll
//   bar and without cutting anything off.
//
// axe is injected with `page.evaluate` (the page's Content-Security-Policy
// refuses a script tag, and the harness fails a test on any breach of it).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, newPage, open, kpis, readJson, root, screenshot, drawAll, expectedFigures } from "./harness.mjs";

const demo = readJson(path.join(root, "static/demo.json"));
const AXE = fs.readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LANGS = ["kk", "ru", "en"];
const CHARTS = ["by-year", "by-status", "by-theme", "by-addressee", "progress", "sessions"];

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// Runs axe on the page as it is now; returns one readable line per element
/// that breaks a rule: where, the rule, the element and what is wrong.
async function audit(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  // Every part as it is seen once scrolled to: axe measures sizes and
  // places, which a part not yet drawn does not have.
  const restore = await drawAll(page);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.flat().join(" "), summary: n.failureSummary ?? "" })),
    }));
  }, TAGS);
  await restore();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${where}: ${v.id} (${v.impact}) ${v.help}\n    at ${n.target}\n    ${n.summary.replace(/\n/g, "\n    ")}`),
  );
}

function noViolations(found) {
  assert.equal(found.length, 0, `${found.length} accessibility violations:\n${found.join("\n")}`);
}

for (const lang of LANGS) {
  test(`axe finds nothing in ${lang}: dashboard, a record's details, the embed code, print`, async () => {
    const found = [];
    const page = await newPage(browser);
    await open(page, `${server.url}#v=1&lang=${lang}`);
    found.push(...(await audit(page, `${lang} dashboard`)));

    // Every "show as table" open, and the list of what moved.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    // A chart's table, and the list, make their rows once open.
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-chart-table], details.moved")].every((d) => d.querySelector("tbody tr")));
    found.push(...(await audit(page, `${lang} dashboard, tables open`)));
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = false)));

    await page.locator("table[data-table] tbody tr button").first().click();
    await page.waitForSelector("[data-detail]");
    found.push(...(await audit(page, `${lang} details`)));
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-detail]", { state: "detached" });

    await page.click("figure[data-chart=by-theme] [data-action=embed]");
    await page.waitForSelector("[data-embed-code]");
    found.push(...(await audit(page, `${lang} embed code`)));
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-embed-code]", { state: "detached" });

    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.waitForFunction((n) => document.querySelectorAll("table[data-table] tbody tr").length === n, demo.recommendations.length);
    await page.emulateMedia({ media: "print" });
    found.push(...(await audit(page, `${lang} print`)));
    assert.deepEqual(page.errors, []);
    await page.close();
    noViolations(found);
  });

  test(`axe finds nothing in ${lang}: every embed`, async () => {
    const found = [];
    const page = await newPage(browser, { width: 640, height: 900 });
    for (const id of [...CHARTS, "kpis"]) {
      await open(page, `${server.url}#v=1&lang=${lang}&embed=${id}`);
      await page.waitForSelector(`[data-embed="${id}"]`);
      found.push(...(await audit(page, `${lang} embed ${id}`)));
      await page.goto("about:blank");
    }
    assert.deepEqual(page.errors, []);
    await page.close();
    noViolations(found);
  });

  test(`axe finds nothing in ${lang}: every slide`, async () => {
    const page = await newPage(browser, { width: 1280, height: 720 });
    await open(page, `${server.url}#v=1&lang=${lang}&present=1`);
    noViolations(await slides(page, `${lang} slide`));
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`axe finds nothing in ${lang}: the dashboard at 390 px`, async () => {
    const page = await newPage(browser, { width: 390, height: 844 });
    await open(page, `${server.url}#v=1&lang=${lang}`);
    const found = await audit(page, `${lang} dashboard at 390 px`);
    if (lang === "en") await screenshot(page, "a11y-dashboard-390");
    assert.deepEqual(page.errors, []);
    await page.close();
    noViolations(found);
  });
}

/// Audits every slide of the deck on screen, from the first.
async function slides(page, where) {
  const found = [];
  const total = await page.locator("section[data-slide]").count();
  for (let i = 0; i < total; i++) {
    const key = await page.evaluate(() => document.querySelector("section[aria-current=step]").dataset.slide);
    found.push(...(await audit(page, `${where} ${i + 1} (${key})`)));
    await page.keyboard.press("ArrowRight");
    if (i + 1 < total) await page.waitForFunction((k) => document.querySelector("section[aria-current=step]").dataset.slide !== k, key);
  }
  return found;
}

test("axe finds nothing on the slides with high contrast forced (Windows contrast themes)", async () => {
  const page = await newPage(browser, { width: 1280, height: 720 });
  await page.emulateMedia({ forcedColors: "active", contrast: "more" });
  await open(page, `${server.url}#v=1&present=1`);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await screenshot(page, "a11y-slide-forced-colors");
  await page.keyboard.press("Home");
  noViolations(await slides(page, "forced colours, slide"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

// ---------------------------------------------------------------------------
// The keyboard alone.

/// What has the focus, and whether a person can see it: a focus ring of at
/// least 2 px (on the element, or on the label that wraps a hidden file
/// input), inside the window, and not covered by anything (the sticky filter
/// bar) at its centre.
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { none: true };
    const ringOn = el.matches("input[type=file]") ? el.closest("label") : el;
    const style = getComputedStyle(ringOn);
    const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const box = ringOn.getBoundingClientRect();
    const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    const describe = (e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : ""}${e.getAttribute("data-action") ? `[data-action=${e.getAttribute("data-action")}]` : ""}${e.getAttribute("data-filter") ? `[data-filter=${e.getAttribute("data-filter")}]` : ""}${e.getAttribute("aria-label") ? ` "${e.getAttribute("aria-label").slice(0, 40)}"` : e.textContent ? ` "${e.textContent.trim().slice(0, 40)}"` : ""}`;
    return {
      what: describe(el),
      ring,
      inView,
      covered: inView && !(top && (ringOn.contains(top) || top.contains(ringOn) || el.contains(top))),
      coveredBy: top ? describe(top) : "",
    };
  });
}

/// Presses Tab (or Shift+Tab) until `selector` has the focus, checking at
/// every stop that the focus is seen; returns the number of stops.
async function tabTo(page, selector, { back = false, max = 600 } = {}) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    assert.ok(!f.none, `stop ${i}: the focus left the page`);
    assert.ok(f.ring, `stop ${i}: ${f.what} has no visible focus ring`);
    assert.ok(f.inView, `stop ${i}: ${f.what} is out of view`);
    assert.ok(!f.covered, `stop ${i}: ${f.what} is hidden under ${f.coveredBy}`);
    if (await page.evaluate((s) => document.activeElement.matches(s), selector)) return i;
  }
  assert.fail(`${selector} never got the focus`);
}

/// Checks that Tab and Shift+Tab go round inside the open dialog.
async function focusStaysIn(page, dialog) {
  const stops = await page.evaluate((d) => document.querySelector(d).querySelectorAll("a[href], button, textarea, input, select").length, dialog);
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < stops + 2; i++) {
      await page.keyboard.press(key);
      const inside = await page.evaluate((d) => document.querySelector(d).contains(document.activeElement), dialog);
      assert.ok(inside, `${key} ${i + 1}: the focus left the dialog`);
      const f = await focused(page);
      assert.ok(f.ring, `${f.what} in the dialog has no visible focus ring`);
    }
  }
}

const isActive = (page, selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
/// A chart redrawn for a filter gets the focus back on its new mark after
/// the drawing, a frame later when the drawing took long (a loaded machine):
/// waits up to 2 s for it.
const focusReturns = (page, selector) =>
  page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout: 2_000 }).then(() => true, () => false);

test("the keyboard alone: skip link, a filter, a chart's bar, a record, the embed code, the slides", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const hash = await page.evaluate(() => location.hash);

  // The first Tab stop is the skip link, shown while it has the focus.
  await page.keyboard.press("Tab");
  let f = await focused(page);
  assert.match(f.what, /skip-link/, "the skip link comes first");
  assert.ok(f.ring && f.inView && !f.covered, `the skip link is seen: ${JSON.stringify(f)}`);
  assert.equal(await page.locator(".skip-link").textContent(), "Skip to the report");
  await screenshot(page, "a11y-skip-link");
  await page.keyboard.press("Enter");
  assert.ok(await isActive(page, "#report"), "the skip link moves the focus to the report");
  assert.equal(await page.evaluate(() => location.hash), hash, "the skip link leaves the view's link alone");

  // The next stop is the search; the year range is a few stops further, and
  // the arrow keys change it.
  await page.keyboard.press("Tab");
  assert.ok(await isActive(page, "input[type=search]"), "the filters follow the skip link");
  await tabTo(page, "select[data-filter=year-from]");
  const years = [...new Set(demo.sessions.map((s) => s.date.slice(0, 4)))].sort();
  await page.keyboard.press("ArrowDown");
  const from = years[1];
  const want = expectedFigures(demo, (r) => demo.sessions.find((s) => s.id === r.session).date.slice(0, 4) >= from).recommendations;
  await page.waitForFunction((n) => document.querySelector("[data-kpi=recommendations]").dataset.value === String(n), want);
  assert.ok(await isActive(page, "select[data-filter=year-from]"), "the focus stays on the changed filter");
  assert.equal(await page.locator("[aria-live] [data-result-count], [data-result-count][aria-live]").textContent(), `${want} recommendations`);

  // A chart is one Tab stop; the arrow keys go from bar to bar, Enter
  // filters by the bar's year (in place of the range), and Space on it
  // again undoes that.
  await tabTo(page, "figure[data-chart=by-year] [data-filter-value]");
  const bars = await page.evaluate(() => [...document.querySelectorAll("figure[data-chart=by-year] [data-filter-value]")].map((b) => b.getAttribute("data-filter-value")));
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("data-filter-value")), bars[0]);
  const at = () => page.evaluate(() => document.activeElement.getAttribute("data-filter-value"));
  await page.keyboard.press("ArrowRight");
  assert.equal(await at(), bars[1], "ArrowRight goes to the next bar");
  assert.equal(await page.locator("figure[data-chart=by-year] [tabindex='0']").count(), 1, "one Tab stop in the chart");
  await page.keyboard.press("End");
  assert.equal(await at(), bars.at(-1), "End goes to the last bar");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await at(), bars.at(-2), "ArrowLeft goes back");
  // A full-page screenshot resizes the window: the charts redraw, and the
  // focus comes back to the same bar.
  await screenshot(page, "a11y-focus-on-a-bar");
  await page.waitForFunction((y) => document.activeElement?.getAttribute("data-filter-value") === y, bars.at(-2));
  await page.keyboard.press("Home");
  const year = await at();
  assert.equal(year, bars[0], "Home goes to the first bar");
  await page.keyboard.press("Enter");
  const inYear = expectedFigures(demo, (r) => demo.sessions.find((s) => s.id === r.session).date.startsWith(year)).recommendations;
  await page.waitForFunction((n) => document.querySelector("[data-kpi=recommendations]").dataset.value === String(n), inYear);
  assert.ok(await focusReturns(page, `figure[data-chart=by-year] [data-filter-value="${year}"]`), "the focus stays on the bar");
  // The year was the whole filter: undoing it shows every year again.
  await page.keyboard.press("Space");
  await page.waitForFunction((n) => document.querySelector("[data-kpi=recommendations]").dataset.value === String(n), demo.recommendations.length);
  assert.ok(await focusReturns(page, `figure[data-chart=by-year] [data-filter-value="${year}"]`), "the focus is still on the bar");

  // A record opens from its row; the focus goes round inside the dialog and
  // comes back to the row on Escape and on the close button.
  await tabTo(page, "table[data-table] tbody tr td.id button");
  const rec = await page.evaluate(() => document.activeElement.closest("tr").dataset.rec);
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-detail]");
  assert.ok(await page.evaluate(() => document.querySelector("[role=dialog]").contains(document.activeElement)), "the focus moves into the dialog");
  await screenshot(page, "a11y-detail-focus");
  await focusStaysIn(page, "[role=dialog]");
  await page.keyboard.press("Escape");
  await page.waitForSelector("[data-detail]", { state: "detached" });
  assert.ok(await isActive(page, `tr[data-rec="${rec}"] td.id button`), "Escape gives the focus back to the row");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-detail]");
  await tabTo(page, "[role=dialog] button.close");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-detail]", { state: "detached" });
  assert.ok(await isActive(page, `tr[data-rec="${rec}"] td.id button`), "the close button gives the focus back to the row");

  // The embed code of a chart: the same.
  await tabTo(page, "figure[data-chart=sessions] [data-action=embed]", { back: true });
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-embed-code]");
  assert.ok(await page.evaluate(() => document.querySelector("[role=dialog]").contains(document.activeElement)));
  await focusStaysIn(page, "[role=dialog]");
  await page.keyboard.press("Escape");
  await page.waitForSelector("[data-embed-code]", { state: "detached" });
  assert.ok(await isActive(page, "figure[data-chart=sessions] [data-action=embed]"), "Escape gives the focus back to Embed");

  // The slides: opened from the header, a step, left with Escape; the focus
  // is back on "Present".
  await tabTo(page, "[data-action=present]", { back: true });
  await page.keyboard.press("Enter");
  await page.waitForSelector("section[aria-current=step]");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => document.querySelector("section[aria-current=step]").dataset.slide === "headline");
  await page.keyboard.press("Escape");
  await page.waitForSelector("[data-kpi=recommendations]");
  assert.equal(await page.locator("section[data-slide]").count(), 0);
  assert.ok(await isActive(page, "[data-action=present]"), "leaving the slides gives the focus back to Present");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the result of a filter is announced, in the reader's language", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const live = page.locator("[aria-live][data-result-count]");
  assert.equal(await live.getAttribute("aria-live"), "polite");
  assert.equal(await live.textContent(), `${demo.recommendations.length} recommendations`);
  const theme = demo.themes.findIndex((t) => demo.recommendations.filter((r) => r.themes.includes(t.id)).length === 1);
  if (theme >= 0) {
    await page.selectOption("select[data-filter=theme]", String(theme));
    await page.waitForFunction(() => document.querySelector("[data-result-count]").dataset.resultCount === "1");
    assert.equal(await live.textContent(), "1 recommendation");
    await page.click("[data-action=clear-filters]");
  }
  await page.selectOption("select[data-filter=year-from]", "2013");
  await page.selectOption("select[data-filter=year-to]", "2013");
  const n = expectedFigures(demo, (r) => demo.sessions.find((s) => s.id === r.session).date.startsWith("2013")).recommendations;
  await page.waitForFunction((n) => document.querySelector("[data-result-count]").dataset.resultCount === String(n), n);
  assert.equal(await live.textContent(), `${n} recommendations`);
  assert.equal((await kpis(page)).recommendations, n);
  await page.selectOption("select[data-action=language]", "ru");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.match(await live.textContent(), new RegExp(`^${n} рекомендаци`));
  await page.selectOption("select[data-action=language]", "kk");
  await page.waitForFunction(() => document.documentElement.lang === "kk");
  assert.equal(await live.textContent(), `${n} ұсыным`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// ---------------------------------------------------------------------------
// Reflow.

/// Whatever of `selectors` is not on the page, not shown, or does not fit
/// the window's width (the first such element of each selector, with how
/// many there are); and whether the document scrolls sideways.
async function cutOff(page, selectors) {
  return page.evaluate((selectors) => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const bad = [];
    for (const selector of selectors) {
      const all = [...document.querySelectorAll(selector)];
      if (all.length === 0) bad.push(`${selector}: none on the page`);
      const wrong = all.map((el) => {
        const box = el.getBoundingClientRect();
        if (!el.checkVisibility() || box.width === 0 || box.height === 0) return "not shown";
        if (box.left < -0.5 || box.right > width + 0.5) return `${Math.round(box.left)}..${Math.round(box.right)} in a ${width} px window`;
        return null;
      }).filter(Boolean);
      if (wrong.length > 0) bad.push(`${selector}: ${wrong[0]} (${wrong.length} of ${all.length})`);
    }
    // What sticks out, to say why the page scrolls sideways.
    const wide = [...document.body.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && el.checkVisibility())
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
    return { scroll: root.scrollWidth > width, scrollWidth: root.scrollWidth, width, bad, wide };
  }, selectors);
}

const DASHBOARD = [
  "[data-kpi]",
  ".filters input",
  ".filters select",
  "figure[data-chart]",
  "figure[data-chart] svg",
  "figure[data-chart] .chart-tools",
  "table[data-table]",
  "table[data-table] tbody tr",
  ".pager",
];

for (const [name, viewport, options] of [
  ["320 px wide", { width: 320, height: 640 }, {}],
  // A 1280x720 window at 200 % zoom: 640x360 CSS pixels, two device pixels each.
  ["1280x720 at 200 % zoom", { width: 640, height: 360 }, { deviceScaleFactor: 2 }],
]) {
  test(`the dashboard and the embeds reflow at ${name}: no sideways scroll, nothing cut off`, async () => {
    const page = await newPage(browser, viewport, options);
    await open(page, server.url);
    let fit = await cutOff(page, DASHBOARD);
    assert.equal(fit.scroll, false, `the dashboard scrolls sideways: ${fit.scrollWidth} > ${fit.width} (${fit.wide.join(", ")})`);
    assert.deepEqual(fit.bad, []);
    await screenshot(page, `a11y-reflow-${viewport.width}`);

    // The list of what moved becomes cards too.
    await page.click("details.moved summary");
    await page.waitForSelector("details.moved tbody tr");
    fit = await cutOff(page, ["details.moved tbody tr", "details.moved td.text"]);
    assert.equal(fit.scroll, false, `the list of what moved scrolls sideways: ${fit.scrollWidth} > ${fit.width}`);
    assert.deepEqual(fit.bad, [], "the list of what moved");
    await page.click("details.moved summary");

    // At this size too, the focus is never hidden under the filter bar.
    await tabTo(page, "table[data-table] tbody tr td.id button");
    await tabTo(page, "input[type=search]", { back: true });

    for (const id of ["by-year", "by-theme", "kpis"]) {
      await open(page, `${server.url}#v=1&embed=${id}`);
      fit = await cutOff(page, id === "kpis" ? ["[data-kpi]", ".embed-note"] : ["figure[data-chart]", "figure[data-chart] svg", ".embed-note"]);
      assert.equal(fit.scroll, false, `embed ${id} scrolls sideways: ${fit.scrollWidth} > ${fit.width} (${fit.wide.join(", ")})`);
      assert.deepEqual(fit.bad, [], `embed ${id}`);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
