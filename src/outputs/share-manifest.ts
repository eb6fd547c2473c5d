/**
 * What the post-build integration draws after the build: a link-preview card and a QR code for
 * every product and cooperative, and the site's own card.
 */
import type { ImageMetadata } from 'astro';
import { cooperativeTypeLabels, groupShortLabels, ui } from '../i18n/vi';
import { formatPrice } from '../i18n/format';
import type { OgCard } from '../lib/share/og-card';
import { absoluteUrl, shareAsset, urls } from '../lib/urls';
import { coopPhoto, type Catalog } from '../site/catalog';

export interface ShareManifest {
  cards: Array<{ out: string; card: OgCard }>;
  qr: Array<{ out: string; url: string }>;
}

/** The original file of an imported image; Astro exposes it without copying the file to dist. */
const fileOf = (image: { src: ImageMetadata } | undefined) =>
  image ? (image.src as ImageMetadata & { fsPath?: string }).fsPath : undefined;

export function shareManifest(catalog: Catalog, site: URL): ShareManifest {
  const base = { site: catalog.site.name, host: site.host };
  const cards: ShareManifest['cards'] = [
    {
      out: shareAsset('og', '/', 'png'),
      card: {
        ...base,
        title: catalog.site.name,
        subtitle: catalog.site.region,
        highlight: ui.home.stats(catalog.products.length, catalog.cooperatives.length),
        photo: fileOf(catalog.featured[0]?.entry.data.images[0]),
      },
    },
  ];
  const qr: ShareManifest['qr'] = [];
  const { cards: withCards, qr: withQr } = catalog.site.share;
  for (const product of catalog.products) {
    const { data } = product.entry;
    if (withCards)
      cards.push({
        out: shareAsset('og', product.url, 'png'),
        card: {
          ...base,
          title: data.name,
          subtitle: product.coop.entry.data.name,
          stars: product.currentStars,
          starsLabel: product.currentStars ? ui.ocopBadge(product.currentStars) : undefined,
          highlight: data.price ? formatPrice(data.price) : undefined,
          photo: fileOf(data.images[0]),
          placeholder: groupShortLabels[data.group],
        },
      });
    if (withQr) qr.push({ out: shareAsset('qr', product.url, 'svg'), url: absoluteUrl(product.url, site) });
  }
  for (const coop of catalog.cooperatives) {
    const { data } = coop.entry;
    if (withCards)
      cards.push({
        out: shareAsset('og', coop.url, 'png'),
        card: {
          ...base,
          title: data.name,
          subtitle: [cooperativeTypeLabels[data.type], coop.province?.province.name].filter(Boolean).join(' · '),
          highlight: ui.count.products(coop.products.length),
          photo: fileOf(coopPhoto(coop)),
          placeholder: data.name,
        },
      });
    if (withQr) qr.push({ out: shareAsset('qr', coop.url, 'svg'), url: absoluteUrl(coop.url, site) });
  }
  if (withQr) qr.push({ out: shareAsset('qr', urls.home(), 'svg'), url: absoluteUrl(urls.home(), site) });
  return { cards, qr };
}
