/**
 * The image service's fast path: each photo decoded once for its five variants, with the
 * transforms Astro 7 really passes (a width and the height it computed from the aspect ratio).
 * When Astro began passing that height, the fast path had silently stopped being taken.
 */
import type { AstroConfig } from 'astro';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import service, { stats } from '../../src/image-service.ts';
import { ChildEncoder } from '../../src/integrations/photo-encoder.ts';
import { photoJobs } from '../../src/integrations/photo-encoder-messages.ts';

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

/** The five variants of a photo, in the order Astro asks for them, all at once. */
const five = (src: string) =>
  Promise.all(
    (
      [
        [960, 'jpg'],
        [480, 'avif'],
        [960, 'avif'],
        [480, 'webp'],
        [960, 'webp'],
      ] as const
    ).map(([w, f]) => run(variant(src, w, f))),
  );

/** What the service did for one call of `work`: decodes and variants here, variants handed to the encoder or to Astro. */
async function counted<T>(work: () => Promise<T>): Promise<[T, typeof stats]> {
  const before = { ...stats };
  const result = await work();
  const after = Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v - before[k as keyof typeof stats]]));
  return [result, after as typeof stats];
}

const described = async (outputs: Array<{ data: Uint8Array }>) =>
  (await Promise.all(outputs.map(async (o) => sharp(o.data).metadata()))).map((m) => `${m.format} ${m.width}×${m.height}`);

const FIVE = ['jpeg 960×720', 'heif 480×360', 'heif 960×720', 'webp 480×360', 'webp 960×720'];

describe('image service', () => {
  it("decodes a photo once for its five variants, at Astro's sizes and formats", async () => {
    const [outputs, done] = await counted(() => five('/_astro/five.jpg'));
    expect(done).toEqual({ decoded: 1, variants: 5, encoder: 0, handedOn: 0 });
    expect(await described(outputs)).toEqual(FIVE);
  });

  it("hands a build's photo to the encoder's child processes: the same five files, none made here", async () => {
    const here = await five('/_astro/here.jpg');
    const encoder = new ChildEncoder(2);
    photoJobs.listen((job) => encoder.encode(job));
    try {
      const [outputs, done] = await counted(() => five('/_astro/children.jpg'));
      expect(done).toEqual({ decoded: 0, variants: 0, encoder: 5, handedOn: 0 });
      expect(outputs.map((o) => Buffer.from(o.data).equals(Buffer.from(here[outputs.indexOf(o)]!.data)))).toEqual([
        true,
        true,
        true,
        true,
        true,
      ]);
    } finally {
      photoJobs.listen(undefined);
      encoder.close();
    }
  });

  it('makes the variants itself when the encoder fails them', async () => {
    photoJobs.listen(({ variants }) => variants.map(() => Promise.reject(new Error('child exited'))));
    try {
      const [outputs, done] = await counted(() => five('/_astro/failed.jpg'));
      expect(done).toEqual({ decoded: 1, variants: 5, encoder: 5, handedOn: 0 });
      expect(await described(outputs)).toEqual(FIVE);
    } finally {
      photoJobs.listen(undefined);
    }
  });

  it('fails, when the encoder is closed, the variants it still owes', async () => {
    const encoder = new ChildEncoder(1);
    const owed = encoder.encode({ input: photo, variants: [{ width: 480, format: 'webp', options: {} }], decode: {} });
    encoder.close();
    await expect(Promise.all(owed)).rejects.toThrow('photo encoder closed');
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
