// The app shell, on every route, at phone and tablet size: it renders, with no
// console or page error, no request to another origin, no axe violation, every
// control reachable by keyboard and at least 44 px to touch. Then navigation by
// touch and by keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, VIEWPORTS, openPage, gotoRoute, axeViolations, smallTargets,
  unreachableByKeyboard, horizontalOverflow, checkedRun, withOpened,
} from './harness.mjs';

const ROUTES = [
  { hash: '#/', h1: 'Tools for finding and learning a job', title: /^Home/ },
  { hash: '#/better-off', h1: 'Will I be better off in work?', title: /^Better off in work\?/ },
  { hash: '#/tasks', h1: 'Job steps', title: /^Job steps/ },
  { hash: '#/tracker', h1: 'Learning tracker', title: /^Learning tracker/ },
  { hash: '#/your-data', h1: 'Your data', title: /^Your data/ },
  { hash: '#/privacy', h1: 'Your privacy', title: /^Your privacy/ },
  { hash: '#/no-such-page', h1: 'Page not found', title: /^Page not found/ },
];

const suite = browserSuite();

for (const [deviceName, device] of Object.entries(VIEWPORTS)) {
  for (const route of ROUTES) {
    test(`${route.hash} on a ${deviceName}: renders clean, accessible, touchable, keyboard-reachable`, async () => {
      await checkedRun(await openPage(suite.browser, suite.server.origin, device), async (page) => {
        await gotoRoute(page, suite.server.url, route.hash);
        assert.equal(await page.textContent('main h1'), route.h1);
        assert.match(await page.title(), route.title);
        assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');

        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        assert.deepEqual(await smallTargets(page), []);
        assert.deepEqual(await unreachableByKeyboard(page), []);
        // No horizontal scrolling: the layout reflows to the screen.
        const overflow = await horizontalOverflow(page);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);

      });
    });
  }
}

test('a tool is opened by tapping its card, and the back button returns home', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin, VIEWPORTS.phone), async (page, context, problems) => {
    await gotoRoute(page, suite.server.url, '#/');
    await page.tap('text=Break a job into steps');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Job steps');
    assert.ok(page.url().endsWith('#/tasks'));
    assert.equal(await page.getAttribute('nav a[aria-current=page]', 'href'), '#/tasks');
    // Focus moves to the new page's content, so a screen reader starts reading there.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent.startsWith('Tools'));
    assert.deepEqual(problems.pageErrors, []);
  });
});

test('the navigation works from the keyboard alone, starting with the skip link', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin, VIEWPORTS.tablet), async (page, context, problems) => {
    await gotoRoute(page, suite.server.url, '#/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    const skipBox = await page.locator('.skip-link').boundingBox();
    assert.ok(skipBox && skipBox.y >= 0, 'the skip link is visible when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.ok(page.url().endsWith('#/'), 'the skip link does not change the route');

    // Tab to "Learning tracker" in the navigation and press Enter.
    await page.evaluate(() => document.activeElement?.blur());
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (text === 'Learning tracker') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Learning tracker');
    assert.deepEqual(problems.pageErrors, []);
  });
});
