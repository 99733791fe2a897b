// The yardstick for `cargo xtask bench`: a dashboard built the usual way
// with crossfilter and dc.js, over the same Kenes dataset as the report.
//
// It loads `?data=URL` with fetch and JSON.parse, builds one crossfilter
// dimension and group per chart (by year, by status, by theme, by addressee,
// sessions), draws them with dc.js (transitions off, so a redraw is done
// when `redrawAll` returns), keeps the headline figures with a reducing
// `groupAll`, and lists 25 recommendations in a data table. Its filter
// controls carry the same hooks as the report's (`select[data-filter=…]`,
// `input[type=search]`, `[data-kpi=…][data-value]`), with the same rules:
// themes match their sub-themes, values of one facet are alternatives, the
// text search looks in the id, texts and notes in every language, case
// folded. Ready: `performance.mark("dc:ready")` and `html[data-dc-ready]`.
/* global d3, crossfilter, dc */
"use strict";

const DEFAULT_STATUSES = [
  ["under_consideration", "pending"],
  ["accepted", "accepted"],
  ["partially_accepted", "accepted"],
  ["in_progress", "in_progress"],
  ["implemented", "implemented"],
  ["noted", "declined"],
  ["rejected", "declined"],
].map(([id, stage]) => ({ id, stage, name: id }));

const values = (t) => (t === undefined || t === null ? [] : typeof t === "string" ? [t] : Object.values(t));

async function main() {
  const url = new URLSearchParams(location.search).get("data") || "/demo.json";
  const response = await fetch(url);
  const doc = JSON.parse((await response.text()).replace(/^\uFEFF/, ""));

  const lang = (doc.languages && doc.languages[0]) || "en";
  const name = (t) => (t === undefined || t === null ? "" : typeof t === "string" ? t : t[lang] ?? values(t)[0] ?? "");
  const statuses = doc.statuses && doc.statuses.length ? doc.statuses : DEFAULT_STATUSES;
  const stageOf = new Map(statuses.map((s) => [s.id, s.stage]));
  const statusName = new Map(statuses.map((s) => [s.id, name(s.name)]));
  const themeName = new Map(doc.themes.map((t) => [t.id, name(t.name)]));
  const parentOf = new Map(doc.themes.map((t) => [t.id, t.parent]));
  const bodyName = new Map((doc.bodies || []).map((b) => [b.id, name(b.name)]));
  const sessions = new Map(doc.sessions.map((s) => [s.id, s]));

  const haystacks = [];
  const records = [];
  for (const r of doc.recommendations) {
    const session = sessions.get(r.session);
    if (!session) continue;
    const themes = new Set();
    for (const t of r.themes || []) {
      themes.add(t);
      if (parentOf.get(t)) themes.add(parentOf.get(t));
    }
    const date = String(session.date);
    haystacks.push([r.id, ...values(r.text), ...values(r.note)].join("\u0001").toLowerCase());
    records.push({
      ix: records.length,
      id: r.id,
      session: r.session,
      date,
      sessionDate: new Date(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date),
      year: Number(date.slice(0, 4)),
      status: r.status,
      stage: stageOf.get(r.status) || "pending",
      themes: [...themes],
      addressees: r.addressees || [],
      text: name(r.text),
    });
  }

  const cf = crossfilter(records);
  const yearDim = cf.dimension((d) => d.year);
  const yearRangeDim = cf.dimension((d) => d.year);
  const statusDim = cf.dimension((d) => d.status);
  const themeDim = cf.dimension((d) => d.themes, true);
  const addresseeDim = cf.dimension((d) => d.addressees, true);
  const sessionDim = cf.dimension((d) => d.sessionDate);
  const textDim = cf.dimension((d) => d.ix);
  const tableDim = cf.dimension((d) => `${d.date} ${d.id}`);
  const headline = cf.groupAll().reduce(
    (p, d) => {
      p.n += 1;
      p.stages[d.stage] += 1;
      p.sessions.set(d.session, (p.sessions.get(d.session) || 0) + 1);
      return p;
    },
    (p, d) => {
      p.n -= 1;
      p.stages[d.stage] -= 1;
      const left = p.sessions.get(d.session) - 1;
      if (left) p.sessions.set(d.session, left);
      else p.sessions.delete(d.session);
      return p;
    },
    () => ({
      n: 0,
      stages: { pending: 0, accepted: 0, in_progress: 0, implemented: 0, declined: 0 },
      sessions: new Map(),
    }),
  );

  dc.config.disableTransitions = true;
  dc.config.defaultColors(d3.schemeTableau10);
  const width = 640;
  const byYear = new dc.BarChart("#by-year")
    .width(width)
    .height(240)
    .dimension(yearDim)
    .group(yearDim.group())
    .x(d3.scaleBand())
    .xUnits(dc.units.ordinal)
    .elasticY(true);
  const byStatus = new dc.RowChart("#by-status")
    .width(width)
    .height(240)
    .dimension(statusDim)
    .group(statusDim.group())
    .label((d) => statusName.get(d.key) || d.key)
    .elasticX(true);
  const byTheme = new dc.RowChart("#by-theme")
    .width(width)
    .height(360)
    .dimension(themeDim)
    .group(themeDim.group())
    .cap(12)
    .label((d) => themeName.get(d.key) || d.key)
    .elasticX(true);
  const byAddressee = new dc.RowChart("#by-addressee")
    .width(width)
    .height(360)
    .dimension(addresseeDim)
    .group(addresseeDim.group())
    .cap(10)
    .label((d) => bodyName.get(d.key) || d.key)
    .elasticX(true);
  const dates = records.map((d) => d.sessionDate);
  new dc.LineChart("#sessions")
    .width(2 * width)
    .height(220)
    .dimension(sessionDim)
    .group(sessionDim.group())
    .x(d3.scaleTime().domain([d3.min(dates), d3.max(dates)]))
    .renderDataPoints({ radius: 3, fillOpacity: 0.8, strokeOpacity: 0.8 })
    .elasticY(true);
  new dc.DataTable("#table")
    .dimension(tableDim)
    .section(() => "")
    .showSections(false)
    .size(25)
    .columns([(d) => d.id, (d) => d.date, (d) => d.text, (d) => statusName.get(d.status) || d.status])
    .sortBy((d) => `${d.date} ${d.id}`)
    .order(d3.descending);

  const kpi = (key, value) => {
    const el = document.querySelector(`[data-kpi=${key}]`);
    el.setAttribute("data-value", value);
    el.textContent = value;
  };
  const showHeadline = () => {
    const h = headline.value();
    const s = h.stages;
    const takenUp = s.accepted + s.in_progress + s.implemented;
    const pct = (a, b) => (b === 0 ? "" : (Math.round((a / b) * 1000) / 10).toFixed(1));
    kpi("recommendations", String(h.n));
    kpi("sessions", String(h.sessions.size));
    kpi("acceptance-rate", pct(takenUp, takenUp + s.declined));
    kpi("implementation-rate", pct(s.implemented, takenUp));
  };
  const redraw = () => {
    dc.redrawAll();
    showHeadline();
  };

  // The filter controls, with the report's hooks and option values.
  const years = [...new Set(records.map((d) => d.year))].sort((a, b) => a - b);
  let [from, to] = [years[0], years[years.length - 1]];
  const fill = (select, options) => {
    for (const [value, label] of options) select.add(new Option(label, value));
  };
  const fromSelect = document.querySelector("select[data-filter=year-from]");
  const toSelect = document.querySelector("select[data-filter=year-to]");
  fill(fromSelect, years.map((y) => [String(y), String(y)]));
  fill(toSelect, years.map((y) => [String(y), String(y)]));
  fromSelect.value = String(from);
  toSelect.value = String(to);
  const setYears = () => {
    const [a, b] = [Math.min(from, to), Math.max(from, to)];
    if (a === years[0] && b === years[years.length - 1]) yearRangeDim.filterAll();
    else yearRangeDim.filterRange([a, b + 1]);
    redraw();
  };
  fromSelect.addEventListener("change", () => {
    from = Number(fromSelect.value);
    setYears();
  });
  toSelect.addEventListener("change", () => {
    to = Number(toSelect.value);
    setYears();
  });

  const facet = (key, list, chart) => {
    const select = document.querySelector(`select[data-filter=${key}]`);
    fill(select, [["", "Add…"], ...list.map((item, i) => [String(i), name(item.name)])]);
    select.addEventListener("change", () => {
      const item = list[Number(select.value)];
      select.value = "";
      if (!item) return;
      chart.filter(item.id);
      redraw();
    });
  };
  facet("theme", doc.themes, byTheme);
  facet("status", statuses, byStatus);

  document.querySelector("input[type=search]").addEventListener("input", (e) => {
    const needle = e.target.value.trim().toLowerCase();
    if (needle) textDim.filterFunction((ix) => haystacks[ix].includes(needle));
    else textDim.filterAll();
    redraw();
  });

  dc.renderAll();
  showHeadline();
  document.querySelector("#title").textContent = name(doc.title);
  document.querySelector("#status").textContent = `${records.length} recommendations`;
  performance.mark("dc:ready");
  document.documentElement.setAttribute("data-dc-ready", "");
}

main().catch((e) => {
  document.querySelector("#status").textContent = `Failed: ${e}`;
  throw e;
});
