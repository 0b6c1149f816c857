/**
 * Route parameters: decoded exactly once, here. Next hands a page its
 * dynamic parameters percent-encoded; generateStaticParams returns them raw.
 */

/** A parameter decoded once (NFC); undefined for a malformed escape, which the page answers with a 404. */
export function decodeParam(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw).normalize('NFC');
  } catch {
    return undefined;
  }
}

/** A parameter decoded once that must match `shape` whole (`/^\d{4}$/`); undefined otherwise. */
export function matchParam(raw: string, shape: RegExp): string | undefined {
  const text = decodeParam(raw);
  return text !== undefined && shape.test(text) ? text : undefined;
}

/**
 * A static export needs at least one parameter for every dynamic route; an
 * empty list gets one that matches nothing and so renders the 404 page.
 */
export function atLeastOne(values: readonly string[]): string[] {
  return values.length > 0 ? [...values] : ['-'];
}
