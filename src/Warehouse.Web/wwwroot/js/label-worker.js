// Draws ZPL as PNG away from the page's main thread (see labels.js), so a scan is never held up
// by a label being drawn. zpl-renderer-js is copied to wwwroot/lib by the build (npm, see
// Warehouse.Web.csproj); loading it starts its WebAssembly at once.
'use strict';
importScripts('../lib/zpl-renderer/zpl-renderer.umd.js');
const api = self.zpljs.ready.then(r => r.api);

self.onmessage = async e => {
  const { id, zpl, widthMm, heightMm, dpmm } = e.data;
  try {
    const png = await (await api).zplToBase64Async(zpl, widthMm, heightMm, dpmm);
    self.postMessage({ id, png });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
