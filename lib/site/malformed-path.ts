/**
 * Addresses that are not valid percent-encoding (`/tags/%ZZ`,
 * `/posts/%E0%A4%A`): Next would answer them 500 before any page code
 * runs, so next.config.ts rewrites them to the journal's 404 page first.
 * The pattern accepts exactly what decodeURIComponent accepts — plain
 * characters and the escapes of well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing past U+10FFFF) — and a path that is anything else is
 * malformed. Static hosts answer such paths themselves (see the README).
 */
const HEX = '[0-9A-Fa-f]';
const TAIL = `%[89ABab]${HEX}`;

/** One character of a well-formed path: a plain character or the escapes of one UTF-8 sequence. */
export const WELL_FORMED = [
  '[^%]',
  `%[0-7]${HEX}`, // U+0000–U+007F
  `%(?:[Cc][2-9A-Fa-f]|[Dd]${HEX})${TAIL}`, // C2–DF: two bytes
  `%[Ee]0%[ABab]${HEX}${TAIL}`, // E0 A0–BF: no overlong three-byte forms
  `%[Ee][1-9A-Ca-cEFef]${TAIL}${TAIL}`, // E1–EC, EE–EF
  `%[Ee][Dd]%[89]${HEX}${TAIL}`, // ED 80–9F: no surrogates
  `%[Ff]0%(?:9|[ABab])${HEX}${TAIL}${TAIL}`, // F0 90–BF: no overlong four-byte forms
  `%[Ff][1-3]${TAIL}${TAIL}${TAIL}`, // F1–F3
  `%[Ff]4%8${HEX}${TAIL}${TAIL}`, // F4 80–8F: nothing past U+10FFFF
].join('|');

/** A Next route source (path-to-regexp) matching every malformed path. */
export const MALFORMED_PATH = `/:path((?!(?:${WELL_FORMED})*$).*)`;
