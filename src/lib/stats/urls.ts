/** URLs of the data bank's pages and files; once published they stay (`docs/content-format.md`). */
export const statsUrls = {
  stats: () => '/thong-ke/',
  statsJson: () => '/thong-ke.json',
  renewals: () => '/gia-han/',
  renewalsCsv: () => '/gia-han.csv',
  renewalsIcs: () => '/gia-han.ics',
  map: () => '/ban-do/',
};
