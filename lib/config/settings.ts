/**
 * The author's settings for the site: what a settings file at the project
 * root will hold. Read through lib/config/config.ts, which lets the
 * environment override what a deployment needs to change (SITE_URL).
 */
export type SiteLanguage = 'zh-CN' | 'en';

export interface SiteSettings {
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
  /**
   * The address patterns of the site this journal replaces, so its old links
   * keep working: Hexo's `:year/:month/:day/:title/`, Hugo's `posts/:filename/`
   * or `:filename.html`. Tokens: `:year :month :day :i_month :i_day :hour
   * :minute :second :title :filename :contentbasename :path :slug :category`
   * (`:path.html` is VuePress's `blogs/guide.html`).
   */
  readonly oldPermalinks: readonly string[];
  /**
   * How a plain list of categories is read: `separate` categories, as
   * VuePress reco and Hugo do, or one `path` from the top down
   * (`[技术, Linux]` is 技术 › Linux), as Hexo does.
   */
  readonly categoryLists: 'separate' | 'path';
}

/** The settings of the sample journal; SITE_URL replaces `url` for a deployment. */
export const SITE_SETTINGS: SiteSettings = Object.freeze({
  title: '山间手记',
  description: '一个人的日记：学习、工作与生活里的小事，用 Markdown 写下。',
  author: '林一',
  language: 'zh-CN',
  timezone: 'Asia/Shanghai',
  url: 'http://localhost:3000',
  entriesPerPage: 10,
  oldPermalinks: [],
  categoryLists: 'separate',
});
