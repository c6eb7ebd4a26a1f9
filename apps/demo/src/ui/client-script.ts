/**
 * The only client code: elements with `data-live="<sse url>"` receive server-sent
 * `{ slots: { name: html }, progress?: { value, max, text } }` messages and replace the
 * inner HTML of their `[data-slot=name]` children; the server renders every fragment.
 */
export const CLIENT_SCRIPT = `(function () {
  function apply(root, msg) {
    var slots = msg.slots || {};
    Object.keys(slots).forEach(function (name) {
      root.querySelectorAll('[data-slot="' + name + '"]').forEach(function (el) {
        if (el.innerHTML !== slots[name]) el.innerHTML = slots[name];
      });
    });
    if (msg.progress) {
      root.querySelectorAll('[role=progressbar]').forEach(function (bar) {
        var pct = msg.progress.max ? Math.round((msg.progress.value * 100) / msg.progress.max) : 0;
        bar.setAttribute('aria-valuenow', String(msg.progress.value));
        bar.setAttribute('aria-valuetext', msg.progress.text);
        var fill = bar.firstElementChild;
        if (fill) fill.style.width = pct + '%';
      });
    }
    root.setAttribute('data-live-state', msg.state || 'open');
  }
  document.querySelectorAll('[data-live]').forEach(function (root) {
    var source = new EventSource(root.getAttribute('data-live'));
    source.onmessage = function (e) {
      var msg = JSON.parse(e.data);
      apply(root, msg);
      if (msg.state === 'final') source.close();
    };
  });
  document.querySelectorAll('[data-copy]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      if (navigator.clipboard) navigator.clipboard.writeText(btn.getAttribute('data-copy'));
      btn.textContent = 'Copied';
    });
  });
})();
`;
