/**
 * What the share-assets integration draws: a link-preview card and a QR code for every product
 * and cooperative, and the site's own card. Made from the catalog view, either Astro's (the
 * `/share-manifest.json` build route) or one built from the catalog the content loader validated
 * (`src/integrations/share-catalog.ts`), which lets drawing start while Astro is still rendering.
 * Plain TypeScript with `.ts` imports: it runs in both.
 */
import { cooperativeTypeLabels, groupShortLabels, ui } from '../i18n/vi.ts';
import { formatPrice } from '../i18n/format.ts';
import type { CatalogView, CoopEntryLike, CoopView, ProductEntryLike } from '../lib/catalog/view.ts';
import { cardAsset } from '../lib/share/card-file.ts';
import type { OgCard } from '../lib/share/og-card.ts';
import { absoluteUrl, shareAsset, urls } from '../lib/urls.ts';
import type { CooperativeData } from '../schemas/cooperative.ts';
import type { ProductData } from '../schemas/product.ts';

export interface ShareManifest {
  cards: Array<{ out: string; card: OgCard }>;
  qr: Array<{ out: string; url: string }>;
}

/** An image field: Astro's resolved image, or the path as written in front matter. */
export interface SharePhoto {
  src: unknown;
}
type ProductEntry = ProductEntryLike & { data: Pick<ProductData, 'price'> & { images: readonly SharePhoto[] } };
type CoopEntry = CoopEntryLike & { data: Pick<CooperativeData, 'type'> & { cover?: SharePhoto | undefined } };

/** The catalog as the manifest reads it, with the site's settings. */
export type ShareCatalog<P extends ProductEntry, C extends CoopEntry> = CatalogView<P, C> & {
  site: { name: string; region: string; share: { cards: boolean; qr: boolean } };
};

/** The file behind a photo, given the entry whose front matter names it. */
export type PhotoFile<P, C> = (photo: SharePhoto, owner: P | C) => string | undefined;

/** The original file of an image Astro imported; Astro exposes it without copying the file to dist. */
const astroFile = (photo: SharePhoto) => (photo.src as { fsPath?: string } | undefined)?.fsPath;

/**
 * The photo that stands for a cooperative, with the entry naming it: its cover, or else its first
 * product with a photo (the rule of `coopPhoto` in `src/site/catalog.ts`, which pages use).
 */
function coopPhoto<P extends ProductEntry, C extends CoopEntry>(coop: CoopView<P, C>): [SharePhoto, P | C] | undefined {
  if (coop.entry.data.cover) return [coop.entry.data.cover, coop.entry];
  const product = coop.products.find((p) => p.entry.data.images[0]);
  return product ? [product.entry.data.images[0]!, product.entry] : undefined;
}

/** Every card and QR code to draw for the catalog, at the site's URL. */
export function shareManifest<P extends ProductEntry, C extends CoopEntry>(
  catalog: ShareCatalog<P, C>,
  site: URL,
  photoFile: PhotoFile<P, C> = astroFile,
): ShareManifest {
  const base = { site: catalog.site.name, host: site.host };
  const featured = catalog.featured[0];
  const featuredPhoto = featured?.entry.data.images[0];
  const cards: ShareManifest['cards'] = [
    {
      // A card shows a photo when the page has one: the page names the file by the same rule.
      out: cardAsset(urls.home(), featuredPhoto !== undefined),
      card: {
        ...base,
        title: catalog.site.name,
        subtitle: catalog.site.region,
        highlight: ui.home.stats(catalog.products.length, catalog.cooperatives.length),
        photo: featured && featuredPhoto ? photoFile(featuredPhoto, featured.entry) : undefined,
      },
    },
  ];
  const qr: ShareManifest['qr'] = [];
  const { cards: withCards, qr: withQr } = catalog.site.share;
  for (const product of catalog.products) {
    const { data } = product.entry;
    const photo = data.images[0];
    if (withCards)
      cards.push({
        out: cardAsset(product.url, photo !== undefined),
        card: {
          ...base,
          title: data.name,
          subtitle: product.coop.entry.data.name,
          stars: product.currentStars,
          starsLabel: product.currentStars ? ui.ocopBadge(product.currentStars) : undefined,
          highlight: data.price ? formatPrice(data.price) : undefined,
          photo: photo ? photoFile(photo, product.entry) : undefined,
          placeholder: groupShortLabels[data.group],
        },
      });
    if (withQr) qr.push({ out: shareAsset('qr', product.url, 'svg'), url: absoluteUrl(product.url, site) });
  }
  for (const coop of catalog.cooperatives) {
    const { data } = coop.entry;
    const photo = coopPhoto(coop);
    if (withCards)
      cards.push({
        out: cardAsset(coop.url, photo !== undefined),
        card: {
          ...base,
          title: data.name,
          subtitle: [cooperativeTypeLabels[data.type], coop.province?.province.name].filter(Boolean).join(' · '),
          highlight: ui.count.products(coop.products.length),
          photo: photo ? photoFile(...photo) : undefined,
          placeholder: data.name,
        },
      });
    if (withQr) qr.push({ out: shareAsset('qr', coop.url, 'svg'), url: absoluteUrl(coop.url, site) });
  }
  if (withQr) qr.push({ out: shareAsset('qr', urls.home(), 'svg'), url: absoluteUrl(urls.home(), site) });
  return { cards, qr };
}
