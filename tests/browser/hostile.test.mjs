// Hostile text is inert everywhere: a dataset whose every text holds script
// and markup injections, `javascript:` and `data:` addresses, CSS and SVG
// injections, direction overrides and zero-width characters, and
// spreadsheet formulas (tests/data/hostile/hostile.json) is opened in every
// view. Nothing runs (no dialog, no console error, no request leaves the test
// server), the text is shown literally, and only http(s) addresses become
// links, each with rel="noopener noreferrer".

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serve, launch, newPage, open, readJson, testData, download } from "./harness.mjs";

const doc = readJson(path.join(testData, "hostile/hostile.json"));
let server, browser;

before(async () => {
  server = await serve({}, { cors: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// A page that records every dialog and every request away from the server.
async function guardedPage(size) {
  const page = await newPage(browser, size);
  page.dialogs = [];
  page.away = [];
  page.on("dialog", async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) page.away.push(url);
  });
  return page;
}

/// Every link on the page leads to http(s) (or within the page) and opens
/// with no access back to the report.
async function linksAreSafe(page) {
  const links = await page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((a) => ({ href: a.getAttribute("href"), rel: a.rel, target: a.target })));
  for (const link of links) {
    assert.match(link.href, /^(https?:\/\/|#|blob:)/, `a link to ${link.href}`);
    if (link.target === "_blank") {
      assert.match(link.rel, /noopener/, link.href);
      assert.match(link.rel, /noreferrer/, link.href);
    }
  }
  // Injected elements never become elements.
  const injected = await page.evaluate(() => document.querySelectorAll(
    "body img[src=x], body iframe, body script:not([type]), main svg[onload], [onerror], [onload]").length);
  assert.equal(injected, 0, "no injected element exists");
}

function expectInert(page) {
  assert.deepEqual(page.dialogs, [], "no dialog opened");
  assert.deepEqual(page.away, [], "no request left the test server");
  assert.deepEqual(page.errors, [], "no console error or CSP violation");
}

test("the dashboard and a record's details show hostile text literally", async () => {
  const page = await guardedPage({ width: 1366, height: 900 });
  await open(page, `${server.url}?data=data/hostile/hostile.json`);
  assert.equal(await page.locator("h1").textContent(), doc.title.en);
  assert.equal(await page.locator(".description").textContent(), doc.description.en);
  assert.equal(await page.locator("[data-problems] li.error").count(), 0);
  // The source address is `javascript:`: shown as nothing clickable.
  assert.equal(await page.locator(`a[href^="javascript"]`).count(), 0);
  await linksAreSafe(page);

  // Every record's details, with their links.
  const rows = page.locator("table[data-table] tbody tr");
  for (let i = 0; i < await rows.count(); i++) {
    const id = await rows.nth(i).getAttribute("data-rec");
    await rows.nth(i).locator("td.id button").click();
    const dialog = page.locator(`[role=dialog][data-detail="${id}"]`);
    await dialog.waitFor();
    const rec = doc.recommendations.find((r) => r.id === id);
    assert.ok((await dialog.textContent()).includes(rec.text.en), `${id} text shown literally`);
    await linksAreSafe(page);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  }
  // The filter menus name every theme and body literally, one option each.
  const menus = await page.evaluate(() => ({
    theme: [...document.querySelectorAll("select[data-filter=theme] option")].slice(1).map((o) => o.textContent),
    addressee: [...document.querySelectorAll("select[data-filter=addressee] option")].slice(1).map((o) => o.textContent),
    elements: document.querySelectorAll("select[data-filter] *:not(option)").length,
  }));
  const english = (t) => (typeof t === "string" ? t : t.en);
  assert.deepEqual(menus.theme.slice().sort(), doc.themes.map((t) => english(t.name)).sort());
  assert.deepEqual(menus.addressee.slice().sort(), doc.bodies.map((b) => english(b.name)).sort());
  assert.equal(menus.elements, 0, "nothing but options in the menus");
  // Filtering and searching with hostile text.
  await page.fill("input[type=search]", "<script>");
  await page.waitForFunction(() => document.querySelector("[data-kpi=recommendations]").dataset.value !== "12");
  await linksAreSafe(page);
  expectInert(page);
  await page.close();
});

test("embed, presentation and print views keep hostile text inert", async () => {
  for (const hash of ["#v=1&embed=by-theme", "#v=1&embed=kpis", "#v=1&present=1", "#v=1&lang=ru&present=1"]) {
    const page = await guardedPage({ width: 1280, height: 720 });
    await open(page, `${server.url}?data=data/hostile/hostile.json${hash}`);
    if (hash.includes("present")) {
      const total = await page.locator("section[data-slide]").count();
      for (let i = 0; i < total; i++) {
        await linksAreSafe(page);
        await page.keyboard.press("ArrowRight");
      }
    }
    await linksAreSafe(page);
    expectInert(page);
    await page.close();
  }
  const page = await guardedPage({ width: 1200, height: 900 });
  await open(page, `${server.url}?data=data/hostile/hostile.json`);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await page.pdf({ format: "A4" });
  await linksAreSafe(page);
  expectInert(page);
  await page.close();
});

/// The cells of a CSV document (RFC 4180: quoted cells may hold commas,
/// line breaks and doubled quotes).
function csvCells(csv) {
  const cells = [];
  let cell = "", quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === "\n") { cells.push(cell.replace(/\r$/, "")); cell = ""; }
    else cell += c;
  }
  if (cell) cells.push(cell);
  return cells;
}

test("exports of hostile text stay inert: chart SVG, chart and table CSV, dataset JSON", async () => {
  const page = await guardedPage({ width: 1366, height: 900 });
  await open(page, `${server.url}?data=data/hostile/hostile.json`);
  const themeNames = doc.themes.map((t) => (typeof t.name === "string" ? t.name : t.name.en));
  // A chart's SVG: well-formed, no script, no handler, no foreign content,
  // and the hostile theme names as text.
  const svg = (await download(page, "figure[data-chart=by-theme] [data-export=svg]")).bytes.toString("utf8");
  const parsed = await page.evaluate((svg) => {
    const d = new DOMParser().parseFromString(svg, "image/svg+xml");
    const all = [...d.querySelectorAll("*")];
    return {
      error: d.querySelector("parsererror") !== null,
      scripts: d.querySelectorAll("script, foreignObject, iframe, image").length,
      handlers: all.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      links: all.filter((e) => [...e.attributes].some((a) => /href$/i.test(a.name))).length,
      text: d.documentElement.textContent,
    };
  }, svg);
  assert.equal(parsed.error, false, "the SVG is well-formed");
  assert.equal(parsed.scripts, 0, "no script or foreign content");
  assert.equal(parsed.handlers, 0, "no event handler attribute");
  assert.equal(parsed.links, 0, "no link");
  assert.ok(themeNames.some((n) => parsed.text.includes(n)), "a hostile theme name is there as text");
  // CSV: every cell that a spreadsheet would read as a formula is quoted
  // as text.
  for (const selector of ["figure[data-chart=by-theme] [data-export=csv]", "[data-export=table-csv]"]) {
    const csv = (await download(page, selector)).bytes.toString("utf8").replace(/^\uFEFF/, "");
    const cells = csvCells(csv);
    const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c));
    assert.deepEqual(formulas, [], `${selector}: no cell starts a formula`);
  }
  // The dataset saved as JSON reads back with the same text, byte for byte.
  const saved = JSON.parse((await download(page, "[data-export=dataset-json]")).bytes.toString("utf8"));
  const text = (r) => (typeof r.text === "string" ? r.text : r.text.en);
  assert.deepEqual(saved.recommendations.map(text), doc.recommendations.map(text));
  expectInert(page);
  await page.close();
});
