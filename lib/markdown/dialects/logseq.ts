import type { ListItem, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { say } from '../../text/message';
import { text, type DialectLabels, type EngineNote } from './forms';

/**
 * What Logseq writes inside a page's outline, read before the vault forms
 * (./obsidian.ts) so that what it stands for is read as they are:
 *
 * - `{{embed [[page]]}}`: the page embedded, as `![[page]]`;
 * - `{{video url}}`, `{{youtube url}}`: a link to the video;
 * - `{{cloze words}}`: the words;
 * - `![a](b.png){:height 216, :width 312}`: the picture at that width;
 * - `TODO`, `DOING`, `NOW`, `LATER` and `DONE` at a list item's start: a
 *   task, open or done; `CANCELED` a task struck through;
 * - `((block-uuid))` references and the macros Logseq works out itself
 *   (`{{query}}`, `{{renderer}}`, `{{namespace}}`…): left out, and named,
 *   since what they showed is in Logseq's database, not in the file.
 *
 * Page properties (`title:: …` on the first lines) are read as front matter
 * (lib/content/page-properties.ts); block properties (`id:: …`,
 * `collapsed:: true`) go as Dataview fields do. Golden:
 * test/fixtures/dialects/logseq.md.
 */

/** A Logseq macro: its name right after `{{` (Liquid and Hugo leave a space or `<`/`%` there), its arguments. */
const MACRO = /\{\{([a-z][a-z-]*)[ \t]+([^{}\n]*?)[ \t]*\}\}|\{\{([a-z][a-z-]*)\}\}/g;
const BLOCK_REF = /\(\(([\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})\)\)/gi;
/** Macros whose result Logseq computes from its database. */
const COMPUTED = new Set(['query', 'renderer', 'namespace', 'function', 'zotero-imported-file', 'zotero-linked-file', 'pdf', 'tweet', 'twitter', 'embed-block']);
const TASK = /^(TODO|DOING|NOW|LATER|WAITING|DONE|CANCELED|CANCELLED) /;

/** A video page's service and id, for the link's words. */
function video(url: string): { service: 'youtube' | 'bilibili' | 'vimeo'; id: string } | null {
  const youtube = /^https:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]+)/.exec(url);
  if (youtube?.[1]) return { service: 'youtube', id: youtube[1] };
  const bilibili = /^https:\/\/(?:www\.)?bilibili\.com\/video\/([\w]+)/.exec(url);
  if (bilibili?.[1]) return { service: 'bilibili', id: bilibili[1] };
  const vimeo = /^https:\/\/(?:www\.)?vimeo\.com\/(\d+)/.exec(url);
  return vimeo?.[1] ? { service: 'vimeo', id: vimeo[1] } : null;
}

interface LogseqRun {
  readonly notes: EngineNote[];
  readonly labels: DialectLabels;
}

/** One macro as what it stands for, or null when it is not Logseq's. */
function macro(run: LogseqRun, name: string, args: string, line: number): PhrasingContent[] | null {
  if (name === 'embed') {
    const page = /^\[\[([^[\]]+)\]\]$/.exec(args)?.[1];
    if (page !== undefined) return [text(`![[${page}]]`)];
    run.notes.push({ line, message: say(`{{embed ${args}}} embeds a block Logseq keeps in its database; it is left out (copy the block's words here)`, `{{embed ${args}}} 嵌入的是 Logseq 数据库里的块，已略去（请把块的文字抄到这里）`) });
    return [];
  }
  if (name === 'video' || name === 'youtube' || name === 'bilibili' || name === 'vimeo') {
    const url = args.trim();
    if (!/^https:\/\/[^\s]+$/.test(url)) {
      run.notes.push({ line, message: say(`{{${name} ${args}}} is not an https:// address; it is left out`, `{{${name} ${args}}} 不是 https:// 地址，已略去`) });
      return [];
    }
    const found = video(url);
    return [{ type: 'link', url, children: [text(found ? run.labels.video(found.service, found.id) : url)] }];
  }
  if (name === 'cloze') return [text(args)];
  if (COMPUTED.has(name)) {
    run.notes.push({ line, message: say(`{{${name}}} is worked out by Logseq from its database; it is left out`, `{{${name}}} 由 Logseq 根据它的数据库算出，已略去`) });
    return [];
  }
  return null;
}

/** One text node's macros and block references, as nodes; null when it holds none. */
function phrasing(run: LogseqRun, node: Text): PhrasingContent[] | null {
  const value = node.value;
  if (!value.includes('{{') && !value.includes('((')) return null;
  const line = node.position?.start.line ?? 1;
  const forms: { index: number; length: number; nodes: PhrasingContent[] }[] = [];
  for (const m of value.matchAll(MACRO)) {
    const made = macro(run, m[1] ?? m[3] ?? '', m[2] ?? '', line);
    if (made !== null) forms.push({ index: m.index, length: m[0].length, nodes: made });
  }
  for (const m of value.matchAll(BLOCK_REF)) {
    if (forms.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
    run.notes.push({ line, message: say(`((${m[1] ?? ''})) refers to a block by Logseq's id, which only Logseq can show; it is left out (write the words it stood for)`, `((${m[1] ?? ''})) 按 Logseq 的编号引用一个块，只有 Logseq 能显示，已略去（请写出它代表的文字）`) });
    forms.push({ index: m.index, length: m[0].length, nodes: [] });
  }
  if (forms.length === 0) return null;
  forms.sort((a, b) => a.index - b.index);
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const f of forms) {
    if (f.index < last) continue;
    if (f.index > last) out.push(text(value.slice(last, f.index)));
    out.push(...f.nodes);
    last = f.index + f.length;
  }
  if (last < value.length) out.push(text(value.slice(last)));
  // Neighbouring text is one node again, so the vault forms read `![[page]]` whole.
  const merged: PhrasingContent[] = [];
  for (const n of out) {
    const prev = merged.at(-1);
    if (n.type === 'text' && prev?.type === 'text') prev.value += n.value;
    else merged.push(n);
  }
  return merged.map((n) => ({ ...n, position: node.position }));
}

/** A list item opening with a task marker, as a task; the marker's word leaves the text. */
function task(item: ListItem): void {
  const first = item.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (item.checked !== null && item.checked !== undefined) return;
  if (lead?.type !== 'text') return;
  const marker = TASK.exec(lead.value)?.[1];
  if (marker === undefined) return;
  lead.value = lead.value.slice(marker.length + 1);
  item.checked = marker === 'DONE' || marker.startsWith('CANCEL');
  if (marker.startsWith('CANCEL') && first?.type === 'paragraph') first.children = [{ type: 'delete', children: first.children }];
}

const VIDEO_OPENING = /\{\{(video|youtube|bilibili|vimeo)[ \t]+$/;

/**
 * `{{video https://…}}`, whose address GFM has already made a link (taking
 * the closing `}}` with it, or leaving it to the text after): the macro's
 * own link, from the address alone.
 */
function videoMacros(run: LogseqRun, children: RootContent[]): void {
  for (let i = 1; i < children.length; i++) {
    const before = children[i - 1];
    const link = children[i];
    if (before?.type !== 'text' || link?.type !== 'link') continue;
    const opening = VIDEO_OPENING.exec(before.value);
    const words = link.children.length === 1 && link.children[0]?.type === 'text' ? link.children[0].value : null;
    if (!opening || words === null) continue;
    const after = children[i + 1];
    const closedInside = words.endsWith('}}');
    const closedAfter = !closedInside && after?.type === 'text' && /^[ \t]*\}\}/.test(after.value);
    if (!closedInside && !closedAfter) continue;
    const made = macro(run, opening[1] ?? '', closedInside ? words.slice(0, -2) : words, link.position?.start.line ?? 1) ?? [];
    before.value = before.value.slice(0, opening.index);
    if (closedAfter && after?.type === 'text') after.value = after.value.replace(/^[ \t]*\}\}/, '');
    children.splice(i, 1, ...made);
  }
}

/** `![a](b.png){:height 216, :width 312}`: the size Logseq gave the picture, as its size. */
const IMAGE_SIZE = /^\{(:(?:height|width)[ \t]+\d{1,5}(?:,[ \t]*:(?:height|width)[ \t]+\d{1,5})?)\}/;

function imageSizes(children: RootContent[]): void {
  for (let i = 1; i < children.length; i++) {
    const image = children[i - 1];
    const after = children[i];
    if (image?.type !== 'image' || after?.type !== 'text') continue;
    const m = IMAGE_SIZE.exec(after.value);
    if (!m) continue;
    const size: Record<string, number> = {};
    for (const [, side, value] of (m[1] ?? '').matchAll(/:(height|width)[ \t]+(\d+)/g)) if (side) size[side] = Number(value);
    // Only the width: the picture keeps its own proportions.
    image.data = { ...image.data, hProperties: { ...image.data?.hProperties, ...(size.width ? { width: size.width } : size.height ? { height: size.height } : {}) } };
    after.value = after.value.slice(m[0].length);
  }
}

function walk(run: LogseqRun, parent: Parent): void {
  const children = parent.children;
  if (parent.type === 'paragraph' || parent.type === 'heading') {
    videoMacros(run, children);
    imageSizes(children);
  }
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (!node) continue;
    if (node.type === 'listItem') task(node);
    if (node.type === 'text' && parent.type !== 'root') {
      const made = phrasing(run, node);
      if (made) {
        children.splice(i, 1, ...made);
        i += made.length - 1;
      }
      continue;
    }
    if ('children' in node) walk(run, node);
  }
}

/** Reads Logseq's forms of a parsed entry, in place; what cannot be carried over is added to `notes`. */
export function convertLogseqSyntax(tree: Root, markdown: string, notes: EngineNote[], labels: DialectLabels): void {
  if (!/\{\{[a-z]|\{:(?:height|width)|\(\([\da-f]{8}-|^[ \t]*[-*+] (?:TODO|DOING|NOW|LATER|WAITING|DONE|CANCEL)/im.test(markdown)) return;
  walk({ notes, labels }, tree);
}
