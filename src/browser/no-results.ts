/**
 * When nothing matches: the product names nearest to what was typed ("có phải bạn muốn tìm…"),
 * above the links to the product groups the page already holds. The names file is fetched only
 * then, so a first search that finds something never downloads it.
 */
import { nearestNames, type NamedPage } from '../lib/search/nearest';
import { NAMES_FILE } from '../lib/search/search-data';

let names: Promise<NamedPage[]> | undefined;
function loadNames(): Promise<NamedPage[]> {
  names ??= fetch(`/${NAMES_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<NamedPage[]>) : []))
    .catch(() => []);
  return names;
}

/** Fills and shows the block for `words` (the searched words); resolves to the number of names offered. */
export async function showNoResults(words: readonly string[], stale: () => boolean): Promise<number> {
  const block = document.querySelector<HTMLElement>('#search-empty');
  const didYouMean = document.querySelector<HTMLElement>('#search-did-you-mean');
  const list = document.querySelector<HTMLUListElement>('#search-suggestions');
  if (!block || !didYouMean || !list) return 0;
  const nearest = words.length ? nearestNames(words, await loadNames(), 4) : [];
  if (stale()) return 0;
  list.replaceChildren(
    ...nearest.map((page) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.className = 'pill';
      a.href = page.url;
      a.textContent = page.name;
      li.append(a);
      return li;
    }),
  );
  didYouMean.hidden = nearest.length === 0;
  block.hidden = false;
  return nearest.length;
}

export function hideNoResults(): void {
  const block = document.querySelector<HTMLElement>('#search-empty');
  if (block) block.hidden = true;
}
