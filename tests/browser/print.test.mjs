// Printing: "Save as PDF" from the browser gives a report someone would file.
// A4 pages, the whole table for the current filter (not one page of it),
// and every chart present. The pages are looked at by a person (the PNGs
// under tests/browser/artifacts); here the test checks what can be counted.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, newPage, open, readJson, root, artifacts } from "./harness.mjs";

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

test("a printed report holds every row of the filtered table and every chart", async () => {
  const page = await newPage(browser, { width: 1200, height: 900 });
  await open(page, `${server.url}#v=1&years=2013`);
  const want = demo.recommendations.filter((r) => demo.sessions.find((s) => s.id === r.session).date.startsWith("2013")).length;
  // The browser says it is about to print (Ctrl+P or the button).
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.waitForFunction((n) => document.querySelectorAll("table[data-table] tbody tr").length === n, want);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".controls").isVisible(), false, "no form controls on paper");
  assert.equal(await page.locator("select[data-action=language]").isVisible(), false, "no language menu on paper");
  assert.equal(await page.locator("figure[data-chart] svg.kenes-chart").count(), 7);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 5, `${pages} pages`);
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, "report-2013.pdf"), pdf);

  // After printing, the table pages again.
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.waitForFunction(() => document.querySelectorAll("table[data-table] tbody tr").length === 25);
  assert.deepEqual(page.errors, []);
  await page.close();
});

// The tables are drawn only near the screen (`content-visibility: auto`):
// a filter change lays out what can be seen. Scrolled to, they are drawn;
// on paper, always.
test("the table is drawn when it is scrolled to, and always on paper", async () => {
  const page = await newPage(browser, { width: 1366, height: 768 });
  await open(page, server.url);
  const isDrawn = () =>
    document.querySelector("table[data-table] tbody tr:last-child").checkVisibility({ contentVisibilityAuto: true });
  assert.equal(await page.evaluate(isDrawn), false, "far below the screen, the table is not drawn yet");
  // The browser settles what is drawn as it renders a frame: the check waits
  // for one, as a printout would.
  await page.emulateMedia({ media: "print" });
  await page.waitForFunction(isDrawn, null, { timeout: 5000 }).catch(() => {
    assert.fail("on paper the table is drawn");
  });
  await page.emulateMedia({ media: "screen" });
  await page.locator("table[data-table] tbody tr:last-child").scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    document.querySelector("table[data-table] tbody tr:last-child").checkVisibility({ contentVisibilityAuto: true }),
  );
  const box = await page.locator("table[data-table] tbody tr:last-child").boundingBox();
  assert.ok(box && box.height > 0 && box.y >= 0 && box.y < 768, `the last row is on the screen: ${JSON.stringify(box)}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});
