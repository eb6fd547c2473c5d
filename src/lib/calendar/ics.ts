/**
 * A small iCalendar (RFC 5545) writer for feeds people subscribe to on their phone: all-day events
 * only, which is all the renewal calendar needs. Pure; validated with ical.js in the tests.
 *
 * What the RFC asks and phones are strict about: CRLF line ends; lines folded at 75 octets (bytes
 * of UTF-8, not characters, and never inside a character: Vietnamese letters are 2–3 bytes); text
 * with `\`, `;`, `,` and line breaks escaped; a UID that stays the same across builds, so a
 * subscribed calendar updates an event instead of duplicating it; DTSTAMP fixed by the build date,
 * so the same catalog gives the same bytes.
 */

/** One all-day event. */
export interface IcsEvent {
  /** Globally unique and stable, e.g. `<product>.<certificate>@<host>`. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** A page about it. */
  url?: string | undefined;
}

export interface IcsCalendar {
  /** `-//Owner//Product//VI`, as RFC 5545 §3.7.3 suggests. */
  prodId: string;
  /** The name a phone shows for the subscribed calendar. */
  name: string;
  description?: string | undefined;
  /** The build date, `YYYY-MM-DD`: every event's DTSTAMP. */
  stamp: string;
  /** How often subscribers should fetch it again, in days. */
  refreshDays?: number;
  events: readonly IcsEvent[];
}

/** Text escaped as RFC 5545 §3.3.11 requires; CR LF, CR and LF all become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded into lines of at most 75 octets, each continuation starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `2026-05-28` → `20260528`. */
const basic = (date: string) => date.replace(/-/g, '');

/** The day after a `YYYY-MM-DD` day: an all-day event's exclusive end. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** Control characters other than line breaks cannot appear in iCalendar text at all. */
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(clean(event.uid))}`,
    `DTSTAMP:${basic(stamp)}T000000Z`,
    `DTSTART;VALUE=DATE:${basic(event.date)}`,
    `DTEND;VALUE=DATE:${basic(nextDay(event.date))}`,
    `SUMMARY:${escapeText(clean(event.summary))}`,
    `DESCRIPTION:${escapeText(clean(event.description))}`,
    ...(event.url ? [`URL:${clean(event.url)}`] : []),
    // A reminder, not a meeting: it does not make the day look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar: CRLF after every line, the last one included. */
export function icsCalendar(calendar: IcsCalendar): string {
  const refresh = `P${calendar.refreshDays ?? 1}D`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${clean(calendar.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(clean(calendar.name))}`,
    `X-WR-CALNAME:${escapeText(clean(calendar.name))}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(clean(calendar.description))}`] : []),
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
