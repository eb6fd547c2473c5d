/**
 * The words on each image, made from the front matter so they cannot drift from the content:
 * product name; cooperative name and today's province; logo initials from the cooperative's name.
 */
import { demoImages as w } from '../../src/i18n/scripts.vi.ts';
import { resolveProvince } from '../../src/lib/provinces.ts';
import type { Cooperative, Reference } from './content.ts';
import type { Caption } from './types.ts';

/** `Hợp tác xã …` → `HTX …`, `Tổ hợp tác …` → `THT …`, `Liên hiệp Hợp tác xã …` → `Liên hiệp HTX …`. */
export function shortCoopName(name: string): string {
  return name.replace(/^(Liên hiệp )?Hợp tác xã(?=\s|$)/u, '$1HTX').replace(/^Tổ hợp tác(?=\s|$)/u, 'THT');
}

/** The name without its legal form: `Hợp tác xã Kẹo dừa Định Thủy` → `Kẹo dừa Định Thủy`. */
function withoutLegalForm(name: string): string {
  return name.replace(/^(Liên hiệp Hợp tác xã|Hợp tác xã|Tổ hợp tác)(\s+|$)/u, '');
}

/**
 * The cooperative's own name, which its logo shows: the capitalised words at the end
 * (`Kẹo dừa Định Thủy` → `Định Thủy`); when the name ends in lower case (`Ong mật bạc hà Cao
 * nguyên đá`), from its last capitalised word but the first on (`Cao nguyên đá`); else all of it.
 */
export function brandName(name: string): string {
  const words = withoutLegalForm(name).split(/\s+/).filter(Boolean);
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  let start = words.length;
  while (start > 0 && capital(words[start - 1]!)) start--;
  if (start === words.length) {
    const last = words.findLastIndex((w, i) => i > 0 && capital(w));
    start = last === -1 ? 0 : last;
  }
  return words.slice(start).join(' ');
}

/** Logo initials: the first letters of the first two words of the brand, `Định Thủy` → `ĐT`. */
export function initials(name: string): string {
  return brandName(name)
    .split(' ')
    .slice(0, 2)
    .map((w) => [...w.normalize('NFC')][0] ?? '')
    .join('')
    .toLocaleUpperCase('vi');
}

/** A place name without its administrative prefix: `Huyện Mỏ Cày Nam` → `Mỏ Cày Nam`. */
const bare = (unit: string) => unit.replace(/^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã|Thành phố)\s+/iu, '');

/** Today's province, and the pre-2025 name when the address still uses one. */
function province(coop: Cooperative): { today: string; former: string | undefined } {
  const written = coop.province ?? '';
  const resolved = resolveProvince(written);
  return { today: resolved?.province.name ?? written, former: resolved?.legacyName };
}

/** Commune and (pre-2025) district: `Định Thủy, Mỏ Cày Nam`. */
function place(coop: Cooperative): string {
  return [coop.commune, coop.district]
    .filter((u): u is string => !!u)
    .map(bare)
    .join(', ');
}

/** Where a cooperative is: `Định Thủy, Mỏ Cày Nam · Vĩnh Long`, with `(Bến Tre cũ)` if written so. */
function where(coop: Cooperative, withFormer: boolean): string {
  const { today, former } = province(coop);
  const line = [place(coop), today].filter(Boolean).join(' · ');
  return withFormer && former ? `${line} ${w.former(former)}` : line;
}

/** The caption for an image from the reference the table's kind matches. */
export function captionFor(reference: Reference): Caption {
  switch (reference.kind) {
    case 'product':
      return {
        title: reference.product,
        subtitle: [shortCoopName(reference.coop.name), province(reference.coop).today].filter(Boolean).join(' · '),
      };
    case 'cover':
      return { title: reference.coop.name, subtitle: where(reference.coop, true) };
    case 'logo':
      return { title: initials(reference.coop.name), subtitle: brandName(reference.coop.name).toLocaleUpperCase('vi') };
    case 'story': {
      const [coop] = reference.coops;
      return { title: reference.title, subtitle: coop ? `${w.story} · ${where(coop, false)}` : w.story };
    }
  }
}
