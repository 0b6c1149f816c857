import type { Delete, Emphasis, Heading, Paragraph, Parent, PhrasingContent, Root, RootContent, Strong, TableCell } from 'mdast';
import { say } from '../text/message';
import { proseLines } from './lines';
import { alert } from './dialects/github';
import { HEXO } from './dialects/hexo';
import { HUGO, HUGO_LINK } from './dialects/hugo';
import { JEKYLL } from './dialects/jekyll';
import { CONTAINER_CLOSE, CONTAINER_OPEN, container } from './dialects/vuepress';
import { entryLink, isBlock, note, slugOfTarget, tagCall, text, type BlockForm, type Dialect, type EngineContext, type EngineNote, type InlineForm, type Run } from './dialects/forms';

/**
 * What other journal engines write inside Markdown, read on the syntax
 * tree as they read it, one module per dialect in ./dialects/: Hexo's tag
 * plugins (hexo.ts), Jekyll's Liquid (jekyll.ts), Hugo's shortcodes (hugo.ts), VuePress containers
 * (vuepress.ts), GitHub alerts (github.ts), and `[TOC]`. This file finds
 * the forms and hands each to its dialect. Code spans and code blocks are
 * never touched: they are not text nodes. Any other tag shows its inner
 * text, never its delimiters, and is noted (with its line) for the checker.
 * A new syntax goes into its dialect's table, with a line in its golden.
 */

export type { DialectLabels, EngineContext, EngineNote } from './dialects/forms';
export { detailsBlock, isBlock } from './dialects/forms';

/** `{% name args %}`, `{{< name args >}}` and `{{% name args %}}`, closing forms included. */
const TAG = /\{%-?\s*(\/?[\w-]+)((?:[^%]|%(?!\}))*?)-?%\}|\{\{[<%]\s*(\/?[\w-]+)((?:[^>%]|[>%](?!\}\}))*?)[>%]\}\}/g;
/** A tag (groups 1–4), or a Markdown link whose target is a Hugo `ref` (groups 5–6), which micromark left as text. */
const INLINE_FORM = new RegExp(`${TAG.source}|${HUGO_LINK.source}`, 'g');

/** The opening tag of a block form of the dialect: `{% name args %}` (Hexo), `{{< name args >}}` (Hugo). */
function blockOpening(dialect: Dialect, open: string, close: string): RegExp {
  return new RegExp(`^${open}\\s*(${Object.keys(dialect.blocks).join('|')})\\b${close}\\s*`);
}
/** Hexo and Jekyll share Liquid's `{% %}`: one table of their tags. */
const LIQUID: Dialect = { inline: { ...HEXO.inline, ...JEKYLL.inline }, blocks: { ...HEXO.blocks, ...JEKYLL.blocks } };
const BLOCK_OPENINGS: readonly { readonly dialect: Dialect; readonly pattern: RegExp }[] = [
  { dialect: LIQUID, pattern: blockOpening(LIQUID, '\\{%-?', '((?:[^%]|%(?!\\}))*?)-?%\\}') },
  { dialect: HUGO, pattern: blockOpening(HUGO, '\\{\\{[<%]', '((?:[^>%]|[>%](?!\\}\\}))*?)[>%]\\}\\}') },
];

/** Inline tags by name, from every dialect. */
const INLINE: ReadonlyMap<string, InlineForm> = new Map([...Object.entries(LIQUID.inline), ...Object.entries(HUGO.inline)]);

/**
 * The entries other engines' link tags point at (`{% post_link %}`,
 * `{% post_path %}`, `{{< relref >}}`, `{{< ref >}}`), by slug, with their
 * 1-based line; code fences are passed over. For the checker, which warns
 * about a link to an entry that is not published.
 */
export function entryLinkTargets(markdown: string): { readonly slug: string; readonly target: string; readonly line: number }[] {
  const found: { slug: string; target: string; line: number }[] = [];
  const tag = /\{%-?\s*(?:post_link|post_path|post_url|link)\s+("[^"]+"|\S+)|\{\{[<%]\s*(?:relref|ref)\s+("[^"]+"|[^\s>%]+)/g;
  for (const { text: line, index } of proseLines(markdown)) {
    for (const match of line.matchAll(tag)) {
      const target = (match[1] ?? match[2] ?? '').replace(/^"|"$/g, '');
      if (target !== '') found.push({ slug: slugOfTarget(target), target, line: index + 1 });
    }
  }
  return found;
}

/** One inline tag as the nodes it stands for, by its dialect; an unknown one as its words, noted. */
function inlineTag(run: Run, name: string, args: string, line: number | undefined): PhrasingContent[] {
  const call = tagCall(name, args, line);
  const form = INLINE.get(name);
  if (form) return form(run, call);
  note(run, line, say(`the engine tag "${name}" is not supported; only its text is shown (write it as Markdown)`, `不支持引擎标签 "${name}"；只显示其中的文字（请改写为 Markdown）`));
  const { first, rest } = call;
  return rest.length > 0 || first ? [text([first, ...rest].filter((w) => !w.includes('=')).join(' '))].filter((t) => t.value !== '') : [];
}

function holdsPhrasing(node: Parent): node is Paragraph | Emphasis | Strong | Delete | Heading | TableCell {
  return ['paragraph', 'emphasis', 'strong', 'delete', 'heading', 'tableCell'].includes(node.type);
}

/** Whether text opens a tag (`{{<`, `{{%`, `{%`) that it does not close. */
function opensTag(value: string): boolean {
  const open = Math.max(value.lastIndexOf('{{<'), value.lastIndexOf('{{%'), value.lastIndexOf('{%'));
  return open !== -1 && !/[>%]\}\}|%\}/.test(value.slice(open + 2));
}

/**
 * A tag whose arguments hold an address (`{{< link "https://…" >}}`) is
 * cut in pieces by GFM, which has made the address a link: the pieces are
 * one text again, from the Markdown as written, so the tag is read whole.
 */
function rejoinTags(run: Run, children: PhrasingContent[]): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type !== 'text' || !opensTag(node.value)) continue;
    let joined = node.value;
    let end = i;
    for (let j = i + 1; j < children.length && opensTag(joined); j++) {
      const next = children[j];
      const written = next?.type === 'link' ? source(run, next) : null;
      // Only an address GFM found in the text (written without brackets) is the tag's own.
      if (next?.type === 'text') joined += next.value;
      else if (written !== null && written !== '' && !/^[[<]/.test(written)) joined += written;
      else break;
      end = j;
    }
    if (end === i || opensTag(joined)) continue;
    const last = children[end];
    const position = node.position && last?.position ? { start: node.position.start, end: last.position.end } : node.position;
    children.splice(i, end - i + 1, { type: 'text', value: joined, ...(position ? { position } : {}) });
  }
}

/** Text nodes with engine tags, as the nodes they stand for. */
function inlineTags(run: Run, parent: Parent): void {
  const children = parent.children;
  if (holdsPhrasing(parent)) rejoinTags(run, parent.children);
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    if (node.type !== 'text') {
      if ('children' in node && node.type !== 'link') inlineTags(run, node);
      continue;
    }
    if (!node.value.includes('{%') && !node.value.includes('{{')) continue;
    const line = node.position?.start.line;
    const out: PhrasingContent[] = [];
    let last = 0;
    const value = node.value;
    for (const m of value.matchAll(INLINE_FORM)) {
      if (m.index > last) out.push(text(value.slice(last, m.index)));
      last = m.index + m[0].length;
      if (m[5] !== undefined) {
        const target = m[6] ?? m[7] ?? '';
        out.push(entryLink(run, slugOfTarget(target), m[5] || target));
        continue;
      }
      const name = (m[1] ?? m[3] ?? '').toLowerCase();
      const args = m[2] ?? m[4] ?? '';
      if (name.startsWith('/') || name.startsWith('end')) continue;
      out.push(...inlineTag(run, name, args, line));
    }
    if (last === 0 && out.length === 0) continue;
    if (last < value.length) out.push(text(value.slice(last)));
    // What a tag became is reported at the tag's line (a missing image, for one).
    const kept = out.filter((n) => n.type !== 'text' || n.value !== '').map((n) => (n.position ? n : { ...n, position: node.position }));
    if (parent.type === 'paragraph' || parent.type === 'emphasis' || parent.type === 'strong' || parent.type === 'delete' || parent.type === 'heading' || parent.type === 'tableCell') {
      children.splice(i, 1, ...kept);
      i += kept.length - 1;
    }
  }
}

/** The Markdown source of a node. */
function source(run: Run, node: RootContent): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : run.markdown.slice(start, end);
}

/** The opening of a block form at the start of a paragraph: a dialect's tag, or a VuePress container. */
function opening(raw: string): { name: string; args: string; length: number; form: BlockForm | null; closing: RegExp } | null {
  for (const { dialect, pattern } of BLOCK_OPENINGS) {
    const open = pattern.exec(raw);
    const name = open?.[1]?.toLowerCase();
    if (!open || name === undefined) continue;
    const closing = new RegExp(`(?:\\{%-?\\s*end${name}\\s*-?%\\}|\\{\\{[<%]\\s*/${name}\\s*[>%]\\}\\})\\s*$`);
    return { name, args: open[2] ?? '', length: open[0].length, form: dialect.blocks[name] ?? null, closing };
  }
  const firstLine = raw.split('\n')[0] ?? '';
  const container = CONTAINER_OPEN.exec(firstLine);
  if (!container) return null;
  return { name: (container[1] ?? '').toLowerCase(), args: container[2] ?? '', length: firstLine.length, form: null, closing: CONTAINER_CLOSE };
}

/**
 * Block forms that span sibling nodes: an opening tag at the start of a
 * paragraph, a closing tag at the end of a later (or the same) paragraph.
 */
function blocks(run: Run, parent: Parent): void {
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    if (node.type === 'blockquote') alert(run, node);
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      blocks(run, node);
      continue;
    }
    if (node.type !== 'paragraph') continue;
    const raw = source(run, node);
    if (/^\s*(?:\[TOC\]|\[\[toc\]\]|<!--\s*toc\s*-->)\s*$/i.test(raw)) {
      children.splice(i, 1);
      i -= 1;
      continue;
    }
    const open = opening(raw);
    if (!open) continue;
    const isContainer = open.closing === CONTAINER_CLOSE;
    let j = i;
    while (j < children.length) {
      const candidate = children[j];
      if (candidate && (j > i || !isContainer) && open.closing.test(source(run, candidate))) break;
      if (candidate && j === i && isContainer && open.closing.test(source(run, candidate).split('\n').slice(1).join('\n'))) break;
      j += 1;
    }
    if (j >= children.length) {
      note(run, node.position?.start.line, say(`"${open.name}" is opened but never closed; it is shown as written`, `"${open.name}" 打开后没有关闭；按原文显示`));
      continue;
    }
    const first = children[i];
    const last = children[j];
    const start = first?.position?.start.offset;
    const end = last?.position?.end.offset;
    if (!first || !last || start === undefined || end === undefined) continue;
    const whole = run.markdown.slice(start, end);
    const inner = whole.slice(open.length).replace(open.closing, '').replace(/^\n+|\s+$/g, '');
    const parsed = () => run.parse(inner).children.filter(isBlock);
    const line = first.position?.start.line;
    const replacement = open.form ? open.form(run, { ...tagCall(open.name, open.args, line), inner, parsed }) : container(run, open.name, open.args, parsed());
    children.splice(i, j - i + 1, ...replacement);
    i += replacement.length - 1;
  }
}

/** Reads every engine form in a parsed entry, in place; notes what it could not carry over. */
export function convertEngineSyntax(tree: Root, markdown: string, parse: (markdown: string) => Root, context: EngineContext): EngineNote[] {
  if (!/\{%|\{\{[<%]|:::|\[!|\[TOC\]|\[\[toc\]\]/i.test(markdown)) return [];
  const run: Run = { markdown, context, notes: [], parse };
  blocks(run, tree);
  inlineTags(run, tree);
  return run.notes;
}
