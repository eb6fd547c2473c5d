/**
 * The hand-over that lets Pagefind index while Astro renders: the records route, rendered first,
 * gives its records' JSON here, and the post-build integration (registered only for `astro
 * build`) starts indexing them.
 */
import { handOver } from './hand-over.ts';

export const searchRecordsHandOver = handOver<string>('search-records');
