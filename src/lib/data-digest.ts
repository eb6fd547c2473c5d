/**
 * A digest of plain data as it is: every property of every object reached, in the order it was
 * built. Used as a page's `cacheKey` in Astro's incremental build (`src/site/page-key.ts`): two
 * builds give the same digest only when the data a page is drawn from is the same, so a page is
 * skipped only when rendering it again would give the same HTML.
 *
 * The catalog view links both ways (a product to its cooperative, the cooperative to its products):
 * an object met a second time is written as a reference to where it was first met, so cycles end
 * and the digest still tells apart two shapes that share objects differently.
 */
import { createHash } from 'node:crypto';

/** Thrown for a value whose meaning a digest cannot capture (a function, a symbol, a class instance). */
export class UndigestibleError extends Error {
  override name = 'UndigestibleError';
}

/**
 * Options: `isLeaf` picks objects that link to nothing outside themselves (a content entry: its
 * data, body and rendered HTML); each is digested once and `memo` keeps it, so the thousand
 * listing pages a product appears on do not hash its text a thousand times.
 */
export interface DigestOptions {
  isLeaf?: (value: object) => boolean;
  memo?: WeakMap<object, string>;
  /** What to digest in place of an object that must not be read property by property (undefined: the object itself). */
  standIn?: (value: object) => unknown;
}

export function dataDigest(...values: unknown[]): string {
  return digestWith({}, ...values);
}

export function digestWith(options: DigestOptions, ...values: unknown[]): string {
  const { isLeaf, standIn, memo = new WeakMap<object, string>() } = options;
  const hash = createHash('sha256');
  // Pieces are gathered into one string and hashed in large updates: one `update` per value
  // (encoding each small string on its own) had been most of the cost of 1,400 page keys. The
  // digest is the same, as a hash of pieces is the hash of their concatenation.
  let pending = '';
  const put = (piece: string): void => {
    pending += piece;
    if (pending.length > 65536) {
      hash.update(pending);
      pending = '';
    }
  };
  const seen = new Map<object, number>();
  const write = (value: unknown, where: string): void => {
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'function' || typeof value === 'symbol') {
        throw new UndigestibleError(`cannot digest the ${typeof value} at ${where}`);
      }
      // `undefined` and `bigint` are not JSON: tag them so they differ from null and from strings.
      put(value === undefined ? 'u' : typeof value === 'bigint' ? `n${value}` : JSON.stringify(value));
      return;
    }
    const stand = standIn?.(value);
    if (stand !== undefined) {
      write(stand, where);
      return;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      put(`@${first}`);
      return;
    }
    seen.set(value, seen.size);
    if (isLeaf?.(value)) {
      let leaf = memo.get(value);
      if (leaf === undefined) memo.set(value, (leaf = digestWith({ ...(standIn ? { standIn } : {}) }, value)));
      put(`L${leaf}`);
      return;
    }
    if (value instanceof Date) put(`D${value.toISOString()}`);
    else if (value instanceof Map) {
      put('M[');
      for (const [k, v] of value) {
        write(k, `${where}.key`);
        write(v, `${where}[${String(k)}]`);
      }
      put(']');
    } else if (value instanceof Set) {
      put('S[');
      for (const v of value) write(v, `${where}[]`);
      put(']');
    } else if (Array.isArray(value)) {
      put('[');
      value.forEach((v, i) => {
        put(',');
        write(v, `${where}[${i}]`);
      });
      put(']');
    } else if (value instanceof URL) put(`U${value.href}`);
    else {
      // A class instance may keep its meaning in private fields that `Object.entries` cannot see.
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new UndigestibleError(`cannot digest the ${value.constructor.name} at ${where}`);
      }
      put('{');
      for (const [k, v] of Object.entries(value)) {
        put(`${JSON.stringify(k)}:`);
        write(v, `${where}.${k}`);
      }
      put('}');
    }
  };
  values.forEach((value, i) => write(value, `#${i}`));
  return hash.update(pending).digest('base64url');
}
