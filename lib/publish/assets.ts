import fs from 'node:fs';
import path from 'node:path';
import type { Site } from '../site/site';
import { publishedMedia, type Journal } from '../content';
import { memoByObject } from '../memo';
import { cleanedSvg } from '../markdown/images';

/**
 * Files the site serves as they are: the images of visible entries
 * (/media/…) and KaTeX's stylesheet and fonts (/katex/…), read only when
 * a route asks for them.
 */

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * How a file the site serves as it is is answered, for every such route
 * alike (media, KaTeX, Mermaid, the old site's files): its own type, never
 * sniffed; the libraries' files cached for good (their names change with
 * their version); an entry's image opened on its own sandboxed, so an SVG
 * can run nothing on the site's origin (the deploy guide sets the same on
 * static hosts).
 */
export type AssetKind = 'library' | 'media' | 'site-file';

const KIND_HEADERS: Readonly<Record<AssetKind, Readonly<Record<string, string>>>> = {
  library: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  media: { 'Content-Security-Policy': 'sandbox' },
  'site-file': {},
};

export function assetResponse(file: Asset | undefined, kind: AssetKind): Response {
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), { headers: { 'Content-Type': file.type, 'X-Content-Type-Options': 'nosniff', ...KIND_HEADERS[kind] } });
}

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

function asset(absolute: string): Asset {
  return { body: fs.readFileSync(/* turbopackIgnore: true */ absolute), type: TYPES[path.extname(absolute).toLowerCase()] ?? 'application/octet-stream' };
}

/** Paths (relative to the content folder) of the images visible entries show. */
export function mediaPaths(site: Site, journal: Journal): string[] {
  return publishedMedia(site, journal).map((m) => m.path);
}

const SVG = 'image/svg+xml';

/** An image of a visible entry, or undefined: nothing else in the content folder is served; the type its bytes showed when the entry was rendered, never one guessed from the name. */
export function mediaAsset(site: Site, journal: Journal, relative: string): Asset | undefined {
  const file = publishedMedia(site, journal).find((m) => m.path === relative);
  if (!file) return undefined;
  const body = fs.readFileSync(/* turbopackIgnore: true */ file.absolute);
  if (file.type !== SVG) return { body, type: file.type };
  // An SVG only ever as its cleaned copy; one that no longer reads is not served.
  const cleaned = cleanedSvg(file.absolute, body);
  return cleaned && { body: Buffer.from(cleaned.svg), type: SVG };
}

/** KaTeX's files in the project's node_modules, read at build time (not bundled, not traced). */
function katexDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'katex', 'dist');
}

/** KaTeX's stylesheet and its WOFF2 fonts, as paths under /katex/. */
export function katexPaths(): string[] {
  const fonts = fs.readdirSync(path.join(katexDir(), 'fonts')).filter((f) => f.endsWith('.woff2'));
  return ['katex.min.css', ...fonts.map((f) => `fonts/${f}`)];
}

export function katexAsset(relative: string): Asset | undefined {
  return katexPaths().includes(relative) ? asset(path.join(katexDir(), relative)) : undefined;
}

/** A fenced block in mermaid: ```mermaid or ~~~mermaid. */
const MERMAID_FENCE = /^[ \t]*(?:`{3,}|~{3,})[ \t]*mermaid\b/m;

/** Mermaid's browser build (ESM, split by diagram type) in the project's node_modules. */
function mermaidDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'mermaid', 'dist');
}

/**
 * Mermaid's files as paths under /mermaid/: only when a visible entry has a
 * diagram, so a journal without one publishes none of it.
 */
const mermaidFiles = memoByObject((journal: Journal): readonly string[] => {
  if (!journal.all.some((e) => MERMAID_FENCE.test(e.body))) return [];
  const chunks = fs.readdirSync(path.join(mermaidDir(), 'chunks', 'mermaid.esm.min')).filter((f) => f.endsWith('.mjs'));
  return ['mermaid.esm.min.mjs', ...chunks.map((f) => `chunks/mermaid.esm.min/${f}`)];
});

/** Listed once per journal: every one of the files' requests asks. */
export function mermaidPaths(journal: Journal): readonly string[] {
  return mermaidFiles(journal);
}

export function mermaidAsset(journal: Journal, relative: string): Asset | undefined {
  return mermaidPaths(journal).includes(relative) ? asset(path.join(mermaidDir(), relative)) : undefined;
}
