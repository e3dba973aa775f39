// Switching language reloads the page in the new language; what the reader had typed but not yet saved comes along.
// On a language link's click, the page's form fields are kept in this tab's sessionStorage under the page's path; the
// page in the new language puts them back once, then forgets them. Antiforgery tokens and hidden fields stay as the
// server wrote them; nothing leaves the browser.
const key = (path) => `ke:typed:${path}`;
const kept = (field) => field.name && !field.disabled && !['hidden', 'password', 'file', 'submit', 'button'].includes(field.type);

function keep() {
  const values = [];
  for (const field of document.querySelectorAll('form input, form select, form textarea')) {
    if (!kept(field)) continue;
    if (field.type === 'radio' || field.type === 'checkbox') {
      if (field.checked) values.push([field.name, field.value, true]);
    } else if (field.value !== field.defaultValue || field.tagName === 'SELECT') {
      values.push([field.name, field.value, false]);
    }
  }
  if (values.length) sessionStorage.setItem(key(location.pathname), JSON.stringify(values));
}

function restore() {
  const stored = sessionStorage.getItem(key(location.pathname));
  if (!stored) return;
  sessionStorage.removeItem(key(location.pathname));
  for (const [name, value, checked] of JSON.parse(stored)) {
    for (const field of document.getElementsByName(name)) {
      if (!kept(field)) continue;
      if (checked) { if (field.value === value) field.checked = true; } else { field.value = value; }
      // An interactive page learns of the value as if typed.
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

// In the capture phase: Blazor's enhanced navigation, listening on the bubble, moves the address to /culture first.
document.addEventListener('click', (event) => {
  if (event.target.closest?.('.language-switch a')) keep();
}, { capture: true });
restore();
document.addEventListener('DOMContentLoaded', restore);
window.Blazor?.addEventListener?.('enhancedload', restore);
