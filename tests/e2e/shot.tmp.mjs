// Ad-hoc screenshots: node shot.tmp.mjs <route> <lang> <width> <out.png> [easy]
import { serveDist } from './harness.mjs';
import { chromium } from 'playwright-core';
const [route, lang, width, out, easy] = process.argv.slice(2);
const server = await serveDist();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.addInitScript(([lang, easy]) => {
  if (!sessionStorage.getItem('set')) {
    localStorage.setItem('work-steps-settings', JSON.stringify({ lang, easy_read: easy === 'easy' }));
    sessionStorage.setItem('set', '1');
  }
}, [lang, easy]);
await page.goto(server.url + '#' + route);
await page.waitForSelector('h1');
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: true });
console.log(await page.evaluate(() => document.documentElement.lang), await page.title());
await browser.close();
await server.close();
