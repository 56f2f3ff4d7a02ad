// Loading and interaction timings of the release build in headless Chromium, with the CPU
// slowed 4x through the DevTools protocol (Emulation.setCPUThrottlingRate), served on
// 127.0.0.1 with brotli content-encoding (every file precompressed with `brotli -q 11`).
// Times only: nothing here passes or fails, and it is not part of the e2e run. Results go to
// BENCHMARKS.md.
//
//   node scripts/measure-load.mjs [--dist DIR] [--runs N] [--edits N] [--rate 4] [--json FILE] [--profile]
//
// Measures, each over N fresh browser contexts (cold cache):
//   * first render: navigation start to the app's own `main#main h1` in the DOM (the
//     static "Loading…" page in index.html has an h1 too, outside main#main), for #/ and
//     #/better-off, and for #/ on a device set to Welsh (its messages fetched and read
//     before the first render);
//   * interactive: the later of first render and the end of the last long task (> 50 ms)
//     before a quiet second, i.e. when the page can answer input without delay;
//   * bytes transferred: the sum of Network.loadingFinished encodedDataLength (brotli
//     bodies plus headers), with each file's share;
// and, on the coaches' form at #/better-off with the e2e tests' household, the time from
// an edit of the hours box to the headline and the chart both showing the new hours:
//   * dom: the input event dispatched -> both updated in the DOM (Yew's render done);
//   * frame: -> the next frame after that (requestAnimationFrame, then a message, so style,
//     layout and paint of the update are in).
// --profile also takes a CPU profile (CDP Profiler) of the edits and prints where the time
// went: WebAssembly, JavaScript glue (DOM calls are counted here), GC, and the browser.
import { createServer } from 'node:http';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, normalize, relative } from 'node:path';
import { contentType } from './content-types.mjs';
import {
  launch, SUB_PATH, DIST as DEFAULT_DIST, answerCompact as fillCompact,
} from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const DIST = opt('dist', DEFAULT_DIST);
const RUNS = Number(opt('runs', 7));
const EDITS = Number(opt('edits', 15));
const RATE = Number(opt('rate', 4));
const JSON_OUT = opt('json', null);
const PROFILE = args.includes('--profile');


async function files(dir) {
  const out = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) {
      if (!name.startsWith('.')) out.push(...await files(path));
    } else out.push(path);
  }
  return out;
}

/** Every file of DIST, raw and brotli-compressed (quality 11, as run.sh counts it). */
async function precompress() {
  const table = new Map();
  for (const path of await files(DIST)) {
    const raw = await readFile(path);
    const br = execFileSync('brotli', ['-c', '-q', '11', path], { maxBuffer: 64 << 20 });
    table.set(relative(DIST, path), { raw, br });
  }
  return table;
}

async function serve(table) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) return res.writeHead(404).end();
    const rel = normalize(path.slice(SUB_PATH.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = table.get(rel);
    if (!file) return res.writeHead(404).end('not found');
    const headers = { 'content-type': contentType(rel), 'cache-control': 'no-cache' };
    if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      headers['content-encoding'] = 'br';
      headers['vary'] = 'accept-encoding';
      res.writeHead(200, headers).end(file.br);
    } else {
      res.writeHead(200, headers).end(file.raw);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + SUB_PATH, close: () => new Promise((ok) => server.close(ok)) };
}

// Runs in the page before any of its scripts: notes when the app's heading appears, and
// every long task.
const OBSERVE = () => {
  window.__bench = { firstRender: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (window.__bench.firstRender === null && document.querySelector('main#main h1')) {
      window.__bench.firstRender = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

async function newPage(browser, device) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  const urls = new Map();
  const bytes = new Map();
  const encodings = new Set();
  cdp.on('Network.responseReceived', (e) => {
    urls.set(e.requestId, e.response.url);
    const enc = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'];
    if (enc) encodings.add(enc);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? e.requestId;
    bytes.set(url, (bytes.get(url) ?? 0) + e.encodedDataLength);
  });
  await page.addInitScript(OBSERVE);
  return { context, page, cdp, bytes, encodings };
}

/** Waits until the page has had no long task for `quiet` ms; returns the end of the last. */
async function interactiveAt(page, quiet = 1000) {
  await page.waitForFunction(() => window.__bench.firstRender !== null, null, { timeout: 60000 });
  for (;;) {
    const { now, last, first } = await page.evaluate(() => ({
      now: performance.now(),
      first: window.__bench.firstRender,
      last: Math.max(0, ...window.__bench.longTasks.map(([, end]) => end)),
    }));
    if (now - Math.max(last, first) >= quiet) return Math.max(first, last);
    await page.waitForTimeout(200);
  }
}

async function load(browser, server, hash, lang) {
  const { context, page, bytes, encodings } = await newPage(browser, { viewport: { width: 768, height: 1024 } });
  try {
    // A device set to another language: its messages are fetched before the first render.
    if (lang) {
      await page.addInitScript((code) => localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code })), lang);
    }
    await page.goto(server.url + hash);
    const interactive = await interactiveAt(page);
    const firstRender = await page.evaluate(() => window.__bench.firstRender);
    const paint = await page.evaluate(() => Object.fromEntries(
      performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])));
    const heading = await page.textContent('main#main h1');
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    return { firstRender, interactive, fcp: paint['first-contentful-paint'] ?? null, heading, bytes: total, byFile: Object.fromEntries(bytes), encodings: [...encodings] };
  } finally {
    await context.close();
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], n: s.length };
};
const fmt = (s, unit = 'ms') => `${s.median.toFixed(1)} ${unit} (${s.min.toFixed(1)}–${s.max.toFixed(1)}, n=${s.n})`;

/** One edit of the hours box, timed in the page. */
function timeEdit(page, hours) {
  return page.evaluate((hours) => new Promise((done) => {
    const input = document.querySelector('#offer-0-hours');
    const offerLine = () => document.querySelector('.chart__offer line')?.getAttribute('x1');
    const before = offerLine();
    const want = `working ${hours} hours`;
    const updated = () => (document.querySelector('.headline__text')?.textContent ?? '').includes(want)
      && offerLine() !== before
      && (document.querySelector('.chart__readout')?.textContent ?? '').includes(`${hours} hours a week`);
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (!updated()) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      performance.mark(`bench-edit-dom-${hours}`);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark(`bench-edit-end-${hours}`);
          done({ dom, frame: performance.now() - t0 });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true, characterData: true });
    performance.mark(`bench-edit-start-${hours}`);
    t0 = performance.now();
    input.value = String(hours);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(hours) }));
  }), hours);
}

/**
 * A trace of the renderer (CDP Tracing), for the main thread's CPU time per edit: the
 * thread time (tdur) of every task between an edit's start and end marks. Thread time does
 * not count the time the thread was waiting for a core, so unlike the wall-clock figures it
 * is not inflated when other work shares the machine; nor does it count the pauses that
 * CPU throttling inserts, so it is the work at full speed (x RATE for the throttled cost).
 */
async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
  });
  return {
    stop: () => new Promise((done) => {
      cdp.once('Tracing.tracingComplete', () => done(events));
      cdp.send('Tracing.end');
    }),
  };
}

function mainThreadCpu(events) {
  // Each mark carries the thread's CPU clock (tts, µs): the difference from an edit's start
  // mark to its end mark is the main thread's CPU time for the edit.
  const marks = new Map(events.filter((e) => /^bench-edit-(start|dom|end)-/.test(e.name)).map((e) => [e.name, e]));
  const out = new Map();
  for (const [name, m] of marks) {
    if (!name.startsWith('bench-edit-start-')) continue;
    const hours = name.slice('bench-edit-start-'.length);
    const dom = marks.get(`bench-edit-dom-${hours}`);
    const end = marks.get(`bench-edit-end-${hours}`);
    if (end?.tts !== undefined && dom?.tts !== undefined && m.tts !== undefined) {
      out.set(hours, { dom: (dom.tts - m.tts) / 1000, frame: (end.tts - m.tts) / 1000 });
    }
  }
  return out;
}

function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Inclusive time of the app's own functions (names survive only in a build with names,
  // e.g. wasm-opt --debuginfo), each counted once per sample.
  const inclusive = {};
  const short = (name) => name.replace(/\[[0-9a-f]{16}\]/g, '');
  const buckets = {};
  const wasmFns = {};
  const jsFns = {};
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const { functionName, url } = node.callFrame;
    let kind;
    if (url.startsWith('wasm://') || url.endsWith('.wasm') || /^wasm-function\[/.test(functionName)) kind = 'WebAssembly';
    else if (functionName === '(garbage collector)') kind = 'GC';
    else if (functionName === '(idle)') kind = 'idle';
    else if (functionName === '(program)' || functionName === '(root)') kind = 'browser (style, layout, paint, other)';
    else kind = 'JavaScript (glue and DOM calls)';
    buckets[kind] = (buckets[kind] ?? 0) + dt;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = short(byId.get(at).callFrame.functionName);
      if (/supported_work|Reconcilable>::reconcile$|RenderRunner|toLocaleDateString/.test(name) && !seen.has(name)) {
        seen.add(name);
        inclusive[name] = (inclusive[name] ?? 0) + dt;
      }
    }
    const name = functionName || '(anonymous)';
    if (kind === 'WebAssembly') wasmFns[name] = (wasmFns[name] ?? 0) + dt;
    if (kind.startsWith('JavaScript')) jsFns[name] = (jsFns[name] ?? 0) + dt;
  });
  const top = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => [k, Number(v.toFixed(1))]);
  const topIncl = Object.entries(inclusive).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => [k, Number(v.toFixed(1))]);
  return { buckets, topWasm: top(wasmFns), topJs: top(jsFns), inclusive: topIncl };
}

async function interaction(browser, server) {
  const { context, page, cdp } = await newPage(browser, { viewport: { width: 768, height: 1024 } });
  try {
    await page.goto(server.url + '#/better-off');
    await page.waitForSelector('main#main h1');
    await fillCompact(page);
    // Warm up (the first edits compile and tier up the code paths), then time.
    for (const h of [17, 18, 16]) await timeEdit(page, h);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const trace = PROFILE ? null : await startTrace(cdp);
    const results = [];
    for (let i = 0; i < EDITS; i++) {
      results.push(await timeEdit(page, 20 + i));
      await page.waitForTimeout(50);
    }
    let profile = null;
    if (PROFILE) profile = summariseProfile((await cdp.send('Profiler.stop')).profile);
    if (trace) {
      const events = await trace.stop();
      if (process.env.BENCH_TRACE) await writeFile(process.env.BENCH_TRACE, JSON.stringify(events));
      const cpu = mainThreadCpu(events);
      results.forEach((r, i) => {
        const c = cpu.get(String(20 + i));
        r.cpuDom = c?.dom ?? NaN;
        r.cpuFrame = c?.frame ?? NaN;
      });
    }
    const headline = await page.textContent('.headline__text');
    return { results, profile, headline };
  } finally {
    await context.close();
  }
}

const table = await precompress();
const server = await serve(table);
const browser = await launch();
const out = { dist: DIST, rate: RATE, runs: RUNS, chromium: browser.version() };
try {
  const brotliTotal = [...table.values()].reduce((a, f) => a + f.br.length, 0);
  const rawTotal = [...table.values()].reduce((a, f) => a + f.raw.length, 0);
  console.log(`dist ${DIST}: ${table.size} files, ${rawTotal} bytes, ${brotliTotal} bytes brotli; Chromium ${out.chromium}; CPU ${RATE}x slower`);

  for (const [name, hash, lang] of [['home', '#/'], ['better-off', '#/better-off'], ['home in Welsh', '#/', 'cy']]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(browser, server, hash, lang));
    out[name] = {
      firstRender: stats(runs.map((r) => r.firstRender)),
      interactive: stats(runs.map((r) => r.interactive)),
      fcp: stats(runs.map((r) => r.fcp ?? NaN)),
      bytes: stats(runs.map((r) => r.bytes)),
      byFile: runs[0].byFile,
      encodings: runs[0].encodings,
      heading: runs[0].heading,
    };
    const o = out[name];
    console.log(`\n${name} (${hash}), heading "${o.heading}", content-encoding ${o.encodings.join(',') || 'none'}`);
    console.log(`  first paint (static loading page)  ${fmt(o.fcp)}`);
    console.log(`  first render (app's h1)            ${fmt(o.firstRender)}`);
    console.log(`  interactive                        ${fmt(o.interactive)}`);
    console.log(`  bytes transferred                  ${o.bytes.median} bytes`);
    for (const [url, b] of Object.entries(o.byFile)) console.log(`    ${String(b).padStart(8)}  ${url.replace(server.url, '')}`);
  }

  const inter = await interaction(browser, server);
  out.interaction = {
    dom: stats(inter.results.map((r) => r.dom)),
    frame: stats(inter.results.map((r) => r.frame)),
    cpuDom: inter.profile ? null : stats(inter.results.map((r) => r.cpuDom)),
    cpuFrame: inter.profile ? null : stats(inter.results.map((r) => r.cpuFrame)),
    each: inter.results,
    profile: inter.profile,
  };
  console.log(`\nhours edit on the coaches' form (${EDITS} edits, last headline "${inter.headline}")`);
  console.log(`  input -> headline and chart updated in the DOM   ${fmt(out.interaction.dom)}`);
  console.log(`  input -> next frame                              ${fmt(out.interaction.frame)}`);
  if (out.interaction.cpuDom) {
    // Thread time leaves out waiting for a core, so it holds on a busy machine; under CPU
    // throttling it is not meaningful (the throttle's pauses count), so use it with --rate 1.
    console.log(`  main-thread CPU time, input -> DOM updated      ${fmt(out.interaction.cpuDom)}`);
    console.log(`  main-thread CPU time, input -> next frame       ${fmt(out.interaction.cpuFrame)}`);
  }
  if (inter.profile) {
    console.log('  CPU profile of the edits (ms, at the throttled rate):');
    for (const [k, v] of Object.entries(inter.profile.buckets)) console.log(`    ${k.padEnd(40)} ${v.toFixed(1)}`);
    console.log('  top WebAssembly functions (self ms):', JSON.stringify(inter.profile.topWasm));
    console.log('  top JavaScript functions (self ms):', JSON.stringify(inter.profile.topJs));
    console.log('  the app\'s own functions, inclusive ms over all edits:');
    for (const [k, v] of inter.profile.inclusive) console.log(`    ${String(v).padStart(7)}  ${k.slice(0, 150)}`);
  }
  if (JSON_OUT) await writeFile(JSON_OUT, JSON.stringify(out, null, 1));
} finally {
  await browser.close();
  await server.close();
}
