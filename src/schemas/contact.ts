/**
 * Contact fields: phone, e-mail, web links, Zalo.
 */
import { z } from 'zod';
import { classifyUrl, isVietnamesePhone } from '../lib/contact.ts';
import { described } from './field-info.ts';
import { msg, text } from './fields.ts';
import { addIssue } from './issue.ts';

/** A Vietnamese phone number, spaces and dots allowed: `0912 345 678`, `0275.3843.555`, `+84 912 345 678`. */
export const phone = () => described(text().refine(isVietnamesePhone, msg('phone')), { kind: 'phone' });

/** An e-mail address. */
export const email = () => described(text().pipe(z.email(msg('email'))), { kind: 'email' });

/**
 * An `http`/`https` link. A `javascript:` (or any other scheme) link is refused, never rendered: the
 * page would run it when a visitor taps.
 */
export const httpUrl = () =>
  described(
    text().superRefine((value, ctx) => {
      const kind = classifyUrl(value);
      if (kind === 'http') return;
      addIssue(ctx, kind === 'missingScheme' ? 'url.missingScheme' : kind === 'unsafe' ? 'url.unsafe' : 'url.http', { input: value });
    }),
    { kind: 'url' },
  );

/** An `https` link only, for records that must not be tampered with on the way (traceability). */
export const httpsUrl = () =>
  described(
    httpUrl().superRefine((value, ctx) => {
      if (!/^https:\/\//i.test(value.trim())) addIssue(ctx, 'url.https', { input: value });
    }),
    { kind: 'url' },
  );

/** Zalo: a phone number or an `https://zalo.me/…` link. */
export const zalo = () =>
  described(
    text().refine((value) => isVietnamesePhone(value) || classifyUrl(value) === 'http', msg('zalo')),
    { kind: 'zalo' },
  );
