/**
 * Astro's sharp image service, with each original photo decoded once instead of once per variant.
 *
 * Every photo becomes five variants (`src/lib/image-variants.ts`). Decoding a 12-megapixel upload
 * is a good part of each variant's cost, so the first variant of a photo decodes it, turns it
 * upright and scales it to the largest variant width; the other variants are cut from that. Astro
 * processes the variants of one photo together, so a handful of recent photos is all the memory
 * this needs. Anything else (cropping, other sizes) goes to Astro's own service unchanged.
 */
import sharpService, { resolveSharpEncoderOptions, type SharpImageServiceConfig } from 'astro/assets/services/sharp';
import type { LocalImageService } from 'astro';
import sharp, { type OutputInfo } from 'sharp';
import { JPEG_WIDTH, PHOTO_WIDTHS } from './lib/image-variants';

const BASE_WIDTH = Math.max(JPEG_WIDTH, ...PHOTO_WIDTHS);
const FORMATS = new Set(['avif', 'webp', 'jpeg', 'jpg', 'png']);
/** Decoded originals kept: a few per build worker is enough, as variants of one photo come together. */
const KEEP = 8;
const decoded = new Map<string, Promise<{ data: Buffer; info: OutputInfo }>>();

function decodedBase(key: string, input: Uint8Array, config: SharpImageServiceConfig) {
  let base = decoded.get(key);
  if (!base) {
    base = sharp(input, { failOn: 'none', limitInputPixels: config.limitInputPixels ?? true })
      .rotate()
      .resize({ width: BASE_WIDTH, withoutEnlargement: true, ...(config.kernel ? { kernel: config.kernel } : {}) })
      .raw()
      .toBuffer({ resolveWithObject: true });
    stats.decoded++;
    decoded.set(key, base);
    if (decoded.size > KEEP) decoded.delete(decoded.keys().next().value!);
  }
  return base;
}

/** Variants and decodes made by the fast path in this process, and variants handed to Astro's service: for tests. */
export const stats = { decoded: 0, variants: 0, handedOn: 0 };

/**
 * Whether a transform may only scale and re-encode: a width within the decoded copy and a format
 * it can be written in, without a fit, a position or a background. Checked before decoding.
 */
function mayScaleOnly(transform: Record<string, unknown>): transform is { width: number; format: string; height?: unknown } {
  const { width, format } = transform;
  if (typeof width !== 'number' || width > BASE_WIDTH || typeof format !== 'string' || !FORMATS.has(format)) return false;
  return !transform['fit'] && !transform['position'] && !transform['background'];
}

/**
 * Astro 7 passes the height it computed from the aspect ratio beside the width: such a height is
 * a plain scale of the decoded copy; any other (a crop) goes to Astro's own service.
 */
const proportional = (width: number, height: unknown, base: OutputInfo) =>
  height === undefined || (typeof height === 'number' && Math.abs(height - (width * base.height) / base.width) <= 1);

const service: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  async transform(inputBuffer, transform, config, logger) {
    const serviceConfig = config.service.config;
    const handOn = () => {
      stats.handedOn++;
      return sharpService.transform(inputBuffer, transform, config, logger);
    };
    if (!mayScaleOnly(transform)) return handOn();
    const { data, info } = await decodedBase(String(transform.src), inputBuffer, serviceConfig);
    const { width, height, format } = transform;
    if (!proportional(width, height, info)) return handOn();
    stats.variants++;
    // The same resize as Astro's service (a proportional height makes its "cover" a plain scale).
    const pipeline = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).resize({
      width: Math.round(width),
      ...(typeof height === 'number' ? { height: Math.round(height) } : {}),
      withoutEnlargement: true,
      ...(serviceConfig.kernel ? { kernel: serviceConfig.kernel } : {}),
    });
    const options = resolveSharpEncoderOptions({ format, quality: transform.quality }, undefined, serviceConfig) ?? {};
    if (format === 'avif') pipeline.avif(options);
    else if (format === 'webp') pipeline.webp(options);
    else if (format === 'png') pipeline.png(options);
    else pipeline.jpeg(options);
    const output = await pipeline.toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(output.data), format: output.info.format };
  },
};

export default service;
