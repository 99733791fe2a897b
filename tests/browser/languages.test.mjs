// Kazakh, Russian and English: the switcher changes the whole interface,
// `html[lang]` and the link follow, and no English is left in a Kazakh or
// Russian view (dashboard, a record's details, every slide, an embed),
// except words the data itself holds (names, ids) and a short list of
// names that are the same in every language.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, launch, newPage, open, kpis, root } from "./harness.mjs";

// Words that stand in any language: the product, file formats.
const ALLOWED = new Set(["Kenes", "JSON", "json", "CSV", "SVG", "PNG", "PDF"]);
// Words the demo data holds (ids, proper names such as "The Astana Times").
const DATA_WORDS = new Set(fs.readFileSync(path.join(root, "static/demo.json"), "utf8").match(/[A-Za-z]{4,}/g));

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// Latin words of four letters or more that a person sees or hears (text and
/// the labels screen readers speak), minus addresses and the language menu.
async function englishLeft(page) {
  const words = await page.evaluate(() => {
    const found = new Set();
    const scan = (text) => {
      for (const w of text.replace(/https?:\/\/\S+/g, "").match(/[A-Za-z]{4,}/g) ?? []) found.add(w);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement.closest("[translate=no], script, style, [hidden]")) continue;
      scan(node.textContent);
    }
    for (const el of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
      if (el.closest("[translate=no], [hidden]")) continue;
      for (const a of ["aria-label", "placeholder", "title"]) scan(el.getAttribute(a) ?? "");
    }
    return [...found];
  });
  return words.filter((w) => !ALLOWED.has(w) && !DATA_WORDS.has(w));
}

for (const lang of ["kk", "ru"]) {
  test(`in ${lang}, no English is left in any view`, async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    const english = await kpis(page);
    await page.selectOption("select[data-action=language]", lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.match(await page.evaluate(() => location.hash), new RegExp(`lang=${lang}`));
    // The figures are the same; their format follows the language.
    assert.deepEqual(await kpis(page), english);
    assert.match(await page.locator("[data-kpi=acceptance-rate] .kpi-value").textContent(), /^\d+,\d/);
    assert.deepEqual(await englishLeft(page), [], "dashboard");

    await page.locator("table[data-table] tbody tr td.id button").first().click();
    await page.locator("[role=dialog]").waitFor();
    assert.deepEqual(await englishLeft(page), [], "details");
    await page.keyboard.press("Escape");

    await page.click("[data-action=present]");
    const total = await page.locator("section[data-slide]").count();
    for (let i = 0; i < total; i++) {
      const key = await page.evaluate(() => document.querySelector("section[aria-current=step]").dataset.slide);
      assert.deepEqual(await englishLeft(page), [], `slide ${key}`);
      await page.keyboard.press("ArrowRight");
    }
    await page.keyboard.press("Escape");

    const embed = await newPage(browser, { width: 640, height: 800 });
    await open(embed, `${server.url}#v=1&lang=${lang}&embed=by-theme`);
    assert.equal(await embed.evaluate(() => document.documentElement.lang), lang);
    assert.deepEqual(await englishLeft(embed), [], "embed");
    assert.deepEqual([...page.errors, ...embed.errors], []);
    await embed.close();
    await page.close();
  });
}

test("a link in Russian opens in Russian, and English comes back", async () => {
  const page = await newPage(browser);
  await open(page, `${server.url}#v=1&lang=ru`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.equal(await page.locator("[data-kpi=recommendations] .kpi-label").textContent(), "Рекомендации");
  await page.selectOption("select[data-action=language]", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator("[data-kpi=recommendations] .kpi-label").textContent(), "Recommendations");
  await page.close();
});
