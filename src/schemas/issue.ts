/**
 * The one way a schema reports a problem: a message key of `src/i18n/check.vi.ts` (typed, so a
 * misspelt key fails the type check instead of showing a generic message) and the values the
 * message needs. `src/lib/errors/zod-issues.ts` turns it into the check's Vietnamese sentence.
 */
import type { z } from 'zod';
import type { CheckMessageKey } from '../i18n/check.vi.ts';

export interface IssueOptions {
  /** Path below the refined value, e.g. `['validUntil']`. */
  path?: PropertyKey[];
  params?: Record<string, unknown>;
  /** The value to quote, when it is not the one at the path. */
  input?: unknown;
}

export function addIssue(ctx: z.RefinementCtx, key: CheckMessageKey, options: IssueOptions = {}): void {
  ctx.addIssue({ code: 'custom', message: key, ...options });
}
