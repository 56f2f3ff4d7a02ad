// Work Steps start-up script: starts the one of the app's three WebAssembly bundles that
// holds the page in the address (issue 21). scripts/csp-start-script.sh writes it into dist/ as
// start-<hash>.js, in place of the scripts Trunk puts in index.html, and fills in the
// bundles' files; it is a file of its own so a Content-Security-Policy needs no
// 'unsafe-inline'.
//
// TOOLS is the list of routes (the part of the address after #, before any ?) whose pages are
// in the tools bundle, EMBEDDED the route of the calculator on an agency's page (a bundle of
// its own, with nothing of the rest of the app); every other address starts the calculator.
// The calculator starts with its questions alone ('questions', 'embedded_questions') until
// the device has needed the whole of it ('calculator', 'embedded'): its answer, the coaches'
// form, kept households. The Rust side notes that under WHOLE_KEY and reloads; a share link
// in the address, or storage that cannot be written, needs the whole calculator at once.
// They must say what `Route::bundle` says in src/app/route.rs: a test there reads these
// lines. A page that then moves to a route of another bundle reloads itself, and this
// script starts that one.
const TOOLS = ['/tasks', '/tracker', '/your-data'];
const EMBEDDED = ['/embed/better-off'];
const WHOLE_KEY = 'work-steps-whole-calculator';
// Each bundle of the questions alone, and the whole calculator it reloads into.
const WHOLE_OF = { questions: 'calculator', embedded_questions: 'embedded' };
const BUNDLES = __BUNDLES__;

const [path, query = ''] = location.hash.slice(1).split('?');
const whole = wholeNeeded();
const name = TOOLS.includes(path)
  ? 'tools'
  : EMBEDDED.includes(path)
    ? (whole ? 'embedded' : 'embedded_questions')
    : (whole ? 'calculator' : 'questions');
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

// The questions alone reload into the whole calculator for the answer: once the person
// starts answering (a first tap or key), its files are fetched ahead, at low priority, so
// the answer does not wait for them on a slow connection. Not part of the first load.
const WHOLE = WHOLE_OF[name];
if (WHOLE) {
  const ahead = () => {
    removeEventListener('pointerdown', ahead, true);
    removeEventListener('keydown', ahead, true);
    for (const file of [BUNDLES[WHOLE].js, BUNDLES[WHOLE].wasm]) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.href = at(file);
      document.head.append(link);
    }
  };
  addEventListener('pointerdown', ahead, true);
  addEventListener('keydown', ahead, true);
}

try {
  await start(files);
} catch (error) {
  // Offline, with this part of the app not yet kept on the device (it is kept the first
  // time it is opened with a connection): the whole calculator, if it is kept, rather than
  // its questions alone; else say so rather than leave a blank page.
  await (WHOLE ? start(BUNDLES[WHOLE]) : Promise.reject(error)).catch(() => unavailable(error));
}

async function start(files) {
  // The .wasm downloads while the JavaScript that starts it does.
  const wasm = fetch(at(files.wasm));
  // Handled below if the JavaScript fails first (offline), not left as an unhandled error.
  wasm.catch(() => {});
  const { default: init } = await import(at(files.js));
  await styled;
  await init({ module_or_path: wasm });
}

function wholeNeeded() {
  if (query.split('&').some((pair) => pair.startsWith('s='))) return true;
  try {
    if (localStorage.getItem(WHOLE_KEY) || sessionStorage.getItem(WHOLE_KEY)) return true;
    // The questions alone hand over to the whole calculator by reloading, which needs the
    // household written to the device first: where that cannot be done, start with it.
    // (A household's draft is 1–2 KB: room for a few.)
    localStorage.setItem(WHOLE_KEY + '-probe', 'x'.repeat(8192));
    localStorage.removeItem(WHOLE_KEY + '-probe');
    return false;
  } catch {
    return true;
  }
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
