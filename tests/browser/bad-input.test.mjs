// The bad-input corpus (tests/data/bad) in the report, in each language.
//
// Every NAME.json has NAME.expected: the messages in English, then after
// `-- ru` in Russian and after `-- kk` in Kazakh, with the line that counts
// what was left out last in each language (tests/dataset.rs checks the same
// files against the reader). Here the report must show exactly those lines:
// - a refused document is named with its one message and the dataset on
//   screen stays as it was;
// - a partly bad document shows its good records, a visible count of what
//   was left out and every problem, in whichever language the reader picks.
// A file over the size limit is refused before it is read, both from a file
// and from an address whose server announces its size.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, launch, newPage, open, kpis, testData, dist } from "./harness.mjs";

const badDir = path.join(testData, "bad");
const LANGS = ["en", "ru", "kk"];

/// The corpus: each file's bytes and its expected lines by language.
const corpus = fs.readdirSync(badDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => {
    const expected = { en: [], ru: [], kk: [] };
    let lang = "en";
    for (const line of fs.readFileSync(path.join(badDir, file.replace(/\.json$/, ".expected")), "utf8").split("\n")) {
      const section = /^-- (ru|kk)$/.exec(line);
      if (section) lang = section[1];
      else if (line) expected[lang].push(line);
    }
    return { file, bytes: fs.readFileSync(path.join(badDir, file)), expected };
  });

/// Whether the format refuses a file as a whole (not UTF-8, not JSON, not a
/// Kenes v1 object with its required fields), judged here independently of
/// the reader.
function refused({ bytes }) {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes("\u0000")) return true;
    const doc = JSON.parse(text);
    return !(doc && typeof doc === "object" && !Array.isArray(doc) && doc.kenes === 1
      && ["themes", "bodies", "sessions", "recommendations"].every((l) => Array.isArray(doc[l]))
      && doc.title !== undefined && typeof doc.title !== "number");
  } catch {
    return true;
  }
}

let server, browser;
let hugeResponses = [];
const HUGE = 300 * 1024 * 1024;

before(async () => {
  server = await serve({
    // A server that announces 300 MB and then sends almost nothing: the
    // report must refuse it on the announced size, without reading it.
    "/huge.json": (req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(HUGE) });
      res.write("{");
      hugeResponses.push(res);
    },
    // A valid document whose connection is cut after part of it has come,
    // in several reads.
    "/cut.json": (req, res) => {
      const whole = fs.readFileSync(path.join(dist, "demo.json"));
      res.writeHead(200, { "content-type": "application/json", "content-length": String(whole.length) });
      res.write(whole.subarray(0, whole.length >> 2));
      setTimeout(() => {
        res.write(whole.subarray(whole.length >> 2, whole.length >> 1));
        setTimeout(() => res.destroy(), 100);
      }, 100);
    },
  });
  browser = await launch();
});
after(async () => {
  for (const res of hugeResponses) res.destroy();
  await browser?.close();
  await server?.close();
});

/// Drops `bytes` on the page as a file named `name`.
async function drop(page, name, bytes) {
  await page.evaluate(([name, base64]) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name, { type: "application/json" }));
    const target = document.querySelector(".kenes");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, bytes.toString("base64")]);
}

test("the corpus covers what the issue lists", () => {
  const names = corpus.map((c) => c.file.replace(/\.json$/, ""));
  for (const name of [
    "empty", "not-json", "truncated", "top-array", "top-string", "kenes-missing", "kenes-0", "kenes-2",
    "version-string", "missing-themes", "missing-bodies", "missing-sessions", "missing-list",
    "wrong-type-themes", "wrong-type-bodies", "wrong-type-sessions", "wrong-type-recommendations",
    "bom", "utf16", "utf16be", "latin1", "windows-1251", "invalid-utf8-in-string", "duplicate-ids",
    "dangling-references", "bad-dates", "unknown-status", "history", "deep-nesting", "long-string",
    "numbers-for-strings",
  ]) {
    assert.ok(names.includes(name), `tests/data/bad/${name}.json is in the corpus`);
  }
});

test("a refused document is named with its message in each language, and the dataset on screen stays", async () => {
  const refusedFiles = corpus.filter(refused);
  assert.ok(refusedFiles.length >= 20, `${refusedFiles.length} refused documents`);
  for (const lang of LANGS) {
    const page = await newPage(browser);
    await open(page, `${server.url}#lang=${lang}`);
    const before = await kpis(page);
    const title = await page.locator("h1").textContent();
    for (const doc of refusedFiles) {
      const [message, ...rest] = doc.expected[lang];
      assert.deepEqual(rest, [], `${doc.file}: a refusal is one message`);
      await drop(page, doc.file, doc.bytes);
      const shown = page.locator("[data-problems].refused li", { hasText: doc.file });
      await shown.waitFor({ timeout: 10_000 });
      const text = (await shown.textContent()).trim();
      assert.ok(text.includes(message), `${lang} ${doc.file}: «${text}» includes «${message}»`);
      assert.deepEqual(await kpis(page), before, `${doc.file}: the figures on screen are unchanged`);
      assert.equal(await page.locator("h1").textContent(), title);
    }
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("a partly bad document shows its good records, what was left out and every problem, in each language", async () => {
  const partly = corpus.filter((c) => !refused(c));
  assert.ok(partly.length >= 10, `${partly.length} partly bad documents`);
  for (const doc of partly) {
    const json = JSON.parse(doc.bytes.toString("utf8").replace(/^\uFEFF/, ""));
    const page = await newPage(browser);
    await open(page, `${server.url}?data=data/bad/${doc.file}#lang=en`);
    for (const lang of LANGS) {
      if (lang !== "en") {
        await page.evaluate((lang) => { location.hash = `#lang=${lang}`; }, lang);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
      }
      const expected = doc.expected[lang];
      const leftOutLine = expected.find((l) => /^(Left out|Не включены|Қателеріне)/.test(l));
      const problems = expected.filter((l) => l !== leftOutLine);
      const items = (await page.locator("[data-problems] li").allTextContents()).map((s) => s.trim());
      assert.deepEqual(items, problems, `${lang} ${doc.file}: every problem, in order`);
      const leftOut = page.locator("[data-left-out]");
      if (leftOutLine) {
        assert.ok(await leftOut.isVisible(), `${doc.file}: the count of what was left out is visible`);
        assert.equal((await leftOut.textContent()).trim(), leftOutLine);
      } else {
        assert.equal(await leftOut.count(), 0);
      }
      if (expected.length === 0) assert.equal(await page.locator("[data-problems]").count(), 0);
    }
    // The good records are all shown: the document's recommendations less
    // those the count says were left out.
    const m = doc.expected.en.join("\n").match(/recommendations: (\d+) of (\d+)/);
    const kept = json.recommendations.length - (m ? Number(m[1]) : 0);
    assert.equal((await kpis(page)).recommendations, kept, `${doc.file}: ${kept} recommendations shown`);
    assert.deepEqual(page.errors, [], doc.file);
    await page.close();
  }
});

test("a download cut off half-way says reading stopped, and shows nothing of it", async () => {
  for (const lang of ["en", "kk"]) {
    const page = await newPage(browser);
    await page.goto(`${server.url}?data=cut.json#lang=${lang}`);
    const shown = page.locator("[data-problems].refused li", { hasText: "cut.json" });
    await shown.waitFor({ timeout: 20_000 });
    assert.match(await shown.textContent(), lang === "en" ? /reading stopped/ : /оқу үзілді/);
    assert.equal(await page.locator(".kpis").count(), 0, "no figures from half a document");
    await page.close();
  }
});

test("a file over the size limit is refused before it is read, with the limit named", async () => {
  const page = await newPage(browser);
  await open(page, `${server.url}#lang=en`);
  const before = await kpis(page);
  // A sparse file: 300 MB to the browser, no disk space taken.
  const huge = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kenes-")), "huge.json");
  fs.writeFileSync(huge, "");
  fs.truncateSync(huge, HUGE);
  try {
    await page.setInputFiles("input[type=file]", huge);
    const shown = page.locator("[data-problems].refused li", { hasText: "huge.json" });
    await shown.waitFor();
    assert.match(await shown.textContent(), /the file is 300 MB; the report reads files of at most 256 MB/);
    assert.deepEqual(await kpis(page), before);
  } finally {
    fs.rmSync(path.dirname(huge), { recursive: true });
  }
  // By address, in Russian: refused on the size the server announces.
  await page.goto(`${server.url}?data=huge.json#lang=ru`);
  const shown = page.locator("[data-problems].refused li", { hasText: "huge.json" });
  await shown.waitFor();
  assert.match(await shown.textContent(), /файл занимает 300 МБ; отчёт читает файлы не больше 256 МБ/);
  assert.deepEqual(page.errors.filter((e) => !/huge\.json/.test(e)), []);
  await page.close();
});
