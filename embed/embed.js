/*
 * Work Steps embed loader. Put the better-off calculator on your own web page:
 *
 *   <div data-work-steps="better-off" data-name="Your agency"></div>
 *   <script src="https://YOUR-HOST/PATH-TO-WORK-STEPS/embed.js" defer></script>
 *
 * For every such element it adds an iframe showing the calculator from the folder this
 * file was loaded from, passes your theme (data-brand, data-accent, data-font, data-logo,
 * data-name, data-lang; see README, "Put it on your website") and keeps the iframe as tall as the
 * calculator. It listens only to messages from that iframe. Nothing is sent anywhere.
 * A share link made in the calculator opens this page with the household after
 * "#work-steps-s=", which is passed to the calculator and then taken out of the address.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The app is the folder this file came from, so it works from any host or sub-path.
  var app = new URL('./', script.src);
  var OPTIONS = ['brand', 'accent', 'font', 'logo', 'name', 'lang'];
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 50000;
  var MAX_TITLE = 200;
  var frames = [];
  var SHARE = /^#work-steps-s=([A-Za-z0-9._-]{1,70000})$/;
  var shared = SHARE.exec(window.location.hash);
  if (shared && window.history && window.history.replaceState) {
    // Read once: a reload must not undo what the person changed after opening the link.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }

  function embed(holder) {
    if (holder.hasAttribute('data-work-steps-ready')) return;
    holder.setAttribute('data-work-steps-ready', '');
    var query = new URLSearchParams();
    OPTIONS.forEach(function (key) {
      var value = holder.getAttribute('data-' + key);
      if (value) query.set(key, value);
    });
    // Where the calculator may send its height: this page, and nowhere else.
    var origin = window.location.origin;
    if (origin && origin !== 'null') query.set('origin', origin);
    // Where share links made in the calculator open: this page (without its # part).
    var page = window.location.href.split('#')[0];
    if (/^https?:\/\//.test(page)) query.set('page', page);
    if (shared) query.set('s', shared[1]);

    var frame = document.createElement('iframe');
    var name = holder.getAttribute('data-name');
    // English until the calculator sends its title in the language it shows.
    frame.title = name ? 'Better-off calculator from ' + name : 'Better-off calculator';
    frame.referrerPolicy = 'no-referrer';
    frame.src = app.href + '#/embed/better-off?' + query.toString();
    // CSSOM, not a style attribute, so this page's own Content-Security-Policy allows it.
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '40rem';
    // Replaces anything inside, such as a plain link for browsers without JavaScript.
    holder.replaceChildren(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== app.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'work-steps:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        var title = data.title;
        if (typeof title === 'string' && title.length > 0 && title.length <= MAX_TITLE) {
          frames[i].title = title;
        }
        return;
      }
    }
  });

  function start() {
    var holders = document.querySelectorAll('[data-work-steps="better-off"]');
    for (var i = 0; i < holders.length; i++) embed(holders[i]);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
