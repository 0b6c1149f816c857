import { defaultHandlers, type Handlers } from 'mdast-util-to-hast';
import type { Element } from 'hast';
import { t } from '../i18n';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { headingIds, type TocItem } from './headings';
import { codeBlock } from './highlight';
import { localImages, type ImageContext, type MediaFile } from './images';
import { displayMath, inlineMath } from './math';
import { ENTRY_SCHEMA } from './schema';

export type { TocItem } from './headings';
export type { ImageContext, MediaFile } from './images';

/**
 * Markdown → HTML: remark with GFM and math, compiled by remark-html with
 * sanitizing on (schema in ./schema.ts). Raw HTML in an entry is dropped;
 * code is highlighted by Shiki and math typeset by KaTeX at build time.
 */
const handlers: Handlers = {
  code: (_state, node) => codeBlock(node),
  listItem: (state, node, parent) => labelTask(defaultHandlers.listItem(state, node, parent), node.checked),
  math: (_state, node) => displayMath(node.value),
  inlineMath: (_state, node) => inlineMath(node.value),
};

/** A task list checkbox says what it is: GFM writes it without a label. */
function labelTask(item: Element, checked: boolean | null | undefined): Element {
  if (typeof checked !== 'boolean') return item;
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'input') child.properties = { ...child.properties, ariaLabel: checked ? t.taskDone : t.taskOpen };
      else visit(child);
    }
  };
  visit(item);
  return item;
}

const compile = [remarkHtml, { sanitize: ENTRY_SCHEMA, handlers }] as const;

/** Whole entries: heading ids, anchors and a table of contents. */
const entryProcessor = remark().use(remarkGfm).use(remarkMath).use(headingIds).use(localImages).use(...compile).freeze();

/** Excerpts in lists: no heading ids, which would repeat across the entries of one page. */
const excerptProcessor = remark().use(remarkGfm).use(remarkMath).use(localImages).use(...compile).freeze();

export interface RenderedEntry {
  readonly html: string;
  readonly toc: readonly TocItem[];
  readonly hasMath: boolean;
  readonly hasCode: boolean;
  /** Local images the entry shows, to be published with it. */
  readonly media: readonly MediaFile[];
  /** Local image references that point at no file. */
  readonly missingImages: readonly string[];
}

function run(processor: typeof entryProcessor, markdown: string, images?: ImageContext) {
  const file = new VFile({ value: markdown, data: images ? { images } : {} });
  const html = String(processor.processSync(file));
  return { html, file };
}

export function renderEntry(markdown: string, images?: ImageContext): RenderedEntry {
  const { html, file } = run(entryProcessor, markdown, images);
  return {
    html,
    toc: file.data.toc ?? [],
    hasMath: html.includes('class="katex'),
    hasCode: html.includes('<figure class="code-block"'),
    media: file.data.media ?? [],
    missingImages: file.data.missingImages ?? [],
  };
}

/** The whole pipeline on a piece of Markdown (tests, and entries without a file). */
export function renderMarkdown(markdown: string): string {
  return renderEntry(markdown).html;
}

export function renderExcerpt(markdown: string, images?: ImageContext): string {
  return run(excerptProcessor, markdown, images).html;
}

/** Serialises a tree built here; the processor has no transforms to run on it. */
function renderTree(tree: Root): string {
  return excerptProcessor.stringify(tree);
}

const MORE = /<!--\s*more\s*-->/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Offset of the first `<!-- more -->` marker (any spacing, any case) that is
 * not inside a fenced code block, or null when there is none.
 */
export function findMoreMarker(markdown: string): number | null {
  let offset = 0;
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const opening = FENCE.exec(line);
    if (fence !== null) {
      if (opening?.[1] && opening[1][0] === fence[0] && opening[1].length >= fence.length && line.trim() === opening[1]) {
        fence = null;
      }
    } else if (opening?.[1]) {
      fence = opening[1];
    } else {
      const match = MORE.exec(line);
      if (match) return offset + match.index;
    }
    offset += line.length + 1;
  }
  return null;
}

/** Characters of CJK scripts count as a full unit of excerpt length; everything else as half. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

function width(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 1 : 0.5;
  return units;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function plainText(node: PhrasingContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return '';
}

interface Budget {
  left: number;
  cut: boolean;
}

/**
 * Copies inline content until the budget runs out. Text is cut only
 * between words (Intl.Segmenter, which also splits Chinese into words);
 * links and code spans are taken whole or not at all.
 */
function takeInline(nodes: readonly PhrasingContent[], budget: Budget): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (budget.cut) break;
    switch (node.type) {
      case 'text': {
        const w = width(node.value);
        if (w <= budget.left) {
          out.push({ type: 'text', value: node.value });
          budget.left -= w;
          break;
        }
        let kept = '';
        for (const { segment } of segmenter.segment(node.value)) {
          const sw = width(segment);
          if (sw > budget.left) break;
          kept += segment;
          budget.left -= sw;
        }
        kept = kept.trimEnd();
        if (kept !== '') out.push({ type: 'text', value: kept });
        budget.cut = true;
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const children = takeInline(node.children, budget);
        if (children.length > 0) out.push({ type: node.type, children } as PhrasingContent);
        break;
      }
      case 'break':
        if (budget.left >= 0.5) {
          out.push({ type: 'text', value: ' ' });
          budget.left -= 0.5;
        }
        break;
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        break;
      default: {
        // Links, link references and code spans: whole, or the excerpt ends here.
        const w = width(plainText(node));
        if (w <= budget.left) {
          out.push(node);
          budget.left -= w;
        } else {
          budget.cut = true;
        }
      }
    }
  }
  return out;
}

function paragraphsOf(nodes: readonly RootContent[]): PhrasingContent[][] {
  const found: PhrasingContent[][] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') found.push(node.children);
    else if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') {
      found.push(...paragraphsOf(node.children));
    }
  }
  return found;
}

function excerptInline(markdown: string, limit: number): PhrasingContent[] {
  const tree = excerptProcessor.parse(markdown);
  const budget: Budget = { left: limit, cut: false };
  const children: PhrasingContent[] = [];
  const paragraphs = paragraphsOf(tree.children);
  for (const paragraph of paragraphs) {
    if (budget.cut || budget.left <= 0) {
      budget.cut = true;
      break;
    }
    if (children.length > 0) children.push({ type: 'text', value: ' ' });
    children.push(...takeInline(paragraph, budget));
  }
  if (budget.cut && children.length > 0) {
    const last = children.at(-1);
    if (last?.type === 'text') last.value = last.value.trimEnd();
    children.push({ type: 'text', value: '…' });
  }
  return children;
}

/**
 * An excerpt for an entry without a `<!-- more -->` marker: the text of its
 * leading paragraphs, about `limit` Chinese characters long (Latin letters
 * count half), ending with "…" when something was left out.
 */
export function autoExcerpt(markdown: string, limit = 150): string {
  const children = excerptInline(markdown, limit);
  if (children.length === 0) return '';
  return renderTree({ type: 'root', children: [{ type: 'paragraph', children }] });
}

/** The same cut as plain text, for descriptions in metadata. */
export function plainExcerpt(markdown: string, limit = 80): string {
  return excerptInline(markdown, limit).map(plainText).join('').trim();
}
