/**
 * `/gia-han.ics`: a calendar feed staff subscribe to on their phone, one all-day reminder 90 days
 * before each certificate of `/gia-han/` expires, with the expiry date and the producer's contact
 * (`lib/calendar/`). Lapsed certificates keep their (past) reminder, so the feed and the page list
 * the same certificates.
 */
import type { APIRoute } from 'astro';
import { certificateLabel } from '../i18n/vi';
import { statsWords } from '../i18n/stats.vi';
import { icsCalendar } from '../lib/calendar/ics';
import { reminderDate, renewalUid } from '../lib/calendar/reminders';
import { catalogStats } from '../lib/stats/index';
import { absoluteUrl } from '../lib/urls';
import { getCatalog } from '../site/catalog';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const { host } = new URL(site!);
  const w = statsWords.ics;
  const events = catalogStats(catalog).renewals.map((due) => {
    const certificate = certificateLabel(due.certificate);
    const url = absoluteUrl(due.product.url, site!);
    const data = due.coop.entry.data;
    return {
      uid: renewalUid(due, host),
      date: reminderDate(due.validUntil),
      summary: w.summary(certificate, due.product.entry.data.name),
      description: w.eventDescription({
        certificate,
        validUntil: due.validUntil,
        product: due.product.entry.data.name,
        producer: data.name,
        code: due.certificate.code,
        phone: data.phone,
        email: data.email,
        url,
      }),
      url,
    };
  });
  const body = icsCalendar({
    prodId: `-//${host}//gia-han//VI`,
    name: w.name(catalog.site.name),
    description: w.description,
    stamp: catalog.today,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
