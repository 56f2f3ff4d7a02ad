// The privacy promise, proved: visiting every view of the app, in the states a person reaches
// (an answer with its chart and first months, a task with its job aid and checklist, a
// session recorded, a backup saved, the lock on), no request goes to any other origin. Every
// request the browser makes is recorded, not only the ones the page's router sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, VIEWPORTS, gotoRoute, answerCompact, addTemplateTask, askForLock, unlockWith,
} from './harness.mjs';

const suite = browserSuite();

test('no view makes a request to another origin', async () => {
  await suite.withPage(VIEWPORTS.tablet, async (page, context) => {
    const seen = [];
    context.on('request', (r) => seen.push(r.url()));
    const go = (hash) => gotoRoute(page, suite.server.url, hash);

    for (const hash of ['#/', '#/privacy', '#/your-data', '#/no-such-page', '#/embed/better-off']) await go(hash);

    // The calculator: an answer, the chart's table, the first months.
    await go('#/better-off');
    await answerCompact(page);
    await page.click('button:has-text("Show my first months")');
    await page.waitForSelector('#first-months-title');

    // A task from a template, its job aid and printable checklist.
    await go('#/tasks');
    await addTemplateTask(page, 'NN');
    await page.click('button:has-text("Open the job aid")');
    await page.click('button.job-aid__done');
    await page.click('.job-aid__buttons button:has-text("Close")');
    await page.click('button:has-text("Printable checklist")');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.click('button:has-text("Back to the task")');

    // A session in the tracker.
    await go('#/tracker');
    await page.click('.pick:has-text("NN")');
    await page.click('.pick:has-text("Fold and stack towels")');
    await page.click('button:has-text("Start session")');
    await page.getByRole('button', { name: 'I Independent', exact: true }).click();

    // A backup saved, and the lock turned on and used.
    await go('#/your-data');
    await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Save a backup of everything")')]);
    await askForLock(page, 'private words here');
    await page.waitForSelector('.lock-now');
    await page.click('.lock-now');
    await unlockWith(page, 'private words here');
    await page.waitForSelector('main#main h1');

    const origin = suite.server.origin;
    const elsewhere = seen.filter((u) => !(u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:')));
    assert.deepEqual(elsewhere, []);
    assert.ok(seen.length >= 5, `the recorder saw the app's own files (${seen.length} requests)`);
  });
});
