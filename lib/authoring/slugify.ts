import { pinyin } from 'pinyin-pro';

/**
 * A readable ASCII file name for a title: Chinese as pinyin without tones,
 * Latin letters and digits kept, everything else a single `-`.
 * `今天的日记` → `jin-tian-de-ri-ji`, `ML 面试` → `ml-mian-shi`.
 */
export function asciiSlug(title: string, maxLength = 60): string {
  const spelled = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');
  const slug = spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
