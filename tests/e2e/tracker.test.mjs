// The learning tracker, tapped (real touch taps) as a coach would on a tablet: a task made in Job steps, a
// session recorded step by step with auto-advance, a step scored again, undone, finished;
// a second session survives a reload; progress shows the sessions and the step matrix; and
// three sessions all done alone make every step "Mastered".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, gotoRoute, browserSuite, assertClean, unreachableByKeyboard, horizontalOverflow,
  addTemplateTask, openTowelsInTracker,
} from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;

/** Makes person AB with the ready-made "Fold and stack towels" task, then opens the tracker on it. */
async function setUp(page) {
  await gotoRoute(page, suite.server.url, '#/tasks');
  await addTemplateTask(page, 'AB');
  await openTowelsInTracker(page, suite.server.url, 'AB');
}

const level = (page, name) => page.getByRole('button', { name, exact: true });
const codes = (page) => page.locator('.record-step__code').allTextContents();
const canScore = (page) => page.locator('.record__levels button').first().isEnabled();

/** Taps "Independent" until every step has a score. */
async function allIndependent(page) {
  while (await canScore(page)) await level(page, 'I Independent').tap();
}

async function stored(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

test('record a session: auto-advance, re-score, undo, notes, finish; a reload mid-session loses nothing', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await setUp(page);
    await page.click('button:has-text("Start session")');
    await page.waitForSelector('.record__now');
    const steps = await page.locator('.record-steps li').count();
    assert.ok(steps >= 5, `${steps} steps`);
    assert.equal(await page.textContent('.record__number'), 'Step 1');
    assert.equal(await page.textContent('#record-step'), 'Take one towel from the clean basket.');

    // Step 1 needed a verbal prompt from a co-worker; then each tap moves on by itself.
    await page.check('#who-co-worker');
    await level(page, 'V Verbal').tap();
    assert.equal(await page.textContent('.record__number'), 'Step 2');
    await page.check('#who-coach');
    await level(page, 'G Gesture').tap();
    assert.equal(await page.textContent('.record__number'), 'Step 3');
    await level(page, 'E Error').tap();
    await allIndependent(page);
    assert.equal(await page.textContent('.record__step'), 'Every step has a score.');
    const after = await codes(page);
    assert.deepEqual(after.slice(0, 3), ['V', 'G', 'E']);
    assert.ok(after.slice(3).every((c) => c === 'I'), after.join(','));
    assert.match(await page.locator('.record-step').first().textContent(), /Verbal \(co-worker\)/);

    // Every tap is saved at once.
    const saved = JSON.parse(await stored(page, 'work-steps/tracker'));
    assert.equal(saved.open.records.length, steps);

    // Tap step 3 to score it again, then undo the change.
    await page.locator('.record-step').nth(2).click();
    assert.equal(await page.textContent('.record__number'), 'Step 3');
    await level(page, 'M Model').tap();
    assert.equal((await codes(page))[2], 'M');
    await page.click('button:has-text("Undo")');
    assert.equal((await codes(page))[2], 'E');

    // A note on step 3 and one on the session.
    await page.selectOption('#note-step', { index: 2 });
    await page.fill('#note-step-text', 'Folded it the long way');
    await page.click('button:has-text("Save step note")');
    await page.fill('#note-session', 'Busy laundry room today');
    await page.click('button:has-text("Save session note")');
    assert.match(await page.locator('.record-step').nth(2).textContent(), /has a note/);

    await assertClean(page);
    assert.deepEqual(await unreachableByKeyboard(page), []);

    await page.click('button:has-text("Finish session")');
    await page.waitForSelector('.progress-sessions');
    assert.match(await page.textContent('.status'), /Session saved: \d+ of \d+ steps independent/);
    const first = JSON.parse(await stored(page, 'work-steps/tracker')).trackers[0].sessions[0];
    assert.equal(first.note, 'Busy laundry room today');
    assert.equal(first.records[2].note, 'Folded it the long way');
    // The taught version is locked in the task builder.
    assert.match(await stored(page, 'work-steps/tasks'), /"has_teaching_data": true/);

    // Second session: two taps, then the tab is reloaded.
    await page.click('button:has-text("Start session")');
    await level(page, 'P Partial physical').tap();
    await level(page, 'I Independent').tap();
    await page.reload();
    await page.waitForSelector('.record__now');
    assert.deepEqual((await codes(page)).slice(0, 3), ['P', 'I', '\u2013']);
    assert.equal(await page.textContent('.record__number'), 'Step 3');
    await allIndependent(page);
    await page.click('button:has-text("Finish session")');
    await page.waitForSelector('.progress-sessions');

    // Progress: two sessions in the table, and the matrix shows each step's code.
    assert.equal(await page.locator('.progress-sessions tbody tr').count(), 2);
    const row1 = await page.locator('.matrix tbody tr').first().locator('td.matrix__cell').allTextContents();
    // The code shows; the level's name is there for screen readers.
    assert.deepEqual(row1.map((t) => t.trim()), ['VVerbal', 'PPartial physical']);
    assert.match(await page.textContent('.matrix tbody tr:nth-child(1) .matrix__status'), /^Learning/);
    assert.ok(await page.locator('svg[role=img][aria-label*="2 sessions"]').count() === 1);
  });
});

test('three sessions all done alone: every step is mastered; progress clean on phone and tablet', async () => {
  await withPage(VIEWPORTS.tablet, async (page, context) => {
    await setUp(page);
    for (let i = 0; i < 3; i++) {
      await page.click('button:has-text("Start session")');
      await page.waitForSelector('.record__now');
      await allIndependent(page);
      await page.click('button:has-text("Finish session")');
      await page.waitForSelector('.progress-sessions');
    }
    const status = await page.locator('.matrix__status').allTextContents();
    assert.ok(status.length >= 5);
    assert.ok(status.every((s) => s.startsWith('Mastered')), status.join(' | '));
    assert.equal(await page.locator('.progress-sessions tbody tr').count(), 3);
    // QA #9: each table's caption sits above its column headings, not as a stray row under them.
    for (const table of ['.progress-sessions', '.matrix']) {
      const caption = page.locator(`${table} caption`);
      assert.equal(await caption.evaluate((c) => getComputedStyle(c).display), 'table-caption', table);
      const captionBox = await caption.boundingBox();
      const headBox = await page.locator(`${table} thead`).boundingBox();
      assert.ok(captionBox.y + captionBox.height <= headBox.y + 1, `${table}: caption ${JSON.stringify(captionBox)}, headings ${JSON.stringify(headBox)}`);
    }
    // QA #18: the sessions table writes its dates out, as the report above it does, and the
    // report says the one day once.
    for (const cell of await page.locator('.progress-sessions tbody td:nth-child(2)').allTextContents()) {
      assert.match(cell, /^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/);
    }
    // (Unless the three sessions ran across midnight; tests/tracker.rs pins the sentence.)
    assert.match(await page.textContent('.progress-report li'), /3 teaching sessions, (all on \d{1,2} [A-Z][a-z]+ \d{4}\.|from .* to .*)$/);
    await assertClean(page);

    // The same screen at phone size, and the recording screen there too.
    const phone = await context.browser().newContext(VIEWPORTS.phone);
    await phone.addInitScript(([tasks, tracker]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('work-steps/tasks', tasks);
        localStorage.setItem('work-steps/tracker', tracker);
        sessionStorage.setItem('seeded', '1');
      }
    }, [await stored(page, 'work-steps/tasks'), await stored(page, 'work-steps/tracker')]);
    const p = await phone.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await gotoRoute(p, suite.server.url, '#/tracker');
    await p.click('.pick:has-text("AB")');
    await p.click('.pick:has-text("Fold and stack towels")');
    await p.waitForSelector('.progress-sessions');
    await assertClean(p);
    await p.click('button:has-text("Start session")');
    await p.waitForSelector('.record__now');
    await level(p, 'I Independent').click();
    await assertClean(p);
    // QA #16: scoring with a button low on the phone's screen moves on to the next step, and
    // the whole of that step's words is in view, not cut off at the top.
    for (const name of ['F Full physical', 'NA Not applicable']) {
      await level(p, name).click();
      const box = await p.locator('#record-step').boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= VIEWPORTS.phone.viewport.height,
        `after ${name}: the step's words are at ${JSON.stringify(box)}`);
    }
    // QA #18: every answer button reads the same way, its code above its name.
    const layouts = await p.$$eval('.level-button', (bs) => bs.map((b) => {
      const code = b.querySelector('.level-button__code').getBoundingClientRect();
      const name = b.querySelector('.level-button__name').getBoundingClientRect();
      return { button: b.textContent.trim(), above: code.bottom <= name.top + 1 };
    }));
    assert.deepEqual(layouts.filter((l) => !l.above), [], 'every code is above its name');
    assert.deepEqual(await unreachableByKeyboard(p), []);
    assert.deepEqual(errors, []);
    await phone.close();
  });
});

test('the rules: the mastery percent warns below 90% and is saved', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await setUp(page);
    assert.equal(await page.inputValue('#rule-mastery-sessions'), '3');
    assert.equal(await page.inputValue('#rule-mastery-percent'), '100');
    assert.equal(await page.locator('.rule-warning').count(), 0);
    await page.fill('#rule-mastery-percent', '80');
    assert.match(await page.textContent('.rule-warning'), /below 90%/);
    await page.click('button:has-text("Save the rules")');
    assert.match(await page.textContent('.status'), /Saved the rules/);
    const saved = JSON.parse(await stored(page, 'work-steps/tracker'));
    assert.equal(saved.trackers[0].rules.mastery.percent, 80);
  });
});

test('with no tasks, the tracker says so and links to Job steps', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tracker');
    assert.match(await page.textContent('.notice'), /There are no tasks yet/);
    assert.equal(await page.getAttribute('.notice a', 'href'), '#/tasks');
    await assertClean(page);
  });
});

test('no gain in 4 sessions raises the flag with its options; the agreed one starts a new phase', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await setUp(page);
    for (let i = 0; i < 4; i++) {
      await page.click('button:has-text("Start session")');
      await page.waitForSelector('.record__now');
      while (await canScore(page)) await level(page, 'F Full physical').tap();
      await page.click('button:has-text("Finish session")');
      await page.waitForSelector('.progress-sessions');
    }
    await page.waitForSelector('.stall');
    assert.match(await page.textContent('.stall'), /Split the step into smaller steps: A step that stays hard/);
    await page.check('#phase-reason-2');
    await page.fill('#phase-note', 'Agreed with AB and the manager');
    await page.click('button:has-text("Start the new phase")');
    assert.match(await page.textContent('.status'), /Phase 2 starts with the next session: split the step/);
    assert.match(await page.textContent('.phase-form ul'), /Phase 2: Split the step into smaller steps, from \d{1,2} [A-Za-z]+ \d{4} \(Agreed/);
    // A fresh phase starts the count again, so the flag goes.
    assert.equal(await page.locator('.stall').count(), 0);
    await assertClean(page);
  });
});

test('forward chaining marks the step being taught; progress prints as words and downloads as CSV', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await page.fill('#person-label', 'FC');
    await page.click('form:has(#person-label) button[type=submit]');
    await page.selectOption('#template', 'fold-towels');
    await page.click('button:has-text("Use this task")');
    await page.check('#chaining-forward');
    await gotoRoute(page, suite.server.url, '#/tracker');
    await page.click('.pick:has-text("FC")');
    await page.click('.pick:has-text("Fold and stack towels")');
    await page.click('button:has-text("Start session")');
    // Forward chaining with nothing learned yet: step 1 is the one being taught.
    assert.equal(await page.textContent('.record__focus'), 'The step being taught now');
    assert.match(await page.locator('.record-step').first().textContent(), /being taught now/);
    await allIndependent(page);
    await page.click('button:has-text("Finish")');

    await page.waitForSelector('.progress-report');
    assert.match(await page.textContent('.progress-report'), /1 teaching session, on \d{1,2} [A-Za-z]+ \d{4}\./);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Download the sessions (CSV)")'),
    ]);
    // The name and every row say whose sessions these are.
    assert.match(download.suggestedFilename(), /^sessions-fc-fold-and-stack-towels-\d{4}-\d\d-\d\d\.csv$/);
    const csv = await (await import('node:fs/promises')).readFile(await download.path(), 'utf8');
    assert.match(csv.split('\n')[0], /^"person","task","date","session"/);
    assert.match(csv.split('\n')[1], /^"FC","Fold and stack towels",/);
    assert.match(csv, /1\. Take one towel from the clean basket\./);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.tracker-side').isVisible(), false);
    assert.equal(await page.locator('.progress-report').isVisible(), true);
    assert.equal(await page.locator('.rules-form').isVisible(), false);
  });
});

test('a task\'s prompt levels: add, rename, move by keyboard, record with, remove; Independent stays; the aim line is drawn', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await setUp(page);
    const names = () => page.locator('.levels__item strong').allTextContents();
    const status = () => page.textContent('.status');
    await page.click('summary:has-text("Prompt levels for this task")');
    assert.deepEqual(await names(), ['Independent', 'Gesture', 'Verbal', 'Model', 'Partial physical', 'Full physical']);

    // Add "Photo prompt" just after Gesture.
    await page.fill('#new-level-name', 'Photo prompt');
    await page.fill('#new-level-code', 'h');
    await page.fill('#new-level-description', 'You showed a photo of the step.');
    await page.selectOption('#new-level-at', { label: 'After Gesture' });
    await page.click('button:has-text("Add the level")');
    assert.match(await status(), /Added the level\. Sessions already recorded keep the levels/);
    assert.deepEqual((await names()).slice(0, 4), ['Independent', 'Gesture', 'Photo prompt', 'Verbal']);
    assert.equal(await page.inputValue('#new-level-name'), '', 'the add form is cleared');

    // A code already used is refused, and the form keeps what was typed.
    await page.click('#level-2-rename');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'level-2-name');
    await page.fill('#level-2-code', 'V');
    await page.click('.levels__item form button[type=submit]');
    assert.match(await status(), /Two levels use the button code .V./);
    assert.match(await page.textContent('.levels-editor > .field-error'), /Two levels use the button code/);
    // Rename it.
    await page.fill('#level-2-name', 'Picture prompt');
    await page.fill('#level-2-code', 'H');
    await page.click('.levels__item form button[type=submit]');
    assert.match(await status(), /Changed the level/);
    assert.equal(await page.locator('#level-2-name').count(), 0, 'the rename form closes');
    assert.equal(await page.textContent('.levels__item:nth-child(3) .levels__code'), 'H');

    // Move it down with the keyboard; focus follows the level.
    await page.focus('#level-2-down');
    await page.keyboard.press('Enter');
    assert.match(await status(), /Moved the level/);
    assert.deepEqual((await names()).slice(0, 5), ['Independent', 'Gesture', 'Verbal', 'Picture prompt', 'Model']);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'level-3-down');

    // Opened, at phone size: clean, and every control reachable by Tab.
    await page.click('#level-3-rename');
    await page.click('summary:has-text("Aim line")');
    await assertClean(page);
    assert.deepEqual(await unreachableByKeyboard(page), []);

    // The recording screen has its button, in its place; step 1 is scored with it.
    await page.click('button:has-text("Start session")');
    await page.waitForSelector('.record__now');
    const buttons = await page.locator('.record__levels button').allTextContents();
    assert.deepEqual(buttons.map((t) => t.trim().charAt(0)), ['I', 'G', 'V', 'H', 'M', 'P', 'F']);
    await level(page, 'H Picture prompt').tap();
    await allIndependent(page);
    await page.click('button:has-text("Finish session")');
    await page.waitForSelector('.progress-sessions');

    // Remove it; the finished session keeps it.
    await page.click('summary:has-text("Prompt levels for this task")');
    await page.click('#level-3-remove');
    assert.match(await status(), /Removed the level/);
    assert.ok(!(await names()).includes('Picture prompt'));
    assert.match(await page.locator('.matrix tbody tr').first().textContent(), /Picture prompt/);

    // Independent cannot go: the library says why.
    await page.click('#level-0-remove');
    assert.match(await status(), /Independent cannot be removed/);
    assert.equal((await names())[0], 'Independent');

    // Back to the usual six, after asking.
    await page.click('#level-2-rename');
    await page.fill('#level-2-name', 'Said what to do');
    await page.click('.levels__item form button[type=submit]');
    await page.click('#levels-reset');
    await page.click('button:has-text("Yes, put them back")');
    assert.match(await status(), /Put back the usual six levels/);
    assert.equal((await names())[2], 'Verbal');
    assert.equal(await page.isDisabled('#levels-reset'), true);

    // The aim line: a number out of range is caught beside its box, before anything is sent.
    assert.equal(await page.locator('.tracker-chart__aim').count(), 0);
    await page.click('summary:has-text("Aim line")');
    await page.fill('#aim-baseline', '20');
    await page.fill('#aim-target', '120');
    await page.fill('#aim-over', '5');
    await page.click('button:has-text("Save the aim line")');
    assert.match(await page.textContent('#aim-target-error'), /0 to 100/);
    assert.equal(await page.getAttribute('#aim-target', 'aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'aim-target');
    assert.equal(await page.locator('.tracker-chart__aim').count(), 0);
    await page.fill('#aim-target', '100');
    await page.click('button:has-text("Save the aim line")');
    assert.match(await status(), /Saved the aim line/);
    assert.equal(await page.locator('.tracker-chart__aim').count(), 1);
    // The line ends inside the plot even though it reaches past the sessions so far.
    const right = await page.evaluate(() => { const r = document.querySelector('.tracker-chart .chart__plot'); return Number(r.getAttribute('x')) + Number(r.getAttribute('width')); });
    assert.ok(Number(await page.getAttribute('.tracker-chart__aim', 'x2')) <= right + 0.01);
    const aim = JSON.parse(await stored(page, 'work-steps/tracker')).trackers[0].aim;
    assert.deepEqual(aim, { measure: 'PercentIndependent', from_session: 0, baseline: 20, target: 100, over_sessions: 5 });
    assert.match(await page.textContent('.aim-form'), /Saved: from 20% at session 1 to 100% in 5 sessions/);
    await assertClean(page);

    await page.click('button:has-text("Remove the aim line")');
    assert.match(await status(), /Removed the aim line/);
    assert.equal(await page.locator('.tracker-chart__aim').count(), 0);
  });
});

test('in Swedish: sessions recorded with the Swedish level buttons, progress and the no-progress flag in Swedish; clean at phone size, in Dutch too', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await setUp(page);
    await page.selectOption('#language', 'sv');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.waitForSelector('h1:has-text("Inlärningsloggen")');
    // The page is drawn afresh in the new language: choose the person and the task again.
    await page.click('.pick:has-text("AB")');
    await page.click('.pick:has-text("Fold and stack towels")');
    assert.equal(await page.textContent('.tracker-start'), 'Starta tillfälle');

    // Four sessions, every step with a verbal prompt: no gain, so the flag goes up.
    for (let i = 0; i < 4; i++) {
      await page.click('button:has-text("Starta tillfälle")');
      await page.waitForSelector('.record__now');
      if (i === 0) {
        const buttons = (await page.locator('.record__levels button').allTextContents()).map((t) => t.trim());
        assert.deepEqual(buttons, ['I Självständigt', 'G Gest', 'V Verbal', 'M Visa hur', 'P Delvis fysisk', 'F Helt fysisk']);
        assert.match(await page.textContent('.record__number'), /^Steg 1$/);
        assert.match(await page.textContent('.record__who legend'), /Vem gav hjälpen/);
        await assertClean(page);
      }
      while (await canScore(page)) await level(page, 'V Verbal').tap();
      if (i === 0) assert.match(await page.textContent('.status'), /^Steg \d+: verbal\.$/);
      await page.click('button:has-text("Avsluta tillfället")');
      await page.waitForSelector('.progress-sessions');
      assert.match(await page.textContent('.status'), /Tillfället är sparat: 0 av \d+ steg självständigt/);
    }
    // All on one day (QA #18), unless the test ran across midnight.
    assert.match(await page.textContent('.progress-report'), /4 träningstillfällen, (alla den \d{1,2} [a-zåäö]+ \d{4}\.|från \d{1,2} [a-zåäö]+ \d{4} till)/);
    assert.match(await page.textContent('.progress-report'), /gjordes 0 av \d+ steg utan hjälp \(0 %\)/);
    assert.match(await page.textContent('.stall h4'), /Inlärningen går inte framåt längre/);
    assert.match(await page.textContent('.stall'), /Inga framsteg under de senaste 4 tillfällena \(0 %, 0 %, 0 %, 0 %\)/);
    assert.match(await page.textContent('.stall'), /Dela steget i mindre steg/);
    assert.match(await page.textContent('.matrix tbody tr:nth-child(1) .matrix__status'), /^Lär sig/);
    await page.click('summary:has-text("Hjälpnivåer för uppgiften")');
    await page.click('summary:has-text("Mållinje")');
    await assertClean(page);
    assert.ok(await horizontalOverflow(page) <= 0);
    await page.screenshot({ path: '/tmp/trk/sv-progress.png', fullPage: true });

    // Dutch has the longest level names: the recording screen still fits a phone.
    await page.selectOption('#language', 'nl');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await page.click('.pick:has-text("AB")');
    await page.click('.pick:has-text("Fold and stack towels")');
    await page.waitForSelector('.stall');
    assert.match(await page.textContent('.stall h4'), /Het leren gaat niet meer vooruit/);
    await page.click('summary:has-text("Hulpniveaus voor deze taak")');
    await page.click('summary:has-text("Doellijn")');
    await assertClean(page);
    await page.screenshot({ path: '/tmp/trk/nl-progress.png', fullPage: true });
    await page.click('button:has-text("Sessie starten")');
    await page.waitForSelector('.record__now');
    const names = (await page.locator('.record__levels .level-button__name').allTextContents());
    assert.deepEqual(names, ['Zelfstandig', 'Gebaar', 'Verbaal', 'Laten zien', 'Deels fysiek', 'Helemaal fysiek']);
    // Dutch initials on every button, not English ones.
    assert.deepEqual(await page.locator('.record__levels .level-button__code').allTextContents(), ['Z', 'G', 'V', 'L', 'D', 'H']);
    assert.match(await page.textContent('.record__others'), /Geen reactie/);
    await assertClean(page);
    assert.ok(await horizontalOverflow(page) <= 0);
    await page.screenshot({ path: '/tmp/trk/nl-record.png', fullPage: true });

    // And Welsh, which runs long too.
    await page.selectOption('#language', 'cy');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await page.waitForSelector('.level-button__name:has-text("Corfforol rhannol")');
    assert.match(await page.textContent('.record__who legend'), /Pwy roddodd yr help/);
    await assertClean(page);
    await page.screenshot({ path: '/tmp/trk/cy-record.png', fullPage: true });

    // Easy read: shorter sentences, one idea at a time.
    await page.check('#easy-read');
    await page.waitForFunction(() => document.documentElement.classList.contains('easy-read'));
    assert.match(await page.textContent('.tracker .lead'), /^Nodwch faint o help oedd ei angen ar bob cam\.\s+Gwnewch hyn bob tro/);
    await assertClean(page);
  });
});

/** Words of `selector` split across lines in the middle (a word that is on two lines). */
function brokenWords(page, selector) {
  return page.$$eval(selector, (els) => els.flatMap((el) => {
    const broken = [];
    const text = el.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return broken;
    const words = text.data.matchAll(/\S+/g);
    for (const m of words) {
      const range = document.createRange();
      range.setStart(text, m.index);
      range.setEnd(text, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
    return broken;
  }));
}

test('on a 1024 px tablet no level name breaks mid-word, and a step last scored Independent gets no "try gesture"', async () => {
  const landscape = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true };
  await withPage(landscape, async (page) => {
    await setUp(page);
    await page.click('button:has-text("Start session")');
    await page.waitForSelector('.record__now');
    // In every language ("Camgymeriad", "Självständigt" are long words too).
    const first = { cy: 'Annibynnol', nl: 'Zelfstandig', sv: 'Självständigt', 'en-GB': 'Independent' };
    for (const [lang, name] of Object.entries(first)) {
      await page.selectOption('#language', lang);
      await page.waitForSelector(`.level-button__name:text-is("${name}")`);
      assert.deepEqual(await brokenWords(page, '.level-button__name'), [], lang);
    }
    // Two sessions: step 1 verbal, then independent; nothing suggests more help than that.
    await level(page, 'V Verbal').tap();
    await allIndependent(page);
    await page.click('button:has-text("Finish session")');
    await page.waitForSelector('.progress-sessions');
    await page.click('button:has-text("Start session")');
    await allIndependent(page);
    await page.click('button:has-text("Finish session")');
    await page.waitForSelector('.progress-sessions');
    assert.doesNotMatch(await page.textContent('.progress'), /Try gesture next/);
  });
});
