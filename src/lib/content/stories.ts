/**
 * Stories name the cooperatives and products they are about; a name that matches nothing is an
 * error, so a story never links to a page that does not exist.
 */
import type { StoryData } from '../../schemas/story.ts';
import { slugify } from '../slug.ts';
import { closest } from '../suggest.ts';
import { makeIssue, type Issue } from './issues.ts';
import type { RuleContext } from './rules.ts';

/** A written reference folded the way folder names are: `HTX Mật ong/Mật ong bạc hà` → `htx-mat-ong/mat-ong-bac-ha`. */
export function foldReference(written: string): string {
  return written.split('/').map(slugify).join('/');
}

export function checkStoryReferences(data: StoryData, { source, relFile, scan, contentDir }: RuleContext): Issue[] {
  const coopDir = `${contentDir}/cooperatives`;
  const issues: Issue[] = [];
  const coops = scan.cooperatives.filter((c) => !c.draft).map((c) => c.slug);
  const products = scan.products.filter((p) => !p.draft).map((p) => p.id);
  data.cooperatives.forEach((written, i) => {
    if (!coops.includes(foldReference(written))) {
      issues.push(
        makeIssue('error', relFile, source.locate(['cooperatives', i]), `cooperatives[${i}]`, 'story.unknownCoop', {
          value: written,
          dir: coopDir,
          suggestion: closest(foldReference(written), coops),
        }),
      );
    }
  });
  data.products.forEach((written, i) => {
    if (!products.includes(foldReference(written))) {
      issues.push(
        makeIssue('error', relFile, source.locate(['products', i]), `products[${i}]`, 'story.unknownProduct', {
          value: written,
          suggestion: closest(foldReference(written), products),
        }),
      );
    }
  });
  return issues;
}
