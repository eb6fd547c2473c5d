/**
 * QR codes for packaging, labels and fair stands, made with node-qrcode. Error correction level Q
 * (25 % of the code can be lost): a printed label gets scuffed, wet or folded, and Q survives that
 * while keeping the code small enough to print at 2 cm; H would make it denser for little gain.
 */
import QRCode from 'qrcode';
import sharp from 'sharp';

export const QR_ERROR_CORRECTION = 'Q';
/** Bump when the drawing changes, so cached codes are drawn again. */
export const QR_VERSION = 1;
/** PNG size in pixels (at most; whole pixels per module): 5 cm at 600 dpi, 10 cm at 300 dpi. */
export const QR_PNG_SIZE = 1200;
/** Quiet zone in modules, as the QR standard asks. */
const MARGIN = 4;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: MARGIN,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

/**
 * A print-resolution PNG drawn from the code's modules with sharp: whole pixels per module, so the
 * edges stay sharp when printed (node-qrcode's own PNG writer is pure JavaScript and ten times
 * slower).
 */
export async function qrPng(url: string): Promise<Buffer> {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const count = modules.size + 2 * MARGIN;
  const scale = Math.max(1, Math.floor(QR_PNG_SIZE / count));
  const side = count * scale;
  const pixels = Buffer.alloc(side * side, 255);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++)
        pixels.fill(
          0,
          ((row + MARGIN) * scale + y) * side + (col + MARGIN) * scale,
          ((row + MARGIN) * scale + y) * side + (col + MARGIN + 1) * scale,
        );
    }
  }
  return (
    sharp(pixels, { raw: { width: side, height: side, channels: 1 } })
      // Greyscale PNG: a 2-colour palette would be smaller but its quantiser costs 20× the time.
      .png({ compressionLevel: 6 })
      .toBuffer()
  );
}
