/**
 * A search result as a card, built with DOM methods only: no HTML string from the index is ever
 * parsed.
 */
import type { ResultData } from './forgiving-search';

/** The page's words the cards use. */
export interface CardStrings {
  product: string;
  cooperative: string;
  stars: string;
}

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

export function card(data: ResultData, strings: CardStrings): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const a = document.createElement('a');
  a.href = data.url;
  if (data.meta['image']) {
    const img = document.createElement('img');
    img.src = data.meta['image'];
    img.alt = '';
    img.width = 480;
    img.height = 360;
    img.loading = 'lazy';
    img.decoding = 'async';
    a.append(img);
  }
  const body = document.createElement('div');
  body.className = 'body';
  const name = document.createElement('h2');
  name.className = 'name';
  name.textContent = data.meta['title'] ?? data.url;
  const byline = document.createElement('p');
  byline.className = 'byline';
  const kind = data.meta['kind'] === 'cooperative' ? strings.cooperative : strings.product;
  byline.textContent = [data.meta['kind'] === 'cooperative' ? kind : data.meta['byline'], data.meta['place']].filter(Boolean).join(' · ');
  body.append(name, byline);
  if (data.meta['stars']) {
    const stars = document.createElement('p');
    stars.className = 'stars';
    const n = Number(data.meta['stars']);
    stars.setAttribute('role', 'img');
    stars.setAttribute('aria-label', fill(strings.stars, { n }));
    stars.textContent = `OCOP ${'★'.repeat(n)}`;
    body.append(stars);
  }
  if (data.meta['price']) {
    const price = document.createElement('p');
    price.className = 'price';
    price.textContent = data.meta['price'];
    body.append(price);
  }
  a.append(body);
  li.append(a);
  return li;
}
