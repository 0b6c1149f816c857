import { proseLines } from './lines';
import { say, type Message } from '../text/message';

/**
 * Emphasis is the one Markdown construct whose parsing time grows with the
 * square of a paragraph's marks: micromark matches every `*` and `_` run
 * against the openers before it, so 20,000 repetitions of `*a_` (60 KB) take
 * half a minute (measured: 1,000 → 0.17 s, 2,000 → 0.49 s, 4,000 → 1.7 s,
 * 8,000 → 6.8 s). A paragraph holding more marks than any prose needs has
 * its marks shown as the characters they are, and the checker names it.
 */
export const MAX_EMPHASIS_MARKS = 1000;

export const EMPHASIS_FLOOD: Message = say(
  `a paragraph holds more than ${MAX_EMPHASIS_MARKS} emphasis marks (* and _); they are shown as text, not as emphasis`,
  `一个段落中的强调符号（* 和 _）超过 ${MAX_EMPHASIS_MARKS} 个；它们按原样显示为文字，不作强调`,
);

const countMarks = (text: string) => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95) n += 1;
  }
  return n;
};

/** The paragraphs (runs of prose lines between blank lines, outside code fences) over the bound, as 0-based line ranges. */
function floods(markdown: string): { first: number; last: number }[] {
  if (countMarks(markdown) <= MAX_EMPHASIS_MARKS) return [];
  const found: { first: number; last: number }[] = [];
  let run: { first: number; last: number; marks: number } | null = null;
  const close = () => {
    if (run && run.marks > MAX_EMPHASIS_MARKS) found.push({ first: run.first, last: run.last });
    run = null;
  };
  let previous = -1;
  for (const { text, index } of proseLines(markdown)) {
    // A fence between two prose lines ends the paragraph, as a blank line does.
    if (text.trim() === '' || index !== previous + 1) close();
    previous = index;
    if (text.trim() === '') continue;
    run ??= { first: index, last: index, marks: 0 };
    run.last = index;
    run.marks += countMarks(text);
  }
  close();
  return found;
}

/** The 1-based first line of every paragraph whose marks are shown as text. */
export function emphasisFloodLines(markdown: string): number[] {
  return floods(markdown).map((f) => f.first + 1);
}

/** The Markdown with every `*` and `_` of an over-full paragraph escaped (`\*`): the same lines, parsed in linear time. */
export function boundEmphasis(markdown: string): string {
  const over = floods(markdown);
  if (over.length === 0) return markdown;
  const lines = markdown.split('\n');
  for (const { first, last } of over) {
    for (let i = first; i <= last; i++) lines[i] = (lines[i] ?? '').replace(/\\?([*_])/g, '\\$1');
  }
  return lines.join('\n');
}
