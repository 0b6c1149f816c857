/**
 * Text for XML 1.0 documents: characters XML cannot carry (C0 controls
 * other than tab and line ends, lone surrogates, U+FFFE/U+FFFF) are
 * dropped, and markup characters are escaped, so any title survives —
 * `&`, `<`, `]]>` included.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
