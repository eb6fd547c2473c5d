/**
 * A photo for link previews: the same JPEG variant `Photo` already made (Zalo and Facebook do not
 * all read AVIF or WebP), with its real size so the preview reserves the right space.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { dimensions, JPEG_WIDTH } from '../lib/image-variants';

export interface OgImage {
  /** Path or absolute URL; the layout makes it absolute. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

export async function ogImageFrom(image: ImageMetadata, alt: string): Promise<OgImage> {
  const size = dimensions(image);
  const width = Math.min(JPEG_WIDTH, size.width);
  const result = await getImage({ src: image, width, format: 'jpg' });
  return { src: result.src, width, height: Math.round((size.height / size.width) * width), alt };
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
