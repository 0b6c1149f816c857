import { dayParts } from './dates';
import { site, type SiteLanguage } from './site';

const STRINGS = {
  'zh-CN': {
    home: '首页',
    archive: '归档',
    tags: '标签',
    categories: '分类',
    readMore: '阅读全文',
    draft: '草稿',
    scheduled: '定时',
    newer: '较新',
    older: '较旧',
    pageOf: (page: number, count: number) => `第 ${page} / ${count} 页`,
    entriesCount: (n: number) => `${n} 篇`,
    termCount: (n: number, kind: 'tags' | 'categories') => `共 ${n} 个${kind === 'tags' ? '标签' : '分类'}`,
    taggedWith: (name: string) => `标签：${name}`,
    inCategory: (name: string) => `分类：${name}`,
    notFoundTitle: '找不到这一页',
    notFoundText: '这个地址没有内容，也许它被移走了，或者从来不存在。',
    backHome: '回到首页',
    noEntries: '还没有日记。',
    problemsTitle: (n: number) => `${n} 个内容问题（只在预览中显示）`,
    problemEntryTitle: '这篇日记有错误',
    skipToContent: '跳到正文',
    mainNav: '主导航',
    latest: '最新日记',
    updated: '更新于',
    readingTime: (minutes: number, length: number) => `约 ${minutes} 分钟 · ${length.toLocaleString('zh-CN')} 字`,
    toc: '目录',
    copy: '复制',
    copied: '已复制',
    newerEntry: '较新一篇',
    olderEntry: '较早一篇',
    related: '相关日记',
  },
  en: {
    home: 'Home',
    archive: 'Archive',
    tags: 'Tags',
    categories: 'Categories',
    readMore: 'Read more',
    draft: 'Draft',
    scheduled: 'Scheduled',
    newer: 'Newer',
    older: 'Older',
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
    entriesCount: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
    termCount: (n: number, kind: 'tags' | 'categories') =>
      `${n} ${kind === 'tags' ? (n === 1 ? 'tag' : 'tags') : n === 1 ? 'category' : 'categories'}`,
    taggedWith: (name: string) => `Tagged ${name}`,
    inCategory: (name: string) => `Category ${name}`,
    notFoundTitle: 'Page not found',
    notFoundText: 'Nothing lives at this address; it may have moved, or never existed.',
    backHome: 'Back to the journal',
    noEntries: 'No entries yet.',
    problemsTitle: (n: number) => `${n} content ${n === 1 ? 'problem' : 'problems'} (shown in the preview only)`,
    problemEntryTitle: 'This entry has errors',
    skipToContent: 'Skip to content',
    mainNav: 'Main',
    latest: 'Latest entries',
    updated: 'Updated',
    readingTime: (minutes: number, length: number) => `${minutes} min read · ${length.toLocaleString('en')} words`,
    toc: 'Contents',
    copy: 'Copy',
    copied: 'Copied',
    newerEntry: 'Newer entry',
    olderEntry: 'Older entry',
    related: 'Related entries',
  },
} satisfies Record<SiteLanguage, unknown>;

export type Strings = (typeof STRINGS)['en'];

/** UI strings in the site's language. */
export const t: Strings = STRINGS[site.language];

/** A `YYYY-MM-DD` day written out for readers, without any time zone arithmetic. */
export function formatDay(day: string, language: SiteLanguage = site.language): string {
  const { year, month, date } = dayParts(day);
  if (language === 'zh-CN') return `${year}年${month}月${date}日`;
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** Month and day of a `YYYY-MM-DD` day, for lists already grouped by year. */
export function formatMonthDay(day: string, language: SiteLanguage = site.language): string {
  const { month, date } = dayParts(day);
  if (language === 'zh-CN') return `${month}月${date}日`;
  return new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, date)),
  );
}
