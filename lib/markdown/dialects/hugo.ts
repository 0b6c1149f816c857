import type { Code } from 'mdast';
import { say } from '../../text/message';
import { note, slugOfTarget, text, videoLink, type Dialect, type InlineForm, type TagCall } from './forms';
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

/** Links a shortcode may make: to other sites, or paths of this one. */
const SAFE_LINK = /^(?:(?:https?:\/\/|mailto:)[^\s"<>\\]+|(?![a-z][a-z\d+.-]*:|\/\/|\/\\)[^\s"<>\\]+)$/i;

/** A shortcode's positional arguments: its words that are not `key=value`. */
const positional = (call: TagCall) => [call.first, ...call.rest].filter((w) => !/^\w+=/.test(w));

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
    // FixIt's and LoveIt's {{< link href content title >}}, positional or named.
    link: (_run, call) => {
      const [href = '', content = '', title = ''] = positional(call);
      const url = call.kv.href ?? href;
      const words = call.kv.content ?? (content || url);
      if (!SAFE_LINK.test(url)) return words ? [text(words)] : [];
      return [{ type: 'link', url, title: (call.kv.title ?? title) || null, children: [text(words)] }];
    },
    // Their {{< music >}} player (MetingJS): a link to the music's page, where it plays.
    music: (run, call) => {
      const [first = '', second = '', third = ''] = positional(call);
      const address = call.kv.auto ?? call.kv.url ?? (/^https:\/\//.test(first) ? first : '');
      const server = call.kv.server ?? (address ? '' : first);
      const id = call.kv.id ?? (address ? '' : third);
      const kind = call.kv.type ?? (address ? '' : second);
      const url = address || (server === 'netease' && /^\d+$/.test(id) ? `https://music.163.com/#/${/^(?:song|playlist|album|artist)$/.test(kind) ? kind : 'song'}?id=${id}` : '');
      if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
        note(run, call.line, say('a {{< music >}} player whose music cannot be linked to (only https:// addresses and NetEase ids can); it is left out', '{{< music >}} 播放器的音乐无法链接（只支持 https:// 地址和网易云音乐编号），已略去'));
        return [];
      }
      const name = [call.kv.name, call.kv.artist].filter((w) => w !== undefined && w !== '').join(' - ');
      return [{ type: 'link', url, children: [text(name ? `${run.context.labels.music}：${name}` : run.context.labels.music)] }];
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
