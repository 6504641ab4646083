// A button with data-print prints the page. Not an inline onclick: the pages' content security
// policy allows scripts from files only.
'use strict';
document.addEventListener('click', e => {
  if (e.target instanceof Element && e.target.closest('[data-print]')) window.print();
});

// The packing station prints an order's slip when its parcel completes, without a click: the slip
// loads in a hidden frame, then the frame prints itself. Chromium started with --kiosk-printing sends
// it to the default printer at once (ADR 10); the frame goes when the next slip comes.
window.warehouseSlip = {
  print(url) {
    document.getElementById('slip-frame')?.remove();
    const frame = document.createElement('iframe');
    frame.id = 'slip-frame';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true });
    frame.src = url;
    document.body.appendChild(frame);
  }
};
