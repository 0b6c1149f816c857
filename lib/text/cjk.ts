/**
 * Chinese, Japanese and Korean text: one definition for reading time,
 * search tokens and excerpt length. Safe in the browser (no imports).
 */

/** A Han, kana or Hangul character. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Every CJK character of a text, for counting and replacing. */
export const CJK_ALL = new RegExp(CJK.source, 'gu');

/** Characters set a full em wide: CJK, CJK punctuation and full-width forms. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** A text's width in Chinese characters: wide characters count 1, everything else ½. */
export function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 1 : 0.5;
  return units;
}
