import { CJK } from '../text/cjk';

/**
 * Search tokens that understand Chinese: words of spaced scripts (Latin,
 * digits) lower-cased and width-folded, and Chinese, Japanese and Korean
 * text as overlapping character pairs, so any two-character word inside a
 * long sentence is found whatever a word segmenter would have made of it.
 * The same function tokenizes entries at build time and queries in the browser.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const folded = text.normalize('NFKC').toLowerCase();
  for (const match of folded.matchAll(WORD)) {
    const run = match[0];
    let latin = '';
    let cjk: string[] = [];
    const flushLatin = () => {
      if (latin) tokens.push(latin);
      latin = '';
    };
    const flushCjk = () => {
      if (cjk.length === 1 && cjk[0]) tokens.push(cjk[0]);
      for (let i = 0; i + 1 < cjk.length; i++) tokens.push(`${cjk[i]}${cjk[i + 1]}`);
      cjk = [];
    };
    for (const ch of run) {
      if (CJK.test(ch)) {
        flushLatin();
        cjk.push(ch);
      } else {
        flushCjk();
        latin += ch;
      }
    }
    flushLatin();
    flushCjk();
  }
  return tokens;
}
