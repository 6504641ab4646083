// When a page's circuit ends (an unhandled error on the server) or its connection drops, a
// station must not look alive while the next scans go nowhere. Blazor shows #blazor-error-ui or
// #components-reconnect-modal; this adds an alarm and brings the page back by itself: a packer
// with a scanner in hand has no mouse to click "reload".
(() => {
  const stopped = document.getElementById('blazor-error-ui');
  const reconnect = document.getElementById('components-reconnect-modal');
  if (!stopped || !reconnect) return;
  let reloading = false;

  // Back-off across reloads, so a server that keeps failing is not hammered: 2 s, 4 s, … 30 s.
  // A page that stayed up for a minute starts again from 2 s.
  function reloadDelay() {
    const tries = Number(sessionStorage.getItem('circuit-reloads') || '0');
    sessionStorage.setItem('circuit-reloads', String(tries + 1));
    return Math.min(2000 * 2 ** tries, 30000);
  }
  setTimeout(() => sessionStorage.removeItem('circuit-reloads'), 60000);

  function alarm() {
    if (window.warehouseStation) window.warehouseStation.sound('Stopped');
  }

  function reloadSoon() {
    if (reloading) return;
    reloading = true;
    document.body.dataset.circuit = 'stopped';
    alarm();
    setTimeout(() => location.reload(), reloadDelay());
  }

  // Blazor sets style.display on the error screen when the circuit fails.
  new MutationObserver(() => {
    if (stopped.style.display && stopped.style.display !== 'none') reloadSoon();
  }).observe(stopped, { attributes: true, attributeFilter: ['style'] });

  reconnect.addEventListener('components-reconnect-state-changed', e => {
    const state = e.detail && e.detail.state;
    if (reloading) return;
    document.body.dataset.circuit = state;
    if (state === 'show') alarm();
    // The server no longer knows this circuit, or gave up retrying: only a new page helps.
    if (state === 'rejected' || state === 'failed' || state === 'resume-failed') reloadSoon();
    if (state === 'hide') delete document.body.dataset.circuit;
  });
})();

// The page's language, for the screens above: they show when the circuit is gone, so the page
// tells them beforehand (a badge scan switches a station's language without a reload).
window.warehouseCircuit = {
  language(language) { document.documentElement.lang = language; },
};
