import { proseLines } from '../markdown/lines';

/**
 * A vault note's inline tags, as Obsidian and Logseq read them: `#tag` and
 * nested `#area/topic` after a space or at a line's start, made of letters
 * (any script), digits, `_`, `-` and `/`, not digits alone; never in code,
 * headings, links' addresses or URLs (`https://a.com/#part`). Read only
 * below a vault's root (./vaults.ts): elsewhere `#标题` is a heading
 * written without its space, not a tag.
 */
const TAG = /(?:^|[\s(（，。、；：])#([\p{L}\p{N}_/-]*[\p{L}_][\p{L}\p{N}_/-]*)/gu;

export function inlineTags(body: string): string[] {
  const found: string[] = [];
  for (const { text } of proseLines(body)) {
    if (/^ {0,3}#{1,6}(?:\s|$)/.test(text)) continue;
    // Inline code, link addresses and bare URLs hold `#` that are not tags.
    const prose = text.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, '] ').replace(/[a-z][a-z\d+.-]*:\/\/\S+/gi, ' ');
    for (const m of prose.matchAll(TAG)) {
      const name = (m[1] ?? '').replace(/\/+$/, '');
      if (name !== '' && !found.includes(name)) found.push(name);
    }
  }
  return found;
}
