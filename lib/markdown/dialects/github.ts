import type { Blockquote } from 'mdast';
import { calloutKind, calloutTitle, type Run } from './forms';

/** GitHub's alerts: `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`, `> [!CAUTION]`. Golden: test/fixtures/dialects/github.md. */

/** The marker, and the words after it on its line: Obsidian's callouts give their title there (`> [!NOTE] 2026.04.23 更新`). */
const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|INFO|DANGER)\][-+]?[ \t]*([^\n]*)(?:\n|$)/i;

/** A quote that opens with an alert's marker becomes that callout, in place. */
export function alert(run: Run, node: Blockquote): void {
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
  const own = match[2]?.trim() ?? '';
  node.children.unshift(calloutTitle(own || run.context.labels.callouts[kind]));
  node.data = { ...node.data, hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } };
}
