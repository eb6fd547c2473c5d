/**
 * The search page in the browser: loads Pagefind on demand, searches as the visitor types or picks
 * a filter, keeps the state in the URL (shareable), and renders result cards with DOM methods only
 * (no HTML strings from the index are ever parsed).
 */
import { isEmpty, parseState, pagefindFilters, stateToSearch, type FilterKey, type SearchState } from '../lib/search/state';

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<PagefindResponse | null>;
}

type Strings = Record<'prompt' | 'loading' | 'found' | 'foundFor' | 'none' | 'error' | 'product' | 'cooperative' | 'stars', string>;

const PAGE = 12;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable keeps bundlers from trying to resolve the index, which exists only after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

function card(data: ResultData, strings: Strings): HTMLLIElement {
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

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLUListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const stringsEl = document.querySelector('#search-strings');
  if (!form || !input || !status || !list || !more || !stringsEl) return;
  const strings = JSON.parse(stringsEl.textContent ?? '{}') as Strings;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

  let state: SearchState = parseState(location.search);
  input.value = state.q;
  for (const select of selects) select.value = state.filters[select.name as FilterKey] ?? '';
  // Filters start folded on a phone so results stay in view; open when a link carries filters.
  const details = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (details && (Object.keys(state.filters).length > 0 || matchMedia('(min-width: 60rem)').matches)) details.open = true;

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  async function showMore() {
    const mine = generation;
    const next = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    if (mine !== generation) return;
    list!.append(...next.map((d) => card(d, strings)));
    shown += next.length;
    more!.hidden = shown >= results.length;
  }

  function updateCounts(counts: PagefindResponse['filters']) {
    for (const select of selects) {
      for (const option of select.options) {
        if (!option.value) continue;
        const n = counts?.[select.name]?.[option.value];
        option.textContent =
          n === undefined ? (option.dataset['label'] ?? option.value) : `${option.dataset['label'] ?? option.value} (${n})`;
      }
    }
  }

  async function run() {
    const mine = ++generation;
    history.replaceState(null, '', `${location.pathname}${stateToSearch(state)}`);
    list!.replaceChildren();
    more!.hidden = true;
    results = [];
    shown = 0;
    if (isEmpty(state)) {
      status!.textContent = strings.prompt;
      updateCounts(undefined);
      return;
    }
    status!.textContent = strings.loading;
    try {
      const pf = await loadPagefind();
      const response = await pf.search(state.q || null, { filters: pagefindFilters(state) });
      if (mine !== generation || !response) return; // a newer search superseded this one
      results = response.results;
      updateCounts(response.filters);
      status!.textContent =
        results.length === 0 ? strings.none : fill(state.q ? strings.foundFor : strings.found, { n: results.length, q: state.q });
      await showMore();
    } catch {
      if (mine === generation) status!.textContent = strings.error;
    }
  }

  function readForm() {
    const filters: SearchState['filters'] = {};
    for (const select of selects) if (select.value) filters[select.name as FilterKey] = select.value;
    state = { q: input!.value, filters };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      readForm();
      void run();
    }, 250);
  });
  for (const select of selects) {
    select.addEventListener('change', () => {
      readForm();
      void run();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    readForm();
    void run();
  });
  more.addEventListener('click', () => void showMore());
  void run();
}
