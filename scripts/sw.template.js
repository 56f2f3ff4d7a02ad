// Work Steps service worker: keeps a copy of the app on this device so it opens and works
// with no network after the first visit. Built from scripts/sw.template.js by
// scripts/sw-precache.sh, which fills in the version, the list of files and the bundles.
//
// - The app's shell (index.html, the start-up script, styles, icons) is stored when this
//   version installs, with the WebAssembly bundles the open page uses (issue 21: `tools`,
//   or the calculator's questions alone and the whole calculator, `questions` and
//   `calculator`, or `embedded_questions` and `embedded`; picked by the page's address as
//   the start-up script picks it), so the answer works offline after one visit.
//   Another bundle is stored the first time a page asks for it, as are the translations
//   (locales/*.ftl), so a device keeps only what it uses; a new version fetches those again
//   when it installs.
// - Requests for the app's own files are answered from that copy (navigations get
//   index.html); anything not in it goes to the network as usual.
// - Requests to other sites are never touched (the app makes none).
// - A new version waits until the page asks it to take over ("skip-waiting"), so
//   nothing reloads under someone's hands. Saved work is in localStorage, which a
//   service worker cannot reach.
'use strict';

const VERSION = '__SW_VERSION__';
// Relative to the app's folder, so it works from any folder of any site.
const FILES = __SW_FILES__;
// Each bundle's files; the routes that start the tools and the embedded bundle, and the
// whole calculator each bundle of the questions alone reloads into (WHOLE_OF), from the
// start-up script.
const BUNDLES = __SW_BUNDLES__;
__SW_TOOLS__

// One cache per copy of the app: two copies at different folders of one site keep
// their own files and never delete each other's.
const SCOPE = self.registration.scope;
const PREFIX = `work-steps:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', SCOPE).href;

const LOCALES = new URL('locales/', SCOPE).href;
const at = (file) => new URL(file, SCOPE).href;
/** Every bundle file's address, and its bundle's name. */
const BUNDLE_OF = new Map(Object.entries(BUNDLES).flatMap(([name, files]) => files.map((f) => [at(f), name])));

/** The bundle a page at `url` starts on a first visit (as the start-up script decides). */
function bundleFor(url) {
  const path = new URL(url).hash.slice(1).split('?')[0] || '/';
  return TOOLS.includes(path) ? 'tools' : EMBEDDED.includes(path) ? 'embedded_questions' : 'questions';
}

/**
 * What this version stores beyond its shell: the translations and bundles any earlier
 * version of this copy of the app stored (bundles by name: their files' names change with
 * each build), and the bundle of each page of the app open now (the page that installs
 * this worker has already fetched its bundle, before any worker could see it).
 */
async function alreadyUsed() {
  const languages = new Set();
  const bundles = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX)) continue;
    for (const request of await (await caches.open(key)).keys()) {
      if (request.url.startsWith(LOCALES)) languages.add(request.url);
      const name = request.url.match(/\/(calculator|questions|tools|embedded|embedded_questions)-[0-9a-f]+(_bg\.wasm|\.js)$/)?.[1];
      if (name) bundles.add(name);
    }
  }
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    if (client.url.startsWith(SCOPE)) bundles.add(bundleFor(client.url));
  }
  // The questions alone and the whole calculator they reload into go together (so the answer
  // works offline; a copy kept before the questions alone existed has the whole one only).
  for (const [questions, whole] of Object.entries(WHOLE_OF)) {
    if (bundles.has(questions) || bundles.has(whole)) [questions, whole].forEach((n) => bundles.add(n));
  }
  return { languages: [...languages], bundles: [...bundles] };
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const used = await alreadyUsed();
    // 'reload' skips the browser's HTTP cache, so the stored copy is this version's.
    const files = [...FILES, ...used.bundles.flatMap((name) => BUNDLES[name] ?? [])];
    await cache.addAll(files.map((file) => new Request(at(file), { cache: 'reload' })));
    // This version's copy of each language the device already uses (one that cannot be
    // fetched now is fetched when next asked for).
    await Promise.all(used.languages.map((url) =>
      cache.add(new Request(url, { cache: 'reload' })).catch(() => {})));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
      ))
      // Take charge of the page that installed us, so it works offline from the first visit.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other sites, and other folders of this one, are left to the browser.
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  // The app's folder itself is its index.html (the part after # is not sent).
  const isFolder = request.mode === 'navigate' && url.origin + url.pathname === SCOPE;
  if (url.href.startsWith(LOCALES) || BUNDLE_OF.has(url.origin + url.pathname)) {
    // A translation or a bundle: from the store, else fetched once and stored for next time.
    event.respondWith(caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) await cache.put(url.href, response.clone());
      // The questions alone: the whole calculator they reload into is stored too, so the
      // answer works offline after this one visit.
      const whole = WHOLE_OF[BUNDLE_OF.get(url.origin + url.pathname)];
      if (whole) event.waitUntil(cache.addAll(BUNDLES[whole].map(at)).catch(() => {}));
      return response;
    }));
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(isFolder ? INDEX : request, { ignoreSearch: isFolder }))
      .then((hit) => hit ?? fetch(request)),
  );
});
