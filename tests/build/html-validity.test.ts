/**
 * Every built page of the fixture site is valid HTML by html-validate's recommended rules
 * (`.htmlvalidate.json`), and every link, image and srcset candidate inside the site leads to a
 * file that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fixture.ts';
import { elements } from '../helpers/dom.ts';

const dist = inject('fixtureDist');
const site = inject('fixtureSiteUrl');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'pagefind' || e.name === 'admin'
        ? []
        : htmlFiles(path.join(dir, e.name))
      : e.name.endsWith('.html')
        ? [path.join(dir, e.name)]
        : [],
  );
}
const pages = htmlFiles(dist).map((file) => ({ name: path.relative(dist, file), file }));
const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) as object);

describe.each(pages)('$name', ({ file }) => {
  const html = readFileSync(file, 'utf8');

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await validator.validateString(html, file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
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
