// Work Steps start-up script: starts the one of the app's three WebAssembly bundles that
// holds the page in the address (issue 21). scripts/csp-start-script.sh writes it into dist/ as
// start-<hash>.js, in place of the scripts Trunk puts in index.html, and fills in the
// bundles' files; it is a file of its own so a Content-Security-Policy needs no
// 'unsafe-inline'.
//
// TOOLS is the list of routes (the part of the address after #, before any ?) whose pages are
// in the tools bundle, EMBEDDED the route of the calculator on an agency's page (its own
// bundle, with nothing of the rest of the app); every other address starts the calculator
// bundle. They must say what `Route::bundle` says in src/app/route.rs: a test there reads
// these lines. A page that then moves to a route of another bundle reloads itself, and this
// script starts that one.
const TOOLS = ['/tasks', '/tracker', '/your-data'];
const EMBEDDED = ['/embed/better-off'];
const BUNDLES = __BUNDLES__;

const path = location.hash.slice(1).split('?')[0] || '/';
const name = EMBEDDED.includes(path) ? 'embedded' : TOOLS.includes(path) ? 'tools' : 'calculator';
const files = BUNDLES[name];
const at = (file) => new URL(file, import.meta.url).href;

// The bundle's own style sheets (index.html links those every page uses), where the build
// left a marker among index.html's, so the cascade is in index.html's order. The bundle
// starts once they are in, so its first page is never drawn without them.
const marker = document.querySelector('meta[name=bundle-styles]');
const styled = Promise.all((files.css ?? []).map((file) => new Promise((done) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = at(file);
  link.onload = link.onerror = done;
  if (marker) marker.before(link); else document.head.append(link);
})));

try {
  // The .wasm downloads while the JavaScript that starts it does.
  const wasm = fetch(at(files.wasm));
  // Handled below if the JavaScript fails first (offline), not left as an unhandled error.
  wasm.catch(() => {});
  const { default: init } = await import(at(files.js));
  await styled;
  await init({ module_or_path: wasm });
} catch (error) {
  // Offline, with this part of the app not yet kept on the device (it is kept the first
  // time it is opened with a connection): say so rather than leave a blank page.
  unavailable(error);
}

function unavailable(error) {
  console.warn('Work Steps could not start:', error);
  const main = document.querySelector('#app main') ?? document.body;
  const heading = document.createElement('h1');
  heading.textContent = 'Work Steps';
  const text = document.createElement('p');
  text.id = 'bundle-unavailable';
  text.textContent = 'This part of Work Steps could not load. It is kept on this device '
    + 'the first time you open it with an internet connection. Connect to the internet and '
    + 'try again.';
  const home = document.createElement('a');
  home.href = '#/';
  home.textContent = 'Go to the start page';
  const back = document.createElement('p');
  back.append(home);
  main.replaceChildren(heading, text, back);
  // Another page may be in another bundle, which may be kept: start afresh there.
  addEventListener('hashchange', () => location.reload());
}
