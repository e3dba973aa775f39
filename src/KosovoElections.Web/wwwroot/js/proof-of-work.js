// The proof of work of a contested sign-in (Application/Registration/SignIn/ProofOfWork.cs): find a decimal nonce such
// that SHA-256 over the ASCII of salt + nonce starts with `difficulty` zero bits. On the page this file starts itself as
// a module worker, so the search never blocks the page or a screen reader; in the worker it hashes in batches, because
// crypto.subtle.digest answers one promise per hash. Texts come from data- attributes in the page's language.
const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;

function leadingZeroBits(bytes) {
  let bits = 0;
  for (const byte of bytes) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

async function solve(salt, difficulty) {
  const encoder = new TextEncoder();
  const batch = 512;
  for (let first = 0; ; first += batch) {
    const tries = [];
    for (let nonce = first; nonce < first + batch; nonce++) {
      tries.push(crypto.subtle.digest('SHA-256', encoder.encode(salt + nonce)));
    }
    const hashes = await Promise.all(tries);
    const found = hashes.findIndex((hash) => leadingZeroBits(new Uint8Array(hash)) >= difficulty);
    if (found >= 0) return String(first + found);
  }
}

function start() {
  const box = document.querySelector('[data-proof-of-work]');
  if (!box || box.dataset.started) return;
  box.dataset.started = 'true';
  const form = box.closest('form');
  const progress = box.querySelector('[data-proof-of-work-progress]');
  const status = form.querySelector('[data-proof-of-work-status]');
  const nonce = form.querySelector('[data-proof-of-work-nonce]');
  const button = form.querySelector('button[type=submit]');
  const say = (text) => {
    progress.textContent = text;
    progress.hidden = false;
    status.textContent = text;
  };
  const fail = () => {
    if (button) button.disabled = false;
    say(box.dataset.failed);
  };

  if (!window.Worker || !globalThis.crypto?.subtle) {
    fail();
    return;
  }
  if (button) button.disabled = true;
  say(box.dataset.working);
  const worker = new Worker(import.meta.url, { type: 'module' });
  worker.onmessage = ({ data }) => {
    worker.terminate();
    nonce.value = data.nonce;
    say(box.dataset.done);
    // Not requestSubmit(): the form posts as a plain document request, like a press of Continue.
    form.submit();
  };
  worker.onerror = () => {
    worker.terminate();
    fail();
  };
  worker.postMessage({ salt: box.dataset.salt, difficulty: Number(box.dataset.difficulty) });
}

if (inWorker) {
  self.onmessage = async ({ data }) => self.postMessage({ nonce: await solve(data.salt, data.difficulty) });
} else if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
