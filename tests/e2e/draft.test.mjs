// The calculator's draft (the household being filled in) is kept on the device as it is
// typed. A quick run of edits writes it once the run pauses, not on every keystroke, so
// these check that nothing typed is lost meanwhile: the last edit of a run is kept when
// the page is reloaded (or closed) and when another page of the app is opened before the
// run has paused. The page's clock is stopped, so the pause never comes by itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, gotoRoute, browserSuite, answerCompact } from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;
const DRAFT = 'work-steps/better-off/draft';

/** The coaches' form filled in, then the hours typed in a quick run with the clock stopped. */
async function typeHoursQuickly(page, hours) {
  await page.clock.install();
  await gotoRoute(page, suite.server.url, '#/better-off');
  await answerCompact(page);
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await page.fill('#offer-0-hours', '');
  await page.locator('#offer-0-hours').pressSequentially(hours);
  await page.waitForFunction(
    (h) => document.querySelector('.headline__text')?.textContent.includes(`working ${h} hours`),
    hours,
  );
  // The run has not paused (the clock is stopped), so its last edit is not written yet.
  const kept = await page.evaluate((key) => localStorage.getItem(key), DRAFT);
  assert.ok(kept, 'the draft from before the run is kept');
  assert.ok(!kept.includes(`"${hours}"`), 'the run is written once it pauses, not on every key');
}

test('the last edit of a quick run is kept when the page is reloaded', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await typeHoursQuickly(page, '27.5');
    await page.reload();
    await page.waitForSelector('#offer-0-hours');
    assert.equal(await page.inputValue('#offer-0-hours'), '27.5');
  });
});

test('the last edit of a quick run is kept when another page of the app is opened', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await typeHoursQuickly(page, '31');
    await page.click('a[href="#/"]');
    await page.waitForFunction(() => !document.querySelector('#offer-0-hours'));
    const kept = await page.evaluate((key) => localStorage.getItem(key), DRAFT);
    assert.ok(kept.includes('"31"'), kept);
  });
});
