// Counts down every [data-cooldown] element (seconds the server computed) and, at zero, enables the button named by
// data-cooldown-for. Texts come from data- attributes written by the server in the page's language.
const started = new WeakMap();
const format = (s) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

function tick() {
  for (const el of document.querySelectorAll('[data-cooldown]')) {
    if (started.get(el)?.from !== el.dataset.cooldown) {
      started.set(el, { from: el.dataset.cooldown, until: Date.now() + Number(el.dataset.cooldown) * 1000 });
    }
    const left = Math.ceil((started.get(el).until - Date.now()) / 1000);
    const button = el.dataset.cooldownFor && document.getElementById(el.dataset.cooldownFor);
    if (left > 0) { el.textContent = el.dataset.template.replace('{0}', format(left)); continue; }
    el.textContent = el.dataset.ready;
    if (button) button.disabled = false;
  }
}

tick();
setInterval(tick, 1000);
// Blazor's enhanced navigation swaps the page without reloading scripts.
window.Blazor?.addEventListener?.('enhancedload', tick);
document.addEventListener('DOMContentLoaded', tick);
