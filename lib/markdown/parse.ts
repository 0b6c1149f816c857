import type { Root } from 'mdast';
import type { Node } from 'unist';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { mathWhereMeant } from './dollars';
import { boundEmphasis } from './emphasis';
import { siteAddresses } from './dialects/jekyll';
import { convertLogseqSyntax } from './dialects/logseq';
import { convertNoteSyntax } from './dialects/obsidian';
import { convertEngineSyntax, type DialectLabels, type EngineNote } from './engines';
import type { ImageContext } from './images';
import { keepSafeHtml } from './raw-html';
import { STRINGS } from '../site/i18n';
import { DEFAULT_SETTINGS } from '../site/settings';
import { entryPath } from '../site/urls';

/**
 * How the journal reads Markdown, declared once: the stages every variant
 * of the pipeline (lib/markdown/pipeline.ts: entries, excerpts, feeds) and
 * the parse-only reading (automatic excerpts, reading time, the checker)
 * run, in this order. Each stage reads what the file says of the entry
 * (`math`, where its links go) from the file's data, and reports what it
 * could not carry over into the file's notes.
 *
 * 1. GFM and math syntax (remark-gfm, remark-math)
 * 2. dollars that are not math kept as text (./dollars.ts; all of them with `math: false`)
 * 3. the safe part of raw HTML kept as Markdown (./raw-html.ts)
 * 4. other engines' forms: Hexo tags, Hugo shortcodes, VuePress containers, GitHub alerts (./engines.ts)
 */

declare module 'vfile' {
  interface DataMap {
    /** The site's base path, for links to entries (an image context's own, when it has one). */
    basePath: string;
    /** What the stages could not carry over, with the line in the Markdown. */
    notes: EngineNote[];
    /** The reader-facing words the stages write, in the site's language. */
    labels: DialectLabels;
  }
}

/** What a reading of Markdown depends on besides the text. */
export interface ReadOptions {
  /** False when the entry turned math off (`math: false`): dollars stay text. */
  readonly math?: boolean;
  /** The site's base path, for links to entries, when there is no image context. */
  readonly basePath?: string;
  /** Where the entry's images are looked up and published. */
  readonly images?: ImageContext;
  /** The reader-facing words the stages write (the Site's `t`); the default language's without it. */
  readonly labels?: DialectLabels;
}

const labelsOf = (file: VFile): DialectLabels => file.data.labels ?? STRINGS[DEFAULT_SETTINGS.language];

function notesOf(file: VFile): EngineNote[] {
  return (file.data.notes ??= []);
}

/** The raw HTML journals use, as Markdown nodes; the rest is dropped, and named. */
function safeHtml() {
  return (tree: Root, file: VFile) => keepSafeHtml(tree, notesOf(file), labelsOf(file));
}

/** Other engines' forms, with links to entries under the site's base path; the Markdown inside them read the same way. */
function engineSyntax() {
  return (tree: Root, file: VFile) => {
    const basePath = file.data.images?.basePath ?? file.data.basePath ?? '';
    const context = { entryHref: (slug: string) => `${basePath}${entryPath(slug)}`, labels: labelsOf(file) };
    const inner = (markdown: string) => readTree(markdown, file.data).tree;
    notesOf(file).push(...convertEngineSyntax(tree, String(file.value), inner, context));
  };
}

/** Links between entries, embeds and highlights as vaults write them (./dialects/obsidian.ts). */
function logseqSyntax() {
  return (tree: Root, file: VFile) => convertLogseqSyntax(tree, String(file.value), notesOf(file), labelsOf(file));
}

function noteSyntax() {
  return (tree: Root, file: VFile) => convertNoteSyntax(tree, String(file.value), file.data.images?.entryFile);
}

/** The reading stages, in order: what every variant of the pipeline starts with. */
export const READ_STAGES: PluggableList = [remarkGfm, remarkMath, mathWhereMeant, safeHtml, engineSyntax, logseqSyntax, noteSyntax];

const reader = remark().use(READ_STAGES).freeze();

/** What the stages read of a reading's options, as the file's data. */
function readData(options: ReadOptions): VFile['data'] {
  return {
    ...(options.images ? { images: options.images } : {}),
    ...(options.math === false ? { math: false } : {}),
    ...(options.basePath ? { basePath: options.basePath } : {}),
    ...(options.labels ? { labels: options.labels } : {}),
  };
}

/** The Markdown the stages read: emphasis floods bounded (./emphasis.ts), Jekyll's `{{ site.baseurl }}` as this site's root (./dialects/jekyll.ts); lines stay where they were. */
const readable = (source: string) => boundEmphasis(siteAddresses(source));

/** The file a reading starts from: the readable Markdown, and what the stages read. */
export function markdownFile(source: string, options: ReadOptions = {}): VFile {
  return new VFile({ value: readable(source), data: readData(options) });
}

function isRoot(node: Node): node is Root {
  return node.type === 'root';
}

function readTree(markdown: string, data: VFile['data']): { tree: Root; file: VFile } {
  const file = new VFile({ value: readable(markdown), data: { ...data, notes: [] } });
  const tree = reader.runSync(reader.parse(file), file);
  if (!isRoot(tree)) throw new Error('the reading stages must leave a Markdown root');
  return { tree, file };
}

/**
 * An entry's Markdown as the journal reads it: a syntax tree after every
 * reading stage, for excerpts, plain text and the checker. What the stages
 * could not carry over is added to `notes` when given.
 */
export function parseMarkdown(source: string, notes?: EngineNote[], options: ReadOptions = {}): Root {
  const { tree, file } = readTree(source, readData(options));
  notes?.push(...(file.data.notes ?? []));
  return tree;
}
