/**
 * OCOP product groups (Decision 148/QĐ-TTg, 2023) and the 2018–2019 keys older listings still use.
 * Labels live in `src/i18n`; this file holds only the keys.
 */

/** The six groups, in the order the decision lists them. */
export const OCOP_GROUPS = ['thuc-pham', 'do-uong', 'duoc-lieu', 'thu-cong-my-nghe', 'sinh-vat-canh', 'du-lich'] as const;

export type OcopGroup = (typeof OCOP_GROUPS)[number];

/** Keys of the 2018–2019 programme, accepted with a warning and mapped to today's groups. */
export const LEGACY_OCOP_GROUPS: Readonly<Record<string, OcopGroup>> = {
  'thao-duoc': 'duoc-lieu',
  'vai-may-mac': 'thu-cong-my-nghe',
  'luu-niem-noi-that-trang-tri': 'thu-cong-my-nghe',
  'dich-vu-du-lich': 'du-lich',
};

export function isOcopGroup(value: string): value is OcopGroup {
  return (OCOP_GROUPS as readonly string[]).includes(value);
}
