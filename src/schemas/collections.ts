/**
 * The schema of each collection as the check uses it (image paths as strings), built once, and
 * the tree of its described fields (`./walk.ts`): what pages, open data, the template, the guide
 * and the editor walk.
 */
import { cooperativeSchema } from './cooperative.ts';
import { checkContext } from './image.ts';
import { productSchema } from './product.ts';
import { siteSchema } from './site.ts';
import { storySchema } from './story.ts';
import { describeFields, type FieldNode } from './walk.ts';

/** Built once: constructing a Zod schema costs more than validating a file with it. */
export const contentSchemas = {
  cooperative: cooperativeSchema(checkContext),
  product: productSchema(checkContext),
  site: siteSchema,
  story: storySchema(checkContext),
};

export type ContentCollection = keyof typeof contentSchemas;

export const fieldTrees: Readonly<Record<ContentCollection, FieldNode[]>> = {
  cooperative: describeFields(contentSchemas.cooperative),
  product: describeFields(contentSchemas.product),
  site: describeFields(contentSchemas.site),
  story: describeFields(contentSchemas.story),
};
