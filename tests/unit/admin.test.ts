import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_DIR, derivedFiles } from '../../scripts/admin-data.ts';
import { tonesOnFirstVowel } from '../../src/lib/admin/spelling.ts';
import { formerProvinces, loadUnits } from '../../src/lib/admin/units.ts';
import { parseOldAddress, PROVINCES_2025, resolveCommune, type CommuneResolution, type Ward } from '../../src/lib/admin/index.ts';
import * as legacyPath from '../../src/lib/provinces.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The ward codes an answer points to, for short expectations. */
function codes(result: CommuneResolution): string[] {
  if (result.status === 'current' || result.status === 'former') return [result.ward.code];
  if (result.status === 'split') return result.candidates.map((w: Ward) => w.code);
  if (result.status === 'ambiguous') return result.candidates.flatMap(codes);
  return [];
}

describe('derived data', () => {
  it('has the 34 provinces, 3,321 wards, 63 former provinces and their 10,047 communes (+ 5 island districts)', () => {
    const { wards, communes } = loadUnits();
    expect(PROVINCES_2025).toHaveLength(34);
    expect([...wards.values()].flat()).toHaveLength(3321);
    expect(formerProvinces).toHaveLength(63);
    const all = [...communes.values()].flat();
    expect(all.filter((c) => c.kind !== 'huyen')).toHaveLength(10047);
    expect(all.filter((c) => c.kind === 'huyen').map((c) => c.fullName)).toEqual([
      'Huyện Bạch Long Vĩ',
      'Huyện Cồn Cỏ',
      'Huyện Hoàng Sa',
      'Huyện Lý Sơn',
      'Huyện Côn Đảo',
    ]);
  });

  it('every ward is where some former unit went, and every former unit goes somewhere', () => {
    const { wards, communes } = loadUnits();
    const reached = new Set([...communes.values()].flat().flatMap((c) => c.wards.map((w) => w.code)));
    expect([...wards.values()].flat().filter(({ ward }) => !reached.has(ward.code))).toEqual([]);
    expect([...communes.values()].flat().filter((c) => c.wards.length === 0 || c.wards.includes(undefined as never))).toEqual([]);
  });

  it('fixes the sources’ slips: ward 06325 "xã Bắc Sơn", tone placement, renumbered wards', () => {
    const { wards, communes } = loadUnits();
    const ward = (code: string) => [...wards.values()].flat().find(({ ward }) => ward.code === code)?.ward;
    expect(ward('06325')?.fullName).toBe('Xã Bắc Sơn');
    // The units file writes "Khánh Hoà"; the data writes it the way the project and the mapping do.
    expect(ward('04342')?.fullName).toBe('Xã Khánh Hòa');
    expect(PROVINCES_2025.map((p) => p.name)).toContain('Thanh Hóa');
    // The mapping calls Ba Chẽ 06970; the units file 06978. Former Xã Hải Lạng was split three ways, one of them Ba Chẽ.
    const haiLang = communes.get('22')!.find((c) => c.fullName === 'Xã Hải Lạng')!;
    expect(haiLang.wards.map((w) => `${w.code} ${w.fullName}`)).toEqual(['06799 Xã Hải Hòa', '06886 Xã Hải Lạng', '06978 Xã Ba Chẽ']);
  });

  it('is NFC throughout', () => {
    const text = readFileSync(path.join(ROOT, 'src/lib/admin/data/units-2025.json'), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
  });

  const sources = existsSync(DEFAULT_SOURCE_DIR);
  it.skipIf(!sources)('is up to date with ../shared/data/vn-admin-2025 (skipped where that folder does not exist, e.g. CI clones)', () => {
    for (const [file, text] of derivedFiles(DEFAULT_SOURCE_DIR)) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), `${file} is stale: run node_modules/.bin/node scripts/admin-data.ts`).toBe(text);
    }
  });
});

describe('provinces on the derived data', () => {
  it('keeps src/lib/provinces.ts as the same API', () => {
    expect(legacyPath.PROVINCES_2025).toBe(PROVINCES_2025);
    expect(legacyPath.resolveProvince('Bến Tre')).toEqual({
      province: { slug: 'vinh-long', name: 'Vĩnh Long', kind: 'tinh' },
      legacyName: 'Bến Tre',
    });
    expect(legacyPath.resolveProvince('Hòa Bình')?.legacyName).toBe('Hòa Bình');
  });

  it('keeps Đồng Nai a tỉnh for now, though the units file already calls it Thành phố Đồng Nai', () => {
    expect(legacyPath.provinceBySlug('dong-nai')?.kind).toBe('tinh');
    expect(legacyPath.resolveProvince('Thành phố Đồng Nai')?.province.slug).toBe('dong-nai');
  });
});

describe('resolveCommune: today’s wards', () => {
  it('finds a ward of today’s province as it is', () => {
    // Xã Minh Tân (00919) is one of Tuyên Quang’s 124 wards.
    expect(resolveCommune({ province: 'Tuyên Quang', commune: 'Xã Minh Tân' })).toMatchObject({
      status: 'current',
      province: { slug: 'tuyen-quang' },
      ward: { code: '00919', fullName: 'Xã Minh Tân', kind: 'xa' },
    });
  });

  it('finds today’s ward under a pre-2025 province when the old province had no commune of that name', () => {
    // Xã Đồng Khởi (28945) is new; Bến Tre is now part of Vĩnh Long.
    expect(resolveCommune({ province: 'Bến Tre', commune: 'Xã Đồng Khởi' })).toMatchObject({ status: 'current', ward: { code: '28945' } });
  });

  it('tells apart names that differ by a hat or a tone when written with them', () => {
    // Thái Nguyên has both Xã Văn Lang (02143) and Xã Văn Lăng (05665).
    expect(codes(resolveCommune({ province: 'Thái Nguyên', commune: 'Văn Lăng' }))).toEqual(['05665']);
    expect(codes(resolveCommune({ province: 'Thái Nguyên', commune: 'Văn Lang' }))).toEqual(['02143']);
    expect(resolveCommune({ province: 'Thái Nguyên', commune: 'Van Lang' })).toMatchObject({ status: 'ambiguous' });
    expect(codes(resolveCommune({ province: 'Thái Nguyên', commune: 'Van Lang' }))).toEqual(['02143', '05665']);
  });

  it('lets the prefix decide between a xã and a phường of one folded name', () => {
    // Thanh Hóa: Xã Đồng Tiến (15724) and Phường Đông Tiến (15853).
    expect(codes(resolveCommune({ province: 'Thanh Hóa', commune: 'Xa Dong Tien' }))).toEqual(['15724']);
    expect(codes(resolveCommune({ province: 'Thanh Hóa', commune: 'P. Dong Tien' }))).toEqual(['15853']);
    expect(codes(resolveCommune({ province: 'Thanh Hóa', commune: 'Dong Tien' }))).toEqual(['15724', '15853']);
  });
});

describe('resolveCommune: former communes', () => {
  it('maps an old commune to today’s ward, under the old or the new province', () => {
    // Former Xã Định Thủy (Bến Tre) is part of Xã Đồng Khởi, Vĩnh Long.
    const expected = { status: 'former', province: { slug: 'vinh-long' }, ward: { code: '28945', fullName: 'Xã Đồng Khởi' } };
    expect(resolveCommune({ province: 'Bến Tre', commune: 'Xã Định Thủy' })).toMatchObject({
      ...expected,
      formerProvince: 'Bến Tre',
      formerCommune: 'Xã Định Thủy',
    });
    expect(resolveCommune({ province: 'Vĩnh Long', commune: 'Xã Định Thủy' })).toMatchObject({ ...expected, formerProvince: 'Bến Tre' });
    // Former Xã Khánh Hòa, An Giang (huyện Châu Phú) is part of Xã Mỹ Đức.
    expect(resolveCommune({ province: 'An Giang', commune: 'xã Khánh Hòa', district: 'huyện Châu Phú' })).toMatchObject({
      status: 'former',
      ward: { code: '30469', fullName: 'Xã Mỹ Đức' },
    });
  });

  it('prefers the old province’s commune when the address names the old province', () => {
    // Hà Giang’s Xã Minh Tân became Tuyên Quang’s Xã Minh Tân: written with Hà Giang it is the former one.
    expect(resolveCommune({ province: 'Hà Giang', commune: 'Xã Minh Tân' })).toMatchObject({
      status: 'former',
      ward: { code: '00919' },
      formerProvince: 'Hà Giang',
    });
  });

  it('reads a former thị trấn, which no longer exists as a level', () => {
    // Thị trấn Chợ Lách (Bến Tre) is part of Xã Chợ Lách (28870).
    for (const commune of ['Thị trấn Chợ Lách', 'TT. Chợ Lách', 'TT Chợ Lách', 'thi tran Cho Lach']) {
      expect(resolveCommune({ province: 'Vĩnh Long', commune }), commune).toMatchObject({
        status: 'former',
        formerCommune: 'Thị trấn Chợ Lách',
        ward: { code: '28870' },
      });
    }
  });

  it('answers with every ward of a commune that was split', () => {
    // Former Phường Cống Vị (Hà Nội, Ba Đình) went to Phường Ngọc Hà and Phường Giảng Võ.
    expect(resolveCommune({ province: 'Hà Nội', commune: 'Phường Cống Vị' })).toMatchObject({
      status: 'split',
      formerCommune: 'Phường Cống Vị',
      candidates: [{ fullName: 'Phường Ngọc Hà' }, { fullName: 'Phường Giảng Võ' }],
    });
  });

  it('reads an island district, which had no communes, as its special zone', () => {
    expect(resolveCommune({ province: 'Bà Rịa - Vũng Tàu', commune: '', district: 'Huyện Côn Đảo' })).toMatchObject({
      status: 'former',
      province: { slug: 'ho-chi-minh' },
      ward: { code: '26732', fullName: 'Đặc khu Côn Đảo', kind: 'dac-khu' },
    });
  });

  it('follows the mapping across a province line where it says so', () => {
    // The mapping sends An Giang’s former Xã Tân Phú (30622) to Đồng Tháp’s Xã Tân Phú Trung (both files agree).
    expect(resolveCommune({ province: 'An Giang', commune: 'Xã Tân Phú' })).toMatchObject({
      status: 'former',
      province: { slug: 'dong-thap' },
    });
  });

  it('gives one answer when communes of one name all became the same ward', () => {
    // Thanh Hóa had two Xã Đông Khê; both are part of Phường Đông Sơn.
    expect(resolveCommune({ province: 'Thanh Hóa', commune: 'Xã Đông Khê' })).toMatchObject({
      status: 'former',
      ward: { fullName: 'Phường Đông Sơn' },
    });
  });
});

describe('resolveCommune: ambiguous and unknown', () => {
  it('says ambiguous, with the candidates, when one former province had several communes of that name', () => {
    // Hà Giang had a Xã Tả Lủng in Đồng Văn and one in Mèo Vạc; the data has no districts to tell them apart.
    const result = resolveCommune({ province: 'Hà Giang', commune: 'Xã Tả Lủng', district: 'huyện Mèo Vạc' });
    expect(result.status).toBe('ambiguous');
    expect(codes(result)).toEqual(['00721', '00769']);
    // Hà Nội had two Phường Quang Trung (Đống Đa, Hà Đông), each split.
    expect(resolveCommune({ province: 'Hà Nội', commune: 'Phường Quang Trung' })).toMatchObject({
      status: 'ambiguous',
      candidates: [{ status: 'split' }, { status: 'split' }],
    });
  });

  it('says ambiguous when the communes merged into today’s province share the name', () => {
    // Today’s Vĩnh Long took in Bến Tre, Trà Vinh and the former Vĩnh Long, which each had a Xã Mỹ Hòa.
    const result = resolveCommune({ province: 'Vĩnh Long', commune: 'xã Mỹ Hòa', district: 'TX. Bình Minh' });
    expect(result).toMatchObject({ status: 'ambiguous' });
    expect(result.status === 'ambiguous' && result.candidates.map((c) => c.status !== 'current' && c.formerProvince)).toEqual([
      'Bến Tre',
      'Trà Vinh',
      'Vĩnh Long',
    ]);
  });

  it('with a former district, counts the former commune alike with today’s ward of that name', () => {
    // Today’s Xã Hải Lạng, or the former one (huyện Tiên Yên) that was split into Hải Hòa, Hải Lạng and Ba Chẽ.
    expect(resolveCommune({ province: 'Quảng Ninh', commune: 'Xã Hải Lạng' })).toMatchObject({ status: 'current' });
    expect(resolveCommune({ province: 'Quảng Ninh', commune: 'Xã Hải Lạng', district: 'huyện Tiên Yên' })).toMatchObject({
      status: 'ambiguous',
      candidates: [{ status: 'current' }, { status: 'split' }],
    });
  });

  it('suggests the nearest name for a slip, or says which part was not found', () => {
    expect(resolveCommune({ province: 'Bến Tre', commune: 'Xã Định Thủyy' })).toEqual({
      status: 'unknown',
      field: 'commune',
      suggestion: 'Xã Định Thủy',
    });
    expect(resolveCommune({ province: 'Vĩnh Long', commune: 'Dinh Thui' })).toEqual({
      status: 'unknown',
      field: 'commune',
      suggestion: 'Xã Định Thủy',
    });
    expect(resolveCommune({ province: 'Bến Tre', commune: 'Paris' })).toEqual({ status: 'unknown', field: 'commune' });
    expect(resolveCommune({ province: 'Bến Tre', commune: '' })).toEqual({ status: 'unknown', field: 'commune' });
    expect(resolveCommune({ province: 'Bến Tr', commune: 'Xã Định Thủy' })).toEqual({
      status: 'unknown',
      field: 'province',
      suggestion: 'Bến Tre',
    });
  });
});

describe('resolveCommune: forgiving spellings', () => {
  it.each([
    'Xã Định Thủy',
    'xã định thủy',
    'XÃ ĐỊNH THỦY',
    'Định Thủy',
    'xa dinh thuy',
    'Dinh Thuy',
    'X. Định Thủy',
    'Xã Định Thuỷ',
    '  Xã   Định  Thủy ',
    '\u00d0ịnh Thủy', // Latin capital eth, which looks like Đ
    '\u0189ịnh Thủy', // Latin capital African D
    'Xã Định Thủy'.normalize('NFD'),
  ])('%j', (commune) => {
    expect(codes(resolveCommune({ province: 'Bến Tre', commune }))).toEqual(['28945']);
  });

  it('reads ward numbers however they are written', () => {
    // Trà Vinh had one Phường 3 (now Phường Trà Vinh); Tuyên Quang has Phường Hà Giang 1 (00694) and 2 (00691).
    for (const commune of ['Phường 3', 'phuong 3', 'P3', 'P.3', 'P. 3', 'Phường 03', 'F3']) {
      expect(resolveCommune({ province: 'Trà Vinh', commune }), commune).toMatchObject({
        status: 'former',
        formerCommune: 'Phường 3',
        ward: { fullName: 'Phường Trà Vinh' },
      });
    }
    for (const commune of ['Phường Hà Giang 1', 'P. Hà Giang 01', 'phuong ha giang 1', 'Hà Giang 1']) {
      expect(codes(resolveCommune({ province: 'Tuyên Quang', commune })), commune).toEqual(['00694']);
    }
  });

  it('reads a name that starts like a prefix as a whole when the rest is no name', () => {
    // Huế had a "Phường Phường Đúc" (named after the village of Phường Đúc), now part of Phường Thuận Hóa; there was no "Đúc".
    expect(resolveCommune({ province: 'Huế', commune: 'Phường Đúc' })).toMatchObject({
      status: 'former',
      formerCommune: 'Phường Phường Đúc',
    });
  });
});

// Its speed is measured by the import benchmark (scripts/bench/import.ts), not by a timed test,
// which failed on a busy CI machine.
describe('resolveCommune: a sheet of rows', () => {
  it('answers every one of 1,000 spreadsheet rows, exact or misspelt', () => {
    const { communes } = loadUnits();
    const rows = formerProvinces.flatMap((f) =>
      communes
        .get(f.code)!
        .slice(0, 16)
        .map((c, i) => ({ province: i % 2 ? f.name : f.province.name, commune: i % 3 ? c.fullName : `${c.folded}x` })),
    );
    expect(rows.length).toBeGreaterThanOrEqual(1000);
    const answers = rows.slice(0, 1000).map((row) => resolveCommune(row));
    expect(answers.filter((a) => a === undefined || a === null)).toEqual([]);
  });
});

describe('parseOldAddress', () => {
  it.each([
    ['huyện Châu Phú (xã Khánh Hòa)', { commune: 'xã Khánh Hòa', district: 'huyện Châu Phú' }],
    ['Xã Tân Phú, huyện Chợ Lách, tỉnh Bến Tre', { commune: 'Xã Tân Phú', district: 'huyện Chợ Lách', province: 'Bến Tre' }],
    [
      'Ấp 3, xã Mỹ Hòa, TX. Bình Minh, Vĩnh Long',
      { street: 'Ấp 3', commune: 'xã Mỹ Hòa', district: 'TX. Bình Minh', province: 'Vĩnh Long' },
    ],
    ['xã Tân Phú huyện Chợ Lách tỉnh Bến Tre', { commune: 'xã Tân Phú', district: 'huyện Chợ Lách', province: 'Bến Tre' }],
    [
      'ấp Phú Hòa, xã Định Thủy, huyện Mỏ Cày Nam, tỉnh Bến Tre, Việt Nam',
      { street: 'ấp Phú Hòa', commune: 'xã Định Thủy', district: 'huyện Mỏ Cày Nam', province: 'Bến Tre' },
    ],
    ['12 Nguyễn Trãi, P.3, Q.5, TP.HCM', { street: '12 Nguyễn Trãi', commune: 'P.3', district: 'Q.5', province: 'HCM' }],
    ['Phường 3, thành phố Vĩnh Long, tỉnh Vĩnh Long', { commune: 'Phường 3', district: 'thành phố Vĩnh Long', province: 'Vĩnh Long' }],
    ['xa Tan Phu, huyen Cho Lach, tinh Ben Tre', { commune: 'xa Tan Phu', district: 'huyen Cho Lach', province: 'Ben Tre' }],
    ['Thôn Lùng Thàng, Xã Minh Tân, Tuyên Quang', { street: 'Thôn Lùng Thàng', commune: 'Xã Minh Tân', province: 'Tuyên Quang' }],
  ])('%j', (text, expected) => {
    expect(parseOldAddress(text)).toEqual(expected);
  });

  it('reads unlabelled parts by position: commune, then district, then province', () => {
    expect(parseOldAddress('Mỹ Hòa, Bình Minh, Vĩnh Long')).toEqual({ commune: 'Mỹ Hòa', district: 'Bình Minh', province: 'Vĩnh Long' });
    expect(parseOldAddress('Minh Tân, Tuyên Quang')).toEqual({ commune: 'Minh Tân', province: 'Tuyên Quang' });
  });

  it('does not read names that start like a label as one', () => {
    // Quan Sơn (not quận), Tịnh Biên (not tỉnh), Phương Mai (not phường), Sóc Sơn (not a sóc, a hamlet).
    expect(parseOldAddress('Quan Sơn, Thanh Hóa')).toEqual({ commune: 'Quan Sơn', province: 'Thanh Hóa' });
    expect(parseOldAddress('Xã Tịnh Biên, An Giang')).toEqual({ commune: 'Xã Tịnh Biên', province: 'An Giang' });
    expect(parseOldAddress('Phương Mai, Đống Đa, Hà Nội')).toEqual({ commune: 'Phương Mai', district: 'Đống Đa', province: 'Hà Nội' });
    expect(parseOldAddress('Xã Tân Xã huyện Thạch Thất, Hà Nội')).toEqual({
      commune: 'Xã Tân Xã',
      district: 'huyện Thạch Thất',
      province: 'Hà Nội',
    });
    expect(parseOldAddress('Sóc Sơn, Hà Nội')).toEqual({ commune: 'Sóc Sơn', province: 'Hà Nội' });
  });

  it('gives no province when the text names none (sheets often keep it in a column of its own)', () => {
    expect(parseOldAddress('Ấp 3, xã Mỹ Hòa, Bình Minh')).toEqual({ street: 'Ấp 3', commune: 'xã Mỹ Hòa', district: 'Bình Minh' });
    expect(parseOldAddress('')).toEqual({});
  });

  it('feeds resolveCommune', () => {
    const parsed = parseOldAddress('huyện Châu Phú (xã Khánh Hòa), An Giang');
    expect(codes(resolveCommune({ province: parsed.province!, commune: parsed.commune!, district: parsed.district! }))).toEqual(['30469']);
  });
});

describe('tonesOnFirstVowel', () => {
  it('writes oa/oe/uy with the tone on the first vowel, as the project does', () => {
    expect(['Khánh Hoà', 'Thanh Hoá', 'Thuỷ', 'Khoẻ', 'Quý', 'Hoàng', 'Hòa'].map(tonesOnFirstVowel)).toEqual([
      'Khánh Hòa',
      'Thanh Hóa',
      'Thủy',
      'Khỏe',
      'Quý',
      'Hoàng',
      'Hòa',
    ]);
  });
});
