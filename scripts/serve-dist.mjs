// Serves a built dist/ folder on 127.0.0.1, with no live reload and no rebuilds:
//   node scripts/serve-dist.mjs DIR PORT
// ./run.sh falls back to this when Trunk's own server keeps stopping (scripts/serve.sh).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { contentType } from './content-types.mjs';

const [dir = 'dist', port = '8080'] = process.argv.slice(2);


const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // normalize() resolves "..", and the leading "/" keeps the result inside `dir`.
  const rel = normalize(path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = await readFile(join(dir, rel));
    res.writeHead(200, {
      'content-type': contentType(rel),
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
