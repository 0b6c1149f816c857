import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';

/**
 * Math rendered at build time by KaTeX, as HTML for the eye and MathML for
 * assistive technology. A formula KaTeX cannot read is shown as its source
 * in an error style; the build goes on. `trust` stays off, so no formula
 * can produce links, classes or styles of its own choosing.
 */
function render(tex: string, displayMode: boolean): ElementContent[] {
  const html = katex.renderToString(tex, {
    displayMode,
    output: 'htmlAndMathml',
    throwOnError: false,
    strict: 'ignore',
    trust: false,
    maxSize: 50,
    maxExpand: 500,
  });
  return fromHtml(html, { fragment: true }).children.filter((n): n is ElementContent => n.type !== 'doctype');
}

export function displayMath(tex: string): Element {
  return { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: render(tex, true) };
}

export function inlineMath(tex: string): ElementContent[] {
  return render(tex, false);
}
