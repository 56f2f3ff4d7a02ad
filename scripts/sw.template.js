// Work Steps service worker: keeps a copy of the app on this device so it opens and works
// with no network after the first visit. Built from scripts/sw.template.js by
// scripts/sw-precache.sh, which fills in the version and the list of files.
//
// - Every file of the build is stored when this version installs.
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

// One cache per copy of the app: two copies at different folders of one site keep
// their own files and never delete each other's.
const SCOPE = self.registration.scope;
const PREFIX = `work-steps:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // 'reload' skips the browser's HTTP cache, so the stored copy is this version's.
      cache.addAll(FILES.map((file) => new Request(new URL(file, SCOPE), { cache: 'reload' })))),
  );
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
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(isFolder ? INDEX : request, { ignoreSearch: isFolder }))
      .then((hit) => hit ?? fetch(request)),
  );
});
