/**
 * PNG files written with node:zlib, for images whose pixels this project already knows exactly:
 * 1-bit QR codes and palette link-preview cards, whose colours are known by construction. No
 * colour quantiser runs: quantising a card to a palette had been the most expensive step of a
 * build with cards.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const frame = Buffer.alloc(8 + data.length + 4);
  frame.writeUInt32BE(data.length, 0);
  body.copy(frame, 4);
  frame.writeUInt32BE(crc32(body), 8 + data.length);
  return frame;
}

function header(width: number, height: number, depth: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = depth;
  data[9] = colourType;
  return chunk('IHDR', data);
}

/** A PNG from rows already prefixed with their filter byte (`filtered`), deflated at `level`. */
function png(ihdr: Buffer, extra: Buffer[], filtered: Uint8Array, level: number): Buffer {
  return Buffer.concat([SIGNATURE, ihdr, ...extra, chunk('IDAT', deflateSync(filtered, { level })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A 1-bit greyscale PNG; `rows` holds each row as its filter byte and packed bits (1 = white).
 * Level 3: for a QR code whose repeated rows are filtered "up" (all zeros), 0.2 ms and 2.9 KB;
 * level 6 took 0.8 ms for 1.5 KB, and at 1,200 codes a build waited on it.
 */
export function grey1Png(width: number, height: number, rows: Buffer): Buffer {
  return png(header(width, height, 1, 0), [], rows, 3);
}

/**
 * An 8-bit palette PNG with `palette` as 0xRRGGBB; `rows` holds each row as filter byte 0 (none,
 * as PNG advises for palette images) and one index a pixel.
 */
export function palettePng(width: number, height: number, rows: Uint8Array, palette: readonly number[]): Buffer {
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => {
    plte[i * 3] = rgb >> 16;
    plte[i * 3 + 1] = (rgb >> 8) & 255;
    plte[i * 3 + 2] = rgb & 255;
  });
  // Level 3: 1.2 ms and 26 KB for a text card; level 4 took 2.9 ms for 23 KB, level 6 7 ms for
  // 22 KB, level 9 twenty times as long. At 1,200 cards the build waited on this deflate.
  return png(header(width, height, 8, 3), [chunk('PLTE', plte)], rows, 3);
}
