/**
 * A photo prepared for link previews: JPEG (Zalo and Facebook do not all read AVIF/WebP), 1200 px
 * wide, with its real size so the preview reserves the right space.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';

export interface OgImage {
  /** Path or absolute URL; the layout makes it absolute. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

export async function ogImageFrom(image: ImageMetadata, alt: string): Promise<OgImage> {
  const width = Math.min(1200, image.width);
  const result = await getImage({ src: image, width, format: 'jpeg', quality: 80 });
  const height = Math.round((image.height / image.width) * width);
  return { src: result.src, width, height, alt };
}

let fallback: Promise<OgImage | undefined> | undefined;

/** For pages without a photo of their own: the site's first featured product photo. */
export function defaultOgImage(
  photos: ReadonlyArray<{ src: ImageMetadata; alt?: string | undefined } | undefined>,
  alt: string,
): Promise<OgImage | undefined> {
  const photo = photos.find((p) => p !== undefined);
  fallback ??= photo ? ogImageFrom(photo.src, photo.alt ?? alt) : Promise.resolve(undefined);
  return fallback;
}
