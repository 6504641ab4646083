// Camera scanning for handhelds without a scanner: the rear camera through getUserMedia, frames
// decoded in the browser by zxing-wasm (served from this app, wwwroot/lib, never a CDN).
//
//   const scan = await startCameraScan(video, code => …);   // throws CameraProblem
//   scan.stop();
//
// - A code is passed on once while it stays in view: the same code again only after it has been
//   out of sight for `repeatMs` (1.5 s), so a barcode held under the camera is one scan.
// - GS1 symbols (GS1-128, GS1 DataMatrix/QR) come as a GS1 scanner sends them: the symbology
//   identifier (]C1, ]d2, ]Q3) and the element string with GS between variable-length fields,
//   which is what the station pipeline reads (Barcodes/Gs1ElementString).
// - Frames are decoded one at a time: a slow phone decodes fewer frames, never a queue of them.
import { prepareZXingModule, readBarcodes } from '../lib/zxing-wasm/reader/index.js';

// The WebAssembly beside the module in wwwroot/lib; zxing-wasm would fetch it from jsDelivr otherwise.
prepareZXingModule({
  overrides: {
    locateFile: (path, prefix) => path.endsWith('.wasm') ? new URL('../lib/zxing-wasm/reader/' + path, import.meta.url).href : prefix + path,
  },
});

export const scanFormats = ['Code128', 'DataMatrix', 'EAN13', 'QRCode'];

/** Why the camera cannot be used; `reason` is one of insecure, unsupported, refused, absent, busy, failed. */
export class CameraProblem extends Error {
  constructor(reason, cause) {
    super(`camera ${reason}${cause?.message ? ': ' + cause.message : ''}`);
    this.name = 'CameraProblem';
    this.reason = reason;
    this.cause = cause;
  }
}

/** The rear camera (any camera where there is no rear one), playing in `video`. Throws CameraProblem. */
export async function openRearCamera(video) {
  // Browsers offer cameras only to secure pages: HTTPS, or this machine (localhost).
  if (!window.isSecureContext) throw new CameraProblem('insecure');
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraProblem('unsupported');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
    });
  } catch (e) {
    throw new CameraProblem(reasonOf(e), e);
  }
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch (e) {
    stream.getTracks().forEach(t => t.stop());
    video.srcObject = null;
    throw new CameraProblem('failed', e);
  }
  return stream;
}

function reasonOf(error) {
  switch (error?.name) {
    case 'NotAllowedError': case 'SecurityError': return 'refused';
    case 'NotFoundError': case 'OverconstrainedError': return 'absent';
    case 'NotReadableError': case 'AbortError': return 'busy';
    default: return 'failed';
  }
}

/** What a scanner would send for one decoded symbol. */
export function scannedText(symbol) {
  return symbol.contentType === 'GS1' ? symbol.symbologyIdentifier + symbol.text : symbol.text;
}

/**
 * Opens the rear camera in `video` and calls `onCode(code, symbol)` for each new code.
 * Returns `{ stop() }`; throws CameraProblem when there is no camera to use.
 */
export async function startCameraScan(video, onCode, { formats = scanFormats, repeatMs = 1500, intervalMs = 120 } = {}) {
  const stream = await openRearCamera(video);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const lastSeen = new Map(); // code → time it was last in view
  let stopped = false;
  let timer = 0;

  async function decodeOnce() {
    if (stopped) return;
    const width = video.videoWidth, height = video.videoHeight;
    if (width > 0 && height > 0) {
      // Larger frames decode no better on a handheld, only slower.
      const scale = Math.min(1, 1280 / width);
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const frame = context.getImageData(0, 0, canvas.width, canvas.height);
      const symbols = await readBarcodes(frame, { formats, tryHarder: true, textMode: 'Plain', maxNumberOfSymbols: 4 });
      const now = performance.now();
      const inView = new Set();
      for (const symbol of symbols) {
        if (stopped || !symbol.isValid || !symbol.text) continue;
        const code = scannedText(symbol);
        inView.add(code);
        if (!lastSeen.has(code)) onCode(code, symbol);
        lastSeen.set(code, now);
      }
      // Forgotten only when a frame shows it gone: on a loaded phone two decodes can be further apart
      // than repeatMs with the code in view all along, and that is still one scan.
      for (const [code, seen] of lastSeen) if (!inView.has(code) && now - seen > repeatMs) lastSeen.delete(code);
    }
  }

  async function loop() {
    try {
      await decodeOnce();
    } catch (e) {
      console.warn('camera-scan: a frame could not be decoded', e);
    }
    if (!stopped) timer = setTimeout(loop, intervalMs);
  }
  loop();

  return {
    stream,
    stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      stream.getTracks().forEach(t => t.stop());
      if (video.srcObject === stream) video.srcObject = null;
    },
  };
}
