import { escapeXml } from './xml';

/** The site's colours where something outside the stylesheet needs them: the drawn icon and the web app manifest. */
export const SITE_COLOURS = { accent: '#8a3b12', background: '#fbfaf7' } as const;

/**
 * The icon drawn when the settings name none: the title's first character
 * (a hanzi, a letter, an emoji) on the accent colour, as SVG, so no page
 * asks for a missing /favicon.ico.
 */
export function drawnIcon(title: string): string {
  const first = [...title.trim()][0] ?? '·';
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="14" fill="${SITE_COLOURS.accent}"/>`,
    `<text x="32" y="33" dominant-baseline="central" text-anchor="middle" font-size="40" font-family="'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',system-ui,sans-serif" fill="#fff">${escapeXml(first)}</text>`,
    '</svg>',
  ].join('');
}
