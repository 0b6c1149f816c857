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
    onThisDay: '那年今日',
    stats: '统计',
    heatDay: (date: string, n: number, length: number) => (n === 0 ? `${date}：没有日记` : `${date}：${n} 篇，${length.toLocaleString('zh-CN')} 字`),
    heatLegend: (less: boolean): string => (less ? '少' : '多'),
    writingCalendar: (year: number) => `${year} 年的写作日历`,
    monthName: (month: number) => `${month} 月`,
    weekdayShort: ['一', '二', '三', '四', '五', '六', '日'],
    onThisDayHeading: (md: string) => `那年今日：${Number(md.slice(0, 2))} 月 ${Number(md.slice(3))} 日`,
    onThisDayEmpty: '往年的今天没有写过日记。翻翻日历，看看别的日子吧。',
    onThisDayYearsAgo: (years: number) => (years === 0 ? '今年' : `${years} 年前`),
    statEntries: '篇日记',
    statLength: '总字数',
    statDays: '写作天数',
    statCurrentStreak: '当前连续',
    statLongestStreak: '最长连续',
    statDaysUnit: (n: number) => `${n} 天`,
    statMonthly: '每月字数',
    statTopTags: '最常用的标签',
    statNote: (today: string) => `统计截至 ${today}，只计入已发布的日记。`,
    draftsDesk: '草稿箱',
    taskDone: '已完成',
    taskOpen: '未完成',
    toLight: '切换到浅色',
    toDark: '切换到深色',
    feed: '订阅',
    draftsNote: (n: number) => `${n} 篇草稿，最近修改的在前。只在预览中可见。`,
    modified: '修改于',
    missing: '缺少',
    noDrafts: '没有草稿。用 npm run new -- "标题" 开始写一篇。',
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
    onThisDay: 'On this day',
    stats: 'Statistics',
    heatDay: (date: string, n: number, length: number) =>
      n === 0 ? `${date}: no entries` : `${date}: ${n} ${n === 1 ? 'entry' : 'entries'}, ${length.toLocaleString('en')} words`,
    heatLegend: (less: boolean): string => (less ? 'Less' : 'More'),
    writingCalendar: (year: number) => `Writing calendar ${year}`,
    monthName: (month: number) => new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1))),
    weekdayShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    onThisDayHeading: (md: string) =>
      `On this day: ${new Intl.DateTimeFormat('en', { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, Number(md.slice(0, 2)) - 1, Number(md.slice(3)))))}`,
    onThisDayEmpty: 'Nothing was written on this day in earlier years. Browse the calendar instead.',
    onThisDayYearsAgo: (years: number) => (years === 0 ? 'This year' : `${years} ${years === 1 ? 'year' : 'years'} ago`),
    statEntries: 'entries',
    statLength: 'words written',
    statDays: 'days with writing',
    statCurrentStreak: 'current streak',
    statLongestStreak: 'longest streak',
    statDaysUnit: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    statMonthly: 'Words per month',
    statTopTags: 'Most used tags',
    statNote: (today: string) => `As of ${today}; published entries only.`,
    draftsDesk: 'Drafts',
    taskDone: 'Done',
    taskOpen: 'To do',
    toLight: 'Switch to light theme',
    toDark: 'Switch to dark theme',
    feed: 'Feed',
    draftsNote: (n: number) => `${n} ${n === 1 ? 'draft' : 'drafts'}, most recently changed first. Only in the preview.`,
    modified: 'Changed',
    missing: 'Missing',
    noDrafts: 'No drafts. Start one with npm run new -- "Title".',
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
