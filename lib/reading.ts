/**
 * Length and reading time that understand Chinese: CJK characters and
 * words of other scripts are counted apart, and read at 400 characters
 * and 200 words a minute.
 */
export interface ReadingStats {
  /** Han, kana and Hangul characters. */
  readonly cjk: number;
  /** Words of Latin and other space-separated scripts, numbers included. */
  readonly words: number;
  /** Whole minutes, at least 1. */
  readonly minutes: number;
}

export const CJK_PER_MINUTE = 400;
export const WORDS_PER_MINUTE = 200;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Markdown reduced to the text a reader reads: no link targets, HTML comments or markup characters. */
function readableText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\[[^\]]+\]:.*$/gm, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

export function readingStats(markdown: string): ReadingStats {
  const text = readableText(markdown);
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  const minutes = Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
  return { cjk, words, minutes };
}
