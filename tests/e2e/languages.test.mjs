// Every route in English (UK), Welsh, Dutch and Swedish, at phone and tablet size: the page
// says which language it is in, every word comes from that language's messages (no message
// id shows where a message is missing), axe finds nothing, every target is 44 px, and no text
// spills out of its box or off the screen (longer Welsh and Dutch words are where that
// happens). A screenshot of each is kept in target/screenshots/languages/ for a person to
// look over. Then the language picker: chosen, remembered, defaulting to the browser's
// language; the note that the calculator uses UK rules; an embedded calculator in the
// agency's language; and easy read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  browserSuite, VIEWPORTS, openPage, gotoRoute, axeViolations, smallTargets, reflowProblems, assertNoProblems, withOpened,
} from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');
const SHOTS = join(ROOT, 'target', 'screenshots', 'languages');
const LANGS = ['en-GB', 'cy', 'nl', 'sv'];

/** A language's messages as id → text (the simple one-line ones are enough for checks). */
async function messages(lang) {
  const dir = join(ROOT, 'locales', lang);
  const out = {};
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.ftl')).sort()) {
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (m) out[m[1]] = m[2].replace(/\{ -app-name \}/g, 'Work Steps');
    }
  }
  return out;
}
const MESSAGES = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await messages(l)])));
const IDS = Object.keys(MESSAGES['en-GB']);

const ROUTES = [
  { hash: '#/', h1: 'home-title' },
  { hash: '#/better-off', h1: null },
  { hash: '#/tasks', h1: 'route-tasks' },
  { hash: '#/tracker', h1: 'route-tracker' },
  { hash: '#/your-data', h1: 'route-your-data' },
  { hash: '#/privacy', h1: 'route-privacy' },
  { hash: '#/no-such-page', h1: 'route-not-found' },
];

const suite = browserSuite();

/** A page whose device starts in `lang`, as if picked there before (set once, before load). */
async function openIn(lang, device) {
  const opened = await openPage(suite.browser, suite.server.origin, device);
  await opened.context.addInitScript((code) => {
    if (!sessionStorage.getItem('language-set')) {
      localStorage.setItem('work-steps-settings', JSON.stringify({ lang: code }));
      sessionStorage.setItem('language-set', '1');
    }
  }, lang);
  return opened;
}

/** Message ids showing on the page (text, labels, names, titles, alt text, values). */
function shownIds(page) {
  return page.evaluate((ids) => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], option, input[type=button], input[type=submit]')) {
      parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('alt') ?? '',
        el.getAttribute('placeholder') ?? '', el.textContent ?? '');
    }
    const text = parts.join('\n');
    return ids.filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text));
  }, IDS);
}

async function checkPage(page, what) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 2)}`);
  assert.deepEqual(await smallTargets(page), [], `${what}: small targets`);
  assert.deepEqual(await reflowProblems(page), [], `${what}: text spills out`);
  assert.deepEqual(await shownIds(page), [], `${what}: message ids on the page (a message is missing)`);
}

await mkdir(SHOTS, { recursive: true });
for (const lang of LANGS) {
  for (const [deviceName, device] of Object.entries(VIEWPORTS)) {
    test(`every route in ${lang} on a ${deviceName}: in ${lang}, axe-clean, 44 px targets, nothing spills`, async () => {
      await withOpened(await openIn(lang, device), async (page, context, problems) => {
        for (const route of ROUTES) {
          const what = `${lang} ${route.hash} (${deviceName})`;
          await gotoRoute(page, suite.server.url, route.hash);
          assert.equal(await page.getAttribute('html', 'lang'), lang, what);
          assert.equal(await page.inputValue('#language'), lang, what);
          if (route.h1) {
            assert.equal((await page.textContent('main h1')).trim(), MESSAGES[lang][route.h1], what);
          }
          const ukNote = await page.locator('.uk-rules').count();
          assert.equal(ukNote, route.hash === '#/better-off' && lang !== 'en-GB' ? 1 : 0, `${what}: UK rules note`);
          await checkPage(page, what);
          const name = route.hash.replace(/[#/]/g, '') || 'home';
          await page.screenshot({ path: join(SHOTS, `${lang}-${deviceName}-${name}.png`), fullPage: true });
        }
        assertNoProblems(problems);
      });
    });
  }
}

test('the language comes from the browser at first, then from the picker, and is remembered', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin,
    { ...VIEWPORTS.phone, locale: 'nl-BE' }), async (page, context, problems) => {
    await gotoRoute(page, suite.server.url, '#/');
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    assert.equal((await page.textContent('main h1')).trim(), MESSAGES.nl['home-title']);

    await page.selectOption('#language', 'cy');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    assert.equal((await page.textContent('main h1')).trim(), MESSAGES.cy['home-title']);
    assert.equal(await page.title(), `${MESSAGES.cy['route-home']} – Work Steps`);
    // Each language is named in itself, and marked so a screen reader says it that way.
    assert.equal(await page.getAttribute('#language option[value=sv]', 'lang'), 'sv');
    assert.equal((await page.textContent('#language option[value=sv]')).trim(), 'Svenska');

    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy', 'the choice is remembered');
    // Only the chosen language's file was fetched, from the app's own folder.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname).filter((p) => p.includes('/locales/')));
    assert.ok(fetched.length >= 1 && fetched.every((p) => p.endsWith('/locales/cy.ftl')), fetched.join(', '));

    await page.selectOption('#language', 'en-GB');
    await page.waitForFunction(() => document.documentElement.lang === 'en-GB');
    assert.equal((await page.textContent('main h1')).trim(), MESSAGES['en-GB']['home-title']);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test('a language that cannot be fetched leaves the page as it was and says so beside the picker', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin, VIEWPORTS.phone), async (page, context, problems) => {
    await gotoRoute(page, suite.server.url, '#/');
    await context.route('**/locales/sv.ftl', (route) => route.abort());
    await page.selectOption('#language', 'sv');
    await page.waitForSelector('#language-error');
    assert.match(await page.textContent('#language-error'), /Svenska could not be loaded/);
    assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
    assert.equal(await page.inputValue('#language'), 'en-GB');
    assert.equal(await page.getAttribute('#language', 'aria-describedby'), 'language-error');
    assert.deepEqual(problems.pageErrors, []);
  });
});

test('money is written the language\'s way, and the better-off rules say they are UK rules', async () => {
  await withOpened(await openIn('sv', VIEWPORTS.phone), async (page, context, problems) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    assert.equal((await page.textContent('.uk-rules')).trim(), MESSAGES.sv['uk-rules-notice']);
    assert.match(await page.textContent('.uk-rules'), /Storbritanniens regler/);
    assert.deepEqual(problems.pageErrors, []);
  });
});

test('an agency\'s embed in Welsh is in Welsh, without changing the person\'s own choice', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin, VIEWPORTS.phone), async (page, context, problems) => {
    await page.goto(`${suite.server.url}#/embed/better-off?lang=cy&name=Asiantaeth`);
    // The loading page's own heading is in index.html: wait for the app's.
    await page.waitForSelector('main:not(.loading) h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy');
    assert.equal(await page.locator('.uk-rules').count(), 1);
    assert.equal(await page.evaluate(() => localStorage.getItem('work-steps-settings')), null);
    await checkPage(page, 'the embed in Welsh');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test('easy read: switched on, short lines show, and it is remembered', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin, VIEWPORTS.phone), async (page, context, problems) => {
    await gotoRoute(page, suite.server.url, '#/');
    const lead = () => page.evaluate(() => document.querySelector('.lead').innerText.trim());
    assert.equal(await lead(), MESSAGES['en-GB']['home-lead']);
    await page.check('#easy-read');
    await page.waitForFunction(() => document.documentElement.classList.contains('easy-read'));
    const lines = (await lead()).split('\n').map((l) => l.trim());
    assert.deepEqual(lines.slice(0, 2), ['Three free tools.', 'For people looking for work, their families and job coaches.']);
    assert.ok(await page.isChecked('#easy-read'));
    await page.reload();
    await page.waitForSelector('main#main h1');
    assert.ok(await page.isChecked('#easy-read'), 'remembered');
    assert.equal((await lead()).split('\n')[0].trim(), 'Three free tools.');
    await checkPage(page, 'home in easy read');
    await page.uncheck('#easy-read');
    await page.waitForFunction(() => !document.documentElement.classList.contains('easy-read'));
    assert.equal(await lead(), MESSAGES['en-GB']['home-lead']);
    assert.deepEqual(problems.pageErrors, []);
  });
});

test('the check for message ids can fail', async () => {
  await withOpened(await openPage(suite.browser, suite.server.origin, VIEWPORTS.phone), async (page) => {
    await gotoRoute(page, suite.server.url, '#/');
    await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<p>home-title</p><button aria-label="data-cancel">x</button>'));
    assert.deepEqual(await shownIds(page), ['data-cancel', 'home-title']);
  });
});
