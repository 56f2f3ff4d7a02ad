// The questions added for issues 18 and 19, clicked through the guided flow on a phone
// (360 px) as a person would: someone on New Style ESA choosing between 14 and 20 hours, a
// tenant in supported housing, and a family whose free school meals stop. Each answer is
// checked against the engine itself: the household is taken from the page's own share link
// and run through the `better-off` command, and the figures the page shows must be the
// engine's. Every page is checked with axe, for 44 px targets and for sideways scrolling.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VIEWPORTS, gotoRoute, browserSuite, assertClean } from './harness.mjs';

const suite = browserSuite();
const { withPage } = suite;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = process.env.BETTER_OFF_BIN ?? join(ROOT, 'target', 'debug', 'better-off');

before(() => {
  // The engine's command, built natively if this checkout has not built it yet.
  if (!existsSync(ENGINE)) {
    execFileSync('cargo', ['build', '--quiet', '--bin', 'better-off'], { cwd: ROOT, stdio: 'inherit' });
  }
});

/** Opens the page in a language, as a person who picked it earlier would. */
async function inLanguage(page, lang) {
  await page.addInitScript((code) => {
    localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code }));
  }, lang);
}

/** The words on the page's buttons and in its answer, in each language. */
const WORDS = {
  'en-GB': {
    next: 'Continue',
    answer: 'Show my answer',
    change: 'Change',
    job: 'The job',
    keepsEsa: (amount) => `You keep New Style ESA of ${amount} a month`,
    losesEsa: 'You lose New Style ESA: work of 16 hours a week or more is not permitted work',
    hb: (amount) => `Housing Benefit: ${amount} a month.`,
    share: 'Make a share link',
    meals: 'free school meals',
  },
  cy: {
    next: 'Parhau',
    answer: 'Dangos fy ateb',
    change: 'Newid',
    job: 'Y swydd',
    keepsEsa: (amount) => `Rydych chi'n cadw ESA Dull Newydd o ${amount} y mis`,
    losesEsa: "Rydych chi'n colli ESA Dull Newydd",
    hb: (amount) => `Budd-dal Tai: ${amount} y mis.`,
    share: 'Gwneud dolen rannu',
  },
  nl: {
    next: 'Verder',
    answer: 'Laat mijn antwoord zien',
  },
};

/** "£1,234.56" as the page writes an amount in English and Welsh. */
const pounds = (n) => '£' + n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The household on the page, from its share link, run through the engine. */
async function engineReport(page, words) {
  await page.click(`text=${words.share}`);
  const link = await page.inputValue('#share-link');
  const payload = new URL(link).hash.split('?s=')[1];
  const json = Buffer.from(payload.slice(payload.indexOf('.') + 1), 'base64url').toString('utf8');
  const out = execFileSync(ENGINE, ['-'], { input: json, encoding: 'utf8' });
  return { scenario: JSON.parse(json), report: JSON.parse(out) };
}

async function next(page, words) {
  await page.click(`button:has-text("${words.next}")`);
}

/** The explanation, as the page shows it when opened. */
async function explanation(page) {
  const details = page.locator('details.explain').first();
  await details.locator('summary').click();
  return (await details.textContent()).replace(/\s+/g, ' ');
}

/** Whom it is for, region, household and age: the first four questions. */
async function start(page, words, age) {
  await gotoRoute(page, suite.server.url, '#/better-off');
  await next(page, words); // for themselves
  await page.selectOption('#region', 'NORTH_WEST');
  await next(page, words);
  await next(page, words);
  await page.fill('#adult-0-age', String(age));
  await next(page, words);
}

/** Someone on New Style ESA in the work-related activity group, renting from the council. */
async function esaPathToTheJob(page, words) {
  await start(page, words, 35);
  // Health: New Style ESA, which asks the group.
  assert.equal(await page.locator('#adult-0-esa-group').count(), 0, 'no group until ESA is chosen');
  await page.check('#adult-0-new-style-esa');
  await page.check('#adult-0-esa-group-wrag');
  assert.equal(await page.locator('#adult-0-award-weekly').count(), 1);
  await assertClean(page);
  await next(page, words);
  await page.check('#tenure-social_rent');
  await page.fill('#rent', '450');
  await next(page, words);
  await next(page, words);
  // The job: supported permitted work is asked because the person gets ESA.
  assert.equal(await page.locator('#offer-0-supported-work').count(), 1);
  await page.check('#offer-0-pension-no');
}

for (const lang of ['en-GB', 'cy']) {
  const words = WORDS[lang];

  test(`${lang}: New Style ESA is kept at 14 hours and stops at 20, as the engine says`, async () => {
    await withPage(VIEWPORTS.phone, async (page) => {
      await inLanguage(page, lang);
      await esaPathToTheJob(page, words);
      await page.fill('#offer-0-hours', '14');
      await assertClean(page);
      await page.click(`button:has-text("${words.answer}")`);
      await page.waitForSelector('.headline__text');
      await assertClean(page);

      const at14 = await engineReport(page, words);
      const adult = at14.scenario.adults[0];
      assert.equal(adult.new_style_esa.group, 'wrag', 'the page asked the engine about ESA');
      const esa14 = at14.report.offers[0].in_work.components.esa.monthly;
      assert.ok(esa14 > 0, 'the engine keeps ESA at 14 hours');
      assert.equal(esa14, at14.report.out_of_work.components.esa.monthly, 'all of it');
      const said14 = await explanation(page);
      assert.ok(said14.includes(words.keepsEsa(pounds(esa14))), said14);

      // Back to the job, 20 hours instead.
      await page.click(`.change-list li:has-text("${words.job}") button`);
      assert.equal(await page.inputValue('#offer-0-hours'), '14');
      await page.fill('#offer-0-hours', '20');
      await page.click(`button:has-text("${words.answer}")`);
      await page.waitForSelector('.headline__text');
      await assertClean(page);
      const at20 = await engineReport(page, words);
      assert.equal(at20.report.offers[0].in_work.components.esa.monthly, 0, 'the engine stops ESA at 20 hours');
      const said20 = await explanation(page);
      assert.ok(said20.includes(words.losesEsa), said20);
      assert.ok(!said20.includes(words.keepsEsa(pounds(esa14))), said20);

      // The headline is the engine's weekly change, to the pound.
      const weekly = at20.report.offers[0].better_off.weekly;
      const shown = (await page.locator('.headline__text').first().textContent()).match(/£(\d[\d,]*)/)[1];
      assert.equal(Number(shown.replace(/,/g, '')), Math.round(Math.abs(weekly)));
    });
  });

  test(`${lang}: a tenant in supported housing gets Housing Benefit for the rent, as the engine says`, async () => {
    await withPage(VIEWPORTS.phone, async (page) => {
      await inLanguage(page, lang);
      await start(page, words, 28);
      await next(page, words);
      await page.check('#tenure-social_rent');
      assert.equal(await page.locator('#bedrooms').count(), 1);
      await page.check('#supported-housing-supported');
      // Bedrooms do not matter in supported housing, so they are not asked.
      assert.equal(await page.locator('#bedrooms').count(), 0);
      await page.fill('#rent', '950');
      await page.check('#rent-period-month');
      await assertClean(page);
      await next(page, words);
      await next(page, words);
      await page.fill('#offer-0-hours', '16');
      await page.check('#offer-0-pension-no');
      await page.click(`button:has-text("${words.answer}")`);
      await page.waitForSelector('.headline__text');
      await assertClean(page);

      const { scenario, report } = await engineReport(page, words);
      assert.equal(scenario.housing.tenure, 'supported');
      const hbNow = report.out_of_work.components.housing_benefit.monthly;
      const hbWork = report.offers[0].in_work.components.housing_benefit.monthly;
      assert.ok(hbNow > 0, 'the engine pays Housing Benefit out of work');
      assert.equal(report.out_of_work.components.uc.housing.monthly, 0, 'not a UC housing element');
      const said = await explanation(page);
      assert.ok(said.includes(words.hb(pounds(hbWork))), `${pounds(hbWork)} in ${said}`);
      const weekly = report.offers[0].better_off.weekly;
      const shown = (await page.locator('.headline__text').first().textContent()).match(/£(\d[\d,]*)/)[1];
      assert.equal(Number(shown.replace(/,/g, '')), Math.round(Math.abs(weekly)));
    });
  });
}

/** An amount as the page writes it in English ("£1,234.56") or Dutch ("£ 1.234,56"). */
function amountIn(text, lang) {
  const digits = text.replace(/[^\d.,]/g, '');
  return Number(lang === 'nl' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, ''));
}

const MEALS = {
  'en-GB': /Free school meals: worth about (£[\d,.]+) a year/g,
  nl: /Gratis schoolmaaltijden: ongeveer (£\s?[\d.,]+) per jaar waard/g,
};

for (const lang of ['en-GB', 'nl']) {
  const words = WORDS[lang];

  test(`${lang}: a family's free school meals stop in full-time work, as the engine says`, async () => {
    await withPage(VIEWPORTS.phone, async (page) => {
      await inLanguage(page, lang);
      await gotoRoute(page, suite.server.url, '#/better-off');
      await next(page, words); // for themselves
      // 2025-26: England's free school meals then stop at £7,400 a year of earnings.
      await page.selectOption('#region', 'NORTH_WEST');
      await page.selectOption('#tax-year', '2025-26');
      await next(page, words);
      await page.selectOption('#child-count', '1');
      await next(page, words);
      await page.fill('#adult-0-age', '30');
      await next(page, words);
      await page.fill('#child-0-age', '8');
      await next(page, words);
      await next(page, words);
      await page.check('#tenure-social_rent');
      await page.fill('#rent', '500');
      await next(page, words);
      await next(page, words);
      await page.fill('#offer-0-hours', '30');
      await page.check('#offer-0-pension-no');
      await assertClean(page);
      await page.click(`button:has-text("${words.answer}")`);
      await page.waitForSelector('.headline__text');
      await assertClean(page);

      await page.click('text=' + (lang === 'nl' ? 'Een deellink maken' : 'Make a share link'));
      const link = await page.inputValue('#share-link');
      const payload = new URL(link).hash.split('?s=')[1];
      const json = Buffer.from(payload.slice(payload.indexOf('.') + 1), 'base64url').toString('utf8');
      const out = JSON.parse(execFileSync(ENGINE, ['--oracle-format', '-'], { input: json, encoding: 'utf8' }));
      const now = out.out_of_work.free_school_meals;
      assert.ok(now > 0, 'the engine gives free school meals out of work');
      assert.equal(out.in_work.free_school_meals, 0, 'and stops them in this job');

      // The page says they are worth the engine's figure now, and only once: not in work.
      const said = await explanation(page);
      const found = [...said.matchAll(MEALS[lang])].map((m) => amountIn(m[1], lang));
      assert.equal(found.length, 1, said);
      assert.ok(Math.abs(found[0] - now) < 0.01, `${found[0]} vs the engine's ${now}`);
    });
  });
}

test('the coaches\' form asks each new question only when it matters, at 360 px, with messages beside the boxes', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await page.click('text=All on one page (for coaches)');
    await page.selectOption('#region', 'NORTH_WEST');
    await page.fill('#adult-0-age', '45');
    await page.fill('#offer-0-hours', '16');
    await page.check('#offer-0-pension-no');

    // Near State Pension age: the date of birth; over it, the State Pension (not ESA or JSA).
    assert.equal(await page.locator('#adult-0-birth-date').count(), 0);
    await page.fill('#adult-0-age', '66');
    await page.fill('#adult-0-birth-date', '1990-01-01');
    await page.locator('#adult-0-birth-date').blur();
    assert.match(await page.textContent('#adult-0-birth-date-error'), /This date of birth does not fit the age given/);
    await page.fill('#adult-0-birth-date', '1960-01-15');
    assert.equal(await page.locator('#adult-0-state-pension').count(), 1);
    assert.equal(await page.locator('#adult-0-new-style').count(), 0, 'ESA and JSA stop at pension age');
    await page.fill('#adult-0-state-pension', '230.25');

    // Twins are asked only of children the same age.
    await page.selectOption('#child-count', '2');
    await page.fill('#child-0-age', '4');
    await page.fill('#child-1-age', '6');
    assert.equal(await page.locator('#child-0-twin').count(), 0);
    await page.fill('#child-1-age', '4');
    assert.equal(await page.locator('#child-0-twin').count(), 1);
    await page.check('#child-0-twin-yes');
    await page.check('#child-1-twin-yes');

    // Living with family: the relative's exemption only when they get help with rent.
    await page.check('#tenure-with_family');
    assert.equal(await page.locator('#relative-exempt').count(), 0);
    await page.check('#relative-housing-uc');
    await page.check('#relative-exempt-no');
    await page.fill('#family-contribution', 'lots');
    await page.locator('#family-contribution').blur();
    assert.match(await page.textContent('#family-contribution-error'), /Enter what you pay your family as a number/);
    await page.fill('#family-contribution', '120');

    // The job: travel a month, and which children the childcare is for.
    await page.fill('#offer-0-travel', '60');
    await page.check('#offer-0-travel-period-month');
    assert.equal(await page.textContent('#offer-0-travel + .input-suffix'), 'a month');
    assert.equal(await page.locator('#offer-0-childcare-children').count(), 0);
    await page.fill('#offer-0-childcare', '400');
    await page.selectOption('#offer-0-childcare-children', '1');
    // On Pension Credit, Universal Credit's own questions are not asked (QA #13); under
    // State Pension age they are.
    assert.equal(await page.locator('#uc-deductions').count(), 0);
    assert.equal(await page.locator('#benefit-cap-grace').count(), 0);
    await page.fill('#adult-0-age', '45');
    await page.fill('#uc-deductions', '45');
    await page.check('#benefit-cap-grace-yes');
    await page.check('#expecting-baby-yes');

    // England: today's council tax reduction, then what to use in work.
    await page.fill('#council-tax', '1500');
    assert.equal(await page.locator('#council-tax-in-work').count(), 0);
    await page.fill('#council-tax-reduction', '900');
    await page.check('#council-tax-in-work-own');
    await page.fill('#council-tax-reduction-in-work', '2000');
    await page.locator('#council-tax-reduction-in-work').blur();
    assert.match(await page.textContent('#council-tax-reduction-in-work-error'), /cannot be more than the council tax/);
    // Every new question on the page, one with its message: the form alone is checked
    // here (the answer is not shown while a box is wrong).
    await assertClean(page);
    await page.fill('#council-tax-reduction-in-work', '300');
    await page.waitForSelector('.headline__text');
    assert.equal(await page.locator('.field-error').count(), 0);

    // Scotland works its council tax reduction out: the boxes go.
    await page.selectOption('#region', 'SCOTLAND');
    assert.equal(await page.locator('#council-tax-reduction').count(), 0);
    assert.equal(await page.locator('#council-tax-in-work').count(), 0);
    await page.waitForSelector('.headline__text');
    // The answer with every new question answered, heat map included, is clean too (its
    // best band once had too little contrast for its white text here).
    await assertClean(page);
  });
});
