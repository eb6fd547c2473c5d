/**
 * Types shared by the demo illustrations: the table's rows, the palettes and the drawing inputs.
 */

/** What an image is for, which decides its size and layout. */
export type Kind = 'product' | 'cover' | 'logo' | 'story';

/** The subject drawn in the picture; each has a function in `draw/`. */
export type Motif =
  | 'jar'
  | 'fishjar'
  | 'bottle'
  | 'candy'
  | 'coconut'
  | 'fruit'
  | 'pomelo'
  | 'pineapple'
  | 'tea'
  | 'teatree'
  | 'bonsai'
  | 'bowl'
  | 'lamp'
  | 'basket'
  | 'mat'
  | 'fabric'
  | 'bag'
  | 'house'
  | 'stilthouse'
  | 'stonehouse'
  | 'boat'
  | 'market'
  | 'forest'
  | 'birds'
  | 'root'
  | 'rice'
  | 'palm'
  | 'honeycomb'
  | 'flowers'
  | 'powder'
  | 'herb'
  | 'bicycle'
  | 'segments'
  | 'corn';

export interface Palette {
  /** Background gradient, light to deeper. */
  bg: [string, string];
  /** Main colour of the motif. */
  main: string;
  /** Second colour of the motif. */
  accent: string;
  /** Dark colour for the caption panel and outlines. */
  ink: string;
}

/** A row of the table: what the front matter does not say about an image. */
export type Row =
  | {
      /** A product photo, a cooperative's cover or a story's cover. */
      kind: 'product' | 'cover' | 'story';
      /** What the picture shows. */
      motif: Motif;
      /** Its colours. */
      palette: Palette;
    }
  | {
      /** A cooperative's logo: initials in a roundel, no motif. */
      kind: 'logo';
      /** Its colours. */
      palette: Palette;
    };

/** Words for the caption, taken from the front matter. */
export interface Caption {
  /** Product, cooperative or story name; for a logo, the initials. */
  title: string;
  /** Second line: cooperative and province, or place; for a logo, the cooperative's short name. */
  subtitle: string;
}

/** Everything needed to draw one image: its row, its caption and where it goes. */
export type Drawing = Row &
  Caption & {
    /** Path under content/, also the seed of the image's random numbers. */
    file: string;
  };

/** Seeded random numbers in [0, 1), so the same file always gets the same picture. */
export type Rng = () => number;
