/**
 * A story (bài viết) written by the site's staff in MDX under `content/stories/`. MDX runs code, so
 * it is for staff only, never for cooperative listings.
 */
import type { z } from 'zod';
import { fields, isoDate, list, shortText, text } from './fields.ts';
import { checkContext, imageRef, type SchemaContext } from './image.ts';

export const storySchema = <I extends z.ZodType>({ image }: SchemaContext<I>) =>
  fields({
    /** Headline. */
    title: text(),
    /** One or two sentences for the listing and link previews. */
    summary: shortText(300),
    /** Publication date. */
    date: isoDate(),
    /** Author or department. */
    author: text().optional(),
    /** Cover photo. */
    cover: imageRef(image).optional(),
    /** Cooperatives the story is about, by folder name: `htx-mat-ong-bac-ha`. */
    cooperatives: list(text()).default([]),
    /** Products the story is about, as `<coop>/<product>`. */
    products: list(text()).default([]),
  });

export type StoryData = z.output<ReturnType<typeof storySchema<ReturnType<typeof checkContext.image>>>>;
