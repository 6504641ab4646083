// Photos as evidence (a QC failure, an open box at packing, a return): a still from a playing
// <video> as a JPEG, uploaded over HTTP to /api/photos (never through a Blazor circuit).
//
//   const blob = await takePhoto(video);
//   const stored = await uploadPhoto(blob, { purpose: 'QcFailure', order: 'WEB-1001' });
//
// One upload id per photo, made when the photo is taken: a retry after a lost connection sends
// the same id, and the server stores the photo once however many tries reached it.

/** The video's current frame as a JPEG blob at its full size. */
export async function takePhoto(video, { quality = 0.85 } = {}) {
  const width = video.videoWidth, height = video.videoHeight;
  if (!width || !height) throw new Error('the camera shows no picture yet');
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(video, 0, 0, width, height);
  const blob = await new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new Error('the browser made no JPEG of the picture');
  return blob;
}

/** A new upload id: 32 hex digits (crypto.randomUUID exists on secure pages only). */
export function newUploadId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** The server refused the photo (not worth a retry): `status` and its problem `detail`. */
export class PhotoRefused extends Error {
  constructor(status, detail) {
    super(detail || `the server refused the photo (${status})`);
    this.name = 'PhotoRefused';
    this.status = status;
  }
}

/**
 * Uploads `blob` as the raw body of POST /api/photos; resolves to the stored photo
 * ({ id, url, sha256, bytes, … }). Network failures and 5xx answers are tried again with the
 * same upload id (`attempts` in all, waiting longer each time); a 4xx is thrown as PhotoRefused.
 */
export async function uploadPhoto(blob, { purpose, order = '', rma = '', unit = '', uploadId = newUploadId(), attempts = 4, delayMs = 1000 } = {}) {
  const query = new URLSearchParams({ purpose, uploadId });
  if (order) query.set('order', order);
  if (rma) query.set('rma', rma);
  if (unit) query.set('unit', unit);
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch('/api/photos?' + query, {
        method: 'POST',
        body: blob,
        headers: { 'Content-Type': blob.type || 'image/jpeg' },
        credentials: 'same-origin',
      });
      if (response.ok) return await response.json();
      const detail = await problemDetail(response);
      if (response.status < 500) throw new PhotoRefused(response.status, detail);
      lastError = new Error(detail || `the server answered ${response.status}`);
    } catch (e) {
      if (e instanceof PhotoRefused) throw e;
      lastError = e;
    }
    if (attempt < attempts) await new Promise(r => setTimeout(r, delayMs * attempt));
  }
  throw lastError;
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || '';
  } catch {
    return '';
  }
}
