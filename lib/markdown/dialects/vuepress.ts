import type { BlockContent, RootContent } from 'mdast';
import { callout, calloutKind, detailsBlock, type Run } from './forms';

/**
 * VuePress's custom containers (and theme reco's): `::: tip 标题` … `:::`,
 * `::: danger`, `::: details 点开看`. Golden: test/fixtures/dialects/vuepress.md.
 */

/** The opening line of a container: `::: kind title`. */
export const CONTAINER_OPEN = /^:{3,}\s*([\w-]+)\s*(.*)$/;
export const CONTAINER_CLOSE = /(?:^|\n)\s*:{3,}\s*$/;

export function container(run: Run, name: string, title: string, body: BlockContent[]): RootContent[] {
  const kind = calloutKind(name);
  if (kind === 'details') return [detailsBlock(title.trim() || run.context.labels.callouts.details, body, ['callout', 'callout-details'])];
  return [callout(run, kind, title.trim(), body)];
}
