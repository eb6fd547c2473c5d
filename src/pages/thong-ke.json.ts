/** `/thong-ke.json`: the figures of `/thong-ke/` as open data (`lib/stats/json.ts`). */
import type { APIRoute } from 'astro';
import { catalogStats } from '../lib/stats/index';
import { statsJson } from '../lib/stats/json';
import { getCatalog } from '../site/catalog';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(statsJson(catalogStats(await getCatalog()), site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
