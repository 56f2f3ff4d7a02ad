// Job steps, clicked as a coach would: a task from a template and one from nothing, steps
// reordered by touch drag and by keyboard, edited, split and joined, undone and redone, a
// picture attached (and a huge one refused), the job aid stepped through, the checklist
// printed, and bad input refused without losing anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, gotoRoute, browserSuite, assertClean, unreachableByKeyboard,
  horizontalOverflow, untiedErrors, addPerson,
} from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;

const instructions = (page) => page.locator('.steps .step__instruction').allTextContents();

// A 1 x 1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('a task from a ready-made template, clean on a tablet and a phone', async () => {
  for (const device of [VIEWPORTS.tablet, VIEWPORTS.phone]) {
    await withPage(device, async (page) => {
      await gotoRoute(page, suite.server.url, '#/tasks');
      await addPerson(page, 'AB');
      await page.selectOption('#template', 'clean-cafe-table');
      await page.click('button:has-text("Use this task")');
      await page.waitForSelector('.steps li');
      assert.equal(await page.textContent('#task-heading'), 'Clean a café table');
      const count = await page.locator('.steps li').count();
      assert.ok(count >= 5 && count <= 15, `${count} steps`);
      await assertClean(page);
      assert.deepEqual(await unreachableByKeyboard(page), []);
    });
  }
});

test('a task from nothing: add, edit, split, join, undo and redo, saved across a reload', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'J7');
    await page.fill('#new-task-title', 'Restock the fridge');
    await page.click('button:has-text("Make task")');
    for (const step of ['Get the crate of drinks', 'Open the fridge door', 'Put the cold drinks at the back and the new ones in front']) {
      await page.fill('#new-step', step);
      await page.click('button:has-text("Add step")');
    }
    assert.deepEqual(await instructions(page), [
      'Step 1: Get the crate of drinks',
      'Step 2: Open the fridge door',
      'Step 3: Put the cold drinks at the back and the new ones in front',
    ]);

    // Split step 3 after "back": two steps.
    await page.click('button:has-text("Edit step 3")');
    await page.locator('#step-3-instruction').evaluate((t) => t.setSelectionRange(31, 31));
    await page.click('button:has-text("Split here")');
    let now = await instructions(page);
    assert.equal(now.length, 4);
    assert.equal(now[2], 'Step 3: Put the cold drinks at the back');
    assert.match(now[3], /^Step 4: and the new ones in front/);

    // Join them again, then undo the join and redo it.
    await page.click('button:has-text("Edit step 3")');
    await page.click('button:has-text("Join with the next step")');
    assert.equal((await instructions(page)).length, 3);
    await page.click('button:has-text("Undo")');
    assert.equal((await instructions(page)).length, 4);
    await page.click('button:has-text("Redo")');
    assert.equal((await instructions(page)).length, 3);

    // Mark step 2 as a key step with a cue.
    await page.click('button:has-text("Edit step 2")');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-2-instruction', 'focus goes to the words');
    await page.fill('#step-2-cue', 'The crate is on the counter');
    await page.check('#step-2-key');
    await page.click('button:has-text("Save step")');
    assert.match(await page.evaluate(() => document.activeElement?.textContent), /^Edit step 2/, 'and back to the step');
    assert.match(await page.locator('.steps li').nth(1).textContent(), /Key step.*Cue: The crate is on the counter/);

    await page.reload();
    await page.waitForSelector('main#main h1');
    await page.click('.pick:has-text("J7")');
    await page.click('.pick:has-text("Restock the fridge")');
    assert.equal((await instructions(page)).length, 3, 'the task is kept on the device');
    await assertClean(page);
  });
});

test('steps reorder by keyboard and by touch drag', async () => {
  await withPage(VIEWPORTS.tablet, async (page, context) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'CD');
    await page.fill('#new-task-title', 'Order test');
    await page.click('button:has-text("Make task")');
    await page.click('text=Paste many steps at once');
    await page.fill('#paste-steps', 'First\nSecond\nThird\nFourth');
    await page.click('button:has-text("Add these steps")');
    assert.deepEqual(await instructions(page), ['Step 1: First', 'Step 2: Second', 'Step 3: Third', 'Step 4: Fourth']);

    // Keyboard: focus "Move down" on step 1 and press Enter.
    await page.focus('button:has-text("Move down step 1")');
    await page.keyboard.press('Enter');
    assert.deepEqual(await instructions(page), ['Step 1: Second', 'Step 2: First', 'Step 3: Third', 'Step 4: Fourth']);

    // Touch: press the handle of step 4 and drag it up onto step 1.
    const handle = await page.locator('.steps li').nth(3).locator('.step__handle').boundingBox();
    const target = await page.locator('.steps li').nth(0).boundingBox();
    const cdp = await context.newCDPSession(page);
    const point = (x, y) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
    const hx = handle.x + handle.width / 2;
    const hy = handle.y + handle.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(hx, hy) });
    for (let i = 1; i <= 8; i++) {
      const y = hy + ((target.y + 10) - hy) * (i / 8);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(hx, y) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    assert.deepEqual(await instructions(page), ['Step 1: Fourth', 'Step 2: Second', 'Step 3: First', 'Step 4: Third']);

    // Mouse: drag the handle of step 1 down onto step 3.
    const h1 = await page.locator('.steps li').nth(0).locator('.step__handle').boundingBox();
    const t3 = await page.locator('.steps li').nth(2).boundingBox();
    await page.mouse.move(h1.x + h1.width / 2, h1.y + h1.height / 2);
    await page.mouse.down();
    await page.mouse.move(h1.x + h1.width / 2, t3.y + t3.height / 2, { steps: 8 });
    await page.mouse.up();
    assert.deepEqual(await instructions(page), ['Step 1: Second', 'Step 2: First', 'Step 3: Fourth', 'Step 4: Third']);

    // Delete the task after confirming, then undo brings it back.
    await page.click('button:has-text("Delete this task")');
    await page.click('button:has-text("Yes, delete the task")');
    assert.equal(await page.locator('.steps').count(), 0);
    assert.equal(await page.locator('.pick:has-text("Order test")').count(), 0);
    await page.click('button:has-text("Undo")');
    assert.deepEqual(await instructions(page), ['Step 1: Second', 'Step 2: First', 'Step 3: Fourth', 'Step 4: Third']);
  });
});

test('a picture is attached and shown; a huge one or a non-picture is refused', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'EF');
    await page.selectOption('#template', 'fold-towels');
    await page.click('button:has-text("Use this task")');
    await page.click('button:has-text("Edit step 1")');
    // Camera or gallery, as the hint says: no `capture`, which opens the camera directly.
    assert.equal(await page.getAttribute('#step-1-picture', 'capture'), null);
    assert.match(await page.textContent('#step-1-picture-hint'), /Take a photo or choose one/);
    await page.setInputFiles('#step-1-picture', { name: 'towel.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForSelector('.steps li:first-child img.step__picture');
    assert.match(await page.getAttribute('.steps li:first-child img.step__picture', 'src'), /^data:image\/jpeg;base64,/);
    await page.click('button:has-text("Save step")');
    await page.waitForSelector('.steps li:first-child .step__row img.step__picture');

    await page.click('button:has-text("Edit step 2")');
    await page.setInputFiles('#step-2-picture', { name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(26_000_000) });
    await page.waitForFunction(() => /too big/.test(document.querySelector('.status')?.textContent ?? ''));
    await page.setInputFiles('#step-2-picture', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.waitForFunction(() => /not a picture/.test(document.querySelector('.status')?.textContent ?? ''));
    assert.equal(await page.locator('img.step__picture').count(), 1, 'nothing else changed');
  });
});

test('the job aid shows one step at a time and the checklist prints with tick boxes', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'GH');
    await page.selectOption('#template', 'clean-cafe-table');
    await page.click('button:has-text("Use this task")');
    const steps = await instructions(page);
    await page.click('button:has-text("Open the job aid")');
    assert.equal(await page.textContent('.job-aid__progress'), `Step 1 of ${steps.length}`);
    assert.equal(`Step 1: ${await page.textContent('h1.job-aid__step')}`, steps[0]);
    await assertClean(page);
    await page.click('button:has-text("Read it out")'); // the browser's own speech; no request
    for (let i = 0; i < steps.length; i++) await page.click('button.job-aid__done');
    assert.equal(await page.textContent('h1'), 'All done. Well done!');
    await page.click('button:has-text("Close the job aid")');

    await page.click('button:has-text("Printable checklist")');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.checklist__table tbody tr').count(), steps.length);
    assert.equal(await page.locator('.tick-box').count(), steps.length);
    assert.equal(await page.locator('.site-header nav').isVisible(), false);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 5_000);
  });
});

test('an empty step and a 500-step paste are refused with a message, losing nothing', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'KL');
    await page.selectOption('#template', 'fold-towels');
    await page.click('button:has-text("Use this task")');
    const before = await instructions(page);

    await page.fill('#new-step', '   ');
    await page.click('button:has-text("Add step")');
    assert.match(await page.textContent('.status'), /Write what the person does/);

    await page.click('text=Paste many steps at once');
    await page.fill('#paste-steps', Array.from({ length: 500 }, (_, i) => `Step ${i}`).join('\n'));
    await page.click('button:has-text("Add these steps")');
    assert.match(await page.textContent('.status'), /500 steps/);
    assert.deepEqual(await instructions(page), before);

    await page.fill('#person-label', '');
    await page.click('form:has(#person-label) button[type=submit]');
    assert.match(await page.textContent('.status'), /./);
    assert.equal(await page.locator('.tasks-side .pick-list').first().locator('li').count(), 1);
  });
});

/** Opens the tasks page with a language already picked, as a returning visitor would. */
async function openInLanguage(page, url, lang, heading) {
  await page.addInitScript((code) => {
    localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code }));
  }, lang);
  await gotoRoute(page, url, '#/tasks');
  await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, heading);
}

test('in Welsh and Dutch: the page, a template and its steps are translated, clean on a phone', async () => {
  const languages = [
    {
      lang: 'cy', heading: 'Camau swydd', add: 'Ychwanegu person', use: "Defnyddio'r dasg hon",
      title: 'Mopio llawr', first: "Cam 1: Rhowch yr arwydd llawr gwlyb melyn wrth y drws.",
      open: 'Agor y cymorth swydd', progress: 'Cam 1 o 11', done: 'Wedi gwneud', option: 'Glanhau bwrdd caffi',
      error: 'Gwall: Ysgrifennwch lythrennau cyntaf neu god ar gyfer y person.',
    },
    {
      lang: 'nl', heading: 'Werkstappen', add: 'Persoon toevoegen', use: 'Deze taak gebruiken',
      title: 'Een vloer dweilen', first: 'Stap 1: Zet het gele bordje “natte vloer” bij de deur.',
      open: 'Werkhulp openen', progress: 'Stap 1 van 11', done: 'Klaar', option: 'Een tafel in het café schoonmaken',
      error: 'Fout: Schrijf initialen of een code voor de persoon.',
    },
  ];
  for (const l of languages) {
    await withPage(VIEWPORTS.phone, async (page) => {
      await openInLanguage(page, suite.server.url, l.lang, l.heading);
      assert.equal(await page.getAttribute('html', 'lang'), l.lang);
      assert.equal((await page.textContent('form:has(#person-label) button[type=submit]')).trim(), l.add);
      // A refusal is in the language too, beside its box.
      await page.click('form:has(#person-label) button[type=submit]');
      assert.equal((await page.textContent('#person-label-error')).trim(), l.error);
      await page.screenshot({ path: `/tmp/tasks-${l.lang}-error-phone.png` });
      await addPerson(page, 'AB');
      // The ready-made list is in the language too.
      assert.ok((await page.locator('#template option').allTextContents()).includes(l.option));
      await page.selectOption('#template', 'mop-floor');
      await page.click(`button:has-text("${l.use}")`);
      await page.waitForSelector('.steps li');
      assert.equal(await page.textContent('#task-heading'), l.title);
      assert.equal((await instructions(page))[0].replace(/\s+Key step$|\s+Cam allweddol$|\s+Belangrijke stap$/, ''), l.first);
      assert.ok(!/Key step|Move up|Edit step/.test(await page.textContent('main')), 'no English left in the editor');
      await assertClean(page);
      assert.ok(await horizontalOverflow(page) <= 0);
      await page.screenshot({ path: `/tmp/tasks-${l.lang}-phone.png`, fullPage: true });

      await page.click(`button:has-text("${l.open}")`);
      assert.equal(await page.textContent('.job-aid__progress'), l.progress);
      assert.equal((await page.textContent('.job-aid__done')).trim(), l.done);
      await assertClean(page);
      await page.screenshot({ path: `/tmp/tasks-${l.lang}-aid-phone.png`, fullPage: true });
    });
  }
});

test('a refused box shows why above it, is marked invalid and gets the focus', async () => {
  for (const device of [VIEWPORTS.tablet, VIEWPORTS.phone]) {
    await withPage(device, async (page) => {
      await gotoRoute(page, suite.server.url, '#/tasks');
      const focused = () => page.evaluate(() => document.activeElement?.id);
      const tied = async (id, text) => {
        assert.match(await page.textContent(`#${id}-error`), text);
        assert.equal(await page.getAttribute(`#${id}`, 'aria-invalid'), 'true');
        assert.ok((await page.getAttribute(`#${id}`, 'aria-describedby')).split(' ').includes(`${id}-error`));
        // The message sits above the box, inside the box's group.
        const order = await page.evaluate((i) => {
          const error = document.getElementById(`${i}-error`);
          const box = document.getElementById(i);
          return error.parentElement === box.parentElement
            && Boolean(error.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING);
        }, id);
        assert.ok(order, `${id}: message above the box, in its group`);
        assert.equal(await focused(), id);
        assert.deepEqual(await untiedErrors(page), []);
      };

      await page.click('form:has(#person-label) button[type=submit]');
      await tied('person-label', /Write initials or a code/);
      await assertClean(page);
      // The same refusal again still brings focus back to the box.
      await page.focus('form:has(#person-label) button[type=submit]');
      await page.click('form:has(#person-label) button[type=submit]');
      assert.equal(await focused(), 'person-label');
      await addPerson(page, 'AB');
      assert.equal(await page.locator('#person-label-error').count(), 0, 'the message goes once it is put right');
      assert.equal(await page.getAttribute('#person-label', 'aria-invalid'), null);

      await page.click('button:has-text("Use this task")');
      await tied('template', /Choose a ready-made task first/);
      await page.click('button:has-text("Make task")');
      await tied('new-task-title', /Give the task a name/);

      await page.selectOption('#template', 'fold-towels');
      await page.click('button:has-text("Use this task")');
      await page.waitForSelector('.steps li');
      await page.click('button:has-text("Add step")');
      await tied('new-step', /Write what the person does/);

      await page.click('button:has-text("Edit step 2")');
      await page.fill('#step-2-instruction', '');
      await page.click('button:has-text("Save step")');
      await tied('step-2-instruction', /Write what the person does/);
      await assertClean(page);
      await page.screenshot({ path: `/tmp/tasks-step-error-${device.viewport.width}.png` });
      // Nothing was lost: the step still has its words, and the form is still open to fix it.
      await page.fill('#step-2-instruction', 'Shake the towel out hard.');
      await page.click('button:has-text("Save step")');
      assert.equal((await instructions(page))[1], 'Step 2: Shake the towel out hard.');
      assert.equal(await page.locator('.field-error').count(), 0);
    });
  }
});

test('easy read: the page says what it is for in short lines, one idea each', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await page.addInitScript(() => {
      localStorage.setItem('work-steps-settings', JSON.stringify({ lang: 'en-GB', easy_read: true }));
    });
    await gotoRoute(page, suite.server.url, '#/tasks');
    const lead = await page.locator('.tasks .lead').innerText();
    assert.deepEqual(lead.split('\n').map((l) => l.trim()), [
      'Split a job into small steps.',
      'Put the steps in order.',
      'Then show the worker one step at a time.',
    ]);
    await assertClean(page);
  });
});

test('a half-typed step, an open edit and a rename survive a reload, with the person, task and job-aid step', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'AB');
    await addPerson(page, 'CD');
    await page.click('.pick:has-text("AB")');
    await page.selectOption('#template', 'fold-towels');
    await page.click('button:has-text("Use this task")');
    await page.waitForSelector('.steps li');
    const before = await instructions(page);

    await page.fill('#new-step', 'Put the pile on the sh');
    await page.click('button:has-text("Edit step 2")');
    await page.fill('#step-2-instruction', 'Fold it in half, then in ha');
    await page.check('#step-2-key');
    // Typed without leaving the box: no change event yet.
    await page.click('#task-title');
    await page.keyboard.press('End');
    await page.keyboard.type(' (lunch)');
    await page.reload();
    await page.waitForSelector('main#main h1');

    assert.equal(await page.getAttribute('.pick:has-text("AB")', 'aria-pressed'), 'true');
    assert.equal(await page.textContent('#task-heading'), 'Fold and stack towels');
    assert.equal(await page.inputValue('#new-step'), 'Put the pile on the sh');
    assert.equal(await page.inputValue('#step-2-instruction'), 'Fold it in half, then in ha');
    assert.equal(await page.isChecked('#step-2-key'), true);
    assert.equal(await page.inputValue('#task-title'), 'Fold and stack towels (lunch)');
    // Nothing was saved into the task until the coach said so.
    await page.click('button:has-text("Cancel")');
    assert.deepEqual(await instructions(page), before);

    // The job aid, three steps in, opens there again after a reload.
    await page.click('button:has-text("Open the job aid")');
    await page.click('button.job-aid__done');
    await page.click('button.job-aid__done');
    assert.match(await page.textContent('.job-aid__progress'), /^Step 3 of /);
    await page.reload();
    await page.waitForSelector('.job-aid__progress');
    assert.match(await page.textContent('.job-aid__progress'), /^Step 3 of /);
    await assertClean(page);
  });
});

test('the job aid at 1024 × 768 keeps "Done" on screen on a step with a picture', async () => {
  const landscape = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true };
  await withPage(landscape, async (page) => {
    await gotoRoute(page, suite.server.url, '#/tasks');
    await addPerson(page, 'EF');
    await page.selectOption('#template', 'clean-cafe-table');
    await page.click('button:has-text("Use this task")');
    for (const n of [1, 2]) {
      await page.click(`button:has-text("Edit step ${n}")`);
      await page.setInputFiles(`#step-${n}-picture`, { name: 'table.png', mimeType: 'image/png', buffer: PNG });
      await page.waitForSelector(`.steps li:nth-child(${n}) img.step__picture`);
      // Step 2 is a key step (QA #15): the worker is told, and "Done" still fits.
      if (n === 2) await page.check('#step-2-key');
      await page.click('button:has-text("Save step")');
    }
    await page.click('button:has-text("Open the job aid")');
    for (const n of [1, 2]) {
      await page.waitForSelector('img.job-aid__picture');
      const done = await page.$eval('button.job-aid__done', (b) => b.getBoundingClientRect().bottom);
      assert.ok(done <= 768, `step ${n}: "Done" ends at ${done}px, below the 768px screen`);
      // QA #15: the picture only shows the step's words, which the heading above says, so a
      // screen reader is not made to hear them twice.
      assert.equal(await page.getAttribute('img.job-aid__picture', 'alt'), '');
      const key = page.locator('.job-aid__key');
      if (n === 2) {
        assert.equal(await key.textContent(), 'Key step: get it right every time');
        assert.ok(await key.isVisible());
      } else {
        assert.equal(await key.count(), 0, 'step 1 is not a key step');
      }
      await page.click('button.job-aid__done');
    }
  });
});
