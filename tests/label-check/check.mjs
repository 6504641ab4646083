// Reads a label back the way a carrier's scanner would: ZPL is drawn by an
// independent renderer (zpl-renderer-js), then every barcode is decoded by
// ZXing (zxing-wasm). Nothing is downloaded at run time.
//
//   node check.mjs <file.zpl|file.png> [--dpmm 8 --width-mm 101.5 --height-mm 152.25]
//     → [{format, symbologyIdentifier, contentType, text}]
//   node check.mjs <a.zpl> <b.png> …   (several files: one process, one warm-up)
//     → [{file, symbols: [{format, symbologyIdentifier, contentType, text}]} | {file, error}]
//   --per-file       the per-file shape even for one file (what the .NET tests read).
//   --png-out <dir>  also keeps the rendered PNG of each ZPL file there.
//
// Without --width-mm/--height-mm the size comes from the label's own ^PW/^LL at
// the given dpmm, so a 300 dpi label is read with `--dpmm 12` alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { ready } from 'zpl-renderer-js';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const options = { dpmm: 8, widthMm: undefined, heightMm: undefined, pngOut: undefined, perFile: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--dpmm') options.dpmm = Number(value());
    else if (arg === '--width-mm') options.widthMm = Number(value());
    else if (arg === '--height-mm') options.heightMm = Number(value());
    else if (arg === '--png-out') options.pngOut = value();
    else if (arg === '--per-file') options.perFile = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new Error('usage: node check.mjs <file.zpl|file.png>… [--dpmm 8 --width-mm 101.5 --height-mm 152.25]');
  for (const n of [options.dpmm, options.widthMm, options.heightMm])
    if (n !== undefined && !(n > 0)) throw new Error('sizes must be positive numbers');
  return options;
}

// ^PW/^LL of the label itself, so the page is exactly the stock we composed for.
function labelSizeMm(zpl, options) {
  const dots = (command, fallback) => {
    const match = zpl.match(new RegExp(`\\^${command}(\\d+)`));
    return match ? Number(match[1]) : fallback;
  };
  return {
    widthMm: options.widthMm ?? dots('PW', 812) / options.dpmm,
    heightMm: options.heightMm ?? dots('LL', 1218) / options.dpmm,
  };
}

async function renderZpl(zpl, options) {
  const { api } = await ready;
  const { widthMm, heightMm } = labelSizeMm(zpl, options);
  const base64 = await api.zplToBase64Async(zpl, widthMm, heightMm, options.dpmm);
  return Buffer.from(base64, 'base64');
}

async function decode(png) {
  const symbols = await readBarcodes(png, { tryHarder: true, maxNumberOfSymbols: 20 });
  return symbols
    .filter((s) => s.isValid)
    .map(({ format, symbologyIdentifier, contentType, text }) => ({ format, symbologyIdentifier, contentType, text }));
}

async function check(file, options) {
  const bytes = readFileSync(file);
  if (!file.toLowerCase().endsWith('.zpl')) return decode(bytes);
  const png = await renderZpl(bytes.toString('utf8'), options);
  if (options.pngOut) writeFileSync(join(options.pngOut, basename(file) + '.png'), png);
  return decode(png);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const wasmBinary = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });

  if (options.files.length === 1 && !options.perFile) {
    process.stdout.write(JSON.stringify(await check(options.files[0], options)) + '\n');
    return;
  }
  const results = [];
  for (const file of options.files) {
    try {
      results.push({ file, symbols: await check(file, options) });
    } catch (error) {
      results.push({ file, error: String(error?.message ?? error) });
    }
  }
  process.stdout.write(JSON.stringify(results) + '\n');
}

main().catch((error) => {
  process.stderr.write(`label-check: ${error?.stack ?? error}\n`);
  process.exit(1);
});
