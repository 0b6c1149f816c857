/**
 * The journal's site configuration: the only home of these values.
 * Environment variables override what a deployment needs to change.
 */
export type SiteLanguage = 'zh-CN' | 'en';

export interface SiteConfig {
  /** Shown in the header, the <title> template and feeds. */
  readonly title: string;
  readonly description: string;
  readonly author: string;
  /** `<html lang>` and the language of dates and UI strings. */
  readonly language: SiteLanguage;
  /** IANA time zone in which date-times without an offset are read and "today" is decided. */
  readonly timezone: string;
  /** Absolute origin the site is published at, without a trailing slash. */
  readonly url: string;
  /** Entries per list page on the home page and its following pages. */
  readonly entriesPerPage: number;
}

function siteUrl(raw: string | undefined): string {
  const fallback = 'http://localhost:3000';
  if (!raw) return fallback;
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.com, got "${raw}"`);
  }
}

export const site: SiteConfig = Object.freeze({
  title: '山间手记',
  description: '一个人的日记：学习、工作与生活里的小事，用 Markdown 写下。',
  author: '林一',
  language: 'zh-CN',
  timezone: 'Asia/Shanghai',
  url: siteUrl(process.env.SITE_URL),
  entriesPerPage: 10,
});
