/**
 * The part of a result's text shown around its first match: about 140
 * characters from 30 before it. Latin words are never cut: the window's
 * edges move to the nearest space (Chinese, with no spaces, is cut anywhere).
 */
const BEFORE = 30;
const LENGTH = 140;
/** How far an edge may move to reach a space before it cuts a word after all. */
const SLACK = 20;

/** Whether position `i` falls between two characters of one Latin word. */
const inWord = (text: string, i: number) => i > 0 && i < text.length && /^[\p{Script=Latin}\p{N}]{2}$/u.test(text.slice(i - 1, i + 1));

/** Moves an edge back out of the middle of a Latin word, to just after a space within reach. */
function edge(text: string, i: number): number {
  if (!inWord(text, i)) return i;
  for (let j = i - 1; j > 0 && j >= i - SLACK; j--) {
    if (/\s/.test(text[j] ?? '')) return j + 1;
  }
  return i;
}

/** The first `length` characters of a text, ending between words. */
export function textStart(text: string, length: number): string {
  return text.length <= length ? text : text.slice(0, edge(text, length)).trimEnd();
}

export function snippetWindow(text: string, first: number): string {
  const rawStart = Math.max(0, first - BEFORE);
  const start = rawStart === 0 ? 0 : edge(text, rawStart);
  const rawEnd = Math.min(text.length, start + LENGTH);
  const end = rawEnd === text.length ? rawEnd : edge(text, rawEnd);
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
