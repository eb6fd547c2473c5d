import { describe, expect, it } from 'vitest';
import { cooperativeSlug, foldVietnamese, slugFromFileName, slugify } from '../../src/lib/slug.ts';

describe('foldVietnamese', () => {
  it('removes tones and hats and turns đ/Đ into d/D, keeping case and spacing', () => {
    expect(foldVietnamese('Đường thốt nốt')).toBe('Duong thot not');
    expect(foldVietnamese('Kẹo dừa lá dứa')).toBe('Keo dua la dua');
    expect(foldVietnamese('ĐẮK LẮK')).toBe('DAK LAK');
    expect(foldVietnamese('ư ơ ă â ê ô')).toBe('u o a a e o');
  });
});

describe('slugify', () => {
  it.each([
    ['Kẹo dừa lá dứa', 'keo-dua-la-dua'],
    ['Đường', 'duong'],
    ['đường phèn', 'duong-phen'],
    ['Mật ong bạc hà', 'mat-ong-bac-ha'],
    ['Trà Shan tuyết cổ thụ', 'tra-shan-tuyet-co-thu'],
    ['Nước mắm Phú Quốc 40°N', 'nuoc-mam-phu-quoc-40-n'],
    ['  Gạo ST25 – túi 5 kg!  ', 'gao-st25-tui-5-kg'],
    ['Bánh (tráng) / phơi sương, Trảng Bàng', 'banh-trang-phoi-suong-trang-bang'],
    ['HTX_Mật--ong', 'htx-mat-ong'],
    ['---', ''],
    ['', ''],
  ])('%j → %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('gives the same slug for NFC and NFD input', () => {
    const nfc = 'Kẹo dừa lá dứa'.normalize('NFC');
    const nfd = 'Kẹo dừa lá dứa'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe('keo-dua-la-dua');
    expect(slugify('Đường'.normalize('NFD'))).toBe('duong');
  });

  it('produces only lower-case ASCII letters, digits and single inner hyphens', () => {
    for (const name of ['Ớt Chỉ Thiên', 'Cà phê Robusta Đắk Lắk', 'Nem chua Thanh Hoá', '100% hữu cơ']) {
      expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('slugFromFileName', () => {
  it.each([
    ['Kẹo dừa lá dứa.md', 'keo-dua-la-dua'],
    ['mat-ong-bac-ha.md', 'mat-ong-bac-ha'],
    ['Mật ong.MD', 'mat-ong'],
    ['tra.markdown', 'tra'],
    ['ruou-ngo', 'ruou-ngo'],
    ['_nhap.md', 'nhap'],
    ['bai.mdx', 'bai-mdx'],
  ])('%j → %j', (name, slug) => {
    expect(slugFromFileName(name)).toBe(slug);
  });

  it('gives two spellings of one name the same slug (the duplicate the check catches)', () => {
    expect(slugFromFileName('Mật ong.md')).toBe(slugFromFileName('mat-ong.md'));
  });
});

describe('cooperativeSlug', () => {
  it.each([
    ['Hợp tác xã Mật ong Bạc Hà', 'htx-mat-ong-bac-ha'],
    ['Tổ hợp tác Kẹo dừa Chợ Lách', 'tht-keo-dua-cho-lach'],
    ['Liên hiệp Hợp tác xã Nông sản Vị Xuyên', 'lhhtx-nong-san-vi-xuyen'],
    ['Nông trại Xanh', 'nong-trai-xanh'],
  ])('%j → %j', (name, slug) => {
    expect(cooperativeSlug(name)).toBe(slug);
  });
});
