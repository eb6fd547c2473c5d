/**
 * Image fields of validated entries, marked the way Astro's `image()` marks them in a content-layer
 * collection, so Astro's store bundles and optimises the photos. The catalog is validated once by
 * `loadCatalog`; re-running the collection schema through `parseData` would build a new Zod schema
 * per entry (Astro calls the schema function for each), which at 20,000 products costs seconds.
 */

/** The prefix `image()` gives a path; Astro's store turns such strings into image imports (`IMAGE_IMPORT_PREFIX` in astro/dist/content/consts.js, not exported). */
export const ASTRO_IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** Image fields of each collection. */
export const IMAGE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  site: [],
  cooperatives: ['logo', 'cover'],
  products: ['images'],
};

/** A path as `image()` writes it: relative paths start with `./` or `../`. */
function marked(src: string): string {
  return `${ASTRO_IMAGE_PREFIX}${src.startsWith('.') || src.startsWith('/') ? src : `./${src}`}`;
}

function markRef(value: unknown): unknown {
  if (value && typeof value === 'object' && typeof (value as { src?: unknown }).src === 'string') {
    return { ...value, src: marked((value as { src: string }).src) };
  }
  return value;
}

/** A copy of `data` with its image fields marked for Astro. */
export function markImages(data: object, fields: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...data };
  for (const field of fields) {
    const value = copy[field];
    copy[field] = Array.isArray(value) ? value.map(markRef) : markRef(value);
  }
  return copy;
}
