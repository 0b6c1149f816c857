import { z } from 'zod';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { PAGE_IDS } from '../site/page-ids';

/** One heading of the table of contents (h2 and h3); the shape also checks one read back from the cache. */
export const tocItemShape = z.object({ depth: z.union([z.literal(2), z.literal(3)]), id: z.string(), text: z.string() }).readonly();
export type TocItem = z.output<typeof tocItemShape>;

/**
 * Heading ids as GitHub makes them (lower case, spaces to `-`, CJK kept,
 * repeats numbered -1, -2 …), an anchor link on h2–h4, and the table of
 * contents (h2 and h3) in `file.data.toc`. An id never starts with `_` or
 * `$`, so no heading can shadow a script global of the page, never
 * one of the page's own ids (`## main` gets `main-1`), and never a
 * footnote's (`user-content-fn-1`, whose back link would jump to it).
 */
export function headingIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    // The page's own ids are taken first, so a heading of the same name is numbered like a repeat.
    for (const id of Object.values(PAGE_IDS)) slugger.slug(id);
    const toc: TocItem[] = [];
    visit(tree, 'heading', (node: Heading) => {
      const text = toString(node).trim();
      let id = slugger.slug(text || 'section');
      if (/^[_$]|^user-content-/.test(id)) id = slugger.slug(`h-${id}`);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth >= 2 && node.depth <= 4) {
        node.children.push({
          type: 'link',
          url: `#${id}`,
          children: [{ type: 'text', value: '#' }],
          data: { hProperties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 } },
        });
      }
      if (node.depth === 2 || node.depth === 3) toc.push({ depth: node.depth, id, text });
    });
    file.data.toc = toc;
  };
}

declare module 'vfile' {
  interface DataMap {
    toc: TocItem[];
  }
}
