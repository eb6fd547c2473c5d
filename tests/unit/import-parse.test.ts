/**
 * The import's readers of one cell: stars, decisions and dates, producers and their types, groups,
 * addresses in the old form.
 */
import { describe, expect, it } from 'vitest';
import { importTemplates, importVocabulary as v } from '../../src/i18n/import.vi.ts';
import { resolveAddress } from '../../src/lib/import/address.ts';
import { cleanCell } from '../../src/lib/import/cells.ts';
import { readDate, readDecision } from '../../src/lib/import/decision.ts';
import { groupNamed, proposeGroup } from '../../src/lib/import/group.ts';
import { readProducer } from '../../src/lib/import/producer.ts';
import { readStars, starsInTitle } from '../../src/lib/import/stars.ts';

describe('stars', () => {
  it.each([
    ['4', 4],
    ['4 sao', 4],
    ['4*', 4],
    ['★★★★', 4],
    ['⭐⭐⭐', 3],
    ['5 sao (quốc gia)', 5],
    ['Bốn sao', 4],
    ['Đạt 3 sao', 3],
    ['3 SAO', 3],
  ])('%s → %i', (text, stars) => expect(readStars(text, v)).toEqual({ stars }));

  it('refuses levels OCOP does not have, and results that are not a recognition', () => {
    expect(readStars('2 sao', v)).toEqual({ invalid: '2 sao' });
    expect(readStars('6', v)).toEqual({ invalid: '6' });
    expect(readStars('tốt', v)).toEqual({ invalid: 'tốt' });
    expect(readStars('Không đạt', v)).toEqual({ notRecognised: 'Không đạt' });
    expect(readStars('', v)).toBeUndefined();
  });

  it('reads one level from a section title, none from a title naming several', () => {
    expect(starsInTitle('I. SẢN PHẨM ĐẠT 4 SAO', v)).toBe(4);
    expect(starsInTitle('Nhóm năm sao', v)).toBe(5);
    expect(starsInTitle('SẢN PHẨM 3 SAO, 4 SAO', v)).toBeUndefined();
    expect(starsInTitle('Nhóm thực phẩm', v)).toBeUndefined();
  });
});

describe('decisions and dates', () => {
  it('reads number, date, issuer from free text', () => {
    expect(readDecision('QĐ 2497/QĐ-UBND ngày 10/10/2022 (đợt 1 năm 2022)', v)).toEqual({
      decision: '2497/QĐ-UBND',
      when: { date: '2022-10-10' },
    });
    expect(readDecision('Số 1587/QĐ - UBND, 10-3-2025 của UBND tỉnh An Giang', v)).toEqual({
      decision: '1587/QĐ-UBND',
      when: { date: '2025-03-10' },
      issuer: 'UBND tỉnh An Giang',
    });
    expect(readDecision('Quyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2024 của Ủy ban nhân dân tỉnh Bến Tre về việc công nhận', v)).toEqual({
      decision: '12/QĐ-UBND',
      when: { date: '2024-01-05' },
      issuer: 'Ủy ban nhân dân tỉnh Bến Tre',
    });
  });

  it('keeps a year when only the year is written, and nothing when nothing is', () => {
    expect(readDecision('Năm 2022', v)).toEqual({ when: { year: 2022 } });
    expect(readDecision('123/2021/QĐ-UBND', v)).toEqual({ decision: '123/2021/QĐ-UBND', when: { year: 2021 } });
    expect(readDecision('2015/QĐ-UBND', v)).toEqual({ decision: '2015/QĐ-UBND' });
    expect(readDecision('', v)).toEqual({});
    expect(readDecision('chưa rõ', v)).toEqual({ when: { unknown: true } });
  });

  it('reads date cells: Excel dates, serials, text dates, years, unknown', () => {
    expect(readDate('2022-10-10', v)).toEqual({ date: '2022-10-10' });
    expect(readDate('44844', v)).toEqual({ date: '2022-10-10' });
    expect(readDate('10.10.2022', v)).toEqual({ date: '2022-10-10' });
    expect(readDate('12/25/2022', v)).toEqual({ date: '2022-12-25' });
    expect(readDate('31/02/2022', v)).toEqual({ invalid: '31/02/2022' });
    expect(readDate('2023', v)).toEqual({ year: 2023 });
    expect(readDate('Chưa rõ', v)).toEqual({ unknown: true });
  });
});

describe('producers', () => {
  const read = (name: string, type = '') => readProducer(cleanCell(name), type, v);

  it('reads the type from the legal form and writes the abbreviation out', () => {
    expect(read('HTX Kẹo dừa Thanh Long')).toMatchObject({
      name: 'Hợp tác xã Kẹo dừa Thanh Long',
      type: 'htx',
      slug: 'htx-keo-dua-thanh-long',
    });
    expect(read('HTX NN Tân Phú')).toMatchObject({ name: 'Hợp tác xã Nông nghiệp Tân Phú', key: 'htx:nong-nghiep-tan-phu' });
    expect(read('Tổ hợp tác đan lục bình Ngã Bảy')).toMatchObject({ type: 'tht', slug: 'tht-dan-luc-binh-nga-bay' });
    expect(read('Liên hiệp HTX Nông sản Vị Xuyên')).toMatchObject({ type: 'lhhtx', name: 'Liên hiệp hợp tác xã Nông sản Vị Xuyên' });
    expect(read('Cty TNHH Sao Mai')).toMatchObject({ type: 'dn', name: 'Công ty TNHH Sao Mai', slug: 'cong-ty-tnhh-sao-mai' });
    expect(read('CTy CP Thực phẩm Mekong')).toMatchObject({ type: 'dn', name: 'Công ty Cổ phần Thực phẩm Mekong' });
    expect(read('DNTN Hoàng Gia')).toMatchObject({ type: 'dn', name: 'Doanh nghiệp tư nhân Hoàng Gia' });
    expect(read('Hộ kinh doanh Nguyễn Thị Tám')).toMatchObject({ type: 'ho', slug: 'ho-kinh-doanh-nguyen-thi-tam' });
    expect(read('HKD Bà Tư')).toMatchObject({ type: 'ho', name: 'Hộ kinh doanh Bà Tư' });
    expect(read('Cơ sở sản xuất Bánh pía Tân Huê Viên')).toMatchObject({ type: 'cs' });
    expect(read('CSSX Nước mắm Ba Lúa')).toMatchObject({ type: 'cs', name: 'Cơ sở sản xuất Nước mắm Ba Lúa' });
  });

  it('gives every spelling of one producer one key', () => {
    const keys = ['HTX Kẹo dừa X', 'Hợp tác xã kẹo dừa X', 'HỢP TÁC XÃ KẸO DỪA X', 'H.T.X Kẹo  dừa\nX', 'Hop tac xa Keo dua X'].map(
      (n) => read(n)?.key,
    );
    expect(new Set(keys)).toEqual(new Set(['htx:keo-dua-x']));
    expect(read('Hộ ông Nguyễn Văn An')?.key).toBe(read('Hộ kinh doanh Nguyễn Văn An')?.key);
    expect(read('Ðại Lộc HTX')?.name).toBe('Đại Lộc HTX');
  });

  it('without a legal form: the type column, a person’s name, or a guess to confirm', () => {
    expect(read('Kẹo dừa Bến Tre', 'Doanh nghiệp')).toMatchObject({ type: 'dn', typeGuessed: false });
    expect(read('Nguyễn Văn An')).toMatchObject({ type: 'ho', typeGuessed: true });
    expect(read('Hồ Văn Tư')).toMatchObject({ type: 'ho', name: 'Hồ Văn Tư' });
    expect(read('Bánh pía Sóc Trăng')).toMatchObject({ type: 'cs', typeGuessed: true });
    expect(read('HTX')).toBeUndefined();
  });
});

describe('groups', () => {
  it('reads a group column or a title', () => {
    expect(groupNamed('Thực phẩm', v)).toBe('thuc-pham');
    expect(groupNamed('thuc pham', v)).toBe('thuc-pham');
    expect(groupNamed('Nhóm đồ uống', v)).toBe('do-uong');
    expect(groupNamed('Đồ uống có cồn', v)).toBe('do-uong');
    expect(groupNamed('Dược liệu và sản phẩm từ dược liệu', v)).toBe('duoc-lieu');
    expect(groupNamed('Nhóm 4', v)).toBe('thu-cong-my-nghe');
    expect(groupNamed('thao-duoc', v)).toBe('duoc-lieu');
    expect(groupNamed('Hàng tiêu dùng', v)).toBeUndefined();
  });

  it('proposes a group from a product name, the longest word winning', () => {
    expect(proposeGroup('Mật ong hoa tràm', v)).toEqual({ group: 'thuc-pham', word: 'mật ong' });
    expect(proposeGroup('Nước mắm cá cơm', v)?.group).toBe('thuc-pham');
    expect(proposeGroup('Trà mãng cầu', v)?.group).toBe('do-uong');
    expect(proposeGroup('Tinh bột nghệ', v)?.group).toBe('duoc-lieu');
    expect(proposeGroup('Giỏ lục bình', v)?.group).toBe('thu-cong-my-nghe');
    expect(proposeGroup('Mai vàng Bình Lợi', v)?.group).toBe('sinh-vat-canh');
    expect(proposeGroup('Homestay Cồn Quy', v)?.group).toBe('du-lich');
    expect(proposeGroup('Sản phẩm X', v)).toBeUndefined();
  });
});

describe('addresses in the old form', () => {
  const resolve = (cells: Parameters<typeof resolveAddress>[0], province?: string) =>
    resolveAddress(cells, province, importTemplates.unknownCommune);

  it('writes today’s ward and province, keeps the old district, and the old names as tags', () => {
    expect(resolve({ address: 'huyện Châu Phú (xã Khánh Hòa)', province: 'An Giang' })).toEqual({
      address: { commune: 'Xã Mỹ Đức', district: 'Huyện Châu Phú', province: 'An Giang' },
      formerNames: ['Xã Khánh Hòa'],
      wardCode: '30469',
      messages: [],
    });
    expect(resolve({ address: 'Ấp Phú Hòa, xã Định Thủy, huyện Mỏ Cày Nam, tỉnh Bến Tre' })).toMatchObject({
      address: { street: 'Ấp Phú Hòa', commune: 'Xã Đồng Khởi', district: 'Huyện Mỏ Cày Nam', province: 'Vĩnh Long' },
      formerNames: ['Xã Định Thủy', 'Bến Tre'],
    });
    expect(resolve({ commune: 'Phường 3', province: 'Trà Vinh' })).toMatchObject({
      address: { commune: 'Phường Trà Vinh', province: 'Vĩnh Long' },
      formerNames: ['Phường 3', 'Trà Vinh'],
    });
  });

  it('reads a Latin Ð as Đ, and uses the sheet’s province for rows that name none', () => {
    expect(resolve({ address: cleanCell('xã Ðịnh Thủy, huyện Mỏ Cày Nam') }, 'Bến Tre')?.address.commune).toBe('Xã Đồng Khởi');
  });

  it('asks a person when the ward is not certain, and gives no address without a province', () => {
    expect(resolve({ address: 'Bến Tre' })).toMatchObject({
      address: { commune: 'Chưa rõ xã, phường', province: 'Vĩnh Long' },
      messages: [{ key: 'person.communeMissing' }],
    });
    expect(resolve({ address: 'xã Mỹ Hòa', province: 'Vĩnh Long' })?.messages[0]?.key).toBe('person.communeAmbiguous');
    expect(resolve({ address: 'xã Không Có Thật', province: 'An Giang' })?.messages[0]?.key).toBe('person.communeUnknown');
    expect(resolve({ address: 'xã Khánh Hòa' })).toBeUndefined();
  });
});
