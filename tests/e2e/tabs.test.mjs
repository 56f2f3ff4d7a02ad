// Nothing lost across tabs (issue 22): two tabs of one tool each add a person and both are
// kept; "Remove everything" in one tab empties the other, which then adds to nothing, not to
// its old copy; "Lock now" in one tab locks the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, VIEWPORTS, gotoRoute, addPerson, addTemplateTask, openTowelsInTracker, recordSession, askForLock, unlockWith,
} from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;

const people = (page) => page.locator('.pick').allTextContents();

/** A second tab of the same browser profile, on `hash`. */
async function secondTab(context, hash) {
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await gotoRoute(tab, suite.server.url, hash);
  return { tab, errors };
}

/** Person AB made in Job steps, and a second tab open on "Your data". */
async function personAndDataTab(page, context) {
  await gotoRoute(page, suite.server.url, '#/tasks');
  await addPerson(page, 'AB');
  return secondTab(context, '#/your-data');
}

test('two tabs of the task builder each add a person, and both people are kept', async () => {
  await withPage(VIEWPORTS.tablet, async (page, context) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    const { tab, errors } = await secondTab(context, '#/tasks');
    await addPerson(page, 'AB');
    // The other tab shows AB without a reload, then adds its own.
    await tab.waitForSelector('.pick:has-text("AB")');
    await addPerson(tab, 'CD');
    await page.waitForSelector('.pick:has-text("CD")');
    await addPerson(page, 'EF');
    for (const p of [page, tab]) {
      await p.reload();
      await p.waitForSelector('.pick:has-text("EF")');
      const shown = (await people(p)).join(' ');
      for (const label of ['AB', 'CD', 'EF']) assert.match(shown, new RegExp(label), `${label} kept: ${shown}`);
    }
    assert.deepEqual(errors, []);
  });
});

test('"Remove everything" in one tab reaches the other, which does not bring the old data back', async () => {
  await withPage(VIEWPORTS.tablet, async (page, context) => {
    const { tab, errors } = await personAndDataTab(page, context);
    await tab.click('button:has-text("Remove everything")');
    await tab.click('button:has-text("Yes, remove everything")');
    await page.waitForSelector('.pick:has-text("AB")', { state: 'detached' });
    await addPerson(page, 'GH');
    await page.reload();
    await page.waitForSelector('.pick:has-text("GH")');
    assert.equal(await page.locator('.pick:has-text("AB")').count(), 0, 'AB is not brought back');
    assert.deepEqual(errors, []);
  });
});

test('"Lock now" in one tab locks every tab', async () => {
  await withPage(VIEWPORTS.tablet, async (page, context) => {
    const { tab, errors } = await personAndDataTab(page, context);
    await askForLock(tab, 'blue kettle morning');
    await tab.waitForFunction(() => /The lock is on/.test(document.querySelector('.status')?.textContent ?? ''));
    // Turning the lock on elsewhere locks this tab too: its data must be unlocked again.
    await page.waitForSelector('#unlock-passphrase');
    await unlockWith(page, 'blue kettle morning');
    await page.waitForSelector('.pick:has-text("AB")');
    // "Lock now" in the other tab reaches this one, and the person is gone from the page.
    await tab.click('.lock-now');
    await tab.waitForSelector('#unlock-passphrase');
    await page.waitForSelector('#unlock-passphrase');
    assert.equal(await page.locator('.pick').count(), 0);
    assert.equal(await page.evaluate(() => document.body.innerText.includes('AB')), false);
    assert.deepEqual(errors, []);
  });
});

test('two tabs of the tracker each record a session, and both sessions are kept', async () => {
  await withPage(VIEWPORTS.tablet, async (page, context) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addTemplateTask(page, 'AB');
    const open = (p) => openTowelsInTracker(p, suite.server.url, 'AB');
    const record = (p) => recordSession(p, 'I Independent');
    await open(page);
    const { tab, errors } = await secondTab(context, '#/');
    await open(tab);
    await record(page);
    await record(tab);
    const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('work-steps/tracker')));
    assert.equal(kept.trackers[0].sessions.length, 2, 'both sessions kept');
    assert.deepEqual(errors, []);
  });
});
