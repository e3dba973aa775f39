// The camera behind CameraCapture.razor: one live stream per <video>, a captured JPEG kept here (never in .NET) until
// "Use this photo", and cheap live hints. Every answer to .NET is a small plain object or the photo's bytes.

// Captures are scaled so that the long edge is at most this; more only costs upload time on a phone.
const MAX_LONG_EDGE = 2048;
const JPEG_QUALITY = 0.9;

// Hints are measured on a frame scaled down to this width: cheap enough to run twice a second on an old phone.
const HINT_WIDTH = 160;
const HINT_INTERVAL_MS = 600;
// Mean luma (0–255) below this: a face or a card is hard to read. A lit room measures 90–150, a dim one under 50.
const DARK_MEAN_LUMA = 45;
// Variance of the 4-neighbour Laplacian of the 160 px frame below this: no sharp edge anywhere. Focused text on a
// card measures several hundred, a face in focus 40–100, a shaken or unfocused frame under 15.
const BLURRY_LAPLACIAN_VARIANCE = 15;

// In-app browsers (Facebook, Instagram, TikTok, WhatsApp, Line, Snapchat) often refuse the camera without asking.
const IN_APP_BROWSER = /FBAN|FBAV|FB_IAB|Instagram|TikTok|musical_ly|BytedanceWebview|WhatsApp|\bLine\/|Snapchat/i;

const cameras = new WeakMap();
// Cameras started by the page's own button before the circuit was up (js/camera-early.js), by the button's id, until
// the component adopts them (docs/decisions/0019-camera-before-the-circuit.md).
const early = new Map();

/** Why the camera cannot work in this browser at all, before asking: 'in-app', 'insecure', 'missing' or null. */
export function environmentProblem() {
  if (IN_APP_BROWSER.test(navigator.userAgent || '')) return 'in-app';
  if (!window.isSecureContext) return 'insecure';
  if (!navigator.mediaDevices?.getUserMedia) return 'missing';
  return null;
}

/** Starts the camera facing 'user' or 'environment' in the video. Answers { error, cameras }. */
export async function start(video, facing, dotNet) {
  stop(video);
  const camera = newCamera(video, facing, dotNet);
  cameras.set(video, camera);
  return await open(video, camera, { facingMode: { ideal: facing } });
}

/**
 * The prerendered "Turn on the camera" pressed before the circuit is up: starts the camera in the button's own
 * <video> (no hints: nobody listens yet) and keeps it for adoptEarly. Answers like start, or null when there is nothing
 * to do (already starting, or the component is live).
 */
export function startEarly(button) {
  const section = button.closest('.camera');
  const video = section?.querySelector('video');
  const running = early.get(button.id);
  if (!button.id || !video || section.dataset.live === 'true' || (running && !running.failed)) return null;
  if (running) forget(button.id);
  const camera = newCamera(video, button.dataset.facing === 'environment' ? 'environment' : 'user', null);
  const record = { camera, failed: false };
  record.started = open(video, camera, { facingMode: { ideal: camera.facing } }, false).then(started => {
    record.failed = !!started.error;
    return started;
  });
  early.set(button.id, record);
  return record.started;
}

/**
 * The component's first question, answered at once (one round trip): why the camera cannot work in this browser
 * (environmentProblem), and whether the page's own button started a camera for the control with this id before the
 * circuit was up.
 */
export function readiness(controlId) {
  return { problem: environmentProblem(), early: !!controlId && early.has(controlId) };
}

/**
 * Hands the camera started before the circuit to the component, in the component's <video> (Blazor replaced the
 * prerendered one when it first rendered): waits for it to be running and answers like start.
 */
export async function adoptEarly(controlId, video, dotNet) {
  const record = early.get(controlId);
  if (!record) return { error: 'other', cameras: 0 };
  early.delete(controlId);
  const started = await record.started;
  const camera = record.camera;
  if (started.error) return started;
  if (camera.stopped || !camera.stream?.active) {
    end(camera);
    return { error: 'busy', cameras: 0 };
  }
  if (camera.video !== video) {
    camera.video.srcObject = null;
    stop(video);
    camera.video = video;
  }
  camera.dotNet = dotNet;
  cameras.set(video, camera);
  const failed = await show(video, camera);
  if (failed) return { error: failed, cameras: 0 };
  startHints(video, camera);
  return started;
}

/** Stops each camera started before the circuit whose control has left the page (an enhanced navigation elsewhere). */
export function stopEarly() {
  for (const controlId of [...early.keys()]) {
    if (!document.getElementById(controlId)) forget(controlId);
  }
}

/** Moves to the next camera of the device (front, back, other lenses) and answers like start. */
export async function switchCamera(video) {
  const camera = cameras.get(video);
  if (!camera) return { error: 'other', cameras: 0 };
  const devices = await videoInputs();
  const current = devices.findIndex(d => d.deviceId === camera.deviceId);
  const next = devices[(current + 1) % devices.length];
  release(camera);
  return await open(video, camera, next?.deviceId ? { deviceId: { exact: next.deviceId } } : { facingMode: { ideal: camera.facing } });
}

/** Freezes the current frame as a JPEG, shows it in the preview image and keeps it until takePhoto. Answers its size. */
export async function capture(video, preview) {
  const camera = cameras.get(video);
  if (!camera?.stream || !video.videoWidth) throw new Error('The camera is not running.');
  const scale = Math.min(1, MAX_LONG_EDGE / Math.max(video.videoWidth, video.videoHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  canvas.getContext('2d').drawImage(video, 0, 0, canvas.width, canvas.height);
  const photo = await new Promise((resolve, reject) =>
    canvas.toBlob(b => (b ? resolve(b) : reject(new Error('The frame could not be encoded.'))), 'image/jpeg', JPEG_QUALITY));
  dropPhoto(camera);
  camera.photo = photo;
  camera.previewUrl = URL.createObjectURL(photo);
  preview.src = camera.previewUrl;
  stopHints(camera);
  return { width: canvas.width, height: canvas.height, bytes: photo.size };
}

/** Hands the captured JPEG to .NET (as a stream reference) and forgets it here. */
export async function takePhoto(video) {
  const camera = cameras.get(video);
  const photo = camera?.photo;
  if (!photo) return new Uint8Array(0);
  camera.photo = null;
  return new Uint8Array(await photo.arrayBuffer());
}

/** Back to the live picture after a preview. */
export function retake(video, preview) {
  const camera = cameras.get(video);
  if (preview) preview.removeAttribute('src');
  if (!camera) return;
  dropPhoto(camera);
  startHints(video, camera);
}

/** Stops the camera's tracks and forgets everything about this video. Safe to call more than once. */
export function stop(video) {
  const camera = cameras.get(video);
  if (!camera) return;
  cameras.delete(video);
  end(camera);
}

function newCamera(video, facing, dotNet) {
  return { video, stream: null, photo: null, previewUrl: null, timer: 0, hint: '', dotNet, facing, deviceId: null, stopped: false };
}

function end(camera) {
  camera.stopped = true;
  camera.dotNet = null;
  release(camera);
  dropPhoto(camera);
  camera.video.srcObject = null;
}

function forget(controlId) {
  const record = early.get(controlId);
  if (!record) return;
  early.delete(controlId);
  end(record.camera); // open() sees it stopped if the browser is still asking
}

async function open(video, camera, constraints, hints = true) {
  try {
    camera.stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { ...constraints, width: { ideal: 1920 }, height: { ideal: 1080 } },
    });
  } catch (e) {
    return { error: problem(e), cameras: 0 };
  }
  if (camera.stopped) {
    // Stopped (or restarted) while the browser was asking for permission.
    camera.stream.getTracks().forEach(t => t.stop());
    return { error: 'other', cameras: 0 };
  }
  const track = camera.stream.getVideoTracks()[0];
  camera.deviceId = track?.getSettings?.().deviceId ?? null;
  track?.addEventListener('ended', () => {
    if (!camera.stopped && camera.stream?.getVideoTracks()[0] === track) {
      camera.dotNet?.invokeMethodAsync('OnCameraLost').catch(() => {});
    }
  });
  const failed = await show(video, camera);
  if (failed) return { error: failed, cameras: 0 };
  if (hints) startHints(video, camera);
  return { error: null, cameras: (await videoInputs()).length };
}

/** Plays the camera's stream in the video; answers the problem if it cannot. */
async function show(video, camera) {
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.srcObject = camera.stream;
  try {
    await video.play();
    if (video.readyState < 2 || !video.videoWidth) {
      await new Promise(r => video.addEventListener('loadeddata', r, { once: true }));
    }
  } catch (e) {
    release(camera);
    return problem(e);
  }
  return null;
}

async function videoInputs() {
  try {
    return (await navigator.mediaDevices.enumerateDevices()).filter(d => d.kind === 'videoinput');
  } catch {
    return [];
  }
}

function problem(e) {
  switch (e?.name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'missing';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'busy';
    default:
      return 'other';
  }
}

function release(camera) {
  stopHints(camera);
  camera.stream?.getTracks().forEach(t => t.stop());
  camera.stream = null;
}

function dropPhoto(camera) {
  if (camera.previewUrl) URL.revokeObjectURL(camera.previewUrl);
  camera.previewUrl = null;
  camera.photo = null;
}

function startHints(video, camera) {
  stopHints(camera);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const measure = () => {
    // Blazor may remove the video without disposing (a dropped circuit): then the camera must not stay on.
    if (!video.isConnected) { stop(video); return; }
    if (document.visibilityState === 'visible' && video.videoWidth) {
      report(camera, hintFor(video, canvas, context));
    }
    camera.timer = setTimeout(measure, HINT_INTERVAL_MS);
  };
  camera.timer = setTimeout(measure, HINT_INTERVAL_MS);
}

function stopHints(camera) {
  clearTimeout(camera.timer);
  camera.timer = 0;
  report(camera, '');
}

function report(camera, hint) {
  if (camera.hint === hint) return;
  camera.hint = hint;
  camera.dotNet?.invokeMethodAsync('OnHint', hint).catch(() => {});
}

function hintFor(video, canvas, context) {
  const width = HINT_WIDTH;
  const height = Math.max(1, Math.round(video.videoHeight * width / video.videoWidth));
  canvas.width = width;
  canvas.height = height;
  context.drawImage(video, 0, 0, width, height);
  const rgba = context.getImageData(0, 0, width, height).data;
  const luma = new Float32Array(width * height);
  let sum = 0;
  for (let i = 0, p = 0; p < luma.length; i += 4, p++) {
    luma[p] = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
    sum += luma[p];
  }
  if (sum / luma.length < DARK_MEAN_LUMA) return 'dark';

  let n = 0, mean = 0, square = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const p = y * width + x;
      const l = luma[p - 1] + luma[p + 1] + luma[p - width] + luma[p + width] - 4 * luma[p];
      n++; mean += l; square += l * l;
    }
  }
  if (n === 0) return '';
  mean /= n;
  return square / n - mean * mean < BLURRY_LAPLACIAN_VARIANCE ? 'blurry' : '';
}
