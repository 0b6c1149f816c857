import type { Heading, Paragraph, Parent, PhrasingContent, Root, TableCell, Text } from 'mdast';
import { MARKDOWN_FILE } from '../../text/names';
import { text } from './forms';

/**
 * What Obsidian, Logseq and Typora write between entries and inside text:
 *
 * - `[[note]]`, `[[note|words]]`, `[[note#heading]]`: a link to another
 *   entry by its name, as `<a data-entry-link="name:note#heading">`;
 * - `[words](other.md)`, `[words](../notes/x.md#part)`: a link to another
 *   entry by its file, as `<a data-entry-link="file:notes/x.md#part">`;
 * - `![[note]]` alone in a paragraph: the note embedded, as
 *   `<div data-entry-embed="name:note">`; `![[picture.png|300]]`: the image,
 *   300 pixels wide, found by name (lib/markdown/images.ts);
 * - `==highlight==` as `<mark>`; a block id (`^6d1f30`) at a paragraph's
 *   end and Dataview fields (`times:: 15:15`) on lines of their own are
 *   the vault's bookkeeping, never shown.
 *
 * Which entry a name or file is, and whether it is published, is decided
 * when a page shows the entry (lib/content/entry-links.ts): a link to
 * anything not published keeps its words and loses its link, and says
 * nothing of the note. The stored HTML keeps only what the author wrote.
 */

/** The file types an embed shows as an image, as Obsidian does. */
const IMAGE_NAME = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;

/** `![[target|option]]` or `[[target|words]]`; the target holds no brackets or pipes. */
const WIKILINK = /(!?)\[\[([^[\]|\n]+?)(?:\|([^[\]\n]*))?\]\]/g;
const MARK = /==(?=\S)([^=\n]+?)(?<=\S)==/g;
/** A block id at the end of a paragraph: ` ^6d1f30`. */
const BLOCK_ID = /(?:^|[ \t]+)\^[\w-]+\s*$/;
/** A Dataview field on a line of its own: `key:: value`, the key words (any script), a space or the line's end after `::`. */
const DATAVIEW_LINE = /^[\t ]*[\p{L}\p{N}_][\p{L}\p{N}_ ./-]*::(?:[ \t].*)?$/u;
/** A Markdown link's address that names another Markdown file, relative: `other.md`, `../x.md#part`, `a%20b.md`. */
const FILE_LINK = /^(?![a-z][a-z\d+.-]*:|\/\/|\/|#)([^?#]*\.(?:md|markdown))(#.*)?$/i;

/** Whether a paragraph holds nothing else than this embed. */
function lone(paragraph: Paragraph): string | null {
  const [only, ...rest] = paragraph.children;
  if (rest.length > 0 || only?.type !== 'text') return null;
  const m = /^\s*!\[\[([^[\]|\n]+?)(?:\|[^[\]\n]*)?\]\]\s*$/.exec(only.value);
  return m && !IMAGE_NAME.test(m[1]?.trim() ?? '') ? (m[1]?.trim() ?? null) : null;
}

/** The link of an entry named `target` with these words. */
function nameLink(target: string, words: string): PhrasingContent {
  return { type: 'emphasis', children: [text(words)], data: { hName: 'a', hProperties: { dataEntryLink: `name:${target}` } } };
}

/** One text node's wikilinks, embeds and highlights, as nodes. */
function phrasing(node: Text): PhrasingContent[] | null {
  const value = node.value;
  if (!value.includes('[[') && !value.includes('==')) return null;
  const out: PhrasingContent[] = [];
  let last = 0;
  const forms = [...value.matchAll(WIKILINK)].map((m) => ({ index: m.index, length: m[0].length, make: (): PhrasingContent[] => wikilink(m[1] === '!', m[2] ?? '', m[3]) }));
  for (const m of value.matchAll(MARK)) {
    const end = m.index + m[0].length;
    // A highlight holding whole wikilinks marks them too; one cutting a wikilink in two is no highlight.
    if (forms.some((f) => m.index < f.index + f.length && f.index < end && !(m.index < f.index && f.index + f.length < end))) continue;
    for (let k = forms.length - 1; k >= 0; k--) {
      const f = forms[k];
      if (f && m.index < f.index && f.index + f.length < end) forms.splice(k, 1);
    }
    const inner = text(m[1] ?? '');
    forms.push({ index: m.index, length: m[0].length, make: () => [{ type: 'emphasis', children: phrasing(inner) ?? [inner], data: { hName: 'mark' } }] });
  }
  if (forms.length === 0) return null;
  forms.sort((a, b) => a.index - b.index);
  for (const f of forms) {
    if (f.index < last) continue;
    if (f.index > last) out.push(text(value.slice(last, f.index)));
    out.push(...f.make());
    last = f.index + f.length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  return out.map((n) => ({ ...n, position: node.position }));
}

function wikilink(embed: boolean, rawTarget: string, option: string | undefined): PhrasingContent[] {
  const target = rawTarget.trim();
  if (embed && IMAGE_NAME.test(target)) {
    // `![[a.png|300]]`, `![[a.png|300x200]]`: a width (and height) in pixels; other words are its description.
    const size = /^\s*(\d{1,5})(?:x(\d{1,5}))?\s*$/.exec(option ?? '');
    const hProperties: Record<string, number> = {};
    if (size?.[1]) hProperties.width = Number(size[1]);
    if (size?.[2]) hProperties.height = Number(size[2]);
    return [{ type: 'image', url: encodeURI(target), alt: size || option === undefined ? null : option.trim(), data: { hProperties } }];
  }
  const words = option?.trim() || target.replace(/#\^?/, ' › ').replace(/^ › /, '');
  return [nameLink(target, words)];
}

function holdsText(node: Parent): node is Paragraph | Heading | TableCell {
  return node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
}

/**
 * `==highlight==` around inline code or a link (`==用 \`a\` 和 \`b\`==`):
 * its marks are in two text nodes, with what lies between them marked.
 */
function markAcross(children: PhrasingContent[]): void {
  for (let i = 0; i < children.length; i++) {
    const first = children[i];
    if (first?.type !== 'text') continue;
    // The first `==` not closed within its own text, opening a word.
    const open = first.value.replace(MARK, (m) => ' '.repeat(m.length)).search(/==(?=\S|$)/);
    if (open === -1 || (open + 2 === first.value.length && i + 1 === children.length)) continue;
    for (let j = i + 1; j < children.length; j++) {
      const last = children[j];
      if (last?.type !== 'text') continue;
      const close = last.value.indexOf('==');
      if (close === -1) continue;
      if (close > 0 && /\s/.test(last.value[close - 1] ?? '')) break;
      const inside = [text(first.value.slice(open + 2)), ...children.slice(i + 1, j), text(last.value.slice(0, close))].filter((n) => n.type !== 'text' || n.value !== '');
      const mark: PhrasingContent = { type: 'emphasis', children: inside, data: { hName: 'mark' } };
      const made = [text(first.value.slice(0, open)), mark, text(last.value.slice(close + 2))].filter((n) => n.type !== 'text' || n.value !== '');
      children.splice(i, j - i + 1, ...made);
      break;
    }
  }
}

/** Paragraph text without the vault's bookkeeping: Dataview field lines and a closing block id. */
function withoutBookkeeping(paragraph: Paragraph | Heading): void {
  for (const child of paragraph.children) {
    if (child.type !== 'text' || !child.value.includes('::')) continue;
    child.value = child.value
      .split('\n')
      .filter((line) => !DATAVIEW_LINE.test(line))
      .join('\n');
  }
  const last = paragraph.children.at(-1);
  if (last?.type === 'text' && BLOCK_ID.test(last.value)) last.value = last.value.replace(BLOCK_ID, '');
  // A line break left before what was removed goes with it.
  for (let end = paragraph.children.at(-1); end && (end.type === 'break' || (end.type === 'text' && /^\s*$/.test(end.value))); end = paragraph.children.at(-1)) {
    paragraph.children.pop();
  }
}

/** The path of a linked file relative to the content folder, from the linking entry's file. */
function linkedFile(address: string, entryFile: string | undefined): string | null {
  const m = FILE_LINK.exec(address);
  if (!m) return null;
  let file: string;
  try {
    file = decodeURI(m[1] ?? '');
  } catch {
    return null;
  }
  const parts = (entryFile ?? '').split('/').slice(0, -1);
  for (const part of file.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return `${parts.join('/')}${m[2] ?? ''}`;
}

function walk(parent: Parent, entryFile: string | undefined): void {
  if (holdsText(parent)) markAcross(parent.children);
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    if (node.type === 'heading') withoutBookkeeping(node);
    if (node.type === 'paragraph') {
      withoutBookkeeping(node);
      if (node.children.length === 0) {
        children.splice(i, 1);
        i -= 1;
        continue;
      }
      const embedded = lone(node);
      if (embedded !== null) {
        children.splice(i, 1, { type: 'paragraph', children: [], position: node.position, data: { hName: 'div', hProperties: { dataEntryEmbed: `name:${embedded}` } } });
        continue;
      }
    }
    if (node.type === 'link') {
      const file = linkedFile(node.url, entryFile);
      if (file !== null && MARKDOWN_FILE.test(file.split('#')[0] ?? '')) {
        children.splice(i, 1, { type: 'emphasis', children: node.children, position: node.position, data: { hName: 'a', hProperties: { dataEntryLink: `file:${file}` } } });
      }
      continue;
    }
    if (node.type === 'text') {
      const made = phrasing(node);
      if (made && parent.type !== 'root') {
        children.splice(i, 1, ...made);
        i += made.length - 1;
      }
      continue;
    }
    if ('children' in node) walk(node, entryFile);
  }
}

/** Reads the vaults' forms of a parsed entry, in place. */
export function convertNoteSyntax(tree: Root, markdown: string, entryFile: string | undefined): void {
  if (!/\[\[|==|::|\^[\w-]+\s*$|\.(?:md|markdown)\b/im.test(markdown)) return;
  walk(tree, entryFile);
}
