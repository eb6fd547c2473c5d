/**
 * Astro's sharp image service, with each original photo decoded once instead of once per variant.
 *
 * Every photo becomes five variants (`src/lib/image-variants.ts`). Decoding a 12-megapixel upload
 * is a good part of each variant's cost, so a photo is decoded once, turned upright and scaled to
 * the largest variant width, and its variants are cut from that copy (`src/lib/photo-encoding.ts`).
 * During `astro build` the photo encoder's child processes do that work
 * (`src/integrations/photo-encoder.ts`): at Astro's first request for one of a photo's five
 * variants, all five are handed to a child, and Astro's next requests are answered from them.
 * Without the encoder (the dev server, tests) or if a child fails, it is done here. Anything else
 * (cropping, other sizes, a logo's widths) goes to Astro's own service unchanged.
 */
import sharpService, { resolveSharpEncoderOptions, type SharpImageServiceConfig } from 'astro/assets/services/sharp';
import type { LocalImageService } from 'astro';
import sharp from 'sharp';
import {
  BASE_WIDTH,
  decodeBase,
  encodeVariant,
  type Decoded,
  type DecodeOptions,
  type Encoded,
  type PhotoVariant,
} from './lib/photo-encoding';
import { photoJobs } from './integrations/photo-encoder-messages';
import { photoVariants } from './lib/image-variants';

const FORMATS = new Set(['avif', 'webp', 'jpeg', 'jpg', 'png']);
/** Photos whose decoded copy or handed-on variants are kept: variants of one photo come together. */
const KEEP = 8;
const decoded = new Map<string, Promise<Decoded>>();
/** Variants handed to the encoder by `width format quality`, until Astro asks for them. */
type Handed = Map<string, { height: number | undefined; encoded: Promise<Encoded> }>;
/** By photo: what was handed to the encoder, or nothing when its variants are made here. */
const handed = new Map<string, Promise<Handed | undefined>>();

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  map.set(key, value);
  if (map.size > KEEP) map.delete(map.keys().next().value!);
  return value;
}

/** Variants and decodes made by the fast path in this process, handed to the encoder, handed to Astro's service: for tests. */
export const stats = { decoded: 0, variants: 0, encoder: 0, handedOn: 0 };

/**
 * Whether a transform may only scale and re-encode: a width within the decoded copy and a format
 * it can be written in, without a fit, a position or a background. Checked before decoding.
 */
function mayScaleOnly(
  transform: Record<string, unknown>,
): transform is { width: number; format: string; height?: unknown; quality?: unknown } {
  const { width, format } = transform;
  if (typeof width !== 'number' || width > BASE_WIDTH || typeof format !== 'string' || !FORMATS.has(format)) return false;
  return !transform['fit'] && !transform['position'] && !transform['background'];
}

/**
 * Astro 7 passes the height it computed from the aspect ratio beside the width: such a height is
 * a plain scale of the photo; any other (a crop) goes to Astro's own service.
 */
const proportional = (width: number, height: unknown, size: { width: number; height: number }) =>
  height === undefined || (typeof height === 'number' && Math.abs(height - (width * size.height) / size.width) <= 1);

const variantKey = (width: number, format: string, quality: unknown) =>
  `${Math.round(width)} ${format === 'jpeg' ? 'jpg' : format} ${String(quality)}`;
const roundHeight = (height: unknown) => (typeof height === 'number' ? Math.round(height) : undefined);

const service: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  async transform(inputBuffer, transform, config, logger) {
    const serviceConfig = config.service.config;
    const handOn = () => {
      stats.handedOn++;
      return sharpService.transform(inputBuffer, transform, config, logger);
    };
    if (!mayScaleOnly(transform)) return handOn();
    const { width, height, format, quality } = transform;
    const decode: DecodeOptions = { limitInputPixels: serviceConfig.limitInputPixels, kernel: serviceConfig.kernel };
    const options = (f: string) => resolveSharpEncoderOptions({ format: f, quality } as never, undefined, serviceConfig) ?? {};
    const key = String(transform.src);
    const mine = variantKey(width, format, quality);

    const here = async (): Promise<Encoded> => {
      const base =
        decoded.get(key) ??
        remember(
          decoded,
          key,
          decodeBase(inputBuffer, decode).finally(() => stats.decoded++),
        );
      const copy = await base;
      if (!proportional(width, height, copy.info)) return handOn();
      stats.variants++;
      return encodeVariant(copy, { width, height: roundHeight(height), format, options: options(format) }, decode.kernel);
    };

    // Astro's first request for this photo decides, for all of them, whether it goes to the encoder.
    const plan = handed.get(key) ?? remember(handed, key, handTo());
    const entries = await plan;
    const ready = entries?.get(mine);
    if (!ready || ready.height !== roundHeight(height)) return here();
    entries!.delete(mine);
    return ready.encoded.catch(here);

    /** All five variants handed to the encoder, if one listens and this request is one of them (not a logo's). */
    async function handTo(): Promise<Handed | undefined> {
      // An unreadable file is left to the path below, which reports it as it always did.
      const size = (
        await sharp(inputBuffer)
          .metadata()
          .catch(() => undefined)
      )?.autoOrient;
      if (!size) return undefined;
      const set = photoVariants(size.width);
      if (!proportional(width, height, size) || !set.some((v) => variantKey(v.width, v.format, quality) === mine)) return undefined;
      const ratio = typeof height === 'number' ? height / width : undefined;
      const variants: PhotoVariant[] = set.map((v) => ({
        ...v,
        height: ratio === undefined ? undefined : Math.round(v.width * ratio),
        options: options(v.format),
      }));
      const promises = photoJobs.give({ input: inputBuffer, variants, decode });
      if (!promises) return undefined;
      stats.encoder += variants.length;
      return new Map(
        variants.map((v, i) => {
          promises[i]!.catch(() => {}); // a failure is handled when Astro asks for that variant
          return [variantKey(v.width, v.format, quality), { height: v.height, encoded: promises[i]! }];
        }),
      );
    }
  },
};

export default service;
