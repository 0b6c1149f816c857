import { journalOldAddresses, type Journal } from '../content';
import type { Site } from '../site/site';
import { entryPath, onThisDayDatePath, onThisDayDayView } from '../site/urls';
import { monthDaysWithEntries } from '../views/timeline';
import { escapeXml } from './xml';

/**
 * Addresses that are answered with a redirect, not a page of their own:
 * each day's on-this-day address leads to the day's view on /on-this-day/,
 * and each old address of an entry (lib/content/aliases.ts) to the entry.
 * Under `next start` Next answers them from its configuration
 * (`nextRedirects`); a static export holds a small file at each one
 * (`redirectFile`, written by scripts/finish-export.ts). Neither goes
 * through the prerendering of pages. The preview answers them live.
 */
export interface Redirect {
  readonly kind: 'day' | 'moved';
  /** The address, without the base path, with its segments as written (not percent-encoded). */
  readonly from: string;
  /** Where it leads, without the base path. */
  readonly to: string;
  /** What the reader finds there, for the title of the export's file. */
  readonly title: string;
}

const MONTH_DAY = /^\d{2}-\d{2}$/;

export function journalRedirects(site: Site, journal: Journal): Redirect[] {
  return [...dayRedirects(site, monthDaysWithEntries(journal)), ...movedRedirects(site, journal)];
}

/** The redirects of these month-days (`12-27`): an export's are read from the month files it holds, so that it redirects exactly the days it shows. */
export function dayRedirects(site: Site, monthDays: readonly string[]): Redirect[] {
  return [...new Set(monthDays)]
    .filter((md) => MONTH_DAY.test(md))
    .sort()
    .map((md) => ({ kind: 'day', from: onThisDayDatePath(md), to: onThisDayDayView(md), title: site.t.onThisDayHeading(md) }));
}

/** Every old address of a published entry, to the entry. */
export function movedRedirects(site: Site, journal: Journal): Redirect[] {
  return journalOldAddresses(site, journal).addresses.map((a) => ({ kind: 'moved', from: a.path, to: entryPath(a.entry.slug), title: a.entry.title }));
}

export interface NextRedirect {
  readonly source: string;
  readonly destination: string;
  readonly permanent: boolean;
}

/** A path as Next matches it (percent-encoded, as browsers send it), with what its patterns read specially escaped. */
function sourceOf(from: string): string {
  return from
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()*+?:{}\\!']/g, (c) => `\\${c}`))
    .join('/');
}

/**
 * Next's rules for these redirects: one for every day (`'preview'`, whose
 * journal changes while it runs, matches any month-day and leaves old
 * addresses to the pages that answer them live), one for each old address.
 */
export function nextRedirects(redirects: readonly Redirect[] | 'preview'): NextRedirect[] {
  const days = redirects === 'preview' ? '\\d{2}-\\d{2}' : redirects.filter((r) => r.kind === 'day').map((r) => r.from.slice('/on-this-day/'.length, -1)).join('|');
  const dayRule = days === '' ? [] : [{ source: `/on-this-day/:md(${days})/`, destination: onThisDayDayView(':md'), permanent: true }];
  const moved = redirects === 'preview' ? [] : redirects.filter((r) => r.kind === 'moved');
  return [...dayRule, ...moved.map((r) => ({ source: sourceOf(r.from), destination: r.to, permanent: true }))];
}

/** The export's file at a redirected address: a refresh to where it leads, with that as canonical, not indexed. */
export function redirectFile(site: Site, redirect: Redirect): string {
  const to = escapeXml(site.withBase(redirect.to));
  const canonical = escapeXml(site.absoluteUrl(redirect.to));
  const title = escapeXml(redirect.title);
  return `<!doctype html>
<html lang="${escapeXml(site.settings.language)}">
<meta charset="utf-8"/>
<title>${title}</title>
<meta name="robots" content="noindex"/>
<link rel="canonical" href="${canonical}"/>
<meta http-equiv="refresh" content="0; url=${to}"/>
<p><a href="${to}">${title}</a></p>
</html>
`;
}
