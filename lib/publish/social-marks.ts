import fs from 'node:fs';
import path from 'node:path';
import type { SocialKind, SocialLink } from '../site/setting-values';
import { escapeXml } from './xml';

/**
 * The social networks' marks, as one SVG path each on a 24×24 grid: the
 * brand marks from simple-icons (CC0), read from its SVG files when a page
 * is built, so no icon font and no script reaches the reader. Email has
 * no brand: its envelope is drawn here, in strokes.
 */

const SIMPLE_ICONS: Readonly<Record<Exclude<SocialKind, 'email'>, string>> = {
  github: 'github',
  gitlab: 'gitlab',
  rss: 'rss',
  x: 'x',
  mastodon: 'mastodon',
  weibo: 'sinaweibo',
  zhihu: 'zhihu',
  bilibili: 'bilibili',
  douban: 'douban',
  telegram: 'telegram',
  youtube: 'youtube',
};

export const SOCIAL_NAMES: Readonly<Record<SocialKind, string>> = {
  github: 'GitHub',
  gitlab: 'GitLab',
  email: 'Email',
  rss: 'RSS',
  x: 'X',
  mastodon: 'Mastodon',
  weibo: '微博',
  zhihu: '知乎',
  bilibili: 'bilibili',
  douban: '豆瓣',
  telegram: 'Telegram',
  youtube: 'YouTube',
};

export interface IconShape {
  readonly d: string;
  /** Drawn with strokes (outline) rather than filled. */
  readonly stroke: boolean;
}

const ENVELOPE: IconShape = { d: 'M3 5.5h18v13H3z M3.5 6l8.5 7 8.5-7', stroke: true };

const cache = new Map<SocialKind, IconShape>();

export function socialIcon(kind: SocialKind): IconShape {
  if (kind === 'email') return ENVELOPE;
  const known = cache.get(kind);
  if (known) return known;
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'simple-icons', 'icons', `${SIMPLE_ICONS[kind]}.svg`);
  const d = /<path d="([^"]+)"/.exec(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'))?.[1];
  if (d === undefined) throw new Error(`simple-icons has no path in ${file}`);
  const shape = { d, stroke: false };
  cache.set(kind, shape);
  return shape;
}

/**
 * The marks of the author's links as one SVG file of symbols, one per
 * network (`#github`): pages draw each with `<use>`, so a mark's path is
 * fetched once and cached, not carried in every page's HTML and its
 * RSC payload.
 */
export function socialMarksSprite(links: readonly SocialLink[]): string {
  const kinds = [...new Set(links.map((l) => l.kind))];
  const symbols = kinds.map((kind) => {
    const icon = socialIcon(kind);
    const path = icon.stroke
      ? `<path d="${escapeXml(icon.d)}" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`
      : `<path d="${escapeXml(icon.d)}" fill="currentColor"/>`;
    return `<symbol id="${kind}" viewBox="0 0 24 24">${path}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}
