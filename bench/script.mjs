// The benchmark's filter script: 50 filter changes (themes, statuses, the
// year range and the text search) chosen from a dataset deterministically,
// and the number of recommendations each state must show, computed here
// from the JSON by the format's rules (docs/dataset-format.md), independently
// of both the report and the dc.js page.

/// The texts of a Text value (a string, or an object of languages).
export function textValues(t) {
  if (t === undefined || t === null) return [];
  return typeof t === "string" ? [t] : Object.values(t);
}

/// The steps and the expected counts for `doc` (a parsed Kenes document).
export function filterScript(doc) {
  const recs = doc.recommendations;
  const parentOf = new Map(doc.themes.map((t) => [t.id, t.parent ?? null]));
  const count = (key) => {
    const n = new Map();
    for (const r of recs) for (const k of key(r)) n.set(k, (n.get(k) || 0) + 1);
    return n;
  };
  const byCount = (counts, ids) =>
    ids.slice().sort((a, b) => (counts.get(b) || 0) - (counts.get(a) || 0) || (a < b ? -1 : a > b ? 1 : 0));

  // Themes, most used first, top-level and sub-themes taken in turn.
  const themeCounts = count((r) => {
    const all = new Set();
    for (const t of r.themes || []) {
      all.add(t);
      if (parentOf.get(t)) all.add(parentOf.get(t));
    }
    return all;
  });
  const ids = doc.themes.map((t) => t.id);
  const tops = byCount(themeCounts, ids.filter((id) => !parentOf.get(id)));
  const subs = byCount(themeCounts, ids.filter((id) => parentOf.get(id)));
  const themes = [];
  for (let i = 0; themes.length < 6 && (i < tops.length || i < subs.length); i++) {
    if (i < tops.length) themes.push(tops[i]);
    if (i < subs.length && themes.length < 6) themes.push(subs[i]);
  }
  while (themes.length < 6) themes.push(themes[themes.length % Math.max(1, themes.length)] ?? ids[0]);

  const statusIds = (doc.statuses || []).map((s) => s.id);
  const statuses = byCount(
    count((r) => [r.status]),
    statusIds,
  );

  const sessionYear = new Map(doc.sessions.map((s) => [s.id, Number(String(s.date).slice(0, 4))]));
  const years = [...new Set(sessionYear.values())].sort((a, b) => a - b);

  // Words to search for: from the texts of the first 5,000 recommendations,
  // by how many of them hold the word, taken at several ranks so that some
  // searches keep much and some little.
  const documents = new Map();
  for (const r of recs.slice(0, 5000)) {
    const words = new Set();
    for (const text of textValues(r.text)) {
      for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 6) words.add(w);
    }
    for (const w of words) documents.set(w, (documents.get(w) || 0) + 1);
  }
  const ranked = [...documents.keys()].sort(
    (a, b) => documents.get(b) - documents.get(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const word = (rank) => ranked[Math.min(rank, ranked.length - 1)] ?? "a";
  const words = [word(0), word(8), word(40), word(2), word(20), word(120)];

  const n = years.length;
  const y = (i) => years[Math.max(0, Math.min(n - 1, i))];
  const block = ([a, b, c], [p, q, r], [w1, w2, w3]) => [
    { kind: "theme", value: a },
    { kind: "status", value: p },
    { kind: "year-from", value: y(Math.floor(n / 3)) },
    { kind: "text", value: w1 },
    { kind: "theme", value: b },
    { kind: "status", value: q },
    { kind: "year-to", value: y(n - 1 - Math.floor(n / 4)) },
    { kind: "text", value: w2 },
    { kind: "theme", value: a },
    { kind: "status", value: p },
    { kind: "text", value: "" },
    { kind: "theme", value: c },
    { kind: "year-from", value: y(0) },
    { kind: "text", value: w3.slice(0, 3) },
    { kind: "text", value: w3 },
    { kind: "status", value: r },
    { kind: "theme", value: b },
    { kind: "year-to", value: y(Math.floor(n / 2)) },
    { kind: "text", value: "" },
    { kind: "status", value: q },
    { kind: "theme", value: c },
    { kind: "year-from", value: y(Math.floor(n / 2)) },
    { kind: "status", value: r },
    { kind: "year-from", value: y(0) },
    { kind: "year-to", value: y(n - 1) },
  ];
  const st = (i) => statuses[i % statuses.length];
  const steps = [
    ...block(themes.slice(0, 3), [st(0), st(1), st(2)], words.slice(0, 3)),
    ...block(themes.slice(3, 6), [st(3), st(4), st(5)], words.slice(3, 6)),
  ];

  const maps = {
    theme: Object.fromEntries(ids.map((id, i) => [id, i])),
    status: Object.fromEntries(statusIds.map((id, i) => [id, i])),
  };
  return { steps, maps, expected: expectedCounts(doc, steps), years: [years[0], years[n - 1]] };
}

/// The number of recommendations shown after each step.
export function expectedCounts(doc, steps) {
  const parentOf = new Map(doc.themes.map((t) => [t.id, t.parent ?? null]));
  const sessionYear = new Map(doc.sessions.map((s) => [s.id, Number(String(s.date).slice(0, 4))]));
  const years = [...new Set(sessionYear.values())].sort((a, b) => a - b);
  const haystacks = doc.recommendations.map((r) =>
    [r.id, ...textValues(r.text), ...textValues(r.note)].map((s) => s.toLowerCase()),
  );
  const state = { themes: new Set(), statuses: new Set(), from: years[0], to: years[years.length - 1], text: "" };
  const toggle = (set, v) => (set.has(v) ? set.delete(v) : set.add(v));
  return steps.map((step) => {
    if (step.kind === "theme") toggle(state.themes, step.value);
    else if (step.kind === "status") toggle(state.statuses, step.value);
    else if (step.kind === "year-from") state.from = step.value;
    else if (step.kind === "year-to") state.to = step.value;
    else state.text = step.value;
    const [from, to] = [Math.min(state.from, state.to), Math.max(state.from, state.to)];
    const needle = state.text.trim().toLowerCase();
    let n = 0;
    doc.recommendations.forEach((r, i) => {
      const year = sessionYear.get(r.session);
      if (year === undefined || year < from || year > to) return;
      if (state.statuses.size && !state.statuses.has(r.status)) return;
      if (state.themes.size && !(r.themes || []).some((t) => state.themes.has(t) || state.themes.has(parentOf.get(t))))
        return;
      if (needle && !haystacks[i].some((h) => h.includes(needle))) return;
      n += 1;
    });
    return n;
  });
}
