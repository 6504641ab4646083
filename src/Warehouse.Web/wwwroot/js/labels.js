// Shipping labels as images: <label-image src="/station/labels/…"> fetches a label's ZPL,
// <label-image zpl="^XA…"> takes it as it is; either way an <img> of the label appears inside.
//
// - The ZPL is drawn in the browser by zpl-renderer-js (~9 MB with its WebAssembly), loaded only
//   when the first label comes into view, in a Web Worker: the station's scanning never waits.
// - Images are cached by label, so Blazor re-rendering the page (or showing the same label as a
//   thumbnail) never draws a label twice.
// - Label text never becomes HTML: the only thing set from a label is an <img> src, and that is
//   a data: URL of the PNG the renderer returned.
// - Size: the label's own ^PW/^LL in dots (default 4×6 in at 203 dpi, 812×1218); wider than a
//   203 dpi head can print (832 dots) means a 300 dpi printer (12 dots/mm) unless dpmm is given.
(() => {
  const maxCached = 60;
  const images = new Map(); // key → Promise<data URL>
  const waiting = new Map(); // worker request id → { resolve, reject }
  let worker = null;
  let nextId = 1;

  function renderer() {
    if (worker) return worker;
    worker = new Worker(new URL('js/label-worker.js', document.baseURI));
    worker.onmessage = e => {
      const { id, png, error } = e.data;
      const request = waiting.get(id);
      if (!request) return;
      waiting.delete(id);
      if (typeof png === 'string' && /^[A-Za-z0-9+/]+=*$/.test(png)) request.resolve('data:image/png;base64,' + png);
      else request.reject(new Error(error || 'the renderer returned no image'));
    };
    // The renderer did not load (or died): fail what waits; the next label starts a new worker.
    worker.onerror = e => {
      e.preventDefault();
      for (const request of waiting.values()) request.reject(new Error(e.message || 'label renderer failed'));
      waiting.clear();
      worker.terminate();
      worker = null;
    };
    return worker;
  }

  function labelSize(zpl, dpmmAttribute) {
    const dots = (command, fallback) => {
      const match = zpl.match(new RegExp('\\^' + command + '(\\d{1,5})'));
      return match && Number(match[1]) > 0 ? Number(match[1]) : fallback;
    };
    const width = dots('PW', 812);
    const height = dots('LL', 1218);
    const given = Number(dpmmAttribute);
    const dpmm = [6, 8, 12, 24].includes(given) ? given : width > 832 ? 12 : 8;
    return { widthMm: width / dpmm, heightMm: height / dpmm, dpmm };
  }

  function draw(zpl, dpmm) {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      renderer().postMessage({ id, zpl, ...labelSize(zpl, dpmm) });
    });
  }

  async function fetchZpl(src) {
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) throw new Error('labels are only read from this server');
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) throw new Error(`label ${response.status}`);
    return response.text();
  }

  function imageFor(key, zplSource, dpmm) {
    let image = images.get(key);
    if (image) {
      images.delete(key); // most recently used goes last
      images.set(key, image);
      return image;
    }
    image = zplSource().then(zpl => draw(zpl, dpmm));
    image.catch(() => { if (images.get(key) === image) images.delete(key); }); // a failure may be retried
    images.set(key, image);
    if (images.size > maxCached) images.delete(images.keys().next().value);
    return image;
  }

  // Labels start drawing when they come near the screen (not inside a closed <details>, say).
  const visibility = new IntersectionObserver(entries => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      visibility.unobserve(entry.target);
      entry.target.seen();
    }
  }, { rootMargin: '300px' });

  class LabelImage extends HTMLElement {
    static observedAttributes = ['src', 'zpl', 'dpmm', 'label'];
    #visible = false;
    #key = null;
    #img = null;

    connectedCallback() {
      if (!this.#img) {
        this.#img = document.createElement('img');
        this.#img.decoding = 'async';
        this.appendChild(this.#img);
      }
      this.#img.alt = this.getAttribute('label') || 'Etykieta / Label';
      if (this.#visible) this.#update();
      else { this.dataset.state = 'waiting'; visibility.observe(this); }
    }

    disconnectedCallback() { visibility.unobserve(this); }

    attributeChangedCallback(name) {
      if (name === 'label' && this.#img) this.#img.alt = this.getAttribute('label') || 'Etykieta / Label';
      else if (this.#visible && this.isConnected) this.#update();
    }

    seen() {
      this.#visible = true;
      this.#update();
    }

    #update() {
      const src = this.getAttribute('src');
      const zpl = this.getAttribute('zpl');
      const dpmm = this.getAttribute('dpmm');
      const key = src ? `src ${dpmm} ${src}` : zpl ? `zpl ${dpmm} ${zpl}` : null;
      if (key === this.#key) return;
      this.#key = key;
      const img = this.#img;
      img.removeAttribute('src');
      if (key === null) { this.dataset.state = 'empty'; return; }
      this.dataset.state = 'drawing';
      imageFor(key, src ? () => fetchZpl(src) : () => Promise.resolve(zpl), dpmm).then(
        url => {
          if (this.#key !== key) return;
          img.src = url;
          this.dataset.state = 'shown';
        },
        error => {
          if (this.#key !== key) return;
          this.#key = null; // shown again later, it tries again
          this.dataset.state = 'failed';
          img.alt = 'Brak podglądu etykiety / No label preview: ' + error.message;
        });
    }
  }

  customElements.define('label-image', LabelImage);
})();
