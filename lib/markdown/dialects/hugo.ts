import type { Code } from 'mdast';
import { slugOfTarget, text, videoLink, type Dialect, type InlineForm } from './forms';
import { noteBlock } from './hexo';

/**
 * Hugo's shortcodes, as its documentation defines them: `{{< relref "x.md" >}}`
 * and `{{< ref >}}` (also as a link's target), `{{< figure src= title= >}}`,
 * `{{< youtube id >}}`, `{{< vimeo >}}`, `{{< bilibili >}}`, and the blocks
 * `{{< highlight go >}}`, `{{< details >}}`, `{{< notice >}}`, `{{< admonition >}}`.
 * Golden: test/fixtures/dialects/hugo.md.
 */

/** `[文字]({{< relref "posts/old.md" >}})`: a Markdown link whose target is a Hugo ref, which micromark leaves as text. */
/** A Markdown link whose address is Hugo's `{{< ref x >}}` or Jekyll's `{% post_url x %}` / `{% link x %}` (groups: words, Hugo's target, Jekyll's). */
export const HUGO_LINK = /\[([^\]]*)\]\((?:\{\{[<%]\s*(?:rel)?ref\s+"?([^"\s>%]+)"?\s*[>%]\}\}|\{%-?\s*(?:post_url|link)\s+"?([^"\s%]+)"?\s*-?%\})\)/;

const ref: InlineForm = (run, { first }) => (first ? [text(run.context.entryHref(slugOfTarget(first)))] : []);

export const HUGO: Dialect = {
  inline: {
    relref: ref,
    ref,
    figure: (_run, { first, kv }) => {
      const src = kv.src ?? first;
      const caption = kv.title ?? kv.caption ?? kv.alt ?? '';
      return src ? [{ type: 'image', url: src, alt: kv.alt ?? caption ?? null, title: caption || null }] : [];
    },
    youtube: (run, { first, kv }) => {
      const id = kv.id ?? first;
      return id ? [videoLink(run, 'youtube', `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, id)] : [];
    },
    bilibili: (run, { first, kv }) => {
      const id = kv.id ?? kv.bvid ?? first;
      return id ? [videoLink(run, 'bilibili', `https://www.bilibili.com/video/${encodeURIComponent(id)}`, id)] : [];
    },
    vimeo: (run, { first, kv }) => {
      const id = kv.id ?? first;
      return id ? [videoLink(run, 'vimeo', `https://vimeo.com/${encodeURIComponent(id)}`, id)] : [];
    },
  },
  blocks: {
    highlight: (_run, { first, inner }) => {
      const code: Code = { type: 'code', lang: /^lang:(\S+)$/.exec(first)?.[1] ?? (first || null), value: inner };
      return [code];
    },
    details: noteBlock,
    hint: noteBlock,
    notice: noteBlock,
    admonition: noteBlock,
  },
};
