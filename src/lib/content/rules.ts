/**
 * Checks that need more than the schema: files on disk, today's date, the Markdown body, and the
 * warnings about valid data (an expiring certificate, no photo, no way to reach the cooperative).
 * Each makes issues of the same shape as the schema's (`./issues.ts`).
 */
import type { CooperativeData } from '../../schemas/cooperative.ts';
import { LEGACY_OCOP_GROUPS } from '../../schemas/ocop-group.ts';
import type { ProductData } from '../../schemas/product.ts';
import { ocopStatus } from '../catalog/view.ts';
import { certificateStatus } from '../certificate-status.ts';
import { daysBetween } from '../dates.ts';
import { formatPath } from '../errors/zod-issues.ts';
import { findLocalImages, findRemoteImages, findUnsafeMarkup } from '../html/sanitize.ts';
import { slugify } from '../slug.ts';
import type { ParsedSource } from './frontmatter.ts';
import { inspectImage } from './images.ts';
import { makeIssue, type Issue } from './issues.ts';
import type { Scan } from './scan.ts';
import { isPermanent } from '../../schemas/certification-type.ts';
import { checkCommune } from '../map/commune-check.ts';

/** What a rule knows about the file it checks. */
export interface RuleContext {
  /** Front matter as written (cleaned, blanks dropped). */
  raw: Record<string, unknown>;
  source: ParsedSource;
  relFile: string;
  /** Build date, `YYYY-MM-DD`. */
  today: string;
  scan: Scan;
  /** The content folder, relative to the project root. */
  contentDir: string;
}

type FieldPath = (string | number)[];

/**
 * Image references in front matter as written (`./a.jpg`, `{ src: ./a.jpg }`, or lists of them),
 * read from the raw data so images are checked even when another field has an error.
 */
export function rawImageRefs(raw: Record<string, unknown>, fields: readonly string[]): Array<[FieldPath, string]> {
  const refs: Array<[FieldPath, string]> = [];
  const add = (path: FieldPath, value: unknown) => {
    if (typeof value === 'string') refs.push([path, value]);
    else if (value && typeof value === 'object' && typeof (value as { src?: unknown }).src === 'string')
      refs.push([[...path, 'src'], (value as { src: string }).src]);
  };
  for (const field of fields) {
    const value = raw[field];
    if (Array.isArray(value)) value.forEach((item, i) => add([field, i], item));
    else add([field], value);
  }
  return refs;
}

/** Inspects each image on disk; an error points at the line that names it. */
export async function checkImages(
  raw: Record<string, unknown>,
  fields: readonly string[],
  source: ParsedSource,
  relFile: string,
  file: string,
  ownerDir: string,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const [fieldPath, src] of rawImageRefs(raw, fields)) {
    const problem = await inspectImage(src, file, ownerDir);
    if (problem) issues.push(makeIssue('error', relFile, source.locate(fieldPath), formatPath(fieldPath), problem.key, problem.params));
  }
  return issues;
}

/** Line of the first body line matching `test`, for warnings about the Markdown body. */
function bodyPosition(body: string, bodyLine: number, test: (line: string) => boolean) {
  const index = body.split('\n').findIndex(test);
  return { line: bodyLine + Math.max(index, 0), column: 1 };
}

/** Unsafe HTML and web images in the body (warnings: the sanitiser removes them), local images on disk (errors). */
export async function checkBody(
  entry: { body: string; bodyLine: number },
  relFile: string,
  file: string,
  ownerDir: string,
): Promise<Issue[]> {
  const { body, bodyLine } = entry;
  const issues: Issue[] = [];
  const unsafe = findUnsafeMarkup(body);
  if (unsafe.length) {
    const pos = bodyPosition(body, bodyLine, (l) => findUnsafeMarkup(l).length > 0);
    issues.push(makeIssue('warning', relFile, pos, '', 'body.unsafeHtml', { kinds: unsafe }));
  }
  for (const src of findRemoteImages(body)) {
    issues.push(
      makeIssue(
        'warning',
        relFile,
        bodyPosition(body, bodyLine, (l) => l.includes(src)),
        '',
        'body.remoteImage',
        { value: src },
      ),
    );
  }
  for (const src of findLocalImages(body)) {
    const problem = await inspectImage(src, file, ownerDir);
    if (problem)
      issues.push(
        makeIssue(
          'error',
          relFile,
          bodyPosition(body, bodyLine, (l) => l.includes(src)),
          '',
          problem.key,
          problem.params,
        ),
      );
  }
  return issues;
}

/** Expired, expiring, undated and future-dated certificates: warnings that tell the cooperative what to renew. */
export function checkCertificates(data: ProductData, source: ParsedSource, relFile: string, today: string): Issue[] {
  const issues: Issue[] = [];
  /** `certificate` names it in the message: `{ kind: 'ocop', stars }` or `{ kind: <type>, name }`. */
  const check = (fieldPath: (string | number)[], certificate: object, issuedOn?: string, validUntil?: string, permanent = false) => {
    const field = formatPath(fieldPath);
    const at = source.locate(fieldPath);
    if (issuedOn && issuedOn > today) {
      issues.push(
        makeIssue('warning', relFile, source.locate([...fieldPath, 'issuedOn']), `${field}.issuedOn`, 'cert.issuedInFuture', { issuedOn, today }),
      );
    }
    const status = certificateStatus(validUntil, today, { permanent });
    if (status === 'expired') issues.push(makeIssue('warning', relFile, at, field, 'cert.expired', { certificate, validUntil }));
    if (status === 'expiring')
      issues.push(makeIssue('warning', relFile, at, field, 'cert.expiring', { certificate, validUntil, days: daysBetween(today, validUntil!) }));
    if (status === 'undated') issues.push(makeIssue('warning', relFile, at, field, 'cert.undated', { certificate }));
  };
  if (data.ocop && 'dateUnknown' in data.ocop) {
    const expired = ocopStatus(data.ocop, today) === 'expired';
    issues.push(
      makeIssue('warning', relFile, source.locate(['ocop', 'issuedOn']), 'ocop.issuedOn', 'ocop.dateUnknown', {
        year: data.ocop.issuedYear,
        expired,
      }),
    );
  } else if (data.ocop) check(['ocop'], { kind: 'ocop', stars: data.ocop.stars }, data.ocop.issuedOn, data.ocop.validUntil);
  data.certifications.forEach((cert, i) => {
    check(['certifications', i], { kind: cert.type, name: cert.name }, cert.issuedOn, cert.validUntil, isPermanent(cert.type));
  });
  return issues;
}

/** A cooperative nobody can reach is a listing that sells nothing; a commune not on the official list, a warning. */
export function cooperativeRules(data: CooperativeData, context: RuleContext): Issue[] {
  const { source, relFile } = context;
  const reachable = data.phone || data.zalo || data.email || data.website || data.facebook;
  const contact = reachable ? [] : [makeIssue('warning', relFile, source.locate(['name']), '', 'coop.noContact')];
  return [...contact, ...checkCommune(data.address, context)];
}

/** A 2018–2019 group key, no photo, a price that looks a thousand times too low, certificates to renew. */
export function productRules(data: ProductData, { raw, source, relFile, today }: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const written = typeof raw['group'] === 'string' ? slugify(raw['group']) : '';
  const group = LEGACY_OCOP_GROUPS[written];
  if (group) issues.push(makeIssue('warning', relFile, source.locate(['group']), 'group', 'ocop.legacyGroup', { value: raw['group'], group }));
  if (data.images.length === 0) issues.push(makeIssue('warning', relFile, source.locate(['name']), 'images', 'image.none'));
  if (data.price && data.price.from > 0 && data.price.from < 1000) {
    issues.push(makeIssue('warning', relFile, source.locate(['price', 'from']), 'price.from', 'price.tooLow', { value: data.price.from }));
  }
  issues.push(...checkCertificates(data, source, relFile, today));
  return issues;
}
