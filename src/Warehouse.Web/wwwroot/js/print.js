// A button with data-print prints the page. Not an inline onclick: the pages' content security
// policy allows scripts from files only.
'use strict';
document.addEventListener('click', e => {
  if (e.target instanceof Element && e.target.closest('[data-print]')) window.print();
});
