// GOV.UK's timeout warning for a signed-in applicant (Shared/SessionTimeoutWarning.razor). The page says how many
// seconds its session had left when it was served; shortly before the warning is due this asks the server again
// (GET /apply/session, which does not count as activity), since work in another tab may have
// extended it. Two minutes before the end the modal dialog opens (the browser's own <dialog>: focus moves in and stays
// there, Escape answers "stay"); "Stay signed in" posts to /apply/session/extend; at the end the page goes to
// "You have been signed out". A failed request is retried rather than taken for the end.
let timer;
const retry = 30;

const dialog = () => document.getElementById('session-timeout');

function schedule(secondsLeft) {
  clearTimeout(timer);
  const box = dialog();
  if (!box) return;
  const warnBefore = Number(box.dataset.warnBefore);
  if (secondsLeft <= 0) {
    location.assign(box.dataset.signedOut);
  } else if (secondsLeft <= warnBefore) {
    if (!box.open) box.showModal();
    timer = setTimeout(check, secondsLeft * 1000);
  } else {
    if (box.open) box.close();
    timer = setTimeout(check, (secondsLeft - warnBefore) * 1000);
  }
}

async function ask(request) {
  const response = await fetch(request, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()).secondsLeft;
}

async function check() {
  const box = dialog();
  if (!box) return;
  try {
    schedule(await ask(box.dataset.status));
  } catch {
    clearTimeout(timer);
    timer = setTimeout(check, retry * 1000);
  }
}

async function stay(form) {
  try {
    schedule(await ask(new Request(form.action, { method: 'POST', body: new FormData(form) })));
  } catch {
    check();
  }
}

function start() {
  const box = dialog();
  if (box) schedule(Number(box.dataset.secondsLeft));
  else clearTimeout(timer);
}

// Delegated, so that a dialog swapped in by an enhanced navigation needs no listeners of its own.
document.addEventListener('submit', (e) => {
  if (!e.target.matches('#session-timeout [data-session-extend]')) return;
  e.preventDefault();
  stay(e.target);
});
document.addEventListener('cancel', (e) => {
  if (e.target !== dialog()) return;
  e.preventDefault();
  stay(e.target.querySelector('[data-session-extend]'));
}, true);

start();
// Blazor's enhanced navigation swaps the page (and this dialog, with a fresh count) without reloading scripts.
window.Blazor?.addEventListener?.('enhancedload', start);
