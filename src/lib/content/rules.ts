/**
 * Checks that need more than the schema: files on disk, today's date, the Markdown body.
 */
import { unsafeMarkupLabels } from '../../i18n/check.vi.ts';
import { certificationLabels } from '../../i18n/vi.ts';
import { certificateStatus } from '../certificate-status.ts';
import { daysBetween } from '../dates.ts';
import { formatDate } from '../format.ts';
import { findLocalImages, findRemoteImages, findUnsafeMarkup } from '../html/sanitize.ts';
import type { ProductData } from '../../schemas/product.ts';
import type { ParsedSource } from './frontmatter.ts';
import { inspectImage } from './images.ts';
import { makeIssue, type Issue } from './issues.ts';
import { formatPath } from '../errors/zod-issues.ts';

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
    issues.push(
      makeIssue('warning', relFile, pos, '', 'body.unsafeHtml', { what: unsafe.map((kind) => unsafeMarkupLabels[kind]).join(', ') }),
    );
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
  const check = (fieldPath: (string | number)[], what: string, issuedOn: string | undefined, validUntil: string | undefined) => {
    const field = formatPath(fieldPath);
    const at = source.locate(fieldPath);
    if (issuedOn && issuedOn > today) {
      issues.push(
        makeIssue('warning', relFile, source.locate([...fieldPath, 'issuedOn']), `${field}.issuedOn`, 'cert.issuedInFuture', {
          issuedOn: formatDate(issuedOn),
          today: formatDate(today),
        }),
      );
    }
    const status = certificateStatus(validUntil, today);
    const until = validUntil ? formatDate(validUntil) : '';
    if (status === 'expired') issues.push(makeIssue('warning', relFile, at, field, 'cert.expired', { what, validUntil: until }));
    if (status === 'expiring')
      issues.push(
        makeIssue('warning', relFile, at, field, 'cert.expiring', { what, validUntil: until, days: daysBetween(today, validUntil!) }),
      );
    if (status === 'undated') issues.push(makeIssue('warning', relFile, at, field, 'cert.undated', { what }));
  };
  if (data.ocop) check(['ocop'], `Chứng nhận OCOP ${data.ocop.stars} sao`, data.ocop.issuedOn, data.ocop.validUntil);
  data.certifications.forEach((cert, i) => {
    const label = cert.type === 'other' ? (cert.name ?? certificationLabels.other) : certificationLabels[cert.type];
    check(['certifications', i], `Chứng nhận ${label}`, cert.issuedOn, cert.validUntil);
  });
  return issues;
}
