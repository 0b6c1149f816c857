import type { PhrasingContent, Root, RootContent } from 'mdast';
import { textWidth } from '../text/cjk';
import { nodeText } from '../markdown/plain';
import { proseLines } from './lines';
import { parseMarkdown, type ReadOptions } from './parse';

/**
 * Excerpts: the `<!-- more -->` marker, and the automatic cut of an entry
 * without one. Parsing only — no highlighting, no typesetting — so the
 * content layer and the checker can use it without the render pipeline.
 */

const MORE = /<!--\s*more\s*-->/i;

/**
 * Offset of the first `<!-- more -->` marker (any spacing, any case) that is
 * not inside a fenced code block, or null when there is none.
 */
export function findMoreMarker(markdown: string): number | null {
  for (const line of proseLines(markdown)) {
    const match = MORE.exec(line.text);
    if (match) return line.offset + match.index;
  }
  return null;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

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
        const w = textWidth(node.value);
        if (w <= budget.left) {
          out.push({ type: 'text', value: node.value });
          budget.left -= w;
          break;
        }
        let kept = '';
        for (const { segment } of segmenter.segment(node.value)) {
          const sw = textWidth(segment);
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
        if (children.length > 0) out.push({ ...node, children });
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
        const w = textWidth(nodeText(node));
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

function excerptInline(markdown: string, limit: number, options: ReadOptions): PhrasingContent[] {
  const tree = parseMarkdown(markdown, undefined, options);
  const budget: Budget = { left: limit, cut: false };
  const children: PhrasingContent[] = [];
  for (const paragraph of paragraphsOf(tree.children)) {
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
 * The opening of an entry without a `<!-- more -->` marker, as a tree: the
 * text of its leading paragraphs, about `limit` Chinese characters long
 * (Latin letters count half), ending with "…" when something was left out.
 * Null when the entry opens with nothing to show.
 */
export function autoExcerptTree(markdown: string, limit = 150, options: ReadOptions = {}): Root | null {
  const children = excerptInline(markdown, limit, options);
  return children.length === 0 ? null : { type: 'root', children: [{ type: 'paragraph', children }] };
}

/** The same cut as plain text, for descriptions in metadata. */
export function plainExcerpt(markdown: string, limit = 80, options: ReadOptions = {}): string {
  return excerptInline(markdown, limit, options).map(nodeText).join('').trim();
}
