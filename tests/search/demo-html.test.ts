/**
 * Every page of the demo catalog, as a newcomer builds it, is valid HTML by html-validate's
 * recommended rules (the fixture site's pages are checked in tests/build/html-validity.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, htmlProblems } from '../helpers/html-validity.ts';

const dist = inject('demoDist');

describe('the demo site', () => {
  const pages = htmlPages(dist);
  it('has its pages', () => expect(pages.length).toBeGreaterThan(50));
  it.each(pages.map((file) => [path.relative(dist, file), file]))('%s is valid HTML (html-validate)', async (_, file) => {
    expect(await htmlProblems(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});
