/**
 * Vietnamese phone numbers, web links and Zalo, as cooperatives write them.
 */

/** Digits of a phone number, `+84` turned into the national `0`: `+84 912.345.678` → `0912345678`. */
export function phoneDigits(phone: string): string {
  const compact = phone.replace(/[\s.\-()]/g, '');
  if (compact.startsWith('+84')) return '0' + compact.slice(3);
  if (/^84[1-9]\d{8,9}$/.test(compact)) return '0' + compact.slice(2);
  return compact;
}

/**
 * Mobile numbers are 0 + 9 digits (03, 05, 07, 08, 09); landlines since 2017 are 02 + 9 digits;
 * 1800/1900 hotlines have 8 or 10 digits.
 */
export function isVietnamesePhone(phone: string): boolean {
  if (!/^[+\d(][\d\s.\-()]*$/.test(phone.trim())) return false;
  const digits = phoneDigits(phone.trim());
  return /^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits) || /^1[89]00\d{4}(\d{2})?$/.test(digits);
}

/** A phone number as link text: no-break spaces, so `0912 345 678` never wraps mid-number. */
export function phoneText(phone: string): string {
  return phone.trim().replace(/\s+/g, '\u00a0');
}

/** `tel:` link in international form, which every phone dials correctly. */
export function telHref(phone: string): string {
  const digits = phoneDigits(phone);
  return digits.startsWith('0') ? `tel:+84${digits.slice(1)}` : `tel:${digits}`;
}

export type UrlKind = 'http' | 'missingScheme' | 'unsafe' | 'invalid';

/** Sorts a written link: usable `http(s)`, a bare `www.…` missing its scheme, or an unsafe scheme. */
export function classifyUrl(value: string): UrlKind {
  const v = value.trim();
  // A scheme other than http(s) (javascript:, data:, vbscript:, file:) is never allowed.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v.replace(/[\s\u0000-\u001f]/g, ''));
  if (scheme && !/^https?$/i.test(scheme[1] ?? '')) {
    // `zalo.me:443` style host:port is not a scheme, but nobody writes that; treat as unsafe.
    return 'unsafe';
  }
  if (/^https?:\/\//i.test(v)) {
    try {
      const url = new URL(v);
      return url.hostname.includes('.') ? 'http' : 'invalid';
    } catch {
      return 'invalid';
    }
  }
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v)) return 'missingScheme';
  return 'invalid';
}

/** A Zalo contact: a phone number opens a chat through zalo.me, a link is used as written. */
export function zaloHref(zalo: string): string {
  return isVietnamesePhone(zalo) ? `https://zalo.me/${phoneDigits(zalo)}` : zalo.trim();
}
