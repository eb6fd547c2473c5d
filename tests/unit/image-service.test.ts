/**
 * The image service's fast path: each photo decoded once for its five variants, with the
 * transforms Astro 7 really passes (a width and the height it computed from the aspect ratio).
 * When Astro began passing that height, the fast path had silently stopped being taken.
 */
import type { AstroConfig } from 'astro';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import service, { stats } from '../../src/image-service.ts';

/** What a local image service is handed: Astro has resolved `src` to the file's build path. */
type ImageTransform = Parameters<typeof service.transform>[1];

const config = {
  service: { entrypoint: './src/image-service.ts', config: { avif: { effort: 0, chromaSubsampling: '4:2:0' }, webp: { effort: 2 } } },
} as unknown as AstroConfig['image'];

let photo: Buffer;
beforeAll(async () => {
  // A 1600×1200 photo with detail in both directions, so a wrong scale or crop shows in the pixels.
  const pixels = Buffer.alloc(1600 * 1200 * 3);
  for (let y = 0; y < 1200; y++)
    for (let x = 0; x < 1600; x++) pixels.set([(x * 255) / 1600, (y * 255) / 1200, (x ^ y) & 0xff], (y * 1600 + x) * 3);
  photo = await sharp(pixels, { raw: { width: 1600, height: 1200, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
});

/** A transform as Astro 7's build hands it to the service. */
const variant = (src: string, width: number, format: string, height = (width * 1200) / 1600): ImageTransform =>
  ({ src, width, height, format, loading: 'lazy', decoding: 'async' }) as ImageTransform;

/** Astro's logger: nothing here logs. */
const logger = {} as Parameters<typeof service.transform>[3];

const run = (t: ImageTransform) => service.transform(photo, t, config, logger) as Promise<{ data: Uint8Array; format: string }>;

/** Mean absolute difference per channel between two images of the same size, 0–255. */
async function difference(a: Uint8Array, b: Uint8Array): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((d) => sharp(d).removeAlpha().raw().toBuffer()));
  let sum = 0;
  for (let i = 0; i < x!.length; i++) sum += Math.abs(x![i]! - y![i]!);
  return sum / x!.length;
}

describe('image service', () => {
  it("decodes a photo once for its five variants, at Astro's sizes and formats", async () => {
    const before = { ...stats };
    const outputs = await Promise.all(
      (
        [
          [960, 'jpg'],
          [480, 'avif'],
          [960, 'avif'],
          [480, 'webp'],
          [960, 'webp'],
        ] as const
      ).map(([w, f]) => run(variant('/_astro/five.jpg', w, f))),
    );
    expect({
      decoded: stats.decoded - before.decoded,
      variants: stats.variants - before.variants,
      handedOn: stats.handedOn - before.handedOn,
    }).toEqual({
      decoded: 1,
      variants: 5,
      handedOn: 0,
    });
    const sizes = await Promise.all(outputs.map(async (o) => sharp(o.data).metadata()));
    expect(sizes.map((m) => `${m.format} ${m.width}×${m.height}`)).toEqual([
      'jpeg 960×720',
      'heif 480×360',
      'heif 960×720',
      'webp 480×360',
      'webp 960×720',
    ]);
  });

  it("gives the same pixels as Astro's own service", async () => {
    const fast = await run(variant('/_astro/same.jpg', 480, 'webp'));
    const astros = await service.transform(
      photo,
      { ...variant('/_astro/same.jpg', 480, 'webp'), fit: 'cover', position: 'center' },
      config,
      logger,
    );
    expect(await difference(fast.data, (astros as { data: Uint8Array }).data)).toBeLessThan(2);
  });

  it("hands a crop to Astro's service", async () => {
    const before = stats.handedOn;
    const square = await run(variant('/_astro/crop.jpg', 480, 'webp', 480));
    expect(stats.handedOn - before).toBe(1);
    expect(await sharp(square.data).metadata()).toMatchObject({ width: 480, height: 480 });
  });
});
