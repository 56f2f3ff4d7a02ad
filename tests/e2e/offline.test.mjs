// Offline use and installing, at phone and tablet size: after one visit the service worker
// controls the page, and with the network off a reload (and a new tab) still opens the app,
// the calculator still answers and job steps, opened once online, are still made and kept.
// A tool whose bundle was never opened online says so offline rather than show a blank
// page (issue 21: the first visit downloads one of the app's three bundles, not all). The
// embed's address opened once on the app's own site works offline too. A new version is
// offered in a banner, not forced, and saved work is still there after "Use the new
// version". The worker leaves other sites alone, and the harness still records any request
// to one. A language used once online is kept for use offline. Chromium finds the app
// installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  serveDist, launch, openPage, VIEWPORTS, gotoRoute, assertClean, unreachableByKeyboard, fillCompact, assertNoProblems,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the service worker has stored the app and controls the page. */
async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

/** The names of the files the worker has stored (one version's copy). */
async function storedFiles(page) {
  return page.evaluate(async () => {
    const [name] = await caches.keys();
    return (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.split('/').pop());
  });
}

/** Which of the five bundles (issue 21) have their .wasm stored. */
async function storedBundles(page) {
  return (await storedFiles(page)).map((f) => f.match(/^(calculator|questions|tools|embedded|embedded_questions)-[0-9a-f]+_bg\.wasm$/)?.[1]).filter(Boolean).sort();
}

/** A person, a task and a step in Job steps: saved on the device as they are made. */
async function makeTask(page, person, title, step) {
  await page.fill('#person-label', person);
  await page.click('form:has(#person-label) button[type=submit]');
  await page.fill('#new-task-title', title);
  await page.click('button:has-text("Make task")');
  await page.fill('#new-step', step);
  await page.click('button:has-text("Add step")');
  assert.deepEqual(await page.locator('.steps .step__instruction').allTextContents(), [`Step 1: ${step}`]);
}

/** Opens a saved task after a reload and returns its steps. */
async function openTask(page, person, title) {
  await page.click(`.pick:has-text("${person}")`);
  await page.click(`.pick:has-text("${title}")`);
  return page.locator('.steps .step__instruction').allTextContents();
}

for (const [deviceName, device] of Object.entries(VIEWPORTS)) {
  test(`on a ${deviceName}: after one visit the app opens and works with no network`, async () => {
    const server = await serveDist();
    const { context, page, problems } = await openPage(browser, server.origin, device);
    try {
      await gotoRoute(page, server.url, '#/');
      await waitForWorker(page);
      // The first install has nothing to update from, so there is nothing to announce.
      assert.equal(await page.locator('.update-banner').textContent(), '');
      // Welsh used once while online: the worker keeps it (languages are stored when used).
      await page.selectOption('#language', 'cy');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      await page.selectOption('#language', 'en-GB');
      await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
      // Job steps opened once while online: the worker keeps its bundle (the page reloads
      // into it), then home again, which that bundle holds too.
      await gotoRoute(page, server.url, '#/tasks');
      await page.waitForFunction(() => document.querySelector('main#main h1')?.textContent === 'Job steps');
      await gotoRoute(page, server.url, '#/');

      // No network at all: the browser is told it is offline, and the server is gone.
      // (Chromium's offline mode alone still lets the check for a new sw.js through.)
      await context.setOffline(true);
      await server.close();
      await assert.rejects(fetch(server.url), 'the server is really down');
      await page.reload();
      await page.waitForSelector('main#main h1');
      assert.equal(await page.textContent('main h1'), 'Tools for finding and learning a job');
      assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');

      await gotoRoute(page, server.url, '#/better-off');
      await fillCompact(page);
      assert.equal(
        await page.locator('.headline__text').first().textContent(),
        'You would be £92 a week better off working 16 hours.',
      );

      await gotoRoute(page, server.url, '#/tasks');
      await makeTask(page, 'J7', 'Restock the fridge', 'Get the crate of drinks');

      // A new tab, still with no network, opens the app and finds the task.
      const tab = await context.newPage();
      tab.on('pageerror', (e) => problems.pageErrors.push(String(e)));
      tab.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
      await gotoRoute(tab, server.url, '#/tasks');
      assert.deepEqual(await openTask(tab, 'J7', 'Restock the fridge'), ['Step 1: Get the crate of drinks']);
      await assertClean(tab);

      // A language used before works with no network; one never used says it cannot load.
      await page.selectOption('#language', 'cy');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      assert.equal(await page.textContent('main h1'), 'Camau swydd');
      assert.equal((await page.textContent('.skip-link')).trim(), 'Neidio i\'r prif gynnwys');
      await page.selectOption('#language', 'sv');
      await page.waitForSelector('#language-error');
      assert.equal(await page.getAttribute('html', 'lang'), 'cy', 'still in Welsh');
      // That failed fetch is the one console error Chromium logs for it, and expected.
      const failed = problems.consoleErrors.indexOf('Failed to load resource: net::ERR_FAILED');
      assert.ok(failed >= 0, 'the Swedish file was asked for and could not come');
      problems.consoleErrors.splice(failed, 1);

      assertNoProblems(problems);
    } finally {
      await context.close();
      await server.close();
    }
  });

  test(`on a ${deviceName}: a new version is offered, not forced, and saved work stays`, async () => {
    // Version "B" is the same build with a changed sw.js (so the browser sees an update)
    // and a mark in index.html (so the test can tell which version is on screen).
    let published = 'A';
    const server = await serveDist({
      alter: (file, body) => {
        if (published === 'A') return body;
        if (file === 'sw.js') {
          const changed = body.toString().replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-b'");
          assert.notEqual(changed, body.toString(), 'sw.js has a version to change');
          return Buffer.from(changed);
        }
        if (file === 'index.html') {
          return Buffer.from(body.toString().replace('<title>', '<meta name="e2e-version" content="B" />\n    <title>'));
        }
        return body;
      },
    });
    const { context, page, problems } = await openPage(browser, server.origin, device);
    const version = () => page.evaluate(() => document.querySelector('meta[name=e2e-version]')?.content ?? 'A');
    try {
      await gotoRoute(page, server.url, '#/tasks');
      await waitForWorker(page);
      // The page's own bundle is stored when the worker installs, and only that one.
      assert.deepEqual(await storedBundles(page), ['tools']);
      await makeTask(page, 'AB', 'Fold the towels', 'Take a towel from the basket');
      // Welsh used once: the new version must keep a copy of it too.
      await page.selectOption('#language', 'cy');
      await page.waitForFunction(() => document.documentElement.lang === 'cy');
      await page.selectOption('#language', 'en-GB');
      await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
      const stored = await page.evaluate(() => ({ ...localStorage }));
      assert.ok(Object.keys(stored).length > 0, 'the task is saved on the device');

      published = 'B';
      await page.reload();
      await page.waitForSelector('main#main h1');
      const button = page.locator('.update-banner button');
      await button.waitFor({ timeout: 30_000 });
      assert.equal(await page.getAttribute('.update-banner', 'role'), 'status');
      assert.match(
        await page.textContent('.update-banner'),
        /^A new version of Work Steps is ready\. Your saved work stays on this device\./,
      );
      assert.equal(await button.textContent(), 'Use the new version');
      // Offered, not forced: the old version is still the one on screen.
      await page.waitForTimeout(500);
      assert.equal(await version(), 'A');
      assert.ok(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null),
        'the new worker waits for the person to choose',
      );
      await assertClean(page);
      assert.deepEqual(await unreachableByKeyboard(page), []);

      await Promise.all([page.waitForEvent('load'), button.click()]);
      await page.waitForSelector('main#main h1');
      assert.equal(await version(), 'B', 'the new version is on screen');
      assert.equal(await page.locator('.update-banner').textContent(), '');
      assert.deepEqual(await page.evaluate(() => ({ ...localStorage })), stored, 'saved work is untouched');
      assert.deepEqual(await openTask(page, 'AB', 'Fold the towels'), ['Step 1: Take a towel from the basket']);
      // Only the new version's copy is kept.
      const caches = await page.evaluate(() => caches.keys());
      assert.equal(caches.length, 1);
      assert.match(caches[0], /-b$/);
      const languages = await page.evaluate(async (name) => (await (await caches.open(name)).keys())
        .map((r) => new URL(r.url).pathname).filter((p) => p.includes('/locales/')), caches[0]);
      assert.deepEqual(languages.map((p) => p.split('/').pop()), ['cy.ftl'], 'the language in use came with it, and only that');
      assert.deepEqual(await storedBundles(page), ['tools'], 'the bundle in use came with it, and only that');
      assertNoProblems(problems);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('offline, a tool never opened online says it needs the internet once, and the rest still works', async () => {
  const server = await serveDist();
  const { context, page, problems } = await openPage(browser, server.origin, VIEWPORTS.phone);
  try {
    await gotoRoute(page, server.url, '#/better-off');
    await waitForWorker(page);
    assert.deepEqual(await storedBundles(page), ['calculator', 'questions']);
    await context.setOffline(true);
    await server.close();
    // The calculator's bundle was kept; the tools' bundle never came.
    await page.click('nav a[href="#/tracker"]');
    await page.waitForSelector('#bundle-unavailable');
    assert.match(await page.textContent('#bundle-unavailable'), /internet connection/);
    assert.equal(await page.textContent('main h1'), 'Work Steps');
    // Its way back works: home is in the calculator's bundle, which is on the device.
    await page.click('text=Go to the start page');
    await page.waitForFunction(() => document.querySelector('main#main h1')?.textContent.startsWith('Tools'));
    // The tools bundle's files could not come: those console errors, and only those, are expected.
    const unexpected = problems.consoleErrors.filter((m) => !/net::ERR_(FAILED|INTERNET_DISCONNECTED)|Failed to fetch dynamically imported module/.test(m));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('offline, a copy kept without the questions alone starts the whole calculator', async () => {
  const server = await serveDist();
  const { context, page, problems } = await openPage(browser, server.origin, VIEWPORTS.phone);
  try {
    await gotoRoute(page, server.url, '#/better-off');
    await waitForWorker(page);
    // As a copy kept before the questions alone existed: the whole calculator only.
    await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      for (const request of await cache.keys()) {
        if (/\/questions-[0-9a-f]+/.test(request.url)) await cache.delete(request);
      }
    });
    assert.deepEqual(await storedBundles(page), ['calculator']);
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.waitForSelector('form.guided');
    assert.equal(await page.locator('#bundle-unavailable').count(), 0);
    // The questions' files could not come: those console errors, and only those, are expected.
    const unexpected = problems.consoleErrors.filter((m) => !/net::ERR_(FAILED|INTERNET_DISCONNECTED)|Failed to fetch dynamically imported module/.test(m));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the embed\'s address, opened once online on the app\'s own site, works offline with its own bundle', async () => {
  const server = await serveDist();
  const { context, page, problems } = await openPage(browser, server.origin, VIEWPORTS.phone);
  try {
    await gotoRoute(page, server.url, '#/');
    await waitForWorker(page);
    assert.deepEqual(await storedBundles(page), ['calculator', 'questions'], 'the app\'s worker does not store the embed ahead');
    await page.goto(server.url + '#/embed/better-off');
    await page.waitForSelector('.embed main h1');
    // Its questions alone, and the whole embedded calculator they reload into.
    await page.waitForFunction(async () => (await (await caches.open((await caches.keys())[0])).keys())
      .some((r) => /\/embedded-[0-9a-f]+_bg\.wasm$/.test(r.url)));
    assert.deepEqual(await storedBundles(page), ['calculator', 'embedded', 'embedded_questions', 'questions'], 'kept once it was used');
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.waitForSelector('.embed main h1');
    await fillCompact(page);
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'You would be £92 a week better off working 16 hours.',
    );
    assertNoProblems(problems);
  } finally {
    await context.close();
    await server.close();
  }
});

test('the worker leaves other sites alone, and the harness still records any request to one', async () => {
  const server = await serveDist();
  const { context, page, problems } = await openPage(browser, server.origin, VIEWPORTS.tablet);
  try {
    await gotoRoute(page, server.url, '#/');
    await waitForWorker(page);
    // From the page (the worker passes it on) and from inside the worker itself.
    await page.evaluate(() => fetch('http://198.51.100.7/from-page').catch(() => null));
    const [worker] = context.serviceWorkers();
    assert.ok(worker, 'the service worker is running');
    await worker.evaluate(() => fetch('http://198.51.100.7/from-worker').catch(() => null));
    assert.deepEqual(problems.foreignRequests.sort(), [
      'http://198.51.100.7/from-page',
      'http://198.51.100.7/from-worker',
    ]);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('Chromium finds the app installable (and would not without the manifest)', async () => {
  // Chromium never offers to install from an incognito-like context, which is what
  // browser.newContext() makes, so this test uses a real (temporary) profile.
  const installabilityErrors = async (alter) => {
    const server = await serveDist({ alter });
    const profile = await mkdtemp(join(tmpdir(), 'work-steps-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = context.pages()[0] ?? await context.newPage();
      await gotoRoute(page, server.url, '#/');
      await waitForWorker(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors');
      const { errors: manifestErrors } = await cdp.send('Page.getAppManifest');
      return { errors: errors.map((e) => e.errorId), manifestErrors };
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await server.close();
    }
  };
  assert.deepEqual(await installabilityErrors(), { errors: [], manifestErrors: [] });
  const withoutManifest = await installabilityErrors((file, body) => (file === 'index.html'
    ? Buffer.from(body.toString().replace(/<link[^>]*\brel="?manifest"?[^>]*>/, ''))
    : body));
  assert.ok(withoutManifest.errors.length > 0, 'the check can fail');
});
