/**
 * The search index's records, built from the catalog view (current certificates only: an expired
 * recognition is neither a filter value nor a star on a result card).
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { certificateLabel, certificationLabels, cooperativeTypeLabels, groupLabels, groupShortLabels, ui } from '../i18n/vi';
import { isCurrent } from '../lib/certificate-status';
import { formatPrice } from '../i18n/format';
import { dimensions, widthsFor } from '../lib/image-variants';
import type { SearchRecord } from '../lib/search/record';
import type { Catalog, Coop, Product } from '../site/catalog';

/** Plain text of rendered HTML, for the index. */
function plainText(html: string | undefined): string {
  return (html ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000);
}

async function thumbnail(image: { src: ImageMetadata; alt?: string | undefined } | undefined) {
  if (!image) return {};
  // The smallest WebP candidate `Photo` already made for cards: no extra encoding for search.
  const result = await getImage({ src: image.src, width: widthsFor(dimensions(image.src).width)[0]!, format: 'webp' });
  return { image: result.src, imageAlt: image.alt };
}

function placeWords(coop: Coop): string[] {
  const { address } = coop.entry.data;
  const names = [coop.province?.province.name, coop.province?.legacyName, address.district, address.commune].filter(
    (n): n is string => !!n,
  );
  // "đặc sản Bến Tre": what people type when they look for a place's specialities.
  return [...names, ...names.slice(0, 2).map((n) => ui.searchPage.specialtyOf(n))];
}

async function productRecord(product: Product): Promise<SearchRecord> {
  const { data } = product.entry;
  const coop = product.coop;
  const current = product.certifications.filter((c) => isCurrent(c.status));
  return {
    url: product.url,
    kind: 'product',
    name: data.name,
    byline: coop.entry.data.name,
    keywords: [
      groupShortLabels[data.group],
      groupLabels[data.group],
      ...(product.currentStars ? [ui.ocopBadge(product.currentStars)] : []),
      ...current.map((c) => certificateLabel(c)),
      ...data.tags,
      ...placeWords(coop),
    ],
    text: [data.summary, plainText(product.entry.rendered?.html)].filter(Boolean).join(' '),
    meta: {
      ...(await thumbnail(data.images[0])),
      stars: product.currentStars ? String(product.currentStars) : undefined,
      price: data.price ? formatPrice(data.price) : undefined,
      place: coop.province?.province.name,
    },
    filters: {
      loai: ['san-pham'],
      nhom: [data.group],
      ...(product.currentStars ? { sao: [String(product.currentStars)] } : {}),
      ...(product.currentCertifications.length ? { 'chung-nhan': product.currentCertifications } : {}),
      ...(coop.province ? { tinh: [coop.province.province.slug] } : {}),
    },
  };
}

async function coopRecord(coop: Coop): Promise<SearchRecord> {
  const { data } = coop.entry;
  return {
    url: coop.url,
    kind: 'cooperative',
    name: data.name,
    byline: cooperativeTypeLabels[data.type],
    keywords: [...data.tags, ...placeWords(coop), ...coop.products.map((p) => p.entry.data.name)],
    text: [data.summary, plainText(coop.entry.rendered?.html)].filter(Boolean).join(' '),
    meta: { ...(await thumbnail(data.cover ?? data.logo)), place: coop.province?.province.name },
    filters: { loai: ['hop-tac-xa'], ...(coop.province ? { tinh: [coop.province.province.slug] } : {}) },
  };
}

export async function searchRecords(catalog: Catalog): Promise<SearchRecord[]> {
  return [...(await Promise.all(catalog.products.map(productRecord))), ...(await Promise.all(catalog.cooperatives.map(coopRecord)))];
}

/** Labels for filter values, for the search page. */
export function filterLabels(catalog: Catalog) {
  return {
    nhom: Object.fromEntries(Object.entries(groupShortLabels)),
    sao: { '5': ui.stars(5), '4': ui.stars(4), '3': ui.stars(3) },
    'chung-nhan': Object.fromEntries([...catalog.byCertification.keys()].map((t) => [t, certificationLabels[t]])),
    tinh: Object.fromEntries([...catalog.byProvince.values()].map((b) => [b.province.slug, b.province.name])),
  };
}
