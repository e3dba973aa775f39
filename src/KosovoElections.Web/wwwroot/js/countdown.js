// Ticks every [data-countdown] element once a second and fills [data-local-time] with the deadline in the browser's own
// time zone. Texts come from data- attributes written by the server in the page's language: every plural form of every
// unit (data-days-one, data-days-few, data-days-other, …), chosen here by the CLDR rules of Intl.PluralRules.
const pad = (n) => String(n).padStart(2, '0');
const language = () => document.documentElement.lang || 'sq';
const categories = { one: 'One', few: 'Few' };

function word(el, unit, n) {
  const category = categories[new Intl.PluralRules(language()).select(n)] ?? 'Other';
  return el.dataset[unit + category];
}

function tick() {
  for (const el of document.querySelectorAll('[data-countdown]')) {
    const left = Date.parse(el.dataset.countdown) - Date.now();
    if (left <= 0) { el.textContent = el.dataset.closed; continue; }
    const s = Math.floor(left / 1000);
    const amounts = { days: Math.floor(s / 86400), hours: Math.floor(s / 3600) % 24, minutes: Math.floor(s / 60) % 60, seconds: s % 60 };
    el.textContent = Object.entries(amounts).map(([unit, n]) => `${n} ${word(el, unit, n)}`).join(' ');
  }
}

// Albanian and Serbian readers expect 28.03.2027 23:59, which browsers' own sq/sr data do not reliably give.
function wallClock(when) {
  if (language() === 'en') return when.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  return `${pad(when.getDate())}.${pad(when.getMonth() + 1)}.${when.getFullYear()} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}

function localTimes() {
  for (const el of document.querySelectorAll('[data-local-time]')) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    el.textContent = el.dataset.template.replace('{0}', `${wallClock(new Date(el.dataset.localTime))} (${zone})`);
    el.hidden = false;
  }
}

function refresh() { localTimes(); tick(); }

refresh();
setInterval(tick, 1000);
// Blazor's enhanced navigation swaps the page without reloading scripts.
window.Blazor?.addEventListener?.('enhancedload', refresh);
document.addEventListener('DOMContentLoaded', refresh);
