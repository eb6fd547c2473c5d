/**
 * A photo for link previews: the same JPEG variant `Photo` already made (Zalo and Facebook do not
 * all read AVIF or WebP), with its real size so the preview reserves the right space.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { dimensions, JPEG_WIDTH } from '../lib/image-variants';
import { OG_HEIGHT, OG_WIDTH } from '../lib/share/og-card';
import { cardAsset } from '../lib/share/card-file';

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

/**
 * The link-preview card the post-build integration draws for a page (`/` for the site's own):
 * pass the photo the card shows (the one the share manifest draws), if any, as the card is then
 * a JPEG, else a PNG.
 */
export function ogCard(pageUrl: string, alt: string, photo?: unknown): OgImage {
  return { src: cardAsset(pageUrl, photo !== undefined && photo !== null), width: OG_WIDTH, height: OG_HEIGHT, alt };
}
