/**
 * QR codes for packaging, labels and fair stands, made with node-qrcode. Error correction level Q
 * (25 % of the code can be lost): a printed label gets scuffed, wet or folded, and Q survives that
 * while keeping the code small enough to print at 2 cm; H would make it denser for little gain.
 */
import QRCode from 'qrcode';
import { grey1Png } from './png.ts';

export const QR_ERROR_CORRECTION = 'Q';
/** Bump when the drawing changes, so cached codes are drawn again. */
export const QR_VERSION = 4;
/** PNG size in pixels (at most; whole pixels per module): 5 cm at 600 dpi, 10 cm at 300 dpi. */
export const QR_PNG_SIZE = 1200;
/** Quiet zone in modules, as the QR standard asks. */
const MARGIN = 4;

type Modules = ReturnType<typeof QRCode.create>['modules'];

/** The code's modules (dark or light squares), encoded by node-qrcode. */
export function qrModules(url: string): Modules {
  return QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION }).modules;
}

/** The code as SVG: one path of dark runs per row, crisp at any size. */
export function qrSvg(modules: Modules): string {
  const count = modules.size + 2 * MARGIN;
  let d = '';
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (!modules.get(r, c)) continue;
      let run = 1;
      while (c + run < modules.size && modules.get(r, c + run)) run++;
      d += `M${c + MARGIN} ${r + MARGIN}h${run}v1h-${run}z`;
      c += run - 1;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${count} ${count}" shape-rendering="crispEdges"><path fill="#fff" d="M0 0h${count}v${count}H0z"/><path fill="#000" d="${d}"/></svg>`;
}

/**
 * A print-resolution PNG: whole pixels per module, so edges stay sharp when printed, written as a
 * 1-bit greyscale PNG with node:zlib. About 1.5 KB instead of the 30 KB of an 8-bit image, and
 * faster to make: at 20,000 products the QR codes were the largest and slowest part of a build.
 * (No library at hand writes 1-bit PNG directly: pngjs cannot, and sharp goes through its colour
 * quantiser, five times slower.)
 */
export function qrPng(modules: Modules): Buffer {
  const count = modules.size + 2 * MARGIN;
  const scale = Math.max(1, Math.floor(QR_PNG_SIZE / count));
  const side = count * scale;
  const stride = Math.ceil(side / 8) + 1; // a row: PNG filter byte 0, then packed bits
  const image = Buffer.alloc(stride * side);
  const row = Buffer.alloc(stride);
  for (let moduleRow = 0; moduleRow < count; moduleRow++) {
    row.fill(0);
    const r = moduleRow - MARGIN;
    for (let x = 0; x < side; x++) {
      const c = ((x / scale) | 0) - MARGIN;
      // A set bit is white (greyscale 1); the quiet zone and light modules are white.
      if (r < 0 || c < 0 || r >= modules.size || c >= modules.size || !modules.get(r, c)) row[1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
    // The module row's first pixel row as it is (filter 0); the rest repeat it, so they are
    // written with PNG's "up" filter (2) as zeros, which deflate almost for free.
    const first = moduleRow * scale * stride;
    row.copy(image, first);
    for (let y = 1; y < scale; y++) image[first + y * stride] = 2;
  }
  return grey1Png(side, side, image);
}
