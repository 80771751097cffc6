// index.html holds the overview drawn at build time, and hosts also answer with it every address
// that has no page of its own (a meeting, an embedded widget, a mistyped link). Run before the first
// paint, this marks such an address, so the stylesheet keeps the overview hidden there until the
// app has drawn the right view. A plain script from the site itself, as the page's policy allows.
(function () {
  var base = document.currentScript ? new URL('.', document.currentScript.src).pathname : '/';
  var path = window.location.pathname;
  if (path !== base && path !== base.replace(/\/$/, '') && path !== base + 'index.html') {
    document.documentElement.setAttribute('data-fallback', '');
    // The tab, too, should not name the overview meanwhile: keep the site's name only.
    document.title = document.title.replace(/^.* · /, '');
  }
})();
