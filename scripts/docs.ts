/**
 * `npm run docs`: rewrites the parts of docs/huong-dan.md that come from the schemas (the field
 * tables, the certificate types) between their `<!-- auto:name -->` and `<!-- /auto -->` markers,
 * formatted as Prettier formats Markdown. Run it after adding or changing a field.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docsCli } from '../src/i18n/scripts.vi.ts';
import { fillGuide } from './docs/fill.ts';

const file = path.resolve(import.meta.dirname, '../docs/huong-dan.md');
const before = readFileSync(file, 'utf8');
const after = await fillGuide(before, file);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? docsCli.upToDate : docsCli.updated);
