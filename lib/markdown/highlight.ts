import type { Element, ElementContent, Properties } from 'hast';
import type { Code } from 'mdast';
import { createHighlighterCoreSync, type HighlighterCore, type LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import bash from '@shikijs/langs/bash';
import c from '@shikijs/langs/c';
import cpp from '@shikijs/langs/cpp';
import csharp from '@shikijs/langs/csharp';
import css from '@shikijs/langs/css';
import diff from '@shikijs/langs/diff';
import dockerfile from '@shikijs/langs/dockerfile';
import go from '@shikijs/langs/go';
import haskell from '@shikijs/langs/haskell';
import html from '@shikijs/langs/html';
import ini from '@shikijs/langs/ini';
import java from '@shikijs/langs/java';
import javascript from '@shikijs/langs/javascript';
import json from '@shikijs/langs/json';
import jsx from '@shikijs/langs/jsx';
import kotlin from '@shikijs/langs/kotlin';
import latex from '@shikijs/langs/latex';
import lua from '@shikijs/langs/lua';
import make from '@shikijs/langs/make';
import markdown from '@shikijs/langs/markdown';
import matlab from '@shikijs/langs/matlab';
import php from '@shikijs/langs/php';
import python from '@shikijs/langs/python';
import r from '@shikijs/langs/r';
import ruby from '@shikijs/langs/ruby';
import rust from '@shikijs/langs/rust';
import scala from '@shikijs/langs/scala';
import shellscript from '@shikijs/langs/shellscript';
import sql from '@shikijs/langs/sql';
import swift from '@shikijs/langs/swift';
import toml from '@shikijs/langs/toml';
import tsx from '@shikijs/langs/tsx';
import typescript from '@shikijs/langs/typescript';
import xml from '@shikijs/langs/xml';
import yaml from '@shikijs/langs/yaml';
import githubDark from '@shikijs/themes/github-dark';
import githubLight from '@shikijs/themes/github-light';
import { parseCodeMeta } from './code-meta';
import { MAX_HIGHLIGHT_LINE } from './limits';

/**
 * Build-time code highlighting with Shiki (JavaScript regex engine, so it
 * runs synchronously inside the Markdown compiler). Both themes are written
 * as colour variables; the site's CSS picks light or dark. A language Shiki
 * does not know is shown as plain code, never an error.
 */

const GRAMMARS: readonly (readonly LanguageRegistration[])[] = [
  bash, c, cpp, csharp, css, diff, dockerfile, go, haskell, html, ini, java, javascript, json, jsx, kotlin, latex,
  lua, make, markdown, matlab, php, python, r, ruby, rust, scala, shellscript, sql, swift, toml, tsx, typescript,
  xml, yaml,
];

/**
 * Every language name and alias, to the grammar module that brings it with
 * its embedded languages. A module's own language (its last registration)
 * wins over the same language embedded in another module.
 */
const GRAMMAR_FOR: ReadonlyMap<string, readonly LanguageRegistration[]> = (() => {
  const index = new Map<string, readonly LanguageRegistration[]>();
  const add = (registration: LanguageRegistration, module: readonly LanguageRegistration[]) => {
    for (const name of [registration.name, ...(registration.aliases ?? [])]) {
      if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), module);
    }
  };
  for (const module of GRAMMARS) {
    const own = module.at(-1);
    if (own) add(own, module);
  }
  for (const module of GRAMMARS) for (const registration of module) add(registration, module);
  return index;
})();

/**
 * Theme colours too faint on their theme's background for WCAG AA (4.5:1),
 * replaced: in the light theme, variables and parameters in #e36209 measure
 * 3.48:1 on white (#b35900: 6.6:1); in the dark theme, comments in #6a737d
 * measure 3.05:1 on #24292e (#959da5: 5.34:1).
 */
const CONTRAST = { 'github-light': { '#e36209': '#b35900' }, 'github-dark': { '#6a737d': '#959da5' } };

let highlighter: HighlighterCore | null = null;

/**
 * The highlighter, with a grammar registered the first time a block in its
 * language is met: resolving all of them up front costs most of a second
 * in every process, and a journal uses a handful.
 */
function highlighterFor(lang: string): HighlighterCore | null {
  const grammar = GRAMMAR_FOR.get(lang);
  if (!grammar) return null;
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  if (!highlighter.getLoadedLanguages().includes(lang)) highlighter.loadLanguageSync(...grammar);
  return highlighter;
}

/** Shiki writes `class` and `tabindex`; hast (and the sanitizer) speak `className` and `tabIndex`. */
function normalise(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'class') properties.className = (Array.isArray(value) ? value.map(String) : String(value).split(/\s+/)).filter(Boolean);
    else if (key === 'tabindex') properties.tabIndex = Number(value);
    else properties[key] = value;
  }
  return { ...node, properties, children: node.children.map(normalise) };
}

export function languageOf(node: Code): string | null {
  const lang = node.lang?.trim().toLowerCase();
  return lang ? lang : null;
}

/** A fenced code block as a figure: highlighted `pre`, with its language as a caption. */
/** How long one line may take to tokenize before the rest of it is left plain. */
const HIGHLIGHT_LINE_TIME_LIMIT_MS = 10_000;

export function codeBlock(node: Code): Element {
  const lang = languageOf(node);
  // A diagram: its source, which components/mermaid-diagrams.tsx draws in the browser.
  if (lang === 'mermaid') {
    const source: Element = { type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: [{ type: 'text', value: node.value }] };
    return { type: 'element', tagName: 'figure', properties: { className: ['code-block', 'diagram'] }, children: [source] };
  }
  const h = lang === null ? null : highlighterFor(lang);
  let pre: ElementContent;
  if (h && lang !== null) {
    const { marks, lineNumbers } = parseCodeMeta(node.meta, node.value.split('\n').length);
    const root = h.codeToHast(node.value, {
      lang,
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      tokenizeMaxLineLength: MAX_HIGHLIGHT_LINE,
      // Shiki stops tokenizing a line after 500 ms by default, and a busy machine (a build's workers, CI) reaches that
      // while a grammar it embeds is first compiled: the same entry then came out highlighted differently from one
      // build to the next. Lines are bounded above (MAX_HIGHLIGHT_LINE); the time limit only guards a pathological one.
      tokenizeTimeLimit: HIGHLIGHT_LINE_TIME_LIMIT_MS,
      colorReplacements: CONTRAST,
      // Lines asked for in the fence (```js {2,4-6}) are marked; `showLineNumbers` numbers every line (CSS counters).
      transformers: [
        {
          line(line, number) {
            if (marks.has(number)) this.addClassToHast(line, 'highlighted');
          },
          pre(element) {
            if (lineNumbers) this.addClassToHast(element, 'line-numbers');
          },
        },
      ],
    });
    const first = root.children[0];
    pre = first && first.type === 'element' ? normalise(first) : plainPre(node.value, lang);
  } else {
    pre = plainPre(node.value, lang);
  }
  const children: ElementContent[] = [];
  if (lang) {
    children.push({ type: 'element', tagName: 'figcaption', properties: { className: ['code-lang'] }, children: [{ type: 'text', value: lang }] });
  }
  children.push(pre);
  return { type: 'element', tagName: 'figure', properties: { className: ['code-block'] }, children };
}

function plainPre(value: string, lang: string | null): Element {
  return {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: lang ? { className: [`language-${lang.replace(/[^\w-]/g, '')}`] } : {},
        children: [{ type: 'text', value: value.endsWith('\n') ? value : `${value}\n` }],
      },
    ],
  };
}
