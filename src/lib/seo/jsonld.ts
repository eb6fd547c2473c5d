/**
 * schema.org JSON-LD for search engines and link previews, and its safe serialisation: a
 * cooperative's text ends up inside a <script> element, so `<` is escaped and `</script>` in a
 * product name cannot close it.
 */

export type JsonLd = Record<string, unknown>;

/** JSON for a `<script type="application/ld+json">` block, safe against breaking out of it. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Drops undefined values and empty arrays so the output stays clean. */
function compact<T extends JsonLd>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

export interface PostalAddressInput {
  street?: string | undefined;
  commune: string;
  district?: string | undefined;
  province: string;
}

export function postalAddress(address: PostalAddressInput): JsonLd {
  return compact({
    '@type': 'PostalAddress',
    streetAddress: address.street,
    addressLocality: [address.commune, address.district].filter(Boolean).join(', '),
    addressRegion: address.province,
    addressCountry: 'VN',
  });
}

export interface OrganizationInput {
  /** schema.org type: a household business or an establishment is a `LocalBusiness`. */
  type?: 'Organization' | 'LocalBusiness';
  url: string;
  name: string;
  description?: string | undefined;
  address: PostalAddressInput;
  telephone?: string | undefined;
  email?: string | undefined;
  sameAs?: string[];
  logo?: string | undefined;
  image?: string | undefined;
  foundingYear?: number | undefined;
  members?: number | undefined;
  geo?: { lat: number; lng: number } | undefined;
}

export function organizationJsonLd(org: OrganizationInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': org.type ?? 'Organization',
    '@id': `${org.url}#organization`,
    url: org.url,
    name: org.name,
    description: org.description,
    address: postalAddress(org.address),
    telephone: org.telephone,
    email: org.email,
    sameAs: org.sameAs,
    logo: org.logo,
    image: org.image,
    foundingDate: org.foundingYear ? String(org.foundingYear) : undefined,
    location: org.geo ? { '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: org.geo.lat, longitude: org.geo.lng } } : undefined,
  });
}

export interface ProductInput {
  url: string;
  name: string;
  description?: string | undefined;
  images: string[];
  category: string;
  manufacturer: { name: string; url: string };
  price?: { from: number; to?: number | undefined; unit: string } | undefined;
  /** Current (not expired) recognitions and certificates only. */
  awards: string[];
}

export function productJsonLd(product: ProductInput): JsonLd {
  const { price } = product;
  const offers = price
    ? price.to !== undefined && price.to !== price.from
      ? { '@type': 'AggregateOffer', priceCurrency: 'VND', lowPrice: price.from, highPrice: price.to, url: product.url }
      : { '@type': 'Offer', priceCurrency: 'VND', price: price.from, url: product.url, availability: 'https://schema.org/InStock' }
    : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${product.url}#product`,
    url: product.url,
    name: product.name,
    description: product.description,
    image: product.images,
    category: product.category,
    manufacturer: {
      '@type': 'Organization',
      name: product.manufacturer.name,
      url: product.manufacturer.url,
      '@id': `${product.manufacturer.url}#organization`,
    },
    brand: { '@type': 'Brand', name: product.manufacturer.name },
    offers: offers
      ? compact({ ...offers, ...(price ? { eligibleQuantity: { '@type': 'QuantitativeValue', unitText: price.unit } } : {}) })
      : undefined,
    award: product.awards,
  });
}

export interface ArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  author?: string | undefined;
  image?: string | undefined;
  /** The cooperatives the story is about. */
  about: ReadonlyArray<{ name: string; url: string }>;
}

export function articleJsonLd(article: ArticleInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.headline,
    description: article.description,
    datePublished: article.datePublished,
    inLanguage: 'vi',
    url: article.url,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    image: article.image,
    about: article.about.map((org) => ({ '@type': 'Organization', name: org.name, url: org.url })),
  });
}

export function breadcrumbJsonLd(items: ReadonlyArray<{ name: string; url: string }>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

export function websiteJsonLd(site: { url: string; name: string; description: string; searchUrl?: string }): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    url: site.url,
    name: site.name,
    description: site.description,
    inLanguage: 'vi',
    potentialAction: site.searchUrl
      ? { '@type': 'SearchAction', target: `${site.searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' }
      : undefined,
  });
}
