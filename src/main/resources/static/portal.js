// Follows a run while it goes on: the server pushes its progress (server-sent events); when the run has finished the
// page reloads and shows the results. Without script the page still has a link to reload it by hand.
(function () {
  'use strict';
  function text(id, value) {
    var el = document.getElementById(id);
    if (el) { el.textContent = value; }
  }
  function clock(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    var mm = (h > 0 && m < 10 ? '0' : '') + m, ss = (s < 10 ? '0' : '') + s;
    return (h > 0 ? h + ':' : '') + mm + ':' + ss;
  }
  function show(p) {
    text('rows', p.rows.toLocaleString('en-US'));
    text('percent', p.percent >= 0 ? p.percent + '%' : '–');
    text('rate', p.rate.toLocaleString('en-US') + ' rows/s');
    text('left', p.left >= 0 ? clock(p.left) : '–');
    var bar = document.getElementById('bar');
    if (bar && p.percent >= 0) { bar.value = p.percent; }
    if (p.runId) { text('phase', 'Run ' + p.runId + (p.step ? ': ' + p.step : '') + (p.done ? ' has finished.' : ' is registering rows.')); }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var live = document.getElementById('live');
    if (!live || !window.EventSource) { return; }
    var source = new EventSource(live.getAttribute('data-events'));
    source.addEventListener('progress', function (e) { show(JSON.parse(e.data)); });
    source.addEventListener('done', function (e) {
      source.close();
      var p = JSON.parse(e.data);
      if (p.rows !== undefined) { show(p); }
      // let the finished bar be seen for a moment, then show the results
      setTimeout(function () { window.location.replace(live.getAttribute('data-page')); }, 800);
    });
    source.onerror = function () {
      // the connection dropped (the portal restarted, a proxy timed out): look again in a few seconds
      source.close();
      setTimeout(function () { window.location.reload(); }, 3000);
    };
  });
}());
