// The better-off calculator, clicked as a person would: the guided flow to an answer on a
// phone, the coaches' form updating as you type on a tablet, the chart by keyboard, the
// print view, save and reload, the share link round trip, a bad file refused, and bad
// input in every box. Each page is also checked with axe, for 44 px targets and for errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  VIEWPORTS, gotoRoute, browserSuite, assertClean, unreachableByKeyboard, fillCompact,
} from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;

const headline = (page) => page.locator('.headline__text').first().textContent();

test('guided flow on a phone: one question at a time, back keeps answers, to a correct answer', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    assert.equal(await page.textContent('.progress-text'), 'Question 1 of 8');
    // Whom it is for: the person themselves unless another answer is chosen.
    assert.equal(await page.textContent('h2.question'), 'Who is this for?');
    assert.equal(await page.isChecked('#for-whom-myself'), true);
    await page.click('button:has-text("Continue")');
    assert.equal(await page.textContent('.progress-text'), 'Question 2 of 8');

    // Continuing without an answer shows the problem at the top and beside the box.
    await page.click('button:has-text("Continue")');
    assert.equal(await page.textContent('.error-summary li'), 'Choose where you live');
    assert.match(await page.textContent('#region-error'), /Choose where you live/);
    await assertClean(page);

    await page.selectOption('#region', 'NORTH_WEST');
    await page.click('button:has-text("Continue")');
    assert.equal(await page.textContent('h2.question'), 'Who lives with you?');
    // Focus moves to the new question for screen reader users.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Who lives with you?');
    await page.click('button:has-text("Continue")');
    await page.fill('#adult-0-age', '30');
    await page.click('button:has-text("Back")');
    await page.click('button:has-text("Continue")');
    assert.equal(await page.inputValue('#adult-0-age'), '30', 'the answer survives going back');
    await page.click('button:has-text("Continue")');
    assert.equal(await page.textContent('h2.question'), 'Health and caring');
    await page.check('#adult-0-lcwra-unsure');
    await page.click('button:has-text("Continue")');
    await page.check('#tenure-social_rent');
    await page.fill('#rent', '500');
    await page.click('button:has-text("Continue")');
    await page.click('button:has-text("Continue")');
    await page.fill('#offer-0-hours', '16');
    await page.check('#offer-0-pension-no');
    await assertClean(page);
    await page.click('button:has-text("Show my answer")');

    // 16 h x £12.71: £91.51 a week better off (the oracle's figure, £4,758.62 a year).
    assert.equal(await headline(page), 'You would be £92 a week better off working 16 hours.');
    const assumed = await page.textContent('.results');
    assert.match(assumed, /We assumed you do not get the Universal Credit health element/);
    assert.match(assumed, /£12\.71 an hour/);
    await assertClean(page);

    // "Change" goes back to the question, with the answer kept.
    await page.click('.change-list li:has-text("Your home") button');
    assert.equal(await page.textContent('h2.question'), 'Your home');
    assert.equal(await page.inputValue('#rent'), '500');
  });
});

test('the coaches\' form on a tablet updates the answer as you type', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    assert.equal(await headline(page), 'You would be £92 a week better off working 16 hours.');
    await page.fill('#offer-0-hours', '30');
    assert.match(await headline(page), /better off working 30 hours\.$/);
    await page.fill('#offer-0-hours', '16');

    // The table by component, weekly: UC £924.90 a month out of work is £213.44 a week.
    const table = await page.textContent('.results .breakdown');
    assert.match(table, /Universal Credit£213\.44/);

    // A second job side by side.
    await page.click('text=Add another job to compare');
    await page.fill('#offer-1-hours', '24');
    assert.equal(await page.locator('.headline').count(), 2);
    assert.match(await page.locator('.headline__text').nth(1).textContent(), /working 24 hours/);
    await assertClean(page);
  });
});

test('the chart is labelled, reachable by keyboard, and has a table alternative', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    const chart = page.locator('svg.chart__svg');
    assert.match(await chart.getAttribute('aria-label'), /arrow keys/);
    assert.match(await page.textContent('.chart__readout'), /^This job, 16 hours a week/);
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    assert.match(await page.textContent('.chart__readout'), /^20 hours a week/);
    await page.keyboard.press('Home');
    assert.match(await page.textContent('.chart__readout'), /^0 hours a week/);

    // The what-if slider tries other hours beside the job entered: one tap does not change
    // the job; "Use these hours" does.
    const entered = await headline(page);
    await page.focus('#what-if-hours');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.inputValue('#offer-0-hours'), '16', 'the job entered is kept');
    assert.equal(await headline(page), entered, 'the answer is still for the job entered');
    assert.match(await page.textContent('.what-if-headline'), /working 16\.5 hours\.$/);
    await page.click('button:has-text("Use these hours")');
    assert.equal(await page.inputValue('#offer-0-hours'), '16.5');
    assert.match(await headline(page), /working 16\.5 hours\.$/);
    assert.equal(await page.locator('.what-if-tried').count(), 0);

    await page.click('text=Show the chart as a table');
    const rows = await page.locator('.chart__table tbody tr').count();
    assert.equal(rows, 25, 'every 2 hours from 0 to 48');
    // Below the chart (the heat map) is drawn once edits pause for 200 ms (`use_later`).
    await page.waitForTimeout(300);
    assert.ok(await page.locator('.heat-map__table td.is-offer').count() === 1);
    // The cell marked "this job" shows the headline's own figure (16.5 h after the slider).
    const headlineFigure = (await headline(page)).match(/£\d+/)[0];
    assert.ok((await page.textContent('.heat-map__table td.is-offer')).startsWith(headlineFigure));
  });
});

// QA #5: "Use these hours" and "Back to the job as entered" go once pressed; the
// keyboard's place must not fall to the top of the page with them.
test('after "Use these hours" or "Back to the job as entered" by keyboard, focus is on the hours slider', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'BUTTON' ? el.textContent.trim() : (el?.id || el?.tagName);
    });
    for (const [button, hours] of [['Use these hours', '16.5'], ['Back to the job as entered', '16.5']]) {
      await page.focus('#what-if-hours');
      await page.keyboard.press('ArrowRight');
      // Past the pay slider to the button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      if (button.startsWith('Back')) await page.keyboard.press('Tab');
      assert.match(await focused(), new RegExp(`^${button}`));
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('.what-if-tried').count(), 0);
      assert.equal(await focused(), 'what-if-hours', `focus after "${button}"`);
      assert.equal(await page.inputValue('#offer-0-hours'), hours);
      if (button === 'Use these hours') {
        assert.match(await page.textContent('.better-off .status'), /The job now has the hours/);
      }
    }
  });
});

test('print view shows the answer and its reasons, not the controls', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.emulateMedia({ media: 'print' });
    // The language picker and the easy-read switch are controls, not the answer.
    assert.equal(await page.locator('#language').isVisible(), false);
    assert.equal(await page.locator('#easy-read').isVisible(), false);
    assert.equal(await page.locator('.compact-form').isVisible(), false);
    assert.equal(await page.locator('.keep').isVisible(), false);
    assert.equal(await page.locator('nav').isVisible(), false);
    assert.equal(await page.locator('.headline').first().isVisible(), true);
    assert.match(await page.textContent('.results'), /Rates for 6 April 2026 to 5 April 2027/);
    await page.screenshot({ path: join(tmpdir(), 'work-steps-print.png'), fullPage: true });
    assert.equal(await page.locator('.print-only').isVisible(), true, 'the explanation prints');
    assert.match(await page.textContent('.print-only'), /Worked out on \d{1,2} \w+ 20\d\d\./);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    assert.ok(pages >= 1 && pages <= 2, `one or two pages, not ${pages}`);
  });
});

test('"Clear the form" asks first, and "Undo" puts every answer back until the next edit', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.click('#reset-form');
    assert.equal(await page.getAttribute('#reset-form', 'aria-expanded'), 'true');
    assert.equal(await page.inputValue('#rent'), '500', 'nothing cleared before "Yes"');
    await page.click('button:has-text("No, keep my answers")');
    assert.equal(await page.locator('#reset-question').count(), 0);
    assert.equal(await page.inputValue('#rent'), '500');

    await page.click('#reset-form');
    await page.click('button:has-text("Yes, clear the form")');
    await page.click('text=All on one page (for coaches)');
    assert.equal(await page.inputValue('#adult-0-age'), '');
    assert.equal(await page.locator('#rent').count(), 0, 'no tenure, so no rent box');
    await page.click('#reset-undo');
    await page.click('text=All on one page (for coaches)');
    assert.equal(await page.inputValue('#rent'), '500');
    assert.equal(await page.inputValue('#offer-0-hours'), '16');
    assert.equal(await headline(page), 'You would be £92 a week better off working 16 hours.');

    // After clearing, typing a new answer ends the chance to undo.
    await page.click('#reset-form');
    await page.click('button:has-text("Yes, clear the form")');
    await page.click('text=All on one page (for coaches)');
    await page.fill('#adult-0-age', '41');
    assert.equal(await page.locator('#reset-undo').count(), 0);
    await assertClean(page);
  });
});

test('save, reload, open, copy and delete a named scenario', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.fill('#save-name', 'AB café 16 hours');
    await page.click('.save-row button[type=submit]');
    assert.match(await page.textContent('.status'), /Saved as “AB café 16 hours”/);

    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.equal(await page.textContent('.saved-name'), 'AB café 16 hours');
    await page.click('.saved-item button:has-text("Open")');
    await page.click('text=All on one page (for coaches)');
    assert.equal(await page.inputValue('#rent'), '500');
    assert.equal(await headline(page), 'You would be £92 a week better off working 16 hours.');

    await page.click('.saved-item button:has-text("Copy")');
    assert.equal(await page.locator('.saved-item').count(), 2);
    await page.locator('.saved-item').nth(1).locator('button:has-text("Delete")').click();
    await page.click('button:has-text("Yes, delete")');
    assert.equal(await page.locator('.saved-item').count(), 1);
    await assertClean(page);
  });
});

test('a share link carries the household in the fragment only, and opens it elsewhere', async () => {
  let link;
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.click('text=Make a share link');
    link = await page.inputValue('#share-link');
  });
  const url = new URL(link);
  assert.equal(url.search, '', 'nothing in the query string, which a server would see');
  assert.match(url.hash, /^#\/better-off\?s=1\./);

  // A fresh browser context: nothing saved, only the link.
  await withPage(VIEWPORTS.phone, async (page) => {
    await page.goto(link);
    await page.waitForSelector('.headline__text');
    assert.equal(await headline(page), 'You would be £92 a week better off working 16 hours.');
    assert.match(await page.textContent('.status'), /Opened the household from the shared link/);
    // It opens on the answer; the form is one tap away.
    await page.click('#change-answers');
    assert.equal(await page.inputValue('#rent'), '500');
    assert.ok(!page.url().includes('?s='), 'the household is taken out of the address once opened');
  });

  // A damaged link is refused with a reason, and nothing breaks.
  await withPage(VIEWPORTS.phone, async (page) => {
    await page.goto(link.slice(0, link.length - 40));
    await page.waitForSelector('main#main h1');
    assert.match(await page.textContent('.status'), /could not be opened/);
  });
});

test('a bad file is refused whole with the reason; a good one adds its scenarios', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.fill('#save-name', 'Keep me');
    await page.click('.save-row button[type=submit]');

    for (const [name, body, reason] of [
      ['broken.json', '{"format": "work-steps/better-off-scenarios", "version": 1, "scen', /part-way/i],
      ['other.json', '{"format": "someone-else", "version": 1, "scenarios": []}', /not made by Work Steps/],
      ['newer.json', '{"format": "work-steps/better-off-scenarios", "version": 9, "scenarios": []}', /newer/i],
      ['photo.json', 'not json at all', /./],
    ]) {
      await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await page.waitForFunction(() => /not added/.test(document.querySelector('.status')?.textContent ?? ''));
      assert.match(await page.textContent('.status'), reason, name);
      assert.equal(await page.locator('.saved-item').count(), 1, `${name} changed nothing`);
    }

    // Download, then import the downloaded file: its scenario is added beside ours.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Download saved scenarios as a file")'),
    ]);
    const path = await download.path();
    await page.setInputFiles('#import-file', path);
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 2);
    assert.equal(await page.locator('.saved-name').nth(1).textContent(), 'Keep me (2)');
  });
});

test('bad input in every box gets a message beside it, keeps the text, and breaks nothing', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.selectOption('#child-count', '1');
    await page.fill('#child-0-age', '5');
    const answer = await headline(page);
    assert.match(answer, /better off working 16 hours/);
    const cases = [
      ['#adult-0-age', 'abc', /whole number/],
      ['#adult-0-age', '130', /between 16 and 100/],
      ['#child-0-age', '25', /between 0 and 19/],
      ['#rent', '-50', /cannot be less than £0/],
      ['#rent', '99999', /£5,000 or less/],
      ['#rent', 'lots', /as a number/],
      ['#council-tax', '1.234', /pounds and pence/],
      ['#savings', '£-3', /cannot be less than £0/],
      ['#offer-0-hours', '-4', /more than 0/],
      ['#offer-0-hours', '101', /100 a week or fewer/],
      ['#offer-0-hours', 'sixteen', /as a number/],
      ['#offer-0-wage', '-1', /cannot be less than £0/],
      ['#offer-0-travel', 'bus', /as a number/],
      ['#offer-0-childcare', '-10', /cannot be less than £0/],
    ];
    for (const [box, typed, message] of cases) {
      const before = await page.inputValue(box);
      await page.fill(box, typed);
      await page.keyboard.press('Tab');
      const id = box.slice(1);
      assert.match(await page.textContent(`#${id}-error`), message, `${box} = ${typed}`);
      assert.equal(await page.getAttribute(box, 'aria-invalid'), 'true');
      assert.match(await page.getAttribute(box, 'aria-describedby'), new RegExp(`${id}-error`));
      assert.equal(await page.inputValue(box), typed, 'what was typed is kept');
      await page.fill(box, before);
    }
    assert.equal(await headline(page), answer, 'the answer is back once the boxes are right');
  });
});

test('scenarios saved by a newer version are left untouched, and the page says so', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    const newer = JSON.stringify({ version: 99, saved: [{ name: 'from the future', form: {} }] });
    await page.evaluate((v) => localStorage.setItem('work-steps/better-off/saved', v), newer);
    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.match(await page.textContent('.notice--warning[role=alert]'), /could not be read by this version/);
    await fillCompact(page);
    await page.fill('#save-name', 'today');
    await page.click('.save-row button[type=submit]');
    assert.equal(await page.locator('.saved-item').count(), 1, 'saving still works for this visit');
    const stored = await page.evaluate(() => localStorage.getItem('work-steps/better-off/saved'));
    assert.equal(stored, newer, 'the newer data is not overwritten');
  });
});

test('first months in work: six assessment periods, paydays in each, the tight month named', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await fillCompact(page);
    await page.check('#offer-0-pay-frequency-weekly');
    await page.click('button:has-text("Show my first months")');
    // Weekly pay on Fridays from 15 May 2026; the claim's periods start on the 10th.
    await page.fill('#job-start', '2026-05-04');
    await page.fill('#first-payday', '2026-05-15');
    await page.fill('#ap-start', '2026-05-10');
    const cards = page.locator('.first-months__card');
    assert.equal(await cards.count(), 6);
    assert.match(await cards.nth(0).textContent(), /Month 1: 10 April to 9 May.*No wages yet/);
    // 10 July to 9 August holds five Fridays: 10, 17, 24, 31 July and 7 August.
    const july = await cards.nth(3).textContent();
    assert.equal((july.match(/: £\d+\.\d\d/g) ?? []).length >= 5, true, july);
    assert.match(july, /Five paydays in this period, so Universal Credit is lower/);
    // UC for 10 April to 9 May is paid 7 days later, on a Saturday, so the Friday before.
    assert.match(await cards.nth(0).textContent(), /paid on 15 May/);
    assert.equal(await page.locator('.first-months__badge').count(), 1);
    assert.match(await page.textContent('.first-months__tightest'), /^(Money is tightest in month \d|No month has less money than now)/);
    await assertClean(page);

    // A first payday before the job starts is named beside the payday box.
    await page.fill('#first-payday', '2026-05-01');
    assert.match(await page.textContent('#first-payday-error'), /./);
    assert.equal(await cards.count(), 0);
  });
});

/** Opens the page in a language, as a person who picked it earlier would. */
async function inLanguage(page, lang) {
  await page.addInitScript((code) => {
    localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code }));
  }, lang);
}

test('in Dutch on a phone: the guided questions to the answer, hours typed as 17,5', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await inLanguage(page, 'nl');
    await gotoRoute(page, suite.server.url, '#/better-off');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await page.textContent('main h1'), 'Heb ik meer geld als ik ga werken?');
    assert.equal(await page.textContent('.progress-text'), 'Vraag 1 van 8');
    assert.equal(await page.textContent('h2.question'), 'Voor wie is dit?');
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'Waar woon je?');
    assert.equal(await page.textContent('#region option[value="NORTH_WEST"]'), 'Noordwest-Engeland');

    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('.error-summary__title'), 'Er is een probleem');
    assert.equal(await page.textContent('.error-summary li'), 'Kies waar je woont');
    assert.match(await page.textContent('#region-error'), /Fout: Kies waar je woont/);
    await assertClean(page);

    await page.selectOption('#region', 'NORTH_WEST');
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'Wie woont er bij je?');
    assert.equal(await page.textContent('label[for="couple-yes"]'), 'Ja');
    await assertClean(page);
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'Over jou');
    await page.fill('#adult-0-age', '30');
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'Gezondheid en zorg');
    await assertClean(page);
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'Je woning');
    await page.check('#tenure-social_rent');
    await page.fill('#rent', '500,00');
    await assertClean(page);
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'Council tax en spaargeld');
    await page.click('button:has-text("Verder")');
    assert.equal(await page.textContent('h2.question'), 'De baan');

    // A word where the hours go gets a Dutch message beside the box; "17,5" is read.
    await page.fill('#offer-0-hours', 'veel');
    await page.check('#offer-0-pension-no');
    await page.click('button:has-text("Laat mijn antwoord zien")');
    assert.match(
      await page.textContent('#offer-0-hours-error'),
      /Vul de uren in als getal, bijvoorbeeld 16 of 22,5/,
    );
    await page.fill('#offer-0-hours', '17,5');
    assert.equal(await page.textContent('#offer-0-hours + .input-suffix'), 'uur per week');
    await assertClean(page);
    await page.click('button:has-text("Laat mijn antwoord zien")');

    assert.equal(await page.textContent('h2.guided-answer-heading'), 'Je antwoord');
    // The answer is worked out (not the "answers need checking" warning) for 17.5 hours,
    // written the Dutch way.
    assert.equal(await page.locator('.notice--warning').count(), 0);
    assert.match(await headline(page), /17,5/);
    assert.equal(await page.textContent('#change-heading'), 'Je antwoorden veranderen');
    assert.equal(await page.textContent('#keep-heading'), 'Bewaren en delen');
    assert.equal(
      await page.getAttribute('.change-list li:has-text("Je woning") button', 'aria-label'),
      'Veranderen: Je woning',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth) - 360;
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);

    await page.click('.change-list li:has-text("Je woning") button');
    assert.equal(await page.inputValue('#rent'), '500,00', 'what was typed is kept as typed');
  });
});

test('in Welsh on a phone: the coaches\' form is translated, fits and passes axe', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await inLanguage(page, 'cy');
    await gotoRoute(page, suite.server.url, '#/better-off');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.equal(await page.textContent('main h1'), "A fyddaf i'n well fy myd mewn gwaith?");
    await page.click('text=Popeth ar un dudalen (i hyfforddwyr)');
    assert.equal(await page.textContent('label[for="region"]'), "Ble rydych chi'n byw?");
    assert.equal(await page.textContent('#region option[value="WALES"]'), 'Cymru');
    await page.selectOption('#region', 'WALES');
    await page.fill('#adult-0-age', 'deg');
    await page.locator('#adult-0-age').blur();
    assert.match(await page.textContent('#adult-0-age-error'), /Gwall: Rhowch yr oed fel rhif cyfan/);
    await page.fill('#adult-0-age', '30');
    await page.check('#tenure-private_rent');
    assert.equal(await page.textContent('label[for="tenure-private_rent"]'), 'Rwy\'n rhentu gan landlord preifat');
    await page.fill('#rent', '600');
    await page.fill('#offer-0-hours', '20');
    assert.equal(await page.textContent('.keep h2'), 'Cadw a rhannu');
    await assertClean(page);
  });
});

test('easy read shows the calculator\'s shorter hints', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await page.addInitScript(() => {
      localStorage.setItem('work-steps-settings', JSON.stringify({ lang: 'en-GB', easy_read: true }));
    });
    await gotoRoute(page, suite.server.url, '#/better-off');
    assert.match(await page.textContent('.better-off .lead'), /^See how much money you would have in a job\.\s+Compare it with what you have now\.$/);
    await page.click('text=All on one page (for coaches)');
    assert.match(await page.textContent('#couple-hint'), /^A partner is a husband, wife or civil partner\./);
    await assertClean(page);
  });
});
