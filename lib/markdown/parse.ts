import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { keepDollarsAsText } from './dollars';
import { boundEmphasis } from './emphasis';
import { convertEngineSyntax, type EngineNote } from './engines';
import { keepSafeHtml } from './raw-html';

/** The syntax the render pipeline reads (GFM, math where meant), parsed only: for excerpts and the checker. */
const parser = remark().use(remarkGfm).use(remarkMath).freeze();

/**
 * An entry's Markdown as a syntax tree, with dollars that are not math kept
 * as text, the safe part of its raw HTML kept (./raw-html.ts) and other
 * engines' tags read (./engines.ts). What the
 * engine forms could not carry over is added to `notes` when given.
 */
export function parseMarkdown(source: string, notes?: EngineNote[]): Root {
  const markdown = boundEmphasis(source);
  const tree = parser.parse(markdown);
  keepDollarsAsText(tree, markdown);
  keepSafeHtml(tree, notes);
  const found = convertEngineSyntax(tree, markdown, (inner) => parseMarkdown(inner));
  notes?.push(...found);
  return tree;
}
