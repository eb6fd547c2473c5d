/**
 * Reads a QR code from an image file with ZXing (C++ compiled to WebAssembly): a decoder
 * independent of the library that drew the code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let prepared = false;

export async function decodeQr(file: string): Promise<{ text: string; ecLevel: string }[]> {
  if (!prepared) {
    // The module would fetch its .wasm from a CDN; this machine has no network, and needs none.
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
    prepared = true;
  }
  const { data, info } = await sharp(file, { density: 150 })
    .flatten({ background: '#ffffff' })
    .resize(600)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const image = {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    colorSpace: 'srgb',
  } as ImageData;
  return (await readBarcodes(image, { formats: ['QRCode'] })).map((r) => ({ text: r.text, ecLevel: r.ecLevel }));
}
