// Loads the app (data-entry, with the modules in data-preload) once the page's first contentful
// paint is on screen; see startAppAfterFirstPaint in vite.config.ts. At once when no such paint is
// coming (a background tab, or an address whose page stays hidden: fallback-check.js); after
// 0.5 s at the latest (paints held back in a frame out of view, or not reported).
(function () {
  var script = document.currentScript;
  var started = false;
  function start() {
    if (started) return;
    started = true;
    (script.getAttribute('data-preload') || '').split(' ').filter(Boolean).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var app = document.createElement('script');
    app.type = 'module';
    app.crossOrigin = '';
    app.src = script.getAttribute('data-entry');
    document.head.appendChild(app);
  }
  var hidden = document.visibilityState === 'hidden' || document.documentElement.hasAttribute('data-fallback');
  if (hidden || typeof PerformanceObserver === 'undefined') return start();
  try {
    new PerformanceObserver(function (entries, observer) {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
  setTimeout(start, 500);
})();
