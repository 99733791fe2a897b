// Loading datasets other than the demo: by URL, by the file button, by drag
// and drop; documents shaped differently from the demo; a document that is
// refused (the previous dataset stays); problems listed; a large dataset
// that loads with progress shown and the page still painting.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  serve, launch, newPage, open, kpis, waitForCount, readJson, expectedFigures, testData, screenshot,
} from "./harness.mjs";

/// A valid dataset of `n` recommendations, shaped unlike the demo: one
/// language, no `statuses` (the default vocabulary), histories on some.
function generated(n) {
  const statuses = ["under_consideration", "accepted", "partially_accepted", "in_progress", "implemented", "noted", "rejected"];
  const themes = Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, name: `Theme ${i}` }));
  const bodies = Array.from({ length: 30 }, (_, i) => ({ id: `b${i}`, name: `Body ${i}` }));
  const sessions = Array.from({ length: 100 }, (_, i) => ({
    id: `s${i}`, date: `${2010 + (i % 15)}-${String(1 + (i % 12)).padStart(2, "0")}-15`, title: `Session ${i}`,
  }));
  let seed = 42;
  const rand = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  const recommendations = Array.from({ length: n }, (_, i) => {
    const s = sessions[rand(100)];
    const status = statuses[rand(7)];
    const rec = {
      id: `G-${i}`, session: s.id, text: `Generated recommendation number ${i} about theme ${i % 20}`,
      themes: [`t${rand(20)}`], addressees: [`b${rand(30)}`], status,
    };
    if (i % 3 === 0) {
      const year = Number(s.date.slice(0, 4));
      rec.history = [{ date: s.date, status: "under_consideration" }];
      if (status !== "under_consideration") rec.history.push({ date: `${year + 1}-06`, status });
    }
    return rec;
  });
  return { kenes: 1, title: `Generated ${n}`, themes, bodies, sessions, recommendations };
}

const big = generated(50_000);
const bigJson = JSON.stringify(big);
let server, browser;

before(async () => {
  server = await serve({ "/generated/big.json": bigJson, "/generated/bad-syntax.json": '{"kenes": 1,\n  "title": "x",\n  oops }' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function expectFigures(page, doc) {
  const want = expectedFigures(doc);
  await waitForCount(page, want.recommendations);
  const got = await kpis(page);
  assert.equal(got.sessions, doc.sessions.length);
  assert.equal(got.acceptance, want.acceptance);
  assert.equal(got.implementation, want.implementation);
}

test("valid datasets of every shape load by URL with their own figures", async () => {
  const files = fs.readdirSync(testData).filter((f) => f.endsWith(".json")).sort();
  assert.ok(files.length >= 3, "tests/data holds several valid datasets");
  for (const file of files) {
    const page = await newPage(browser);
    await open(page, `${server.url}?data=data/${file}`);
    await expectFigures(page, readJson(path.join(testData, file)));
    // Warnings (a missing translation) are allowed; errors are not.
    assert.equal(await page.locator("[data-problems] li.error").count(), 0, `${file} loads without errors`);
    assert.deepEqual(page.errors, [], file);
    await page.close();
  }
});

test("a file chosen with the file button replaces the demo", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const file = path.join(testData, "format-example.json");
  await page.setInputFiles("input[type=file]", file);
  await expectFigures(page, readJson(file));
  await page.waitForSelector("html[data-kenes-ready]");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a refused file is explained and the previous dataset stays", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const before = await kpis(page);
  const title = await page.locator("h1").textContent();
  await page.setInputFiles("input[type=file]", {
    name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"kenes": 1,\n  "title": "x",\n  oops }'),
  });
  const problem = page.locator("[data-problems] li");
  await problem.waitFor();
  const message = await problem.textContent();
  assert.match(message, /broken\.json/);
  assert.match(message, /line 3, column 3/);
  assert.deepEqual(await kpis(page), before);
  assert.equal(await page.locator("h1").textContent(), title);
  await page.waitForSelector("html[data-kenes-ready]");

  // A URL that does not answer is explained too.
  await page.goto(`${server.url}?data=missing.json`);
  await page.locator("[data-problems] li", { hasText: "404" }).waitFor();
  await page.goto(`${server.url}?data=generated/bad-syntax.json`);
  await page.locator("[data-problems] li", { hasText: "line 3" }).waitFor();
  await page.goto(`${server.url}?data=javascript:alert(1)`);
  await page.locator("[data-problems] li", { hasText: "http" }).waitFor();
  assert.deepEqual(page.errors.filter((e) => !/404|Failed to load/.test(e)), []);
  await page.close();
});

test("a file dropped on the page loads", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const doc = readJson(path.join(testData, "format-example.json"));
  await page.evaluate((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], "dropped.json", { type: "application/json" }));
    const target = document.querySelector(".kenes");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, JSON.stringify(doc));
  await expectFigures(page, doc);
  await page.locator(".source", { hasText: "dropped.json" }).waitFor();
  await page.close();
});

test("50,000 recommendations load with progress shown, then filter", async () => {
  const page = await newPage(browser);
  // Count the frames the page paints while it loads (a frozen tab paints
  // none), and note the progress it paints: the file is read as it
  // arrives, so the load may be over by the time the page's load event
  // lets the test look.
  await page.addInitScript(() => {
    window.__frames = 0;
    window.__progress = [];
    const tick = () => {
      window.__frames += 1;
      const shown = document.querySelector("[data-loading]");
      if (shown) window.__progress.push(shown.textContent);
      if (!document.documentElement.hasAttribute("data-kenes-ready")) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`${server.url}?data=generated/big.json`);
  await page.waitForSelector("html[data-kenes-ready]", { timeout: 120_000 });
  await expectFigures(page, big);
  const { frames, progress } = await page.evaluate(() => ({ frames: window.__frames, progress: window.__progress }));
  assert.ok(frames > 3, `the page kept painting while loading (${frames} frames)`);
  assert.ok(new Set(progress).size >= 2, `the progress moved on screen while loading: ${[...new Set(progress)].join(", ")}`);

  await page.selectOption("select[data-filter=theme]", { label: "Theme 7" });
  await waitForCount(page, big.recommendations.filter((r) => r.themes.includes("t7")).length);
  await page.fill("input[type=search]", "NUMBER 4999");
  await waitForCount(page, big.recommendations.filter((r) => r.themes.includes("t7") && r.text.toLowerCase().includes("number 4999")).length);
  await screenshot(page, "generated-50k");
  assert.deepEqual(page.errors, []);
  await page.close();
});
