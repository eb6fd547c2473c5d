/**
 * Build-time only: the records the search index is made from. Named to sort first, because Astro
 * renders routes in that order: the records are handed to the search integration at once
 * (`integrations/search-records.ts`), so Pagefind indexes them beside the rest of the rendering.
 * The integration deletes this file from `dist/` after the build.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { searchRecords } from '../outputs/search-records';
import { searchRecordsHandOver } from '../integrations/search-records';

export const GET: APIRoute = async () => {
  const text = JSON.stringify(await searchRecords(await getCatalog()));
  searchRecordsHandOver.give(text);
  return new Response(text);
};
