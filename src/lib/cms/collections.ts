/**
 * The form's collections: the cooperatives' profiles, and each cooperative's products inside its
 * own folder. One product collection per cooperative (known when the site is built) is what puts a
 * new product at `cooperatives/<coop>/products/<slug>.md` and its photos in `<coop>/images/`, with
 * paths relative to the file as the contract writes them (`./images/…` from `index.md`,
 * `../images/…` from a product); a cooperative's staff bookmark their collection.
 */
import type { FieldNode } from '../../schemas/walk.ts';
import { formField, type FieldContext } from './fields.ts';
import { BODY, SLUG } from './format.ts';
import type { CmsCollection, CmsField } from './types.ts';

/** The names the admin registers its file formats under (`./admin.ts`). */
export const FORMATS = { cooperative: 'htx-cooperative', product: 'htx-product' } as const;
/** The cooperatives' collection; products are `PRODUCTS_PREFIX` + the cooperative's slug. */
export const COOPERATIVES = 'cooperatives';
export const PRODUCTS_PREFIX = 'products-';

export interface CollectionWords {
  cooperatives: string;
  cooperative: string;
  /** `Sản phẩm: <cooperative's name>`. */
  products(cooperative: string): string;
  product: string;
  /** The Markdown body's label and hint. */
  body: Readonly<Record<'cooperative' | 'product', { label: string; hint: string }>>;
}

/** A cooperative of the catalog, as its folder names it and its profile writes its name. */
export interface CooperativeFolder {
  folder: string;
  slug: string;
  name: string;
}

export interface CollectionsInput {
  /** The catalog's folder from the repository's root, with `/`: `content`. */
  contentPath: string;
  cooperatives: readonly CooperativeFolder[];
  trees: Readonly<Record<'cooperative' | 'product', readonly FieldNode[]>>;
  context: Readonly<Record<'cooperative' | 'product', FieldContext>>;
  words: CollectionWords;
}

/** The field an entry is named by: the first required text field (a name). */
function identifier(tree: readonly FieldNode[]): string {
  return tree.find((n) => n.required && n.info.kind === 'text')?.key ?? tree[0]?.key ?? 'name';
}

const bodyField = (words: { label: string; hint: string }): CmsField => ({
  name: BODY,
  label: words.label,
  hint: words.hint,
  widget: 'markdown',
  required: false,
  // What the sanitiser keeps (lib/html/sanitize.ts): paragraphs, headings, emphasis, lists, links.
  buttons: ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
  modes: ['rich_text', 'raw'],
});

function common(kind: 'cooperative' | 'product', input: CollectionsInput) {
  const tree = input.trees[kind];
  const id = identifier(tree);
  return {
    // New entries are named by the contract's slug rule, computed before saving (`./slug.ts`).
    slug: `{{fields.${SLUG}}}`,
    identifier_field: id,
    summary: `{{${id}}}`,
    sortable_fields: [id],
    format: FORMATS[kind],
    extension: 'md' as const,
    create: true,
    // Deleting a published listing would break printed QR codes: staff do it by hand.
    delete: false,
    editor: { preview: false },
    fields: [...tree.map((node) => formField(node, input.context[kind])), bodyField(input.words.body[kind])],
  };
}

/** The cooperatives' collection, then one product collection per cooperative. */
export function cmsCollections(input: CollectionsInput): CmsCollection[] {
  const base = [input.contentPath, 'cooperatives'].filter(Boolean).join('/');
  const cooperatives: CmsCollection = {
    name: COOPERATIVES,
    label: input.words.cooperatives,
    label_singular: input.words.cooperative,
    folder: base,
    path: '{{slug}}/index',
    media_folder: 'images',
    public_folder: './images',
    ...common('cooperative', input),
  };
  const products = input.cooperatives.map((coop): CmsCollection => ({
    name: `${PRODUCTS_PREFIX}${coop.slug}`,
    label: input.words.products(coop.name),
    label_singular: input.words.product,
    folder: `${base}/${coop.folder}/products`,
    media_folder: '../images',
    public_folder: '../images',
    ...common('product', input),
  }));
  return [cooperatives, ...products];
}
