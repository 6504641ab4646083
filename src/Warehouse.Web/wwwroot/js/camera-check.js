// <camera-check> on /devices/camera: is this handheld's camera good enough to scan with?
// Live video, the last decoded code in big text, and a test photo sent to /api/photos.
// A custom element (like labels.js) so it starts however the page was reached, Blazor's enhanced
// navigation included; the camera stops when the element leaves the page. The texts come from
// the page (data-text-*), in the signed-in person's language.
class CameraCheck extends HTMLElement {
  #scan = null;
  #connected = false;

  async connectedCallback() {
    this.#connected = true;
    const video = this.querySelector('video');
    const { startCameraScan } = await import('./camera-scan.js');
    this.querySelector('[data-photo]')?.addEventListener('click', () => this.#takePhoto(video));
    try {
      const scan = await startCameraScan(video, code => this.#show(code));
      if (!this.#connected) { scan.stop(); return; }
      this.#scan = scan;
      this.dataset.state = 'live';
    } catch (e) {
      this.dataset.state = 'problem';
      this.#say('[data-problem]', this.dataset['text' + capital(e.reason ?? 'failed')] ?? e.message);
    }
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#scan?.stop();
    this.#scan = null;
  }

  #show(code) {
    const shown = this.querySelector('[data-code]');
    shown.textContent = code;
    shown.dataset.code = code;
    this.dataset.codes = String(Number(this.dataset.codes ?? 0) + 1);
  }

  async #takePhoto(video) {
    const { takePhoto, uploadPhoto } = await import('./photo-capture.js');
    const result = this.querySelector('[data-photo-result]');
    result.dataset.state = 'sending';
    try {
      const photo = await uploadPhoto(await takePhoto(video), { purpose: 'Check' });
      result.dataset.state = 'stored';
      result.dataset.photo = photo.id;
      result.textContent = (this.dataset.textPhotoStored ?? '{0}').replace('{0}', `${Math.round(photo.bytes / 1024)} kB`);
    } catch (e) {
      result.dataset.state = 'failed';
      result.textContent = `${this.dataset.textPhotoFailed ?? ''} ${e.message}`.trim();
    }
  }

  #say(selector, text) {
    const element = this.querySelector(selector);
    element.textContent = text;
    element.hidden = false;
  }
}

const capital = word => word.charAt(0).toUpperCase() + word.slice(1);

if (!customElements.get('camera-check')) customElements.define('camera-check', CameraCheck);
