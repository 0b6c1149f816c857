/**
 * Finishes a static export after `next build` (`npm run export` runs it):
 * removes what a static host would answer 200 although it is no page —
 * the placeholders Next needs for routes with no parameter to build
 * (named `-`, a name no slug can have), the internal route of the old
 * site's files (`site-files/`), and the drafts desk, which exists in the
 * preview only — then copies the old site's own files (STATIC_DIR) into
 * it at the site root: what `npm start` serves through app/site-files —
 * and writes a small file at each address Next answers with a redirect
 * under `npm start` (lib/publish/redirects.ts).
 *
 *   tsx scripts/finish-export.ts [export folder, default NEXT_DIST_DIR or out]
 */
import fs from 'node:fs';
import path from 'node:path';
import { processEnviron } from '../lib/site/environment';
import { builtSite } from '../lib/site/site';
import { getJournal } from '../lib/content';
import { siteFiles } from '../lib/publish/site-files';
import { dayRedirects, movedRedirects, redirectFile } from '../lib/publish/redirects';

const environ = processEnviron();
const out = path.resolve(process.argv[2] ?? environ.NEXT_DIST_DIR ?? 'out');
if (!fs.existsSync(path.join(out, 'index.html'))) {
  console.error(`${out} holds no static export (index.html is missing); run \`EXPORT=1 next build\` first.`);
  process.exit(1);
}

const remove = (target: string) => fs.rmSync(target, { recursive: true, force: true });
for (const relative of fs.readdirSync(out, { recursive: true, encoding: 'utf8' })) {
  if (path.basename(relative) === '-') remove(path.join(out, relative));
}
remove(path.join(out, 'site-files'));
// A SHOW_DRAFTS export is the author's private preview deployment, with its drafts desk.
if (environ.SHOW_DRAFTS !== '1') remove(path.join(out, 'drafts'));

// The Site the export was built with: its drafts (none unless SHOW_DRAFTS=1), its base path.
const site = builtSite({ ...environ, EXPORT: '1' }, process.cwd());
const journal = getJournal(site);

/** Writes a file at `parts` below the export, unless something is there already (or it would lie outside); true when written. */
function place(parts: readonly string[], write: (target: string) => void): boolean {
  const target = path.resolve(out, ...parts);
  if (!target.startsWith(`${out}${path.sep}`) || fs.existsSync(target)) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  write(target);
  return true;
}

// Redirects first: the journal's addresses win over the old site's files, as under `npm start`.
// The days the export shows are those of its own month files, written by the build that made it.
const monthsDir = path.join(out, 'on-this-day', 'months');
const monthDays = (fs.existsSync(monthsDir) ? fs.readdirSync(monthsDir) : [])
  .filter((name) => /^\d{2}\.json$/.test(name))
  .flatMap((name) => {
    const days: unknown = JSON.parse(fs.readFileSync(path.join(monthsDir, name), 'utf8'));
    return typeof days === 'object' && days !== null ? Object.keys(days) : [];
  });
// As Next writes a page: `<address>/index.html`, a folder even for `/old/a.html` (static hosts add its slash).
// A page of the journal wins over a redirect (lib/content/aliases.ts refuses such addresses, and names that leave the folder).
const redirects = [...dayRedirects(site, monthDays), ...movedRedirects(site, journal)].filter((redirect) =>
  place([...redirect.from.split('/').filter(Boolean), 'index.html'], (target) => fs.writeFileSync(target, redirectFile(site, redirect))),
).length;
if (redirects > 0) console.log(`redirects: ${redirects} written into ${out}`);

// The journal's own pages and redirects win over a file of the same name (npm run check names such files).
const copied = siteFiles(site, journal).filter((file) => place(file.path.split('/'), (target) => fs.copyFileSync(file.absolute, target))).length;
if (copied > 0) console.log(`site files: ${copied} copied into ${out}`);
