import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import { MAX_TEX_NESTING, texNesting } from './limits';

/**
 * Math rendered at build time by KaTeX, as HTML for the eye and MathML for
 * assistive technology. A formula KaTeX cannot read is shown as its source
 * in an error style; the build goes on. `trust` stays off, so no formula
 * can produce links, classes or styles of its own choosing.
 */
/** `htmlAndMathml` for pages (with KaTeX's stylesheet); `mathml` alone for feeds, whose readers have no stylesheet. */
export type MathOutput = 'htmlAndMathml' | 'mathml';

function render(tex: string, displayMode: boolean, output: MathOutput): ElementContent[] {
  if (texNesting(tex) > MAX_TEX_NESTING) return [unreadable(tex, `the formula nests more than ${MAX_TEX_NESTING} groups deep`)];
  const html = katex.renderToString(tex, {
    displayMode,
    output,
    throwOnError: false,
    strict: 'ignore',
    trust: false,
    maxSize: 50,
    maxExpand: 500,
  });
  return fromHtml(html, { fragment: true }).children.filter((n): n is ElementContent => n.type !== 'doctype');
}

/** A formula shown as its source, in the style KaTeX gives the ones it cannot read. */
function unreadable(tex: string, reason: string): Element {
  return { type: 'element', tagName: 'span', properties: { className: ['katex-error'], title: reason }, children: [{ type: 'text', value: tex }] };
}

export function displayMath(tex: string, output: MathOutput = 'htmlAndMathml'): Element {
  return { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: render(tex, true, output) };
}

export function inlineMath(tex: string, output: MathOutput = 'htmlAndMathml'): ElementContent[] {
  return render(tex, false, output);
}
