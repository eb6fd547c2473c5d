/**
 * Contact fields: phone, e-mail, web links, Zalo.
 */
import { z } from 'zod';
import { classifyUrl, isVietnamesePhone } from '../lib/contact.ts';
import { msg, text } from './fields.ts';

/** A Vietnamese phone number, spaces and dots allowed: `0912 345 678`, `0275.3843.555`, `+84 912 345 678`. */
export const phone = () => text().refine(isVietnamesePhone, msg('phone'));

/** An e-mail address. */
export const email = () => text().pipe(z.email(msg('email')));

/**
 * An `http`/`https` link. A `javascript:` (or any other scheme) link is refused, never rendered: the
 * page would run it when a visitor taps.
 */
export const httpUrl = () =>
  text().superRefine((value, ctx) => {
    const kind = classifyUrl(value);
    if (kind === 'http') return;
    const key = kind === 'missingScheme' ? 'url.missingScheme' : kind === 'unsafe' ? 'url.unsafe' : 'url.http';
    ctx.addIssue({ code: 'custom', message: key, input: value });
  });

/** Zalo: a phone number or an `https://zalo.me/…` link. */
export const zalo = () => text().refine((value) => isVietnamesePhone(value) || classifyUrl(value) === 'http', msg('zalo'));
