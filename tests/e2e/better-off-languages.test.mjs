// The better-off answer in other languages and in easy read: walked to on a phone in Welsh
// and in Swedish (money written "1 234,56 £"), with the chart's text alternative, the table
// and the first months in that language; at tablet size in Dutch; and with easy read on,
// one idea a line and a drawn icon beside each key figure. Every page is checked with axe,
// for 44 px targets and for sideways scrolling; a screenshot of each is kept for a person
// to look over (target/screenshots/better-off-languages/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  browserSuite, VIEWPORTS, openPage, gotoRoute, assertClean, checkedRun,
} from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, '..', '..', 'target', 'screenshots', 'better-off-languages');
const suite = browserSuite();

/** A page whose device starts in `lang` (and easy read if asked), as if picked before. */
async function openIn(lang, device, { easyRead = false } = {}) {
  const opened = await openPage(suite.browser, suite.server.origin, device);
  await opened.context.addInitScript(([code, easy]) => {
    if (!sessionStorage.getItem('language-set')) {
      localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code, easy_read: easy }));
      sessionStorage.setItem('language-set', '1');
    }
  }, [lang, easyRead]);
  return opened;
}

/** Runs `fn(page)` in `lang`, then checks nothing went wrong on the way. */
async function inLanguage(lang, device, fn, options) {
  await checkedRun(await openIn(lang, device, options), (page) => fn(page));
}

/**
 * The oracle's single social renter (30, North West, £500 a month, 16 hours, no pension) on
 * the coaches' form, found by the boxes' ids so it works in any language.
 */
async function walkToAnswer(page, hours = '16') {
  await gotoRoute(page, suite.server.url, '#/better-off');
  await page.locator('.mode-button').nth(1).click();
  await page.selectOption('#region', 'NORTH_WEST');
  await page.fill('#adult-0-age', '30');
  await page.check('#tenure-social_rent');
  await page.fill('#rent', '500');
  await page.fill('#offer-0-hours', hours);
  await page.check('#offer-0-pension-no');
  await page.locator('.headline__text').first().waitFor();
}

async function shot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.locator('.results').screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** No message id shows anywhere (a missing message would show as its id). */
async function noIds(page) {
  const text = await page.textContent('.results');
  assert.doesNotMatch(text, /result-[a-z]/, 'a message id shows instead of words');
  const labels = await page.evaluate(() => [...document.querySelectorAll('.results [aria-label]')]
    .map((el) => el.getAttribute('aria-label')).join(' '));
  assert.doesNotMatch(labels, /result-[a-z]/, 'a message id shows in an aria-label');
}

test('the answer in Welsh on a phone: headline, table, chart text, first months', async () => {
  await inLanguage('cy', VIEWPORTS.phone, async (page) => {
    await walkToAnswer(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'Byddech chi £92 yr wythnos yn well eich byd yn gweithio 16 awr.',
    );
    const results = await page.textContent('.results');
    assert.match(results, /Eich arian, yr wythnos/);
    assert.match(results, /Credyd Cynhwysol/);
    assert.match(results, /Ar ôl i fyw arno/);
    assert.match(results, /Sut wnaethon ni gyfrifo hyn/);
    assert.match(results, /Cyfraddau ar gyfer 6 Ebrill 2026 i 5 Ebrill 2027\./);
    assert.doesNotMatch(results, /Left to live on|a week better off|How we worked this out/);

    // The chart's text alternative and its caption.
    const label = await page.getAttribute('.chart__svg', 'aria-label');
    assert.match(label, /^Ar ôl i fyw arno yr wythnos am 0 i \d+ awr o waith ar £12\.71 yr awr\. Nawr: £\d+ yr wythnos\./);
    assert.match(label, /Gyda'r swydd hon, 16 awr: £\d+ yr wythnos, £\d+ yn well eich byd na nawr\./);
    assert.match(label, /Defnyddiwch y bysellau saeth chwith a de/);
    assert.match(await page.textContent('.chart__caption'), /^Ar ôl i fyw arno yr wythnos/);
    // Which figure it is, in Welsh: only the rent was entered, so only the rent is named.
    assert.match(await page.textContent('.chart__measure'), /ar ôl rhent\.$/);
    assert.match(await page.textContent('#heat-map-title'), /Ble mae gwaith yn talu orau/);

    // The first months, with month names in Welsh.
    await page.click('[aria-controls="first-months-body"]');
    const months = await page.textContent('.first-months');
    assert.match(months, /Mis 1: \d+ (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) i \d+/);
    assert.match(months, /Beth sy'n helpu/);
    await noIds(page);
    await assertClean(page);
    await shot(page, 'cy-phone');
  });
});

test('the answer in Swedish on a phone: money written "1 234,56 £"', async () => {
  await inLanguage('sv', VIEWPORTS.phone, async (page) => {
    await walkToAnswer(page, '35');
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    const headline = await page.locator('.headline__text').first().textContent();
    assert.match(headline, /^Du skulle få \d+\u00a0£ mer i veckan om du jobbar 35 timmar\.$/);
    const results = await page.textContent('.results');
    // Thousands apart with a no-break space, a decimal comma, the pound sign after.
    assert.match(results, /\d\u00a0\d{3},\d{2}\u00a0£/, 'an amount like 1 234,56 £');
    // Every figure in the table is written the Swedish way (a dash where nothing applies).
    const cells = await page.locator('.breakdown td').allTextContents();
    assert.ok(cells.length > 0);
    for (const cell of cells) {
      assert.match(cell, /^(\u2212?\d{1,3}(\u00a0\d{3})*,\d{2}\u00a0£|–)$/, cell);
    }
    assert.match(results, /Kvar att leva på/);
    const label = await page.getAttribute('.chart__svg', 'aria-label');
    assert.match(label, /^Kvar att leva på i veckan vid 0 till \d+ timmars jobb för 12,71\u00a0£ i timmen\./);
    assert.match(label, /Använd piltangenterna/);
    // The chart as a table, in Swedish.
    await page.click('.chart__table summary');
    assert.equal(await page.textContent('.chart__table th[scope="col"]'), 'Timmar i veckan');
    await noIds(page);
    await assertClean(page);
    await shot(page, 'sv-phone');
  });
});

test('the answer in Dutch on a tablet and a phone: nothing spills over', async () => {
  for (const [name, device] of [['tablet', VIEWPORTS.tablet], ['phone', VIEWPORTS.phone]]) {
    await inLanguage('nl', device, async (page) => {
      await walkToAnswer(page);
      assert.equal(
        await page.locator('.headline__text').first().textContent(),
        'Je zou £\u00a092 per week beter af zijn als je 16 uur werkt.',
      );
      assert.match(await page.textContent('.results'), /Over om van te leven/);
      await page.click('[aria-controls="first-months-body"]');
      await noIds(page);
      await assertClean(page);
      await shot(page, `nl-${name}`);
    });
  }
});

test('easy read: one idea a line, an icon beside each key figure, in English and Welsh', async () => {
  for (const lang of ['en-GB', 'cy']) {
    await inLanguage(lang, VIEWPORTS.phone, async (page) => {
      await walkToAnswer(page);
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('easy-read')), true);
      const lines = await page.locator('.headline .easy-line').allTextContents();
      const figures = await page.locator('.easy-figure').allTextContents();
      assert.equal(figures.length, 4, `four key figures: ${figures}`);
      // Each figure has its own drawn icon, hidden from screen readers.
      assert.equal(await page.locator('.easy-figure > svg.easy-icon[aria-hidden="true"]').count(), 4);
      for (const icon of ['home', 'work', 'difference', 'hours']) {
        assert.equal(await page.locator(`.easy-figure svg.easy-icon--${icon}`).count(), 1, icon);
      }
      if (lang === 'en-GB') {
        assert.equal(lines[0], 'You would have more money if you take this job.');
        assert.equal(lines[1], 'You would have £92 more each week.');
        assert.equal(lines[2], 'This is if you work 16 hours a week.');
        assert.match(figures[0], /^ ?Money now, without the job: £\d+ a week$/);
        assert.match(figures[2], /The difference: £92 more each week/);
        assert.match(figures[3], /Work: 16 hours a week/);
        assert.ok(lines.includes('For each extra £1 you earn, you keep about 45p.'), lines.join(' | '));
      } else {
        assert.equal(lines[0], 'Byddai gennych chi fwy o arian yn y swydd hon.');
        assert.match(figures[2], /Y gwahaniaeth: £92 yn fwy bob wythnos/);
      }
      await noIds(page);
      await assertClean(page);
      await shot(page, `easy-${lang}-phone`);
    }, { easyRead: true });
  }
});

test('easy read switched on with the header\'s switch changes the answer at once', async () => {
  await inLanguage('en-GB', VIEWPORTS.tablet, async (page) => {
    await walkToAnswer(page);
    assert.equal(await page.locator('.easy-figure').count(), 0);
    await page.check('#easy-read');
    await page.locator('.easy-figure').first().waitFor();
    assert.equal(await page.locator('.easy-figure svg.easy-icon').count(), 4);
    await assertClean(page);
    await page.uncheck('#easy-read');
    await page.locator('.easy-figure').first().waitFor({ state: 'detached' });
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'You would be £92 a week better off working 16 hours.',
    );
  });
});
