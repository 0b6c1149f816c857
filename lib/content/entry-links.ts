import GithubSlugger from 'github-slugger';
import type { Site } from '../site/site';
import { entryPath, pagePath } from '../site/urls';
import { memoByObject } from '../memo';
import type { Entry } from './entry';
import type { Journal } from './journal';

/**
 * Links between entries as vaults and file-minded editors write them
 * (`[[note]]`, `[words](other.md)`, `![[note]]`; read in
 * lib/markdown/dialects/obsidian.ts), resolved against the journal this
 * process shows: only its entries are link targets, so in a published
 * site a link to a draft, a private note or nothing at all keeps its words
 * and loses its link, and an embed of one shows only the name the author
 * wrote. Resolved when a page shows the entry, never stored: the stored
 * HTML stays the same whatever else is published.
 */

/** A name as links write it and files are named: NFC, lower case, no `.md`, forward slashes. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\\/g, '/').replace(/\.(?:md|markdown)$/i, '').toLowerCase();
}

export interface LinkTable {
  /** The entry a link's target names (`name:note#part`, `file:notes/x.md#part`), with the heading anchor, or null. */
  resolve(target: string): { readonly entry: Entry; readonly anchor: string | null } | null;
}

/**
 * The journal's entries by what links call them: a name is a file's name
 * (the shortest path first, as Obsidian picks), then its path from the
 * content folder, a vault note's aliases, its title, its slug; a file link
 * is its path.
 */
export const linkTable = memoByObject((journal: Journal): LinkTable => {
  const byFile = new Map<string, Entry>();
  const byName = new Map<string, Entry>();
  const byPath = [...journal.all].sort((a, b) => a.file.split('/').length - b.file.split('/').length || a.file.localeCompare(b.file));
  for (const e of byPath) byFile.set(nameKey(e.file), e);
  const add = (key: string, e: Entry) => {
    if (key !== '' && !byName.has(key)) byName.set(key, e);
  };
  for (const e of byPath) add(nameKey(e.file.split('/').at(-1) ?? ''), e);
  for (const e of byPath) add(nameKey(e.file), e);
  for (const e of byPath) for (const other of e.linkNames) add(nameKey(other), e);
  for (const e of byPath) add(nameKey(e.title), e);
  for (const e of byPath) add(nameKey(e.slug), e);
  return {
    resolve(target) {
      const kind = target.startsWith('file:') ? 'file' : 'name';
      const rest = target.slice(kind.length + 1);
      const hash = rest.indexOf('#');
      const name = hash === -1 ? rest : rest.slice(0, hash);
      const part = hash === -1 ? '' : rest.slice(hash + 1).trim();
      const entry = (kind === 'file' ? byFile : byName).get(nameKey(name));
      if (!entry) return null;
      // `#^block` names a block, which has no anchor of its own here; `#heading` the heading's id.
      const anchor = part === '' || part.startsWith('^') ? null : new GithubSlugger().slug(part);
      return { entry, anchor };
    },
  };
});

function entryHref(site: Site, entry: Entry, anchor: string | null): string {
  return site.withBase(entry.page ? pagePath(entry.slug) : entryPath(entry.slug)) + (anchor ? `#${encodeURIComponent(anchor)}` : '');
}

/** An attribute value as the HTML writer escaped it, read back. */
function attributeValue(escaped: string): string {
  return escaped
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&(quot|amp|lt|gt);/g, (_m, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? '');
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const LINK = /<a data-entry-link="([^"]*)">([\s\S]*?)<\/a>/g;
const EMBED = /<div data-entry-embed="([^"]*)"><\/div>/g;

/**
 * Sanitized HTML with its links between entries made real: an `<a>` to
 * the entry's page, or its words alone; an embed as the embedded entry's
 * own HTML (its links resolved, its embeds as links: one level deep) with a
 * link to it, or the name as written.
 */
export function withEntryLinks(site: Site, journal: Journal, html: string, embedded: (entry: Entry) => string | null): string {
  if (!html.includes('data-entry-')) return html;
  const table = linkTable(journal);
  const links = (text: string) =>
    text.replace(LINK, (_whole, target: string, inner: string) => {
      const found = table.resolve(attributeValue(target));
      return found ? `<a href="${escapeHtml(entryHref(site, found.entry, found.anchor))}">${inner}</a>` : inner;
    });
  return links(html).replace(EMBED, (_whole, target: string) => {
    const name = attributeValue(target).slice('name:'.length);
    const found = table.resolve(attributeValue(target));
    const inner = found ? embedded(found.entry) : null;
    if (!found || inner === null) return `<p>${escapeHtml(name)}</p>`;
    const href = escapeHtml(entryHref(site, found.entry, found.anchor));
    const body = links(inner).replace(EMBED, (_w, t: string) => {
      const deeper = table.resolve(attributeValue(t));
      const words = escapeHtml(attributeValue(t).slice('name:'.length));
      return deeper ? `<p><a href="${escapeHtml(entryHref(site, deeper.entry, deeper.anchor))}">${words}</a></p>` : `<p>${words}</p>`;
    });
    return `<div class="entry-embed">${body}<p class="entry-embed-source"><a href="${href}">${escapeHtml(found.entry.title)}</a></p></div>`;
  });
}
