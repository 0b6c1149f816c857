import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from './parse';

/**
 * Markdown reduced to the text a reader reads: no markup, no link
 * targets, no HTML, and other engines' tags read as the page reads them
 * (a `{% post_link %}` is its label, not its source). One definition for
 * search, reading time and descriptions.
 */

/** The text of a syntax tree node, without raw HTML. */
export function nodeText(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

const CONTAINERS = new Set(['list', 'blockquote', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/** The text of a piece of Markdown, one space between blocks. */
export function markdownText(markdown: string): string {
  const blocks: string[] = [];
  const collect = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (CONTAINERS.has(node.type) && 'children' in node) collect(node.children);
      else blocks.push(nodeText(node));
    }
  };
  collect(parseMarkdown(markdown).children);
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}
