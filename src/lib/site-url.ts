/**
 * The site's public address, read from `site.yaml` before Astro starts (Astro needs it for canonical
 * URLs and the sitemap). `SITE_URL` overrides it, e.g. for a preview deployment.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyUrl } from './contact.ts';
import { parseSource } from './content/frontmatter.ts';

/** Used when site.yaml is missing or wrong; the check reports that as an error anyway. */
export const FALLBACK_SITE_URL = 'http://localhost:4321';

export function readSiteUrl(root: string, contentDir: string, env: Record<string, string | undefined> = process.env): string {
  const override = env['SITE_URL']?.trim();
  if (override && classifyUrl(override) === 'http') return override;
  const file = path.resolve(root, contentDir, 'site.yaml');
  if (!existsSync(file)) return FALLBACK_SITE_URL;
  const url = parseSource(readFileSync(file, 'utf8'), { yamlOnly: true }).data?.['url'];
  return typeof url === 'string' && classifyUrl(url) === 'http' ? url : FALLBACK_SITE_URL;
}
