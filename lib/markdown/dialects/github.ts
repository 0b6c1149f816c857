import type { Blockquote } from 'mdast';
import { calloutKind, calloutTitle, type Run } from './forms';

/** GitHub's alerts: `> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`, `> [!CAUTION]`. Golden: test/fixtures/dialects/github.md. */

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

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
  node.children.unshift(calloutTitle(run.context.labels.callouts[kind]));
  node.data = { ...node.data, hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`] } };
}
