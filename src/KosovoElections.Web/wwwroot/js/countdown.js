// Ticks every [data-countdown] element once a second and fills [data-local-time] with the deadline in the browser's own
// time zone. Texts come from data- attributes written by the server in the page's language.
const pad = (n) => String(n).padStart(2, '0');

function tick() {
  for (const el of document.querySelectorAll('[data-countdown]')) {
    const left = Date.parse(el.dataset.countdown) - Date.now();
    if (left <= 0) { el.textContent = el.dataset.closed; continue; }
    const s = Math.floor(left / 1000);
    const d = Math.floor(s / 86400), h = Math.floor(s / 3600) % 24, m = Math.floor(s / 60) % 60;
    el.textContent = `${d} ${el.dataset.days} ${pad(h)} ${el.dataset.hours} ${pad(m)} ${el.dataset.minutes} ${pad(s % 60)} ${el.dataset.seconds}`;
  }
}

function localTimes() {
  for (const el of document.querySelectorAll('[data-local-time]')) {
    const when = new Date(el.dataset.localTime);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const text = when.toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
    el.textContent = el.dataset.template.replace('{0}', `${text} (${zone})`);
    el.hidden = false;
  }
}

function refresh() { localTimes(); tick(); }

refresh();
setInterval(tick, 1000);
// Blazor's enhanced navigation swaps the page without reloading scripts.
window.Blazor?.addEventListener?.('enhancedload', refresh);
document.addEventListener('DOMContentLoaded', refresh);
