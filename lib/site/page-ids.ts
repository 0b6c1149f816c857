/**
 * Element ids the site's own pages use. An entry's heading ids are made so
 * that none of them can be one of these (`## main` gets `main-1`), so a
 * contents link never lands on the page's <main>.
 */
export const PAGE_IDS = {
  main: 'main',
  nav: 'site-nav',
  related: 'related-title',
  mentions: 'mentions-title',
  searchHelp: 'search-help',
  searchResults: 'search-results',
  comments: 'comments-heading',
  footnotes: 'footnote-label',
} as const;
