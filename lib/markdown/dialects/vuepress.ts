import type { BlockContent, RootContent } from 'mdast';
import { callout, calloutKind, detailsBlock, isCalloutName, text, type Run } from './forms';

/**
 * VuePress's custom containers (and theme reco's): `::: tip 标题` … `:::`,
 * `::: danger`, `::: details 点开看`. Golden: test/fixtures/dialects/vuepress.md.
 */

/** The opening line of a container: `::: kind title`. */
export const CONTAINER_OPEN = /^:{3,}\s*([\w-]+)\s*(.*)$/;
export const CONTAINER_CLOSE = /(?:^|\n)\s*:{3,}\s*$/;

export function container(run: Run, name: string, title: string, body: BlockContent[]): RootContent[] {
  // A container the journal has no style for (`::: center`, reco's `::: img 说明`) keeps its content, and its words as a line after it, with no title made up.
  if (!isCalloutName(name)) return title.trim() === '' ? body : [...body, { type: 'paragraph', children: [text(title.trim())] }];
  const kind = calloutKind(name);
  if (kind === 'details') return [detailsBlock(title.trim() || run.context.labels.callouts.details, body, ['callout', 'callout-details'])];
  return [callout(run, kind, title.trim(), body)];
}
