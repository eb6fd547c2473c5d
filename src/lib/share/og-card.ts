/**
 * Link-preview cards (Open Graph images), 1200×630 PNG, drawn with sharp: the product's photo on
 * the left; its name, cooperative, current OCOP stars, price and the site's name on the right, in
 * Be Vietnam Pro drawn as paths. What Zalo, Facebook and Messenger show when a link is shared.
 */
import sharp, { type OverlayOptions } from 'sharp';
import { escapeHtml as escapeXml } from '../search/record.ts';
import { textPath, wrapText } from '../text-paths.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the drawing changes, so cached cards are drawn again. */
export const OG_CARD_VERSION = 4;

export interface OgCard {
  title: string;
  subtitle?: string | undefined;
  /** Current OCOP stars, drawn as stars with "OCOP n sao". */
  stars?: 3 | 4 | 5 | undefined;
  starsLabel?: string | undefined;
  /** A bold line such as the price. */
  highlight?: string | undefined;
  /** Site name, top right. */
  site: string;
  /** Host name, bottom right, so people see where the link leads. */
  host: string;
  /** Absolute path of the photo, or none. */
  photo?: string | undefined;
  /** Shown instead of a photo (e.g. the OCOP group). */
  placeholder?: string | undefined;
}

const COLORS = { paper: '#fdfaf3', green: '#1d5c3a', ink: '#1c1f1d', muted: '#4b524d', amber: '#b26a00', star: '#e0a526', off: '#d9d2c5' };
/** The photo, square, framed on the left: a smaller photo quantises twice as fast as a full-height one. */
const PHOTO = 480;
const PHOTO_X = 60;
const PHOTO_Y = (OG_HEIGHT - PHOTO) / 2;
const LEFT = PHOTO_X + PHOTO + 56;
const WIDTH = OG_WIDTH - LEFT - 56;

function star(cx: number, cy: number, r: number, fill: string): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  });
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

/** The whole card but its photo, as SVG: background, text, and the placeholder when there is no photo. */
export function cardSvg(card: OgCard): string {
  const parts: string[] = [];
  let y = 92;
  const site = wrapText(card.site, 26, WIDTH, 1, 'bold', 22);
  parts.push(...site.lines.map((l) => textPath(l, LEFT, y, site.size, { fill: COLORS.green })));
  y += 40;
  const title = wrapText(card.title, 62, WIDTH, 3, 'bold', 42);
  for (const line of title.lines) {
    y += title.size * 1.15;
    parts.push(textPath(line, LEFT, y, title.size, { fill: COLORS.ink }));
  }
  if (card.subtitle) {
    const sub = wrapText(card.subtitle, 30, WIDTH, 2, 'regular', 24);
    y += 18;
    for (const line of sub.lines) {
      y += sub.size * 1.3;
      parts.push(textPath(line, LEFT, y, sub.size, { weight: 'regular', fill: COLORS.muted }));
    }
  }
  if (card.stars) {
    y += 62;
    for (let i = 0; i < 5; i++) parts.push(star(LEFT + 20 + i * 44, y - 14, 19, i < card.stars ? COLORS.star : COLORS.off));
    if (card.starsLabel) parts.push(textPath(card.starsLabel, LEFT + 232, y, 28, { fill: COLORS.amber }));
  }
  if (card.highlight) {
    y += 58;
    const highlight = wrapText(card.highlight, 34, WIDTH, 1, 'bold', 24);
    parts.push(...highlight.lines.map((l) => textPath(l, LEFT, y, highlight.size, { fill: COLORS.green })));
  }
  parts.push(`<rect x="${LEFT}" y="${OG_HEIGHT - 72}" width="56" height="6" rx="3" fill="${COLORS.green}"/>`);
  parts.push(textPath(card.host, LEFT + 72, OG_HEIGHT - 60, 24, { weight: 'regular', fill: COLORS.muted }));
  const placeholder = card.photo
    ? ''
    : `<rect x="${PHOTO_X}" y="${PHOTO_Y}" width="${PHOTO}" height="${PHOTO}" rx="16" fill="${COLORS.green}"/>${wrapText(
        card.placeholder ?? card.site,
        44,
        PHOTO - 120,
        3,
        'bold',
        32,
      )
        .lines.map((l, i, all) =>
          textPath(l, PHOTO_X + PHOTO / 2, PHOTO_Y + PHOTO / 2 + (i - (all.length - 1) / 2) * 56 + 16, 44, {
            fill: '#ffffff',
            anchor: 'middle',
          }),
        )
        .join('')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"><title>${escapeXml(card.title)}</title><rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLORS.paper}"/>${placeholder}${parts.join('')}</svg>`;
}

/**
 * The card as PNG. The SVG is the base image and the photo is laid on it: rasterising the SVG as
 * an overlay on a blank canvas cost three times as much. Flattened to pixels first, then quantised
 * to a 256-colour palette: about 150 KB for a photo card instead of 500 KB, which chat apps on a
 * slow line fetch quickly. (Quantising straight from the composite pipeline ran three times slower.)
 */
export async function renderOgCard(card: OgCard): Promise<Buffer> {
  const layers: OverlayOptions[] = [];
  if (card.photo)
    layers.push({ input: await sharp(card.photo).resize(PHOTO, PHOTO, { fit: 'cover' }).toBuffer(), left: PHOTO_X, top: PHOTO_Y });
  const { data, info } = await sharp(Buffer.from(cardSvg(card)))
    .composite(layers)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Without dithering: quantising runs twice as fast, and at 256 colours the banding is hard to see.
  return sharp(data, { raw: info }).png({ palette: true, quality: 85, effort: 1, dither: 0 }).toBuffer();
}
