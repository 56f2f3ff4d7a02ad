// The content-type of each file the release build holds, by its ending: one table for
// every server of dist/ (scripts/serve-dist.mjs, scripts/measure-load.mjs and the e2e
// tests' servers), so they all answer alike.
import { extname } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The content-type for `path`, by its ending; unknown endings are plain bytes. */
export const contentType = (path) => TYPES[extname(path)] ?? 'application/octet-stream';
