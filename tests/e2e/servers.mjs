// Servers for the embedding and hosting tests: dist/ served with chosen response headers
// (as a host configured from the README would), and a made-up agency's site on another
// origin that embeds the calculator with the snippet.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { before, after } from 'node:test';
import { DIST, SUB_PATH, launch } from './harness.mjs';
import { TYPES, contentType } from '../../scripts/content-types.mjs';


/**
 * Serves on 127.0.0.1 (a free port). `files(path)` returns `{ body, type }` or null;
 * `headers` are added to every answer. Resolves to { origin, close }.
 */
async function serve(files, headers = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const found = await files(decodeURIComponent(url.pathname), url);
    if (!found) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': found.type });
    res.end(found.body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

async function distFile(rel) {
  const safe = normalize(rel || 'index.html').replace(/^(\.\.[/\\])+/, '');
  try {
    return { body: await readFile(join(DIST, safe)), type: contentType(safe) };
  } catch {
    return null;
  }
}

/** dist/ under SUB_PATH, every answer with `headers`. Resolves to { origin, url, close }. */
/**
 * For a test file: the app served, a made-up agency's page that embeds it, and a browser,
 * started before the file's tests and closed after them.
 */
export function appAndAgency() {
  const suite = {};
  before(async () => {
    suite.app = await serveApp();
    suite.agency = await serveAgency(suite.app.url);
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.app?.close();
    await suite.agency?.close();
  });
  return suite;
}

export async function serveApp(headers = {}) {
  const server = await serve(
    (path) => (path.startsWith(SUB_PATH) ? distFile(path.slice(SUB_PATH.length)) : null),
    headers,
  );
  return { ...server, url: server.origin + SUB_PATH };
}

/**
 * A made-up agency's site on its own origin. `/embed-demo.html` is dist's demo page with
 * the loader's address pointing at `appUrl` (the only change an agency makes to the
 * snippet); `/bad-theme.html` is the same page with `attrs` replacing the theme's
 * data-attributes (or adding those it does not have); `/blank.html` is an empty page. Its stylesheet comes from dist too.
 */
export async function serveAgency(appUrl, { headers = {}, attrs = {} } = {}) {
  const demo = async () => {
    const file = await distFile('embed-demo.html');
    return file.body.toString('utf8').replace('src="embed.js"', `src="${appUrl}embed.js"`);
  };
  return serve(async (path) => {
    if (path === '/embed-demo.html') return { body: await demo(), type: TYPES['.html'] };
    if (path === '/bad-theme.html') {
      let html = await demo();
      for (const [name, value] of Object.entries(attrs)) {
        const attr = new RegExp(`data-${name}="[^"]*"`);
        html = attr.test(html)
          ? html.replace(attr, `data-${name}="${value}"`)
          : html.replace('data-work-steps="better-off"', `data-work-steps="better-off" data-${name}="${value}"`);
      }
      return { body: html, type: TYPES['.html'] };
    }
    if (path === '/blank.html') {
      return {
        body: '<!DOCTYPE html><html lang="en-GB"><head><title>Blank</title></head><body><main><h1>Blank</h1></main></body></html>',
        type: TYPES['.html'],
      };
    }
    if (path === '/embed-demo.css' || path === '/favicon.svg') return distFile(path.slice(1));
    return null;
  }, headers);
}

/** WCAG 2 contrast ratio of two `#rrggbb` or `rgb(r, g, b)` colours. */
export function contrast(a, b) {
  const rgb = (c) => {
    const hex = c.trim().match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
    if (hex) return hex.slice(1).map((h) => parseInt(h, 16));
    return c.match(/\d+/g).slice(0, 3).map(Number);
  };
  const lum = (c) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
