import { z } from 'zod';
import type { Node } from 'mdast';
import { visit } from 'unist-util-visit';
import { attachmentType } from '../markdown/attachments';
import type { EngineNote } from '../markdown/engines';
import { longestLine, MAX_HIGHLIGHT_LINE, MAX_TEX_NESTING, texNesting } from '../markdown/limits';
import { parseMarkdown } from '../markdown/parse';
import { ENTRY_SCHEMA } from '../markdown/schema';
import { say } from '../text/message';
import { storedByEntry } from './build-cache';
import type { Entry } from './entry';
import { messageShape } from './problems';

/**
 * What an entry's text holds that readers will not see as written, found
 * in one reading of its Markdown (the reading every page makes): other
 * engines' tags the journal does not know, raw HTML it removes, addresses
 * the sanitizer drops, formulas too deep to typeset, code lines too long
 * to highlight; and every image it shows, with its line, for the checker
 * and the build to resolve. Kept between runs like a rendered entry: it
 * depends on the entry's text alone.
 */

const findingShape = z.object({ line: z.number().int().min(1), field: z.string(), message: messageShape }).readonly();
const findingsShape = z
  .object({
    notes: z.array(findingShape).readonly(),
    /** The images the text shows (Markdown, raw `<img>`, other engines' image tags), each with its line in the file. */
    images: z.array(z.object({ url: z.string(), line: z.number().int().min(1) }).readonly()).readonly(),
    /** Its links to other entries by name or file (`name:note`, `file:notes/x.md`; ./entry-links.ts), each with its line. */
    links: z.array(z.object({ target: z.string(), line: z.number().int().min(1) }).readonly()).readonly(),
    /** Its links to files of its own to publish (documents, archives, recordings: lib/markdown/attachments.ts), each with its line. */
    files: z.array(z.object({ url: z.string(), line: z.number().int().min(1) }).readonly()).readonly(),
  })
  .readonly();

export type BodyFindings = z.output<typeof findingsShape>;

/** Marks without which a body has nothing to find: no link, image, formula, code, tag, container or HTML. */
const MARKS = ['](', ']:', '$', '```', '~~~', '{%', '{{', ':::', '<', '[['];

export const bodyFindings = storedByEntry(
  'findings',
  (entry: Entry): BodyFindings => {
    const { body, bodyLine } = entry;
    if (!MARKS.some((mark) => body.includes(mark))) return { notes: [], images: [], links: [], files: [] };
    const lineOf = (node: Node) => bodyLine + (node.position?.start.line ?? 1) - 1;
    const engineNotes: EngineNote[] = [];
    const tree = parseMarkdown(body, engineNotes, { math: entry.math });
    const notes: z.output<typeof findingShape>[] = engineNotes.map((n) => ({ line: bodyLine + n.line - 1, field: 'body', message: n.message }));
    const images: { url: string; line: number }[] = [];
    const links: { target: string; line: number }[] = [];
    const files: { url: string; line: number }[] = [];
    visit(tree, (node) => {
      if (node.type === 'image') images.push({ url: node.url, line: lineOf(node) });
      if (node.type === 'link' && attachmentType(node.url) !== undefined) files.push({ url: node.url, line: lineOf(node) });
      const target = node.data?.hProperties?.dataEntryLink ?? node.data?.hProperties?.dataEntryEmbed;
      if (typeof target === 'string') links.push({ target, line: lineOf(node) });
      const scheme = node.type === 'link' || node.type === 'image' ? removedProtocol(node.url, node.type) : null;
      if ((node.type === 'link' || node.type === 'image') && scheme !== null) {
        const what = node.type === 'image' ? say('an image', '图片') : say('a link', '链接');
        const message = say(
          `${what.en} to a \`${scheme}:\` address is removed (only web addresses${node.type === 'link' ? ' and mail' : ''} are kept)`,
          `指向 \`${scheme}:\` 地址的${what['zh-CN']}会被删除（只保留网页${node.type === 'link' ? '和邮件' : ''}地址）`,
        );
        notes.push({ line: lineOf(node), field: 'body', message });
      } else if (node.type === 'inlineMath' && entry.math && /\p{Script=Han}|^\(?[A-Z_]{2,}\)?(?:\s|$)/u.test(node.value)) {
        const message = say(
          'an inline formula holds Chinese text or looks like a shell variable; if these dollars are prices or variables, write `math: false` in the front matter or escape them as \\$',
          '行内公式里有中文，或看起来像 shell 变量；如果这些美元符号是价格或变量，请在 front matter 写 `math: false`，或把它们转义为 \\$',
        );
        notes.push({ line: lineOf(node), field: 'math', message });
      } else if ((node.type === 'math' || node.type === 'inlineMath') && texNesting(node.value) > MAX_TEX_NESTING) {
        const message = say(`a formula nests more than ${MAX_TEX_NESTING} groups deep; it is shown as its source`, `公式嵌套超过 ${MAX_TEX_NESTING} 层；按源码显示`);
        notes.push({ line: lineOf(node), field: 'math', message });
      } else if (node.type === 'code' && node.lang && longestLine(node.value) > MAX_HIGHLIGHT_LINE) {
        const longest = longestLine(node.value);
        const message = say(
          `a \`${node.lang}\` block has a line of ${longest} characters; lines over ${MAX_HIGHLIGHT_LINE} are shown without highlighting`,
          `\`${node.lang}\` 代码块中有一行长 ${longest} 个字符；超过 ${MAX_HIGHLIGHT_LINE} 个字符的行不做高亮`,
        );
        notes.push({ line: lineOf(node), field: 'code', message });
      }
    });
    return { notes, images, links, files };
  },
  (value) => {
    const read = findingsShape.safeParse(value);
    return read.success ? read.data : undefined;
  },
);

/** The scheme of an address the sanitizer removes (`javascript`, `data`, `file`), or null for one it keeps. */
function removedProtocol(url: string, kind: 'link' | 'image'): string | null {
  // As browsers read it: tabs, line ends and control characters inside the scheme are skipped.
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  if (scheme === undefined) return null;
  // The schemes the entries' sanitize schema keeps, for a link's href and an image's src.
  const kept = ENTRY_SCHEMA.protocols?.[kind === 'image' ? 'src' : 'href'] ?? [];
  return kept.includes(scheme) ? null : scheme;
}
