/**
 * The data bank on the built fixture site: `/thong-ke/` and `/thong-ke.json` carry the figures the
 * pure computation gives for the fixture catalog on its build date, the page's tables the same
 * numbers as the JSON; `/gia-han.csv` parses and is formula-safe; `/gia-han.ics` parses with
 * ical.js, one all-day event per due certificate 90 days before it expires; `/ban-do/` links each
 * province with a listing, draws both archipelagos, loads nothing and stays under 60 KB gzip;
 * commune listings exist for the communes with producers and are linked from their province.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/i18n/format.ts';
import { statsWords } from '../../src/i18n/stats.vi.ts';
import { checkWords } from '../../src/i18n/check.vi.ts';
import { cooperativeTypeLabels, groupShortLabels } from '../../src/i18n/vi.ts';
import { reminderDate } from '../../src/lib/calendar/reminders.ts';
import { buildCatalogView } from '../../src/lib/catalog/view.ts';
import { loadCatalog } from '../../src/lib/content/load.ts';
import { catalogStats } from '../../src/lib/stats/index.ts';
import { statsJson } from '../../src/lib/stats/json.ts';
import { decodeEntities, findTags, readPage } from '../helpers/html.ts';
import { FIXTURE_CATALOG, REPO_ROOT } from '../helpers/fixture.ts';

const dist = inject('fixtureDist');
const site = inject('fixtureSiteUrl');
const today = inject('fixtureBuildDate');
const file = (name: string) => readFileSync(path.join(dist, name), 'utf8');
type Json = ReturnType<typeof statsJson>;

/** The figures computed from the fixture's files, as the build's own view would give them. */
let expected: Json;
beforeAll(async () => {
  const loaded = await loadCatalog({ words: checkWords, root: REPO_ROOT, contentDir: FIXTURE_CATALOG, today });
  const published = <T extends { draft: boolean }>(entries: readonly T[]) => entries.filter((e) => !e.draft);
  const view = buildCatalogView(published(loaded.cooperatives), published(loaded.products), today);
  expected = JSON.parse(JSON.stringify(statsJson(catalogStats(view as Parameters<typeof catalogStats>[0]), site))) as Json;
});

const json = () => JSON.parse(file('thong-ke.json')) as Json;
const text = (html: string) =>
  decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
/** Rows of the first table after `id` on a page, each row its cells' text. */
function tableAfter(html: string, id: string): string[][] {
  const start = html.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  const table = /<table[\s\S]*?<\/table>/.exec(html.slice(start))![0];
  const body = /<tbody[\s\S]*?<\/tbody>/.exec(table)![0];
  return [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((row) =>
    [...row[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)),
  );
}
const numbers = (rows: string[][], from = 1) => rows.map((r) => r.slice(from).map((cell) => Number(cell.replace(/\./g, ''))));

describe('/thong-ke.json', () => {
  it('holds the figures computed from the fixture catalog with the pages’ rules', () => {
    expect(json()).toEqual(expected);
    expect(json().statusDate).toBe(today);
  });

  it('has the answers the fixture was written to give', () => {
    const { producers, products, certificates, goal, renewals } = json();
    expect(producers).toMatchObject({ total: 4, cooperatives: 3, byType: { htx: 1, tht: 1, lhhtx: 1, ho: 1, dn: 0, cs: 0 } });
    expect(products.byOcop).toEqual({ 5: 1, 4: 1, 3: 1, expired: 1, dateUnknown: 1, none: 3 });
    expect(certificates.ocop).toEqual({ valid: 3, expiring: 0, expired: 1, undated: 1 });
    // Only the cooperatives count; the household business's undated 3★ is not a cooperative's.
    expect(goal).toMatchObject({ counted: 3, met: 2, notMet: [expect.objectContaining({ id: 'lhhtx-an-giang', gap: 'none' })] });
    expect(renewals.due.map((d) => [d.product, d.certificate, d.validUntil])).toEqual([
      ['htx-mat-ong-bac-ha/ruou-ngo', 'vietgap-1', '2026-07-01'],
    ]);
  });
});

describe('/thong-ke/', () => {
  const html = () => readPage('/thong-ke/', dist);

  it('shows the same numbers in its tables as thong-ke.json', () => {
    const data = json();
    const page = html();
    expect(tableAfter(page, 'theo-loai-hinh-heading')).toEqual(
      Object.entries(data.producers.byType).map(([type, n]) => [
        cooperativeTypeLabels[type as keyof typeof cooperativeTypeLabels],
        String(n),
      ]),
    );
    const provinces = tableAfter(page, 'theo-tinh-heading');
    expect(provinces.map((r) => r[0]!.split(' tên cũ')[0])).toEqual(data.producers.byProvince.map((p) => p.name));
    expect(numbers(provinces)).toEqual(data.producers.byProvince.map((p) => [p.producers, p.cooperatives, p.products]));
    expect(provinces.find((r) => r[0]!.startsWith('Vĩnh Long'))?.[0]).toContain('Bến Tre (1)');
    expect(tableAfter(page, 'theo-nhom-heading').map((r) => r[0])).toEqual(
      Object.keys(data.products.byGroup).map((g) => groupShortLabels[g as 'du-lich']),
    );
    expect(numbers(tableAfter(page, 'theo-nhom-heading')).flat()).toEqual(Object.values(data.products.byGroup));
    expect(numbers(tableAfter(page, 'theo-sao-heading')).flat()).toEqual(
      [5, 4, 3, 'expired', 'dateUnknown', 'none'].map((k) => data.products.byOcop[k]),
    );
    const [ocop] = numbers(tableAfter(page, 'theo-tinh-trang-heading'));
    const { valid, expiring, expired, undated } = data.certificates.ocop;
    expect(ocop).toEqual([valid, expiring, expired, undated, valid + expiring + expired + undated]);
  });

  it('states the goal’s progress and lists the cooperatives that do not meet it, with why', () => {
    const { goal } = json();
    const page = text(html());
    expect(page).toContain(statsWords.goal.progress(goal.met, goal.counted));
    expect(page).toContain(statsWords.goal.definition);
    expect(tableAfter(html(), 'chua-dat')).toEqual(goal.notMet.map((c) => [c.name, 'An Giang', statsWords.goal.gaps[c.gap]]));
  });

  it('draws every chart as an SVG image with a title and a table, and loads no script', () => {
    const page = html();
    const svgs = findTags(page, 'svg');
    expect(svgs.length).toBe(6); // five charts and the goal's bar
    for (const svg of svgs) {
      expect(svg['role']).toBe('img');
      for (const id of svg['aria-labelledby']!.split(' ')) expect(page).toMatch(new RegExp(`<(title|desc)[^>]* id="${id}"`));
    }
    expect(findTags(page, 'table').length).toBe(6);
    expect(findTags(page, 'script').filter((s) => s['type'] !== 'application/ld+json')).toEqual([]);
  });
});

describe('/gia-han/ and its files', () => {
  it('lists the due certificates with their decision date and the producer’s contact', () => {
    const rows = tableAfter(readPage('/gia-han/', dist), 'tai-ve');
    expect(rows).toHaveLength(json().renewals.total);
    expect(rows[0]![0]).toContain('01/07/2026');
    expect(rows[0]![0]).toContain(statsWords.renewals.daysLeft(34));
    expect(rows[0]![2]).toContain('0912 345 678');
  });

  it('gia-han.csv opens in Excel: BOM, one row per due certificate, no cell able to start a formula', () => {
    const raw = readFileSync(path.join(dist, 'gia-han.csv'));
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(raw, { bom: true }) as string[][];
    expect(rows[0]).toEqual(Object.values(statsWords.csv));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[6]])).toEqual([['2026-07-01', '34', 'VietGAP', 'Rượu ngô men lá']]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^\s*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u);
  });

  it('gia-han.ics is RFC 5545: CRLF, 75-octet lines, one all-day event 90 days before each expiry', () => {
    const ics = file('gia-han.ics');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const due = json().renewals.due;
    expect(events).toHaveLength(due.length);
    events.forEach((event, i) => {
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(reminderDate(due[i]!.validUntil));
      expect(event.description).toContain(formatDate(due[i]!.validUntil));
      expect(event.description).toContain('0912 345 678');
      expect(event.uid).toBe(`gia-han.${due[i]!.product.replace('/', '.')}.${due[i]!.certificate}@fixture.example.vn`);
    });
    expect(events[0]!.startDate.toString()).toBe('2026-04-02');
  });
});

describe('/ban-do/', () => {
  const html = () => readPage('/ban-do/', dist);

  it('links each province with a listing, draws all 34 and labels both archipelagos', () => {
    const page = html();
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page)![0];
    expect(svg.match(/<path class="s\d"/g)).toHaveLength(34);
    const links = findTags(svg, 'a').map((a) => a['href']);
    expect(links).toEqual(
      expect.arrayContaining(['/tinh/an-giang/', '/tinh/tuyen-quang/', '/tinh/vinh-long/', '/hop-tac-xa/htx-mat-ong-bac-ha/']),
    );
    expect(links).toHaveLength(4);
    expect(text(svg)).toContain(statsWords.map.hoangSa);
    expect(text(svg)).toContain(statsWords.map.truongSa);
    expect(text(svg)).toMatch(/Quần đảo Hoàng Sa \(Đà Nẵng\)/);
  });

  it('loads nothing from elsewhere and no script: the map is the SVG in the HTML', () => {
    const page = html();
    expect(findTags(page, 'script').filter((s) => s['type'] !== 'application/ld+json')).toEqual([]);
    expect([...findTags(page, 'img'), ...findTags(page, 'link').filter((l) => l['rel'] === 'stylesheet')]).toEqual([]);
  });

  it('weighs at most 60 KB gzip', () => {
    const bytes = gzipSync(readFileSync(path.join(dist, 'ban-do/index.html'))).length;
    console.log(`[map] /ban-do/ ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('commune listings', () => {
  it('lists the producers of each commune, old-form addresses under today’s ward', () => {
    const names = (url: string) => findTags(readPage(url, dist), 'a').map((a) => a['href']);
    expect(names('/tinh/vinh-long/xa/vinh-thanh/')).toContain('/hop-tac-xa/ho-kinh-doanh-ba-tam/banh-phong-tom/');
    expect(names('/tinh/vinh-long/xa/cho-lach/')).toContain('/hop-tac-xa/tht-keo-dua-cho-lach/keo-dua-la-dua/');
    expect(names('/tinh/vinh-long/xa/cho-lach/')).not.toContain('/hop-tac-xa/ho-kinh-doanh-ba-tam/banh-phong-tom/');
  });

  it('is linked from its province’s listing', () => {
    const links = findTags(readPage('/tinh/vinh-long/', dist), 'a').map((a) => a['href']);
    expect(links).toEqual(expect.arrayContaining(['/tinh/vinh-long/xa/cho-lach/', '/tinh/vinh-long/xa/vinh-thanh/']));
  });
});
