import { z } from 'zod';
import type { Element } from 'hast';
import type { Root } from 'mdast';
import { defaultHandlers, type Handlers } from 'mdast-util-to-hast';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { STRINGS, type Strings } from '../site/i18n';
import { DEFAULT_SETTINGS } from '../site/settings';
import { markdownFile, READ_STAGES, type ReadOptions } from './parse';
import { autoExcerptTree } from './excerpt';
import { headingIds, tocItemShape, type TocItem } from './headings';
import { codeBlock, languageOf } from './highlight';
import { localAttachments } from './attachments';
import { localImages, mediaFileShape, type ImageContext, type MediaFile } from './images';
import { displayMath, inlineMath } from './math';
import { ENTRY_SCHEMA } from './schema';

/**
 * Markdown → HTML: remark with GFM and math, compiled by remark-html with
 * sanitizing on (schema in ./schema.ts). Raw HTML in an entry is dropped,
 * but for the safe subset journals use (./raw-html.ts);
 * code is highlighted by Shiki and math typeset by KaTeX at build time.
 */
function entryHandlers(labels: MarkdownLabels): Handlers {
  return {
    code: (_state, node) => codeBlock(node),
    listItem: (state, node, parent) => labelTask(defaultHandlers.listItem(state, node, parent), node.checked, labels),
    math: (_state, node) => displayMath(node.value),
    inlineMath: (_state, node) => inlineMath(node.value),
  };
}

/** The interface strings rendered Markdown holds: task boxes' labels, the footnotes' heading and back links, callout titles, video links. */
export type MarkdownLabels = Pick<Strings, 'taskDone' | 'taskOpen' | 'footnotes' | 'backToReference' | 'callouts' | 'video' | 'music'>;

/** A task list checkbox says what it is: GFM writes it without a label. */
function labelTask(item: Element, checked: boolean | null | undefined, t: MarkdownLabels): Element {
  if (typeof checked !== 'boolean') return item;
  const visitElement = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'input') child.properties = { ...child.properties, ariaLabel: checked ? t.taskDone : t.taskOpen };
      else visitElement(child);
    }
  };
  visitElement(item);
  return item;
}

declare module 'vfile' {
  interface DataMap {
    /** What the entry holds that its page needs assets or scripts for. */
    features: { code: boolean; math: boolean; images: boolean; diagrams: boolean };
  }
}

/**
 * Notes the code blocks, formulas, images and diagrams the compiler will
 * meet: the page then loads the copy button, KaTeX's styles, the image
 * viewer or Mermaid, and nothing it does not need.
 */
function features() {
  return (tree: Root, file: VFile) => {
    const found = { code: false, math: false, images: false, diagrams: false };
    visit(tree, (node) => {
      if (node.type === 'code') {
        found.code = true;
        if (languageOf(node) === 'mermaid') found.diagrams = true;
      } else if (node.type === 'math' || node.type === 'inlineMath') found.math = true;
      else if (node.type === 'image') found.images = true;
    });
    file.data.features = found;
  };
}

/**
 * What each variant runs after the reading stages (./parse.ts READ_STAGES),
 * declared once: whole entries get heading ids, a table of contents and
 * notes of what they need loaded; excerpts in lists no heading ids (they
 * would repeat across the entries of one page); feed items neither (a feed
 * reader shows a stray `#`), and formulas as MathML only.
 */
const VARIANT_STAGES = {
  entry: [headingIds, localImages, localAttachments, features],
  excerpt: [localImages, localAttachments],
  feed: [localImages, localAttachments],
} satisfies Record<string, PluggableList>;

type Variant = keyof typeof VARIANT_STAGES;

function makeProcessors(labels: MarkdownLabels) {
  const handlers = entryHandlers(labels);
  const compile = [remarkHtml, { sanitize: ENTRY_SCHEMA, handlers }] as const;
  /** For feeds: each formula once, as MathML. */
  const feedHandlers: Handlers = {
    ...handlers,
    math: (_state, node) => displayMath(node.value, 'mathml'),
    inlineMath: (_state, node) => inlineMath(node.value, 'mathml'),
  };
  const processor = (variant: Variant, compiler: typeof compile) => remark().use(READ_STAGES).use(VARIANT_STAGES[variant]).use(...compiler).freeze();
  return {
    entry: processor('entry', compile),
    excerpt: processor('excerpt', compile),
    feed: processor('feed', [remarkHtml, { sanitize: ENTRY_SCHEMA, handlers: feedHandlers }]),
  };
}

type Processors = ReturnType<typeof makeProcessors>;
const processorsByLabels = new WeakMap<MarkdownLabels, Processors>();

/** The processors that write these labels, made once per set of labels (one per site language). */
function processorsFor(labels: MarkdownLabels = STRINGS[DEFAULT_SETTINGS.language]): Processors {
  let found = processorsByLabels.get(labels);
  if (!found) processorsByLabels.set(labels, (found = makeProcessors(labels)));
  return found;
}

/** A rendered entry as the cache between runs keeps it (lib/markdown/decode.ts checks one read back). */
export const storedRenderShape = z
  .object({
    html: z.string(),
    toc: z.array(tocItemShape).readonly(),
    hasMath: z.boolean(),
    hasCode: z.boolean(),
    /** Images, local or remote: the page loads the image viewer. */
    hasImages: z.boolean(),
    /** ```mermaid blocks: the page loads Mermaid. */
    hasDiagrams: z.boolean(),
    /** Local images the entry shows, to be published with it. */
    media: z.array(mediaFileShape).readonly(),
  })
  .readonly();

export type RenderedEntry = z.output<typeof storedRenderShape>;

/** What an entry's front matter and the Site change in how it renders. */
export interface RenderOptions extends Omit<ReadOptions, 'images'> {
  /** The interface strings in the site's language (the Site's `t`). */
  readonly labels?: MarkdownLabels;
}

/**
 * The footnotes' heading and back links in the site's language: remark-html
 * hands mdast-util-to-hast no labels, so its English ones are replaced in
 * what it wrote (attributes no entry can write itself: the sanitizer keeps
 * no aria-label and no sr-only class from an entry).
 */
function footnoteLabels(html: string, t: MarkdownLabels): string {
  if (!html.includes('data-footnotes')) return html;
  return html
    .replace('<h2 class="sr-only" id="footnote-label">Footnotes</h2>', `<h2 class="sr-only" id="footnote-label">${t.footnotes}</h2>`)
    .replace(/aria-label="Back to reference ([\d-]+)"/g, (_whole, n: string) => `aria-label="${t.backToReference(n)}"`);
}

function run(variant: Variant, markdown: string, images?: ImageContext, options: RenderOptions = {}) {
  const processors = processorsFor(options.labels);
  const file: VFile = markdownFile(markdown, { ...options, ...(images ? { images } : {}) });
  const html = footnoteLabels(String(processors[variant].processSync(file)), options.labels ?? STRINGS[DEFAULT_SETTINGS.language]);
  return { html, file };
}

export function renderEntry(markdown: string, images?: ImageContext, options?: RenderOptions): RenderedEntry {
  const { html, file } = run('entry', markdown, images, options);
  return {
    html,
    toc: file.data.toc ?? [],
    hasMath: file.data.features?.math ?? false,
    hasCode: file.data.features?.code ?? false,
    hasImages: file.data.features?.images ?? false,
    hasDiagrams: file.data.features?.diagrams ?? false,
    media: file.data.media ?? [],
  };
}

/** The whole pipeline on a piece of Markdown (tests, and entries without a file). */
export function renderMarkdown(markdown: string): string {
  return renderEntry(markdown).html;
}

/** Markdown as a feed reader gets it (see feedProcessor); site paths stay paths, for the feed to make absolute. */
export function renderForFeed(markdown: string, images?: ImageContext, options?: RenderOptions): string {
  return run('feed', markdown, images, options).html;
}

export function renderExcerpt(markdown: string, images?: ImageContext, options?: RenderOptions): string {
  return run('excerpt', markdown, images, options).html;
}

/** The automatic excerpt of an entry without `<!-- more -->`, as sanitized HTML ('' when there is nothing to show). */
export function autoExcerpt(markdown: string, limit = 150, options: RenderOptions = {}): string {
  const tree = autoExcerptTree(markdown, limit, options);
  const { labels } = options;
  // A tree built from parsed Markdown: the processor has no transforms to run on it.
  return tree === null ? '' : processorsFor(labels).excerpt.stringify(tree);
}
