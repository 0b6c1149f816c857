import type { Blockquote, Code } from 'mdast';
import { say } from '../../text/message';
import { callout, calloutKind, entryLink, note, slugOfTarget, text, type BlockForm, type Dialect, type InlineForm } from './forms';

/**
 * Hexo's tag plugins, as Hexo's own `lib/plugins/tag/` reads them:
 * `{% asset_img a.png 标题 %}`, `{% post_link slug 文字 %}`,
 * `{% post_path slug %}`, `{% blockquote 作者 出处 %}`, `{% codeblock lang:js %}`,
 * `{% raw %}`, hexo-math's `{% math %}`, and NexT's `{% note info 标题 %}`. Golden: test/fixtures/dialects/hexo.md.
 */

/** The words of an image tag that name a file: Hexo takes the image among any of them (`{% asset_img 截图 a.png %}`, class names first). */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;

/** `{% asset_img [class…] file [width [height]] [title [alt]] %}`: the image, its size, and its words. */
const image: InlineForm = (_run, { first, rest }) => {
  const words = [first, ...rest].filter((w) => w !== '');
  const at = Math.max(0, words.findIndex((w) => IMAGE_FILE.test(w) || /^(?:https?:)?\/\//.test(w)));
  const url = words[at];
  if (!url) return [];
  const after = words.slice(at + 1);
  const size = after.filter((w) => /^\d{1,5}(?:px)?$/.test(w)).map((w) => Number.parseInt(w, 10));
  const alt = [...words.slice(0, at).filter((w) => !/^[\w-]+$/.test(w) || /[^\x00-\x7f]/.test(w)), ...after.filter((w) => !/^\d{1,5}(?:px)?$/.test(w))].join(' ').replace(/^"|"$/g, '');
  const hProperties: Record<string, number> = {};
  if (size[0]) hProperties.width = size[0];
  if (size[1]) hProperties.height = size[1];
  return [{ type: 'image', url, alt: alt || null, data: { hProperties } }];
};

const assetFile: InlineForm = (run, { name, first, rest, line }) => {
  note(run, line, say(`{% ${name} ${first} %}: only images are published; the file is not linked`, `{% ${name} ${first} %}：只发布图片；这个文件不会被链接`));
  return [text(rest.join(' ') || first)];
};

/** Code kept as written: `{% codeblock lang:js %}`. */
const codeBlock: BlockForm = (_run, { first, inner }) => {
  const code: Code = { type: 'code', lang: /^lang:(\S+)$/.exec(first)?.[1] ?? null, value: inner };
  return [code];
};

/** `{% raw %}`: what it holds, read as Markdown (its HTML through the same safe subset; a fence inside stays a code block). */
const rawBlock: BlockForm = (_run, { parsed }) => parsed();

/** hexo-math's `{% math %}` (and `{% mathjax %}`, `{% katex %}`): a displayed formula. */
const mathBlock: BlockForm = (_run, { inner }) => [{ type: 'math', value: inner }];

/** A quote with its source line (`—— 鲁迅 《故乡》`); a link among the words is left out. */
const quote: BlockForm = (_run, { first, rest, parsed }) => {
  const node: Blockquote = { type: 'blockquote', children: parsed() };
  const cite = [first, ...rest].filter((w) => !/^https?:/.test(w)).join(' ').trim();
  if (cite) node.children.push({ type: 'paragraph', children: [text(`—— ${cite}`)], data: { hProperties: { className: ['quote-source'] } } });
  return [node];
};

/** NexT's and other themes' notes: `{% note info 标题 %}`. */
export const noteBlock: BlockForm = (run, { first, rest, parsed }) => [callout(run, calloutKind(first || 'note'), rest.join(' '), parsed())];

export const HEXO: Dialect = {
  inline: {
    asset_img: image,
    img: image,
    image,
    post_link: (run, { first, rest }) => (first ? [entryLink(run, slugOfTarget(first), rest.join(' ') || first)] : []),
    post_path: (run, { first }) => (first ? [text(run.context.entryHref(slugOfTarget(first)))] : []),
    asset_link: assetFile,
    asset_path: assetFile,
    br: () => [{ type: 'break' }],
  },
  blocks: {
    blockquote: quote,
    quote,
    codeblock: codeBlock,
    code: codeBlock,
    raw: rawBlock,
    math: mathBlock,
    mathjax: mathBlock,
    katex: mathBlock,
    note: noteBlock,
    hint: noteBlock,
    callout: noteBlock,
  },
};
