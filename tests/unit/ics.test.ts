/**
 * The iCalendar writer (`src/lib/calendar/ics.ts`): CRLF, folding at 75 octets without splitting a
 * Vietnamese letter, text escaping, and a calendar ical.js (RFC 5545) reads back exactly; the
 * reminders' days and UIDs.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, nextDay } from '../../src/lib/calendar/ics.ts';
import { addDays, reminderDate, renewalUid } from '../../src/lib/calendar/reminders.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds longer ones, continuations starting with a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const folded = foldLine('x'.repeat(200)).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 52]); // 75 + 74 + 51 characters
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('counts octets, not characters, and never splits a multi-byte letter', () => {
    const line = `SUMMARY:${'Gia hạn chứng nhận OCOP – Mật ong bạc hà '.repeat(4)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.every((p) => octets(p) <= 75)).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(parts.every((p) => !p.includes('\ufffd') && Buffer.from(p, 'utf8').toString('utf8') === p)).toBe(true);
  });
});

describe('dates and UIDs', () => {
  it('puts the reminder 90 calendar days before expiry, across months and leap days', () => {
    expect(reminderDate('2026-07-01')).toBe('2026-04-02');
    expect(reminderDate('2028-05-29')).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('gives one UID per product and certificate, whatever its dates', () => {
    expect(renewalUid({ key: 'vietgap-1', product: { id: 'htx-a/mat-ong' } }, 'example.vn')).toBe(
      'gia-han.htx-a.mat-ong.vietgap-1@example.vn',
    );
  });
});

describe('icsCalendar', () => {
  const text = icsCalendar({
    prodId: '-//example.vn//gia-han//VI',
    name: 'Gia hạn chứng nhận – HTX, "Bến Tre"',
    description: 'Nhắc trước 90 ngày',
    stamp: '2026-05-28',
    events: [
      {
        uid: 'gia-han.htx-a.mat-ong.ocop@example.vn',
        date: '2026-04-02',
        summary: 'Gia hạn OCOP 4 sao: Mật ong; "bạc hà", loại 1',
        description: `Hết hạn ngày 01/07/2026.\nĐiện thoại: 0912 345 678.\nGhi chú: a\\b\u0001 ${'dài '.repeat(40)}`,
        url: 'https://example.vn/hop-tac-xa/htx-a/mat-ong/',
      },
      { uid: 'gia-han.htx-b.ruou.vietgap-1@example.vn', date: '2026-12-31', summary: 'Gia hạn VietGAP', description: 'x' },
    ],
  });

  it('ends every line with CRLF and folds every line to 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });

  it('is read back by ical.js with the same values', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js reads an X- property as raw text; phones unescape it as TEXT, as written here.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Gia hạn chứng nhận – HTX\\, "Bến Tre"');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['gia-han.htx-a.mat-ong.ocop@example.vn', '2026-04-02', '2026-04-03', true],
      ['gia-han.htx-b.ruou.vietgap-1@example.vn', '2026-12-31', '2027-01-01', true],
    ]);
    expect(events[0]!.summary).toBe('Gia hạn OCOP 4 sao: Mật ong; "bạc hà", loại 1');
    expect(events[0]!.description).toBe(`Hết hạn ngày 01/07/2026.\nĐiện thoại: 0912 345 678.\nGhi chú: a\\b ${'dài '.repeat(40)}`);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe('https://example.vn/hop-tac-xa/htx-a/mat-ong/');
    expect(String(events[0]!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-05-28T00:00:00Z');
  });

  it('gives the same bytes for the same catalog and build date', () => {
    const again = icsCalendar({ prodId: 'p', name: 'n', stamp: '2026-05-28', events: [] });
    expect(again).toBe(icsCalendar({ prodId: 'p', name: 'n', stamp: '2026-05-28', events: [] }));
  });
});
