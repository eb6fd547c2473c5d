/**
 * Build-time only: the records the search index is made from. The search integration indexes this
 * file after the build and then deletes it from `dist/`.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { searchRecords } from '../outputs/search-records';

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchRecords(await getCatalog())));
