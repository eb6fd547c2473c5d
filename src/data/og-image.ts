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
