// Keyboard only: the three main journeys done with Tab, Shift+Tab, Enter, Space, the arrow
// keys and typing, never a click, tap, fill, check or selectOption. At every key press focus
// must move (no keyboard trap), be visible (an outline, ring or background that differs from
// the unfocused look: see focusState in harness.mjs), and land where a person expects: on
// the next question after "Continue", on the error summary after a mistake, back on the
// step just edited, on the level buttons while recording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, gotoRoute, browserSuite, focusState, unreachableByKeyboard,
} from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;
const LOG = process.env.KEYLOG ? (...a) => console.log(...a) : () => {};

/** Marks the focused element so the next check can tell whether focus moved. */
const markFocus = (page) => page.evaluate(() => {
  document.querySelectorAll('[data-e2e-was-focused]').forEach((e) => e.removeAttribute('data-e2e-was-focused'));
  document.activeElement?.setAttribute('data-e2e-was-focused', '');
});
const focusMoved = (page) => page.evaluate(() => !document.activeElement?.hasAttribute('data-e2e-was-focused'));
/** Whether the focused element is one of those `selector` (a Playwright selector) finds. */
const focusMatches = (page, selector) => page.locator(selector).evaluateAll((els) => els.includes(document.activeElement));

/** Asserts focus is visible now (the page's `main`, focused after a route change, aside). */
async function assertVisible(page, context) {
  const state = await focusState(page);
  LOG(context, state.where, state.visible, state.why);
  if (state.visible !== null) assert.equal(state.visible, true, `${context}: focus on ${state.where} is not visible (${state.why})`);
  return state;
}

/** One key press; then focus must be visible. */
async function press(page, key) {
  await page.keyboard.press(key);
  return assertVisible(page, `after ${key}`);
}

/** One Tab (or Shift+Tab): focus must move on, and be visible. */
async function tab(page, back = false) {
  await markFocus(page);
  const key = back ? 'Shift+Tab' : 'Tab';
  await page.keyboard.press(key);
  assert.ok(await focusMoved(page), `${key} did not move focus: a keyboard trap at ${(await focusState(page)).where}`);
  return assertVisible(page, key);
}

/** Tabs (forward or back) until the focused element matches `selector`; fails after `max`. */
async function tabTo(page, selector, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    const state = await tab(page, back);
    if (await focusMatches(page, selector)) return state;
  }
  assert.fail(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

/**
 * Tabs to `selector` (backwards with `{ back: true }`) and presses Enter on it, as a keyboard
 * user opens a link or presses a button.
 */
async function activate(page, selector, options) {
  await tabTo(page, selector, options);
  return press(page, 'Enter');
}

/** Tabs to the box `selector` and types `text` into it. */
async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

async function assertFocusOn(page, selector, why) {
  const state = await focusState(page);
  assert.ok(await focusMatches(page, selector), `${why}: focus is on ${state.where}, not ${selector}`);
  return state;
}

/**
 * Tab runs from here to the end of the page and Shift+Tab back again without being held
 * anywhere: the last control in the page is reached, and so is the skip link at the start.
 */
async function assertNoTrap(page) {
  const last = await page.evaluate(() => {
    const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0);
    all.forEach((el) => el.removeAttribute('data-e2e-last'));
    all.at(-1).setAttribute('data-e2e-last', '');
    return all.length;
  });
  await tabTo(page, '[data-e2e-last]', { max: last + 10 });
  await tabTo(page, '.skip-link', { back: true, max: last + 10 });
}

test('(a) the guided better-off questions to the answer, keyboard only, on a phone', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    // The skip link comes first, and takes focus past the navigation.
    await tab(page);
    await assertFocusOn(page, '.skip-link', 'first Tab');
    await page.keyboard.press('Enter');
    await assertFocusOn(page, 'main', 'the skip link');

    // Whom it is for has an answer already (the person themselves): Continue.
    await activate(page, 'button[type=submit]');
    await assertFocusOn(page, 'h2.question', 'after Continue');
    assert.equal(await page.textContent('h2.question'), 'Where do you live?');

    // Continue with no answer: the error summary takes focus (GOV.UK pattern), its link
    // takes focus to the box.
    await activate(page, 'button[type=submit]');
    await page.waitForSelector('.error-summary');
    await assertFocusOn(page, '.error-summary', 'after Continue with no answer');
    await activate(page, '.error-summary a');
    await assertFocusOn(page, '#region', 'the error summary link');

    // A closed drop-down takes typed letters, as in every browser.
    await page.keyboard.type('North W');
    assert.equal(await page.inputValue('#region'), 'NORTH_WEST');
    await activate(page, 'button[type=submit]');
    await assertFocusOn(page, 'h2.question', 'after Continue');
    assert.equal(await page.textContent('h2.question'), 'Who lives with you?');

    // Who lives with you: the answers already there will do.
    await activate(page, 'button[type=submit]');
    assert.equal(await page.textContent('h2.question'), 'About you');
    await tab(page);
    await assertFocusOn(page, '#adult-0-age', 'the first Tab after the question');
    await page.keyboard.type('30');
    // Back, with Shift+Tab to reach it, then forward again: the age is kept.
    await activate(page, 'button:text("Back")');
    await assertFocusOn(page, 'h2.question', 'after Back');
    await activate(page, 'button[type=submit]');
    assert.equal(await page.inputValue('#adult-0-age'), '30', 'the answer survives going back');
    await tabTo(page, '#adult-0-age');
    await activate(page, 'button[type=submit]');

    // Health: Tab into the radios, arrow keys choose.
    assert.equal(await page.textContent('h2.question'), 'Health and caring');
    await tabTo(page, 'input[name="adult-0-lcwra"]');
    // Tab lands on the chosen radio (or the first); ArrowDown moves to the next and chooses it.
    const order = ['yes', 'no', 'unsure'];
    const from = order.indexOf((await page.evaluate(() => document.activeElement.id)).replace('adult-0-lcwra-', ''));
    for (let i = from; i < 2; i++) await press(page, 'ArrowDown');
    await assertFocusOn(page, '#adult-0-lcwra-unsure', 'arrow keys in the radios');
    assert.equal(await page.isChecked('#adult-0-lcwra-unsure'), true);
    await activate(page, 'button[type=submit]');

    // Your home: Space chooses the radio with focus; the rent box then appears after it.
    assert.equal(await page.textContent('h2.question'), 'Your home');
    await tabTo(page, 'input[name="tenure"]');
    await press(page, 'Space');
    assert.equal(await page.isChecked('#tenure-social_rent'), true);
    await typeInto(page, '#rent', '500');
    await activate(page, 'button[type=submit]');

    // Costs: nothing to add. The job: hours typed, "No" pension by arrow key.
    await activate(page, 'button[type=submit]');
    await typeInto(page, '#offer-0-hours', '16');
    await tabTo(page, 'input[name="offer-0-pension"]');
    await press(page, 'ArrowRight');
    assert.equal(await page.isChecked('#offer-0-pension-no'), true);
    await tabTo(page, 'button[type=submit]');
    assert.equal((await page.textContent('button[type=submit]')).trim(), 'Show my answer');
    // The answer is the whole calculator's: on a first visit the page reloads into it
    // (issue 21), so the key press is not followed by a look at the page it leaves.
    await page.keyboard.press('Enter');

    // The oracle's answer: £91.51 a week better off, shown rounded in the headline.
    await page.waitForSelector('.headline__text');
    assert.equal(await page.textContent('.headline__text'), 'You would be £92 a week better off working 16 hours.');
    assert.match(await page.textContent('.results'), /£91\.51/);
    await assertFocusOn(page, '.guided-answer-heading', 'after Show my answer');
    await assertVisible(page, 'the answer');

    // "Change" on an answer goes back to that question with Enter.
    await activate(page, '.change-list li:has-text("Your home") button');
    await assertFocusOn(page, 'h2.question', 'after Change');
    assert.equal(await page.textContent('h2.question'), 'Your home');
    await assertNoTrap(page);
  });
});

/** Types into the focused box and presses Enter to send its form. */
async function typeAndEnter(page, text) {
  await page.keyboard.type(text);
  await press(page, 'Enter');
}

const instructions = (page) => page.locator('.steps .step__instruction').allTextContents();

test('(b) building a task, keyboard only, on a tablet: person, task, steps, a move, a key step', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await tabTo(page, '#person-label');
    await typeAndEnter(page, 'J7');
    await page.waitForSelector('#new-task-title');
    assert.equal(await page.getAttribute('.pick[aria-pressed=true]', 'aria-pressed'), 'true');

    // A task from nothing: its name, then Enter.
    await tabTo(page, '#new-task-title');
    await typeAndEnter(page, 'Restock the fridge');
    await page.waitForSelector('#new-step');
    assert.equal(await page.textContent('#task-heading'), 'Restock the fridge');

    // Steps: each typed and sent with Enter; the cursor stays in the box for the next one.
    await tabTo(page, '#new-step');
    for (const step of ['Open the fridge door', 'Get the crate of drinks', 'Put the new drinks at the back']) {
      await typeAndEnter(page, step);
      await assertFocusOn(page, '#new-step', `after adding "${step}"`);
    }
    assert.deepEqual(await instructions(page), [
      'Step 1: Open the fridge door', 'Step 2: Get the crate of drinks', 'Step 3: Put the new drinks at the back',
    ]);

    // Move step 2 up with Shift+Tab to its button and Enter: focus follows the step.
    await activate(page, 'button:has-text("Move up step 2")', { back: true });
    assert.deepEqual(await instructions(page), [
      'Step 1: Get the crate of drinks', 'Step 2: Open the fridge door', 'Step 3: Put the new drinks at the back',
    ]);
    // At the top it cannot go further up, so focus is on its "Move down" instead.
    await assertFocusOn(page, 'button:has-text("Move down step 1")', 'after moving a step to the top');
    await press(page, 'Enter');
    await assertFocusOn(page, 'button:has-text("Move down step 2")', 'after moving it down again');
    await activate(page, 'button:has-text("Move up step 2")', { back: true });
    assert.match((await instructions(page))[0], /Get the crate of drinks/);

    // Mark step 1 as a key step: Edit, Tab to the check box, Space, Save.
    await activate(page, 'button:has-text("Edit step 1")');
    await assertFocusOn(page, '#step-1-instruction', 'opening a step');
    await typeInto(page, '#step-1-cue', 'The crate is on the counter');
    await tabTo(page, '#step-1-key');
    await press(page, 'Space');
    assert.equal(await page.isChecked('#step-1-key'), true);
    await activate(page, 'button:has-text("Save step")');
    await assertFocusOn(page, 'button:has-text("Edit step 1")', 'after saving the step');
    assert.match(await page.locator('.steps li').first().textContent(), /Key step.*Cue: The crate is on the counter/);
    await assertNoTrap(page);
  });
});

test('(c) recording a session, keyboard only, on a tablet', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    // A person and a ready-made task, by keyboard.
    await gotoRoute(page, suite.server.url, '#/tasks');
    await tabTo(page, '#person-label');
    await typeAndEnter(page, 'AB');
    await typeInto(page, '#template', 'Fold');
    assert.equal(await page.inputValue('#template'), 'fold-towels');
    await activate(page, 'button:has-text("Use this task")');
    await page.waitForSelector('.steps li');
    const steps = await page.locator('.steps li').count();

    // To the tracker through the navigation.
    await activate(page, 'nav a:has-text("Learning tracker")', { back: true });
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Learning tracker');
    await activate(page, '.pick:has-text("AB")');
    await activate(page, '.pick:has-text("Fold and stack towels")');
    await page.waitForSelector('#tracker-task-heading');

    await activate(page, 'button:has-text("Start session")');
    await page.waitForSelector('.record__now');
    await assertFocusOn(page, '#record-heading', 'after Start session');

    // Who prompted: arrow keys in the radios. Then the level buttons: Enter scores the step
    // on screen and moves on by itself; focus stays on the buttons for the next step.
    await tabTo(page, 'input[name="who"]');
    await press(page, 'ArrowRight');
    const who = await page.evaluate(() => document.activeElement.id);
    assert.equal(await page.isChecked(`#${who}`), true);
    await activate(page, '.level-button:has-text("Verbal")');
    assert.equal(await page.textContent('.record__number'), 'Step 2');
    await assertFocusOn(page, '.record__levels .level-button', 'after scoring a step');
    // Shift+Tab back to "Independent" (the first level), then Enter for every step left.
    await tabTo(page, '.level-button:has-text("Independent")', { back: true });
    for (let i = 1; i < steps; i++) {
      await press(page, 'Enter');
      if (i + 1 < steps) await assertFocusOn(page, '.level-button:has-text("Independent")', `after step ${i + 1}`);
      else await page.waitForSelector('.record__done');
    }
    assert.equal(await page.textContent('.record__step'), 'Every step has a score.');
    await assertFocusOn(page, '.record__done', 'after the last step is scored (its buttons are switched off)');
    const codes = await page.locator('.record-step__code').allTextContents();
    assert.equal(codes[0], 'V');
    assert.ok(codes.slice(1).every((c) => c === 'I'), codes.join(','));

    // A note for the session, then Finish: focus goes to what was saved.
    await typeInto(page, '#note-session', 'Quiet morning');
    await activate(page, 'button:has-text("Save session note")');
    await activate(page, 'button:has-text("Finish session")');
    await page.waitForSelector('.progress-sessions');
    assert.match(await page.textContent('.status'), /Session saved/);
    await assertFocusOn(page, '#tracker-task-heading', 'after Finish session');
    assert.equal(await page.locator('.progress-sessions tbody tr').count(), 1);
    assert.deepEqual(await unreachableByKeyboard(page), []);
    await assertNoTrap(page);
  });
});
