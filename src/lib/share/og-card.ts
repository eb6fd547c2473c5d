/**
 * Link-preview cards (Open Graph images), 1200×630: the product's photo on the left; its name,
 * cooperative, current OCOP stars, price and the site's name on the right, in Be Vietnam Pro. What
 * Zalo, Facebook and Messenger show when a link is shared.
 *
 * Drawn without an SVG renderer or a colour quantiser: the text and shapes are laid out once
 * (`cardShapes`), rasterised in JavaScript from glyph masks kept per size (`glyphs.ts`), and blended
 * on a palette canvas. A card without a photo is a palette PNG, crisp and about 20 KB; a card with a
 * photo is a JPEG (4:4:4, so red and green text keep sharp edges), which a photo needs to stay
 * small. The same shapes give `cardSvg`, the card as a vector image.
 */
import sharp from 'sharp';
import { escapeHtml as escapeXml } from '../search/record.ts';
import type { Weight } from '../text-paths.ts';
import { hex, PaletteCanvas } from './canvas.ts';
import { fitLines, textMasks, textPathData } from './glyphs.ts';
import { polygon, rasterise, roundedRect, type Command, type Mask } from './raster.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the drawing changes, so cached cards are drawn again. */
export const OG_CARD_VERSION = 7;
/** Card files: a palette PNG without a photo, a JPEG with one. */
export type OgFormat = 'png' | 'jpg';
/**
 * A photo card's JPEG: quality 82, chroma at full resolution so coloured text keeps its edges,
 * without Huffman optimisation, which saved 12 % of the bytes for four times the encoding time
 * (15 ms instead of 4 ms a card).
 */
const JPEG = { quality: 82, chromaSubsampling: '4:4:4', optimiseCoding: false } as const;

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
/** The photo, square, framed on the left. */
const PHOTO = 480;
const PHOTO_X = 60;
const PHOTO_Y = (OG_HEIGHT - PHOTO) / 2;
const LEFT = PHOTO_X + PHOTO + 56;
const WIDTH = OG_WIDTH - LEFT - 56;

/** One thing drawn on a card, in order: a line of text, or a filled outline with a cache key. */
export type Shape =
  | { kind: 'text'; text: string; x: number; y: number; size: number; weight: Weight; fill: string; anchor?: 'middle' }
  | { kind: 'path'; key: string; commands: () => Command[]; fill: string; shared?: true };

function star(cx: number, cy: number, r: number, fill: string): Shape {
  const [x, y] = [Math.round(cx), Math.round(cy)];
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)] as const;
  });
  return { kind: 'path', key: `star:${x}:${y}:${r}`, commands: () => polygon(points), fill };
}

/** Everything on the card but its photo, in drawing order. */
export function cardShapes(card: OgCard): Shape[] {
  const shapes: Shape[] = [];
  const text = (value: string, x: number, y: number, size: number, weight: Weight, fill: string, anchor?: 'middle') =>
    shapes.push({ kind: 'text', text: value, x, y, size, weight, fill, ...(anchor ? { anchor } : {}) });
  if (!card.photo) {
    shapes.push({
      kind: 'path',
      key: 'placeholder',
      commands: () => roundedRect(PHOTO_X, PHOTO_Y, PHOTO, PHOTO, 16),
      fill: COLORS.green,
      shared: true,
    });
    const label = fitLines(card.placeholder ?? card.site, 44, PHOTO - 120, 3, 'bold', 32);
    label.lines.forEach((l, i, all) =>
      text(l, PHOTO_X + PHOTO / 2, PHOTO_Y + PHOTO / 2 + (i - (all.length - 1) / 2) * 56 + 16, 44, 'bold', '#ffffff', 'middle'),
    );
  }
  let y = 92;
  const site = fitLines(card.site, 26, WIDTH, 1, 'bold', 22);
  for (const line of site.lines) text(line, LEFT, y, site.size, 'bold', COLORS.green);
  y += 40;
  const title = fitLines(card.title, 62, WIDTH, 3, 'bold', 42);
  for (const line of title.lines) {
    y += title.size * 1.15;
    text(line, LEFT, y, title.size, 'bold', COLORS.ink);
  }
  if (card.subtitle) {
    const sub = fitLines(card.subtitle, 30, WIDTH, 2, 'regular', 24);
    y += 18;
    for (const line of sub.lines) {
      y += sub.size * 1.3;
      text(line, LEFT, y, sub.size, 'regular', COLORS.muted);
    }
  }
  if (card.stars) {
    y += 62;
    for (let i = 0; i < 5; i++) shapes.push(star(LEFT + 20 + i * 44, y - 14, 19, i < card.stars ? COLORS.star : COLORS.off));
    if (card.starsLabel) text(card.starsLabel, LEFT + 232, y, 28, 'bold', COLORS.amber);
  }
  if (card.highlight) {
    y += 58;
    const highlight = fitLines(card.highlight, 34, WIDTH, 1, 'bold', 24);
    for (const line of highlight.lines) text(line, LEFT, y, highlight.size, 'bold', COLORS.green);
  }
  shapes.push({ kind: 'path', key: 'rule', commands: () => roundedRect(LEFT, OG_HEIGHT - 72, 56, 6, 3), fill: COLORS.green, shared: true });
  text(card.host, LEFT + 72, OG_HEIGHT - 60, 24, 'regular', COLORS.muted);
  return shapes;
}

const svgPath = (commands: readonly Command[]) => {
  const n = (v: number | undefined) => (Math.round((v ?? 0) * 10) / 10).toString();
  return commands
    .map((c) =>
      c.type === 'M' || c.type === 'L'
        ? `${c.type}${n(c.x)} ${n(c.y)}`
        : c.type === 'Q'
          ? `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`
          : c.type === 'C'
            ? `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`
            : 'Z',
    )
    .join('');
};

/** The card but its photo as SVG, text as paths: the same shapes the raster card is drawn from. */
export function cardSvg(card: OgCard): string {
  const parts = cardShapes(card).map((s) => {
    const commands = s.kind === 'path' ? s.commands() : textPathData(s.text, s.x, s.y, s.size, s.weight, s.anchor);
    return `<path d="${svgPath(commands)}" fill="${s.fill}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"><title>${escapeXml(card.title)}</title><rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${COLORS.paper}"/>${parts.join('')}</svg>`;
}

/** Masks of outlines (stars, the placeholder, the rule), rasterised once. */
const shapeMasks = new Map<string, Mask>();
/** Canvases with what every card of a kind shares already painted, by the shared shapes' keys. */
const templates = new Map<string, PaletteCanvas>();

function shapeMask(shape: Extract<Shape, { kind: 'path' }>): Mask {
  let mask = shapeMasks.get(shape.key);
  if (!mask) shapeMasks.set(shape.key, (mask = rasterise(shape.commands())));
  return mask;
}

/** The card drawn on a palette canvas, photo area left blank. */
function paint(card: OgCard): PaletteCanvas {
  const shapes = cardShapes(card);
  const shared = shapes.filter((s): s is Extract<Shape, { kind: 'path' }> => s.kind === 'path' && s.shared === true);
  const key = shared.map((s) => s.key).join();
  let template = templates.get(key);
  if (!template) {
    template = new PaletteCanvas(OG_WIDTH, OG_HEIGHT, hex(COLORS.paper));
    for (const shape of shared) template.draw(shapeMask(shape), hex(shape.fill));
    templates.set(key, template);
  }
  const canvas = template.clone();
  for (const shape of shapes) {
    if (shape.kind === 'text') {
      const colour = hex(shape.fill);
      for (const mask of textMasks(shape.text, shape.x, shape.y, shape.size, shape.weight, shape.anchor)) canvas.draw(mask, colour);
    } else if (!shape.shared) canvas.draw(shapeMask(shape), hex(shape.fill));
  }
  return canvas;
}

/**
 * The card as a file of `format`: a palette PNG (a card without a photo), or a JPEG with the
 * photo, whole and turned upright, laid in its square frame. A JPEG requested for a card whose
 * photo is gone is drawn with the placeholder, so the file the page names always exists.
 */
export async function renderOgCard(card: OgCard, format: OgFormat = card.photo ? 'jpg' : 'png'): Promise<Buffer> {
  const canvas = paint(card);
  if (format === 'png' && !card.photo) return canvas.png();
  const rgb = canvas.rgb();
  if (card.photo) {
    const photo = await sharp(card.photo, { failOn: 'none' })
      .rotate()
      // Whole, not cropped to the square: a photo's edges often carry its caption or a label
      // (the demo's "Minh hoạ"); the frame's spare band takes the card's paper colour.
      .resize(PHOTO, PHOTO, { fit: 'contain', background: COLORS.paper })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer();
    for (let y = 0; y < PHOTO; y++) photo.copy(rgb, ((PHOTO_Y + y) * OG_WIDTH + PHOTO_X) * 3, y * PHOTO * 3, (y + 1) * PHOTO * 3);
  }
  const image = sharp(rgb, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } });
  return format === 'png' ? image.png({ compressionLevel: 6 }).toBuffer() : image.jpeg(JPEG).toBuffer();
}
