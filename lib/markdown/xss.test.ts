import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { assertGolden } from '../../test/golden';
import { renderExcerpt, renderMarkdown } from './index';
import { ENTRY_SCHEMA } from './schema';

const DIR = path.join(import.meta.dirname, '../../test/fixtures/xss');
const cases = fs.readdirSync(DIR).filter((f) => f.endsWith('.md'));

/** What no rendered entry may ever contain. */
function assertSafe(html: string, name: string) {
  assert.doesNotMatch(html, /<(script|style|iframe|object|embed|form|base|meta|link|noscript|xmp|button|mglyph|template)\b/i, `${name}: dangerous element`);
  assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, `${name}: event handler attribute`);
  for (const [, url] of html.matchAll(/\s(?:href|src|action|formaction|data|xlink:href)="([^"]*)"/gi)) {
    const decoded = (url ?? '').replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/[\s\u0000-\u001f]/g, '');
    assert.doesNotMatch(decoded, /^(javascript|vbscript|data):/i, `${name}: dangerous URL ${url}`);
  }
  // Ids starting with `_` could shadow script globals such as Next's `__next_f`.
  assert.doesNotMatch(html, /\sid="[_$]/, `${name}: an id that may shadow a global`);
}

describe('Markdown XSS (golden: test/fixtures/xss/*.md → *.html, with GFM, code and math on)', () => {
  assert.ok(cases.length >= 25, `only ${cases.length} cases`);
  for (const file of cases) {
    it(file, () => {
      const markdown = fs.readFileSync(path.join(DIR, file), 'utf8');
      const html = renderMarkdown(markdown);
      assertSafe(html, file);
      assertSafe(renderExcerpt(markdown), `${file} (excerpt)`);
      assertGolden(path.join(DIR, file.replace(/\.md$/, '.html')), html);
    });
  }
});

describe('sanitize guard', () => {
  const source = fs.readFileSync(path.join(import.meta.dirname, 'pipeline.ts'), 'utf8');

  it('keeps remark-html sanitizing on with the entry schema', () => {
    assert.match(source, /remarkHtml, \{ sanitize: ENTRY_SCHEMA, handlers \}/);
    // Spelled in pieces so that this check is not itself mistaken for the option it forbids.
    assert.doesNotMatch(source, new RegExp(['sanitize:\\s*', 'false|allow', 'DangerousHtml'].join('')));
  });

  it('never widens the schema to scripts, styles, event handlers or new URL protocols', () => {
    const tags = ENTRY_SCHEMA.tagNames ?? [];
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'link', 'mglyph', 'foreignObject', 'template']) {
      assert.ok(!tags.includes(tag), `schema allows <${tag}>`);
    }
    for (const [tag, attributes] of Object.entries(ENTRY_SCHEMA.attributes ?? {})) {
      for (const attribute of attributes) {
        const name = Array.isArray(attribute) ? String(attribute[0]) : String(attribute);
        assert.doesNotMatch(name, /^on/i, `schema allows ${name} on <${tag}>`);
        assert.ok(!['srcdoc', 'formAction', 'xlinkHref', 'href'].includes(name) || (tag === 'a' && name === 'href'), `schema allows ${name} on <${tag}>`);
      }
    }
    const protocols = ENTRY_SCHEMA.protocols ?? {};
    for (const list of Object.values(protocols)) {
      for (const p of list ?? []) assert.ok(!/^(javascript|vbscript|data|file)$/i.test(p), `schema allows ${p}:`);
    }
  });
});
