import type { Element, ElementContent, RootContent as RootContentHast } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { detailsBlock, isBlock, type DialectLabels, type EngineNote } from './engines';
import { say } from '../text/message';

/**
 * The raw HTML journals use, kept as safe Markdown nodes; everything else
 * is dropped, as before, and noted with its line for the checker.
 *
 * - inline: `<kbd> <sup> <sub> <mark> <u> <ins> <del> <s> <small> <b> <i>
 *   <strong> <em>` around text, `<br>`, and `<img src alt width height
 *   title>` (a local file is resolved and checked like a Markdown image);
 * - blocks: `<details><summary>…</summary> … </details>`;
 * - a YouTube, Bilibili or Vimeo `<iframe>` becomes a link to the video;
 * - angle brackets around what is no HTML element (`List<T>`) stay text.
 *
 * Only tag names and the listed attributes are read, from a real HTML
 * parse of the tag; the sanitize schema still applies to what results.
 */

const INLINE = new Set(['kbd', 'sup', 'sub', 'mark', 'u', 'ins', 'del', 's', 'small', 'b', 'i', 'strong', 'em']);

/**
 * The elements of HTML, SVG's and MathML's included. A "tag" whose name is
 * none of them (`List<T>`, `<username>`, Java's `List<?>`) is text the
 * author meant to be read, not markup: it stays, as written.
 */
const ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code col colgroup ' +
    'data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee math menu meta ' +
    'meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script search section ' +
    'select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time ' +
    'title tr track tt u ul var video wbr xmp ' +
    // SVG and MathML inside HTML: markup too.
    'circle rect path g line polyline polygon ellipse text tspan defs use symbol foreignobject image clippath mask pattern ' +
    'marker filter lineargradient radialgradient stop animate animatemotion animatetransform set desc ' +
    'mi mo mn ms mtext mrow mfrac msqrt mroot msub msup msubsup munder mover munderover mtable mtr mtd mglyph mspace ' +
    'mstyle menclose mpadded mphantom semantics annotation annotation-xml'
  ).split(' '),
);
const OPEN = /^<([a-z][a-z0-9]*)\b[^>]*>$/i;
const CLOSE = /^<\/([a-z][a-z0-9]*)\s*>$/i;

/** The first element of an HTML snippet, parsed as a browser would. */
/** What a reading keeps of raw HTML needs: where to note what it removes, and the words it writes. */
interface Keep {
  readonly notes: EngineNote[] | undefined;
  readonly labels: DialectLabels;
}

function firstElement(html: string): Element | undefined {
  const tree = fromHtml(html, { fragment: true });
  return tree.children.find((n): n is Element => n.type === 'element');
}

const attr = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
};

/** A video player's address as a link to the video, or null. */
function videoLink(src: string, labels: DialectLabels): PhrasingContent | null {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.example');
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '');
  const id = (pattern: RegExp) => pattern.exec(url.pathname)?.[1];
  let href: string | undefined;
  let label: string | undefined;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const v = id(/^\/embed\/([\w-]+)/);
    if (v) [href, label] = [`https://www.youtube.com/watch?v=${v}`, labels.video('youtube', v)];
  } else if (host === 'player.bilibili.com') {
    const v = url.searchParams.get('bvid') ?? url.searchParams.get('aid');
    if (v && /^[\w]+$/.test(v)) [href, label] = [`https://www.bilibili.com/video/${/^\d+$/.test(v) ? `av${v}` : v}`, labels.video('bilibili', v)];
  } else if (host === 'player.vimeo.com') {
    const v = id(/^\/video\/(\d+)/);
    if (v) [href, label] = [`https://vimeo.com/${v}`, labels.video('vimeo', v)];
  }
  return href && label ? { type: 'link', url: href, children: [{ type: 'text', value: label }] } : null;
}

/** An `<img>` element as a Markdown image: its address, words and size (a local file is resolved and checked later like any image). */
function imageOf(el: Element): PhrasingContent | null {
  // Hexo writes an asset folder's file inside raw HTML as `<img src="{% asset_path a.png %}">`.
  const src = attr(el, 'src')?.replace(/^\{%\s*asset_path\s+"?([^"\s%]+)"?\s*%\}$/, '$1');
  if (!src) return null;
  const size: Record<string, number | string> = {};
  for (const key of ['width', 'height']) {
    // `width="360px"` is written as often as `width="360"`: the same number of pixels; `width="80%"` is a share of the column.
    const written = attr(el, key)?.trim() ?? '';
    const value = Number(written.replace(/px$/i, ''));
    const share = /^(\d{1,3})%$/.exec(written)?.[1];
    if (Number.isInteger(value) && value > 0 && value <= 10_000) size[key] = value;
    else if (share !== undefined && Number(share) > 0 && Number(share) <= 100) size[key] = `${Number(share)}%`;
  }
  return { type: 'image', url: src, alt: attr(el, 'alt') ?? null, title: attr(el, 'title') ?? null, data: { hProperties: size } };
}

/** A lone tag that stands for a node of its own: `<br>`, `<img>`, a video `<iframe>`. */
function standalone(html: string, labels: DialectLabels): PhrasingContent | null | undefined {
  const name = OPEN.exec(html.replace(/<\/iframe\s*>$/i, '').trim())?.[1]?.toLowerCase();
  if (name === 'br') return { type: 'break' };
  if (name !== 'img' && name !== 'iframe') return undefined;
  const el = firstElement(html);
  if (!el) return null;
  if (name === 'img') return imageOf(el);
  const src = attr(el, 'src');
  return src ? videoLink(src, labels) : null;
}

function note(keep: Keep, node: Html, textKept = false): void {
  const shown = node.value.trim().split('\n')[0]?.slice(0, 60) ?? '';
  const message = textKept
    ? say(`raw HTML \`${shown}\` is shown as its text, links and images only; write it as Markdown`, `原始 HTML \`${shown}\` 只显示其中的文字、链接和图片；请改写为 Markdown`)
    : say(`raw HTML \`${shown}\` is removed; write it as Markdown`, `原始 HTML \`${shown}\` 被移除；请改写为 Markdown`);
  keep.notes?.push({ line: node.position?.start.line ?? 1, message });
}

/** `<details>` … `</details>` among block siblings, as a details element with its summary. */
function details(children: RootContent[], i: number, keep: Keep): boolean {
  const open = children[i];
  if (open?.type !== 'html' || !/^<details\b/i.test(open.value.trim())) return false;
  let j = i;
  while (j < children.length) {
    const candidate = children[j];
    if (candidate?.type === 'html' && /<\/details>\s*$/i.test(candidate.value) && (j > i || /<\/details>/i.test(open.value))) break;
    j += 1;
  }
  if (j >= children.length) {
    note(keep, open);
    children.splice(i, 1);
    return true;
  }
  const summaryText = /<summary[^>]*>([\s\S]*?)<\/summary>/i.exec(open.value)?.[1];
  const summaryEl = summaryText === undefined ? undefined : firstElement(`<p>${summaryText}</p>`);
  const element = detailsBlock(summaryEl ? textOf(summaryEl) : keep.labels.callouts.details, children.slice(i + 1, j).filter(isBlock));
  children.splice(i, j - i + 1, element);
  return true;
}

const EMPTY: Element = { type: 'element', tagName: 'a', properties: {}, children: [] };

/** Elements that end a line of text: what follows them starts a new one. */
const BREAKING = new Set(['p', 'div', 'center', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'section', 'article']);

/**
 * What a reader would see in parsed HTML, as Markdown phrasing: its text,
 * its links (`<a href>`) and its images (`<img src>`, at their own line in
 * the file: `line` is the HTML's first), lines kept apart; every other tag
 * gone, and what never is text (scripts, styles, forms) with it.
 */
function phrasingOf(node: { children: readonly (ElementContent | RootContentHast)[] }, line: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text') out.push({ type: 'text', value: child.value.replace(/\s+/g, ' ') });
    if (child.type !== 'element' || SILENT.has(child.tagName)) continue;
    if (BREAKING.has(child.tagName) && out.some((n) => n.type !== 'text' || n.value.trim() !== '') && out.at(-1)?.type !== 'break') out.push({ type: 'break' });
    const at = line + (child.position?.start.line ?? 1) - 1;
    const position = { start: { line: at, column: 1 }, end: { line: at, column: 1 } };
    if (child.tagName === 'img') {
      const image = imageOf(child);
      if (image) out.push({ ...image, position });
      continue;
    }
    const inner = phrasingOf(child, line);
    const href = child.tagName === 'a' ? attr(child, 'href') : undefined;
    if (href) out.push({ type: 'link', url: href, children: inner.filter((n) => n.type !== 'break'), position });
    else out.push(...inner);
    if (BREAKING.has(child.tagName) && out.length > 0 && out.at(-1)?.type !== 'break') out.push({ type: 'break' });
  }
  return out;
}

/** Phrasing without breaks or blank text at its ends. */
function trimmed(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const blank = (n: PhrasingContent | undefined) => n !== undefined && (n.type === 'break' || (n.type === 'text' && n.value.trim() === ''));
  while (blank(out[0])) out.shift();
  while (blank(out.at(-1))) out.pop();
  return out;
}

/** Elements whose content is never text for a reader. */
const SILENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select']);

/** The text a reader would see in parsed HTML, whitespace collapsed. */
function textOf(node: { children: readonly (ElementContent | RootContentHast)[] }): string {
  const parts: string[] = [];
  for (const child of node.children) {
    if (child.type === 'text') parts.push(child.value);
    else if (child.type === 'element' && !SILENT.has(child.tagName)) parts.push(textOf(child));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * One raw HTML node at `children[i]`, replaced by what it stands for (or
 * removed); returns the index the walk goes on after.
 */
function html(children: RootContent[], i: number, flow: boolean, keep: Keep): number {
  const node = children[i];
  if (node?.type !== 'html') return i;
  const value = node.value.trim();
  const tagName = /^<\/?([a-z][\w-]*)/i.exec(value)?.[1]?.toLowerCase();
  if (!/^<!--/.test(value) && (tagName === undefined || !ELEMENTS.has(tagName))) {
    // Not markup: the author's own angle brackets.
    children.splice(i, 1, flow ? { type: 'paragraph', children: [{ type: 'text', value }], position: node.position } : { type: 'text', value, position: node.position });
    return i;
  }
  if (/^<!--[\s\S]*-->$/.test(value)) {
    children.splice(i, 1);
    return i - 1;
  }
  if (details(children, i, keep)) {
    const made = children[i];
    if (made && 'children' in made) walk(made, keep);
    return i;
  }
  const alone = standalone(value, keep.labels);
  if (alone) {
    // The element keeps the HTML's place, so a problem with it is named at its own line.
    const placed: RootContent = flow ? { type: 'paragraph', children: [{ ...alone, position: node.position }], position: node.position } : { ...alone, position: node.position };
    children.splice(i, 1, placed);
    return i;
  }
  const name = OPEN.exec(value)?.[1]?.toLowerCase();
  if (alone === undefined && name !== undefined && INLINE.has(name)) {
    const closing = children.findIndex((c, k) => k > i && c.type === 'html' && CLOSE.exec(c.value.trim())?.[1]?.toLowerCase() === name);
    if (closing !== -1) {
      const enclosed = children.slice(i + 1, closing) as PhrasingContent[];
      const wrapper = { type: 'emphasis' as const, children: enclosed, data: { hName: name }, position: node.position };
      children.splice(i, closing - i + 1, wrapper);
      walk(wrapper, keep);
      return i;
    }
  }
  // A closing tag goes with its opening one, which is noted already.
  if (CLOSE.test(value)) {
    children.splice(i, 1);
    return i - 1;
  }
  // `<a href="…">words</a>` written inline: a link (its address checked by the sanitizer like any other; `target` is not kept, so no `rel` is needed).
  if (name === 'a') {
    const closing = children.findIndex((c, k) => k > i && c.type === 'html' && CLOSE.exec(c.value.trim())?.[1]?.toLowerCase() === 'a');
    const href = closing === -1 ? undefined : attr(firstElement(`${value}</a>`) ?? EMPTY, 'href');
    if (closing !== -1 && href) {
      const enclosed = children.slice(i + 1, closing) as PhrasingContent[];
      const made: PhrasingContent = { type: 'link', url: href, children: enclosed, position: node.position };
      children.splice(i, closing - i + 1, made);
      walk(made, keep);
      return i;
    }
  }
  // A block of other HTML (`<div align="center">…</div>`, `<center>`, `<p><a href><img></a></p>`) keeps its text, links and images, never its other tags or scripts.
  const kept = flow ? phrasingOf(fromHtml(value, { fragment: true }), node.position?.start.line ?? 1) : [];
  const text = kept.some((n) => n.type !== 'text' || n.value.trim() !== '');
  note(keep, node, text);
  if (text) {
    children.splice(i, 1, { type: 'paragraph', children: trimmed(kept), position: node.position });
    return i;
  }
  children.splice(i, 1);
  return i - 1;
}

/** Parents whose children are blocks: a lone tag there stands in a paragraph of its own. */
const FLOW = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function walk(parent: Parent, keep: Keep): void {
  const children = parent.children;
  const flow = FLOW.has(parent.type);
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type === 'html') i = html(children, i, flow, keep);
    else if (node && 'children' in node) walk(node, keep);
  }
}

/** Keeps the safe raw HTML of a parsed entry as Markdown nodes, in place; notes what is removed. */
export function keepSafeHtml(tree: Root, notes: EngineNote[] | undefined, labels: DialectLabels): void {
  walk(tree, { notes, labels });
}
