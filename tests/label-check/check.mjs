// Reads a label the way a carrier's scanner would: renders ZPL with an independent renderer
// (zpl-renderer-js) and decodes every barcode with ZXing (zxing-wasm), offline.
// Usage: node check.mjs <file.zpl|file.png> [--width-mm 101.5 --height-mm 152.25 --dpmm 8] [--png out.png]
// Prints JSON: [{ format, symbologyIdentifier, contentType, text }]
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ready } from 'zpl-renderer-js';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const file = args.find(a => !a.startsWith('--') && !/^[\d.]+$/.test(a) && !a.endsWith('.out.png'));
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (!file) {
  console.error('usage: node check.mjs <file.zpl|file.png> [--width-mm W --height-mm H --dpmm D] [--png out.png]');
  process.exit(2);
}

// zxing-wasm would fetch its .wasm from a CDN: hand it the local file instead.
prepareZXingModule({ overrides: { wasmBinary: await readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm')) } });

let png;
if (file.endsWith('.png')) {
  png = await readFile(file);
} else {
  const zpl = await readFile(file, 'utf8');
  const { api } = await ready;
  const b64 = await api.zplToBase64Async(zpl, Number(option('width-mm', '101.5')), Number(option('height-mm', '152.25')), Number(option('dpmm', '8')));
  png = Buffer.from(b64, 'base64');
  const out = option('png', null);
  if (out) await writeFile(out, png);
}

const results = await readBarcodes(png, { tryHarder: true, maxNumberOfSymbols: 20 });
console.log(JSON.stringify(results.map(r => ({
  format: r.format, symbologyIdentifier: r.symbologyIdentifier, contentType: r.contentType, text: r.text,
}))));
