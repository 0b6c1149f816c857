import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';

/** The syntax the render pipeline reads (GFM, math), parsed only: for excerpts and the checker. */
const parser = remark().use(remarkGfm).use(remarkMath).freeze();

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}
