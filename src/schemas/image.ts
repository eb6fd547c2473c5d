/**
 * Image fields. Astro's `image()` resolves a path to optimised image metadata during the build; the
 * check (no Astro) uses a plain path instead and inspects the file itself. Schemas take the image
 * field as a parameter, like Astro's `schema: ({ image }) => …`, so both share one definition.
 */
import { z } from 'zod';
import { described } from './field-info.ts';
import { fields, text } from './fields.ts';

/** What a schema needs from its caller: Astro's `image()` or the check's path string. */
export interface SchemaContext<I extends z.ZodType> {
  image: () => I;
}

/** The check's stand-in for `image()`: the path as written; `validate` inspects the file. */
export const imagePath = () => text();

/** Schema context for use outside Astro. */
export const checkContext: SchemaContext<ReturnType<typeof imagePath>> = { image: imagePath };

/**
 * An image: `./cover.jpg`, or `{ src: ./cover.jpg, alt: "…" }` to describe it for screen readers.
 * Both come out as `{ src, alt? }`.
 */
export const imageRef = <I extends z.ZodType>(image: () => I) =>
  described(
    z.preprocess(
      (value) => (typeof value === 'string' ? { src: value } : value),
      fields({
        /** Path relative to this file, e.g. `./cover.jpg`. */
        src: described(image(), { kind: 'text' }),
        /** Description for people who cannot see the image; defaults to the product's name. */
        alt: text().optional(),
      }),
    ),
    { kind: 'image' },
  );
