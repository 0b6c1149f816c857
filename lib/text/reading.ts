import { CJK_ALL } from './cjk';

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

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const URL = /https?:\/\/\S+/g;

/** Counts plain text already taken out of Markdown (`markdownText`), so an entry is parsed for it once. */
export function textReadingStats(plain: string): ReadingStats {
  const text = plain.replace(URL, ' ');
  const cjk = text.match(CJK_ALL)?.length ?? 0;
  const words = text.replace(CJK_ALL, ' ').match(WORD)?.length ?? 0;
  const minutes = Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
  return { cjk, words, minutes };
}
