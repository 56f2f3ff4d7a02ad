// Serves a built dist/ folder on 127.0.0.1, with no live reload and no rebuilds:
//   node scripts/serve-dist.mjs DIR PORT
// ./run.sh falls back to this when Trunk's own server keeps stopping (scripts/serve.sh).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist', port = '8080'] = process.argv.slice(2);

const TYPES = {
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

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // normalize() resolves "..", and the leading "/" keeps the result inside `dir`.
  const rel = normalize(path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = await readFile(join(dir, rel));
    res.writeHead(200, {
      'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.on('error', (err) => {
  console.error(`serve-dist: ${err.message}`);
  process.exit(1);
});
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`serve-dist: serving ${dir}/ on http://127.0.0.1:${port}/`);
});
