// Records what the host page learns from its widgets, for the browser tests to read.
window.__states = [];
window.__messages = 0;
document.addEventListener('bilateral:state', function (event) {
  window.__states.push({ id: event.target.id, widget: event.detail.widget, params: event.detail.params });
});
window.addEventListener('message', function () {
  window.__messages += 1;
});
