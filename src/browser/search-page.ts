/**
 * The search page in the browser: loads Pagefind and the vocabulary on demand, searches as the
 * visitor types or picks a filter (forgiving misspellings, regional words and Telex keys:
 * `forgiving-search.ts`), keeps the state in the URL (shareable), announces the count in a live
 * region, and renders result cards with DOM methods only.
 */
import { fold } from '../lib/search/letters';
import { words as wordsOf } from '../lib/search/vocabulary';
import type { SearchData } from '../lib/search/search-data';
import { VOCABULARY_FILE } from '../lib/search/search-data';
import { isEmpty, parseState, pagefindFilters, stateToSearch, type FilterKey, type SearchState } from '../lib/search/state';
import {
  forgivingSearch,
  searchContext,
  type FilterCounts,
  type Pagefind,
  type PagefindResult,
  type SearchContext,
} from './forgiving-search';
import { hideNoResults, showNoResults } from './no-results';
import { card, fill, type CardStrings } from './result-card';

type Strings = CardStrings &
  Record<'prompt' | 'loading' | 'found' | 'foundFor' | 'none' | 'error' | 'understood' | 'approximate' | 'suggestions', string>;

const PAGE = 12;

let engine: Promise<{ pf: Pagefind; context: SearchContext }> | undefined;
/** Pagefind and the vocabulary, fetched side by side; without the vocabulary, search is plain. */
function loadEngine() {
  // A variable keeps bundlers from trying to resolve the index, which exists only after the build.
  const url = '/pagefind/pagefind.js';
  engine ??= Promise.all([
    (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      await pf.init();
      return pf;
    }),
    fetch(`/${VOCABULARY_FILE}`)
      .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : undefined))
      .catch(() => undefined),
  ]).then(([pf, data]) => ({ pf, context: searchContext(data) }));
  return engine;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLUListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  const stringsEl = document.querySelector('#search-strings');
  if (!form || !input || !status || !list || !more || !stringsEl) return;
  // The page ships the form hidden: it only works with this script.
  form.hidden = false;
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

  function updateCounts(counts: FilterCounts | undefined) {
    for (const select of selects) {
      for (const option of select.options) {
        if (!option.value) continue;
        const n = counts?.[select.name]?.[option.value];
        option.textContent =
          n === undefined ? (option.dataset['label'] ?? option.value) : `${option.dataset['label'] ?? option.value} (${n})`;
      }
    }
  }

  /** The results for the state: Pagefind alone for filters without a query, the forgiving plan for a query. */
  async function search(pf: Pagefind, context: SearchContext, stale: () => boolean) {
    if (!state.q.trim()) {
      const response = await pf.search(null, { filters: pagefindFilters(state) });
      return { results: response?.results ?? [], counts: response?.filters, note: '', words: [] as string[] };
    }
    const found = await forgivingSearch(pf, state.q, pagefindFilters(state), context, stale);
    // Said only when the letters changed (Telex decoded, words split), not for a tone moved.
    const understood = found.words.join(' ');
    const notes = [
      understood && fold(understood) !== fold(wordsOf(state.q).join(' ')) ? fill(strings.understood, { q: understood }) : '',
      found.approximate ? strings.approximate : '',
    ];
    return { results: found.results.map((m) => m.result), counts: found.counts, note: notes.filter(Boolean).join(' '), words: found.words };
  }

  async function run() {
    const mine = ++generation;
    const stale = () => mine !== generation;
    history.replaceState(null, '', `${location.pathname}${stateToSearch(state)}`);
    list!.replaceChildren();
    more!.hidden = true;
    hideNoResults();
    results = [];
    shown = 0;
    if (isEmpty(state)) {
      status!.textContent = strings.prompt;
      updateCounts(undefined);
      return;
    }
    status!.textContent = strings.loading;
    try {
      const { pf, context } = await loadEngine();
      const found = await search(pf, context, stale);
      if (stale()) return; // a newer search superseded this one
      results = found.results;
      updateCounts(found.counts);
      if (results.length === 0) {
        const offered = await showNoResults(found.words, stale);
        if (!stale()) status!.textContent = offered ? `${strings.none} ${strings.suggestions}` : strings.none;
        return;
      }
      const count = fill(state.q ? strings.foundFor : strings.found, { n: results.length, q: state.q });
      status!.textContent = found.note ? `${count} ${found.note}` : count;
      await showMore();
    } catch {
      if (!stale()) status!.textContent = strings.error;
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
