/**
 * Producers that are not cooperatives (a household business in the fixture) keep their true type
 * on every page, and an OCOP recognition known only by its year is never shown as current.
 */
import { describe, expect, inject, it } from 'vitest';
import { findTags, jsonLdOfType, readPage } from '../helpers/html.ts';

const dist = inject('fixtureDist');
const page = (url: string) => readPage(url, dist);
const HOUSEHOLD = '/hop-tac-xa/ho-kinh-doanh-ba-tam/';
const CAKE = '/hop-tac-xa/ho-kinh-doanh-ba-tam/banh-phong-tom/';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const links = (html: string) => findTags(html, 'a').map((a) => a['href']);

describe('a household business', () => {
  it('is listed with the other producers, not with the cooperatives', () => {
    expect(links(page('/co-so-san-xuat/'))).toContain(HOUSEHOLD);
    for (const url of ['/hop-tac-xa/', '/hop-tac-xa/trang-2/']) expect(links(page(url))).not.toContain(HOUSEHOLD);
    expect(text(page('/co-so-san-xuat/'))).toContain('Hộ kinh doanh');
  });

  it('says what it is on its page and in its schema.org block', () => {
    const html = page(HOUSEHOLD);
    expect(text(html)).toContain('Sản phẩm của hộ kinh doanh');
    expect(text(html)).not.toContain('Câu chuyện hợp tác xã');
    expect(jsonLdOfType(html, 'LocalBusiness')).toHaveLength(1);
    expect(jsonLdOfType(html, 'Organization')).toHaveLength(0);
  });
});

describe('an OCOP recognition known only by its year', () => {
  it('says "Chưa rõ ngày công nhận", never a current badge, and stays out of the star listings', () => {
    const html = page(CAKE);
    expect(text(html)).toContain('Chưa rõ ngày công nhận');
    expect(text(html)).toContain('chưa rõ ngày (năm 2024)');
    expect(html).not.toMatch(/aria-label="OCOP 3 sao"/);
    expect(jsonLdOfType(html, 'Product')[0]?.['award']).toBeUndefined();
    for (const url of ['/ocop/3-sao/', '/ocop/']) expect(links(page(url))).not.toContain(CAKE);
  });
});
