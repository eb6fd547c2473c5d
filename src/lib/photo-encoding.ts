/**
 * Decoding a photo once and encoding its variants from that copy: the work behind
 * `src/image-service.ts`, done in the build process or in the photo encoder's child processes
 * (`src/integrations/photo-encoder.ts`).
 */
import sharp, { type AvifOptions, type JpegOptions, type KernelEnum, type OutputInfo, type PngOptions, type WebpOptions } from 'sharp';
import { JPEG_WIDTH, PHOTO_WIDTHS } from './image-variants.ts';

/** The width a photo is decoded to: the largest variant's. */
export const BASE_WIDTH = Math.max(JPEG_WIDTH, ...PHOTO_WIDTHS);

/** Decoding settings of Astro's sharp service that apply here. */
export interface DecodeOptions {
  limitInputPixels?: number | boolean | undefined;
  kernel?: keyof KernelEnum | undefined;
}

/** One variant: its size (the height Astro computed, if it passed one), format and encoder options. */
export interface PhotoVariant {
  width: number;
  height?: number | undefined;
  format: string;
  /** Encoder options, as Astro's service resolves them for the format. */
  options: AvifOptions | WebpOptions | JpegOptions | PngOptions;
}

export interface Encoded {
  data: Uint8Array;
  format: string;
}

export interface Decoded {
  data: Buffer;
  info: OutputInfo;
}

/** The photo upright and scaled to `BASE_WIDTH` (never enlarged), as raw pixels. */
export function decodeBase(input: Uint8Array, options: DecodeOptions): Promise<Decoded> {
  return sharp(input, { failOn: 'none', limitInputPixels: options.limitInputPixels ?? true })
    .rotate()
    .resize({ width: BASE_WIDTH, withoutEnlargement: true, ...(options.kernel ? { kernel: options.kernel } : {}) })
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/** One variant cut from the decoded copy, with the same resize as Astro's service. */
export async function encodeVariant(base: Decoded, variant: PhotoVariant, kernel?: keyof KernelEnum): Promise<Encoded> {
  const { data, info } = base;
  const pipeline = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).resize({
    width: Math.round(variant.width),
    ...(variant.height === undefined ? {} : { height: Math.round(variant.height) }),
    withoutEnlargement: true,
    ...(kernel ? { kernel } : {}),
  });
  const { format, options } = variant;
  if (format === 'avif') pipeline.avif(options as AvifOptions);
  else if (format === 'webp') pipeline.webp(options as WebpOptions);
  else if (format === 'png') pipeline.png(options as PngOptions);
  else pipeline.jpeg(options as JpegOptions);
  const output = await pipeline.toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(output.data), format: output.info.format };
}
