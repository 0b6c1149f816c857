import type { BlockContent, Blockquote, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { defaultSlug } from '../../text/names';
import type { Message } from '../../text/message';

/**
 * What every dialect is built from (./hexo.ts, ./hugo.ts, ./vuepress.ts,
 * ./github.ts; read by ../engines.ts): the shape of a dialect, the call of
 * one of its tags, and the nodes they become (callouts, details, links).
 */

export interface EngineNote {
  /** 1-based line in the Markdown. */
  readonly line: number;
  readonly message: Message;
}

export const CALLOUTS = ['note', 'tip', 'info', 'important', 'warning', 'caution', 'danger', 'details', 'success', 'primary', 'default'] as const;
export type Callout = (typeof CALLOUTS)[number];

/** The reader-facing words dialects write, in the site's language (lib/site/i18n.ts). */
export interface DialectLabels {
  readonly callouts: Readonly<Record<Callout, string>>;
  readonly video: (service: 'youtube' | 'bilibili' | 'vimeo', id: string) => string;
  /** The words of a link to a music player's page. */
  readonly music: string;
}

export interface EngineContext {
  /** Where an entry's own page is, for `{% post_link %}` and `{{< relref >}}` (base path included). */
  readonly entryHref: (slug: string) => string;
  readonly labels: DialectLabels;
}

/** One reading of an entry's engine forms. */
export interface Run {
  readonly markdown: string;
  readonly context: EngineContext;
  readonly notes: EngineNote[];
  /** The entry's own reading, for the Markdown inside block forms. */
  readonly parse: (markdown: string) => Root;
}

/** A tag as written: `{% name first rest… %}`, `{{< name key="value" >}}`. */
export interface TagCall {
  readonly name: string;
  readonly args: string;
  /** Its words; quoted words keep their spaces. */
  readonly first: string;
  readonly rest: readonly string[];
  /** Its `key="value"` arguments. */
  readonly kv: Readonly<Record<string, string>>;
  readonly line: number | undefined;
}

/** A block form: its opening tag's call, the Markdown inside, and that Markdown read. */
export interface BlockCall extends TagCall {
  readonly inner: string;
  readonly parsed: () => BlockContent[];
}

export type InlineForm = (run: Run, tag: TagCall) => PhrasingContent[];
export type BlockForm = (run: Run, block: BlockCall) => RootContent[];

/** What one engine writes inside Markdown, by tag name. */
export interface Dialect {
  /** `{% name %}` / `{{< name >}}` inline: what it stands for. */
  readonly inline: Readonly<Record<string, InlineForm>>;
  /** `{% name %}…{% endname %}` / `{{< name >}}…{{< /name >}}`: what the block stands for. */
  readonly blocks: Readonly<Record<string, BlockForm>>;
}

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

export function tagCall(name: string, args: string, line: number | undefined): TagCall {
  const [first = '', ...rest] = words(args);
  return { name, args, first, rest, kv: named(args), line };
}

export const text = (value: string): Text => ({ type: 'text', value });

/** The slug an entry link's target names: `posts/old.md`, `/2019/hello/`, `hello-world`. */
export const slugOfTarget = (target: string) => defaultSlug(target.replace(/^\/+/, '').replace(/[#?].*$/, '').replace(/\/+$/, '') || 'index');

export function note(run: Run, line: number | undefined, message: Message): void {
  run.notes.push({ line: line ?? 1, message });
}

export function entryLink(run: Run, slug: string, label: string): PhrasingContent {
  return { type: 'link', url: run.context.entryHref(slug), children: [text(label)] };
}

export function videoLink(run: Run, service: 'youtube' | 'bilibili' | 'vimeo', url: string, id: string): PhrasingContent {
  return { type: 'link', url, children: [text(run.context.labels.video(service, id))] };
}

/** Whether a container's name is one of the callouts' (or their other spellings: `warn`, `error`). */
export function isCalloutName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'warn' || lower === 'error' || CALLOUTS.some((kind) => kind === lower);
}

export function calloutKind(name: string): Callout {
  const lower = name.toLowerCase();
  if (lower === 'warn') return 'warning';
  if (lower === 'error' || lower === 'danger') return 'danger';
  return CALLOUTS.find((kind) => kind === lower) ?? 'note';
}

/** A styled callout: `<aside class="callout callout-tip">` with its title. */
export function callout(run: Run, kind: Callout, title: string, body: BlockContent[]): BlockContent {
  return { type: 'blockquote', children: [calloutTitle(title || run.context.labels.callouts[kind]), ...body], data: { hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } } };
}

export function calloutTitle(title: string): Paragraph {
  return { type: 'paragraph', children: [text(title)], data: { hProperties: { className: ['callout-title'] } } };
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
