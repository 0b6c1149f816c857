import { z } from 'zod';
import type { SiteLanguage } from '../text/message';

/**
 * The shapes of the settings' values that are more than text or a number
 * (the author, the menu, social links, the licence, comments, analytics):
 * each shape is the value's type and its check. The settings themselves,
 * with their defaults and readers, are declared in ./settings.ts.
 */

export type { SiteLanguage };

export const authorShape = z
  .object({
    name: z.string(),
    /** An image in the content folder (`images/me.png`) or an https URL; null for none. */
    avatar: z.string().nullable(),
    /** One or two sentences about the author. */
    bio: z.string().nullable(),
  })
  .readonly();
export type AuthorSettings = z.output<typeof authorShape>;

/** The journal's own pages a menu can name. */
export const MENU_PAGES = ['home', 'archive', 'categories', 'tags', 'search', 'on-this-day', 'stats'] as const;
export type MenuPage = (typeof MENU_PAGES)[number];

export const menuItemShape = z.union([
  z.object({ kind: z.literal('own'), page: z.enum(MENU_PAGES) }).readonly(),
  /** A page of the content folder (`about`), by its slug. */
  z.object({ kind: z.literal('page'), slug: z.string() }).readonly(),
  z.object({ kind: z.literal('link'), title: z.string(), url: z.string() }).readonly(),
]);
export type MenuItem = z.output<typeof menuItemShape>;

/** Social links, in the order the settings file lists them. */
export const SOCIAL_KINDS = ['github', 'gitlab', 'email', 'rss', 'x', 'mastodon', 'weibo', 'zhihu', 'bilibili', 'douban', 'telegram', 'youtube'] as const;
export type SocialKind = (typeof SOCIAL_KINDS)[number];

export const socialLinkShape = z
  .object({
    kind: z.enum(SOCIAL_KINDS),
    /** Where the link goes: an https URL, a mailto: address, or the site's feed path for `rss`. */
    url: z.string(),
  })
  .readonly();
export type SocialLink = z.output<typeof socialLinkShape>;

export const licenseShape = z
  .object({
    /** As shown: `CC BY-NC-SA 4.0`. */
    name: z.string(),
    /** The licence's deed, known for Creative Commons licences, or given. */
    url: z.string().nullable(),
  })
  .readonly();
export type LicenseSettings = z.output<typeof licenseShape>;

export const commentsShape = z.union([
  z
    .object({
      provider: z.literal('giscus'),
      repo: z.string(),
      repoId: z.string(),
      category: z.string(),
      categoryId: z.string(),
      /** How a discussion is matched to an entry: `pathname` (default), `url`, `title`, `og:title`. */
      mapping: z.enum(['pathname', 'url', 'title', 'og:title']),
    })
    .readonly(),
  z.object({ provider: z.literal('waline'), serverURL: z.string() }).readonly(),
]);
export type CommentSettings = z.output<typeof commentsShape>;

export const analyticsShape = z.union([
  z.object({ provider: z.literal('umami'), src: z.string(), websiteId: z.string() }).readonly(),
  z.object({ provider: z.literal('plausible'), src: z.string(), domain: z.string() }).readonly(),
  z.object({ provider: z.literal('goatcounter'), src: z.string(), endpoint: z.string() }).readonly(),
]);
export type AnalyticsSettings = z.output<typeof analyticsShape>;
