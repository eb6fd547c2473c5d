/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * Certificates are valid "until" a calendar day in Viet Nam, so dates never carry a time or a time
 * zone; comparing the strings compares the days. The build date is taken in Asia/Ho_Chi_Minh so a
 * build at 01:00 in Hà Nội does not see yesterday's date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month (1-12) of a given year, leap years included. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar day written `YYYY-MM-DD` (`2023-02-30` and `2023-13-45` are not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The ISO form of a date written another common way, for "did you mean": `10/05/2024` (Vietnamese
 * day-first order), `10-5-2024`, `2024-5-10`. Undefined when it is not a real day either way.
 */
export function suggestIsoDate(value: string): string | undefined {
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(value.trim());
  const [y, m, d] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : yearFirst ? [yearFirst[1], yearFirst[2], yearFirst[3]] : [];
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) && iso !== value ? iso : undefined;
}

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Adds calendar months, clamping to the month's last day: a recognition of 2024-02-29 valid for 24
 * months ends on 2026-02-28, not in March.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/** The calendar day of an instant in Viet Nam (UTC+7, no daylight saving). */
export function vietnamDate(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

/** A YAML or JS Date (midnight UTC for an unquoted YAML date) as `YYYY-MM-DD`. */
export function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The day certificate status is computed against: `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) when set, otherwise now.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isFinite(seconds)) {
      throw new Error(`SOURCE_DATE_EPOCH must be a number of seconds, got "${epoch}"`);
    }
    return vietnamDate(new Date(seconds * 1000));
  }
  return vietnamDate(new Date());
}
