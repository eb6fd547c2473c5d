/**
 * Rendered bodies are cached between builds (`ASTRO_CACHE_DIR`) under a digest that includes
 * `RENDER_VERSION`. A change to how bodies are sanitised or cleaned must bump it, or a warm build
 * keeps publishing bodies sanitised the old way. This pins the version to the code it renders with:
 * when this snapshot fails, bump `RENDER_VERSION` in `src/loaders/content.ts`, then update it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDER_VERSION } from '../../src/loaders/content.ts';
import { REPO_ROOT } from '../helpers/fixture.ts';

const RENDERING = ['src/lib/html/sanitize.ts', 'src/lib/html/safe-url.ts', 'src/lib/text/clean.ts'];

describe('RENDER_VERSION', () => {
  it('changes with the code that sanitises bodies', () => {
    const hash = createHash('sha256');
    for (const file of RENDERING) hash.update(readFileSync(path.join(REPO_ROOT, file)));
    expect({ RENDER_VERSION, sources: hash.digest('hex').slice(0, 16) }).toMatchInlineSnapshot(`
      {
        "RENDER_VERSION": "3",
        "sources": "fa8fad1bfe382b4a",
      }
    `);
  });
});
