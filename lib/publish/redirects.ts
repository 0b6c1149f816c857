import type { Journal } from '../content';
import type { Site } from '../site/site';
import { onThisDayDatePath, onThisDayDayView } from '../site/urls';
import { monthDaysWithEntries } from '../views/timeline';
import { escapeXml } from './xml';

/**
 * Addresses that are answered with a redirect, not a page of their own:
 * each day's on-this-day address leads to the day's view on /on-this-day/.
 * Under `next start` Next answers them from its configuration
 * (`nextRedirects`, one rule for every day); a static export holds a small
 * file at each one (`redirectFile`, written by scripts/finish-export.ts).
 * Neither goes through the prerendering of pages.
 */
export interface Redirect {
  /** The address, without the base path. */
  readonly from: string;
  /** Where it leads, without the base path. */
  readonly to: string;
  /** What the reader finds there, for the title of the export's file. */
  readonly title: string;
}

const MONTH_DAY = /^\d{2}-\d{2}$/;

export function journalRedirects(site: Site, journal: Journal): Redirect[] {
  return dayRedirects(site, monthDaysWithEntries(journal));
}

/** The redirects of these month-days (`12-27`): an export's are read from the month files it holds, so that it redirects exactly the days it shows. */
export function dayRedirects(site: Site, monthDays: readonly string[]): Redirect[] {
  return [...new Set(monthDays)]
    .filter((md) => MONTH_DAY.test(md))
    .sort()
    .map((md) => ({ from: onThisDayDatePath(md), to: onThisDayDayView(md), title: site.t.onThisDayHeading(md) }));
}

/** Next's rule for a redirect of each day with entries; `days: 'any'` (the preview, whose journal changes while it runs) matches every month-day. */
export function nextRedirects(days: readonly Redirect[] | 'any'): { source: string; destination: string; permanent: boolean }[] {
  const pattern = days === 'any' ? '\\d{2}-\\d{2}' : days.map((r) => r.from.slice('/on-this-day/'.length, -1)).join('|');
  if (pattern === '') return [];
  return [{ source: `/on-this-day/:md(${pattern})/`, destination: onThisDayDayView(':md'), permanent: true }];
}

/** The export's file at a redirected address: a refresh to where it leads, with that as canonical, not indexed. */
export function redirectFile(site: Site, redirect: Redirect): string {
  const to = escapeXml(site.withBase(redirect.to));
  const canonical = escapeXml(site.absoluteUrl(redirect.to));
  const title = escapeXml(redirect.title);
  return `<!doctype html>
<html lang="${escapeXml(site.settings.language)}">
<meta charset="utf-8">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${to}">
<p><a href="${to}">${title}</a></p>
</html>
`;
}
