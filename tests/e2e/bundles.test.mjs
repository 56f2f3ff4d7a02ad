// The app's five WebAssembly bundles (issue 21): each route's first visit starts the bundle
// that holds its page (the calculator's: its questions alone) and never downloads another;
// moving to a page of the other tool's bundle loads that one, and moving back to a page both
// hold loads nothing; the embedded calculator on an agency's page downloads only its own
// bundles (never the app's calculator or the tools) and only files of the app's own origin;
// and what each visit downloads is within the list scripts/check-size.sh measures against
// its budget. The handover from the questions alone to the whole calculator: questions.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  VIEWPORTS, openPage, gotoRoute, withOpened, assertNoProblems, answerCompact, DIST, SUB_PATH,
} from './harness.mjs';
import { appAndAgency } from './servers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

const START = await readFile(join(root, 'scripts', 'start.template.js'), 'utf8');
/** One of the start-up script's lists of routes (src/app/route.rs tests them). */
const loaderList = (name) => JSON.parse(START.match(new RegExp(`^const ${name} = (\\[.*\\]);$`, 'm'))[1].replaceAll("'", '"'));
/** The routes that start the tools bundle, and the one that starts the embedded calculator. */
const TOOLS = loaderList('TOOLS');
const EMBEDDED = loaderList('EMBEDDED');

/** Every route, with the bundle whose code a first visit must run and its heading. */
const ROUTES = [
  { hash: '#/', bundle: 'questions', h1: 'Tools for finding and learning a job' },
  { hash: '#/better-off', bundle: 'questions', h1: 'Will I be better off in work?' },
  { hash: '#/privacy', bundle: 'questions', h1: 'Your privacy' },
  { hash: '#/no-such-page', bundle: 'questions', h1: 'Page not found' },
  { hash: '#/embed/better-off', bundle: 'embedded_questions', h1: 'Will I be better off in work?' },
  { hash: '#/tasks', bundle: 'tools', h1: 'Job steps' },
  { hash: '#/tracker', bundle: 'tools', h1: 'Learning tracker' },
  { hash: '#/your-data', bundle: 'tools', h1: 'Your data' },
];

/** The files check-size.sh counts for a visit. */
function visitFiles(visit) {
  return execFileSync('bash', [join(root, 'scripts', 'check-size.sh'), '--files', visit, DIST], { encoding: 'utf8' })
    .split('\n').filter(Boolean);
}

const bundleOf = (file) => file.match(/^(calculator|questions|tools|embedded|embedded_questions)-[0-9a-f]+(?:_bg\.wasm|\.js)$/)?.[1] ?? null;
/** check-size.sh's name for the first visit that starts `bundle` in the app's own page. */
const VISIT = { questions: 'visit-calculator', tools: 'visit-tools' };

const suite = appAndAgency();

/** Opens a page that records the app's files its frames ask for (not its service worker's). */
async function openRecording() {
  const opened = await openPage(suite.browser, suite.app.origin, VIEWPORTS.tablet);
  const fetched = [];
  opened.context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.serviceWorker() || url.origin !== suite.app.origin || !url.pathname.startsWith(SUB_PATH)) return;
    fetched.push(url.pathname.slice(SUB_PATH.length) || 'index.html');
  });
  return { ...opened, fetched };
}

test('the start-up script\'s lists of tools and embed routes are the ones this test expects', () => {
  assert.deepEqual(TOOLS, ROUTES.filter((r) => r.bundle === 'tools').map((r) => r.hash.slice(1)));
  assert.deepEqual(EMBEDDED, ROUTES.filter((r) => r.bundle === 'embedded_questions').map((r) => r.hash.slice(1)));
});

for (const route of ROUTES) {
  test(`${route.hash} starts the ${route.bundle} bundle and downloads nothing of another`, async () => {
    const { context, page, problems, fetched } = await openRecording();
    await withOpened({ context, page, problems }, async () => {
      await gotoRoute(page, suite.app.url, route.hash);
      assert.equal(await page.textContent('main h1'), route.h1);
      await page.waitForLoadState('networkidle');
      const bundles = [...new Set(fetched.map(bundleOf).filter(Boolean))];
      assert.deepEqual(bundles, [route.bundle], `fetched: ${fetched.join(', ')}`);
      assert.ok(fetched.some((f) => bundleOf(f) === route.bundle && f.endsWith('_bg.wasm')), 'its .wasm');
      // Within what check-size.sh counts for this visit (a page with the app's frame).
      if (route.hash !== '#/embed/better-off') {
        const listed = visitFiles(VISIT[route.bundle]);
        const unlisted = [...new Set(fetched)].filter((f) => !listed.includes(f));
        assert.deepEqual(unlisted, [], `fetched but not counted by check-size.sh (${listed.join(', ')})`);
      }
      assertNoProblems(problems);
    });
  });
}

test('moving to a page of the other bundle loads it; back to a page both hold loads nothing more', async () => {
  const { context, page, problems, fetched } = await openRecording();
  await withOpened({ context, page, problems }, async () => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await answerCompact(page);
    // The navigation's link, as a person would: the page reloads into the tools bundle.
    await page.click('nav a[href="#/tasks"]');
    await page.waitForFunction(() => document.querySelector('main#main h1')?.textContent === 'Job steps');
    assert.ok(page.url().endsWith('#/tasks'));
    assert.ok(fetched.some((f) => bundleOf(f) === 'tools' && f.endsWith('_bg.wasm')), 'the tools bundle came');
    // What was typed in the calculator is still there when it is opened again.
    const before = fetched.length;
    await page.click('nav a[href="#/"]');
    await page.waitForFunction(() => document.querySelector('main#main h1')?.textContent.startsWith('Tools'));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched.slice(before).filter(bundleOf), [], 'home is in the tools bundle too');
    await page.click('nav a[href="#/better-off"]');
    await page.waitForSelector('.headline__text');
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'You would be £92 a week better off working 16 hours.',
    );
    // Back and forward through the history work across the two bundles.
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main#main h1')?.textContent.startsWith('Tools'));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main#main h1')?.textContent === 'Job steps');
    assertNoProblems(problems);
  });
});

test('the calculator embedded on an agency\'s page downloads its own bundles, never the app\'s calculator or the tools, and only from the app\'s origin', async () => {
  const opened = await openPage(suite.browser, suite.app.origin, VIEWPORTS.phone);
  const fetched = [];
  const frameElsewhere = [];
  // The agency's page is on another origin, so its requests are let through too.
  await opened.context.unroute('**/*');
  opened.context.on('request', (request) => {
    const url = new URL(request.url());
    let fromFrame = false;
    try { fromFrame = request.frame().url().startsWith(suite.app.origin + '/'); } catch { /* no frame */ }
    // Everything the embedded calculator asks for is the app's own (data: logos aside).
    if (fromFrame && url.protocol !== 'data:' && url.origin !== suite.app.origin) frameElsewhere.push(url.href);
    // The demo page's logo is the made-up agency's, served from the app's folder for the demo
    // only: an agency's page shows its own.
    if (url.pathname.endsWith('/embed-demo-logo.svg')) return;
    if (url.origin === suite.app.origin && url.pathname.startsWith(SUB_PATH)) fetched.push(url.pathname.slice(SUB_PATH.length) || 'index.html');
    else if (url.origin !== suite.agency.origin) opened.problems.foreignRequests.push(url.href);
  });
  await withOpened(opened, async (page, context, problems) => {
    await page.goto(suite.agency.origin + '/embed-demo.html');
    const frame = await (await page.waitForSelector('[data-work-steps] iframe')).contentFrame();
    await frame.waitForSelector('main:not(.loading) h1');
    // Used as a person would: the coaches' form (the whole embedded calculator) and an answer.
    await answerCompact(frame);
    await page.waitForLoadState('networkidle');
    const bundles = fetched.filter(bundleOf);
    assert.deepEqual([...new Set(bundles.map(bundleOf))], ['embedded_questions', 'embedded'], fetched.join(', '));
    assert.deepEqual(bundles.filter((f) => /^(calculator|questions|tools)-/.test(f)), [], 'neither the app\'s calculator nor the tools');
    assert.ok(bundles.some((f) => f.endsWith('_bg.wasm')) && bundles.some((f) => f.endsWith('.js')), 'its .wasm and .js');
    assert.deepEqual(frameElsewhere, [], 'the frame asked only the app\'s origin');
    const listed = visitFiles('embed-answer');
    assert.deepEqual([...new Set(fetched)].filter((f) => !listed.includes(f)), [], 'all counted by check-size.sh');
    assert.ok(listed.every((f) => fetched.includes(f)), `check-size.sh counts only what comes: ${listed.join(', ')}`);
    assertNoProblems(problems);
  });
});

test('the embed opened on its own, sent to another route, reloads into the bundle that holds it', async () => {
  const { context, page, problems, fetched } = await openRecording();
  await withOpened({ context, page, problems }, async () => {
    await gotoRoute(page, suite.app.url, '#/embed/better-off');
    await page.waitForSelector('.embed main h1');
    assert.equal(await page.locator('nav').count(), 0, 'no app navigation in the embed');
    await answerCompact(page);
    await page.evaluate(() => { location.hash = '#/better-off'; });
    await page.waitForSelector('nav a[href="#/tasks"]');
    await page.waitForSelector('.headline__text');
    // The draft typed in the embed is the device's: the calculator opens it.
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'You would be £92 a week better off working 16 hours.',
    );
    assert.deepEqual([...new Set(fetched.map(bundleOf).filter(Boolean))], ['embedded_questions', 'embedded', 'calculator']);
    assertNoProblems(problems);
  });
});
