// <evidence-photo purpose="QcFailure" order="AL-200003"> on the QC bench and the packing station: a photo
// of what is in front of the camera, kept with the order for disputes (POST /api/photos, never through the
// Blazor circuit). The first press opens the camera, the next ones take a photo; a page may also set
// data-take-now to a new value to take one by itself (the packing station when the last item is scanned).
// The texts come from the page (data-text-*), in the station's language. The camera stops when the
// element leaves the page. The returns desk's adds data-rma and data-unit (the photo is the return's, of
// that unit), a file input (data-file) for a photo taken otherwise, and data-notify: the page is told.
class EvidencePhoto extends HTMLElement {
  static observedAttributes = ['data-take-now'];
  #stream = null;
  #opening = null;

  constructor() {
    super();
    // Listened for on the element itself, once: Blazor may connect it before it adds the children.
    this.addEventListener('click', e => { if (e.target.closest?.('[data-take]')) this.#press(); });
    this.addEventListener('change', async e => {
      const file = e.target;
      if (!file.matches?.('[data-file]')) return;
      const chosen = file.files?.[0];
      // The server checks the bytes: a renamed program or a wrong type is refused there in words.
      if (chosen) await this.#send(chosen);
      file.value = '';
    });
  }

  disconnectedCallback() {
    this.#stream?.getTracks().forEach(t => t.stop());
    this.#stream = null;
    this.#opening = null;
  }

  attributeChangedCallback(name, before, after) {
    if (name === 'data-take-now' && after && after !== before && this.isConnected) this.#take();
  }

  async #press() {
    if (this.#stream) await this.#take();
    else await this.#open();
  }

  #open() {
    this.#opening ??= (async () => {
      const video = this.querySelector('video');
      const { openRearCamera } = await import('./camera-scan.js');
      try {
        video.hidden = false;
        this.#stream = await openRearCamera(video);
        this.dataset.state = 'live';
        this.#say(this.dataset.textReady ?? '');
      } catch (e) {
        video.hidden = true;
        this.dataset.state = 'problem';
        this.#say(this.dataset['text' + capital(e.reason ?? 'failed')] ?? e.message);
        this.#opening = null;
      }
    })();
    return this.#opening;
  }

  async #take() {
    if (!this.#stream) await this.#open();
    if (!this.#stream) return;
    const { takePhoto } = await import('./photo-capture.js');
    // A camera just opened shows no picture for a moment.
    const video = this.querySelector('video');
    for (let i = 0; i < 20 && !video.videoWidth; i++) await new Promise(r => setTimeout(r, 100));
    let blob;
    try {
      blob = await takePhoto(video);
    } catch (e) {
      this.dataset.state = 'failed';
      this.#say(`${this.dataset.textFailed ?? ''} ${e.message}`.trim());
      return;
    }
    await this.#send(blob);
  }

  async #send(blob) {
    const { uploadPhoto } = await import('./photo-capture.js');
    this.dataset.state = 'sending';
    try {
      const photo = await uploadPhoto(blob, {
        purpose: this.getAttribute('purpose'), order: this.getAttribute('order') ?? '',
        rma: this.dataset.rma ?? '', unit: this.dataset.unit ?? '',
      });
      const taken = Number(this.dataset.photos ?? 0) + 1;
      this.dataset.photos = String(taken);
      this.dataset.lastPhoto = photo.id;
      this.dataset.state = 'stored';
      this.#say((this.dataset.textStored ?? '{0}').replace('{0}', String(taken)));
      if (this.dataset.notify !== undefined) window.warehouseStation?.photoStored?.();
    } catch (e) {
      this.dataset.state = 'failed';
      this.#say(`${this.dataset.textFailed ?? ''} ${e.message}`.trim());
    }
  }

  #say(text) {
    const line = this.querySelector('[data-result]');
    if (line) line.textContent = text;
  }
}

const capital = word => word.charAt(0).toUpperCase() + word.slice(1);

if (!customElements.get('evidence-photo')) customElements.define('evidence-photo', EvidencePhoto);
