import { CJK } from '../text/cjk';

/**
 * Search tokens that understand Chinese: words of spaced scripts (Latin,
 * digits) lower-cased and width-folded, and Chinese, Japanese and Korean
 * text as overlapping character pairs, so any two-character word inside a
 * long sentence is found whatever a word segmenter would have made of it.
 * The build and the browser share these functions.
 */
const WORD = /[\p{L}\p{N}]+/gu;

function tokens(text: string, trailing: boolean): string[] {
  const out: string[] = [];
  const folded = text.normalize('NFKC').toLowerCase();
  for (const match of folded.matchAll(WORD)) {
    const run = match[0];
    let latin = '';
    let cjk: string[] = [];
    const flushLatin = () => {
      if (latin) out.push(latin);
      latin = '';
    };
    const flushCjk = () => {
      for (let i = 0; i + 1 < cjk.length; i++) out.push(`${cjk[i]}${cjk[i + 1]}`);
      const last = cjk.at(-1);
      if (last !== undefined && (trailing || cjk.length === 1)) out.push(last);
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
  return out;
}

/**
 * Tokens of indexed text. Each CJK run's last character is a token too:
 * every character then begins a token, so a one-character query finds it
 * by prefix (`面` finds 面试 and 见面 alike).
 */
export function tokenize(text: string): string[] {
  return tokens(text, true);
}

/** Tokens of a query: pairs only, or the character itself when it stands alone. */
export function tokenizeQuery(text: string): string[] {
  return tokens(text, false);
}
