// Shared set-up for the end-to-end tests: a static server for dist/ mounted under a
// sub-path (as an agency would host it), Debian's Chromium through playwright-core,
// and page checks every route must pass.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
// DIST may point elsewhere, so two builds can be tested side by side.
export const DIST = process.env.DIST ?? join(here, '..', '..', 'dist');
export const SUB_PATH = '/agency/tools/';
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves dist/ at SUB_PATH on 127.0.0.1 (a free port). Resolves to { origin, url, requests,
 * close }; `requests` lists every path asked for. `alter(file, body)`, if given, may change
 * a file as it is sent (the offline tests use it to publish a "new version").
 */
export async function serveDist({ alter } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    const rel = normalize(path.slice(SUB_PATH.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const file = await readFile(join(DIST, rel));
      const body = alter ? alter(rel, file) : file;
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Closing also drops open connections, so a closed server is really gone (the offline
  // tests rely on that).
  const close = () => new Promise((ok) => { server.close(() => ok()); server.closeAllConnections(); });
  return { origin, url: origin + SUB_PATH, requests, close };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const VIEWPORTS = {
  phone: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  tablet: { viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true },
};

/**
 * Opens a page that records console errors, page errors and every request that
 * leaves the app's own origin (those are refused, so a stray one cannot succeed).
 * `context.route` also sees the requests the app's service worker makes, and those it
 * passes on to the network (offline.test.mjs checks both).
 */
export async function openPage(browser, origin, device) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.foreignRequests.push(url);
    return route.abort();
  });
  return { context, page, problems };
}

/** Goes to a hash route and waits until the app has rendered its heading. */
export async function gotoRoute(page, url, hash) {
  await page.goto(url + hash);
  await page.waitForSelector('main#main h1');
}

/** axe-core with the WCAG 2.0-2.2 A and AA rules; returns the violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Visible controls smaller than 44 x 44 CSS px. Links inside a sentence are exempt
 * (WCAG 2.5.8 "inline"): their size is set by the line of text they sit in.
 */
export function smallTargets(page) {
  return page.evaluate((selector) => {
    const small = [];
    for (const el of document.querySelectorAll(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const parentText = el.parentElement?.textContent.trim() ?? '';
      const inline = el.tagName === 'A' && parentText !== el.textContent.trim();
      if (inline) continue;
      if (r.width < 44 || r.height < 44) {
        small.push(`${el.outerHTML.slice(0, 80)} is ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return small;
  }, INTERACTIVE);
}

/** Every visible control that Tab never reaches, after tabbing through the page. */
export async function unreachableByKeyboard(page) {
  const all = await page.evaluate((selector) => {
    const list = [...document.querySelectorAll(selector)].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && !el.disabled && el.checkVisibility({ visibilityProperty: true });
    });
    list.forEach((el, i) => el.setAttribute('data-e2e-id', String(i)));
    // A radio group is one tab stop (arrow keys move within it), so it counts as reached
    // when any of its radios is.
    return list.map((el) => ({
      html: el.outerHTML.slice(0, 80),
      group: el.type === 'radio' ? `radio:${el.name}` : null,
    }));
  }, INTERACTIVE);
  const reached = new Set();
  const groups = new Set();
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < all.length * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-e2e-id'));
    if (id !== null && id !== undefined) {
      reached.add(Number(id));
      if (all[Number(id)].group) groups.add(all[Number(id)].group);
    }
  }
  return all.filter((el, i) => !reached.has(i) && !(el.group && groups.has(el.group))).map((el) => el.html);
}

/**
 * How many CSS px the page is wider than the screen it was opened on. Compared with the
 * configured viewport, not `innerWidth`: a phone browser widens its layout viewport to fit
 * content that overflows, which would hide the overflow.
 */
export async function horizontalOverflow(page) {
  const width = page.viewportSize().width;
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return scrollWidth - width;
}

/**
 * One server and one browser for a test file: registers node:test's before/after hooks and
 * returns `withPage(device, fn)`, which opens a page, runs `fn(page, context)`, then checks
 * that nothing went wrong on the way (console errors, page errors, requests elsewhere).
 */
export function browserSuite() {
  const suite = {};
  before(async () => {
    suite.server = await serveDist();
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  suite.withPage = async (device, fn) => {
    const { context, page, problems } = await openPage(suite.browser, suite.server.origin, device);
    try {
      await fn(page, context);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.foreignRequests, []);
    } finally {
      await context.close();
    }
  };
  return suite;
}

/** axe-core with no violations, every target at least 44 px, and no sideways scrolling. */
export async function assertClean(page) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  assert.deepEqual(await smallTargets(page), []);
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
}
