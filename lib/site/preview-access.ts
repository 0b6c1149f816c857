/**
 * Who may read the author's preview (`next dev`, drafts included): only
 * requests addressed to this machine by a loopback name, or to a host the
 * author lists in PREVIEW_HOSTS. A page elsewhere whose host name is
 * rebound to 127.0.0.1 (DNS rebinding) sends its own name as Host, and
 * other sites' pages send their Origin: both are refused.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name of a `Host` header value (`127.0.0.1:3000` → `127.0.0.1`), lower-cased. */
function hostName(host: string): string {
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.replace(/:\d*$/, '');
}

function allowedName(name: string, extra: readonly string[]): boolean {
  return LOOPBACK.has(name) || extra.includes(name);
}

/** Why the preview refuses a request, or null when it may be answered. */
export function previewRefusal(host: string | null, origin: string | null, extraHosts: readonly string[]): string | null {
  if (host === null || !allowedName(hostName(host), extraHosts)) {
    return 'The preview answers only requests to localhost, 127.0.0.1 or [::1] (add other host names to PREVIEW_HOSTS).';
  }
  if (origin !== null) {
    // Only the preview's own pages: the same host and port the request is addressed to, not another local site.
    let own: boolean;
    try {
      const url = new URL(origin);
      own = (url.protocol === 'http:' || url.protocol === 'https:') && url.host.toLowerCase() === new URL(`${url.protocol}//${host.trim()}`).host.toLowerCase();
    } catch {
      own = false;
    }
    if (!own) return 'The preview answers no requests from other sites.';
  }
  return null;
}
