import type { Element, ElementContent, Properties } from 'hast';
import type { Code } from 'mdast';
import { createHighlighterCoreSync, type HighlighterCore } from 'shiki/core';
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

/**
 * Build-time code highlighting with Shiki (JavaScript regex engine, so it
 * runs synchronously inside the Markdown compiler). Both themes are written
 * as colour variables; the site's CSS picks light or dark. A language Shiki
 * does not know is shown as plain code, never an error.
 */

const LANGS = [
  bash, c, cpp, csharp, css, diff, dockerfile, go, haskell, html, ini, java, javascript, json, jsx, kotlin, latex,
  lua, make, markdown, matlab, php, python, r, ruby, rust, scala, shellscript, sql, swift, toml, tsx, typescript,
  xml, yaml,
];

let highlighter: HighlighterCore | null = null;

function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [githubLight, githubDark],
    langs: LANGS,
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/** Shiki writes `class` and `tabindex`; hast (and the sanitizer) speak `className` and `tabIndex`. */
function normalise(node: ElementContent): ElementContent {
  if (node.type !== 'element') return node;
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (key === 'class') properties.className = String(value).split(/\s+/).filter(Boolean);
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
export function codeBlock(node: Code): Element {
  const lang = languageOf(node);
  const h = getHighlighter();
  const known = lang !== null && h.getLoadedLanguages().includes(lang);
  let pre: ElementContent;
  if (known) {
    const root = h.codeToHast(node.value, {
      lang,
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
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
