/**
 * Runs the searches `planSearch` plans for a query through Pagefind and merges them into one list
 * (exact tones first). Pagefind's `exactDiacritics` is one setting for all searches, so the exact
 * searches run together, then the others, and one query's searches never overlap another's.
 */
import { mergeResults, type Merged, type StepResults } from '../lib/search/merge';
import { planSearch, type SearchStep } from '../lib/search/plan';
import type { SearchData } from '../lib/search/search-data';
import { Vocabulary } from '../lib/search/vocabulary';

export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse {
  results: PagefindResult[];
  filters?: FilterCounts;
}
export interface Pagefind {
  init(): Promise<void>;
  options(options: { exactDiacritics?: boolean }): Promise<void>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<PagefindResponse | null>;
}

export interface ForgivingResponse {
  results: Merged<PagefindResult>[];
  /** The words searched, as understood (Telex decoded, runs split). */
  words: string[];
  /** Filter counts, when one search found every result (otherwise unknown). */
  counts: FilterCounts | undefined;
  /** Whether no result matched the words as typed (all came by synonym, sound, slip or fewer words). */
  approximate: boolean;
}

/** What the search page's vocabulary file gives: the index's words and the useful synonym groups. */
export interface SearchContext {
  vocabulary: Vocabulary;
  groups: SearchData['groups'];
}

export function searchContext(data: SearchData | undefined): SearchContext {
  return { vocabulary: new Vocabulary(data?.words ?? []), groups: data?.groups ?? [] };
}

let queue: Promise<unknown> = Promise.resolve();

/** One query's searches at a time: a newer query waits until the older one's setting is restored. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function runSteps(pf: Pagefind, steps: readonly SearchStep[], filters: Record<string, string>) {
  const responses = await Promise.all(steps.map((step) => pf.search(step.query, { filters })));
  return responses.map((response, i) => ({ step: steps[i]!, response }));
}

/** Steps with exact tones under Pagefind's `exactDiacritics` (restored after), then the others. */
async function runPlanned(pf: Pagefind, steps: readonly SearchStep[], filters: Record<string, string>, stale: () => boolean) {
  const exact = steps.filter((s) => s.exactDiacritics);
  const ran: Array<{ step: SearchStep; response: PagefindResponse | null }> = [];
  if (exact.length) {
    await pf.options({ exactDiacritics: true });
    try {
      ran.push(...(await runSteps(pf, exact, filters)));
    } finally {
      await pf.options({ exactDiacritics: false });
    }
  }
  if (!stale())
    ran.push(
      ...(await runSteps(
        pf,
        steps.filter((s) => !s.exactDiacritics),
        filters,
      )),
    );
  return ran;
}

/**
 * For each word before the last of the steps that found something, the pages that have it as a
 * whole word: Pagefind's quoted search matches no longer word.
 */
async function wholeWords(
  pf: Pagefind,
  ran: ReadonlyArray<{ step: SearchStep; response: PagefindResponse | null }>,
  filters: Record<string, string>,
) {
  const words = new Set(ran.filter(({ response }) => response?.results.length).flatMap(({ step }) => step.query.split(' ').slice(0, -1)));
  const found = await Promise.all([...words].map(async (word) => [word, await pf.search(`"${word}"`, { filters })] as const));
  return new Map(found.map(([word, response]) => [word, new Set(response?.results.map((r) => r.id))]));
}

/** Every search of the plan for `query` within `filters`, merged; `stale()` stops a superseded one early. */
export function forgivingSearch(
  pf: Pagefind,
  query: string,
  filters: Record<string, string>,
  context: SearchContext,
  stale: () => boolean,
): Promise<ForgivingResponse> {
  return exclusive(async () => {
    const plan = planSearch(query, context.vocabulary, context.groups);
    const ran = await runPlanned(pf, plan.steps, filters, stale);
    const merge = async () => {
      const whole = await wholeWords(pf, ran, filters);
      return mergeResults<PagefindResult>(
        ran.map(({ step, response }): StepResults<PagefindResult> => {
          const results = response?.results ?? [];
          const before = step.query.split(' ').slice(0, -1);
          const partial = new Set(results.filter((r) => before.some((w) => !whole.get(w)?.has(r.id))).map((r) => r.id));
          return { weight: step.weight, kind: step.kind, terms: before.length + 1, results, partial };
        }),
      );
    };
    let results = await merge();
    // Found without the filters: the filters are what leave nothing, not the spelling; no guessing.
    const filtered = Object.keys(filters).length > 0;
    const foundUnfiltered = async () =>
      filtered &&
      (
        await runSteps(
          pf,
          plan.steps.filter((s) => !s.exactDiacritics),
          {},
        )
      ).some(({ response }) => response?.results.length);
    const fallbacks = results.length === 0 && !stale() && (await foundUnfiltered()) ? [] : plan.fallbacks;
    for (const fallback of fallbacks) {
      if (results.length > 0 || stale()) break;
      ran.push(...(await runPlanned(pf, fallback, filters, stale)));
      results = await merge();
    }
    const complete = ran.find(({ response }) => response && response.results.length === results.length);
    const approximate = results.length > 0 && !results.some((r) => r.kind === 'exact' || r.kind === 'folded');
    return { results, words: plan.words, counts: complete?.response?.filters, approximate };
  });
}
