import fs from 'node:fs';
import path from 'node:path';
import { dayIn } from '../time/dates';
import { asciiSlug } from './slugify';
import { entrySlug, nameLengthProblem } from '../text/names';

/** What `npm run new` is asked for. */
export interface NewEntryRequest {
  readonly title: string;
  readonly tags: readonly string[];
  readonly categories: readonly string[];
  readonly slug: string | null;
}

export type NewEntryArgs = { ok: true; request: NewEntryRequest } | { ok: false; message: string };

const USAGE = 'usage: npm run new -- "标题" [--tags a,b] [--category c] [--slug s]';

/**
 * Why a `--slug` cannot name the entry's file, or null: the journal must be
 * able to read the file it names (no hidden or `_` name, no control
 * characters), its URL name must fit (lib/text/names.ts), and it is one name.
 */
function slugArgumentProblem(slug: string): string | null {
  if (/[/\\]/.test(slug) || slug === '.' || slug === '..') return 'cannot contain / or \\';
  if (/^[._]/.test(slug)) return 'cannot start with . or _ (the journal passes such files over)';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(slug)) return 'cannot contain control characters';
  const long = nameLengthProblem(entrySlug(slug));
  if (long) return long.en;
  if (entrySlug(slug) === '') return 'has no letters or digits to make a URL name of';
  return null;
}

/** Reads `"标题" [--tags a,b] [--category c] [--slug s]` (also `--tags=a,b`). */
export function parseNewEntryArgs(argv: readonly string[]): NewEntryArgs {
  const words: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const option = /^--(tags|category|categories|slug)(?:=(.*))?$/.exec(arg);
    if (option?.[1]) {
      const value = option[2] ?? argv[++i];
      if (value === undefined) return { ok: false, message: `--${option[1]} needs a value\n${USAGE}` };
      options[option[1] === 'categories' ? 'category' : option[1]] = value;
    } else if (arg.startsWith('--')) {
      return { ok: false, message: `unknown option ${arg}\n${USAGE}` };
    } else {
      words.push(arg);
    }
  }
  const title = words.join(' ').trim();
  if (title === '') return { ok: false, message: USAGE };
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const slug = options.slug?.trim() || null;
  if (slug !== null) {
    const problem = slugArgumentProblem(slug);
    if (problem !== null) return { ok: false, message: `--slug "${[...slug].slice(0, 40).join('')}${[...slug].length > 40 ? '…' : ''}" ${problem}` };
  }
  return { ok: true, request: { title, tags: list(options.tags), categories: list(options.category), slug } };
}

const yamlString = (s: string) => JSON.stringify(s);

/** The new entry's text: front matter, an intro line and the more marker. */
export function newEntryText(request: NewEntryRequest, day: string): string {
  const lines = ['---', `title: ${yamlString(request.title)}`, `date: ${day}`];
  if (request.categories.length > 0) lines.push('categories:', ...request.categories.map((c) => `  - ${yamlString(c)}`));
  if (request.tags.length > 0) lines.push('tags:', ...request.tags.map((t) => `  - ${yamlString(t)}`));
  if (request.slug) lines.push(`slug: ${yamlString(request.slug)}`);
  lines.push('publish: false', '---', '', '写下开头的一段话，它会出现在列表里。', '', '<!-- more -->', '', '');
  return lines.join('\n');
}

/**
 * Creates the entry in `<content>/<year>/`: named by --slug, else by an
 * ASCII spelling of the title (pinyin for Chinese), else by the date.
 * Never overwrites: a taken name is an error.
 */
export function createEntry(request: NewEntryRequest, contentDir: string, timeZone: string, now = Date.now()): { ok: true; file: string } | { ok: false; message: string } {
  const day = dayIn(now, timeZone);
  const name = request.slug ?? (asciiSlug(request.title) || day);
  const file = path.join(contentDir, day.slice(0, 4), `${name}.md`);
  if (fs.existsSync(file)) return { ok: false, message: `${file} already exists; choose another --slug` };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, newEntryText(request, day), { flag: 'wx' });
  return { ok: true, file };
}
