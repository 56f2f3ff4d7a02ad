// The better-off answer read on a phone (issue 20), at 360 and 390 CSS px, in English and in
// Welsh (whose longer words made the money table 906 px wide), and in the embed: no text of
// the answer, the money table, the chart or the heat map is cut off or runs out of its box;
// a table too wide for the screen scrolls in its own box with a line above it that says so;
// the money table for one job fits without scrolling; every word on the chart is drawn at
// 12 px or more, none over another; and with a Universal Credit statement the headline, the chart and the heat
// map's "this job" square give one figure and say which it is. A screenshot of each is kept
// (target/screenshots/phone-answer/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserSuite, openPage, gotoRoute, horizontalOverflow } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(here, '..', '..', 'target', 'screenshots', 'phone-answer');
const suite = browserSuite();

const phone = (width) => ({
  viewport: { width, height: 780 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
});

/** Runs `fn(page)` on a phone `width` wide in `lang`, then checks nothing went wrong. */
async function onPhone(lang, width, fn) {
  const { context, page, problems } = await openPage(suite.browser, suite.server.origin, phone(width));
  await context.addInitScript((code) => {
    if (!sessionStorage.getItem('language-set')) {
      localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code, easy_read: false }));
      sessionStorage.setItem('language-set', '1');
    }
  }, lang);
  try {
    await fn(page);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

/**
 * A single social renter (30, North West, £500 a month rent, £1,400 a year council tax,
 * 16 hours, no pension) on the coaches' form, by the boxes' ids so it works in any
 * language; `hash` is the calculator's route (the app's or the embed's).
 */
async function walkToAnswer(page, hash = '#/better-off') {
  await gotoRoute(page, suite.server.url, hash);
  const modes = page.locator('.mode-button');
  if (await modes.count() > 1) await modes.nth(1).click();
  await page.selectOption('#region', 'NORTH_WEST');
  await page.fill('#adult-0-age', '30');
  await page.check('#tenure-social_rent');
  await page.fill('#rent', '500');
  const councilTax = page.locator('#council-tax');
  if (await councilTax.count()) await councilTax.fill('1400');
  await page.fill('#offer-0-hours', '16');
  await page.check('#offer-0-pension-no');
  await page.locator('.headline__text').first().waitFor();
  await page.locator('.heat-map__table').waitFor();
  await page.locator('.chart__svg text').first().waitFor();
  // The chart is drawn again at the width it is given once it has been measured.
  await page.waitForTimeout(100);
}

/**
 * Every problem a person on this screen would meet in the answer, the money table, the
 * chart and the heat map: text cut off by a box that does not scroll, text in a box that
 * scrolls with nothing above it saying so, chart words under 12 px or outside the chart,
 * and the page itself scrolling sideways.
 */
async function readingProblems(page) {
  const problems = [];
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) problems.push(`the page is ${overflow}px wider than the screen`);
  problems.push(...await page.evaluate(() => {
    const found = [];
    const name = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const vw = document.documentElement.clientWidth;
    const results = document.querySelector('.results');
    if (!results) return ['no answer on the page'];
    // Words in the page: each element with text of its own, inside the box that clips it.
    for (const el of results.querySelectorAll('*')) {
      if (el.closest('svg, .visually-hidden, option, select')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      let box = null;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') { box = p; break; }
      }
      const edge = box ? box.getBoundingClientRect() : { left: 0, right: vw };
      const cut = r.right > Math.min(edge.right, vw) + 1 || r.left < Math.max(edge.left, 0) - 1;
      if (!cut) continue;
      const scrolls = box && ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
      if (!scrolls) {
        found.push(`${name(el)} is cut off (${Math.round(r.left)} to ${Math.round(r.right)}, its box ${Math.round(edge.left)} to ${Math.round(edge.right)})`);
        continue;
      }
      const hint = box.previousElementSibling;
      const said = hint && hint.classList.contains('scroll-hint') && hint.checkVisibility()
        && hint.getBoundingClientRect().right <= vw + 1;
      if (!said) found.push(`${name(el)} is off the side of a box that scrolls, with nothing to say it does`);
    }
    // The chart: every word at 12 px or more as drawn, and inside the drawing.
    for (const svg of results.querySelectorAll('.chart__svg')) {
      const sr = svg.getBoundingClientRect();
      for (const t of svg.querySelectorAll('text')) {
        const drawn = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
        if (drawn < 12 - 0.05) found.push(`chart text "${t.textContent}" is ${drawn.toFixed(1)} px`);
        const r = t.getBoundingClientRect();
        if (r.left < sr.left - 1 || r.right > sr.right + 1 || r.top < sr.top - 1 || r.bottom > sr.bottom + 1) {
          found.push(`chart text "${t.textContent}" runs out of the chart (${Math.round(r.left)} to ${Math.round(r.right)} of ${Math.round(sr.left)} to ${Math.round(sr.right)})`);
        }
      }
      // No two words on the chart cover each other (QA #8: a mark's label over "£400").
      const texts = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBoundingClientRect()]);
      texts.forEach(([a, ra], i) => {
        for (const [b, rb] of texts.slice(i + 1)) {
          const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (across > 0.5 && down > 0.5) found.push(`chart text "${a}" overlaps "${b}"`);
        }
      });
    }
    return found;
  }));
  return problems;
}

/** The money table for one job is no wider than its box: both columns show whole. */
async function moneyTableFits(page) {
  return page.evaluate(() => {
    const wrap = document.querySelector('.results .breakdown').closest('.table-wrap');
    return { table: wrap.scrollWidth, box: wrap.clientWidth };
  });
}

async function shot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.locator('.results').screenshot({ path: join(SHOTS, `${name}.png`) });
}

for (const lang of ['en-GB', 'cy']) {
  for (const width of [360, 390]) {
    test(`the answer reads whole on a ${width} px phone in ${lang}`, async () => {
      await onPhone(lang, width, async (page) => {
        await walkToAnswer(page);
        assert.deepEqual(await readingProblems(page), []);
        const fit = await moneyTableFits(page);
        assert.ok(fit.table <= fit.box + 1, `the money table is ${fit.table}px in a ${fit.box}px box`);
        await shot(page, `${lang}-${width}-one-job`);

        // Two more jobs: the table is wider than the phone, scrolls in its box, and says so.
        for (const [i, hours] of [[1, '24'], [2, '37.5']]) {
          await page.locator('.add-offer, button:has-text("Add another job"), button:has-text("swydd arall")').first().click();
          await page.fill(`#offer-${i}-hours`, hours);
          await page.check(`#offer-${i}-pension-no`);
        }
        await page.locator('.headline').nth(2).waitFor();
        await page.waitForTimeout(100);
        assert.deepEqual(await readingProblems(page), []);
        await shot(page, `${lang}-${width}-three-jobs`);
      });
    });
  }
}

// QA #8: the marks' labels on a 360 px phone, where "ESA yn dod i ben ar 16 awr" and "Free
// prescriptions stop" were drawn over "£400" and the offer's words ran to the edge.
for (const lang of ['en-GB', 'cy']) {
  test(`the chart's labels keep off each other and the axis on a 360 px phone in ${lang} (New Style ESA)`, async () => {
    await onPhone(lang, 360, async (page) => {
      await walkToAnswer(page);
      await page.check('#adult-0-new-style-esa');
      await page.check('#adult-0-esa-group-wrag');
      // Savings over £16,000: no Universal Credit makes up ESA, so it is a cliff at 16 hours.
      await page.fill('#savings', '20000');
      await page.locator('.chart__cliff text').first().waitFor();
      await page.waitForTimeout(100);
      const marks = await page.locator('.chart__cliff text').allTextContents();
      assert.ok(marks.join(' ').includes('ESA'), marks.join(' | '));
      assert.deepEqual(await readingProblems(page), []);
      await mkdir(SHOTS, { recursive: true });
      await page.locator('.chart__svg').screenshot({ path: join(SHOTS, `${lang}-360-esa-chart.png`) });
    });
  });
}

test('the embed on a phone: the chart words are 12 px or more and nothing is cut off', async () => {
  for (const width of [360, 320]) {
    await onPhone('cy', width, async (page) => {
      await walkToAnswer(page, '#/embed/better-off?name=Asiantaeth');
      assert.deepEqual(await readingProblems(page), [], `${width} px`);
      await shot(page, `embed-cy-${width}`);
    });
  }
});

/** The whole pounds in a text, in order ("£1,234" is 1234). */
const pounds = (text) => [...text.matchAll(/£\s?([\d,]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));

for (const [lang, statementWords] of [['en-GB', /statement/], ['cy', /datganiad/]]) {
  test(`one answer everywhere with a Universal Credit statement, on a phone, in ${lang}`, async () => {
    await onPhone(lang, 360, async (page) => {
      await walkToAnswer(page);
      const before = pounds(await page.locator('.headline__text').first().textContent())[0];
      // The statement says £75 a month less than we work out: "now" is lower, the job better.
      await page.fill('#uc-statement', '850');
      await page.waitForFunction((old) => {
        const m = document.querySelector('.headline__text').textContent.match(/£([\d,]+)/);
        return m && Number(m[1].replace(/,/g, '')) !== old;
      }, before);
      // Below the chart (the heat map) is drawn once edits pause for 200 ms
      // (`use_later`); this edit may follow the last within that.
      await page.waitForTimeout(300);
      const headline = pounds(await page.locator('.headline__text').first().textContent())[0];
      assert.ok(headline > before, `${headline} after the statement, ${before} before`);
      // The chart's read-out at the job: its last amount is the better-off figure.
      const readout = pounds(await page.locator('.chart__readout').textContent());
      assert.equal(readout[readout.length - 1], headline, `chart read-out ${readout}`);
      // The heat map's "this job" square.
      const cell = pounds(await page.locator('.heat-map__table td.is-offer').textContent())[0];
      assert.equal(cell, headline, 'the heat map\'s square for this job');
      const job = pounds(await page.locator('.heat-map__job').textContent());
      assert.equal(job[job.length - 1], headline, 'the line above the heat map');
      // Each says which figure it is: after which costs, and "now" from the statement.
      for (const where of ['.chart__measure', '.heat-map__measure']) {
        assert.match(await page.locator(where).textContent(), statementWords, where);
      }
      assert.deepEqual(await readingProblems(page), []);
    });
  });
}

test('the checks find what they are for: a squeezed chart and a clipped table fail', async () => {
  await onPhone('en-GB', 360, async (page) => {
    await walkToAnswer(page);
    await page.addStyleTag({
      content: '.chart__svg { width: 60% !important; } .heat-map .table-wrap { overflow-x: hidden !important; } .scroll-hint { display: none !important; }',
    });
    const problems = await readingProblems(page);
    assert.ok(problems.some((p) => /^chart text ".*" is \d+(\.\d)? px$/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /is cut off/.test(p)), problems.join('\n'));
  });
});
