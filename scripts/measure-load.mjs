// Loading and interaction timings of the release build in headless Chromium, with the CPU
// slowed 4x through the DevTools protocol (Emulation.setCPUThrottlingRate), served on
// 127.0.0.1 with brotli content-encoding (every file precompressed with `brotli -q 11`) and
// ETags (a repeat visit revalidates with a 304, as a real host answers). Times only: nothing
// here passes or fails, and it is not part of the e2e run. Results go to BENCHMARKS.md.
//
//   node scripts/measure-load.mjs [--dist DIR | --compare DIR_A DIR_B] [--runs N] [--edits N]
//        [--edit-pages N] [--edit-gap MS] [--rate 4] [--slow-phone] [--answer-pace MS]
//        [--only load,slow-phone,slow-answer,edits]
//        [--json FILE] [--profile]
//
// --compare measures two builds in one run, alternating them (A B, then B A, ...), so
// both see the same machine load; the summary is a table with a column per build.
// Parts (all by default; slow-phone only with --slow-phone; --only picks some):
//   * load: first render, navigation start to the app's own `main#main h1` in the DOM (the
//     static "Loading…" page in index.html has an h1 too, outside main#main), for #/ and
//     #/better-off, and for #/ on a device set to Welsh (its messages fetched and read
//     before the first render); interactive, the later of first render and the end of the
//     last long task (> 50 ms) before a quiet second; bytes transferred, the sum of
//     Network.loadingFinished encodedDataLength (brotli bodies plus headers). N fresh
//     browser contexts each (cold cache), no network emulation.
//   * slow-phone: a slow phone on a slow network: Network.emulateNetworkConditions (150 ms
//     round trip, 1.6 Mbit/s = 200,000 bytes/s down, 750 kbit/s up) and the CPU 4x slower
//     (--rate), a phone's screen. Times navigation start (the top document's
//     performance.timeOrigin) to the FIRST QUESTION: the first `label` or `legend` inside
//     `main#main form.guided` (the guided calculator's first question and its box) in the
//     DOM, with text and a laid-out box. For `#/better-off` (the app) and for
//     `embed-demo.html` (an agency's page; embed.js adds the iframe, and the question is
//     timed inside it, against the top page's navigation start). First visit: a fresh
//     browser context. Repeat visit: the same context reloaded, once the service worker
//     (if the page registers one) controls the page that has the question, else once the
//     network has been quiet for 0.5 s (then it is the HTTP cache, revalidated). The
//     service worker's own downloads belong to another DevTools target, so the emulation
//     does not slow them (it does slow everything the pages ask for).
//   * slow-answer (only with --only): the same slow phone, first visit, the guided questions
//     answered as a person would (the e2e tests' single home owner, 30, North West, 16
//     hours), one question every --answer-pace ms (2000 by default), then "Show my answer":
//     the time from that press to the answer's headline in the DOM (Node's clock around the
//     press and the wait), for #/better-off and the embed. Since issue 21's questions
//     alone, the answer is the whole calculator's, which the page reloads into (its files
//     fetched ahead from the person's first tap, see scripts/start.template.js).
//   * edits: on the coaches' form at #/better-off with the e2e tests' household, --edits
//     hours edits over --edit-pages fresh pages (1 by default, 3 with --compare), each
//     timed from the input event to the headline and the chart both showing the new hours:
//       dom: the input event dispatched -> both updated in the DOM (Yew's render done);
//       frame: -> the next frame after that (requestAnimationFrame, then a message, so
//         style, layout and paint of the update are in);
//     reported as median, 95th percentile (nearest rank) and slowest; also the main
//     thread's CPU time for each (from a trace; at --rate 1 it holds under machine load),
//     and its WORK: the thread time inside the main thread's tasks from the input to the
//     frame (the script, style, layout, paint and commit of the edit, the throttle's
//     slowdown inside them included). At --rate 4 the CPU rows are not work: the throttle
//     spins the thread between tasks too (see `work`), so they follow the wall clock.
//     Neither figure waits for a vsync: an idle page's next frame begins at once (its
//     BeginMainFrame starts about 0.1 ms after the input's task), see BENCHMARKS.md.
//     After each edit's frame the page waits --edit-gap ms (50 by default, a quick run of
//     edits, as a held key; the page draws what is below the chart once such a run pauses
//     for 200 ms); with 300 or more each edit is one on its own.
// --profile also takes a CPU profile (CDP Profiler) of the edits and prints where the time
// went: WebAssembly, JavaScript glue (DOM calls are counted here), GC, and the browser.
// BENCH_TRACE=FILE writes the edits' trace to FILE; BENCH_TRACE_CATEGORIES=a,b adds trace
// categories to it (e.g. devtools.timeline,disabled-by-default-devtools.timeline for style,
// layout, paint and commit per edit).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, normalize, relative } from 'node:path';
import { contentType } from './content-types.mjs';
import {
  launch, SUB_PATH, DIST as DEFAULT_DIST, VIEWPORTS, answerCompact as fillCompact, answerGuidedToTheLast,
} from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const compareAt = args.indexOf('--compare');
const DISTS = compareAt >= 0 ? [args[compareAt + 1], args[compareAt + 2]] : [opt('dist', DEFAULT_DIST)];
if (DISTS.some((d) => !d || d.startsWith('--'))) throw new Error('--compare needs two dist folders');
const RUNS = Number(opt('runs', 7));
const EDITS = Number(opt('edits', 15));
const EDIT_PAGES = Number(opt('edit-pages', DISTS.length > 1 ? 3 : 1));
const EDIT_GAP = Number(opt('edit-gap', 50));
const RATE = Number(opt('rate', 4));
const JSON_OUT = opt('json', null);
const PROFILE = args.includes('--profile');
const PARTS = opt('only', null)?.split(',')
  ?? ['load', ...(args.includes('--slow-phone') ? ['slow-phone'] : []), 'edits'];
/** 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes per second). */
const SLOW_NETWORK = {
  offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 93750,
};
const TABLET = { viewport: { width: 768, height: 1024 } };


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

/** Every file of `dist`, raw and brotli-compressed (quality 11, as run.sh counts it). */
async function precompress(dist) {
  const table = new Map();
  for (const path of await files(dist)) {
    const raw = await readFile(path);
    const br = execFileSync('brotli', ['-c', '-q', '11', path], { maxBuffer: 64 << 20 });
    const etag = `"${createHash('sha256').update(raw).digest('hex').slice(0, 16)}"`;
    table.set(relative(dist, path), { raw, br, etag });
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
    const headers = { 'content-type': contentType(rel), 'cache-control': 'no-cache', etag: file.etag };
    if (req.headers['if-none-match'] === file.etag) return res.writeHead(304, headers).end();
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
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { origin, url: origin + SUB_PATH, close };
}

// Runs in every frame before any of its scripts: notes when the app's heading appears,
// when the guided calculator's first question does (as epoch ms, comparable across
// frames), and every long task.
const OBSERVE = () => {
  window.__bench = { firstRender: null, firstQuestion: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const question = () => [...document.querySelectorAll('main#main form.guided :is(label, legend)')]
    .some((el) => el.textContent.trim() !== '' && el.getBoundingClientRect().height > 0);
  const check = () => {
    const b = window.__bench;
    if (b.firstRender === null && document.querySelector('main#main h1')) b.firstRender = performance.now();
    if (b.firstQuestion === null && question()) b.firstQuestion = performance.timeOrigin + performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

/** A fresh browser context and page, CPU slowed, bytes counted per URL. */
async function newPage(browser, device, { network = null, noCache = true } = {}) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (noCache) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
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

async function load(browser, build, hash, lang) {
  const { context, page, bytes, encodings } = await newPage(browser, TABLET);
  try {
    // A device set to another language: its messages are fetched before the first render.
    if (lang) {
      await page.addInitScript((code) => localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code })), lang);
    }
    await page.goto(build.server.url + hash);
    const interactive = await interactiveAt(page);
    const firstRender = await page.evaluate(() => window.__bench.firstRender);
    const paint = await page.evaluate(() => Object.fromEntries(
      performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])));
    const heading = await page.textContent('main#main h1');
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    return { firstRender, interactive, fcp: paint['first-contentful-paint'] ?? NaN, heading, bytes: total, byFile: Object.fromEntries(bytes), encodings: [...encodings] };
  } finally {
    await context.close();
  }
}

/** The frame (top page or the embed's iframe) whose first question has appeared, if any. */
async function questionFrame(page) {
  for (const frame of page.frames()) {
    const at = await frame.evaluate(() => window.__bench?.firstQuestion ?? null).catch(() => null);
    if (at !== null) return { frame, at };
  }
  return null;
}

/** Navigation start of the top page to the first question, in whichever frame it is. */
async function untilQuestion(page) {
  const deadline = Date.now() + 120000;
  for (;;) {
    const found = await questionFrame(page);
    if (found) {
      const origin = await page.evaluate(() => performance.timeOrigin);
      return { ...found, ms: found.at - origin };
    }
    if (Date.now() > deadline) throw new Error(`no first question on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Whether a service worker came to control `frame` (waits for one if it registered). */
function serviceWorkerControls(frame) {
  return frame.evaluate(async () => {
    const sw = navigator.serviceWorker;
    if (!sw) return false;
    const settle = (ms) => new Promise((ok) => setTimeout(ok, ms));
    for (let i = 0; i < 50 && !(await sw.getRegistration()); i++) await settle(100);
    if (!(await sw.getRegistration())) return false;
    if (!sw.controller) {
      await Promise.race([new Promise((ok) => sw.addEventListener('controllerchange', ok)), settle(120000)]);
    }
    return Boolean(sw.controller);
  });
}

/** A slow phone's first and repeat visit to `path` (under the app's folder). */
async function slowPhone(browser, build, path) {
  const { context, page, bytes } = await newPage(browser, VIEWPORTS.phone, { network: SLOW_NETWORK, noCache: false });
  try {
    await page.goto(build.server.url + path, { waitUntil: 'commit' });
    const first = await untilQuestion(page);
    const firstBytes = [...bytes.values()].reduce((a, b) => a + b, 0);
    const controlled = await serviceWorkerControls(first.frame);
    await page.waitForLoadState('networkidle');
    bytes.clear();
    await page.reload({ waitUntil: 'commit' });
    const repeat = await untilQuestion(page);
    await page.waitForLoadState('networkidle');
    const repeatBytes = [...bytes.values()].reduce((a, b) => a + b, 0);
    return { first: first.ms, repeat: repeat.ms, controlled, firstBytes, repeatBytes };
  } finally {
    await context.close();
  }
}

const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
const stats = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return { median: percentile(s, 0.5), p95: percentile(s, 0.95), min: s[0], max: s[s.length - 1], n: s.length };
};
const ms = (x) => (x === undefined ? '–' : x.toFixed(1));
const fmt = (s, unit = 'ms') => `${ms(s.median)} ${unit} (${ms(s.min)}–${ms(s.max)}, n=${s.n})`;
const fmtTail = (s) => `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)} ms (n=${s.n})`;

/** One edit of the hours box, timed in the page; marks named by `k` for the trace. */
function timeEdit(page, hours, k) {
  return page.evaluate(([hours, k]) => new Promise((done) => {
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
      performance.mark(`bench-edit-dom-${k}`);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          performance.mark(`bench-edit-end-${k}`);
          done({ hours, dom, frame: performance.now() - t0 });
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.querySelector('main'), { childList: true, subtree: true, attributes: true, characterData: true });
    performance.mark(`bench-edit-start-${k}`);
    t0 = performance.now();
    input.value = String(hours);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(hours) }));
  }), [hours, k]);
}

/**
 * A trace of the renderer (CDP Tracing), for the main thread's CPU time per edit: the
 * thread time (tdur) of every task between an edit's start and end marks. Thread time does
 * not count the time the thread was waiting for a core, so unlike the wall-clock figures it
 * is not inflated when other work shares the machine. Use it with --rate 1: under CPU
 * throttling the throttle's own pauses are in it.
 */
async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata',
        ...(process.env.BENCH_TRACE_CATEGORIES?.split(',') ?? [])],
    },
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
  // The renderer main thread's tasks (the marks' thread), for the work figure below.
  const anyMark = marks.values().next().value;
  const tasks = anyMark ? events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X'
    && e.pid === anyMark.pid && e.tid === anyMark.tid && e.tts !== undefined && e.tdur !== undefined) : [];
  const out = new Map();
  for (const [name, m] of marks) {
    if (!name.startsWith('bench-edit-start-')) continue;
    const k = name.slice('bench-edit-start-'.length);
    const dom = marks.get(`bench-edit-dom-${k}`);
    const end = marks.get(`bench-edit-end-${k}`);
    if (end?.tts !== undefined && dom?.tts !== undefined && m.tts !== undefined) {
      out.set(k, { dom: (dom.tts - m.tts) / 1000, frame: (end.tts - m.tts) / 1000, work: work(tasks, m.tts, end.tts) });
    }
  }
  return out;
}

/**
 * The main thread's work for one edit: the thread time spent inside its tasks between the
 * two marks (each task clipped to them). Unlike the thread clock from mark to mark (the CPU
 * rows), this leaves out what the thread does between tasks: at --rate 4 the throttle
 * (Emulation.setCPUThrottlingRate) interrupts the thread every 0.2 ms even while it is idle
 * or blocked and spins for three times the wall time since it last did, so the mark-to-mark
 * thread clock runs at about the wall clock's pace whether there is work or not. Inside a
 * task that spin is the emulated slowdown itself and is counted.
 */
function work(tasks, from, to) {
  let sum = 0;
  for (const t of tasks) {
    const a = Math.max(t.tts, from);
    const b = Math.min(t.tts + t.tdur, to);
    if (b > a) sum += b - a;
  }
  return sum / 1000;
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
    // A script's functions by file and line, so an anonymous one can be found.
    const where = url ? ` ${url.split('/').pop()}:${node.callFrame.lineNumber + 1}` : '';
    if (kind.startsWith('JavaScript')) jsFns[name + where] = (jsFns[name + where] ?? 0) + dt;
  });
  const top = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => [k, Number(v.toFixed(1))]);
  const topIncl = Object.entries(inclusive).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => [k, Number(v.toFixed(1))]);
  return { buckets, topWasm: top(wasmFns), topJs: top(jsFns), inclusive: topIncl };
}

/** `count` hours edits on one fresh page, after three to warm up. */
async function interaction(browser, build, count) {
  const { context, page, cdp } = await newPage(browser, TABLET);
  try {
    await page.goto(build.server.url + '#/better-off');
    await page.waitForSelector('main#main h1');
    await fillCompact(page);
    // Warm up (the first edits compile and tier up the code paths), then time.
    for (const [k, h] of [17, 18, 16].entries()) await timeEdit(page, h, `warm${k}`);
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const trace = PROFILE ? null : await startTrace(cdp);
    const results = [];
    // 20, 21, ... 39, then 20 again: each edit changes the hours.
    for (let k = 0; k < count; k++) {
      results.push(await timeEdit(page, 20 + (k % 20), k));
      await page.waitForTimeout(EDIT_GAP);
    }
    let profile = null;
    if (PROFILE) profile = summariseProfile((await cdp.send('Profiler.stop')).profile);
    if (trace) {
      const events = await trace.stop();
      if (process.env.BENCH_TRACE) await writeFile(process.env.BENCH_TRACE, JSON.stringify(events));
      const cpu = mainThreadCpu(events);
      results.forEach((r, k) => {
        const c = cpu.get(String(k));
        r.cpuDom = c?.dom ?? NaN;
        r.cpuFrame = c?.frame ?? NaN;
        r.work = c?.work ?? NaN;
      });
    }
    const headline = await page.textContent('.headline__text');
    return { results, profile, headline };
  } finally {
    await context.close();
  }
}

/** `rounds` rounds of `fn(build, round)` over every build, alternating their order. */
async function alternate(builds, rounds, fn) {
  const out = builds.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const order = builds.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) out[i].push(await fn(builds[i], r));
  }
  return out;
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A Markdown table: one row per measure, one column per build. */
function table(title, builds, rows) {
  console.log(`\n${title}\n`);
  console.log(`| | ${builds.map((b) => b.name).join(' | ')} |`);
  console.log(`|---|${builds.map(() => '---|').join('')}`);
  for (const [label, cells] of rows) console.log(`| ${label} | ${cells.join(' | ')} |`);
}

async function partLoad(browser, builds, out) {
  const rows = [];
  for (const [name, hash, lang] of [['home', '#/'], ['better-off', '#/better-off'], ['home in Welsh', '#/', 'cy']]) {
    const runs = await alternate(builds, RUNS, (b) => load(browser, b, hash, lang));
    runs.forEach((rs, i) => {
      out.builds[i][name] = {
        firstRender: stats(rs.map((r) => r.firstRender)),
        interactive: stats(rs.map((r) => r.interactive)),
        fcp: stats(rs.map((r) => r.fcp)),
        bytes: stats(rs.map((r) => r.bytes)),
        byFile: rs[0].byFile,
        encodings: rs[0].encodings,
        heading: rs[0].heading,
      };
    });
    const o = (i) => out.builds[i][name];
    rows.push([`${name} (${hash}): first paint (static loading page)`, builds.map((_, i) => fmt(o(i).fcp))]);
    rows.push([`${name}: first render (app's h1)`, builds.map((_, i) => fmt(o(i).firstRender))]);
    rows.push([`${name}: interactive`, builds.map((_, i) => fmt(o(i).interactive))]);
    rows.push([`${name}: bytes transferred`, builds.map((_, i) => `${o(i).bytes.median}`)]);
    if (builds.length === 1) {
      console.log(`\n${name}: heading "${o(0).heading}", content-encoding ${o(0).encodings.join(',') || 'none'}`);
      for (const [url, b] of Object.entries(o(0).byFile)) console.log(`  ${String(b).padStart(8)}  ${url.replace(builds[0].server.url, '')}`);
    }
  }
  table(`Loading at ${RATE}x CPU, no network emulation, median (fastest–slowest) of ${RUNS} fresh contexts each`, builds, rows);
}

async function partSlowPhone(browser, builds, out) {
  const rows = [];
  for (const [name, path] of [['app', '#/better-off'], ['embed', 'embed-demo.html']]) {
    const runs = await alternate(builds, RUNS, (b) => slowPhone(browser, b, path));
    runs.forEach((rs, i) => {
      out.builds[i][`slow-phone ${name}`] = {
        first: stats(rs.map((r) => r.first)),
        repeat: stats(rs.map((r) => r.repeat)),
        firstBytes: stats(rs.map((r) => r.firstBytes)),
        repeatBytes: stats(rs.map((r) => r.repeatBytes)),
        controlled: rs.map((r) => r.controlled),
        each: rs,
      };
    });
    const o = (i) => out.builds[i][`slow-phone ${name}`];
    const sw = (i) => `${o(i).controlled.filter(Boolean).length} of ${o(i).controlled.length}`;
    rows.push([`${name} (${path}): first visit`, builds.map((_, i) => fmt(o(i).first))]);
    rows.push([`${name}: repeat visit`, builds.map((_, i) => fmt(o(i).repeat))]);
    rows.push([`${name}: repeat served by the service worker`, builds.map((_, i) => sw(i))]);
    rows.push([`${name}: bytes transferred, first / repeat`, builds.map((_, i) => `${o(i).firstBytes.median} / ${o(i).repeatBytes.median}`)]);
  }
  table(`Slow phone (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU ${RATE}x slower): navigation start -> first question, median (fastest–slowest) of ${RUNS} runs each`, builds, rows);
}

const ANSWER_PACE = Number(opt('answer-pace', '2000'));

/** A slow phone's first visit to `path`: the questions at a person's pace, then the answer. */
async function slowAnswer(browser, build, path) {
  const { context, page } = await newPage(browser, VIEWPORTS.phone, { network: SLOW_NETWORK, noCache: false });
  try {
    await page.goto(build.server.url + path, { waitUntil: 'commit' });
    const { frame } = await untilQuestion(page);
    await answerGuidedToTheLast(frame, { pause: ANSWER_PACE });
    const t0 = Date.now();
    await frame.click('form.guided button[type=submit]');
    await frame.waitForSelector('.headline__text', { timeout: 120000 });
    return { ms: Date.now() - t0 };
  } finally {
    await context.close();
  }
}

async function partSlowAnswer(browser, builds, out) {
  const rows = [];
  for (const [name, path] of [['app', '#/better-off'], ['embed', 'embed-demo.html']]) {
    const runs = await alternate(builds, RUNS, (b) => slowAnswer(browser, b, path));
    runs.forEach((rs, i) => {
      out.builds[i][`slow-answer ${name}`] = stats(rs.map((r) => r.ms));
    });
    rows.push([`${name} (${path}): "Show my answer" -> headline`, builds.map((_, i) => fmt(out.builds[i][`slow-answer ${name}`]))]);
  }
  table(`Slow phone, first visit, one question every ${ANSWER_PACE} ms: the last press -> the answer, median (fastest–slowest) of ${RUNS} runs each`, builds, rows);
}

async function partEdits(browser, builds, out) {
  const perPage = Math.ceil(EDITS / EDIT_PAGES);
  const pages = await alternate(builds, EDIT_PAGES, (b) => interaction(browser, b, perPage));
  const rows = [];
  pages.forEach((ps, i) => {
    const results = ps.flatMap((p) => p.results);
    const cpu = !PROFILE;
    out.builds[i].edits = {
      dom: stats(results.map((r) => r.dom)),
      frame: stats(results.map((r) => r.frame)),
      cpuDom: cpu ? stats(results.map((r) => r.cpuDom)) : null,
      cpuFrame: cpu ? stats(results.map((r) => r.cpuFrame)) : null,
      work: cpu ? stats(results.map((r) => r.work)) : null,
      each: results,
      profile: ps[0].profile,
      headline: ps.at(-1).headline,
    };
  });
  const o = (i) => out.builds[i].edits;
  rows.push(['input -> headline and chart updated in the DOM', builds.map((_, i) => fmtTail(o(i).dom))]);
  rows.push(['input -> next frame', builds.map((_, i) => fmtTail(o(i).frame))]);
  if (!PROFILE) {
    rows.push(['main-thread CPU, input -> DOM', builds.map((_, i) => fmtTail(o(i).cpuDom))]);
    rows.push(['main-thread CPU, input -> next frame', builds.map((_, i) => fmtTail(o(i).cpuFrame))]);
    rows.push(['main-thread work (thread time in its tasks), input -> next frame', builds.map((_, i) => fmtTail(o(i).work))]);
  }
  table(`Hours edits on the coaches' form at ${RATE}x CPU, ${EDIT_GAP} ms apart, median / 95th percentile / slowest of ${perPage * EDIT_PAGES} edits each (${EDIT_PAGES} pages of ${perPage}; last headline "${o(0).headline}")`, builds, rows);
  for (const [i, b] of builds.entries()) {
    const p = o(i).profile;
    if (!p) continue;
    console.log(`\n${b.name}: CPU profile of the edits (ms, at the throttled rate):`);
    for (const [k, v] of Object.entries(p.buckets)) console.log(`    ${k.padEnd(40)} ${v.toFixed(1)}`);
    console.log('  top WebAssembly functions (self ms):', JSON.stringify(p.topWasm));
    console.log('  top JavaScript functions (self ms):', JSON.stringify(p.topJs));
    console.log('  the app\'s own functions, inclusive ms over all edits:');
    for (const [k, v] of p.inclusive) console.log(`    ${String(v).padStart(7)}  ${k.slice(0, 150)}`);
  }
}

const builds = [];
for (const [i, dist] of DISTS.entries()) {
  const files = await precompress(dist);
  const name = DISTS.length > 1 ? `${'AB'[i]}: ${dist}` : dist;
  builds.push({ name, dist, files, server: await serve(files) });
}
const browser = await launch();
const out = { rate: RATE, runs: RUNS, chromium: browser.version(), loadBefore: loadavg(), builds: builds.map((b) => ({ dist: b.dist })) };
try {
  console.log(`Chromium ${out.chromium}; CPU ${RATE}x slower; ${new Date().toISOString()}; ${(await import('node:os')).cpus().length} cores, load average ${out.loadBefore}`);
  const size = (b, test) => [...b.files].filter(([path]) => test(path)).reduce((a, [, f]) => a + f.br.length, 0);
  table('Size (brotli -q 11, bytes)', builds, [
    ['all of dist/', builds.map((b) => `${size(b, () => true)} (${b.files.size} files)`)],
    ['WebAssembly (*.wasm)', builds.map((b) => `${size(b, (p) => p.endsWith('.wasm'))}`)],
    ['JavaScript (*.js)', builds.map((b) => `${size(b, (p) => p.endsWith('.js'))}`)],
  ]);
  for (const [i, b] of builds.entries()) out.builds[i].size = Object.fromEntries([...b.files].map(([p, f]) => [p, { raw: f.raw.length, br: f.br.length }]));
  if (PARTS.includes('load')) await partLoad(browser, builds, out);
  if (PARTS.includes('slow-phone')) await partSlowPhone(browser, builds, out);
  if (PARTS.includes('slow-answer')) await partSlowAnswer(browser, builds, out);
  if (PARTS.includes('edits')) await partEdits(browser, builds, out);
  out.loadAfter = loadavg();
  console.log(`\nload average at the start ${out.loadBefore}, at the end ${out.loadAfter}`);
  if (JSON_OUT) await writeFile(JSON_OUT, JSON.stringify(out, null, 1));
} finally {
  await browser.close();
  for (const b of builds) await b.server.close();
}
