// The one-question-at-a-time way, after the answer (QA walkthrough, December 2026): "Change"
// goes back to one question, shows no message before Continue is pressed, and Continue goes
// back to the answer once that question, and any new one it opened, is answered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, gotoRoute, browserSuite, assertClean, answerGuidedToTheLast,
} from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;

const continueButton = (page) => page.locator('form.guided button[type=submit]');

/** Answers the guided questions for a single person (30, North West, 16 hours) who owns their home. */
async function toTheAnswer(page) {
  await gotoRoute(page, suite.server.url, '#/better-off');
  await answerGuidedToTheLast(page);
  await continueButton(page).click();
  await page.waitForSelector('.headline__text');
}

const onTheAnswer = async (page) => (await page.locator('.guided-answer-heading').count()) === 1;

test('"Change" then a new question: no message until Continue, then back to the answer', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await toTheAnswer(page);

    // QA #3: New Style ESA picked after "Change health and caring": its group is a new
    // question, not yet a problem.
    await page.click('.change-list li:has-text("Health and caring") button');
    assert.equal(await page.textContent('h2.question'), 'Health and caring');
    await page.check('#adult-0-new-style-esa');
    await page.waitForSelector('#adult-0-esa-group');
    assert.equal(await page.locator('.error-summary').count(), 0, 'no error summary before Continue');
    assert.equal(await page.locator('.field-error, [id$="-error"]').count(), 0, 'no message beside a box');

    // Continue shows it, as on the first pass.
    await continueButton(page).click();
    assert.match(await page.textContent('.error-summary'), /Choose the ESA group/);
    await page.check('#adult-0-esa-group-wrag');
    // QA #4: answered, so Continue goes back to the answer, not on to the home and the job.
    await continueButton(page).click();
    await page.waitForSelector('.guided-answer-heading');
    assert.ok(await onTheAnswer(page), 'back on the answer');
    assert.match(await page.textContent('.results'), /New Style ESA/);

    // The same for the home: council renting asks the rent, which shows no message at once.
    await page.click('.change-list li:has-text("Your home") button');
    await page.check('#tenure-social_rent');
    await page.waitForSelector('#rent');
    assert.equal(await page.locator('.error-summary').count(), 0, 'no error summary before Continue');
    await continueButton(page).click();
    assert.match(await page.textContent('.error-summary'), /rent/i);
    await page.fill('#rent', '450');
    await continueButton(page).click();
    await page.waitForSelector('.guided-answer-heading');

    // A change that adds a question stops there: a partner is asked about, then the answer.
    await page.click('.change-list li:has-text("Who lives with you") button');
    await page.check('#couple-yes');
    await continueButton(page).click();
    assert.equal(await page.textContent('h2.question'), 'About your partner');
    await page.fill('#adult-1-age', '31');
    await continueButton(page).click();
    await page.waitForSelector('.guided-answer-heading');
    await assertClean(page);
  });
});
