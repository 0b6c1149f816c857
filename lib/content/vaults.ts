import fs from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './entry-files';
import type { Section } from './sections';

/**
 * Obsidian and Logseq vaults: a folder with `.obsidian/` or `logseq/` at
 * its root holds notes written for the author alone, and publishing one
 * is a choice made note by note (Obsidian Publish shares only the notes
 * chosen for it). So a vault is private by default: below its root only
 * notes that say `publish: true` are published, unless the settings say
 * `publishing: all`. A vault found above the content folder (the content
 * folder is one of its folders) counts as rooted at the content folder.
 */

/** What marks a vault's root: Obsidian's settings folder, Logseq's config file. */
const MARKS: readonly { readonly name: string; readonly at: string; readonly folder: boolean }[] = [
  { name: '.obsidian', at: '.obsidian', folder: true },
  { name: 'logseq', at: 'logseq/config.edn', folder: false },
];

const exists = (at: string, folder: boolean) => {
  try {
    const stat = fs.statSync(/* turbopackIgnore: true */ at);
    return folder ? stat.isDirectory() : stat.isFile();
  } catch {
    return false;
  }
};

/** The vault mark in `dir` (`.obsidian`, `logseq`), or null. */
function markIn(dir: string): string | null {
  return MARKS.find((mark) => exists(path.join(/* turbopackIgnore: true */ dir, mark.at), mark.folder))?.name ?? null;
}

/**
 * Whether a Logseq graph's config.edn makes every page public
 * (`:publishing/all-pages-public? true` on a line that is not a `;;`
 * comment): Logseq's own export then published them all. The journal still
 * publishes only the pages chosen, and the checker says how to publish all.
 */
function everyPagePublic(root: string, mark: string): boolean {
  if (mark !== 'logseq') return false;
  try {
    const config = fs.readFileSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ root, 'logseq', 'config.edn'), 'utf8').slice(0, 1_000_000);
    return /^[ \t]*[{,]?[ \t]*:publishing\/all-pages-public\?[ \t]+true\b/m.test(config);
  } catch {
    return false;
  }
}

/** The vault mark in the content folder or any folder above it, or null. */
function markAbove(contentDir: string): { mark: string; at: string } | null {
  for (let dir = path.resolve(/* turbopackIgnore: true */ contentDir); ; dir = path.dirname(dir)) {
    const mark = markIn(dir);
    if (mark !== null) return { mark, at: dir };
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * The vaults the entry files lie in, as sections that keep every note
 * below them private but those chosen for publishing.
 */
export function vaultSections(contentDir: string, files: readonly SourceFile[]): Section[] {
  const sections: Section[] = [];
  const above = markAbove(contentDir);
  if (above !== null) {
    const shown = path.relative(/* turbopackIgnore: true */ contentDir, path.join(/* turbopackIgnore: true */ above.at, above.mark)).split(path.sep).join('/');
    sections.push({ file: shown, dir: '', draft: false, hidden: shown, line: 1, shareable: true, ...(everyPagePublic(above.at, above.mark) ? { everyPagePublic: true } : {}) });
  }
  const folders = new Set<string>();
  for (const f of files) {
    const parts = f.file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  for (const dir of [...folders].sort()) {
    const root = path.join(/* turbopackIgnore: true */ contentDir, dir);
    const mark = markIn(root);
    if (mark !== null) sections.push({ file: `${dir}/${mark}`, dir, draft: false, hidden: `${dir}/${mark}`, line: 1, shareable: true, ...(everyPagePublic(root, mark) ? { everyPagePublic: true } : {}) });
  }
  return sections;
}
