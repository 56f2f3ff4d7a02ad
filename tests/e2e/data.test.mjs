// Data that is never lost: version-1 data migrated in the browser, a page killed mid-edit,
// storage that refuses to save, backup and move (export, import on a fresh profile, merge or
// replace, bad files refused with nothing changed), and the passphrase lock (sealed at rest,
// unlock, wrong passphrase, locked after idle time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  browserSuite, VIEWPORTS, gotoRoute, assertClean, askForLock, unlockWith, addPerson,
  coachTabletV1, keptValues, seedStorage,
} from './harness.mjs';

const V1 = await coachTabletV1();

const suite = browserSuite();
const { withPage } = suite;


/** Replaces the browser's storage with `values`, then loads the app afresh on `hash`. */
const seed = (page, values, hash) => seedStorage(page, suite.server.url, values, hash);

/** Opens Job steps and adds a person there. */
async function personInTasks(page, label) {
  await gotoRoute(page, suite.server.url, '#/tasks');
  await addPerson(page, label);
}

async function saveBackup(page) {
  await gotoRoute(page, suite.server.url, '#/your-data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('button:has-text("Save a backup of everything")'),
  ]);
  assert.match(download.suggestedFilename(), /^work-steps-backup-\d{4}-\d\d-\d\d\.json$/);
  return readFile(await download.path(), 'utf8');
}

async function bringIn(page, text, how) {
  await gotoRoute(page, suite.server.url, '#/your-data');
  await page.setInputFiles('#backup-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForSelector('.import-choice');
  await page.check(how === 'replace' ? '#import-replace' : '#import-merge');
  await page.click('button:has-text("Bring it in")');
  await page.waitForSelector('.import-report li');
}

test('data kept by version 1 of the app is migrated on first start, and every tool shows it', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await seed(page, V1, '#/tasks');
    await page.click('.pick:has-text("AB")');
    await page.click('.pick:has-text("Fold and stack towels")');
    await page.waitForSelector('.steps li:first-child img.step__picture');

    const after = await keptValues(page);
    assert.equal(after['work-steps/schema'], '2');
    assert.equal(after['work-steps/tasks'], V1['work-steps/tasks'], 'tasks untouched');
    assert.equal(JSON.parse(after['work-steps/better-off/saved']).format, 'work-steps/better-off-saved');
    assert.ok(after['work-steps/pictures/step-s3'], 'the picture in use stays');
    assert.equal(after['work-steps/pictures/step-s4'], undefined, 'the unused picture went');

    await gotoRoute(page, suite.server.url, '#/better-off');
    await page.click('text=All on one page (for coaches)');
    assert.equal(await page.textContent('.saved-name'), 'AB café 16 hours');

    await gotoRoute(page, suite.server.url, '#/your-data');
    assert.match(await page.textContent('.data-counts'), /1 person.*1 task.*1 teaching session.*1 picture.*1 saved scenario/s);
    await assertClean(page);
  });
});

test('a page killed straight after an edit keeps the edit, and the calculator keeps its household', async () => {
  await withPage(VIEWPORTS.phone, async (page, context) => {
    await gotoRoute(page, suite.server.url, '#/better-off');
    await page.click('text=All on one page (for coaches)');
    await page.selectOption('#region', 'NORTH_WEST');
    await page.fill('#adult-0-age', '30');
    await page.fill('#offer-0-hours', '16');
    await personInTasks(page, 'KP');
    // The renderer is killed at once (as when a tablet's browser is swiped away or crashes).
    const cdp = await context.newCDPSession(page);
    cdp.send('Page.crash').catch(() => {});
    await page.waitForEvent('crash');
    const again = await context.newPage();
    await gotoRoute(again, suite.server.url, '#/tasks');
    assert.equal(await again.locator('.pick:has-text("KP")').count(), 1);
    await gotoRoute(again, suite.server.url, '#/better-off');
    assert.equal(await again.inputValue('#offer-0-hours'), '16');
    assert.equal(await again.inputValue('#adult-0-age'), '30');
    assert.equal(await again.inputValue('#region'), 'NORTH_WEST');
  });
});

test('when the browser will not save, the app says so and keeps working in memory', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await personInTasks(page, 'MM');
    await page.selectOption('#template', 'fold-towels');
    await page.click('button:has-text("Use this task")');
    assert.match(await page.textContent('.storage-problem'), /kept only until you close the page/);
    assert.match(await page.textContent('main'), /no room left to save the tasks/);
    // Moving to another tool keeps the work: the tracker sees the task made a moment ago.
    await gotoRoute(page, suite.server.url, '#/tracker');
    await page.click('.pick:has-text("MM")');
    assert.equal(await page.locator('.pick:has-text("Fold and stack towels")').count(), 1);
  });
});

test('a backup of everything, brought into a fresh browser, gives identical data', async () => {
  let backup;
  let original;
  await withPage(VIEWPORTS.tablet, async (page) => {
    await seed(page, V1, '#/your-data');
    original = await keptValues(page);
    backup = await saveBackup(page);
    assert.match(await page.textContent('.status'), /Saved a backup file/);
  });
  assert.equal(JSON.parse(backup).format, 'work-steps/backup');
  // A new browser profile: nothing on it.
  await withPage(VIEWPORTS.phone, async (page) => {
    // QA #17: the preview counts the pictures, as the list of what is on a device does.
    await gotoRoute(page, suite.server.url, '#/your-data');
    await page.setInputFiles('#backup-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.waitForSelector('.import-choice');
    assert.match(await page.textContent('.import-choice'), /teaching sessions?, 1 picture, \d+ saved scenarios?\./);
    await bringIn(page, backup, 'replace');
    assert.deepEqual(await keptValues(page), original);
    await assertClean(page);
  });
});

test('merge keeps what is here and adds the file; replace uses only the file', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await seed(page, V1, '#/your-data');
    const backup = await saveBackup(page);
    await page.evaluate(() => localStorage.clear());
    await personInTasks(page, 'CD');

    await bringIn(page, backup, 'merge');
    let tasks = JSON.parse((await keptValues(page))['work-steps/tasks']);
    assert.deepEqual(tasks.people.map((p) => p.label).sort(), ['AB', 'CD']);
    // The same file again adds nothing.
    await bringIn(page, backup, 'merge');
    tasks = JSON.parse((await keptValues(page))['work-steps/tasks']);
    assert.equal(tasks.people.length, 2);

    await bringIn(page, backup, 'replace');
    tasks = JSON.parse((await keptValues(page))['work-steps/tasks']);
    assert.deepEqual(tasks.people.map((p) => p.label), ['AB']);
  });
});

test('bad backup files are refused with the reason beside the box, and nothing changes', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await seed(page, V1, '#/your-data');
    const good = await saveBackup(page);
    const before = await keptValues(page);
    const bad = {
      'cut off': good.slice(0, Math.floor(good.length / 2)),
      'a tasks file': V1['work-steps/tasks'],
      'newer': good.replace('"version":1', '"version":99').replace('"version": 1', '"version": 99'),
      'not JSON': 'hello, this is a letter',
    };
    for (const [name, text] of Object.entries(bad)) {
      await page.setInputFiles('#backup-file', { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForSelector('#backup-file-error');
      const message = await page.textContent('#backup-file-error');
      assert.match(message, /Nothing was changed\./, `${name}: ${message}`);
      assert.equal(message.split('Nothing was changed.').length, 2, `${name} says it once: ${message}`);
      assert.equal(await page.locator('.import-choice').count(), 0, `${name} offers no import`);
      assert.deepEqual(await keptValues(page), before, `${name} changed nothing`);
    }
    assert.match(await page.textContent('#backup-file-error'), /not/i);

    // QA #11: a file changed by hand is refused in plain words that say where, never in the
    // JSON reader's or the code's own words.
    const file = JSON.parse(good);
    const edited = (edit) => { const f = structuredClone(file); edit(f); return JSON.stringify(f); };
    const byHand = {
      'a name that is a number': [edited((f) => { f.tasks.people[0].label = 123; }),
        'Person 1: the person\'s name is a number, not words. The file may have been changed by hand. Nothing was changed.'],
      'records for a task not in it': [edited((f) => { f.tracker.trackers[0].task = 999; }),
        'The teaching records numbered 1 in the file are for a task that is not in the file. The file may have been changed by hand. Nothing was changed.'],
    };
    for (const [name, [text, said]] of Object.entries(byHand)) {
      await page.setInputFiles('#backup-file', { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction((n) => document.querySelector('#backup-file-error')?.textContent.includes(n), said.slice(0, 12));
      const message = (await page.textContent('#backup-file-error')).trim();
      assert.ok(message.endsWith(said), `${name}: ${message}`);
      assert.doesNotMatch(message, /invalid|expected|integer|`|Tracked task|does not belong/, name);
      assert.deepEqual(await keptValues(page), before, `${name} changed nothing`);
    }
    await assertClean(page);
  });
});

test('the passphrase lock: sealed on the device, locks, refuses a wrong passphrase, opens with the right one', async () => {
  await withPage(VIEWPORTS.tablet, async (page) => {
    await page.clock.install();
    await seed(page, V1, '#/your-data');
    await askForLock(page, 'short');
    assert.match(await page.textContent('#lock-passphrase-error'), /at least 8 characters/);
    await askForLock(page, 'blue kettle morning', 'blue kettle mornin');
    assert.match(await page.textContent('#lock-again-error'), /not the same/);
    await page.selectOption('#lock-idle', '2');
    await page.fill('#lock-again', 'blue kettle morning');
    await page.click('button:has-text("Turn the lock on")');
    await page.waitForFunction(() => /The lock is on/.test(document.querySelector('.status')?.textContent ?? ''));

    // At rest: every value sealed, no word of the data readable.
    const sealed = await keptValues(page);
    for (const [k, v] of Object.entries(sealed)) {
      if (k === 'work-steps/schema' || k === 'work-steps/lock') continue;
      assert.ok(v.startsWith('enc1.'), `${k} is sealed`);
    }
    assert.ok(!JSON.stringify(sealed).includes('towel'), 'no task text in storage');
    const lockRecord = JSON.parse(sealed['work-steps/lock']);
    assert.equal(lockRecord.iterations, 600000);

    // Lock now, from the header.
    await page.click('.lock-now');
    await page.waitForSelector('h1:has-text("locked")');
    await assertClean(page);
    await unlockWith(page, 'wrong words here');
    await page.waitForSelector('#unlock-passphrase-error');
    assert.match(await page.textContent('#unlock-passphrase-error'), /not right/);
    await unlockWith(page, 'blue kettle morning');
    await page.waitForSelector('main#main h1:has-text("Your data")');
    assert.match(await page.textContent('.data-counts'), /1 person/);

    // An edit while unlocked is sealed too, and survives a reload (which starts locked).
    await personInTasks(page, 'ZZ');
    await page.waitForFunction(() => localStorage.getItem('work-steps/tasks').startsWith('enc1.'));
    await page.reload();
    await page.waitForSelector('#unlock-passphrase');
    await unlockWith(page, 'blue kettle morning');
    await page.waitForSelector('.pick:has-text("ZZ")');

    // Two minutes without a touch or key press: locked again.
    await page.clock.fastForward('02:10');
    await page.waitForSelector('#unlock-passphrase');

    // Unlock and turn the lock off: everything plain again, and the same data.
    await unlockWith(page, 'blue kettle morning');
    await gotoRoute(page, suite.server.url, '#/your-data');
    await page.click('button:has-text("Turn the lock off")');
    const plain = await keptValues(page);
    assert.equal(plain['work-steps/lock'], undefined);
    assert.deepEqual(JSON.parse(plain['work-steps/tasks']).people.map((p) => p.label), ['AB', 'ZZ']);
  });
});

test('a forgotten passphrase: the honest way out removes the data, after asking', async () => {
  await withPage(VIEWPORTS.phone, async (page) => {
    await seed(page, V1, '#/your-data');
    await askForLock(page, 'a long passphrase');
    await page.waitForFunction(() => /The lock is on/.test(document.querySelector('.status')?.textContent ?? ''));
    await page.reload();
    await page.waitForSelector('#unlock-passphrase');
    await page.click('summary:has-text("forgotten")');
    assert.match(await page.textContent('.forgot'), /No one can open the data without the passphrase/);
    await page.click('button:has-text("Remove all data from this device")');
    await page.click('button:has-text("No, keep it")');
    assert.ok(Object.keys(await keptValues(page)).includes('work-steps/lock'), 'kept when the person says no');
    await page.click('button:has-text("Remove all data from this device")');
    await page.click('button:has-text("Yes, remove everything")');
    await page.waitForSelector('main#main h1');
    const left = await keptValues(page);
    assert.deepEqual(Object.keys(left).filter((k) => k !== 'work-steps/schema'), []);
  });
});
