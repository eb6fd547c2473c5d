/**
 * New files the import writes, in the content contract: a product file with only what the sheet
 * knows (name, group, the OCOP recognition, the day it joined), and a profile with the producer's
 * name, type and address. Both start with a comment saying where they came from and what a
 * re-import changes (only `ocop`), and end with a body the cooperative replaces (`npm run new`'s
 * words, as an HTML comment so a page never shows the instruction).
 */
import { yamlText } from '../content/template.ts';
import type { ResolvedAddress } from './address.ts';
import { OCOP_FIELDS, type OcopText } from './recognition.ts';
import type { ImportTemplateWords } from './types.ts';
import type { ProducerType } from '../../schemas/producer-type.ts';

const comments = (lines: readonly string[]) => lines.map((l) => `# ${l}`);
const body = (text: string) => `<!--\n${text.trim()}\n-->\n`;

/** A new product file. */
export function productFile(
  p: { name: string; group: string; groupGuessed: boolean; ocop: OcopText; added: string },
  words: ImportTemplateWords,
): string {
  const lines = [
    ...comments(words.productHeader),
    `name: ${yamlText(p.name)}`,
    ...(p.groupGuessed ? comments([words.groupGuessed]) : []),
    `group: ${p.group}`,
    'ocop:',
    ...OCOP_FIELDS.filter((f) => p.ocop[f]).map((f) => `  ${f}: ${yamlText(p.ocop[f]!)}`),
    `added: ${p.added}`,
  ];
  return `---\n${lines.join('\n')}\n---\n\n${body(words.productBody)}`;
}

/** A new cooperative profile. */
export function coopFile(
  p: { name: string; type: ProducerType; address: ResolvedAddress['address']; tags: readonly string[]; added: string },
  words: ImportTemplateWords,
): string {
  const { street, commune, district, province } = p.address;
  const lines = [
    ...comments(words.coopHeader),
    `name: ${yamlText(p.name)}`,
    `type: ${p.type}`,
    'address:',
    ...(street ? [`  street: ${yamlText(street)}`] : []),
    `  commune: ${yamlText(commune)}`,
    ...(district ? [`  district: ${yamlText(district)}`] : []),
    `  province: ${yamlText(province)}`,
    ...(p.tags.length ? ['tags:', ...p.tags.map((t) => `  - ${yamlText(t)}`)] : []),
    `added: ${p.added}`,
  ];
  return `---\n${lines.join('\n')}\n---\n\n${body(words.coopBody)}`;
}
