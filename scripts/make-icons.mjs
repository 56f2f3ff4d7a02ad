// Draws the app's PNG icons from assets/favicon.svg with headless Chromium, for the web app
// manifest and iOS. Run from the project folder after changing the icon, and commit the PNGs:
//   node scripts/make-icons.mjs && python3 scripts/shrink-icons.py
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const svg = await readFile('assets/favicon.svg', 'utf8');
const background = svg.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)[1];
const mark = svg.match(/<path[^>]*\/>/)[0];

// A square filled to the edges, with the mark scaled about the middle. Launchers cut
// maskable icons to a circle or rounded shape, keeping the middle 80% circle: at 0.72 the
// mark stays inside it. iOS rounds the corners itself and fills any transparency with black.
const fullBleed = (scale) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">`
  + `<rect width="32" height="32" fill="${background}"/>`
  + `<g transform="translate(16 16) scale(${scale}) translate(-16 -15.5)">${mark}</g></svg>`;

const ICONS = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.72) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.85) },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const src = 'data:image/svg+xml;base64,' + Buffer.from(icon.svg).toString('base64');
    await page.setContent(`<body style="margin:0"><img src="${src}" width="${icon.size}" height="${icon.size}" style="display:block"></body>`);
    await page.waitForFunction(() => document.images[0].complete);
    await writeFile(`assets/icons/${icon.file}`, await page.screenshot({ omitBackground: true }));
    console.log(`assets/icons/${icon.file}: ${icon.size}x${icon.size}`);
  }
} finally {
  await browser.close();
}
