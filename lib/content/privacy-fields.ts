import { say } from '../text/message';
import { nearestKey } from '../text/nearest';
import { isBlank, mustBe, readBoolean, type FrontMatter, type Report } from './field-kit';

/**
 * The fields that keep an entry off the published site, and the only
 * reader of their keys: the draft flags (`publish: false`, Hexo's
 * `published: false`, Hugo's `draft: true`), a password (`password`,
 * `keys`), what hid an entry on the old site (`hidden`, `headless`,
 * `build`), and a section's `cascade` of them. Each becomes one normalised
 * value of the entry; visibility.ts decides from those alone.
 */

/** The draft flags the journal reads, by their lower-cased key, and the value that makes an entry a draft. */
const DRAFT_FLAGS: Readonly<Record<string, boolean>> = { publish: false, published: false, draft: true };
export const DRAFT_KEYS = Object.keys(DRAFT_FLAGS);

/** A draft flag the journal reads, in any case (`Draft`, `PUBLISHED`). */
export function isDraftFlagKey(key: string): boolean {
  return key.toLowerCase() in DRAFT_FLAGS;
}

/** Keys written as if they were draft flags (`pubish`, `Drafts`, `is_draft`, `unpublished`, `public`): never guessed at. */
function looksLikeDraftFlag(key: string, known: ReadonlySet<string>): boolean {
  const k = key.toLowerCase().replace(/[\s_-]+/g, '');
  if (k in DRAFT_FLAGS || known.has(k)) return false;
  return k.includes('draft') || k.includes('publish') || nearestKey(k, DRAFT_KEYS) !== null;
}

/** Whether the front matter marks a draft with one of the flags the journal reads, as written (a look-alike key is no mark: its entry stops the build). */
export function isMarkedDraft(data: FrontMatter): boolean {
  return Object.keys(data).some((key) => {
    const flag = DRAFT_FLAGS[key.toLowerCase()];
    return flag !== undefined && data[key] === flag;
  });
}

/** A value a flag could have: true or false, yes or no, 0 or 1, or nothing. A date (`publish_date: 2024-01-01`) or a name is no flag. */
function flagLike(value: unknown): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return true;
  if (typeof value === 'number') return value === 0 || value === 1;
  return typeof value === 'string' && /^(?:true|false|yes|no|on|off|y|n|0|1|)$/i.test(value.trim());
}

/**
 * Whether the author marked the entry unpublished: `publish: false`
 * (this journal), `published: false` (Hexo) or `draft: true` (Hugo), in
 * any case (`Draft: true`), also when merged in from a YAML anchor
 * (`<<: *defaults`). Any of them saying "draft" makes a draft. A key that
 * looks like a draft flag but is not one of these is an error, not a
 * guess: the safe side of an ambiguous flag is private. The only reader
 * of these keys; everything else uses `entry.draft`.
 */
/** `known`: every key the journal reads, lower-cased (fields.ts), which is never taken for a misspelt flag. */
export function readDraft(data: FrontMatter, report: Report, known: ReadonlySet<string>): boolean {
  let draft = false;
  for (const key of Object.keys(data)) {
    const flag = DRAFT_FLAGS[key.toLowerCase()];
    if (flag !== undefined) {
      if (readBoolean(data, key, report) === flag) draft = true;
    } else if (looksLikeDraftFlag(key, known) && flagLike(data[key])) {
      report(
        key,
        say(
          'looks like a draft flag but is not one the journal reads; write `publish: false` to keep the entry private (or `publish: true`), and remove this key',
          '看起来像草稿标记，但不是日记读取的键；要让日记保持私密请写 `publish: false`（公开则写 `publish: true`），并删除这个键',
        ),
      );
      draft = true;
    }
  }
  return draft;
}

/**
 * Logseq's page property `public:: true` (or `false`) is its publish flag:
 * read as `publish`, so one reading decides both. Only page properties
 * (./page-properties.ts) go through here; in YAML front matter `public`
 * stays a look-alike that keeps its entry private.
 */
export function withLogseqFlags(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { public: flag, ...rest } = properties;
  return flag === undefined || 'publish' in rest ? { ...properties } : { ...rest, publish: flag };
}

/**
 * Whether the author chose the entry for publishing (`publish: true`, or
 * `published: true`, in any case): what a vault's note needs to be
 * published, as Obsidian Publish publishes only the notes chosen for it.
 */
export function readShared(data: FrontMatter): boolean {
  return Object.keys(data).some((key) => (key.toLowerCase() === 'publish' || key.toLowerCase() === 'published') && data[key] === true);
}

/**
 * Keys that lock an entry behind a password: hexo-blog-encrypt's
 * `password`, VuePress reco's `keys`, and `encrypt` / `secret` of other
 * themes. The journal publishes no encrypted entries, so a locked entry is
 * kept private like a draft, whatever else its front matter says.
 */
export const LOCK_KEYS = ['password', 'keys', 'encrypt', 'secret'];

/** The key that locks the entry (any case), or null. `false`, null and '' lock nothing. */
export function readLock(data: FrontMatter): string | null {
  for (const key of Object.keys(data)) {
    if (!LOCK_KEYS.includes(key.toLowerCase())) continue;
    const value = data[key];
    if (value === false || isBlank(value)) continue;
    return key;
  }
  return null;
}

/**
 * Keys with which an old engine kept a post off the site while its file
 * stayed in the folder: Hexo's `hidden: true` (hexo-hide-posts: listed
 * nowhere), Hugo's `headless: true` and its build options (`build:` or the
 * older `_build:` with `render: never|link` or `list: never|local`). The
 * journal keeps such an entry private like a draft: the safe side of "shown
 * to some readers only" is not published.
 */
export const HIDE_KEYS = ['hidden', 'headless', 'build', '_build'];
const BUILD_DEFAULT: Readonly<Record<string, readonly unknown[]>> = { render: ['always', true], list: ['always', true], publishresources: [true, false] };

/** The key that keeps the entry off the site (any case), or null. A value it cannot read keeps it off too, with an error. */
export function readHidden(data: FrontMatter, report: Report): string | null {
  let found: string | null = null;
  for (const key of Object.keys(data)) {
    const lower = key.toLowerCase();
    if (!HIDE_KEYS.includes(lower)) continue;
    const value = data[key];
    if (value === undefined || value === null || value === false) continue;
    if (lower === 'hidden' || lower === 'headless') {
      if (value !== true) report(key, mustBe(value, 'true or false', 'true 或 false'));
      found ??= key;
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      report(key, mustBe(value, '`render:` and `list:` keys', '`render:` 与 `list:` 两个键'));
      found ??= key;
      continue;
    }
    for (const [option, setting] of Object.entries(value)) {
      const allowed = BUILD_DEFAULT[option.toLowerCase()];
      if (allowed === undefined) {
        report(key, say(`${option}: is not a build option (render, list, publishResources); the entry stays private`, `${option}：不是构建选项（render、list、publishResources）；这篇日记保持私密`));
        found ??= key;
      } else if (!allowed.includes(setting)) found ??= key;
    }
  }
  return found;
}

/** What a section's `cascade` passes to the entries below it: a draft flag, or a key that keeps them off the site. */
export interface Cascade {
  readonly draft: boolean;
  readonly hidden: string | null;
}

/**
 * Hugo's `cascade`: one map, or a list of maps (each perhaps with a
 * `_target`), whose values every page below the section takes. Only what
 * decides whether those pages exist is read; a `_target` narrows nothing
 * here, since the safe side of a partly private section is private.
 */
export function readCascade(data: FrontMatter, report: Report, known: ReadonlySet<string>): Cascade {
  const value = data.cascade;
  if (value === undefined || value === null) return { draft: false, hidden: null };
  const maps = Array.isArray(value) ? value : [value];
  let draft = false;
  let hidden: string | null = null;
  for (const map of maps) {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      report('cascade', mustBe(map, 'a set of `key: value` lines', '一组 `key: value` 行'));
      draft = true;
      continue;
    }
    const inner = Object.fromEntries(Object.entries(map));
    const nested: Report = (field, message) => report('cascade', say(`${field}: ${message.en}`, `${field}：${message['zh-CN']}`));
    if (readDraft(inner, nested, known)) draft = true;
    const key = readHidden(inner, nested);
    if (key !== null) hidden ??= `cascade.${key}`;
  }
  return { draft, hidden };
}
