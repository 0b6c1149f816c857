import type { Code } from 'mdast';
import { say } from '../../text/message';
import { proseLines } from '../lines';
import { note, slugOfTarget, text, type BlockForm, type Dialect, type InlineForm } from './forms';

/**
 * Jekyll's Liquid, as far as posts use it: `{% highlight ruby [linenos] %}`,
 * `{% post_url 2010-07-21-name %}` and `{% link _posts/….md %}` (also as a
 * Markdown link's address, ./hugo.ts HUGO_LINK), `{% raw %}`, `{% include %}`
 * (a theme's template: removed, and named), and the site's own address in
 * links and images (`{{ site.baseurl }}/images/a.png`,
 * `{{ "/about/" | relative_url }}`), which is this site's root.
 * Golden: test/fixtures/dialects/jekyll.md.
 */

/** The address of a post by its file (`2010-07-21-name`, `_posts/2010-07-21-name.md`). */
const postAddress: InlineForm = (run, { first }) => (first ? [text(run.context.entryHref(slugOfTarget(first.split('/').at(-1) ?? first)))] : []);

/** `{% highlight ruby [linenos] %}` … `{% endhighlight %}`: code in that language, with line numbers when asked. */
const highlightBlock: BlockForm = (_run, { first, rest, inner }) => {
  const code: Code = { type: 'code', lang: first || null, meta: rest.includes('linenos') ? 'showLineNumbers' : null, value: inner };
  return [code];
};

/** `{% include x.html %}`: a template of the old theme, which this site does not have. */
const include: InlineForm = (run, { first, line }) => {
  note(run, line, say(`{% include ${first} %} is a template of the old site's theme; it is left out (write what it showed as Markdown)`, `{% include ${first} %} 是旧站主题的模板，已略去（请把它显示的内容写成 Markdown）`));
  return [];
};

export const JEKYLL: Dialect = {
  inline: {
    post_url: postAddress,
    link: postAddress,
    include,
    include_relative: include,
    // `{% raw %}…{% endraw %}` inside a line only told Liquid to leave the text alone.
    raw: () => [],
  },
  blocks: {
    highlight: highlightBlock,
  },
};

/**
 * Liquid that stands for the site's own address, as links and images write
 * it: `{{ site.baseurl }}`, `{{ site.url }}` (either followed by the path),
 * and a quoted path through `relative_url` or `absolute_url`. Each becomes
 * the path alone, a site path of this site. Code is left as written.
 */
const SITE_ADDRESS = /\{\{-?\s*(?:site\.(?:baseurl|url)|(["'])([^"'{}]*)\1\s*\|\s*(?:relative_url|absolute_url))\s*-?\}\}/g;

export function siteAddresses(markdown: string): string {
  if (!markdown.includes('{{')) return markdown;
  const lines = markdown.split('\n');
  for (const { text: line, index } of proseLines(markdown)) {
    if (!line.includes('{{')) continue;
    // Inline code spans keep their text: only the parts between them are read.
    lines[index] = line
      .split(/(`+[^`]*`+)/)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(SITE_ADDRESS, (_m, _q: string | undefined, path: string | undefined) => path ?? '')))
      .join('');
  }
  return lines.join('\n');
}
