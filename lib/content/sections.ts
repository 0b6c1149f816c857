import fs from 'node:fs';
import { say, type Message } from '../text/message';
import type { SourceFile } from './entry-files';
import type { Entry } from './entry';
import { keysOfField, readField } from './field-kit';
import { CASCADE_FIELD, ENTRY_FIELDS, type ReadContext, type Report } from './fields';
import { frontMatterKeys, splitFrontMatter } from './front-matter';
import type { ContentProblem } from './problems';

/**
 * What an old engine kept private by where a file lies rather than by its
 * own front matter: Hexo's and Jekyll's `_drafts/` folders, and Hugo's
 * sections, whose `_index.md` can make everything below it a draft
 * (`draft: true`), keep it off the site (`build: { render: never }`,
 * `headless`, Hexo's `hidden`), or pass either down with `cascade`.
 * Section files are not entries: the journal has no section pages.
 */

/** What a section's `_index.md` passes to every entry below its folder. */
export interface Section {
  /** The `_index.md` file, relative to the content folder. */
  readonly file: string;
  /** Its folder, relative to the content folder ('' for the top), with forward slashes. */
  readonly dir: string;
  readonly draft: boolean;
  /** The key that keeps the entries below off the site, or null. */
  readonly hidden: string | null;
  /** The line of the key that makes the section private (1 when none does, or the file could not be read). */
  readonly line: number;
  /**
   * A vault's root (./vaults.ts): `hidden` keeps every note below it
   * private but those the author chose for publishing (`publish: true`).
   */
  readonly shareable?: boolean;
  /** A Logseq graph whose config.edn made every page public (./vaults.ts): the checker says how to publish them all. */
  readonly everyPagePublic?: true;
  /** A vault's notes that could not be read and stay private for it (counted among those kept private). */
  readonly unread?: number;
}

export type SectionResult = { readonly section: Section; readonly problems: readonly ContentProblem[]; readonly notes: readonly ContentProblem[] };

/** Hugo's section files, in any language of a multilingual site (`_index.zh-cn.md`). */
const SECTION_FILE = /(?:^|\/)_index(?:\.[a-z]{2,3}(?:-[a-z0-9]{2,8})*)?\.(?:md|markdown)$/i;
const DRAFTS_FOLDER = /(?:^|\/)_drafts\//i;

/** A Hugo section file (`_index.md`): read for what it passes down, never published as an entry. */
export function isSectionFile(file: string): boolean {
  return SECTION_FILE.test(file);
}

/**
 * Reads what a section file passes down. A file whose front matter cannot
 * be read keeps its section private (the safe side), with the error.
 */
export function parseSection(file: string, raw: string): SectionResult {
  const dir = folderOf(file);
  const split = splitFrontMatter(raw);
  if (!split.ok) {
    return { section: { file, dir, draft: true, hidden: null, line: split.line ?? 1 }, problems: [{ file, field: split.field, message: split.message, line: split.line ?? 1 }], notes: [] };
  }
  const problems: ContentProblem[] = [];
  let lines: Map<string, number> | undefined;
  const lineOf = (field: string) => (lines ??= frontMatterKeys(raw)).get(field) ?? 1;
  const report: Report = (field, message) => problems.push({ file, field, message, line: lineOf(field) });
  // Only flags are read here: no dates, no categories.
  const context: ReadContext = { timeZone: 'UTC', categoryLists: 'separate' };
  const ownDraft = readField(ENTRY_FIELDS.shape.draft, split.data, report, context) ?? true;
  const ownHidden = readField(ENTRY_FIELDS.shape.hidden, split.data, report, context);
  const cascade = readField(CASCADE_FIELD, split.data, report, context) ?? { draft: true, hidden: null };
  // A flag that could not be read is an error and, until it is fixed, keeps the section private.
  const draft = ownDraft || cascade.draft || problems.length > 0;
  const hidden = ownHidden ?? cascade.hidden;
  const notes: ContentProblem[] = [];
  if (split.body.trim() !== '') {
    notes.push({
      file,
      field: 'body',
      message: say('a section page\'s text is not shown: the journal has no section pages (move it into an entry or a page)', '分区页面的正文不会显示：日记没有分区页面（请把它移到一篇日记或一个页面里）'),
      line: 1,
    });
  }
  const key = [...(lines ??= frontMatterKeys(raw)).keys()].find((k) => SECTION_KEYS.has(k.toLowerCase()));
  return { section: { file, dir, draft, hidden, line: key === undefined ? 1 : lineOf(key) }, problems, notes };
}

/** The keys a section file is read for, lower-cased: the draft flags, what keeps entries off the site, `cascade`. */
const SECTION_KEYS = new Set([ENTRY_FIELDS.shape.draft, ENTRY_FIELDS.shape.hidden, CASCADE_FIELD].flatMap(keysOfField));

/** What the checker says of a vault: how many of its notes are published, and why the rest are not. */
function vaultNote(kept: number, published: number, everyPagePublic: boolean): Message {
  const said = say(
    `a vault: ${published} ${published === 1 ? 'note says' : 'notes say'} \`publish: true\` and ${published === 1 ? 'is' : 'are'} published; ${kept} ${kept === 1 ? 'note stays' : 'notes stay'} private (write \`publish: true\` in a note to publish it, or \`publishing: all\` in the settings to publish every note)`,
    `笔记库：${published} 篇写了 \`publish: true\`，已发布；${kept} 篇保持私密（在笔记里写 \`publish: true\` 即可发布，或在设置里写 \`publishing: all\` 发布全部笔记）`,
  );
  if (!everyPagePublic) return said;
  return say(
    `${said.en}; Logseq's config.edn says every page is public (:publishing/all-pages-public? true), so Logseq published them all: write \`publishing: all\` in the settings to do the same`,
    `${said['zh-CN']}；Logseq 的 config.edn 写了全部页面公开（:publishing/all-pages-public? true），Logseq 因此发布了全部页面：在设置里写 \`publishing: all\` 即可照做`,
  );
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const within = (file: string, dir: string) => dir === '' || file.startsWith(`${dir}/`);

/**
 * The entries as their places make them: a draft below a `_drafts/` folder
 * or a draft section, kept off the site below a section that says so. An
 * entry is only ever made more private here, never less. The notes name
 * each section that keeps entries private, with how many.
 */
export function placeEntries(entries: readonly Entry[], sections: readonly Section[]): { entries: Entry[]; notes: ContentProblem[] } {
  const counts = new Map<Section, number>();
  const shared = new Map<Section, number>();
  const placed = entries.map((entry) => {
    let draft = entry.draft || DRAFTS_FOLDER.test(entry.file);
    let hidden = entry.hidden;
    for (const section of sections) {
      if (!within(entry.file, section.dir) || (!section.draft && section.hidden === null)) continue;
      if (section.shareable && entry.shared) {
        shared.set(section, (shared.get(section) ?? 0) + 1);
        continue;
      }
      counts.set(section, (counts.get(section) ?? 0) + 1);
      if (section.draft) draft = true;
      hidden ??= section.hidden === null ? null : section.file;
    }
    return draft === entry.draft && hidden === entry.hidden ? entry : Object.freeze({ ...entry, draft, hidden });
  });
  const notes: ContentProblem[] = [];
  for (const section of new Set([...counts.keys(), ...shared.keys(), ...sections.filter((s) => (s.unread ?? 0) > 0)])) {
    const count = (counts.get(section) ?? 0) + (section.unread ?? 0);
    if (section.shareable) {
      notes.push({ file: section.file, field: 'publish', message: vaultNote(count, shared.get(section) ?? 0, section.everyPagePublic === true), line: 1 });
      continue;
    }
    const what = section.draft ? say('a draft section', '草稿分区') : say(`kept off the site (${section.hidden})`, `不在站点上发布（${section.hidden}）`);
    notes.push({
      file: section.file,
      field: section.draft ? 'draft' : 'build',
      message: say(`${what.en}: ${count === 1 ? 'the entry below it stays' : `the ${count} entries below it stay`} private`, `${what['zh-CN']}：其下 ${count} 篇日记保持私密`),
      line: section.line,
    });
  }
  return { entries: placed, notes };
}

/** Splits listed files into section files, read and parsed (there are few), and entry files. */
/** A VuePress site's home page: a `README.md` whose front matter says `home: true` (its hero and features, no entry). */
function isVuePressHome(f: SourceFile): boolean {
  if (!/(?:^|\/)readme\.md$/i.test(f.file)) return false;
  let head: string;
  try {
    const fd = fs.openSync(/* turbopackIgnore: true */ f.absolute, 'r');
    const buffer = Buffer.alloc(4096);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    fs.closeSync(fd);
    head = buffer.subarray(0, read).toString('utf8');
  } catch {
    return false;
  }
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(head)?.[1] ?? '';
  return /^home:\s*true\s*(?:#.*)?$/m.test(front);
}

export function readSections(files: readonly SourceFile[]): { sections: SectionResult[]; entryFiles: SourceFile[]; skipped: ContentProblem[] } {
  const sections: SectionResult[] = [];
  const entryFiles: SourceFile[] = [];
  const skipped: ContentProblem[] = [];
  for (const f of files) {
    if (!isSectionFile(f.file)) {
      if (isVuePressHome(f)) {
        const message = say(
          "VuePress's home page (`home: true`) is not an entry and is not published; the journal's home page lists the entries",
          'VuePress 的首页（`home: true`）不是日记，不会发布；日记的首页会列出所有日记',
        );
        skipped.push({ file: f.file, field: 'home', message, line: 1 });
      } else entryFiles.push(f);
      continue;
    }
    let raw: string;
    try {
      raw = fs.readFileSync(f.absolute, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Unreadable: what it says is unknown, so everything below it stays private.
      sections.push({ section: { file: f.file, dir: folderOf(f.file), draft: true, hidden: null, line: 1 }, problems: [{ file: f.file, field: 'file', message: say(`cannot be read: ${reason}`, `无法读取：${reason}`), line: 1 }], notes: [] });
      continue;
    }
    sections.push(parseSection(f.file, raw));
  }
  return { sections, entryFiles, skipped };
}
