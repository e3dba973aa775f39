// GOV.UK error summary and skip link behaviour: a link to a field on this page moves focus to the field (and shows its
// label or legend) instead of navigating. Without this, Blazor's enhanced navigation would treat the link as a visit.
// The CSP forbids inline handlers, so links are recognised here: those inside [data-error-summary] and the skip link.
function targetOf(link) {
  const url = new URL(link.href, document.baseURI);
  if (!url.hash || url.origin !== location.origin || url.pathname !== location.pathname || url.search !== location.search) {
    return null;
  }

  return document.getElementById(decodeURIComponent(url.hash.slice(1)));
}

function labelOf(field) {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) {
    return legend;
  }

  return field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
}

document.addEventListener('click', (event) => {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || !(event.target instanceof Element)) {
    return;
  }

  const link = event.target.closest('[data-error-summary] a[href], a.skip-link[href]');
  const field = link && targetOf(link);
  if (!field) {
    return;
  }

  // Captured before Blazor's own listener, which leaves a prevented click alone.
  event.preventDefault();
  (labelOf(field) ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}, { capture: true });
