/** The guide with every `<!-- auto:name -->` block filled from `guideBlocks`, Prettier-formatted. */
import { format, resolveConfig } from 'prettier';
import { guideBlocks } from '../../src/i18n/guide.vi.ts';

const BLOCK = /(<!-- auto:([a-z-]+) -->\n)[\s\S]*?(\n<!-- \/auto -->)/g;

export async function fillGuide(markdown: string, file: string): Promise<string> {
  const filled = markdown.replace(BLOCK, (_whole, open: string, name: string, close: string) => {
    const block = guideBlocks[name];
    if (block === undefined) throw new Error(`docs: no block named "${name}" (known: ${Object.keys(guideBlocks).join(', ')})`);
    return `${open}\n${block}\n${close}`;
  });
  return format(filled, { ...(await resolveConfig(file)), filepath: file });
}
