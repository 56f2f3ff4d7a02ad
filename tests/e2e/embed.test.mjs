// Embedding the calculator on an agency's website: the demo page served from another
// origin shows the calculator in an iframe that follows its height; the theme applies and
// a bad one is ignored; the loader ignores messages from anyone but that iframe; the app
// sends its height only to the page it was told about and asks no other site for anything;
// and the embed route itself is clean at phone and tablet size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, VIEWPORTS, openPage, gotoRoute, assertClean, unreachableByKeyboard,
  axeViolations, smallTargets, answerCompact as fillCompact, assertNoProblems, checkedRun,
  askForLock, unlockWith,
} from './harness.mjs';
import { serveApp, serveAgency, contrast } from './servers.mjs';

const BAD = {
  brand: 'red;background:url(x)',
  accent: '#fff;color:red',
  font: 'Arial;background:url(https://evil.example/f)',
  logo: 'https://evil.example/logo.png',
};

let app;
let agency;
let hostile;
let welsh;
let browser;
before(async () => {
  app = await serveApp();
  agency = await serveAgency(app.url);
  hostile = await serveAgency(app.url, { attrs: BAD });
  welsh = await serveAgency(app.url, { attrs: { name: 'Cyngor Sir Enghraifft', lang: 'cy' } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await agency?.close();
  await hostile?.close();
  await welsh?.close();
});

/**
 * A page that may load from the agency's origin and the app's. Records console and page
 * errors, requests to any other origin (refused), and any request the app's own frames
 * make to anywhere but the app's origin.
 */
async function openAgencyPage(device, origins = [agency.origin]) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [], appLeaks: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => problems.pageErrors.push(String(e)));
  const allowed = [...origins, app.origin].map((o) => o + '/');
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = request.url();
    let frameUrl = '';
    try { frameUrl = request.frame().url(); } catch { /* not from a frame */ }
    const local = url.startsWith('data:') || url.startsWith('blob:');
    if (frameUrl.startsWith(app.origin + '/') && !local && !url.startsWith(app.origin + '/')) {
      problems.appLeaks.push(url);
    }
    if (local || allowed.some((o) => url.startsWith(o))) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort();
  });
  return { context, page, problems };
}

async function withAgencyPage(device, fn, origins) {
  const { context, page, problems } = await openAgencyPage(device, origins);
  try {
    await fn(page, problems);
    assertNoProblems(problems);
    assert.deepEqual(problems.appLeaks, []);
  } finally {
    await context.close();
  }
}

/** The embedded calculator's frame, once it has rendered. */
async function calculatorFrame(page, selector = '[data-work-steps] iframe') {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  await frame.waitForSelector('main:not(.loading) h1');
  return frame;
}

async function heights(page, frame) {
  const iframe = await page.$eval('[data-work-steps] iframe', (el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: Math.ceil(document.querySelector('.embed').getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  return { iframe, ...inside };
}

/** Waits until the iframe is as tall as what is in it, then returns the heights. */
async function heightsWhenFollowing(page, frame) {
  let last;
  for (let i = 0; i < 50; i++) {
    last = await heights(page, frame);
    if (Math.abs(last.iframe - last.content) <= 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`the iframe never followed its content: ${JSON.stringify(last)}`);
}

const iframeHeight = (page) => page.$eval('[data-work-steps] iframe', (el) => el.getBoundingClientRect().height);

for (const [deviceName, device] of Object.entries(VIEWPORTS)) {
  test(`the demo page on another origin shows the calculator in an iframe that follows its height (${deviceName})`, async () => {
    await withAgencyPage(device, async (page) => {
      await page.goto(agency.origin + '/embed-demo.html');
      assert.notEqual(new URL(agency.origin).origin, new URL(app.origin).origin);
      const iframe = await page.waitForSelector('[data-work-steps] iframe');
      assert.equal(await iframe.getAttribute('title'), 'Better-off calculator from Example Employment Support');
      assert.equal(await iframe.getAttribute('allow'), null, 'no extra permissions');
      const src = new URL(await iframe.getAttribute('src'));
      assert.equal(src.origin + src.pathname, app.url, 'built from the loader\'s own address');
      assert.match(src.hash, /^#\/embed\/better-off\?/);
      assert.equal(new URLSearchParams(src.hash.split('?')[1]).get('origin'), agency.origin);
      // The no-JavaScript link in the snippet is replaced by the iframe.
      assert.equal(await page.locator('[data-work-steps] > a').count(), 0);

      const frame = await calculatorFrame(page);
      assert.equal(await frame.textContent('main h1'), 'Will I be better off in work?');
      const first = await heightsWhenFollowing(page, frame);
      assert.notEqual(first.iframe, 640, 'moved from the loader\'s starting height (40rem)');
      assert.ok(first.scroll <= first.client + 1, `no scrolling inside the iframe: ${JSON.stringify(first)}`);
      // Nothing sideways either, in an iframe narrower than the phone.
      const wide = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `the calculator is ${wide}px wider than its iframe`);

      // The answer appears: the page grows, and the iframe with it.
      await fillCompact(frame);
      const grown = await heightsWhenFollowing(page, frame);
      assert.ok(grown.iframe > first.iframe + 200, `grew from ${first.iframe} to ${grown.iframe}`);
      assert.ok(grown.scroll <= grown.client + 1, `no scrolling inside the iframe: ${JSON.stringify(grown)}`);

      // Back to one question at a time: the page shrinks, and so does the iframe.
      await frame.click('text=One question at a time');
      await frame.waitForSelector('.progress-text');
      const shrunk = await heightsWhenFollowing(page, frame);
      assert.ok(shrunk.iframe < grown.iframe - 200, `shrank from ${grown.iframe} to ${shrunk.iframe}`);

      // Inside the iframe, at the width it really has: accessible and touchable.
      const violations = await axeViolations(frame);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(await smallTargets(frame), []);
    });
  });
}

test('the theme from the snippet applies: brand colour, accent, font, name and logo', async () => {
  await withAgencyPage(VIEWPORTS.tablet, async (page) => {
    await page.goto(agency.origin + '/embed-demo.html');
    const frame = await calculatorFrame(page);
    const css = (selector, property) => frame.$eval(selector, (el, p) => getComputedStyle(el)[p], property);
    const variable = (name) => frame.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);

    assert.equal(await variable('--color-brand'), '#00594f');
    assert.equal(await variable('--color-accent'), '#f2a900');
    assert.equal(await css('.mode-button[aria-pressed=true]', 'backgroundColor'), 'rgb(0, 89, 79)');
    assert.equal(await css('.mode-button[aria-pressed=true]', 'color'), 'rgb(255, 255, 255)');
    assert.equal(await css('.embed-header', 'backgroundColor'), 'rgb(0, 89, 79)');
    assert.equal(await css('.embed-header', 'borderBottomColor'), 'rgb(242, 169, 0)');
    // QA #14: the main buttons ("Continue", "Save") are in the brand colour too, as the demo's
    // table says, with white words on them.
    const main = frame.locator('.button:not(.button--secondary):not(.button--link):not(.button--warning)').first();
    assert.ok(await main.isVisible(), 'a main button is on screen');
    assert.equal(await main.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 89, 79)');
    assert.equal(await main.evaluate((b) => getComputedStyle(b).color), 'rgb(255, 255, 255)');
    // The demo's table lists every setting embed.js reads, data-lang among them.
    const documented = await page.$$eval('main table tbody th code', (cs) => cs.map((c) => c.textContent));
    assert.deepEqual(documented, ['data-brand', 'data-accent', 'data-font', 'data-logo', 'data-name', 'data-lang']);
    assert.match(await css('body', 'fontFamily'), /^Verdana, Arial, sans-serif, system-ui/);
    // Set through the CSSOM on <html>, never as a style attribute in the markup.
    assert.equal(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--color-brand')), '#00594f');

    assert.equal(await frame.textContent('.embed-header__name'), 'Better-off calculator from Example Employment Support');
    const logo = await frame.$eval('.embed-header__logo', (img) => ({
      src: img.getAttribute('src'), url: img.currentSrc, loaded: img.complete && img.naturalWidth > 0, alt: img.alt,
    }));
    assert.deepEqual(logo, { src: 'embed-demo-logo.svg', url: app.url + 'embed-demo-logo.svg', loaded: true, alt: '' });

    // No app navigation in the iframe, but still a main landmark and one h1.
    assert.equal(await frame.locator('nav, .site-header, .skip-link').count(), 0);
    assert.equal(await frame.locator('main').count(), 1);
    assert.equal(await frame.locator('h1').count(), 1);
    // The agency's page keeps its own look.
    assert.equal(await page.$eval('body', (b) => getComputedStyle(b).fontFamily), 'Georgia, "Times New Roman", serif');
  });
});

/** `#fd0` as `#ffdd00`: the release build's CSS minifier writes colours in their short form. */
function hex6(colour) {
  const c = colour.toLowerCase();
  return /^#[0-9a-f]{3}$/.test(c) ? '#' + [...c.slice(1)].map((d) => d + d).join('') : c;
}

test('a bad theme in the snippet is ignored, and nothing is fetched from another site', async () => {
  await withAgencyPage(VIEWPORTS.phone, async (page) => {
    await page.goto(hostile.origin + '/bad-theme.html');
    const frame = await calculatorFrame(page);
    const variable = (name) => frame.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim(), name);
    assert.equal(hex6(await variable('--color-brand')), '#1d5c8c', 'the app\'s own brand colour');
    assert.equal(hex6(await variable('--color-accent')), '#ffdd00');
    assert.equal(await frame.$eval('main', (m) => getComputedStyle(m).backgroundImage), 'none');
    assert.match(await frame.$eval('body', (b) => getComputedStyle(b).fontFamily), /^system-ui/);
    assert.equal(await frame.locator('.embed-header__logo').count(), 0, 'a logo from another site is not shown');
    // The valid parts of the same theme still apply.
    assert.equal(await frame.textContent('.embed-header__name'), 'Better-off calculator from Example Employment Support');
    await heightsWhenFollowing(page, frame);
  }, [hostile.origin]);
});

test('a bad or too-light theme in the address: ignored, or darkened until white text is readable', async () => {
  const query = new URLSearchParams({
    brand: '#ffdd00',
    accent: 'yellow',
    font: 'x;y:url(z)',
    logo: '//evil.example/logo.png',
    name: '<img src=x onerror=alert(1)>',
  });
  await checkedRun(await openPage(browser, app.origin, VIEWPORTS.phone), async (page) => {
    await gotoRoute(page, app.url, `#/embed/better-off?${query}`);
    const brand = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-brand').trim());
    assert.notEqual(brand, '#ffdd00');
    assert.ok(contrast(brand, '#ffffff') >= 4.5, `${brand} on white is ${contrast(brand, '#ffffff')}`);
    const button = await page.$eval('.mode-button[aria-pressed=true]', (b) => ({
      bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color,
    }));
    assert.ok(contrast(button.bg, button.fg) >= 4.5, JSON.stringify(button));
    // The main buttons take the darkened brand colour, so their white words stay readable.
    const main = await page.$eval('.button:not(.button--secondary):not(.button--link):not(.button--warning)', (b) => ({
      bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color,
    }));
    assert.equal(main.bg, button.bg, 'the same colour as the brand');
    assert.ok(contrast(main.bg, main.fg) >= 4.5, JSON.stringify(main));
    assert.equal(hex6(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent').trim())), '#ffdd00');
    assert.equal(await page.locator('img').count(), 0, 'neither the bad logo nor the name became an image');
    assert.equal(await page.textContent('.embed-header__name'), 'Better-off calculator from <img src=x onerror=alert(1)>');
    await assertClean(page);
  });
});

test('in the iframe, the share link opens the agency\'s page with the household, and no "Copy link" that cannot work', async () => {
  await withAgencyPage(VIEWPORTS.tablet, async (page) => {
    await page.goto(agency.origin + '/embed-demo.html');
    const frame = await calculatorFrame(page);
    await fillCompact(frame);
    const answer = await frame.textContent('.headline__text');
    await frame.click('button:has-text("Make a share link")');
    const link = await frame.inputValue('#share-link');
    assert.ok(link.startsWith(agency.origin + '/embed-demo.html#work-steps-s=1.'), `the link opens the agency's page: ${link}`);

    // Opened by someone else: the agency's page, its calculator on the same answer, and the
    // household taken out of the page's address so a reload does not undo later changes.
    const other = await page.context().newPage();
    await other.goto(link);
    const opened = await calculatorFrame(other);
    await opened.waitForSelector('.headline__text');
    assert.equal(await opened.textContent('.headline__text'), answer);
    await opened.click('#change-answers');
    assert.equal(await opened.inputValue('#rent'), '500');
    assert.equal(new URL(other.url()).hash, '');
    await other.close();
    // The frame was given no clipboard permission (the loader allows nothing extra), so
    // there is no "Copy link" button that could not work: it says how to copy instead.
    assert.equal(await frame.locator('button:has-text("Copy link")').count(), 0);
    assert.equal(await frame.textContent('#share-link ~ .hint'), 'Select the link in the box and copy it.');

    // The full app, not in a frame, keeps its button, and it says truthfully what happened.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    const full = await page.context().newPage();
    await full.goto(app.url + '#/better-off');
    await fillCompact(full);
    await full.click('button:has-text("Make a share link")');
    await full.click('button:has-text("Copy link")');
    await full.waitForFunction(() => document.querySelector('.status').textContent.length > 0);
    assert.equal(await full.textContent('.status'), 'Link copied. Paste it into a message or email.');
    assert.equal(await full.evaluate(() => navigator.clipboard.readText()), await full.inputValue('#share-link'));
  });
});

test('the loader ignores heights from another origin, another window, or that make no sense', async () => {
  await withAgencyPage(VIEWPORTS.tablet, async (page) => {
    await page.goto(agency.origin + '/embed-demo.html');
    const frame = await calculatorFrame(page);
    const { iframe: start } = await heightsWhenFollowing(page, frame);
    const message = { type: 'work-steps:height', height: 2345 };

    // From the agency's own page (the wrong origin).
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    // From another window on the app's origin (the right origin, the wrong source).
    await page.evaluate((src) => {
      const other = document.createElement('iframe');
      other.src = src;
      other.id = 'other';
      document.body.append(other);
    }, app.url + '#/');
    const other = await calculatorFrame(page, '#other');
    await other.evaluate((m) => parent.postMessage(m, '*'), message);
    // From the calculator itself, but not a sane height or not a height message.
    for (const bad of [
      { type: 'work-steps:height', height: '2345' },
      { type: 'work-steps:height', height: -5 },
      { type: 'work-steps:height', height: 1e9 },
      { type: 'work-steps:height', height: null },
      { type: 'work-steps:height' },
      { type: 'something-else', height: 2345 },
      'work-steps:height 2345',
    ]) {
      await frame.evaluate((m) => parent.postMessage(m, '*'), bad);
    }
    await frame.evaluate(() => parent.postMessage({ type: 'work-steps:height', height: NaN }, '*'));
    await page.waitForTimeout(500);
    assert.equal(await iframeHeight(page), start, 'none of those moved the iframe');

    // The same message from the calculator's own window is obeyed, so the checks above
    // are what stopped the others.
    await frame.evaluate((m) => parent.postMessage(m, '*'), message);
    await page.waitForFunction(() => document.querySelector('[data-work-steps] iframe').getBoundingClientRect().height === 2345);
  });
});

test('the app sends its height only to the origin it was given, and only when framed', async () => {
  await withAgencyPage(VIEWPORTS.tablet, async (page) => {
    await page.goto(agency.origin + '/blank.html');
    await page.evaluate(() => {
      window.heights = [];
      window.addEventListener('message', (e) => window.heights.push({ origin: e.origin, data: e.data }));
    });
    const add = (id, hash) => page.evaluate(([i, src]) => {
      const f = document.createElement('iframe');
      f.id = i;
      f.src = src;
      document.body.append(f);
    }, [id, app.url + hash]);
    // No origin, and an origin that is not this page's: nothing may arrive.
    await add('none', '#/embed/better-off?name=A');
    await add('elsewhere', `#/embed/better-off?origin=${encodeURIComponent('https://elsewhere.example')}`);
    await calculatorFrame(page, '#none');
    await calculatorFrame(page, '#elsewhere');
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.heights), []);
    // This page's own origin: the height arrives.
    await add('right', `#/embed/better-off?origin=${encodeURIComponent(agency.origin)}`);
    await calculatorFrame(page, '#right');
    await page.waitForFunction(() => window.heights.length > 0);
    const [first] = await page.evaluate(() => window.heights);
    assert.equal(first.origin, app.origin);
    assert.equal(first.data.type, 'work-steps:height');
    assert.ok(Number.isInteger(first.data.height) && first.data.height > 300, JSON.stringify(first));
  }, [agency.origin]);
});

for (const [deviceName, device] of Object.entries(VIEWPORTS)) {
  test(`#/embed/better-off on a ${deviceName}: clean, accessible, touchable, keyboard-reachable`, async () => {
    const logo = 'data:image/svg+xml;base64,' + Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#00594f"/></svg>',
    ).toString('base64');
    const query = new URLSearchParams({
      brand: '#00594f', accent: '#f2a900', font: 'Verdana, sans-serif', logo, name: 'Example Employment Support',
    });
    await checkedRun(await openPage(browser, app.origin, device), async (page) => {
      await gotoRoute(page, app.url, `#/embed/better-off?${query}`);
      assert.equal(await page.textContent('main h1'), 'Will I be better off in work?');
      assert.equal(await page.textContent('.embed-header__name'), 'Better-off calculator from Example Employment Support');
      assert.equal(await page.$eval('.embed-header__logo', (i) => i.complete && i.naturalWidth), 40);
      assert.match(await page.title(), /^Better-off calculator/);
      await assertClean(page);
      assert.deepEqual(await unreachableByKeyboard(page), []);

      // With problems shown and then with an answer: still clean, and no link strands the
      // person in the iframe (only in-page links, or a new tab).
      await page.click('button:has-text("Continue")'); // past whom it is for
      await page.click('button:has-text("Continue")');
      await page.waitForSelector('.error-summary');
      await assertClean(page);
      await fillCompact(page);
      await assertClean(page);
      const links = await page.$$eval('a[href]', (as) => as.map((a) => ({ href: a.getAttribute('href'), target: a.target })));
      assert.ok(links.length > 0);
      for (const link of links) {
        const inPage = link.href.startsWith('#') && !link.href.startsWith('#/');
        assert.ok(inPage || link.target === '_blank', `a link that would leave the calculator inside the iframe: ${JSON.stringify(link)}`);
      }
    });
  });
}

test('framed by another origin, every page but the calculator shows only a notice and a link to open it in its own tab', async () => {
  await withAgencyPage(VIEWPORTS.phone, async (page) => {
    await page.goto(agency.origin + '/embed-demo.html');
    const frame = await calculatorFrame(page);
    // What a click-jacking page would do: move the frame to the pages that hold people's data.
    for (const route of ['#/your-data', '#/tasks', '#/tracker', '#/better-off', '#/']) {
      await page.$eval('[data-work-steps] iframe', (el, src) => { el.src = src; }, app.url + route);
      await frame.waitForSelector('.framed-notice h1');
      assert.equal(await frame.textContent('.framed-notice h1'), 'Open Work Steps in its own tab', route);
      assert.equal(await frame.locator('button, input, select, textarea, nav').count(), 0, `${route}: nothing to press but the link`);
      const link = frame.locator('.framed-notice a');
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.equal(await link.getAttribute('href'), app.url + route);
      assert.deepEqual(await axeViolations(frame), [], route);
    }
    // The calculator itself still opens in the frame.
    await page.$eval('[data-work-steps] iframe', (el, src) => { el.src = src; }, app.url + '#/embed/better-off');
    await frame.waitForSelector('.framed-notice', { state: 'detached' });
    await frame.waitForSelector('main:not(.loading) h1');
    assert.ok(await frame.locator('main input, main select').count() > 0, 'the calculator asks its questions');
  });
});

test('the demo says truthfully how many lines to copy, with the no-script link the README has', async () => {
  const { readFile } = await import('node:fs/promises');
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const readmeLink = readme.match(/<a href="[^"]*#\/better-off">([^<]+)<\/a>/);
  assert.ok(readmeLink, 'README has a no-script link in its snippet');
  await withAgencyPage(VIEWPORTS.tablet, async (page) => {
    await page.goto(agency.origin + '/embed-demo.html');
    const snippet = await page.textContent('.agency-notes pre code');
    const said = Number(await page.textContent('.snippet-lines'));
    assert.equal(snippet.trim().split('\n').length, said, snippet);
    assert.match(snippet, new RegExp(`<a href="https://YOUR-HOST/PATH-TO-WORK-STEPS/#/better-off">${readmeLink[1]}</a>`));
    assert.match(snippet, /<script src="https:\/\/YOUR-HOST\/PATH-TO-WORK-STEPS\/embed\.js" defer><\/script>/);
    // The page's own snippet, above, is the same shape.
    assert.doesNotMatch(await page.content(), /copy these two lines/i);
  });
});

test('in a Welsh embed the heading is Welsh', async () => {
  const query = new URLSearchParams({ name: 'Cyngor Sir Enghraifft', lang: 'cy' });
  const { context, page, problems } = await openPage(browser, app.origin, VIEWPORTS.phone);
  try {
    await gotoRoute(page, app.url, `#/embed/better-off?${query}`);
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await page.waitForSelector('.embed-header__name:has-text("Cyngor Sir Enghraifft")');
    assert.equal(await page.textContent('.embed-header__name'), 'Cyfrifiannell well eich byd gan Cyngor Sir Enghraifft');
    await assertClean(page);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await context.close();
  }
});

test('in a Welsh embed on an agency\'s page the iframe\'s title, read by screen readers there, is Welsh', async () => {
  await withAgencyPage(VIEWPORTS.phone, async (page) => {
    await page.goto(welsh.origin + '/bad-theme.html');
    await page.waitForSelector('[data-work-steps] iframe');
    await page.waitForFunction(
      () => document.querySelector('[data-work-steps] iframe').title === 'Cyfrifiannell well eich byd gan Cyngor Sir Enghraifft',
      null,
      { timeout: 15000 },
    );
  }, [welsh.origin]);
});

test('opened on the app\'s own site while the data is locked, the embed shows the unlock screen, never shows or writes the data, and opens with the passphrase', async () => {
  const { context, page, problems } = await openPage(browser, app.origin, VIEWPORTS.tablet);
  const kept = () => page.evaluate(() => ({ ...localStorage }));
  try {
    // An answer kept by the embed, then the lock turned on in Your data (the tools bundle).
    await gotoRoute(page, app.url, '#/embed/better-off');
    await fillCompact(page);
    await page.goto(app.url + '#/your-data');
    await page.waitForSelector('main#main h1:has-text("Your data")');
    await askForLock(page, 'blue kettle morning');
    await page.waitForFunction(() => /The lock is on/.test(document.querySelector('.status')?.textContent ?? ''));
    const sealed = await kept();
    const values = Object.entries(sealed).filter(([k]) => k.startsWith('work-steps/') && k !== 'work-steps/schema' && k !== 'work-steps/lock');
    assert.ok(values.length > 0, 'the calculator\'s answer is kept');
    for (const [k, v] of values) assert.ok(v.startsWith('enc1.'), `${k} is sealed`);

    // The embed's address: its own bundle starts, at the unlock screen, with nothing of the data.
    await page.goto(app.url + '#/embed/better-off');
    await page.waitForSelector('#unlock-passphrase');
    assert.equal(await page.locator('.embed, .headline__text, #rent').count(), 0, 'no calculator while locked');
    await assertClean(page);
    await page.waitForTimeout(500);
    assert.deepEqual(await kept(), sealed, 'nothing written over the locked data');

    // The passphrase opens it, with the answer kept before the lock.
    await unlockWith(page, 'blue kettle morning');
    await page.waitForSelector('.embed .headline__text');
    assert.equal(
      await page.locator('.headline__text').first().textContent(),
      'You would be £92 a week better off working 16 hours.',
    );
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});
