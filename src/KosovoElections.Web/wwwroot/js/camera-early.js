// The camera's "Turn on the camera" before the page's circuit is up (docs/decisions/0019-camera-before-the-circuit.md).
// CameraCapture prerenders its button aria-disabled, marked data-camera-early="<its module's address>" with the facing
// camera and its texts. This enables it once the module has loaded and the browser can have a camera, and on a press
// starts the camera through the module in the prerendered <video>; the component adopts it once the circuit is up
// (the section then carries data-live="true" and this leaves it alone). Nothing is captured here: the photo is taken
// and sent through the component. Only prerendered markup is touched, which Blazor replaces when it first renders.
const modules = new Map();

function load(address) {
  const url = new URL(address, document.baseURI).href; // the same address the component imports: the same module
  if (!modules.has(url)) modules.set(url, import(url));
  return modules.get(url);
}

const sectionOf = (button) => button.closest('.camera');
const live = (button) => sectionOf(button)?.dataset.live === 'true';

// The status line is a live region: the new text is announced.
function say(button, text) {
  const status = sectionOf(button)?.querySelector('[role=status]');
  if (!status || !text) return;
  const line = document.createElement('p');
  line.textContent = text;
  status.replaceChildren(line);
}

async function arm(button) {
  button.dataset.cameraArmed = 'arming';
  try {
    const module = await load(button.dataset.cameraEarly);
    // An in-app browser or a page without https gets its explanation from the component once the circuit is up.
    if (module.environmentProblem() || !button.isConnected || live(button)) return;
    button.removeAttribute('aria-disabled');
    button.dataset.cameraArmed = 'true';
    say(button, button.dataset.idle);
  } catch {
    // The module did not load: the button works once the circuit is up, as it did before.
  }
}

function armAll() {
  for (const button of document.querySelectorAll('button[data-camera-early]:not([data-camera-armed])')) arm(button);
}

// Blazor replaces the prerendered camera when the circuit's first render arrives, and the focus on the pressed button
// would fall to the page: it goes to the button's successor (the same id) until the component takes over (data-live).
function keepFocus(id) {
  const observer = new MutationObserver(() => {
    const next = document.getElementById(id);
    if (!next || live(next)) {
      observer.disconnect();
    } else if (!document.activeElement || document.activeElement === document.body) {
      next.focus();
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

async function press(button) {
  keepFocus(button.id);
  button.setAttribute('aria-disabled', 'true');
  button.setAttribute('aria-busy', 'true');
  say(button, button.dataset.starting);
  const started = await (await load(button.dataset.cameraEarly)).startEarly(button);
  if (!started || live(button)) return;
  if (started.error) {
    // The component shows the reason and its guidance once it adopts the failure; until then, a short one.
    button.removeAttribute('aria-disabled');
    button.removeAttribute('aria-busy');
    say(button, button.dataset.failed);
    return;
  }
  const section = sectionOf(button);
  for (const part of section.querySelectorAll('.camera__stage, .camera__video, .camera__guide')) part.hidden = false;
}

document.addEventListener('click', (e) => {
  const button = e.target.closest?.('button[data-camera-early][data-camera-armed="true"]');
  if (!button || button.getAttribute('aria-disabled') === 'true' || live(button)) return;
  press(button).catch(() => say(button, button.dataset.failed));
});

// Blazor's enhanced navigation swaps the page without reloading scripts: a camera started on the page left behind
// stops, and the new page's buttons are armed.
function listen() {
  window.Blazor?.addEventListener?.('enhancedload', () => {
    for (const module of modules.values()) module.then((m) => m.stopEarly()).catch(() => {});
    armAll();
  });
}

// Loaded async and first (App.razor), so that it does not wait for blazor.web.js: the page may still be parsing, and Blazor
// (a parser-blocking script) is there once it is parsed.
armAll();
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => { armAll(); listen(); }, { once: true });
} else {
  listen();
}
