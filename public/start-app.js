// Starts the app once the page has painted what it already holds. Each page arrives with its view
// drawn in at build time, so the app's code (a few hundred kilobytes) need not compete with the page
// for a slow connection: it is asked for after the first contentful paint. The build writes the
// app's entry and the modules it imports into this tag's data-entry and data-preload. A plain
// script from the site itself, as the page's policy allows.
(function () {
  var script = document.currentScript;
  var entry = script.getAttribute('data-entry');
  var preloads = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  var started = false;

  function start() {
    if (started) return;
    started = true;
    preloads.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var app = document.createElement('script');
    app.type = 'module';
    app.crossOrigin = '';
    app.src = entry;
    document.head.appendChild(app);
  }

  // The app starts once the browser reports the page's first contentful paint. It starts at once
  // where no such paint is coming: a page in a background tab, or an address answered with
  // index.html, whose overview stays hidden (fallback-check.js). The timer starts it anyway where
  // the browser holds painting back (a page framed out of view) or does not report paints.
  var fallback = document.documentElement.hasAttribute('data-fallback');
  if (document.visibilityState === 'hidden' || fallback || typeof PerformanceObserver === 'undefined') {
    start();
    return;
  }
  try {
    new PerformanceObserver(function (entries, observer) {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {
    start();
  }
  setTimeout(start, 500);
})();
