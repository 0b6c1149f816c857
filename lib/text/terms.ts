/** Tags and categories: one slug function for every term URL. */

const WORD_FOR: Readonly<Record<string, string>> = { '+': 'plus', '#': 'sharp', '&': 'and', '@': 'at' };

/**
 * The URL name of a tag or category. Letters and digits of every script
 * are kept (so `机器学习` stays `机器学习`), case and full-width forms are
 * folded, `+ # & @` become words (`C++` → `c-plus-plus`, `C#` → `c-sharp`)
 * and every other run of punctuation or space becomes one `-` — dots too,
 * so no term URL looks like a file name (`Node.js` → `node-js`).
 */
export function termSlug(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of folded) {
    const word = WORD_FOR[ch];
    if (word) out += `-${word}-`;
    else if (/[\p{L}\p{N}\p{M}_]/u.test(ch)) out += ch;
    else out += '-';
  }
  out = out.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  if (out !== '') return out;
  // A name of symbols alone still gets a stable, readable-enough name.
  return `term-${[...folded].map((c) => c.codePointAt(0)?.toString(16) ?? '').join('-')}`;
}
