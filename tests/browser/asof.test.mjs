// "As of": the picture on an earlier day, computed by the report from each
// recommendation's history, checked against a count made here from the raw
// histories; the demo's public story made visible (the 2009-2012 plan at
// about 40 % implemented on 2011-01-10; more than half of 2013's 157
// recommendations accepted by 2014-01-14).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { serve, launch, newPage, open, kpis, waitForCount, readJson, stageOf, root } from "./harness.mjs";

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

/// Kenes dates compare as text once a partial date is read as the end of its
/// period for the day asked about ("2014-03" ≤ "2014-03-31").
const endOf = (d) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const startOf = (d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

/// The status of `rec` on `day` from its raw history, or null if not made yet.
function statusOn(rec, day) {
  const made = demo.sessions.find((s) => s.id === rec.session).date;
  if (startOf(made) > endOf(day)) return null;
  const history = rec.history ?? [];
  if (history.length === 0) return rec.status;
  const known = history.filter((c) => startOf(c.date) <= endOf(day));
  return (known.at(-1) ?? history[0]).status;
}

function figuresOn(day, keep = () => true) {
  const stage = stageOf(demo);
  const n = { pending: 0, accepted: 0, in_progress: 0, implemented: 0, declined: 0 };
  let count = 0;
  for (const rec of demo.recommendations.filter(keep)) {
    const status = statusOn(rec, day);
    if (status === null) continue;
    count += 1;
    n[stage(status)] += 1;
  }
  const takenUp = n.accepted + n.in_progress + n.implemented;
  const pct = (a, b) => (b === 0 ? "" : (Math.round((a / b) * 1000) / 10).toFixed(1));
  return {
    count, n, takenUp,
    acceptance: pct(takenUp, takenUp + n.declined),
    implementation: pct(n.implemented, takenUp),
    sessions: demo.sessions.filter((s) => startOf(s.date) <= endOf(day)).length,
  };
}

async function setAsOf(page, day) {
  await page.fill("#as-of", day);
  await page.dispatchEvent("#as-of", "change");
}

test("as of 2011-01-10 the 2009-2012 plan shows about 40 % implemented", async () => {
  const page = await newPage(browser);
  await open(page, server.url);
  await setAsOf(page, "2011-01-10");
  const want = figuresOn("2011-01-10");
  await waitForCount(page, want.count);
  const got = await kpis(page);
  assert.equal(got.implementation, want.implementation);
  assert.equal(got.acceptance, want.acceptance);
  assert.equal(got.sessions, want.sessions);
  assert.ok(Math.abs(Number(got.implementation) - 40) <= 2, `about 40 % (${got.implementation})`);
  await page.locator(".chip", { hasText: "As of: 10 January 2011" }).waitFor();
  assert.match(await page.evaluate(() => location.hash), /asof=2011-01-10/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("2013's 157 recommendations: more than half accepted by 2014-01-14, more by the end of 2014", async () => {
  const page = await newPage(browser);
  const of2013 = (r) => demo.sessions.find((s) => s.id === r.session).date.startsWith("2013");
  for (const day of ["2014-01-14", "2014-12-31"]) {
    await open(page, `${server.url}#v=1&years=2013&asof=${day}`);
    const want = figuresOn(day, of2013);
    await waitForCount(page, 157);
    assert.equal(want.count, 157);
    const got = await kpis(page);
    assert.equal(got.acceptance, want.acceptance);
    assert.equal(got.implementation, want.implementation);
    // The by-year bar names each stage's count: the accepted-or-further
    // share is the story.
    const label = await page.locator("figure[data-chart=by-year] [data-filter-value='2013']").getAttribute("aria-label");
    assert.match(label, new RegExp(`Pending ${want.n.pending}\\b`));
    assert.match(label, new RegExp(`Implemented ${want.n.implemented}\\b`));
    if (day === "2014-01-14") assert.ok(want.takenUp > 157 / 2, `more than half accepted (${want.takenUp})`);
  }
  assert.ok(figuresOn("2014-12-31", of2013).takenUp > figuresOn("2014-01-14", of2013).takenUp);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the table shows each status on the view's day", async () => {
  const page = await newPage(browser);
  await open(page, `${server.url}#v=1&years=2013&asof=2014-01-14&sort=id`);
  const rows = await page.locator("table[data-table] tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute("data-rec"), tr.querySelector("td.status").textContent.trim()]));
  assert.ok(rows.length > 0);
  const name = (id) => demo.statuses.find((s) => s.id === id).name.en;
  for (const [id, shown] of rows) {
    const rec = demo.recommendations.find((r) => r.id === id);
    assert.equal(shown, name(statusOn(rec, "2014-01-14")), id);
  }
  await page.close();
});

test("what changed: the transitions chart's numbers equal a count from the raw histories", async () => {
  const page = await newPage(browser);
  const [from, to] = ["2014-01-14", "2014-12-31"];
  await open(page, `${server.url}#v=1&years=2013&compare=${from}..${to}`);
  const of2013 = (r) => demo.sessions.find((s) => s.id === r.session).date.startsWith("2013");
  const want = {};
  let moved = 0;
  for (const rec of demo.recommendations.filter(of2013)) {
    const after = statusOn(rec, to);
    if (after === null) continue;
    const before = statusOn(rec, from) ?? "not-made";
    const key = `${before}>${after}`;
    want[key] = (want[key] ?? 0) + 1;
    if (before !== after) moved += 1;
  }
  const marks = page.locator("figure[data-chart=transitions] path.kenes-mark");
  await marks.first().waitFor();
  const got = {};
  for (const m of await marks.evaluateAll((ps) => ps.map((p) => [p.dataset.from, p.dataset.to, p.dataset.count]))) {
    got[`${m[0]}>${m[1]}`] = Number(m[2]);
  }
  assert.deepEqual(got, want);
  assert.equal(await page.locator("[data-moved]").getAttribute("data-moved"), String(moved));

  // Choosing other days redraws it.
  await page.fill("[data-compare=from]", "2013-12-31");
  await page.dispatchEvent("[data-compare=from]", "change");
  await page.waitForFunction(() => location.hash.includes("compare=2013-12-31..2014-12-31"));
  assert.deepEqual(page.errors, []);
  await page.close();
});
