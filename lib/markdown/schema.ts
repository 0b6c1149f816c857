import { defaultSchema } from 'hast-util-sanitize';

type Schema = typeof defaultSchema;

/**
 * The sanitize schema for entries: GitHub's, widened only by what the
 * journal's own Markdown features produce — heading ids and anchors,
 * footnotes, callouts, highlighted code (inline colour variables), KaTeX (HTML with
 * inline sizes, MathML, a few SVG paths) and lazy images with their size.
 * No script, no `on*` attribute, no `style` element, no new URL protocol:
 * raw HTML written in an entry is dropped before this schema is applied,
 * so only the journal's own handlers can produce these elements.
 */

const MATHML = [
  'math', 'semantics', 'annotation', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mspace', 'mtext', 'menclose',
  'merror', 'mfrac', 'mpadded', 'mphantom', 'mroot', 'msqrt', 'mstyle', 'msub', 'msup', 'msubsup',
  'munder', 'mover', 'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mmultiscripts', 'mprescripts', 'none',
];

const MATHML_ATTRIBUTES = [
  'xmlns', 'display', 'encoding', 'mathvariant', 'mathcolor', 'mathbackground', 'mathsize', 'stretchy', 'fence',
  'separator', 'lspace', 'rspace', 'minsize', 'maxsize', 'accent', 'accentunder', 'movablelimits', 'symmetric',
  'largeop', 'width', 'height', 'depth', 'voffset', 'displaystyle', 'scriptlevel', 'columnalign', 'columnspacing',
  'columnlines', 'rowalign', 'rowspacing', 'rowlines', 'columnspan', 'rowspan', 'notation', 'linethickness', 'form',
];

const base = defaultSchema.attributes ?? {};

export const ENTRY_SCHEMA: Schema = {
  ...defaultSchema,
  // Footnote ids already carry `user-content-` (from mdast-util-to-hast); heading ids are made safe where made.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), ...MATHML, 'svg', 'path', 'line', 'figure', 'figcaption', 'aside', 'mark', 'u', 'small'],
  attributes: {
    ...base,
    '*': [...(base['*'] ?? []), 'ariaHidden'],
    // The first className rule of an element is the one applied: replace GitHub's, do not add a second.
    // A link to another entry (`dataEntryLink`) and an embedded one (`dataEntryEmbed`), from ./dialects/obsidian.ts: resolved when a page shows them.
    a: [...(base.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), ['className', 'data-footnote-backref', 'heading-anchor'], 'dataEntryLink'],
    code: [['className', /^language-./]],
    div: [...(base.div ?? []), ['className', 'math-display'], 'dataEntryEmbed'],
    // Callouts (VuePress containers, Hexo notes, GitHub alerts) and quote sources, from lib/markdown/engines.ts.
    aside: [['className', 'callout', /^callout-[a-z]+$/]],
    details: [...(base.details ?? []), ['className', 'callout', 'callout-details']],
    p: [...(base.p ?? []), ['className', 'callout-title', 'quote-source']],
    figure: [['className', 'code-block', 'diagram']],
    figcaption: [['className', 'code-lang']],
    img: [...(base.img ?? []), 'loading', 'decoding', 'width', 'height'],
    input: [...(base.input ?? []), 'ariaLabel'],
    pre: [['className', 'shiki', 'shiki-themes', 'github-light', 'github-dark', 'line-numbers', 'mermaid'], 'style', 'tabIndex', 'dataLang'],
    span: [['className', /^[\w-]+$/], 'style'],
    svg: ['xmlns', 'width', 'height', 'viewBox', 'preserveAspectRatio', 'style'],
    path: ['d'],
    line: ['x1', 'x2', 'y1', 'y2', 'strokeWidth'],
    ...Object.fromEntries(MATHML.map((tag) => [tag, [...MATHML_ATTRIBUTES, ['className', /^[\w-]+$/]]])),
  },
};
