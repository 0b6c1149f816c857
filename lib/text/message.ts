/** The languages the journal speaks: its interface and every message to the author. */
export type SiteLanguage = 'zh-CN' | 'en';

/**
 * A message to the author, written in every language a site can be in.
 * The terminal and `npm run check` print `en`, so that logs and reports read
 * the same on every journal; the preview shows the site's own language.
 */
export type Message = Readonly<Record<SiteLanguage, string>>;

/** A message in English and in Chinese, in that order. */
export function say(en: string, zh: string): Message {
  return { en, 'zh-CN': zh };
}
