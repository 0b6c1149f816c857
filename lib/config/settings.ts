/**
 * The author's settings for the site, as read from the settings file at
 * the project root (`site.yml`, lib/config/settings-file.ts). Read through
 * lib/config/site.ts, which lets the environment override what a
 * deployment needs to change (SITE_URL, BASE_PATH, CONTENT_DIR).
 */
import type { SiteLanguage } from '../text/message';

export type { SiteLanguage };

export interface AuthorSettings {
  readonly name: string;
  /** An image in the content folder (`images/me.png`) or an https URL; null for none. */
  readonly avatar: string | null;
  /** One or two sentences about the author. */
  readonly bio: string | null;
}

/** The journal's own pages a menu can name. */
export const MENU_PAGES = ['home', 'archive', 'categories', 'tags', 'search', 'on-this-day', 'stats'] as const;
export type MenuPage = (typeof MENU_PAGES)[number];

export type MenuItem =
  | { readonly kind: 'own'; readonly page: MenuPage }
  /** A page of the content folder (`about`), by its slug. */
  | { readonly kind: 'page'; readonly slug: string }
  | { readonly kind: 'link'; readonly title: string; readonly url: string };

/** Social links, in the order the settings file lists them. */
export const SOCIAL_KINDS = ['github', 'gitlab', 'email', 'rss', 'x', 'mastodon', 'weibo', 'zhihu', 'bilibili', 'douban', 'telegram', 'youtube'] as const;
export type SocialKind = (typeof SOCIAL_KINDS)[number];

export interface SocialLink {
  readonly kind: SocialKind;
  /** Where the link goes: an https URL, a mailto: address, or the site's feed path for `rss`. */
  readonly url: string;
}

export interface LicenseSettings {
  /** As shown: `CC BY-NC-SA 4.0`. */
  readonly name: string;
  /** The licence's deed, known for Creative Commons licences, or given. */
  readonly url: string | null;
}

export type CommentSettings =
  | {
      readonly provider: 'giscus';
      readonly repo: string;
      readonly repoId: string;
      readonly category: string;
      readonly categoryId: string;
      /** How a discussion is matched to an entry: `pathname` (default), `url`, `title`, `og:title`. */
      readonly mapping: 'pathname' | 'url' | 'title' | 'og:title';
    }
  | { readonly provider: 'waline'; readonly serverURL: string };

export type AnalyticsSettings =
  | { readonly provider: 'umami'; readonly src: string; readonly websiteId: string }
  | { readonly provider: 'plausible'; readonly src: string; readonly domain: string }
  | { readonly provider: 'goatcounter'; readonly src: string; readonly endpoint: string };

export interface SiteSettings {
  /** Shown in the header, the <title> template and feeds. */
  readonly title: string;
  readonly description: string;
  readonly author: AuthorSettings;
  /** `<html lang>` and the language of dates and UI strings. */
  readonly language: SiteLanguage;
  /** IANA time zone in which date-times without an offset are read and "today" is decided. */
  readonly timezone: string;
  /** Absolute origin the site is published at, without a trailing slash. */
  readonly url: string;
  /** False when neither the settings file nor SITE_URL named the published origin. */
  readonly urlSet: boolean;
  /** The sub-path the site is served under (`/journal`), or ''. */
  readonly basePath: string;
  /** The folder of entries, relative to the project root. */
  readonly contentDir: string;
  /** Entries per list page on the home page and its following pages. */
  readonly entriesPerPage: number;
  /** The header's menu, in order; null for the default (home, archive, categories, tags, search, and pages with `menu: true`). */
  readonly menu: readonly MenuItem[] | null;
  readonly social: readonly SocialLink[];
  /** The licence line at the foot of every entry, or null. */
  readonly license: LicenseSettings | null;
  /** The site's icon, an image in the content folder; null for one drawn from the title's first character. */
  readonly icon: string | null;
  /** The share image of entries without a cover, an image in the content folder; null for none. */
  readonly shareImage: string | null;
  readonly comments: CommentSettings | null;
  readonly analytics: AnalyticsSettings | null;
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
  /** The old site's folder of site-level images (`/images/a.png`), relative to the project root, or null. */
  readonly staticDir: string | null;
}

/** Every setting's value when the settings file does not give it. */
export const DEFAULT_SETTINGS: SiteSettings = Object.freeze({
  title: '日记',
  description: '',
  author: Object.freeze({ name: '', avatar: null, bio: null }),
  language: 'zh-CN',
  timezone: 'Asia/Shanghai',
  url: 'http://localhost:3000',
  urlSet: false,
  basePath: '',
  contentDir: 'content',
  entriesPerPage: 10,
  menu: null,
  social: Object.freeze([]),
  license: null,
  icon: null,
  shareImage: null,
  comments: null,
  analytics: null,
  oldPermalinks: Object.freeze([]),
  categoryLists: 'separate',
  staticDir: null,
});
