/**
 * The figures of `/thong-ke/` on a hand-made catalog whose answers are worked out by hand
 * (`./stats.fixture.ts`, build date 2026-05-28), with the pages' status rules.
 */
import { describe, expect, it } from 'vitest';
import { catalogStats, renewalsDue } from '../../src/lib/stats/index.ts';
import { statsJson } from '../../src/lib/stats/json.ts';
import { statsView } from './stats.fixture.ts';

const stats = catalogStats(statsView());

describe('producers', () => {
  it('counts every producer by type, cooperatives apart from the company and the household', () => {
    expect(stats.producers.total).toBe(8);
    expect(stats.producers.cooperatives).toBe(6);
    expect(stats.producers.byType).toEqual([
      { type: 'htx', count: 4 },
      { type: 'tht', count: 1 },
      { type: 'lhhtx', count: 1 },
      { type: 'dn', count: 1 },
      { type: 'ho', count: 1 },
      { type: 'cs', count: 0 },
    ]);
  });

  it('counts by today’s province, keeping the former names written, most producers first', () => {
    const rows = stats.producers.byProvince.map((p) => [p.province.name, p.producers, p.cooperatives, p.products, p.formerNames]);
    expect(rows).toEqual([
      ['Vĩnh Long', 3, 2, 5, [{ name: 'Bến Tre', producers: 1 }]],
      ['Cần Thơ', 2, 1, 2, [{ name: 'Hậu Giang', producers: 1 }]],
      ['An Giang', 1, 1, 2, []],
      ['Hà Nội', 1, 1, 1, []],
      ['Tuyên Quang', 1, 1, 0, [{ name: 'Hà Giang', producers: 1 }]],
    ]);
  });
});

describe('products', () => {
  it('counts by OCOP group, every group listed', () => {
    expect(stats.products.total).toBe(10);
    expect(stats.products.byGroup.map((g) => g.count)).toEqual([5, 1, 1, 1, 1, 1]);
  });

  it('counts only current recognitions at their star level; expired, year-only and undated apart', () => {
    expect(stats.products.byOcop).toEqual([
      { standing: 5, count: 0 }, // the 5★ tam thất expired on 2025-12-01
      { standing: 4, count: 2 },
      { standing: 3, count: 1 }, // expiring on 2026-06-01: still current
      { standing: 'expired', count: 2 }, // tam thất, and mắm cá known only as "2020"
      { standing: 'dateUnknown', count: 1 },
      { standing: 'none', count: 4 },
    ]);
  });
});

describe('certificates', () => {
  it('counts OCOP recognitions and other certificates by status, the permanent GI as valid', () => {
    expect(stats.certificates.ocop).toEqual({ valid: 2, expiring: 1, expired: 2, undated: 1 });
    expect(stats.certificates.certifications).toEqual({ valid: 3, expiring: 1, expired: 1, undated: 1, permanent: 1 });
    expect(stats.certificates.byType.map((t) => [t.type, t.counts])).toEqual([
      ['vietgap', { valid: 1, expiring: 0, expired: 1, undated: 0 }],
      ['organic', { valid: 0, expiring: 0, expired: 0, undated: 1 }],
      ['haccp', { valid: 0, expiring: 1, expired: 0, undated: 0 }],
      ['chi-dan-dia-ly', { valid: 1, expiring: 0, expired: 0, undated: 0 }],
      ['other', { valid: 1, expiring: 0, expired: 0, undated: 0 }],
    ]);
  });
});

describe('the goal', () => {
  it('counts cooperatives with an agri-food product; only a current 3★+ recognition meets it', () => {
    expect(stats.goal).toMatchObject({ counted: 4, met: 1, percent: 25 });
    expect(stats.goal.notMet.map(({ coop, gap }) => [coop.slug, gap])).toEqual([
      ['htx-binh', 'expired'],
      ['htx-hau', 'none'],
      ['tht-chau', 'dateUnknown'],
    ]);
  });

  it('gives the same goal over every cooperative, the company’s valid 4★ never counted', () => {
    expect(stats.goal.allCooperatives).toEqual({ counted: 6, met: 1, percent: 16.7 });
  });
});

describe('renewals due', () => {
  it('lists what expires in the next 180 days or expired in the last 180, lapsed first', () => {
    expect(stats.renewals.map((r) => [r.product.id, r.key, r.validUntil, r.daysLeft, r.status])).toEqual([
      ['htx-binh/tam-that', 'ocop', '2025-12-01', -178, 'expired'],
      ['htx-an/ruou', 'ocop', '2026-06-01', 4, 'expiring'],
      ['ho-g/banh', 'haccp-1', '2026-07-15', 48, 'expiring'],
      ['htx-an/mat-ong', 'vietgap-1', '2026-09-01', 96, 'valid'],
      ['htx-hau/khom', 'other-1', '2026-11-20', 176, 'valid'],
    ]);
  });

  it('includes both ends of the window and nothing beyond', () => {
    const within = (days: number) => renewalsDue(statsView(), days).map((r) => r.daysLeft);
    expect(within(96)).toEqual([4, 48, 96]);
    expect(within(178)).toEqual([-178, 4, 48, 96, 176]);
    expect(within(177)).toEqual([4, 48, 96, 176]);
  });
});

describe('thong-ke.json', () => {
  const json = statsJson(stats, 'https://example.vn');

  it('publishes the page’s figures keyed for readers of open data', () => {
    expect(json.statusDate).toBe('2026-05-28');
    expect(json.producers.byType).toEqual({ htx: 4, tht: 1, lhhtx: 1, dn: 1, ho: 1, cs: 0 });
    expect(json.products.byOcop).toEqual({ 5: 0, 4: 2, 3: 1, expired: 2, dateUnknown: 1, none: 4 });
    expect(json.products.byGroup['thuc-pham']).toBe(5);
    expect(json.goal).toMatchObject({ counted: 4, met: 1, percent: 25 });
    expect(json.goal.notMet[0]).toEqual({
      id: 'htx-binh',
      name: 'Hợp tác xã Bình',
      url: 'https://example.vn/hop-tac-xa/htx-binh/',
      province: 'vinh-long',
      gap: 'expired',
    });
    expect(json.renewals).toMatchObject({ total: 5, expired: 1 });
  });

  it('states the rules it was computed by', () => {
    expect(json.rules).toEqual({
      expiringWithinDays: 90,
      renewalWindowDays: 180,
      goal: {
        producerTypes: ['htx', 'tht', 'lhhtx'],
        groups: ['thuc-pham', 'do-uong', 'duoc-lieu', 'sinh-vat-canh'],
        minStars: 3,
        currentOnly: true,
      },
    });
  });
});
