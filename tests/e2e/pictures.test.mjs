// Pictures no step uses are removed by the tools bundle when it opens the data, and only by
// it: the calculator carries no reader of the tasks (issue 21), so it leaves every picture
// as it is, and nothing else it keeps changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, VIEWPORTS, gotoRoute, coachTabletV1, keptValues, seedStorage } from './harness.mjs';

const V1 = await coachTabletV1();

const suite = browserSuite();
const { withPage } = suite;


/** The coach's tablet as schema 2 keeps it (no migration runs): step-s3 is on a step,
 *  step-s4 on none. */
const V2 = {
  ...Object.fromEntries(Object.entries(V1).filter(([k]) => k !== 'work-steps/better-off/saved')),
  'work-steps/schema': '2',
};

const seed = (page, values, hash) => seedStorage(page, suite.server.url, values, hash);

test('the calculator leaves every picture; the tools remove the one no step uses', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    assert.ok(V2['work-steps/pictures/step-s3'] && V2['work-steps/pictures/step-s4']);
    await seed(page, V2, '#/better-off');
    const kept = await keptValues(page);
    for (const [k, text] of Object.entries(V2)) assert.equal(kept[k], text, `the calculator left ${k}`);

    await page.goto('about:blank');
    await gotoRoute(page, suite.server.url, '#/tasks');
    await page.waitForSelector('.pick:has-text("AB")');
    const after = await keptValues(page);
    assert.ok(after['work-steps/pictures/step-s3'], 'the picture in use stays');
    assert.equal(after['work-steps/pictures/step-s4'], undefined, 'the unused picture went');
    for (const [k, text] of Object.entries(V2)) {
      if (!k.endsWith('step-s4')) assert.equal(after[k], text, `the tools left ${k}`);
    }
  });
});
