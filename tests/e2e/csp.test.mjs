// Hosting with the README's headers: dist/ served with exactly the headers README.md gives
// (its "Put it on your website" block), every route opened, including the embed route on
// its own, the demo page and the calculator framed by an agency's site on another origin.
// No Content-Security-Policy violation may happen, and the app must still work. A frame
// on a site the policy does not list must be refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, VIEWPORTS, addTemplateTask, withOpened } from './harness.mjs';
import { serveApp, serveAgency } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PLACEHOLDER = 'https://www.your-agency.example';

/** The header block in README.md that follows the marker comment naming this test. */
async function readmeHeaders() {
  const readme = await readFile(join(here, '..', '..', 'README.md'), 'utf8');
  const block = readme.match(/<!-- tests\/e2e\/csp\.test\.mjs [^>]*-->\s*```http\n([\s\S]*?)```/);
  assert.ok(block, 'README.md has the headers block');
  const headers = {};
  for (const line of block[1].split('\n').filter((l) => l.trim())) {
    const at = line.indexOf(': ');
    headers[line.slice(0, at)] = line.slice(at + 2);
  }
  return headers;
}

let app;
let agency;
let stranger;
let browser;
// Filled in once the agency's origin is known; the server reads it at every request.
const headers = {};
before(async () => {
  const readme = await readmeHeaders();
  assert.ok(readme['Content-Security-Policy'].includes(PLACEHOLDER));
  app = await serveApp(headers);
  // An agency with a strict policy of its own: the loader must work under it too.
  agency = await serveAgency(app.url, {
    headers: {
      'Content-Security-Policy': `default-src 'self'; script-src 'self' ${app.origin}; frame-src ${app.origin}; style-src 'self'; img-src 'self'`,
    },
  });
  stranger = await serveAgency(app.url);
  // The one change the README asks for: the agency's site in frame-ancestors.
  Object.assign(headers, readme, {
    'Content-Security-Policy': readme['Content-Security-Policy'].replace(PLACEHOLDER, agency.origin),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await agency?.close();
  await stranger?.close();
});

/** Records every CSP violation, in every frame, from before any script runs. */
const RECORD_VIOLATIONS = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
  });
};

async function openRecorded(device) {
  const context = await browser.newContext(device);
  await context.addInitScript(RECORD_VIOLATIONS);
  const page = await context.newPage();
  const problems = { console: [], pageErrors: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  return { context, page, problems };
}

const violations = async (frame) => frame.evaluate(() => window.__violations);

/** Runs `fn(page, problems)` on a page from openRecorded, then closes it even when `fn` fails. */
async function withRecorded(device, fn) {
  await withOpened(await openRecorded(device), (page, context, problems) => fn(page, problems));
}

/** No violation in any of `frames`, and no console or page error on the page. */
async function assertAllowed(problems, ...frames) {
  for (const frame of frames) assert.deepEqual(await violations(frame), []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.pageErrors, []);
}

/** Opens a demo page and waits until the calculator in its iframe has started. */
async function demoFrame(page, url) {
  await page.goto(url);
  const frame = await (await page.waitForSelector('[data-work-steps] iframe')).contentFrame();
  await frame.waitForSelector('main:not(.loading) h1');
  return frame;
}

test('README headers are what the server sends', async () => {
  const response = await fetch(app.url);
  for (const [name, value] of Object.entries(headers)) {
    assert.equal(response.headers.get(name), value, name);
  }
  const csp = headers['Content-Security-Policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval'[^;]*unsafe-eval|sha256-/, 'nothing inline is allowed');
  assert.match(csp, new RegExp(`frame-ancestors 'self' ${agency.origin}$`));
  const html = await (await fetch(app.url)).text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'index.html has no inline script');
  assert.doesNotMatch(html, /\sstyle=/, 'index.html has no style attribute');
});

const ROUTES = [
  { hash: '#/', h1: 'Tools for finding and learning a job' },
  { hash: '#/better-off', h1: 'Will I be better off in work?' },
  { hash: '#/tasks', h1: 'Job steps' },
  { hash: '#/tracker', h1: 'Learning tracker' },
  { hash: '#/no-such-page', h1: 'Page not found' },
  { hash: '#/your-data', h1: 'Your data' },
  { hash: '#/privacy', h1: 'Your privacy' },
  {
    hash: '#/embed/better-off?' + new URLSearchParams({
      brand: '#00594f', accent: '#f2a900', font: 'Verdana', name: 'Example',
      logo: 'data:image/svg+xml;base64,' + Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>').toString('base64'),
    }),
    h1: 'Will I be better off in work?',
  },
];

for (const route of ROUTES) {
  test(`${route.hash.split('?')[0]} works under the README's policy with no violation`, async () => {
    await withRecorded(VIEWPORTS.tablet, async (page, problems) => {
      await page.goto(app.url + route.hash);
      await page.waitForSelector('main#main h1');
      assert.equal(await page.textContent('main h1'), route.h1, 'the WebAssembly app started');
      if (route.hash.startsWith('#/better-off') || route.hash.startsWith('#/embed')) {
        // The guided flow's progress bar is sized through the CSSOM: allowed, and it works.
        await page.click('button:has-text("Continue")');
        await page.selectOption('#region', 'NORTH_WEST');
        await page.click('button:has-text("Continue")');
        await page.waitForSelector('text=Question 3 of');
        const width = await page.$eval('.progress-bar__done', (el) => el.getBoundingClientRect().width);
        assert.ok(width > 0, 'the progress bar shows progress');
      }
      if (route.hash === '#/tasks') {
        // The job aid's progress bar, and a form or two.
        await addTemplateTask(page, 'AB', 'clean-cafe-table');
        await page.click('button:has-text("Open the job aid")');
        await page.click('button.job-aid__done');
        const width = await page.$eval('.progress-bar__done', (el) => el.getBoundingClientRect().width);
        assert.ok(width > 0, 'the job aid\'s progress bar shows progress');
      }
      if (route.hash.startsWith('#/embed')) {
        assert.equal(await page.$eval('.embed-header__logo', (i) => i.naturalWidth), 8, 'the data: logo loads');
        assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim()), '#00594f');
      }
      await assertAllowed(problems, page);

      // The policy is really in force: an injected inline style and script are refused.
      await page.evaluate(() => {
        document.body.setAttribute('style', 'background: red');
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      });
      await page.waitForFunction(() => window.__violations.length >= 2);
      assert.equal(await page.evaluate(() => window.injected), undefined);
      assert.notEqual(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(255, 0, 0)');
    });
  });
}

test('a language picked under the policy is fetched from the app\'s folder with no violation', async () => {
  await withRecorded(VIEWPORTS.phone, async (page, problems) => {
    await page.goto(app.url + '#/');
    await page.waitForSelector('main#main h1');
    await page.selectOption('#language', 'cy');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    assert.match(await page.textContent('main h1'), /Offer i ddod o hyd i swydd/);
    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy', 'Welsh from the start, under the policy');
    await assertAllowed(problems, page);
  });
});

test('the demo page in the same folder works under the policy', async () => {
  await withRecorded(VIEWPORTS.phone, async (page, problems) => {
    const frame = await demoFrame(page, app.url + 'embed-demo.html');
    await page.waitForFunction(() => document.querySelector('[data-work-steps] iframe').getBoundingClientRect().height !== 640);
    await assertAllowed(problems, page, frame);
  });
});

test('an agency site listed in frame-ancestors, with a strict policy of its own, shows the calculator', async () => {
  await withRecorded(VIEWPORTS.tablet, async (page, problems) => {
    const frame = await demoFrame(page, agency.origin + '/embed-demo.html');
    assert.equal(await frame.textContent('.embed-header__name'), 'Better-off calculator from Example Employment Support');
    // The height still follows, under both policies.
    await page.waitForFunction(() => document.querySelector('[data-work-steps] iframe').getBoundingClientRect().height !== 640);
    await assertAllowed(problems, page, frame);
  });
});

test('a site not listed in frame-ancestors cannot show the app', async () => {
  await withRecorded(VIEWPORTS.tablet, async (page) => {
    await page.goto(stranger.origin + '/embed-demo.html');
    const iframe = await page.waitForSelector('[data-work-steps] iframe');
    const frame = await iframe.contentFrame();
    await frame.waitForLoadState('load');
    await page.waitForTimeout(500);
    assert.ok(!frame.url().startsWith(app.origin), `the frame was refused: ${frame.url()}`);
    assert.equal(await frame.$('main h1').catch(() => null), null);
  });
});
