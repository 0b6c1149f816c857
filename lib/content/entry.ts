import type { EntryDate } from '../time/dates';
import { findMoreMarker } from '../markdown/excerpt';
import { nestingProblem } from '../markdown/limits';
import { entrySlug, fileStem, nameLengthProblem, termSlugOf } from '../text/names';
import { say, type Message } from '../text/message';
import { ENTRY_FIELDS, MISSING, type Cover, type ReadContext, type Report } from './fields';
import { bodyLine, frontMatterKeys, splitFrontMatter } from './front-matter';
import type { ContentProblem } from './problems';

/** One journal entry, validated and normalised from its file. */
export interface Entry {
  /** URL name: the file name without `.md`, or front matter `slug`, in the alphabet of lib/text/names.ts. */
  readonly slug: string;
  /** Path relative to the content folder, with forward slashes. */
  readonly file: string;
  readonly title: string;
  readonly date: EntryDate;
  readonly updated: EntryDate | null;
  readonly description: string | null;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  /** True when the author marked the entry unpublished, in any of the spellings. */
  readonly draft: boolean;
  /** Old addresses of the entry (`permalink`, `aliases`), as site paths: they lead to its page. */
  readonly aliases: readonly string[];
  /** False when the author turned math off (`math: false`): dollars are text. */
  readonly math: boolean;
  /** False when the author hid the table of contents (`toc: false`). */
  readonly toc: boolean;
  /** Pinned to the top of the home page (`sticky`, `top`). */
  readonly pinned: boolean;
  /** The front matter key that locks the entry behind a password (`password`, `keys`, …), or null. Locked entries stay private. */
  readonly locked: string | null;
  /**
   * What kept the entry off the old site while its file stayed (Hexo's
   * `hidden`, Hugo's `headless` and build options, or a section's `_index.md`
   * saying so for everything below it), or null. Such an entry stays private.
   */
  readonly hidden: string | null;
  /** A page (`layout: page`, `type: page`, or a file under `pages/`): at /<slug>/, in no list or feed. */
  readonly page: boolean;
  /** A page the default menu lists (`menu: true`). */
  readonly menu: boolean;
  /** False when the author turned comments off for this entry (`comments: false`). */
  readonly comments: boolean;
  /** The cover image (`cover`, `thumbnail`, `banner`, `image`, `images`), or null. */
  readonly cover: Cover | null;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** The file's line the body starts on: problems found in the body are named at their line in the file. */
  readonly bodyLine: number;
  /** Each front matter key as written, with its line: problems with a field are named at its line. */
  readonly keyLines: readonly (readonly [key: string, line: number])[];
  /** The Markdown before `<!-- more -->`, or null when the entry has no marker. */
  readonly excerptSource: string | null;
}

/**
 * A parsed entry, with what is probably a mistake but does not stop it
 * (`notes`, shown as warnings by the checker), or every problem that does.
 */
export type EntryResult = { ok: true; entry: Entry; notes: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

/**
 * A missing title or date, with what to write: VuePress takes a missing
 * title from the first heading and a missing date from git, and the
 * journal needs both in the file.
 */
function withHint(p: ContentProblem, body: string): ContentProblem {
  if (p.message !== MISSING) return p;
  if (p.field === 'title') {
    const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1]?.replace(/`/g, '');
    if (!heading) return p;
    return {
      ...p,
      message: say(
        `is missing; write \`title: ${heading}\` (the first heading, as VuePress reads it)`,
        `缺失；请写 \`title: ${heading}\`（即第一个标题，VuePress 就是这样读的）`,
      ),
    };
  }
  if (p.field === 'date') {
    return {
      ...p,
      message: say(
        'is missing; write the day it was written, e.g. `date: 2022-12-27` (VuePress took it from git)',
        '缺失；请写下写作的日期，例如 `date: 2022-12-27`（VuePress 从 git 取日期）',
      ),
    };
  }
  return p;
}

/** Parses and validates one entry file. Never throws; every problem is returned, with its line. */
export function parseEntry(file: string, raw: string, timeZone: string, categoryLists: ReadContext['categoryLists'] = 'separate'): EntryResult {
  const context: ReadContext = { timeZone, categoryLists };
  const split = splitFrontMatter(raw);
  if (!split.ok) return { ok: false, problems: [{ file, field: split.field, message: split.message, line: split.line ?? 1 }] };
  const { data, body } = split;

  const problems: ContentProblem[] = [];
  let keyLines: Map<string, number> | undefined;
  const report: Report = (field, message) => {
    keyLines ??= frontMatterKeys(raw);
    problems.push({ file, field, message, line: keyLines.get(field) ?? 1 });
  };
  const f = ENTRY_FIELDS;
  const title = f.title.read(data, report, context);
  const date = f.date.read(data, report, context);
  const updated = f.updated.read(data, report, context);
  const description = f.description.read(data, report, context);
  const categories = f.categories.read(data, report, context);
  const tags = f.tags.read(data, report, context);
  const draft = f.draft.read(data, report, context);
  const locked = f.locked.read(data, report, context);
  const hidden = f.hidden.read(data, report, context);
  const aliases = f.aliases.read(data, report, context);
  const math = f.math.read(data, report, context);
  const toc = f.toc.read(data, report, context);
  const pinned = f.pinned.read(data, report, context);
  const ownSlug = f.slug.read(data, report, context);
  const page = f.page.read(data, report, context) || file.split('/')[0] === 'pages';
  const menu = f.menu.read(data, report, context);
  const comments = f.comments.read(data, report, context);
  const cover = f.cover.read(data, report, context);

  const notes: ContentProblem[] = [];
  const note = (field: string, message: Message) => {
    keyLines ??= frontMatterKeys(raw);
    notes.push({ file, field, message, line: keyLines.get(field) ?? 1 });
  };
  if (locked !== null) {
    note(
      locked,
      say(
        'the entry is locked behind a password; the journal does not publish encrypted entries, so it stays private like a draft (remove the key to publish it in the open)',
        '这篇日记设了密码；日记不发布加密的文章，所以它像草稿一样保持私密（删除这个键即可公开发布）',
      ),
    );
  }
  if (hidden !== null) {
    note(
      hidden,
      say(
        'kept the entry off the old site (listed nowhere, or not built); the journal keeps it private like a draft (remove the key to publish it)',
        '在旧站上这篇文章不出现（不列出或不生成）；日记像草稿一样保持它私密（删除这个键即可发布）',
      ),
    );
  }
  const slugField = ownSlug !== null ? 'slug' : 'file';
  const slug = entrySlug(ownSlug ?? fileStem(file));
  if (slug === '') {
    report(
      slugField,
      ownSlug !== null
        ? say(`"${ownSlug}" has no letters or digits to make a URL name of`, `"${ownSlug}" 没有可用作网址名的字母或数字`)
        : say('the file name has no letters or digits to make a URL name of; give the entry a `slug`', '文件名没有可用作网址名的字母或数字；请给日记写一个 `slug`'),
    );
  } else if (ownSlug !== null && slug !== ownSlug) {
    note('slug', say(`"${ownSlug}" is published as "${slug}": URL names keep letters, digits, _ and -`, `"${ownSlug}" 发布为 "${slug}"：网址名只保留字母、数字、_ 和 -`));
  }
  const long = nameLengthProblem(slug);
  if (long) report(slugField, say(`${long.en}; give the entry a shorter \`slug\``, `${long['zh-CN']}；请给日记写一个更短的 \`slug\``));
  for (const [field, names] of [['tags', tags], ['categories', categories]] as const) {
    for (const name of names) {
      const problem = termSlugOf(field, name).split('/').map(nameLengthProblem).find((p) => p !== null) ?? null;
      if (problem) {
        const start = [...name].slice(0, 12).join('');
        report(field, say(`"${start}…" ${problem.en}; shorten it`, `"${start}…" ${problem['zh-CN']}；请缩短它`));
      }
    }
  }

  problems.splice(0, problems.length, ...problems.map((p) => withHint(p, body)));

  const firstLine = bodyLine(raw);
  keyLines ??= frontMatterKeys(raw);
  const lines = [...keyLines];
  const tooDeep = nestingProblem(body);
  if (tooDeep) problems.push({ file, field: 'body', message: tooDeep.message, line: firstLine + tooDeep.line - 1 });

  if (problems.length > 0 || title === null || date === null) return { ok: false, problems };

  const marker = findMoreMarker(body);
  const excerptSource = marker === null ? null : body.slice(0, marker);
  return { ok: true, entry: frozenEntry({ slug, file, title, date, updated, description, categories, tags, draft, locked, hidden, aliases, math, toc, pinned, page, menu, comments, cover, body, bodyLine: firstLine, keyLines: lines, excerptSource }), notes };
}

const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/** The line of the first of `keys` the entry's front matter writes, or undefined. */
export function keyLine(entry: Pick<Entry, 'keyLines'>, ...keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const found = entry.keyLines.find(([k]) => k === key);
    if (found) return found[1];
  }
  return undefined;
}

/** An entry that nothing can change afterwards, lists included. */
export function frozenEntry(fields: Entry): Entry {
  return Object.freeze({
    ...fields,
    keyLines: Object.freeze(fields.keyLines.map((pair) => Object.freeze([pair[0], pair[1]] as const))),
    categories: Object.freeze([...fields.categories]),
    tags: Object.freeze([...fields.tags]),
    aliases: Object.freeze([...fields.aliases]),
    cover: fields.cover === null ? null : Object.freeze({ ...fields.cover }),
  });
}

/** An entry as JSON turned back into an Entry, field by field; undefined when anything does not fit. */
export function decodeEntry(value: unknown): Entry | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const get = (key: string): unknown => Reflect.get(value, key);
  const f = ENTRY_FIELDS;
  const slug = f.slug.decode(get('slug'));
  const title = f.title.decode(get('title'));
  const date = f.date.decode(get('date'));
  const updated = f.updated.decode(get('updated'));
  const description = f.description.decode(get('description'));
  const categories = f.categories.decode(get('categories'));
  const tags = f.tags.decode(get('tags'));
  const draft = f.draft.decode(get('draft'));
  const locked = f.locked.decode(get('locked'));
  const hidden = f.hidden.decode(get('hidden'));
  const aliases = f.aliases.decode(get('aliases'));
  const math = f.math.decode(get('math'));
  const toc = f.toc.decode(get('toc'));
  const pinned = f.pinned.decode(get('pinned'));
  const page = f.page.decode(get('page'));
  const menu = f.menu.decode(get('menu'));
  const comments = f.comments.decode(get('comments'));
  const cover = f.cover.decode(get('cover'));
  const file = get('file');
  const body = get('body');
  const excerptSource = get('excerptSource');
  const firstLine = get('bodyLine');
  const keyLines = get('keyLines');
  if (slug === undefined || title === undefined || date === undefined || updated === undefined || description === undefined) return undefined;
  if (categories === undefined || tags === undefined || draft === undefined || locked === undefined || hidden === undefined || toc === undefined || pinned === undefined) return undefined;
  if (aliases === undefined || math === undefined || page === undefined || menu === undefined || comments === undefined || cover === undefined) return undefined;
  if (typeof file !== 'string' || typeof body !== 'string' || !(excerptSource === null || typeof excerptSource === 'string')) return undefined;
  if (!isLine(firstLine) || !Array.isArray(keyLines)) return undefined;
  const lines: [string, number][] = [];
  for (const pair of keyLines) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !isLine(pair[1])) return undefined;
    lines.push([pair[0], pair[1]]);
  }
  return frozenEntry({ slug, file, title, date, updated, description, categories, tags, draft, locked, hidden, aliases, math, toc, pinned, page, menu, comments, cover, body, bodyLine: firstLine, keyLines: lines, excerptSource });
}
