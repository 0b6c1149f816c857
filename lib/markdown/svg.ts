import { fromXml } from 'xast-util-from-xml';
import { toXml } from 'xast-util-to-xml';
import type { Element, ElementContent, Root } from 'xast';

/**
 * The copy of an SVG the site publishes: what draws the picture, without
 * anything that could run or reach elsewhere when the file is opened on the
 * site's origin. SVG elements are kept by name (script, handlers and
 * plug-ins are not among them), every `on…` attribute goes, a link
 * (`href`, `xlink:href`) may only point inside the file or at an embedded
 * raster picture, and styles lose `@import` and any `url()` that leaves the
 * file. A `foreignObject` (draw.io's labels) keeps only inert XHTML: text
 * and its formatting, never a script, form, frame or picture. Namespaces are
 * the file's own no more: every element is put back in SVG's or XHTML's, so
 * no prefix or `xmlns` can make a kept name mean something else.
 *
 * The file's bytes are never trusted to be XML: one that does not parse (or
 * whose root is not `<svg>`) is undefined here and is not published.
 */
export interface CleanedSvg {
  /** The published copy. */
  readonly svg: string;
  /** What the copy leaves out that could run or load something (`<script>`, `onload`, `href="https://…"`), each once. */
  readonly removed: readonly string[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** SVG 1.1 and 2's drawing, text, paint-server, filter and animation elements. */
const SVG_ELEMENTS = new Set(
  (
    'a circle clipPath defs desc ellipse filter foreignObject g image line linearGradient marker mask path pattern polygon ' +
    'polyline radialGradient rect stop style svg switch symbol text textPath title tspan use view ' +
    'animate animateMotion animateTransform mpath set ' +
    'feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap ' +
    'feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode ' +
    'feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence'
  ).split(' '),
);

/** XHTML inside a foreignObject that only shows text: kept with its children. */
const INERT_HTML = new Set(
  (
    'div span p br b i u s strong em small big sub sup font code pre blockquote center hr ' +
    'h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table caption thead tbody tfoot tr td th col colgroup'
  ).split(' '),
);
/** XHTML attributes kept on those elements. */
const HTML_ATTRIBUTES = new Set('style class dir lang title align valign color face size colspan rowspan span width height'.split(' '));
/** XHTML whose content is not text to show: left out whole. Any other element is unwrapped (its text kept). */
const DROPPED_HTML = new Set(
  'script style iframe frame frameset object embed applet img picture audio video source track canvas svg math form input button textarea select option link meta base template noscript'.split(
    ' ',
  ),
);

/** Animation that would set a link or a handler. */
const ANIMATIONS = new Set(['animate', 'set', 'animateTransform', 'animateMotion']);
/** Schemes that run or show a page, read with spaces and control characters taken out (browsers ignore them there). */
const ACTIVE_VALUE = /(?:javascript|vbscript|livescript):|data:(?:text\/html|application\/(?:xhtml|xml)|image\/svg)/i;
/** A raster picture embedded in the file. */
const EMBEDDED_RASTER = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);base64,[a-z\d+/=\s]*$/i;
/** A `url()` in a style, with its target. */
const CSS_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;

/** At most this many elements; a deeper or larger file is not read. */
const MAX_ELEMENTS = 200_000;
const MAX_DEPTH = 256;

export function cleanSvg(source: string): CleanedSvg | undefined {
  let tree: Root;
  try {
    tree = fromXml(source.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const roots = tree.children.filter((c) => c.type === 'element');
  const [root] = roots;
  if (roots.length !== 1 || root === undefined || localName(root.name) !== 'svg' || root.name.includes(':')) return undefined;
  const removed = new Set<string>();
  const budget = { elements: MAX_ELEMENTS };
  const cleaned = svgElement(root, removed, budget, 0);
  if (cleaned === undefined || budget.elements < 0) return undefined;
  cleaned.attributes = { xmlns: SVG_NS, 'xmlns:xlink': XLINK_NS, ...cleaned.attributes };
  return { svg: toXml({ type: 'root', children: [cleaned] }, { closeEmptyElements: true, tightClose: true }), removed: [...removed] };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Spaces and control characters taken out, as a browser reads a URL. */
function squeezed(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f]+/g, '');
}

function svgElement(node: Element, removed: Set<string>, budget: { elements: number }, depth: number): Element | undefined {
  budget.elements -= 1;
  // A file nested deeper than any drawing is not read at all.
  if (depth > MAX_DEPTH) budget.elements = -1;
  if (budget.elements < 0) return undefined;
  if (node.name.includes(':') || !SVG_ELEMENTS.has(node.name)) {
    // Editors' own elements (Inkscape's sodipodi:namedview, RDF metadata) draw nothing; anything else is named.
    if (!node.name.includes(':') && node.name !== 'metadata') removed.add(`<${node.name}>`);
    return undefined;
  }
  const attributes = svgAttributes(node, removed);
  if (ANIMATIONS.has(node.name)) {
    const target = squeezed(node.attributes.attributeName ?? '').toLowerCase();
    if (/(?:^|:)href$|^on|^style$/.test(target)) {
      removed.add(`<${node.name} attributeName="${node.attributes.attributeName ?? ''}">`);
      return undefined;
    }
  }
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text' || child.type === 'cdata') {
      children.push({ type: 'text', value: node.name === 'style' ? cleanCss(child.value, removed) : child.value });
    } else if (child.type === 'element') {
      const kept =
        node.name === 'foreignObject' ? htmlElement(child, removed, budget, depth + 1, true) : svgElement(child, removed, budget, depth + 1);
      if (kept !== undefined) children.push(...(Array.isArray(kept) ? kept : [kept]));
    }
  }
  return { type: 'element', name: node.name, attributes, children };
}

function svgAttributes(node: Element, removed: Set<string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.attributes)) {
    if (value === null || value === undefined) continue;
    const lower = name.toLowerCase();
    if (lower === 'xmlns' || lower.startsWith('xmlns:')) continue;
    if (lower.startsWith('on')) {
      removed.add(name);
      continue;
    }
    if (lower === 'href' || lower === 'xlink:href') {
      const target = value.trim();
      if (target.startsWith('#') || EMBEDDED_RASTER.test(target)) kept[name] = value;
      else removed.add(`${name}="${target.length > 60 ? `${target.slice(0, 57)}…` : target}"`);
      continue;
    }
    // Other prefixes (inkscape:, sodipodi:, xml:base) change nothing drawn, or where links lead.
    if (name.includes(':') && !/^(?:xlink:(?:title|show|actuate|type|role|arcrole)|xml:(?:space|lang))$/.test(name)) continue;
    if (ACTIVE_VALUE.test(squeezed(value))) {
      removed.add(`${name}="${value.slice(0, 40)}"`);
      continue;
    }
    // Presentation attributes take url() too (fill, filter, mask, clip-path, marker-*, cursor).
    kept[name] = lower === 'style' || /url\(/i.test(value) ? cleanCss(value, removed) : value;
  }
  return kept;
}

/**
 * XHTML inside a foreignObject: inert elements kept, elements that are not
 * text left out whole, any other unwrapped to its children.
 */
function htmlElement(node: Element, removed: Set<string>, budget: { elements: number }, depth: number, top: boolean): Element | ElementContent[] | undefined {
  budget.elements -= 1;
  // A file nested deeper than any drawing is not read at all.
  if (depth > MAX_DEPTH) budget.elements = -1;
  if (budget.elements < 0) return undefined;
  const name = localName(node.name).toLowerCase();
  if (DROPPED_HTML.has(name)) {
    removed.add(`<${name}>`);
    return undefined;
  }
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text' || child.type === 'cdata') children.push({ type: 'text', value: child.value });
    else if (child.type === 'element') {
      const kept = htmlElement(child, removed, budget, depth + 1, top && !INERT_HTML.has(name));
      if (kept !== undefined) children.push(...(Array.isArray(kept) ? kept : [kept]));
    }
  }
  if (!INERT_HTML.has(name)) {
    if (name !== 'a') removed.add(`<${name}>`);
    return children;
  }
  const attributes: Record<string, string> = top ? { xmlns: XHTML_NS } : {};
  for (const [attribute, value] of Object.entries(node.attributes)) {
    const lower = attribute.toLowerCase();
    if (value === null || value === undefined || !HTML_ATTRIBUTES.has(lower)) {
      if (lower.startsWith('on')) removed.add(attribute);
      continue;
    }
    if (ACTIVE_VALUE.test(squeezed(value))) {
      removed.add(`${attribute}="${value.slice(0, 40)}"`);
      continue;
    }
    attributes[lower] = lower === 'style' ? cleanCss(value, removed) : value;
  }
  return { type: 'element', name, attributes, children };
}

/** A style without `@import`, old browsers' script hooks, or a `url()` leading out of the file (`#id` and `data:` stay). */
function cleanCss(css: string, removed: Set<string>): string {
  if (css.includes('\\') && /url\(|@import|expression|binding|behavior/i.test(unescapedCss(css))) {
    // A CSS escape can spell url( or @import past the patterns below: such a style is left out whole.
    removed.add('escaped CSS');
    return '';
  }
  // Old browsers' script hooks take their whole declaration with them.
  let out = css.replace(/[^;{}]*(?:expression\s*\(|-moz-binding|behavior\s*:)[^;{}]*;?/gi, (declaration: string) => {
    removed.add(declaration.trim().replace(/\s*:.*$/s, ''));
    return '';
  });
  out = out.replace(/@import[^;]*;?/gi, () => {
    removed.add('@import');
    return '';
  });
  out = out.replace(CSS_URL, (whole: string, _quote: string, target: string) => {
    const t = squeezed(target);
    if (t.startsWith('#') || (/^data:/i.test(t) && !ACTIVE_VALUE.test(t))) return whole;
    removed.add(`url(${target.length > 60 ? `${target.slice(0, 57)}…` : target})`);
    return 'none';
  });
  // What is left that could still name an address (an unclosed url(, image-set("…"), src("…")) takes the style with it.
  if (/url\(|image-set\s*\(|\bsrc\s*\(/i.test(out.replace(CSS_URL, ''))) {
    removed.add('url(…)');
    return '';
  }
  return out;
}

/** CSS with its escapes (`\\75`, `\\u`) read as the characters they stand for. */
function unescapedCss(css: string): string {
  return css.replace(/\\([\da-f]{1,6})\s?|\\([^\n\da-f])/gi, (_: string, hex: string | undefined, char: string | undefined) =>
    hex === undefined ? (char ?? '') : String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)),
  );
}
