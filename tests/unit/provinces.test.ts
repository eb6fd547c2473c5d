import { describe, expect, it } from 'vitest';
import { addressLines, shortPlace } from '../../src/i18n/address.ts';
import { provinceBySlug, PROVINCES_2025, resolveProvince, suggestProvince } from '../../src/lib/provinces.ts';

describe('PROVINCES_2025', () => {
  it('lists the 34 units since 1 July 2025: 6 cities and 28 provinces, unique slugs', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(PROVINCES_2025.filter((p) => p.kind === 'thanh-pho').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Huế',
      'Hải Phòng',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    expect(PROVINCES_2025.filter((p) => p.kind === 'tinh')).toHaveLength(28);
    expect(new Set(PROVINCES_2025.map((p) => p.slug)).size).toBe(34);
  });

  it('has ASCII slugs', () => {
    expect(provinceBySlug('vinh-long')?.name).toBe('Vĩnh Long');
    expect(provinceBySlug('dak-lak')?.name).toBe('Đắk Lắk');
    expect(provinceBySlug('ho-chi-minh')).toEqual({ slug: 'ho-chi-minh', name: 'Hồ Chí Minh', kind: 'thanh-pho' });
    expect(provinceBySlug('ben-tre')).toBeUndefined();
  });
});

describe('resolveProvince', () => {
  it('maps a pre-2025 name to today’s province and keeps the old name', () => {
    expect(resolveProvince('Bến Tre')).toEqual({ province: { slug: 'vinh-long', name: 'Vĩnh Long', kind: 'tinh' }, legacyName: 'Bến Tre' });
    expect(resolveProvince('Trà Vinh')?.province.slug).toBe('vinh-long');
    expect(resolveProvince('Hà Giang')).toEqual({
      province: { slug: 'tuyen-quang', name: 'Tuyên Quang', kind: 'tinh' },
      legacyName: 'Hà Giang',
    });
    expect(resolveProvince('Kiên Giang')).toMatchObject({ province: { slug: 'an-giang' }, legacyName: 'Kiên Giang' });
    expect(resolveProvince('Bà Rịa - Vũng Tàu')).toMatchObject({ province: { slug: 'ho-chi-minh' }, legacyName: 'Bà Rịa - Vũng Tàu' });
  });

  it('reads today’s names without a legacy name', () => {
    expect(resolveProvince('Vĩnh Long')).toEqual({ province: { slug: 'vinh-long', name: 'Vĩnh Long', kind: 'tinh' } });
    expect(resolveProvince('An Giang')).toEqual({ province: { slug: 'an-giang', name: 'An Giang', kind: 'tinh' } });
  });

  it('ignores the administrative prefix, case, tones and spacing', () => {
    expect(resolveProvince('Tỉnh Hà Giang')).toMatchObject({ province: { name: 'Tuyên Quang' }, legacyName: 'Hà Giang' });
    expect(resolveProvince('tỉnh vĩnh long')?.province.name).toBe('Vĩnh Long');
    expect(resolveProvince('Thành phố Hà Nội')?.province.slug).toBe('ha-noi');
    expect(resolveProvince('  VINH LONG ')?.province.slug).toBe('vinh-long');
  });

  it('knows the usual short forms of Hồ Chí Minh City and Hà Nội', () => {
    for (const written of ['TP. HCM', 'TP.HCM', 'TPHCM', 'HCM', 'Sài Gòn', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh']) {
      expect(resolveProvince(written)?.province, written).toEqual({ slug: 'ho-chi-minh', name: 'Hồ Chí Minh', kind: 'thanh-pho' });
    }
    expect(resolveProvince('HN')?.province.slug).toBe('ha-noi');
    expect(resolveProvince('Đắk Lắc')?.province.slug).toBe('dak-lak');
  });

  it('maps Thừa Thiên Huế to the city of Huế', () => {
    expect(resolveProvince('Thừa Thiên Huế')).toEqual({
      province: { slug: 'hue', name: 'Huế', kind: 'thanh-pho' },
      legacyName: 'Thừa Thiên Huế',
    });
    expect(resolveProvince('Huế')).toEqual({ province: { slug: 'hue', name: 'Huế', kind: 'thanh-pho' } });
  });

  it('resolves every pre-2025 province to one of the 34', () => {
    const old = [
      'Hà Giang',
      'Yên Bái',
      'Bắc Kạn',
      'Vĩnh Phúc',
      'Hòa Bình',
      'Bắc Giang',
      'Thái Bình',
      'Hải Dương',
      'Hà Nam',
      'Nam Định',
      'Quảng Bình',
      'Quảng Nam',
      'Kon Tum',
      'Bình Định',
      'Ninh Thuận',
      'Đắk Nông',
      'Bình Thuận',
      'Phú Yên',
      'Bình Dương',
      'Bình Phước',
      'Long An',
      'Sóc Trăng',
      'Hậu Giang',
      'Bến Tre',
      'Trà Vinh',
      'Tiền Giang',
      'Bạc Liêu',
      'Kiên Giang',
      'Thừa Thiên Huế',
    ];
    for (const name of old) {
      const resolved = resolveProvince(name);
      expect(resolved?.legacyName, name).toBe(name);
      expect(PROVINCES_2025).toContain(resolved?.province);
    }
  });

  it('does not resolve names that are not provinces', () => {
    expect(resolveProvince('Bến Tr')).toBeUndefined();
    expect(resolveProvince('Paris')).toBeUndefined();
    expect(resolveProvince('')).toBeUndefined();
  });
});

describe('suggestProvince', () => {
  it('suggests the nearest name for a slip of the keyboard', () => {
    expect(suggestProvince('Bến Tr')).toBe('Bến Tre');
    expect(suggestProvince('Vinh Lon')).toBe('Vĩnh Long');
    expect(suggestProvince('Tỉnh An Giag')).toBe('An Giang');
  });

  it('suggests nothing for something far from any name', () => {
    expect(suggestProvince('Paris')).toBeUndefined();
  });
});

describe('addressLines / shortPlace', () => {
  it('shows a pre-2025 address as written and what it is part of now', () => {
    const address = { street: 'Thôn Lùng Thàng', commune: 'Xã Minh Tân', district: 'Vị Xuyên', province: 'Hà Giang' };
    expect(addressLines(address)).toEqual({
      main: 'Thôn Lùng Thàng, Xã Minh Tân, Vị Xuyên, tỉnh Hà Giang',
      nowPartOf: 'tỉnh Tuyên Quang',
      formerDistrict: undefined,
    });
    expect(shortPlace(address)).toBe('Tuyên Quang');
  });

  it('shows a new-form address with its former district apart', () => {
    const address = { commune: 'Xã Chợ Lách', district: 'Huyện Chợ Lách', province: 'Vĩnh Long' };
    expect(addressLines(address)).toEqual({ main: 'Xã Chợ Lách, tỉnh Vĩnh Long', nowPartOf: undefined, formerDistrict: 'Huyện Chợ Lách' });
  });

  it('prefixes cities with "thành phố"', () => {
    expect(addressLines({ commune: 'Phường Ninh Kiều', province: 'Cần Thơ' }).main).toBe('Phường Ninh Kiều, thành phố Cần Thơ');
  });
});
