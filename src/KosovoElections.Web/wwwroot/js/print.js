// The receipt's Print button: the CSP forbids inline handlers, so buttons marked [data-print] are shown and wired here.
function wire() {
  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
  }
}

document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) {
    window.print();
  }
});
wire();
// Blazor's enhanced navigation swaps the page without reloading scripts.
window.Blazor?.addEventListener?.('enhancedload', wire);
document.addEventListener('DOMContentLoaded', wire);
