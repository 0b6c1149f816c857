import type { FrontMatter } from './field-kit';
import { withLogseqFlags } from './privacy-fields';

/**
 * A Logseq page's properties, its front matter: `key:: value` lines at the
 * very top of the file (`title:: 读书笔记`, `tags:: 读书, [[小说]]`,
 * `alias:: 书单`, `public:: true`), read only for a vault note without YAML
 * front matter. Lists (`tags`, `alias`, `categories`) are split at commas,
 * their `[[…]]` and `#` taken off; `true` and `false` are flags; `alias` is
 * `aliases`, the note's other names; `public` is the publish flag
 * (./privacy-fields.ts). Every other value is text. The lines
 * are blanked in the body (`lines` of them), so no line moves and a `---`
 * after them is a rule, not a heading made of them.
 */
const PROPERTY = /^([\p{L}\p{N}_][\p{L}\p{N}_-]*)::[ \t]*(.*?)[ \t]*$/u;
const LISTS = new Set(['tags', 'alias', 'categories']);

export function pageProperties(body: string): { readonly data: FrontMatter; readonly lines: number } {
  const data: Record<string, unknown> = {};
  let lines = 0;
  for (const line of body.split('\n')) {
    const m = PROPERTY.exec(line);
    if (!m) break;
    lines += 1;
    const key = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? '';
    const name = key === 'alias' ? 'aliases' : key;
    if (name in data) continue;
    if (LISTS.has(key)) {
      data[name] = value
        .split(/[,，]/)
        .map((item) => item.trim().replace(/^\[\[(.*)\]\]$/, '$1').replace(/^#/, '').trim())
        .filter((item) => item !== '');
    } else data[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return { data: withLogseqFlags(data), lines };
}
