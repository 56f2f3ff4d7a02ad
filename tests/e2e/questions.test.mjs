// The calculator's questions alone (issue 21): a first visit to the calculator, in the app or
// on an agency's page, downloads the light bundle that asks the questions one at a time; the
// answer, the coaches' form and a share link reload into the whole calculator with every
// answer kept, and the device starts the whole calculator from then on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  VIEWPORTS, openPage, gotoRoute, withOpened, assertNoProblems, fillCompact, SUB_PATH,
  answerGuidedToTheLast,
} from './harness.mjs';
import { appAndAgency } from './servers.mjs';

const WHOLE_KEY = 'work-steps-whole-calculator';
const bundleOf = (file) => file.match(/^(calculator|questions|tools|embedded|embedded_questions)-[0-9a-f]+_bg\.wasm$/)?.[1] ?? null;

const suite = appAndAgency();

/** A fresh device (browser context) that notes the bundles its pages download, in order. */
async function freshDevice(device = VIEWPORTS.phone, { agencyToo = false } = {}) {
  const opened = await openPage(suite.browser, suite.app.origin, device);
  if (agencyToo) await opened.context.unroute('**/*');
  const bundles = [];
  const prefetched = [];
  opened.context.on('request', (request) => {
    const url = new URL(request.url());
    if (request.serviceWorker() || url.origin !== suite.app.origin || !url.pathname.startsWith(SUB_PATH)) return;
    const name = bundleOf(url.pathname.slice(SUB_PATH.length));
    // Started (the start-up script fetches a bundle's .wasm), or fetched ahead (a prefetch
    // link, once the person starts answering).
    if (name) (request.resourceType() === 'fetch' ? bundles : prefetched).push(name);
  });
  return { ...opened, bundles, prefetched };
}

const continueButton = (page) => page.locator('form.guided button[type=submit]');

const wholeNoted = (page) => page.evaluate((key) => localStorage.getItem(key), WHOLE_KEY);

test('a first visit asks every question with the light bundle; "Show the answer" reloads into the whole calculator with every answer kept', async () => {
  const opened = await freshDevice();
  await withOpened(opened, async (page) => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(opened.prefetched, [], 'nothing fetched ahead before the person starts');
    await answerGuidedToTheLast(page);
    assert.deepEqual(opened.bundles, ['questions'], 'every question asked without the whole calculator');
    assert.deepEqual(opened.prefetched, ['calculator'], 'the whole calculator fetched ahead once, as the person answered');
    assert.equal(await wholeNoted(page), null);
    assert.equal(await continueButton(page).textContent(), 'Show my answer');
    await continueButton(page).click();
    await page.waitForSelector('.guided-answer-heading');
    assert.deepEqual(opened.bundles, ['questions', 'calculator']);
    // As on going on to the answer within the whole calculator: its heading has focus, so a
    // screen reader says where the person is.
    await page.waitForFunction(() => document.activeElement?.classList.contains('guided-answer-heading'));
    assert.match(await page.locator('.headline__text').first().textContent(), /working 16 hours\.$/);
    // Every answer came across: the list of questions to change, and the region as chosen.
    assert.equal(await page.locator('.change-list li').count(), 8, 'the eight questions this household was asked');
    await page.click('.change-list li:has-text("Where do you live?") button');
    assert.equal(await page.inputValue('#region'), 'NORTH_WEST');
    // From now on this device starts the whole calculator.
    assert.equal(await wholeNoted(page), '1');
    await page.reload();
    await page.waitForSelector('#region');
    assert.deepEqual(opened.bundles, ['questions', 'calculator', 'calculator']);
    assertNoProblems(opened.problems);
  });
});

test('the coaches\' form, picked on a first visit, reloads into the whole calculator and answers there', async () => {
  const opened = await freshDevice(VIEWPORTS.tablet);
  await withOpened(opened, async (page) => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await page.click('text=All on one page (for coaches)');
    await page.waitForSelector('#region');
    // The button pressed has focus again after the reload, as it had before.
    await page.waitForFunction(() => document.activeElement?.id === 'mode-compact');
    await fillCompact(page);
    await page.waitForSelector('.headline__text');
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'You would be £92 a week better off working 16 hours.',
    );
    assert.deepEqual(opened.bundles, ['questions', 'calculator']);
    assert.equal(await page.getAttribute('.mode-button[aria-pressed="true"]', 'aria-pressed'), 'true');
    assert.equal(await page.textContent('.mode-button[aria-pressed="true"]'), 'All on one page (for coaches)');
    assertNoProblems(opened.problems);
  });
});

test('a share link opened on a first visit starts the whole calculator at once', async () => {
  // A link made by the whole calculator on one device...
  const maker = await freshDevice(VIEWPORTS.tablet);
  let link;
  await withOpened(maker, async (page) => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await fillCompact(page);
    await page.waitForSelector('.headline__text');
    await page.click('text=Make a share link');
    link = await page.inputValue('#share-link');
  });
  // ... opened on another that has never used the calculator.
  const opened = await freshDevice();
  await withOpened(opened, async (page) => {
    await page.goto(link);
    await page.waitForSelector('.headline__text');
    assert.deepEqual(opened.bundles, ['calculator'], 'not the questions alone first');
    assertNoProblems(opened.problems);
  });
});

test('on an agency\'s page the questions come from the light embedded bundle, and the answer from the embedded one', async () => {
  const opened = await freshDevice(VIEWPORTS.phone, { agencyToo: true });
  await withOpened(opened, async (page) => {
    await page.goto(suite.agency.origin + '/embed-demo.html');
    const frame = await (await page.waitForSelector('[data-work-steps] iframe')).contentFrame();
    await frame.waitForSelector('form.guided');
    await answerGuidedToTheLast(frame);
    assert.deepEqual(opened.bundles, ['embedded_questions']);
    assert.deepEqual(opened.prefetched, ['embedded'], 'the whole embedded calculator fetched ahead');
    await continueButton(frame).click();
    await frame.waitForSelector('.guided-answer-heading');
    assert.match(await frame.locator('.headline__text').first().textContent(), /working 16 hours\.$/);
    assert.deepEqual(opened.bundles, ['embedded_questions', 'embedded']);
    // Still the agency's frame: its heading and no app navigation.
    assert.equal(await frame.locator('nav').count(), 0);
    assert.equal(await frame.locator('.embed-header__name').count(), 1);
  });
});

test('a file of kept households chosen on a first visit is added by the whole calculator; a bad one is refused there with the reason', async () => {
  // A file downloaded from the whole calculator on one device...
  const maker = await freshDevice(VIEWPORTS.tablet);
  let file;
  await withOpened(maker, async (page) => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await fillCompact(page);
    await page.fill('#save-name', 'Keep me');
    await page.click('.save-row button[type=submit]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Download saved scenarios as a file")'),
    ]);
    file = await readFile(await download.path());
  });
  // ... chosen where a new device first shows "Keep and share", under the first question.
  const opened = await freshDevice(VIEWPORTS.tablet);
  await withOpened(opened, async (page) => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await page.setInputFiles('section.keep #import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
    await page.waitForFunction(() => /not added/.test(document.querySelector('.status')?.textContent ?? ''));
    assert.deepEqual(opened.bundles, ['questions', 'calculator'], 'the whole calculator read it');
    assert.equal(await page.locator('.saved-item').count(), 0, 'a bad file adds nothing');
    await page.setInputFiles('#import-file', { name: 'kept.json', mimeType: 'application/json', buffer: file });
    await page.waitForSelector('.saved-item');
    assert.equal(await page.locator('.saved-name').first().textContent(), 'Keep me');
    assertNoProblems(opened.problems);
  });
  // A good file on a first visit: straight into the list.
  const another = await freshDevice(VIEWPORTS.phone);
  await withOpened(another, async (page) => {
    await gotoRoute(page, suite.app.url, '#/better-off');
    await page.setInputFiles('section.keep #import-file', { name: 'kept.json', mimeType: 'application/json', buffer: file });
    await page.waitForSelector('.saved-item');
    assert.equal(await page.locator('.saved-name').first().textContent(), 'Keep me');
    assert.deepEqual(another.bundles, ['questions', 'calculator']);
    assertNoProblems(another.problems);
  });
});

test('another tab keeping a household leaves the questions where they are; this person\'s own answers reach the answer', async () => {
  const opened = await freshDevice(VIEWPORTS.tablet);
  await withOpened(opened, async (page, context) => {
    // This tab: a home owner, part way through the questions.
    await gotoRoute(page, suite.app.url, '#/better-off');
    await continueButton(page).click();
    await page.selectOption('#region', 'NORTH_WEST');
    await continueButton(page).click();
    // Another tab: a social renter on the coaches' form, kept on the device.
    const other = await context.newPage();
    await gotoRoute(other, suite.app.url, '#/better-off');
    await fillCompact(other);
    await other.waitForSelector('.headline__text');
    await other.fill('#save-name', 'From the other tab');
    await other.click('.save-row button[type=submit]');
    await other.waitForSelector('.saved-item');
    await page.waitForTimeout(500);
    // This tab did not reload: still the questions alone, on its own question.
    assert.equal(await page.textContent('h2.question'), 'Who lives with you?');
    assert.deepEqual(opened.bundles.filter((b) => b === 'questions').length, 2, 'two tabs, each started once');
    // Its own household goes on to the answer.
    await continueButton(page).click();
    await page.fill('#adult-0-age', '30');
    await continueButton(page).click();
    await continueButton(page).click();
    await page.check('#tenure-owner');
    await continueButton(page).click();
    await continueButton(page).click();
    await page.fill('#offer-0-hours', '16');
    await page.check('#offer-0-pension-no');
    await continueButton(page).click();
    await page.waitForSelector('.guided-answer-heading');
    await page.click('.change-list li:has-text("Your home") button');
    assert.equal(await page.isChecked('#tenure-owner'), true, 'this tab\'s answers, not the other tab\'s');
  });
});
