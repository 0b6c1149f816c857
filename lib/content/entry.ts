import { findMoreMarker } from '../markdown/excerpt';
import { nestingProblem } from '../markdown/limits';
import { proseLines } from '../markdown/lines';
import { datedName, entrySlug, fileStem, nameLengthProblem, slugStem, termSlugOf } from '../text/names';
import { say, type Message } from '../text/message';
import { z } from 'zod';
import { isBlank, readField, readFields } from './field-kit';
import { ENTRY_FIELDS, MISSING, SLUG_FIELD, type ReadContext, type Report } from './fields';
import { withoutComments } from './vault-comments';
import { pageProperties } from './page-properties';
import { bodyLine, frontMatterKeys, splitFrontMatter } from './front-matter';
import { inlineTags } from './inline-tags';
import { isMarkedDraft } from './privacy-fields';
import type { ContentProblem } from './problems';

const line = () => z.number().int().min(1);

/**
 * One journal entry, validated and normalised from its file: its front
 * matter fields (ENTRY_FIELDS) and what is made from the file itself. The
 * shape is the type, and the check of an entry read back from the cache.
 */
export const ENTRY = z
  .object({
  /** URL name: the file name without `.md`, or front matter `slug`, in the alphabet of lib/text/names.ts. */
  slug: z.string().min(1),
  /** Path relative to the content folder, with forward slashes. */
  file: z.string(),
  ...ENTRY_FIELDS.shape,
  /** The Markdown after the front matter. */
  body: z.string(),
  /** The file's line the body starts on: problems found in the body are named at their line in the file. */
  bodyLine: line(),
  /** Each front matter key as written, with its line: problems with a field are named at its line. */
  keyLines: z.array(z.tuple([z.string(), line()]).readonly()).readonly(),
  /** The Markdown before `<!-- more -->`, or null when the entry has no marker. */
  excerptSource: z.string().nullable(),
})
  .readonly();

export type Entry = z.output<typeof ENTRY>;

/**
 * A parsed entry, with what is probably a mistake but does not stop it
 * (`notes`, shown as warnings by the checker), or every problem that does.
 */
export type EntryResult =
  | { ok: true; entry: Entry; notes: ContentProblem[] }
  | {
      ok: false;
      problems: ContentProblem[];
      /** What the front matter says of publishing, as far as it could be read: a draft flag, and a vault note's `publish: true`. */
      draft: boolean;
      shared: boolean;
      /** A file with nothing in it: nothing to publish, so it stops nothing (Logseq's empty `contents.md`). */
      empty?: true;
    };

/** A missing date, with what to write: in front matter, or at the start of the file's name. */
function withHint(p: ContentProblem): ContentProblem {
  if (p.message !== MISSING || p.field !== 'date') return p;
  return {
    ...p,
    message: say(
      'is missing, and the file name does not begin with a day; write the day it was written, e.g. `date: 2022-12-27`, or name the file 2022-12-27-name.md',
      '缺失，文件名也不以日期开头；请写下写作的日期，例如 `date: 2022-12-27`，或把文件命名为 2022-12-27-name.md',
    ),
  };
}

/**
 * The file's first `#` heading outside code (the title a Typora file or a
 * note is written with), and its line in the body; null when it has none.
 */
function firstHeading(body: string): { text: string; index: number } | null {
  for (const line of proseLines(body)) {
    const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line.text)?.[1]?.replace(/`/g, '').trim();
    if (heading) return { text: heading, index: line.index };
  }
  return null;
}

/** Parses and validates one entry file. Never throws; every problem is returned, with its line. */
export function parseEntry(file: string, raw: string, timeZone: string, categoryLists: ReadContext['categoryLists'] = 'separate', vault = false, history?: () => { readonly day: string | null; readonly shallow: boolean }): EntryResult {
  const split = splitFrontMatter(raw);
  if (!split.ok) {
    const problems = [{ file, field: split.field, message: split.message, line: split.line ?? 1 }];
    return { ok: false, problems, draft: false, shared: false, ...(split.empty ? { empty: true } : {}) };
  }
  // A vault note without YAML front matter may open with Logseq's page properties (./page-properties.ts).
  const properties = vault && Object.keys(split.data).length === 0 ? pageProperties(split.body) : null;
  const data = properties?.data ?? split.data;
  // What the author wrote for the note alone (`%%…%%`) is gone before anything reads the body.
  const uncommented = withoutComments(split.body);
  // Page properties' lines are blanked: they are front matter, not text.
  const text = properties && properties.lines > 0 ? uncommented.body.split('\n').map((line, i) => (i < properties.lines ? '' : line)).join('\n') : uncommented.body;
  const heading = firstHeading(text);
  const facts = { day: datedName(fileStem(file))?.day ?? null, heading: heading?.text ?? null, name: slugStem(file), ...(history ? { history } : {}) };
  // A vault note's inline `#tags` are tags, as Obsidian and Logseq read them (./inline-tags.ts).
  const context: ReadContext = { timeZone, categoryLists, file: vault ? { ...facts, vault: true, inlineTags: inlineTags(text) } : facts };

  const problems: ContentProblem[] = [];
  let keyLines: Map<string, number> | undefined;
  const report: Report = (field, message) => {
    keyLines ??= frontMatterKeys(raw);
    problems.push({ file, field, message, line: keyLines.get(field) ?? 1 });
  };
  const fields = readFields(ENTRY_FIELDS, data, report, context);
  // A title taken from the first heading is not shown twice: its line is left blank, so later lines keep their numbers.
  const body =
    fields.ok && fields.value.titleSource === 'heading' && heading
      ? text
          .split('\n')
          .map((line, i) => (i === heading.index ? '' : line))
          .join('\n')
      : text;
  const ownSlug = readField(SLUG_FIELD, data, report, context);
  // When a field failed, the others are still read for what else to say, their problems reported once already.
  const quiet: Report = () => {};
  const locked = fields.ok ? fields.value.locked : readField(ENTRY_FIELDS.shape.locked, data, quiet, context);
  const hidden = fields.ok ? fields.value.hidden : readField(ENTRY_FIELDS.shape.hidden, data, quiet, context);
  const tags = fields.ok ? fields.value.tags : (readField(ENTRY_FIELDS.shape.tags, data, quiet, context) ?? []);
  const categories = fields.ok ? fields.value.categories : (readField(ENTRY_FIELDS.shape.categories, data, quiet, context) ?? []);

  const notes: ContentProblem[] = [];
  const note = (field: string, message: Message) => {
    keyLines ??= frontMatterKeys(raw);
    notes.push({ file, field, message, line: keyLines.get(field) ?? 1 });
  };
  if (fields.ok && fields.value.dateSource === 'file name' && !isBlank(data.date)) {
    note('date', say(`${String(data.date)} is an unfilled template; the entry is dated ${fields.value.date.day}, by its file name`, `${String(data.date)} 是没有填写的模板；日记按文件名定为 ${fields.value.date.day}`));
  }
  if (uncommented.unclosed !== null) {
    notes.push({
      file,
      field: 'body',
      message: say('an Obsidian comment (`%%`) opened here is never closed: nothing after it is published (close it with `%%`)', '这里开始的 Obsidian 注释（`%%`）没有结束：它之后的内容都不会发布（请用 `%%` 结束它）'),
      line: bodyLine(raw) + uncommented.unclosed,
    });
  }
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
  const slug = entrySlug(ownSlug ?? slugStem(file));
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

  problems.splice(0, problems.length, ...problems.map(withHint));

  const firstLine = bodyLine(raw);
  keyLines ??= frontMatterKeys(raw);
  const lines = [...keyLines];
  const tooDeep = nestingProblem(body);
  if (tooDeep) problems.push({ file, field: 'body', message: tooDeep.message, line: firstLine + tooDeep.line - 1 });

  if (!fields.ok && problems.length === 0) {
    // A reader gave a value its field does not take: the journal's own mistake, named rather than lost.
    for (const name of fields.missing) problems.push({ file, field: name, message: say('could not be read', '无法读取'), line: keyLines.get(name) ?? 1 });
  }
  if (problems.length > 0 || !fields.ok) {
    const draft = isMarkedDraft(data);
    const shared = fields.ok ? fields.value.shared : (readField(ENTRY_FIELDS.shape.shared, data, quiet, context) ?? false);
    return { ok: false, problems, draft, shared };
  }

  const marker = findMoreMarker(body);
  const excerptSource = marker === null ? null : body.slice(0, marker);
  // A vault's `pages/` folder is Logseq's folder of notes, not the site's pages.
  const page = fields.value.page || (!vault && file.split('/')[0] === 'pages');
  // The fields are checked and frozen by their shapes; what is made here is frozen here, in the shape's order.
  const frozenLines = Object.freeze(lines.map((pair) => Object.freeze(pair)));
  const entry: Entry = Object.freeze({ slug, file, ...fields.value, page, body, bodyLine: firstLine, keyLines: frozenLines, excerptSource });
  return { ok: true, entry, notes };
}

/** The line of the first of `keys` the entry's front matter writes, or undefined. */
export function keyLine(entry: Pick<Entry, 'keyLines'>, ...keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const found = entry.keyLines.find(([k]) => k === key);
    if (found) return found[1];
  }
  return undefined;
}

/** An entry as JSON (the cache) turned back into an Entry; undefined when anything does not fit. */
export function decodeEntry(value: unknown): Entry | undefined {
  const parsed = ENTRY.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
