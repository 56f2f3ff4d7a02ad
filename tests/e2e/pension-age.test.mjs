// Over State Pension age (QA walkthrough, December 2026): the State Pension is asked, "none"
// is an answer (0), and an amount left out on the coaches' form is said beside the answer
// and in "What we assumed" instead of being quietly taken as none; and a Pension Credit
// household is not shown Universal Credit's own questions and notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, gotoRoute, browserSuite, assertClean, fillCompact } from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;

const continueButton = (page) => page.locator('form.guided button[type=submit]');

test('one question at a time, a person of 68 is asked their State Pension, and 0 is an answer', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await page.check('#for-whom-son');
    await page.fill('#person-name', 'Sam');
    await continueButton(page).click();
    await page.selectOption('#region', 'NORTH_WEST');
    await continueButton(page).click();
    await continueButton(page).click();
    await page.fill('#adult-0-age', '68');
    const label = (await page.textContent('label[for="adult-0-state-pension"]')).trim();
    assert.equal(label, 'How much State Pension does Sam get?');
    assert.match(await page.textContent('#adult-0-state-pension-hint'), /Enter 0 if Sam gets none\./);
    // Left empty, it is not taken as none: Continue asks for it.
    await continueButton(page).click();
    assert.equal(await page.textContent('h2.question'), 'About Sam');
    assert.match(await page.textContent('.error-summary'), /Enter how much State Pension Sam gets a week, or 0 if they get none/);
    await page.fill('#adult-0-state-pension', '0');
    await continueButton(page).click();

    // QA #13: on Pension Credit, no Universal Credit health element is asked.
    assert.equal(await page.textContent('h2.question'), 'Health and caring');
    assert.equal(await page.locator('#adult-0-lcwra').count(), 0, 'no Universal Credit health element');
    await continueButton(page).click();
    await page.check('#tenure-social_rent');
    await page.fill('#rent', '500');
    await continueButton(page).click();
    assert.equal(await page.textContent('h2.question'), 'Council tax and savings');
    assert.equal(await page.locator('#uc-statement').count(), 0, 'no Universal Credit statement');
    assert.equal(await page.locator('#benefit-cap-grace').count(), 0, 'no benefit cap question');
    await continueButton(page).click();
    await page.fill('#offer-0-hours', '16');
    await page.check('#offer-0-pension-no');
    await continueButton(page).click();
    await page.waitForSelector('.headline__text');
    const results = await page.textContent('.results');
    assert.doesNotMatch(results, /No State Pension entered/, '0 is an answer, not an assumption');
    assert.doesNotMatch(results, /Have a Universal Credit statement/);
    assert.doesNotMatch(results, /as Universal Credit is/);
    assert.match(results, /Pension Credit/);
    await assertClean(page);
  });
});

test('coaches\' form: a State Pension left empty over pension age is said beside the answer', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page, { age: '68' });
    await page.waitForSelector('.headline__text');
    const warnings = await page.locator('.notice--warning:has(h2:has-text("Things to know"))').textContent();
    assert.match(warnings, /No State Pension entered: we counted none\. Most people over State Pension age get one\. Enter it for a right answer\./);
    const assumed = await page.locator('.notice:has(h2:has-text("What we assumed"))').textContent();
    assert.match(assumed, /No State Pension for you: the amount was left empty\./);
    // QA #13: none of Universal Credit's own words for a Pension Credit household.
    const form = await page.textContent('form.compact-form');
    assert.doesNotMatch(form, /health element of Universal Credit/);
    assert.doesNotMatch(form, /Universal Credit on your last statement/);
    const results = await page.textContent('.results');
    assert.doesNotMatch(results, /Have a Universal Credit statement/);
    assert.doesNotMatch(results, /as Universal Credit is/);

    // An amount entered: no warning, and it is counted.
    await page.fill('#adult-0-state-pension', '230.25');
    await page.waitForFunction(() => !/No State Pension entered/.test(document.querySelector('.results')?.textContent ?? ''));
    assert.match(await page.textContent('.results'), /State Pension/);
    await assertClean(page);
  });
});
