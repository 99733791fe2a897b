// The benchmark's probe: run by bench/run.mjs in every page it measures
// (Kenes and the crossfilter + dc.js yardstick) before the page's own
// scripts, as a Playwright init script. It changes nothing in the page; it
// only watches:
//
// - long tasks and the longest gap between animation frames while loading;
// - how late key presses sent during loading are answered (the delay from
//   the event's time stamp to a listener on `window`);
// - the progress the page shows while loading (`[data-loading] progress`);
// - the WebAssembly memories the page instantiates (by wrapping
//   `WebAssembly.instantiate` and `instantiateStreaming`), to read their size;
// - readiness: the attribute `__benchOptions.readyAttribute` on `<html>`,
//   told to the bench through its binding `__benchReady`.
//
// `__bench.runScript` applies the filter script through the page's own
// controls and times each change to the paint that shows it.
(() => {
  const options = window.__benchOptions || {};
  const B = {
    ready: null,
    readyAt: null,
    longTasks: [],
    longestFrameGap: 0,
    frames: 0,
    inputDelays: [],
    progress: [],
    firstProgressAt: null,
    memories: [],
  };
  window.__bench = B;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long task timing: the figures stay empty.
  }

  addEventListener(
    "keydown",
    (e) => {
      if (B.readyAt === null) B.inputDelays.push(performance.now() - e.timeStamp);
    },
    true,
  );

  // Frames while loading: the longest gap, and the progress shown.
  let lastFrame = null;
  let lastProgress = null;
  const frame = () => {
    const now = performance.now();
    if (lastFrame !== null) B.longestFrameGap = Math.max(B.longestFrameGap, now - lastFrame);
    lastFrame = now;
    B.frames += 1;
    const bar = document.querySelector("[data-loading] progress");
    if (bar) {
      const value = bar.getAttribute("value") + "/" + bar.getAttribute("max");
      if (value !== lastProgress) {
        lastProgress = value;
        B.progress.push([now, value]);
        if (B.firstProgressAt === null) B.firstProgressAt = now;
      }
    }
    if (B.readyAt === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    if (typeof original !== "function") continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        const instance = result instanceof WebAssembly.Instance ? result : result.instance;
        for (const value of Object.values(instance.exports)) {
          if (value instanceof WebAssembly.Memory) B.memories.push(value);
        }
        return result;
      });
    };
  }
  B.wasmMemoryBytes = () => B.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0);

  const attribute = options.readyAttribute || "data-kenes-ready";
  B.ready = new Promise((resolve) => {
    const isReady = () => document.documentElement && document.documentElement.hasAttribute(attribute);
    const done = () => {
      if (B.readyAt === null) B.readyAt = performance.now();
      resolve(B.readyAt);
      // The bench's binding (bench/run.mjs), when it is there.
      window.__benchReady?.();
    };
    if (isReady()) return done();
    const watch = new MutationObserver(() => {
      if (isReady()) {
        watch.disconnect();
        done();
      }
    });
    watch.observe(document, { subtree: true, attributes: true, attributeFilter: [attribute] });
  });

  // --- The filter script ---------------------------------------------------

  const nextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        // A message posted from a frame callback is delivered after that
        // frame's style, layout and paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const shownCount = () => document.querySelector("[data-kpi=recommendations]")?.getAttribute("data-value");

  /// Changes one filter through the page's controls, as a person would.
  function apply(step, maps) {
    if (step.kind === "text") {
      const input = document.querySelector("input[type=search]");
      input.value = step.value;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: step.value }));
      return;
    }
    let select;
    let value;
    if (step.kind === "year-from" || step.kind === "year-to") {
      // The report's year selects carry `data-filter="year-{id}"` literally
      // (html! does not format attribute strings); they are `#from` and `#to`.
      select =
        document.querySelector(`select[data-filter=${step.kind}]`) ||
        document.querySelector(`select#${step.kind.slice("year-".length)}`);
      value = String(step.value);
    } else {
      select = document.querySelector(`select[data-filter=${step.kind}]`);
      value = String(maps[step.kind][step.value]);
    }
    if (!select) throw new Error(`no control for ${step.kind}`);
    select.value = value;
    if (select.value !== value) throw new Error(`${step.kind} has no option ${value}`);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /// Runs the steps; for each, the time from just before the control's event
  /// to the paint after the last frame that changed the DOM, once the shown
  /// count is the expected one and the DOM has been still for `quietFrames`
  /// frames.
  B.runScript = async ({ steps, maps, expected, pauseMs = 50, quietFrames = 3, timeoutMs = 15000 }) => {
    let mutations = 0;
    const watch = new MutationObserver((records) => {
      mutations += records.length;
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const results = [];
    for (let i = 0; i < steps.length; i++) {
      await sleep(pauseMs);
      await nextPaint();
      mutations += watch.takeRecords().length;
      let seen = mutations;
      const want = expected ? String(expected[i]) : null;
      const start = performance.now();
      apply(steps[i], maps);
      let end = null;
      let quiet = 0;
      let timedOut = false;
      for (;;) {
        const now = await nextPaint();
        mutations += watch.takeRecords().length;
        if (mutations !== seen) {
          seen = mutations;
          end = now;
          quiet = 0;
        } else if (end !== null && (want === null || shownCount() === want)) {
          quiet += 1;
          if (quiet >= quietFrames) break;
        }
        if (now - start > timeoutMs) {
          timedOut = true;
          break;
        }
      }
      results.push({ ms: end === null ? null : end - start, count: Number(shownCount()), timedOut });
    }
    watch.disconnect();
    return results;
  };
})();
