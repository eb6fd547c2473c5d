/**
 * html-validate with the project's rules (`.htmlvalidate.json`, the recommended preset), for the
 * build tests (the fixture site) and the search project (the demo site).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { REPO_ROOT } from './fixture.ts';

/** Every HTML file of a built site but Pagefind's and the editor's (Decap CMS's own page). */
export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'pagefind' || e.name === 'admin'
        ? []
        : htmlPages(path.join(dir, e.name))
      : e.name.endsWith('.html')
        ? [path.join(dir, e.name)]
        : [],
  );
}

const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) as object);

/** html-validate's messages for a page, as `line:column rule: message`. */
export async function htmlProblems(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
