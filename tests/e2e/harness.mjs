// Shared set-up for the end-to-end tests: a static server for dist/ mounted under a
// sub-path (as an agency would host it), Debian's Chromium through playwright-core,
// and page checks every route must pass.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { contentType } from '../../scripts/content-types.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
// DIST may point elsewhere, so two builds can be tested side by side.
export const DIST = process.env.DIST ?? join(here, '..', '..', 'dist');
export const SUB_PATH = '/agency/tools/';
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');


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
      res.writeHead(200, { 'content-type': contentType(rel) });
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

/**
 * The oracle's hand-checked single social renter on the coaches' form: 30, North West,
 * £500 a month, 16 hours. `page` may be a frame (the embedded calculator); `age` and `rent`
 * change the household's age and monthly rent.
 */
export async function fillCompact(page, { age = '30', rent = '500' } = {}) {
  await page.click('text=All on one page (for coaches)');
  await page.selectOption('#region', 'NORTH_WEST');
  await page.fill('#adult-0-age', age);
  await page.check('#tenure-social_rent');
  await page.fill('#rent', rent);
  await page.fill('#offer-0-hours', '16');
  await page.check('#offer-0-pension-no');
}

/** fillCompact, then waits for the answer's headline. */
export async function answerCompact(page) {
  await fillCompact(page);
  await page.waitForSelector('.headline__text');
}

/**
 * The guided questions (already open) for a single person (30, North West, 16 hours) who owns
 * their home, up to the last: "Show my answer" is left to the caller. `page` may be a frame;
 * `pause` ms after each Continue (a person's pace, for scripts/measure-load.mjs).
 */
export async function answerGuidedToTheLast(page, { pause = 0 } = {}) {
  const next = async () => {
    await page.locator('form.guided button[type=submit]').click();
    if (pause) await page.waitForTimeout(pause);
  };
  await next();
  await page.selectOption('#region', 'NORTH_WEST');
  await next();
  await next();
  await page.fill('#adult-0-age', '30');
  await next();
  await next();
  await page.check('#tenure-owner');
  await next();
  await next();
  await page.fill('#offer-0-hours', '16');
  await page.check('#offer-0-pension-no');
}

/** On Job steps (already open): adds a person and waits until they are in the list. */
export async function addPerson(page, label) {
  await page.fill('#person-label', label);
  await page.click('form:has(#person-label) button[type=submit]');
  await page.waitForSelector(`.pick:has-text("${label}")`);
}

/** On Job steps (already open): adds `person` and gives them the ready-made `template` task. */
export async function addTemplateTask(page, person, template = 'fold-towels') {
  await addPerson(page, person);
  await page.selectOption('#template', template);
  await page.click('button:has-text("Use this task")');
  await page.waitForSelector('.steps li');
}

/** Opens the tracker on `person`'s "Fold and stack towels" task. */
export async function openTowelsInTracker(page, url, person) {
  await gotoRoute(page, url, '#/tracker');
  await page.click(`.pick:has-text("${person}")`);
  await page.click('.pick:has-text("Fold and stack towels")');
  await page.waitForSelector('#tracker-task-heading');
}

/** On the tracker's task: records a whole session, every step scored `level`, and finishes it. */
export async function recordSession(page, level) {
  await page.click('button:has-text("Start session")');
  await page.waitForSelector('.record__now');
  while (await page.locator('.record__levels button').first().isEnabled()) {
    await page.getByRole('button', { name: level, exact: true }).click();
  }
  await page.click('button:has-text("Finish session")');
  await page.waitForSelector('.progress-sessions');
}

/** On "Your data": asks for the lock with `words`, typed again as `again`. */
/** The coach's tablet as version 1 of the app kept it (tests/fixtures/storage), key → text. */
export async function coachTabletV1() {
  const file = join(here, '..', 'fixtures', 'storage', 'v1-coach-tablet.json');
  return JSON.parse(await readFile(file, 'utf8'));
}

/** Every value the app keeps on the device, key → text, in key order. */
export function keptValues(page) {
  return page.evaluate(() => Object.fromEntries(
    Object.keys(localStorage).filter((k) => k.startsWith('work-steps/')).sort()
      .map((k) => [k, localStorage.getItem(k)]),
  ));
}

/** Replaces the browser's storage with `values` (key → text), then loads the app at
 *  `url` afresh on `hash`. */
export async function seedStorage(page, url, values, hash) {
  await gotoRoute(page, url, '#/privacy');
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, text] of Object.entries(v)) localStorage.setItem(k, text);
  }, values);
  await page.goto('about:blank');
  await gotoRoute(page, url, hash);
}

export async function askForLock(page, words, again = words) {
  await page.fill('#lock-passphrase', words);
  await page.fill('#lock-again', again);
  await page.click('button:has-text("Turn the lock on")');
}

/** On the locked screen: types `words` and presses Unlock. */
export async function unlockWith(page, words) {
  await page.fill('#unlock-passphrase', words);
  await page.click('button:has-text("Unlock")');
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
  suite.withPage = async (device, fn) => checkedRun(
    await openPage(suite.browser, suite.server.origin, device), fn,
  );
  return suite;
}

/** Nothing went wrong on a page from openPage: no console error, page error or request elsewhere. */
export function assertNoProblems(problems) {
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
}

/**
 * Runs `fn(page, context, problems)` on a page opened by openPage or openSized, checks that
 * nothing went wrong on the way (assertNoProblems), and closes the page's context even when
 * `fn` fails.
 */
export async function checkedRun(opened, fn) {
  await withOpened(opened, async (page, context, problems) => {
    await fn(page, context, problems);
    assertNoProblems(problems);
  });
}

/**
 * Runs `fn(page, context, problems)` on an opened `{ context, page, problems }` (from openPage,
 * openSized or a test file's own opener) and closes the page's context even when `fn` fails.
 */
export async function withOpened({ context, page, problems }, fn) {
  try {
    await fn(page, context, problems);
  } finally {
    await context.close();
  }
}

/** axe-core with no violations, every target at least 44 px, and no sideways scrolling. */
export async function assertClean(page) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  assert.deepEqual(await smallTargets(page), []);
  const overflow = await horizontalOverflow(page);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
}

// ---------------------------------------------------------------------------------------
// Accessibility proof (issue 9): focus you can see, reflow and zoom, reduced motion,
// headings, names and error messages. Each returns a list of problems (empty = pass), so
// a failing test says what is wrong and where.

/** A short description of an element for a failure message. */
const DESCRIBE = `(el) => {
  if (!el) return 'nothing';
  const id = el.id ? '#' + el.id : '';
  const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
  const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
  return el.tagName.toLowerCase() + id + cls + (text ? ' "' + text + '"' : '');
}`;

/**
 * Runs `fn(describe)` in the page, with `describe(el)` available. Sent as one expression
 * through the DevTools protocol (not `eval` inside the page), so a Content-Security-Policy
 * without 'unsafe-eval' cannot break the checks.
 */
function inPage(page, fn) {
  return page.evaluate(`(() => { const describe = ${DESCRIBE}; return (${fn.toString()})(describe); })()`);
}

/**
 * Where focus is and whether a person can see it. The focused element's computed outline,
 * box-shadow, background, colour, border and underline are compared with those of an
 * unfocused copy of it placed beside it for one moment (same parent, same classes, so the
 * same style rules apply except :focus / :focus-visible). Focus counts as visible when
 * something differs and it is an outline or box-shadow at least 2 px wide, or a change of
 * background colour; and the element must be on the screen, not hidden or scrolled away.
 * The page's `main` (focused after a route change, GOV.UK style, not a control) is reported
 * as `main` with `visible: null`: it is not an interactive control and has no indicator.
 */
export function focusState(page) {
  return inPage(page, (d) => {
    const el = document.activeElement;
    if (!el || el === document.body) return { where: 'body', id: null, visible: false, why: 'nothing has focus' };
    const base = { where: d(el), id: el.id || null, tag: el.tagName.toLowerCase(), text: el.textContent.trim() };
    if (el.tagName === 'MAIN') return { ...base, visible: null, why: 'main' };
    const PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color',
      'color', 'border-top-color', 'border-bottom-color', 'text-decoration-line'];
    const read = (node) => { const s = getComputedStyle(node); return Object.fromEntries(PROPS.map((p) => [p, s.getPropertyValue(p)])); };
    const focused = read(el);
    const copy = el.cloneNode(true);
    copy.removeAttribute('id');
    // Without a name, a copied radio is in no group, so inserting it cannot uncheck the real one.
    copy.removeAttribute('name');
    copy.setAttribute('aria-hidden', 'true');
    el.after(copy);
    const plain = read(copy);
    copy.remove();
    const changed = PROPS.filter((p) => focused[p] !== plain[p]);
    const px = (v) => parseFloat(v) || 0;
    const outline = focused['outline-style'] !== 'none' && px(focused['outline-width']) >= 2 && changed.includes('outline-style');
    const shadow = focused['box-shadow'] !== 'none' && changed.includes('box-shadow')
      && /(\d+(\.\d+)?)px\s*$/.test(focused['box-shadow'].split(/,(?![^(]*\))/)[0].trim());
    const background = changed.includes('background-color');
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const shown = el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const visible = (outline || shadow || background) && onScreen && shown;
    return {
      ...base, visible,
      why: visible ? changed.join(',') : `indicator:${outline || shadow || background} onScreen:${onScreen} shown:${shown} changed:${changed.join(',')}`,
    };
  });
}

/** Every element on the page that is wider than its box with the rest cut off. */
function clippedAndOffscreen(page) {
  return inPage(page, (d) => {
    const problems = [];
    const vw = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      // The visually-hidden pattern (1 px, clipped) is meant for screen readers only.
      if (el.closest('.visually-hidden, .skip-link:not(:focus), svg, option, select')) continue;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Data tables may scroll sideways inside their own box: WCAG 1.4.10 exempts content
      // that needs two dimensions for its meaning. Anything else that overflows is cut off.
      const clipsX = ['hidden', 'clip'].includes(s.overflowX) || (['auto', 'scroll'].includes(s.overflowX) && !el.querySelector('table'));
      if (clipsX && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${d(el)} cuts off ${el.scrollWidth - el.clientWidth}px of its content`);
      }
      // Words wider than the control they are in spill over its border, where they are
      // hard to read and can sit on top of the next control.
      if (el.matches('button, summary, label, a.button, .pick') && s.overflowX === 'visible'
        && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${d(el)} has words ${el.scrollWidth - el.clientWidth}px wider than its box`);
      }
      const clipsY = ['hidden', 'clip'].includes(s.overflowY);
      if (clipsY && el.scrollHeight > el.clientHeight + 1 && el.textContent.trim()) {
        problems.push(`${d(el)} cuts off ${el.scrollHeight - el.clientHeight}px of text below`);
      }
      if ((r.right > vw + 1 || r.left < -1) && !el.closest('table, [style*="overflow"]')) {
        const inScroller = (() => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) { if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true; } return false; })();
        if (!inScroller) problems.push(`${d(el)} runs off the screen (${Math.round(r.left)} to ${Math.round(r.right)} of ${vw}px)`);
      }
    }
    return problems;
  });
}

/**
 * Reflow problems at the page's current size: sideways scrolling of the whole page, and
 * text cut off or pushed off the screen. Empty when the page reflows.
 */
export async function reflowProblems(page) {
  const problems = [];
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) problems.push(`the page is ${overflow}px wider than the screen, so it scrolls sideways`);
  problems.push(...(await clippedAndOffscreen(page)));
  return [...new Set(problems)];
}

/**
 * The sizes the reflow tests use, and why each is honest:
 * - `reflow320`: WCAG 1.4.10 asks for no sideways scrolling at 320 CSS px wide (1280 px at
 *   400% zoom). Playwright sets the CSS viewport itself, so this is exactly that width.
 * - `zoom200`: browser zoom (Ctrl +) in Chromium scales CSS px against device px, so a
 *   1280 x 800 window at 200% lays out as a 640 x 400 CSS px viewport, with media queries
 *   seeing 640 px. A 640 x 400 viewport with deviceScaleFactor 2 is the same layout and the
 *   same pixels; that is what is used here, not a CSS `zoom` property, which changes
 *   layout differently from what a person gets.
 * - `text200`: text-only zoom (WCAG 1.4.4): the browser's default font size set to 32 px
 *   (twice 16 px) through Chromium's own setting (CDP Page.setFontSizes), which is what a
 *   person changes in the browser's settings. Only text sized in rem/em grows.
 */
export const REFLOW_SIZES = {
  reflow320: { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  zoom200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  text200: { viewport: { width: 1280, height: 800 }, textSize: 32 },
};

/** Opens a page at one of REFLOW_SIZES (applying the text size if it has one). */
export async function openSized(browser, origin, size) {
  const { textSize, ...device } = size;
  const opened = await openPage(browser, origin, device);
  if (textSize) {
    const cdp = await opened.context.newCDPSession(opened.page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: textSize, fixed: textSize } });
  }
  return opened;
}

/**
 * With `prefers-reduced-motion: reduce`, nothing on the page animates or transitions, and
 * scrolling is not smooth. A probe with its own transition and animation is added too, so
 * the check also proves that motion added later would be switched off.
 */
export async function motionProblems(page) {
  return inPage(page, (d) => {
    const style = document.createElement('style');
    style.textContent = '@keyframes e2e-spin { to { transform: rotate(1turn); } } .e2e-motion { transition: opacity 2s; animation: e2e-spin 2s infinite; }';
    document.head.append(style);
    const probe = document.createElement('div');
    probe.className = 'e2e-motion';
    document.body.append(probe);
    const problems = [];
    const secs = (v) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
    for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
      const s = getComputedStyle(el);
      if (s.animationName !== 'none' && secs(s.animationDuration) > 0.01) problems.push(`${d(el)} animates (${s.animationName})`);
      if (secs(s.transitionDuration) > 0.01) problems.push(`${d(el)} has a transition (${s.transitionProperty})`);
      if (s.scrollBehavior === 'smooth') problems.push(`${d(el)} scrolls smoothly`);
    }
    probe.remove();
    style.remove();
    return problems;
  });
}

/** One h1, and no heading level skipped on the way down (h2 then h4 is a skip). */
export function headingProblems(page) {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')]
      .filter((h) => h.checkVisibility() || h.closest('.visually-hidden'))
      .filter((h) => !h.closest('[aria-hidden=true]'))
      .map((h) => ({ level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)), text: h.textContent.trim().slice(0, 50) }));
    const problems = [];
    const ones = headings.filter((h) => h.level === 1);
    if (ones.length !== 1) problems.push(`${ones.length} h1 headings: ${ones.map((h) => h.text).join(' | ')}`);
    if (headings.length && headings[0].level !== 1) problems.push(`the first heading is h${headings[0].level} "${headings[0].text}"`);
    for (let i = 1; i < headings.length; i++) {
      if (headings[i].level > headings[i - 1].level + 1) {
        problems.push(`h${headings[i - 1].level} "${headings[i - 1].text}" is followed by h${headings[i].level} "${headings[i].text}"`);
      }
    }
    return problems;
  });
}

/**
 * Every form control and button whose accessible name, as Chromium's own accessibility
 * tree computes it, is empty.
 */
export async function unnamedControls(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const ROLES = new Set(['button', 'textbox', 'searchbox', 'combobox', 'ListBox', 'listbox', 'checkbox', 'radio',
    'slider', 'spinbutton', 'switch', 'link', 'menuitem', 'tab', 'textField', 'TextField', 'PopUpButton', 'toggleButton']);
  return nodes
    .filter((n) => !n.ignored && ROLES.has(n.role?.value) && !(n.name?.value ?? '').trim())
    .map((n) => `${n.role.value} with no name (backend node ${n.backendDOMNodeId})`);
}

/**
 * Every error message shown on the page (`.field-error`, and anything with an id ending in
 * "-error") must be tied to a field: its id listed in some control's aria-describedby.
 */
export function untiedErrors(page) {
  return inPage(page, (d) => {
    const described = new Set();
    for (const el of document.querySelectorAll('[aria-describedby]')) {
      for (const id of el.getAttribute('aria-describedby').split(/\s+/)) described.add(id);
    }
    return [...document.querySelectorAll('.field-error, [id$="-error"]')]
      .filter((e) => e.checkVisibility())
      .filter((e) => !e.id || !described.has(e.id))
      .map((e) => `${d(e)} is not in any field's aria-describedby`);
  });
}
