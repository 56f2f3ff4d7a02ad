// Reflow, zoom and the page's structure, on every route and on the screens a person reaches
// inside them (the answer, an error summary, a task, the job aid, a session being recorded,
// progress): at 320 CSS px wide (WCAG 1.4.10), at 200% browser zoom and with text-only zoom
// at 200% (WCAG 1.4.4) nothing scrolls sideways and no text is cut off; with reduced motion
// nothing moves; there is one h1 and no heading level is skipped; every control has a name;
// every error message is tied to its field. See REFLOW_SIZES in harness.mjs for how each
// size is made and why it is the honest equivalent of what a person does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserSuite, gotoRoute, openSized, REFLOW_SIZES, reflowProblems, motionProblems,
  headingProblems, unnamedControls, untiedErrors, answerCompact, addTemplateTask, openTowelsInTracker, checkedRun,
  recordSession,
} from './harness.mjs';

const suite = browserSuite();

const route = (hash) => async (page) => gotoRoute(page, suite.server.url, hash);

async function compactAnswer(page) {
  await gotoRoute(page, suite.server.url, '#/better-off');
  await answerCompact(page);
}

async function taskOpen(page) {
  await gotoRoute(page, suite.server.url, '#/tasks');
  await addTemplateTask(page, 'AB');
}

async function trackerOpen(page) {
  await taskOpen(page);
  await openTowelsInTracker(page, suite.server.url, 'AB');
}

const STATES = [
  { name: 'home', setup: route('#/') },
  { name: 'better-off, first question', setup: route('#/better-off') },
  { name: 'tasks, nothing yet', setup: route('#/tasks') },
  { name: 'tracker, nothing yet', setup: route('#/tracker') },
  { name: 'your data', setup: route('#/your-data') },
  { name: 'privacy', setup: route('#/privacy') },
  { name: 'page not found', setup: route('#/no-such-page') },
  {
    name: 'better-off, an error summary',
    setup: async (page) => {
      await gotoRoute(page, suite.server.url, '#/better-off');
      await page.click('button:has-text("Continue")'); // past whom it is for
      await page.click('button:has-text("Continue")');
      await page.waitForSelector('.error-summary');
    },
  },
  { name: 'better-off, the coaches\' form with its answer and chart', setup: compactAnswer },
  {
    name: 'better-off, bad input beside its boxes',
    setup: async (page) => {
      await compactAnswer(page);
      await page.fill('#rent', 'lots');
      await page.fill('#offer-0-hours', '101');
      await page.keyboard.press('Tab');
      await page.waitForSelector('#offer-0-hours-error');
    },
  },
  { name: 'tasks, a task with its steps', setup: taskOpen },
  {
    name: 'tasks, the job aid',
    setup: async (page) => {
      await taskOpen(page);
      await page.click('button:has-text("Open the job aid")');
      await page.waitForSelector('.job-aid__progress');
    },
  },
  { name: 'tracker, a task with its settings', setup: trackerOpen },
  {
    name: 'tracker, a rule below 90% and a button code used twice',
    setup: async (page) => {
      await trackerOpen(page);
      await page.fill('#rule-mastery-percent', '80');
      await page.waitForSelector('.rule-warning');
      await page.click('summary:has-text("Prompt levels for this task")');
      await page.click('#level-2-rename');
      await page.fill('#level-2-code', 'G');
      await page.click('.levels__item form button[type=submit]');
      await page.waitForSelector('.levels-editor .field-error');
    },
  },
  {
    name: 'tasks, an empty step refused',
    setup: async (page) => {
      await taskOpen(page);
      await page.fill('#new-step', '   ');
      await page.click('button:has-text("Add step")');
      await page.waitForFunction(() => /Write what the person does/.test(document.body.textContent));
    },
  },
  {
    name: 'tracker, recording a session',
    setup: async (page) => {
      await trackerOpen(page);
      await page.click('button:has-text("Start session")');
      await page.waitForSelector('.record__now');
      await page.getByRole('button', { name: 'V Verbal', exact: true }).click();
    },
  },
  {
    name: 'tracker, progress after a session',
    setup: async (page) => {
      await trackerOpen(page);
      await recordSession(page, 'G Gesture');
    },
  },
];

// ONLY=<regex> runs just the states whose names match, when working on one screen.
const ONLY = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
for (const state of STATES.filter((s) => !ONLY || ONLY.test(s.name))) {
  test(`${state.name}: reflows at 320 px, 200% zoom and 200% text; still with reduced motion; headings, names, errors`, async () => {
    for (const [sizeName, size] of Object.entries(REFLOW_SIZES)) {
      await checkedRun(await openSized(suite.browser, suite.server.origin, size), async (page) => {
        await state.setup(page);
        assert.deepEqual(await reflowProblems(page), [], `${state.name} at ${sizeName}`);
        if (sizeName === 'reflow320') {
          assert.deepEqual(await headingProblems(page), [], `${state.name}: headings`);
          assert.deepEqual(await unnamedControls(page), [], `${state.name}: names`);
          assert.deepEqual(await untiedErrors(page), [], `${state.name}: error messages`);
          await page.emulateMedia({ reducedMotion: 'reduce' });
          assert.deepEqual(await motionProblems(page), [], `${state.name}: reduced motion`);
        }
      });
    }
  });
}

test('the checks themselves can fail: a wide box, a skipped heading, an unnamed button, a loose error, motion', async () => {
  const { context, page } = await openSized(suite.browser, suite.server.origin, REFLOW_SIZES.reflow320);
  try {
    await gotoRoute(page, suite.server.url, '#/privacy');
    await page.evaluate(() => {
      const main = document.querySelector('main');
      main.insertAdjacentHTML('beforeend', `
        <div id="wide" style="width: 500px">wide</div>
        <button id="spill" style="width: 60px; white-space: nowrap">Independently and more</button>
        <p id="cut" style="overflow: hidden; white-space: nowrap; width: 100px">${'cut off '.repeat(20)}</p>
        <h4>skipped</h4>
        <button id="unnamed"></button>
        <p class="field-error" id="loose-error">Loose</p>
        <div style="transition: color 1s">moves</div>`);
    });
    const reflow = (await reflowProblems(page)).join('\n');
    assert.match(reflow, /wider than the screen/);
    assert.match(reflow, /p#cut .*cuts off/);
    assert.match(reflow, /button#spill .*wider than its box/);
    assert.match((await headingProblems(page)).join('\n'), /followed by h4 "skipped"/);
    assert.equal((await unnamedControls(page)).length, 1);
    assert.match((await untiedErrors(page)).join('\n'), /loose-error/);
    assert.ok((await motionProblems(page)).length >= 2, 'the probe and the inline transition move');
  } finally {
    await context.close();
  }
});
