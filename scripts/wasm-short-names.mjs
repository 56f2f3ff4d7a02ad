// Shorter names between a bundle's .wasm and its wasm-bindgen glue (issue 21, size):
//   node scripts/wasm-short-names.mjs BUNDLE_bg.wasm BUNDLE.js
// Run by scripts/csp-start-script.sh on each bundle before its files are named by content.
//
// wasm-bindgen names each function the .wasm imports from the glue with a hash,
// `__wbg_setAttribute_9bad76f39609daac`, and each closure adapter it exports with the
// mangled Rust path and hashes of its crates (up to 200 characters). Every such name is in
// both files, and a hash is 16 random characters that brotli cannot shrink: about 2 KB of
// brotli in each file of a bundle. This renames them: an import to its name without the
// hash (`__wbg_setAttribute`; a number added when two would be the same), an export with a
// hash to `__wbg_export_N`. Only names change: the .wasm's import and export sections and
// the same identifiers in the glue. It refuses (exit 1, files untouched) when a name is
// not in the glue, so a change in wasm-bindgen's output is noticed rather than shipped.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: node scripts/wasm-short-names.mjs BUNDLE_bg.wasm BUNDLE.js');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const fail = (why) => {
  console.error(`wasm-short-names: ${why} (${wasmPath})`);
  process.exit(1);
};

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function name(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}
const encodeName = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([toLeb(bytes.length), bytes]);
};

// How far an import's description goes (function, table, memory, global, tag).
function skipImportDescription(bytes, kind, at) {
  const limits = (i) => {
    const [flags, next] = leb(bytes, i);
    let [, after] = leb(bytes, next);
    if (flags & 1) [, after] = leb(bytes, after);
    return after;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return leb(bytes, at + 1)[1];
    default: return fail(`an import of unknown kind ${kind}`);
  }
}

// The sections, as [id, start, end] of their contents and where their header starts.
const sections = [];
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  sections.push([id, start, start + size, at]);
  at = start + size;
}

// Each import's and export's name, where it is, and the new one.
const renames = new Map();
// Every identifier in the glue is taken too, so a new name never meets one of its own.
const identifier = /[A-Za-z_$][A-Za-z0-9_$]*/g;
const taken = new Set(js.match(identifier));
const entries = []; // [section id, [[name start, name end, old name], ...]]
for (const [id, start, end] of sections) {
  if (id !== 2 && id !== 7) continue;
  const names = [];
  let [count, at] = leb(wasm, start);
  for (let i = 0; i < count; i++) {
    if (id === 2) {
      [, at] = name(wasm, at);
      const from = at;
      const [field, next] = name(wasm, at);
      names.push([from, next, field]);
      at = skipImportDescription(wasm, wasm[next], next + 1);
    } else {
      const from = at;
      const [exported, next] = name(wasm, at);
      names.push([from, next, exported]);
      at = leb(wasm, next + 1)[1];
    }
    taken.add(names[names.length - 1][2]);
  }
  if (at !== end) fail(`section ${id} is not as expected`);
  entries.push([id, names]);
}
let exports = 0;
for (const [id, names] of entries) {
  for (const [, , old] of names) {
    if (!/[0-9a-f]{16}/.test(old) || renames.has(old)) continue;
    let fresh;
    if (id === 2) {
      const bare = old.replace(/_[0-9a-f]{16}$/, '');
      if (bare === old) fail(`an import with a hash inside its name: ${old}`);
      fresh = bare;
      for (let n = 2; taken.has(fresh); n++) fresh = `${bare}_${n}`;
    } else {
      do fresh = `__wbg_export_${exports++}`; while (taken.has(fresh));
    }
    taken.add(fresh);
    renames.set(old, fresh);
  }
}

// The glue: each old name as a whole identifier, the new in its place.
const seen = new Set();
js = js.replace(identifier, (word) => {
  const fresh = renames.get(word);
  if (fresh === undefined) return word;
  seen.add(word);
  return fresh;
});
for (const old of renames.keys()) {
  if (!seen.has(old)) fail(`${old} is not in the glue`);
}

// The .wasm: the two sections written again with the new names.
const parts = [wasm.subarray(0, 8)];
for (const [id, start, end, headerAt] of sections) {
  const entry = entries.find(([which]) => which === id);
  const header = (contents) => Buffer.concat([Buffer.from([id]), toLeb(contents.length), contents]);
  if (!entry) {
    parts.push(wasm.subarray(headerAt, end));
    continue;
  }
  const pieces = [];
  let at = start;
  for (const [from, to, old] of entry[1]) {
    pieces.push(wasm.subarray(at, from), encodeName(renames.get(old) ?? old));
    at = to;
  }
  pieces.push(wasm.subarray(at, end));
  parts.push(header(Buffer.concat(pieces)));
}
const out = Buffer.concat(parts);
writeFileSync(wasmPath, out);
writeFileSync(jsPath, js);
console.log(`wasm-short-names: ${renames.size} names shortened, ${wasm.length - out.length} bytes fewer in the .wasm`);
