/*!
 * Bilateral embed host script. No dependencies, no build step (plain ES2017).
 *
 * Add it once to a page that has Bilateral widgets in iframes marked `data-bilateral`:
 *
 *   <iframe data-bilateral src="https://…/embed/trade?from=2013" title="…"></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * It makes each such iframe 100% wide and as tall as the widget's content, from the widget's
 * `bilateral:resize` messages (`data-bilateral="fixed"` keeps the iframe's own height). A message
 * is only believed when it comes from the window of one of those iframes AND from the origin of
 * that iframe's `src`; everything else is ignored. Nothing from a message is ever evaluated or
 * inserted as markup: heights become a number of pixels, parameters are handed over as strings.
 *
 * The page can drive a widget and follow it:
 *   Bilateral.set(iframe, { from: 2015, to: 2020, theme: 'dark' });   // returns true if sent now
 *   iframe.addEventListener('bilateral:state', function (event) { event.detail.params; });
 *
 * The full protocol is described in the project's README (section "Embedding").
 */
(function () {
  'use strict';

  if (window.Bilateral && window.Bilateral.version) return; // already loaded on this page

  var SELECTOR = 'iframe[data-bilateral]';
  var DEFAULT_HEIGHT = 480; // px, until the widget reports its own height
  var MAX_HEIGHT = 20000; // px, a bound against absurd reports
  var MAX_PARAMS = 20;
  var MAX_VALUE_LENGTH = 200;

  // Per-iframe state, without touching the iframe element's own properties.
  var states = typeof WeakMap === 'function' ? new WeakMap() : null;
  function stateOf(iframe) {
    var state = states.get(iframe);
    if (!state) {
      state = { ready: false, pending: null };
      states.set(iframe, state);
    }
    return state;
  }

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
  }

  /** The origin of the iframe's address ("https://example.org"), or null if it has none. */
  function originOf(iframe) {
    try {
      var url = new URL(iframe.src, document.baseURI);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
    } catch (error) {
      return null;
    }
  }

  function isFixed(iframe) {
    return iframe.getAttribute('data-bilateral') === 'fixed';
  }

  /** Full width, and a starting height when the page gave none, so the widget is usable before it reports. */
  function prepare(iframe) {
    if (!iframe.style.width) iframe.style.width = '100%';
    if (!iframe.style.border && !iframe.hasAttribute('frameborder')) iframe.style.border = '0';
    if (!iframe.style.height && !iframe.getAttribute('height')) iframe.style.height = DEFAULT_HEIGHT + 'px';
  }

  function scan() {
    frames().forEach(prepare);
  }

  /** The iframe whose window sent the message, if it is one of ours and the origins agree. */
  function senderOf(event) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var iframe = list[i];
      if (iframe.contentWindow && iframe.contentWindow === event.source) {
        return originOf(iframe) === event.origin ? iframe : null;
      }
    }
    return null;
  }

  /** A copy of reported parameters keeping only short string values under plain names. */
  function cleanParams(params) {
    var clean = {};
    if (!params || typeof params !== 'object') return clean;
    var names = Object.keys(params).slice(0, MAX_PARAMS);
    for (var i = 0; i < names.length; i++) {
      var name = names[i];
      var value = params[name];
      if (/^[a-z]{1,20}$/.test(name) && typeof value === 'string' && value.length <= MAX_VALUE_LENGTH) clean[name] = value;
    }
    return clean;
  }

  function post(iframe, params) {
    var origin = originOf(iframe);
    if (!origin || !iframe.contentWindow) return false;
    iframe.contentWindow.postMessage({ type: 'bilateral:set', params: params }, origin);
    return true;
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf('bilateral:') !== 0) return;
    var iframe = senderOf(event);
    if (!iframe) return;

    var state = stateOf(iframe);
    if (!state.ready) {
      // The widget is listening from its first message on: deliver what the page asked for meanwhile.
      state.ready = true;
      if (state.pending) {
        var pending = state.pending;
        state.pending = null;
        post(iframe, pending);
      }
    }

    if (data.type === 'bilateral:resize') {
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height) || height <= 0 || isFixed(iframe)) return;
      iframe.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
    } else if (data.type === 'bilateral:state') {
      var detail = { widget: typeof data.widget === 'string' ? data.widget.slice(0, 40) : '', params: cleanParams(data.params) };
      iframe.dispatchEvent(new CustomEvent('bilateral:state', { detail: detail, bubbles: true }));
    }
  }

  /**
   * Asks a widget to change its parameters without reloading, e.g. { from: 2015, to: 2020 }.
   * Values are strings or numbers; null removes a parameter. Returns true when the message was
   * sent now, false when it waits for the widget to start (it is then sent on its first message).
   */
  function set(iframe, params) {
    if (!iframe || iframe.tagName !== 'IFRAME' || !iframe.hasAttribute('data-bilateral')) {
      throw new TypeError('Bilateral.set: the first argument must be an <iframe data-bilateral>');
    }
    if (!params || typeof params !== 'object') throw new TypeError('Bilateral.set: params must be an object');
    var copy = {};
    Object.keys(params).forEach(function (name) {
      copy[name] = params[name];
    });
    var state = stateOf(iframe);
    if (state.ready) return post(iframe, copy);
    state.pending = Object.assign(state.pending || {}, copy);
    return false;
  }

  if (!states) return; // a browser without WeakMap is too old for the widgets anyway

  window.addEventListener('message', onMessage);
  window.Bilateral = { version: 1, set: set, scan: scan };

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Iframes added later (single-page hosts, CMS previews) are prepared too.
  if (typeof MutationObserver === 'function') {
    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
