// Views as links, embeds and exports, driven as a person would: a filtered
// view survives a reload and moves with Back/Forward; a bad link is noted,
// never a crash; every chart embeds alone in a sandboxed cross-origin iframe
// and reports its height; every export downloads and reads back.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import {
  serve, launch, newPage, open, kpis, waitForCount, readJson, expectedFigures, root, download,
} from "./harness.mjs";

const demo = readJson(path.join(root, "static/demo.json"));
const CHARTS = ["by-year", "by-status", "by-theme", "by-addressee", "progress", "sessions"];
// Themes that are no other theme's parent: choosing one selects exactly the
// recommendations that name it.
const leaves = demo.themes.map((t, ix) => ({ ...t, ix })).filter((t) => !demo.themes.some((o) => o.parent === t.id));
let server, browser;

before(async () => {
  server = await serve({}, { cors: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("a filtered view is a link: reload, Back and Forward show it again", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const theme = leaves[0].id;
  await page.selectOption("select[data-filter=theme]", String(leaves[0].ix));
  const want = expectedFigures(demo, (r) => r.themes.includes(theme));
  await waitForCount(page, want.recommendations);
  await page.fill("input[type=search]", "ПЫТ");
  const withText = demo.recommendations.filter((r) => r.themes.includes(theme) &&
    [r.id, ...Object.values(r.text), ...(r.note ? Object.values(r.note) : [])].some((s) => s.toLowerCase().includes("пыт")));
  await waitForCount(page, withText.length);
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /v=1/);
  assert.match(hash, new RegExp(`theme=${theme}`));
  assert.match(hash, /q=%D0%9F%D0%AB%D0%A2/);

  const before = await kpis(page);
  await page.reload();
  await page.waitForSelector("html[data-kenes-ready]");
  await waitForCount(page, before.recommendations);
  assert.deepEqual(await kpis(page), before);
  assert.equal(await page.inputValue("input[type=search]"), "ПЫТ");

  // Typing is one history step; the theme choice another.
  await page.goBack();
  await waitForCount(page, demo.recommendations.length);
  await page.goForward();
  await waitForCount(page, before.recommendations);

  // The same link in a new tab shows the same figures.
  const other = await newPage(browser);
  await open(other, server.url + hash);
  await waitForCount(other, before.recommendations);
  assert.deepEqual(await kpis(other), before);
  assert.deepEqual([...page.errors, ...other.errors], []);
  await other.close();
  await page.close();
});

test("unknown or malformed link values are noted and ignored", async () => {
  const page = await newPage(browser);
  await open(page, `${server.url}#v=1&theme=tortre,${leaves[2].id}&page=x&sort=sideways&colour=red`);
  const notes = page.locator("[data-url-notes] li");
  await notes.first().waitFor();
  const text = (await notes.allTextContents()).join("\n");
  assert.match(text, /tortre/);
  assert.match(text, /colour/);
  assert.match(text, /sideways/);
  await waitForCount(page, demo.recommendations.filter((r) => r.themes.includes(leaves[2].id)).length);
  await page.goto(`${server.url}#%%%&&&=&v=99&q=%E0%A4`);
  await page.reload();
  await page.waitForSelector("html[data-kenes-ready]");
  assert.deepEqual(page.errors, []);
  await page.close();
});

/// A page on a second 127.0.0.1 port that frames the report in a sandbox
/// with scripts only, and records the height messages it receives.
/// With `fixedHeight`, the frame keeps that height (a page that pasted the
/// embed code and not the script that follows the messages).
async function hostPage(src, width, fixedHeight = null) {
  const html = `<!doctype html><meta charset="utf-8"><body style="margin:0">
    <iframe id="f" sandbox="allow-scripts" src="${src}" style="border:0;width:${width}px;height:${fixedHeight ?? 200}px"></iframe>
    <script>
      window.heights = [];
      addEventListener("message", (e) => {
        if (e.data && e.data.type === "kenes:height") {
          window.heights.push(e.data);
          if (!${fixedHeight}) document.getElementById("f").style.height = e.data.height + "px";
        }
      });
    </script>`;
  const host = http.createServer((req, res) => { res.writeHead(200, { "content-type": "text/html" }); res.end(html); });
  await new Promise((r) => host.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${host.address().port}/`, close: () => new Promise((r) => host.close(r)) };
}

test("every chart and the figures embed alone in a sandboxed cross-origin iframe", async () => {
  for (const width of [320, 800]) {
    for (const id of [...CHARTS, "kpis"]) {
      const host = await hostPage(`${server.url}#v=1&embed=${id}`, width);
      const page = await newPage(browser, { width: width + 40, height: 900 });
      await page.goto(host.url);
      await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1).height > 100, null, { timeout: 30_000 });
      const message = await page.evaluate(() => window.heights.at(-1));
      assert.equal(message.embed, id);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      await frame.waitForSelector(`[data-embed="${id}"]`);
      if (id === "kpis") {
        assert.equal(await frame.locator("[data-kpi]").count(), 4);
        assert.equal(await frame.locator("[data-kpi=recommendations]").getAttribute("data-value"), String(demo.recommendations.length));
      } else {
        await frame.waitForSelector(`figure[data-chart="${id}"] svg.kenes-chart`);
        assert.equal(await frame.locator("figure[data-chart]").count(), 1, "the chart alone");
        assert.equal(await frame.locator(".chart-tools").count(), 0);
      }
      assert.equal(await frame.locator("[data-kpi]").count(), id === "kpis" ? 4 : 0);
      assert.equal(await frame.locator("select[data-filter]").count(), 0, "no filter bar");
      const fits = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
      }));
      assert.ok(fits.scroll <= fits.client, `${id} at ${width}px has no horizontal scroll (${fits.scroll} > ${fits.client})`);
      if (id !== "kpis") {
        // Grown to the height it asked for, the frame shows the drawing at
        // its full size.
        await page.waitForFunction(() => document.getElementById("f").offsetHeight === window.heights.at(-1).height);
        const drawing = await frame.evaluate(() => {
          const svg = document.querySelector("svg.kenes-chart");
          const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
          const box = svg.getBoundingClientRect();
          return { shown: box.height, full: (box.width * h) / w };
        });
        assert.ok(Math.abs(drawing.shown - drawing.full) < 2, `${id} at ${width}px drawn at full size: ${JSON.stringify(drawing)}`);
      }
      const link = await frame.locator(".embed-note a").getAttribute("href");
      assert.ok(link.startsWith(server.url) && !link.includes("embed="), link);
      assert.deepEqual(page.errors, [], `${id} at ${width}`);
      await page.close();
      await host.close();
    }
  }
});

// Many pages paste the embed code and not the script that follows the
// height messages: the frame keeps the height the code gives (480 px), and
// the chart fits it, its summary and source in view.
test("an embed in a frame of fixed height shows all of the chart, its summary and its source", async () => {
  for (const [width, height] of [[640, 480], [1000, 480], [320, 480], [640, 900]]) {
    for (const id of CHARTS) {
      const host = await hostPage(`${server.url}#v=1&embed=${id}`, width, height);
      const page = await newPage(browser, { width: width + 40, height: 900 });
      await page.goto(host.url);
      await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 30_000 });
      const frame = page.frames().find((f) => f !== page.mainFrame());
      await frame.waitForSelector(`figure[data-chart="${id}"] figcaption`);
      const placed = await frame.evaluate(() => {
        const bottom = (selector) => document.querySelector(selector).getBoundingClientRect().bottom;
        return {
          caption: bottom("figcaption"),
          source: bottom(".embed-note"),
          // From what comes just before the source line to it: the space
          // the stylesheet gives, not the rest of the frame.
          gap: (() => {
            const note = document.querySelector(".embed-note");
            const shown = [...document.querySelectorAll("figure > *")].map((e) => e.getBoundingClientRect().bottom);
            return note.getBoundingClientRect().top - Math.max(...shown);
          })(),
          drawing: document.querySelector("svg.kenes-chart").getBoundingClientRect().height,
          // How much of its full size the drawing keeps: rankings show
          // fewer rows in a short frame, so their text stays legible.
          scale: (() => {
            const svg = document.querySelector("svg.kenes-chart");
            const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
            const box = svg.getBoundingClientRect();
            return box.height / ((box.width * h) / w);
          })(),
        };
      });
      assert.ok(placed.scale >= 0.75, `${id} at ${width}x${height}: the drawing is at ${placed.scale} of its size`);
      assert.ok(placed.source <= height, `${id} at ${width}x${height}: the source ends at ${placed.source}`);
      assert.ok(placed.caption <= placed.source, `${id} at ${width}x${height}: the summary is above the source`);
      assert.ok(placed.gap < 24, `${id} at ${width}x${height}: the source follows the chart (${placed.gap} px between)`);
      assert.ok(placed.drawing >= 100, `${id} at ${width}x${height}: the drawing is ${placed.drawing} px tall`);
      const asked = await page.evaluate(() => window.heights.at(-1).height);
      assert.ok(asked >= placed.source, `${id} at ${width}px asks for ${asked} px, at least what it shows`);
      assert.deepEqual(page.errors, [], `${id} at ${width}x${height}`);
      await page.close();
      await host.close();
    }
  }
});

test("an embed keeps the filters of its link", async () => {
  const status = demo.statuses[0].id;
  const page = await newPage(browser, { width: 800, height: 900 });
  await open(page, `${server.url}#v=1&status=${status}&embed=kpis`);
  await waitForCount(page, demo.recommendations.filter((r) => r.status === status).length);
  await page.close();
});

test("the embed dialog gives iframe code for the current view", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  await page.selectOption("select#from", "2013");
  await page.click("figure[data-chart=by-theme] [data-action=embed]");
  const code = await page.locator("[data-embed-code]").inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#v=1&amp;years=2013-2025&amp;embed=by-theme"/);
  assert.match(code, /sandbox="allow-scripts/);
  await page.keyboard.press("Escape");
  await page.locator("[data-embed-code]").waitFor({ state: "detached" });
  await page.close();
});

test("each export downloads and reads back", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const theme = leaves[1].id;
  await page.selectOption("select[data-filter=theme]", String(leaves[1].ix));
  const want = expectedFigures(demo, (r) => r.themes.includes(theme));
  await waitForCount(page, want.recommendations);
  const shown = await kpis(page);

  for (const id of CHARTS) {
    const svg = await download(page, `figure[data-chart=${id}] [data-export=svg]`);
    assert.match(svg.name, new RegExp(`_${id}_\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { error: doc.querySelector("parsererror")?.textContent ?? null, title: doc.querySelector("title")?.textContent, root: doc.documentElement.nodeName };
    }, svg.bytes.toString("utf8"));
    assert.equal(parsed.error, null, `${id}.svg is well-formed XML`);
    assert.equal(parsed.root, "svg");
    assert.ok(parsed.title);

    const png = await download(page, `figure[data-chart=${id}] [data-export=png]`);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
    const size = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, png.bytes.toString("base64"));
    const viewBox = parsed && svg.bytes.toString("utf8").match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
    assert.equal(size[0], Math.round(Number(viewBox[1]) * 2), `${id}.png is drawn at 2x`);

    const csv = await download(page, `figure[data-chart=${id}] [data-export=csv]`);
    assert.equal(csv.bytes.subarray(0, 3).toString("hex"), "efbbbf", "CSV starts with a BOM");
    assert.ok(csv.bytes.toString("utf8").split("\r\n").filter(Boolean).length >= 2);
  }

  const table = await download(page, "[data-export=table-csv]");
  const lines = table.bytes.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  // Cells hold no line breaks in the demo, so each line is one row.
  assert.equal(lines.length - 1, want.recommendations, "one row per filtered recommendation");
  assert.match(table.name, /_recommendations_\d{4}-\d{2}-\d{2}\.csv$/);

  const json = await download(page, "[data-export=dataset-json]");
  const reloaded = await newPage(browser);
  await open(reloaded, server.url);
  await reloaded.setInputFiles("input[type=file]", { name: json.name, mimeType: "application/json", buffer: json.bytes });
  await waitForCount(reloaded, shown.recommendations);
  assert.deepEqual(await kpis(reloaded), shown, "the exported data load back to the same figures");
  assert.deepEqual([...page.errors, ...reloaded.errors], []);
  await reloaded.close();
  await page.close();
});

test("a focused chart comes first, across the page, and stays in the link", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  const narrow = await page.locator("figure[data-chart=by-theme] svg").getAttribute("viewBox");
  await page.click("figure[data-chart=by-theme] [data-action=focus]");
  await page.waitForFunction(() => location.hash.includes("chart=by-theme"));
  const first = () => page.evaluate(() => document.querySelector(".charts figure").getAttribute("data-chart"));
  assert.equal(await first(), "by-theme");
  const wide = await page.locator("figure[data-chart=by-theme] svg").getAttribute("viewBox");
  assert.ok(Number(wide.split(" ")[2]) > Number(narrow.split(" ")[2]), `${wide} is wider than ${narrow}`);
  await page.reload();
  await page.waitForSelector("html[data-kenes-ready]");
  assert.equal(await first(), "by-theme");
  await page.click("figure[data-chart=by-theme] [data-action=focus]");
  await page.waitForFunction(() => !location.hash.includes("chart="));
  assert.equal(await first(), "by-year");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("each chart shows its numbers as a table on request", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  for (const id of CHARTS) {
    const table = page.locator(`[data-chart-table=${id}]`);
    await table.locator("summary").click();
    assert.ok(await table.locator("tbody tr").first().isVisible(), `${id} table opens`);
  }
  // The status table holds the same counts as the chart's bars and adds up
  // to the headline figure.
  const rows = await page.locator("[data-chart-table=by-status] tbody tr").evaluateAll((trs) =>
    trs.map((tr) => Number(tr.querySelector("td").textContent.replace(/\D/g, ""))));
  const bars = await page.locator("figure[data-chart=by-status] [data-filter-value]").count();
  assert.equal(rows.length, bars);
  assert.equal(rows.reduce((a, b) => a + b, 0), demo.recommendations.length);
  const themeRows = await page.locator("[data-chart-table=by-theme] tbody tr").count();
  assert.equal(themeRows, await page.locator("figure[data-chart=by-theme] g.kenes-mark").count());
  assert.deepEqual(page.errors, []);
  await page.close();
});
