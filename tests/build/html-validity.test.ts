/**
 * Every built page of the fixture site is valid HTML by html-validate's recommended rules
 * (`.htmlvalidate.json`), and every link, image and srcset candidate inside the site leads to a
 * file that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { elements } from '../helpers/dom.ts';
import { htmlPages, htmlProblems } from '../helpers/html-validity.ts';

const dist = inject('fixtureDist');
const site = inject('fixtureSiteUrl');
const pages = htmlPages(dist).map((file) => ({ name: path.relative(dist, file), file }));

describe.each(pages)('$name', ({ file }) => {
  const html = readFileSync(file, 'utf8');

  it('is valid HTML (html-validate, recommended rules)', async () => {
    expect(await htmlProblems(html, file)).toEqual([]);
  });

  it('links only to pages and files that exist', () => {
    const targets = elements(html).flatMap((e) => [
      ...['href', 'src'].map((a) => e.attrs[a]).filter((v): v is string => !!v),
      ...(e.attrs['srcset'] ?? '')
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean),
    ]);
    const missing = targets
      .map((t) => (t.startsWith(site) ? t.slice(site.length) : t))
      .filter((t) => t.startsWith('/') && !t.startsWith('//'))
      .map((t) => decodeURIComponent(t.split(/[?#]/)[0]!))
      .filter((t) => !existsSync(path.join(dist, t)) || (t.endsWith('/') && !existsSync(path.join(dist, t, 'index.html'))));
    expect([...new Set(missing)]).toEqual([]);
  });
});
