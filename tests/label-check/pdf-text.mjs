// Reads a PDF back the way a document printer and a customer's phone would, with independent readers:
// Mozilla's pdf.js gives each page's text and draws the page (on @napi-rs/canvas, its own Node canvas),
// and ZXing (zxing-wasm) decodes every barcode on the drawn page. For the tests of documents we print
// ourselves (a packing slip: its words, its language, no prices on a gift, the returns QR code).
//
//   node pdf-text.mjs <file.pdf>
//     → {"pages": n, "title": "…", "text": ["page 1 text", …], "symbols": [[{format, text}, …], …]}
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
const file = process.argv[2];
if (!file) {
  console.error('usage: node pdf-text.mjs <file.pdf>');
  process.exit(2);
}
try {
  const wasmBinary = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  // The fonts are the PDF's own: a document that only reads with a system font fails here.
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false, disableFontFace: true }).promise;
  const text = [], symbols = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    text.push(content.items.map(i => i.str + (i.hasEOL ? '\n' : '')).join(''));
    const viewport = page.getViewport({ scale: 2 }); // 144 dpi: a phone's view of the paper
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context, viewport }).promise;
    const found = await readBarcodes(await canvas.encode('png'), { tryHarder: true, maxNumberOfSymbols: 10 });
    symbols.push(found.filter(s => s.isValid).map(s => ({ format: s.format, text: s.text })));
  }
  const meta = await pdf.getMetadata();
  console.log(JSON.stringify({ pages: pdf.numPages, title: meta.info?.Title ?? null, text, symbols }));
} catch (e) {
  console.log(JSON.stringify({ error: String(e?.message ?? e) }));
  process.exit(1);
}
