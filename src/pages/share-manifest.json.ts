/**
 * Build-time only: the cards and QR codes to draw. The post-build integration draws them after
 * the build and deletes this file from `dist/`.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { shareManifest } from '../outputs/share-manifest';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(shareManifest(await getCatalog(), site!)));
