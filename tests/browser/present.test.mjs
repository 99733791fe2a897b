// Presentation mode, walked with the keyboard as a chair would with a
// clicker: every slide at 1280x720, 1024x768 and 1920x1080 shows whole (no
// overflow, no scrolling), body text at least 24 px and chart text at least
// 18 px as drawn on the screen; `aria-current` and the slide number in the
// address follow; a view added as a slide joins the deck and lives in the
// link; Escape leaves.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serve, launch, newPage, open, kpis, readJson, root, screenshot } from "./harness.mjs";

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

/// What a person would notice on the slide on screen.
async function current(page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll("section[data-slide]")].filter((s) => !s.hidden);
    const s = document.querySelector("section[aria-current=step]");
    let minText = Infinity;
    let minChart = Infinity;
    for (const el of s.querySelectorAll("h1, h2, h3, p, span, dt, dd, li, a, button")) {
      if (el.closest("svg") || !el.textContent.trim()) continue;
      minText = Math.min(minText, parseFloat(getComputedStyle(el).fontSize));
    }
    for (const t of s.querySelectorAll("svg text")) {
      if (!t.textContent.trim()) continue;
      const size = parseFloat(t.getAttribute("font-size") || getComputedStyle(t).fontSize);
      minChart = Math.min(minChart, size * t.getScreenCTM().a);
    }
    const root = document.documentElement;
    return {
      key: s.dataset.slide,
      visible: shown.length,
      overflow: s.scrollHeight > s.clientHeight + 1 || s.scrollWidth > s.clientWidth + 1
        || root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1,
      minText,
      minChart,
      hash: location.hash,
    };
  });
}

for (const [width, height] of [[1280, 720], [1024, 768], [1920, 1080]]) {
  test(`the demo deck walks by keyboard at ${width}x${height}, every slide whole and legible`, async () => {
    const page = await newPage(browser, { width, height });
    await open(page, server.url);
    await page.click("[data-action=present]");
    await page.waitForSelector("section[aria-current=step]");
    const total = await page.locator("section[data-slide]").count();
    assert.ok(total >= 10, `a deck of ${total} slides`);
    const seen = [];
    for (let i = 0; i < total; i++) {
      const slide = await current(page);
      seen.push(slide.key);
      assert.equal(slide.visible, 1, `${slide.key}: one slide on screen`);
      assert.equal(slide.overflow, false, `${slide.key}: nothing cut off or scrolling`);
      assert.ok(slide.minText >= 24, `${slide.key}: body text ${slide.minText}px`);
      if (slide.key.startsWith("chart-")) {
        assert.ok(slide.minChart >= 17.95, `${slide.key}: chart text ${slide.minChart}px`);
      }
      assert.match(slide.hash, new RegExp(`present=${i + 1}\\b`));
      if (width === 1280) await screenshot(page, `slide-${String(i + 1).padStart(2, "0")}-${slide.key}`);
      // Presentation clickers send PageDown; arrows work too.
      await page.keyboard.press(i % 2 ? "PageDown" : "ArrowRight");
      if (i + 1 < total) await page.waitForFunction((k) => document.querySelector("section[aria-current=step]").dataset.slide !== k, slide.key);
    }
    assert.deepEqual(seen.slice(0, 2), ["title", "headline"]);
    assert.equal(seen.at(-1), "end");
    assert.ok(seen.includes("chart-by-theme") && seen.includes("changed"));
    // At the end, the next key stays; Home goes back; PageUp moves back.
    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.querySelector("section[aria-current=step]").dataset.slide === "title");
    await page.keyboard.press("End");
    await page.waitForFunction(() => document.querySelector("section[aria-current=step]").dataset.slide === "end");
    await page.keyboard.press("PageUp");
    await page.waitForFunction(() => document.querySelector("section[aria-current=step]").dataset.slide !== "end");
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-kpi=recommendations]");
    assert.equal(await page.locator("section[data-slide]").count(), 0);
    assert.doesNotMatch(await page.evaluate(() => location.hash), /present/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test("a view added as a slide joins the deck, and the deck is one link", async () => {
  const page = await newPage(browser, { width: 1280, height: 720 });
  await open(page, server.url);
  const theme = demo.themes.findIndex((t) => !demo.themes.some((o) => o.parent === t.id));
  await page.selectOption("select[data-filter=theme]", String(theme));
  await page.click("[data-action=add-slide]");
  await page.locator("[data-added-slides='1']").waitFor();
  const link = await page.evaluate(() => location.hash);
  assert.match(link, /slides=/);

  const other = await newPage(browser, { width: 1280, height: 720 });
  await open(other, `${server.url}${link.replace("#", "#present=1&")}`);
  await other.keyboard.press("End");
  await other.keyboard.press("ArrowLeft");
  await other.waitForFunction(() => document.querySelector("section[aria-current=step]").dataset.slide === "added-1");
  const slide = await current(other);
  assert.equal(slide.overflow, false);
  const count = demo.recommendations.filter((r) => r.themes.includes(demo.themes[theme].id)).length;
  assert.equal((await kpis(other)).recommendations, count);
  assert.match(await other.locator("section[aria-current=step] h2").textContent(), new RegExp(demo.themes[theme].name.en));
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.close();
  await page.close();
});
