/**
 * The few image variants every photo gets, shared by every place it appears (card, gallery, search
 * result, link preview), so each photo is encoded five times, not once per use. Chosen from
 * measurements in docs/benchmarks.md: at 1,000 photos, encoding dominates a cold build.
 */

/** Widths of the AVIF and WebP candidates. 480 serves cards and phones; 960 the product page. */
export const PHOTO_WIDTHS = [480, 960] as const;
/** Width of the single JPEG: the fallback for old browsers, and the link-preview image. */
export const JPEG_WIDTH = 960;

/** Width of the single fallback image: the JPEG width, or less for a small photo or a logo. */
export function fallbackWidth(sourceWidth: number, widths: readonly number[] = PHOTO_WIDTHS): number {
  return Math.min(JPEG_WIDTH, sourceWidth, Math.max(...widths));
}

/** Widths not larger than the source (a small logo is never upscaled), without duplicates. */
export function widthsFor(sourceWidth: number, widths: readonly number[] = PHOTO_WIDTHS): number[] {
  return [...new Set(widths.map((w) => Math.min(w, sourceWidth)))].sort((a, b) => a - b);
}

/** One encoded version of a photo. */
export interface Variant {
  width: number;
  format: 'avif' | 'webp' | 'jpg' | 'png';
}

/**
 * Every variant a photo `sourceWidth` pixels wide gets, in the order pages ask for them: AVIF and
 * WebP at each width, then the one fallback (`png` for a logo). The image service starts the
 * same set when Astro asks for the first of them, so both read it from here.
 */
export function photoVariants(
  sourceWidth: number,
  widths: readonly number[] = PHOTO_WIDTHS,
  fallbackFormat: 'jpg' | 'png' = 'jpg',
): Variant[] {
  const candidates = widthsFor(sourceWidth, widths);
  return [
    ...candidates.map((width) => ({ width, format: 'avif' as const })),
    ...candidates.map((width) => ({ width, format: 'webp' as const })),
    { width: fallbackWidth(sourceWidth, widths), format: fallbackFormat },
  ];
}

/**
 * Width and height of an imported image without marking the original as used. In a static build
 * Astro copies an original photo to `dist/` whenever a page reads any of its properties; reading
 * them through its (private) `clone`, as Astro's own `getImage` does, keeps only the variants.
 */
export function dimensions(image: { width: number; height: number }): { width: number; height: number } {
  const { width, height } = (image as { clone?: { width: number; height: number } }).clone ?? image;
  return { width, height };
}
