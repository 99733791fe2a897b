// The dashboard, driven as a person would: the demo loads with the right
// figures and six charts, every filter changes figures, charts and table,
// a click on a bar filters, the table sorts, pages and opens a record.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import {
  serve, launch, newPage, open, kpis, waitForCount, screenshot, readJson,
  expectedFigures, stageOf, root, fold, textValues,
} from "./harness.mjs";

const demo = readJson(path.join(root, "static/demo.json"));
let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const CHARTS = ["by-year", "by-status", "by-theme", "by-addressee", "progress", "sessions"];

test("the demo shows its headline figures and six accessible charts", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const want = expectedFigures(demo);
  const got = await kpis(page);
  assert.equal(got.recommendations, want.recommendations);
  // With no filter every session counts, including those that made none.
  assert.equal(got.sessions, demo.sessions.length);
  assert.equal(got.acceptance, want.acceptance);
  assert.equal(got.implementation, want.implementation);

  const title = await page.locator("h1").textContent();
  assert.equal(title, typeof demo.title === "string" ? demo.title : demo.title[demo.languages[0]]);
  await page.getByText("illustrative", { exact: false }).first().waitFor();

  for (const id of CHARTS) {
    const name = await page.evaluate((id) => {
      const svg = document.querySelector(`figure[data-chart=${id}] svg.kenes-chart`);
      if (!svg) return null;
      const ids = (svg.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
      return ids.map((i) => document.getElementById(i)?.textContent ?? "").join(" ").trim();
    }, id);
    assert.ok(name, `chart ${id} has an svg (an image, or a group of buttons) with an accessible name`);
    const marks = await page.locator(`figure[data-chart=${id}] svg rect, figure[data-chart=${id}] svg circle, figure[data-chart=${id}] svg path`).count();
    assert.ok(marks > 0, `chart ${id} draws marks`);
  }
  const html = await page.content();
  assert.ok(!/NaN|undefined|Infinity/.test(await page.locator("body").innerText()), "no NaN shown");
  assert.ok(html.length > 0);
  await screenshot(page, "dashboard-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, "dashboard-390");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("each filter changes the figures to the matching recommendations", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const stage = stageOf(demo);
  const lang = demo.languages?.[0] ?? "en";
  const nameOf = (t) => (typeof t === "string" ? t : t[lang]);

  // Theme: the most frequent one.
  const themeCounts = {};
  for (const r of demo.recommendations) for (const t of r.themes) themeCounts[t] = (themeCounts[t] || 0) + 1;
  const theme = Object.entries(themeCounts).sort((a, b) => b[1] - a[1])[0][0];
  const themeIx = demo.themes.findIndex((t) => t.id === theme);
  await page.selectOption("select[data-filter=theme]", String(themeIx));
  let want = expectedFigures(demo, (r) => r.themes.includes(theme));
  await waitForCount(page, want.recommendations);
  // The menu is back on "Add", with the chosen theme offered no more.
  const menu = await page.evaluate((ix) => {
    const select = document.querySelector("select[data-filter=theme]");
    return {
      value: select.value,
      shown: select.selectedOptions[0]?.textContent,
      options: select.options.length,
      disabled: [...select.options].filter((o) => o.disabled).map((o) => o.value),
    };
  }, themeIx);
  assert.deepEqual(menu, { value: "", shown: "Add…", options: demo.themes.length + 1, disabled: [String(themeIx)] });
  assert.deepEqual(
    (({ recommendations, sessions, acceptance, implementation }) => ({ recommendations, sessions, acceptance, implementation }))(await kpis(page)),
    (({ recommendations, sessions, acceptance, implementation }) => ({ recommendations, sessions, acceptance, implementation }))(want),
  );
  const chip = page.locator(".chip", { hasText: nameOf(demo.themes[themeIx].name) });
  await chip.waitFor();
  // The by-theme chart now shows that theme's count as its largest bar.
  const themeBar = await page.locator(`figure[data-chart=by-theme] [data-filter-value="${theme}"]`).count();
  assert.ok(themeBar > 0);

  // Status, on top of the theme: facets combine with "and".
  const statusId = demo.recommendations.find((r) => r.themes.includes(theme)).status;
  const statuses = demo.statuses ?? [];
  const statusIx = statuses.findIndex((s) => s.id === statusId);
  await page.selectOption("select[data-filter=status]", String(statusIx));
  want = expectedFigures(demo, (r) => r.themes.includes(theme) && r.status === statusId);
  await waitForCount(page, want.recommendations);

  // Removing the theme chip leaves the status filter alone.
  await chip.getByRole("button").click();
  want = expectedFigures(demo, (r) => r.status === statusId);
  await waitForCount(page, want.recommendations);

  // Clear all.
  await page.click("[data-action=clear-filters]");
  await waitForCount(page, demo.recommendations.length);

  // Addressee and proposer.
  const addressee = demo.recommendations[0].addressees[0];
  await page.selectOption("select[data-filter=addressee]", String(demo.bodies.findIndex((b) => b.id === addressee)));
  await waitForCount(page, expectedFigures(demo, (r) => r.addressees.includes(addressee)).recommendations);
  await page.click("[data-action=clear-filters]");
  const proposer = demo.recommendations.find((r) => r.proposed_by?.length).proposed_by[0];
  await page.selectOption("select[data-filter=proposer]", String(demo.bodies.findIndex((b) => b.id === proposer)));
  await waitForCount(page, expectedFigures(demo, (r) => (r.proposed_by ?? []).includes(proposer)).recommendations);
  await page.click("[data-action=clear-filters]");

  // Session.
  const session = demo.recommendations[demo.recommendations.length - 1].session;
  await page.selectOption("select[data-filter=session]", String(demo.sessions.findIndex((s) => s.id === session)));
  want = expectedFigures(demo, (r) => r.session === session);
  await waitForCount(page, want.recommendations);
  assert.equal((await kpis(page)).sessions, 1);
  await page.click("[data-action=clear-filters]");

  // Year range.
  const year = (r) => Number(want.sessionDate[r.session].slice(0, 4));
  await page.selectOption("select[data-filter=year-from]", "2013");
  await page.selectOption("select#to", "2014");
  await waitForCount(page, demo.recommendations.filter((r) => year(r) >= 2013 && year(r) <= 2014).length);
  await page.click("[data-action=clear-filters]");
  await waitForCount(page, demo.recommendations.length);
  assert.ok(stage);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("text search is case-insensitive in Latin, Cyrillic and Kazakh", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const count = (needle) =>
    demo.recommendations.filter((r) =>
      [r.id, ...textValues(r.text), ...textValues(r.note)].some((s) => fold(s).includes(fold(needle))),
    ).length;
  // Words from the demo in each script, typed in a different case than stored.
  const words = [];
  const first = demo.recommendations[0];
  const pick = (s) => s.split(/\s+/).find((w) => w.length > 6) ?? s.split(/\s+/)[0];
  for (const lang of ["en", "ru", "kk"]) {
    const t = first.text[lang] ?? (typeof first.text === "string" ? first.text : null);
    if (t) words.push(pick(t).toUpperCase());
  }
  words.push(first.id.toLowerCase());
  for (const word of words) {
    await page.fill("input[type=search]", word);
    const want = count(word);
    assert.ok(want > 0, `the demo contains ${word}`);
    await waitForCount(page, want);
  }
  await page.fill("input[type=search]", "zzqx-nothing-matches");
  await waitForCount(page, 0);
  await page.locator("[data-empty]").waitFor();
  assert.ok(!/NaN/.test(await page.locator("body").innerText()));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("clicking a bar filters by it, and a second click undoes it", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const bar = page.locator("figure[data-chart=by-status] [data-filter-value]").first();
  const status = await bar.getAttribute("data-filter-value");
  await bar.click();
  const want = demo.recommendations.filter((r) => r.status === status).length;
  await waitForCount(page, want);
  await page.locator("figure[data-chart=by-status] [data-filter-value]").first().click();
  await waitForCount(page, demo.recommendations.length);

  const yearBar = page.locator("figure[data-chart=by-year] [data-filter-value='2013']").first();
  await yearBar.click();
  const sessionYear = Object.fromEntries(demo.sessions.map((s) => [s.id, s.date.slice(0, 4)]));
  await waitForCount(page, demo.recommendations.filter((r) => sessionYear[r.session] === "2013").length);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the table sorts, pages and opens the full record", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const rows = page.locator("table[data-table] tbody tr");
  assert.equal(await rows.count(), Math.min(25, demo.recommendations.length));
  await page.locator("th", { hasText: "Id" }).getByRole("button").click();
  const firstAsc = await rows.first().getAttribute("data-rec");
  await page.locator("th", { hasText: "Id" }).getByRole("button").click();
  const firstDesc = await rows.first().getAttribute("data-rec");
  assert.notEqual(firstAsc, firstDesc);
  assert.equal(await page.locator("th[aria-sort=descending]").count(), 1);

  await page.click("[data-page=next]");
  await page.getByText("Page 2 of").waitFor();

  const id = await rows.first().getAttribute("data-rec");
  await rows.first().locator("td.id button").click();
  const dialog = page.locator(`[role=dialog][data-detail="${id}"]`);
  await dialog.waitFor();
  const rec = demo.recommendations.find((r) => r.id === id);
  const lang = demo.languages?.[0] ?? "en";
  const text = typeof rec.text === "string" ? rec.text : rec.text[lang];
  assert.ok((await dialog.textContent()).includes(text));
  if (rec.history?.length) {
    assert.equal(await dialog.locator("ol.history li").count(), rec.history.length);
  }
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
  await page.close();
});
