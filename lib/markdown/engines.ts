import type { BlockContent, Blockquote, Code, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { defaultSlug } from '../text/names';
import { proseLines } from './lines';
import { say, type Message } from '../text/message';

/**
 * What other journal engines write inside Markdown, read on the syntax
 * tree as they read it: Hexo's tag plugins (`{% asset_img %}`,
 * `{% post_link %}`, `{% blockquote %}`, `{% codeblock %}`, `{% note %}`,
 * `{% raw %}`), Hugo's shortcodes (`{{< relref >}}`, `{{< figure >}}`,
 * `{{< youtube >}}`, `{{< highlight >}}`), VuePress containers
 * (`::: tip 标题` … `:::`), GitHub alerts (`> [!NOTE]`) and `[TOC]`.
 * Code spans and code blocks are never touched: they are not text nodes.
 * Any other tag shows its inner text, never its delimiters, and is noted
 * (with its line) for the checker.
 */

export interface EngineNote {
  /** 1-based line in the Markdown. */
  readonly line: number;
  readonly message: Message;
}

export interface EngineContext {
  /** Where an entry's own page is, for `{% post_link %}` and `{{< relref >}}` (base path included). */
  readonly entryHref: (slug: string) => string;
}

const CALLOUTS = ['note', 'tip', 'info', 'important', 'warning', 'caution', 'danger', 'details', 'success', 'primary', 'default'] as const;
type Callout = (typeof CALLOUTS)[number];

/** `{% name args %}`, `{{< name args >}}` and `{{% name args %}}`, closing forms included. */
const TAG = /\{%-?\s*(\/?[\w-]+)((?:[^%]|%(?!\}))*?)-?%\}|\{\{[<%]\s*(\/?[\w-]+)((?:[^>%]|[>%](?!\}\}))*?)[>%]\}\}/g;
const HUGO_LINK = /\[([^\]]*)\]\(\{\{[<%]\s*(?:rel)?ref\s+"?([^"\s>%]+)"?\s*[>%]\}\}\)/;
/** A tag (groups 1–4), or a Markdown link whose target is a Hugo `ref` (groups 5–6), which micromark left as text. */
const INLINE_FORM = new RegExp(`${TAG.source}|${HUGO_LINK.source}`, 'g');
const BLOCK_OPEN = /^\{%-?\s*(blockquote|quote|codeblock|code|raw|note|hint|callout)\b((?:[^%]|%(?!\}))*?)-?%\}\s*/;
const HUGO_BLOCK_OPEN = /^\{\{[<%]\s*(highlight|details|hint|notice|admonition)\b((?:[^>%]|[>%](?!\}\}))*?)[>%]\}\}\s*/;
const CONTAINER_OPEN = /^:{3,}\s*([\w-]+)\s*(.*)$/;
const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

/** Words of a tag's arguments; quoted words keep their spaces. */
function words(args: string): string[] {
  return [...args.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** `key="value"` arguments of a Hugo shortcode. */
function named(args: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of args.matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g)) if (m[1]) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

const text = (value: string): Text => ({ type: 'text', value });
const slugOfTarget = (target: string) => defaultSlug(target.replace(/^\/+/, '').replace(/[#?].*$/, '').replace(/\/+$/, '') || 'index');

/**
 * The entries other engines' link tags point at (`{% post_link %}`,
 * `{% post_path %}`, `{{< relref >}}`, `{{< ref >}}`), by slug, with their
 * 1-based line; code fences are passed over. For the checker, which warns
 * about a link to an entry that is not published.
 */
export function entryLinkTargets(markdown: string): { readonly slug: string; readonly target: string; readonly line: number }[] {
  const found: { slug: string; target: string; line: number }[] = [];
  const tag = /\{%-?\s*(?:post_link|post_path)\s+("[^"]+"|\S+)|\{\{[<%]\s*(?:relref|ref)\s+("[^"]+"|[^\s>%]+)/g;
  for (const { text: line, index } of proseLines(markdown)) {
    for (const match of line.matchAll(tag)) {
      const target = (match[1] ?? match[2] ?? '').replace(/^"|"$/g, '');
      if (target !== '') found.push({ slug: slugOfTarget(target), target, line: index + 1 });
    }
  }
  return found;
}

interface Run {
  readonly markdown: string;
  readonly context: EngineContext | undefined;
  readonly notes: EngineNote[];
  /** The entry's own parser, for the Markdown inside block forms. */
  readonly parse: (markdown: string) => Root;
}

function note(run: Run, line: number | undefined, message: Message): void {
  run.notes.push({ line: line ?? 1, message });
}

function link(run: Run, slug: string, label: string): PhrasingContent {
  if (!run.context) return text(label);
  return { type: 'link', url: run.context.entryHref(slug), children: [text(label)] };
}

/** One inline tag as the nodes it stands for. */
function inlineTag(run: Run, name: string, args: string, line: number | undefined): PhrasingContent[] {
  const [first = '', ...rest] = words(args);
  const kv = named(args);
  switch (name) {
    case 'asset_img':
    case 'img':
    case 'image':
      return first ? [{ type: 'image', url: first, alt: rest.join(' ').replace(/^"|"$/g, '') || null }] : [];
    case 'figure': {
      const src = kv.src ?? first;
      const caption = kv.title ?? kv.caption ?? kv.alt ?? '';
      return src ? [{ type: 'image', url: src, alt: kv.alt ?? caption ?? null, title: caption || null }] : [];
    }
    case 'post_link':
    case 'post_path':
    case 'relref':
    case 'ref': {
      if (!first) return [];
      const slug = slugOfTarget(first);
      if (name === 'post_path' || name === 'relref' || name === 'ref') return [text(run.context ? run.context.entryHref(slug) : slug)];
      return [link(run, slug, rest.join(' ') || first)];
    }
    case 'asset_link':
    case 'asset_path':
      note(run, line, say(`{% ${name} ${first} %}: only images are published; the file is not linked`, `{% ${name} ${first} %}：只发布图片；这个文件不会被链接`));
      return [text(rest.join(' ') || first)];
    case 'youtube': {
      const id = kv.id ?? first;
      return id ? [{ type: 'link', url: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, children: [text(`YouTube 视频 ${id}`)] }] : [];
    }
    case 'bilibili': {
      const id = kv.id ?? kv.bvid ?? first;
      return id ? [{ type: 'link', url: `https://www.bilibili.com/video/${encodeURIComponent(id)}`, children: [text(`哔哩哔哩视频 ${id}`)] }] : [];
    }
    case 'vimeo': {
      const id = kv.id ?? first;
      return id ? [{ type: 'link', url: `https://vimeo.com/${encodeURIComponent(id)}`, children: [text(`Vimeo 视频 ${id}`)] }] : [];
    }
    case 'br':
      return [{ type: 'break' }];
    default:
      note(run, line, say(`the engine tag "${name}" is not supported; only its text is shown (write it as Markdown)`, `不支持引擎标签 "${name}"；只显示其中的文字（请改写为 Markdown）`));
      return rest.length > 0 || first ? [text([first, ...rest].filter((w) => !w.includes('=')).join(' '))].filter((t) => t.value !== '') : [];
  }
}

/** Text nodes with engine tags, as the nodes they stand for. */
function inlineTags(run: Run, parent: Parent): void {
  const children = parent.children;
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
        out.push(link(run, slugOfTarget(m[6] ?? ''), m[5] || (m[6] ?? '')));
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

function calloutKind(name: string): Callout {
  const lower = name.toLowerCase();
  if (lower === 'warn') return 'warning';
  if (lower === 'error' || lower === 'danger') return 'danger';
  return (CALLOUTS as readonly string[]).includes(lower) ? (lower as Callout) : 'note';
}

export const CALLOUT_TITLES: Readonly<Record<Callout, string>> = {
  note: '注意',
  tip: '提示',
  info: '信息',
  important: '重要',
  warning: '警告',
  caution: '小心',
  danger: '危险',
  details: '详情',
  success: '成功',
  primary: '提示',
  default: '注意',
};

/** A styled callout: `<aside class="callout callout-tip">` with its title. */
function callout(kind: Callout, title: string, body: BlockContent[]): BlockContent {
  const heading: Paragraph = { type: 'paragraph', children: [text(title || CALLOUT_TITLES[kind])], data: { hProperties: { className: ['callout-title'] } } };
  return { type: 'blockquote', children: [heading, ...body], data: { hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } } };
}

/** A `<details>` block: its summary line, then its content. */
export function detailsBlock(summary: string, body: BlockContent[], className?: string[]): Blockquote {
  const line: Paragraph = { type: 'paragraph', children: [text(summary)], data: { hName: 'summary' } };
  return { type: 'blockquote', children: [line, ...body], data: { hName: 'details', ...(className ? { hProperties: { className } } : {}) } };
}

/** A node that may stand among blocks (not a definition or front matter). */
export function isBlock(node: RootContent): node is BlockContent {
  return node.type !== 'definition' && node.type !== 'footnoteDefinition' && node.type !== 'yaml';
}

/**
 * Block forms that span sibling nodes: an opening tag at the start of a
 * paragraph, a closing tag at the end of a later (or the same) paragraph.
 */
function blocks(run: Run, parent: Parent): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    if (node.type === 'blockquote') alert(node);
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
    const open = BLOCK_OPEN.exec(raw) ?? HUGO_BLOCK_OPEN.exec(raw);
    const container = open ? null : CONTAINER_OPEN.exec(raw.split('\n')[0] ?? '');
    if (!open && !container) continue;
    const name = (open?.[1] ?? container?.[1] ?? '').toLowerCase();
    const closing = open
      ? new RegExp(`(?:\\{%-?\\s*end${name}\\s*-?%\\}|\\{\\{[<%]\\s*/${name}\\s*[>%]\\}\\})\\s*$`)
      : /(?:^|\n)\s*:{3,}\s*$/;
    let j = i;
    while (j < children.length) {
      const candidate = children[j];
      if (candidate && (j > i || open) && closing.test(source(run, candidate))) break;
      if (candidate && j === i && !open && closing.test(source(run, candidate).split('\n').slice(1).join('\n'))) break;
      j += 1;
    }
    if (j >= children.length) {
      note(run, node.position?.start.line, say(`"${name}" is opened but never closed; it is shown as written`, `"${name}" 打开后没有关闭；按原文显示`));
      continue;
    }
    const first = children[i];
    const last = children[j];
    const start = first?.position?.start.offset;
    const end = last?.position?.end.offset;
    if (!first || !last || start === undefined || end === undefined) continue;
    const whole = run.markdown.slice(start, end);
    const openLength = open ? open[0].length : (whole.split('\n')[0] ?? '').length;
    const inner = whole.slice(openLength).replace(closing, '').replace(/^\n+|\s+$/g, '');
    const args = open ? (open[2] ?? '') : (container?.[2] ?? '');
    const replacement = blockFor(run, name, args, inner, Boolean(container), first.position?.start.line);
    children.splice(i, j - i + 1, ...replacement);
    i += replacement.length - 1;
  }
}

/** What a block form stands for: code kept as written, or its Markdown parsed into a quote or a callout. */
function blockFor(run: Run, name: string, args: string, inner: string, isContainer: boolean, line: number | undefined): RootContent[] {
  const parsed = (): BlockContent[] => {
    const tree = run.parse(inner);
    return tree.children.filter(isBlock);
  };
  if (isContainer) {
    const kind = calloutKind(name);
    if (kind === 'details') return [detailsBlock(args.trim() || CALLOUT_TITLES.details, parsed(), ['callout', 'callout-details'])];
    return [callout(kind, args.trim(), parsed())];
  }
  const [first = '', ...rest] = words(args);
  switch (name) {
    case 'codeblock':
    case 'code':
    case 'highlight':
    case 'raw': {
      const lang = /^lang:(\S+)$/.exec(first)?.[1] ?? (name === 'highlight' ? first : null);
      const code: Code = { type: 'code', lang: name === 'raw' ? null : lang || null, value: inner };
      return [code];
    }
    case 'blockquote':
    case 'quote': {
      const quote: Blockquote = { type: 'blockquote', children: parsed() };
      const cite = [first, ...rest].filter((w) => !/^https?:/.test(w)).join(' ').trim();
      if (cite) quote.children.push({ type: 'paragraph', children: [text(`—— ${cite}`)], data: { hProperties: { className: ['quote-source'] } } });
      return [quote];
    }
    default:
      if (['note', 'hint', 'callout', 'notice', 'admonition', 'details'].includes(name)) return [callout(calloutKind(first || 'note'), rest.join(' '), parsed())];
      note(run, line, say(`the engine block "${name}" is not supported; its content is shown as Markdown`, `不支持引擎区块 "${name}"；其内容按 Markdown 显示`));
      return parsed();
  }
}

/** GitHub's `> [!NOTE]` alerts, as callouts. */
function alert(node: Blockquote): void {
  const [first] = node.children;
  if (first?.type !== 'paragraph') return;
  const [lead] = first.children;
  if (lead?.type !== 'text') return;
  const match = ALERT.exec(lead.value);
  if (!match?.[1]) return;
  lead.value = lead.value.slice(match[0].length);
  if (lead.value === '') first.children.shift();
  if (first.children.length === 0) node.children.shift();
  const kind = calloutKind(match[1]);
  const title: Paragraph = { type: 'paragraph', children: [text(CALLOUT_TITLES[kind])], data: { hProperties: { className: ['callout-title'] } } };
  node.children.unshift(title);
  node.data = { ...node.data, hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } };
}

/** Reads every engine form in a parsed entry, in place; notes what it could not carry over. */
export function convertEngineSyntax(tree: Root, markdown: string, parse: (markdown: string) => Root, context?: EngineContext): EngineNote[] {
  if (!/\{%|\{\{[<%]|:::|\[!|\[TOC\]|\[\[toc\]\]/i.test(markdown)) return [];
  const run: Run = { markdown, context, notes: [], parse };
  blocks(run, tree);
  inlineTags(run, tree);
  return run.notes;
}
