// The browser side of `cargo xtask bench`: drives headless Chromium through
// playwright-core over the datasets the xtask names, and writes what it
// measured, run by run, as JSON. The xtask serves the pages, takes medians
// and percentiles, and writes the tables (xtask/src/bench.rs).
//
//   node bench/run.mjs CONFIG.json OUT.json
//
// CONFIG: { base, chrome, loadTimeoutMs, sizes: { hosted: [file…], single: file },
//           datasets: [{ name, file, data, kenes, dc, runs }] }
// where `data`, `kenes` and `dc` are addresses on `base`.
//
// Each run opens a fresh browser context (empty caches) for each of: the
// report, the dc.js page, and the empty floor page that times JSON.parse.

import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch } from "../tests/browser/harness.mjs";
import { filterScript } from "./script.mjs";

const [configFile, outFile] = process.argv.slice(2);
if (!configFile || !outFile) {
  console.error("usage: node bench/run.mjs CONFIG.json OUT.json (run by `cargo xtask bench`)");
  process.exit(2);
}
const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
const probe = fs.readFileSync(new URL("./probe.js", import.meta.url), "utf8");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args) => console.error("bench:", ...args);

/// Sizes of files as sent: raw, gzip -9 and brotli at quality 11.
function sizes(file) {
  const raw = fs.readFileSync(file);
  const brotli = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  return {
    name: path.basename(file),
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: brotli.length,
  };
}

const browser = await launch(["--enable-precise-memory-info"], config.chrome);

/// Opens `url` in a fresh context and measures: the load (to the ready
/// attribute and mark), the memory after it, and the filter script.
async function measureApp({ url, readyAttribute, mark, script }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // Readiness comes back through a binding the probe calls: waiting with
  // `page.evaluate` would have Playwright put its own script into the page
  // (some 20 ms of the main thread) while the page loads.
  let signalReady;
  const readySignal = new Promise((resolve) => (signalReady = resolve));
  await page.exposeBinding("__benchReady", () => signalReady());
  await page.addInitScript({ content: `window.__benchOptions = ${JSON.stringify({ readyAttribute })};\n${probe}` });
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(config.base + url, { waitUntil: "commit" });
    // Press a key every 150 ms while the page loads; the probe records how
    // late each is answered.
    let loading = true;
    let keysSent = 0;
    const keys = (async () => {
      while (loading) {
        await sleep(150);
        if (!loading) break;
        try {
          await page.keyboard.press("Shift");
          keysSent += 1;
        } catch {
          break;
        }
      }
    })();
    const ready = readySignal;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`not ready after ${config.loadTimeoutMs} ms`)), config.loadTimeoutMs);
    });
    try {
      await Promise.race([ready, timeout]);
    } finally {
      clearTimeout(timer);
      loading = false;
      await keys;
    }
    const load = await page.evaluate((mark) => {
      const B = window.__bench;
      const entry = performance.getEntriesByName(mark)[0];
      const readyMs = entry ? entry.startTime : B.readyAt;
      const tasks = B.longTasks.filter(([start]) => start < readyMs);
      const answered = B.inputDelays.slice();
      return {
        readyMs,
        longestTaskMs: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
        blockingMs: tasks.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
        longTasks: tasks.length,
        longestFrameGapMs: B.longestFrameGap,
        frames: B.frames,
        keysAnswered: answered.length,
        maxInputDelayMs: answered.reduce((m, d) => Math.max(m, d), 0),
        progressUpdates: B.progress.length,
        firstProgressMs: B.firstProgressAt,
      };
    }, mark);
    load.keysSent = keysSent;
    await sleep(500);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    load.jsHeapBytes = heap.usedSize;
    load.wasmMemoryBytes = await page.evaluate(() => window.__bench.wasmMemoryBytes());
    load.steps = await page.evaluate((s) => window.__bench.runScript(s), script);
    load.errors = errors;
    return load;
  } catch (e) {
    return { error: String(e), errors };
  } finally {
    await context.close();
  }
}

/// In an empty page on the same origin: fetch the bytes, decode them, and
/// JSON.parse them, each timed.
async function measureFloor(dataUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(config.base + "bench/floor.html");
    return await page.evaluate(async (url) => {
      const t0 = performance.now();
      const response = await fetch(url, { cache: "no-store" });
      const buffer = await response.arrayBuffer();
      const t1 = performance.now();
      const text = new TextDecoder().decode(buffer);
      const t2 = performance.now();
      const doc = JSON.parse(text);
      const t3 = performance.now();
      return {
        fetchMs: t1 - t0,
        decodeMs: t2 - t1,
        parseMs: t3 - t2,
        fetchParseMs: t3 - t0,
        bytes: buffer.byteLength,
        recommendations: doc.recommendations.length,
      };
    }, config.base + dataUrl);
  } finally {
    await context.close();
  }
}

const out = {
  chromium: browser.version(),
  node: process.version,
  sizes: {
    hosted: config.sizes.hosted.map(sizes),
    single: config.sizes.single && fs.existsSync(config.sizes.single) ? sizes(config.sizes.single) : null,
  },
  datasets: [],
};

for (const dataset of config.datasets) {
  const started = Date.now();
  const doc = JSON.parse(fs.readFileSync(dataset.file, "utf8").replace(/^\uFEFF/, ""));
  const script = filterScript(doc);
  const entry = {
    name: dataset.name,
    recommendations: doc.recommendations.length,
    bytes: fs.statSync(dataset.file).size,
    script: { steps: script.steps, expected: script.expected },
    runs: [],
  };
  for (let run = 1; run <= dataset.runs; run++) {
    const kenes = await measureApp({
      url: dataset.kenes,
      readyAttribute: "data-kenes-ready",
      mark: "kenes:ready",
      script,
    });
    const dc = await measureApp({ url: dataset.dc, readyAttribute: "data-dc-ready", mark: "dc:ready", script });
    const floor = await measureFloor(dataset.data);
    entry.runs.push({ kenes, dc, floor });
    const ms = (x) => (typeof x === "number" ? `${Math.round(x)} ms` : "—");
    log(
      `${dataset.name} run ${run}/${dataset.runs}: Kenes ready ${kenes.error ?? ms(kenes.readyMs)},`,
      `dc.js ready ${dc.error ?? ms(dc.readyMs)}, JSON.parse ${ms(floor.parseMs)}`,
    );
  }
  log(`${dataset.name}: ${Math.round((Date.now() - started) / 1000)} s`);
  out.datasets.push(entry);
}

await browser.close();
fs.writeFileSync(outFile, JSON.stringify(out, null, 1));
