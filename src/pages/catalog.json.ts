/** `/catalog.json`: every cooperative and product, with certificate status. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { catalogJson } from '../outputs/open-data';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await catalogJson(await getCatalog(), site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
