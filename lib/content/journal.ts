import { groupBy } from '../collections';
import { DEFAULT_SETTINGS } from '../site/settings';
import type { TermKind } from '../site/urls';
import { nameKey, termSlugOf } from '../text/names';
import { yearOf } from '../time/dates';
import { OWN_PAGES } from '../site/urls';
import { keyLine, type Entry } from './entry';
import type { ContentProblem } from './problems';
import { relatedEntries } from './related';
import { placeEntries, type Section } from './sections';
import { entryStatus, isVisible, type EntryStatus, type VisibilityEnv } from './visibility';
import { say } from '../text/message';

/** A tag or category as readers see it: built from visible entries only. */
export interface Term {
  readonly slug: string;
  /** The name as the author wrote it (the most used spelling when several fold to one slug, else the first written). */
  readonly name: string;
  readonly entries: readonly Entry[];
}

export type { TermKind };

export interface YearGroup {
  readonly year: number;
  readonly entries: readonly Entry[];
}

/** Everything the site shows, computed once from the parsed entries. */
export interface Journal {
  /** Visible entries, newest first: what lists, feeds, the archive and the terms are made of. Pages are not among them. */
  readonly entries: readonly Entry[];
  /** Visible pages (`layout: page`, or under `pages/`), by title: each at /<slug>/. */
  readonly pages: readonly Entry[];
  /** Visible entries, then visible pages: what is published, searched and has media. */
  readonly all: readonly Entry[];
  readonly problems: readonly ContentProblem[];
  /** What is probably meant but worth saying (a section keeping entries private): the checker's warnings. */
  readonly notes: readonly ContentProblem[];
  readonly preview: boolean;
  status(entry: Entry): EntryStatus;
  entry(slug: string): Entry | undefined;
  page(slug: string): Entry | undefined;
  terms(kind: TermKind): readonly Term[];
  term(kind: TermKind, slug: string): Term | undefined;
  years(): readonly YearGroup[];
  /** The visible entries just newer and just older than this one. */
  neighbours(entry: Entry): { readonly newer: Entry | undefined; readonly older: Entry | undefined };
  /** Up to `limit` visible entries sharing most tags, then a category, newest first on ties. */
  related(entry: Entry, limit?: number): readonly Entry[];
}

/** Newest first: by date, then by title in the site's language. */
function newestFirst(collator: Intl.Collator): (a: Entry, b: Entry) => number {
  return (a, b) => b.date.epoch - a.date.epoch || collator.compare(a.title, b.title) || (a.file < b.file ? -1 : 1);
}

function buildTerms(entries: readonly Entry[], kind: TermKind, collator: Intl.Collator): Term[] {
  const groups = new Map<string, { names: Map<string, number>; entries: Entry[] }>();
  for (const entry of entries) {
    const slugsHere = new Set<string>();
    for (const name of entry[kind]) {
      const slug = termSlugOf(kind, name);
      let group = groups.get(slug);
      if (!group) {
        group = { names: new Map(), entries: [] };
        groups.set(slug, group);
      }
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      if (!slugsHere.has(slug)) {
        slugsHere.add(slug);
        group.entries.push(entry);
      }
    }
  }
  const terms: Term[] = [];
  for (const [slug, group] of groups) {
    let name = '';
    let best = 0;
    // The most used spelling; on a tie, the one from the oldest entry (names were met newest first).
    for (const [spelling, uses] of group.names) {
      if (uses >= best) {
        name = spelling;
        best = uses;
      }
    }
    terms.push(Object.freeze({ slug, name, entries: Object.freeze(group.entries) }));
  }
  return terms.sort((a, b) => b.entries.length - a.entries.length || collator.compare(a.name, b.name));
}

/**
 * Builds the journal from parsed entries: decides visibility once, finds
 * duplicate slugs, and indexes what is visible. Pure, given the clock.
 */
export function buildJournal(
  read: readonly Entry[],
  parseProblems: readonly ContentProblem[],
  env: VisibilityEnv & { readonly collator?: Intl.Collator },
  now: number,
  sections: readonly Section[] = [],
): Journal {
  const collator = env.collator ?? new Intl.Collator(DEFAULT_SETTINGS.language);
  const problems = [...parseProblems];
  // Drafts folders and sections make entries below them private before anything is indexed.
  const byPlace = placeEntries(read, sections);
  const parsed = byPlace.entries;
  // Slugs that differ only by case or width are one URL on a case-insensitive host or file system.
  const bySlugAll = new Map<string, Entry[]>();
  for (const entry of parsed) {
    const key = nameKey(entry.slug);
    const list = bySlugAll.get(key) ?? [];
    list.push(entry);
    bySlugAll.set(key, list);
  }
  const unique: Entry[] = [];
  const clashNotes: ContentProblem[] = [];
  for (const list of bySlugAll.values()) {
    const [first] = list;
    if (list.length === 1 && first) {
      unique.push(first);
      continue;
    }
    // Only entries that will ever be published (scheduled ones too) claim an address: a clash among private notes stops nothing.
    const claiming = list.filter((e) => entryStatus(e, Number.MAX_SAFE_INTEGER) === 'published');
    const kept = claiming[0] ?? first;
    if (claiming.length <= 1 && kept) {
      unique.push(kept);
      for (const entry of list) {
        if (entry === kept) continue;
        const message = say(
          `"${entry.slug}" is also the slug of ${kept.file}; this entry is private, so only that one has the address (give it its own \`slug\` to see both in the preview)`,
          `"${entry.slug}" 也是 ${kept.file} 的 slug；这篇日记不公开，所以只有那一篇使用这个地址（给它另取一个 \`slug\`，预览里才能两篇都看到）`,
        );
        clashNotes.push({ file: entry.file, field: 'slug', message, slug: entry.slug, line: keyLine(entry, 'slug') ?? 1 });
      }
      continue;
    }
    for (const entry of list) {
      const others = list
        .filter((e) => e !== entry)
        .map((e) => (e.slug === entry.slug ? e.file : `${e.file} (as "${e.slug}")`))
        .join(', ');
      const message = say(`"${entry.slug}" is also the slug of ${others}`, `"${entry.slug}" 也是 ${others} 的 slug`);
      problems.push({ file: entry.file, field: 'slug', message, slug: entry.slug, line: keyLine(entry, 'slug') ?? 1 });
    }
  }

  // A page at /archive/ or /tags/ would hide one of the journal's own pages.
  const placed = unique.filter((e) => {
    if (!e.page || !OWN_PAGES.has(e.slug)) return true;
    const message = say(
      `"${e.slug}" is the address of the journal's own /${e.slug}/ page; give the page another \`slug\``,
      `"${e.slug}" 是日记自带的 /${e.slug}/ 页面的地址；请给这个页面另取一个 \`slug\``,
    );
    problems.push({ file: e.file, field: 'slug', message, slug: e.slug, line: keyLine(e, 'slug') ?? 1 });
    return false;
  });
  const visible = placed.filter((e) => isVisible(e, env, now));
  const entries = Object.freeze(visible.filter((e) => !e.page).sort(newestFirst(collator)));
  const pages = Object.freeze(visible.filter((e) => e.page).sort((a, b) => collator.compare(a.title, b.title)));
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  const pageBySlug = new Map(pages.map((e) => [e.slug, e]));
  const statuses = new Map(visible.map((e) => [e, entryStatus(e, now)]));
  const termLists: Record<TermKind, readonly Term[]> = {
    tags: Object.freeze(buildTerms(entries, 'tags', collator)),
    categories: Object.freeze(buildTerms(entries, 'categories', collator)),
  };
  const termIndex: Record<TermKind, Map<string, Term>> = {
    tags: new Map(termLists.tags.map((t) => [t.slug, t])),
    categories: new Map(termLists.categories.map((t) => [t.slug, t])),
  };
  let years: YearGroup[] | null = null;
  const position = new Map(entries.map((e, i) => [e, i]));

  return {
    entries,
    pages,
    all: Object.freeze([...entries, ...pages]),
    problems: Object.freeze(problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))),
    notes: Object.freeze([...byPlace.notes, ...clashNotes]),
    preview: env.preview,
    status: (entry) => statuses.get(entry) ?? entryStatus(entry, now),
    entry: (slug) => bySlug.get(slug),
    page: (slug) => pageBySlug.get(slug),
    terms: (kind) => termLists[kind],
    term: (kind, slug) => termIndex[kind].get(slug),
    neighbours: (entry) => {
      const i = position.get(entry);
      if (i === undefined) return { newer: undefined, older: undefined };
      return { newer: entries[i - 1], older: entries[i + 1] };
    },
    related: relatedEntries(entries, termIndex),
    years: () => {
      years ??= [...groupBy(entries, (e) => yearOf(e.date.day))].map(([year, list]) => Object.freeze({ year, entries: Object.freeze(list) }));
      return years;
    },
  };
}
