import { describe, expect, it } from 'vitest';
import { fitTitle, MAX_TITLE } from '../../src/lib/seo/title.ts';

describe('fitTitle', () => {
  it('keeps "title | site" when it fits', () => {
    expect(fitTitle('Mật ong bạc hà', 'Chợ phiên HTX')).toBe('Mật ong bạc hà | Chợ phiên HTX');
  });
  it('drops the site name first, then cuts at a word', () => {
    const site = 'Chợ phiên HTX – Sản phẩm hợp tác xã tiêu biểu';
    expect(fitTitle('Kẹo dừa lá dứa – Hợp tác xã Kẹo dừa Định Thủy', site)).toBe('Kẹo dừa lá dứa – Hợp tác xã Kẹo dừa Định Thủy');
    const long = fitTitle('Homestay nhà sàn ven rừng tràm – Hợp tác xã Du lịch cộng đồng Tràm Xanh Văn Giáo', site);
    expect(long.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(long).toBe('Homestay nhà sàn ven rừng tràm – Hợp tác xã Du lịch cộng đồng Tràm…');
  });
  it('gives the home page the site name', () => {
    expect(fitTitle(undefined, 'Chợ phiên HTX')).toBe('Chợ phiên HTX');
  });
});
