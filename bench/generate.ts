/**
 * Writes a deterministic synthetic journal: mostly Chinese entries with
 * English terms, headings, lists, code and formulas; 10% drafts in the three
 * spellings; ~60 tags and 8 categories; dates over ten years.
 *
 *   npx tsx bench/generate.ts <entries> <folder>
 */
import fs from 'node:fs';
import path from 'node:path';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['日记', 'study', '工作', 'travel', '读书', 'life', '研究', 'notes'];
const TAG_WORDS = [
  '机器学习', 'tech', 'TUM', 'Rust', 'TypeScript', '面试', '旅行', '慕尼黑', '德语', '读书笔记',
  'Linux', 'React', 'Next.js', '数学', '线性代数', '概率论', 'Python', 'C++', '深度学习', 'GNN',
  '跑步', '游泳', '做饭', '电影', '音乐', '摄影', '写作', '计划', '反思', '家人',
  'LLM', 'Transformer', 'database', '分布式', 'Kubernetes', 'Go', 'compiler', '算法', '刷题', 'career',
  '咖啡', '城市', '火车', '天气', '朋友', '学习方法', 'productivity', 'Vim', 'Git', 'open source',
  '论文', 'thesis', '实验', '会议', 'research', '统计', 'statistics', 'Bayes', '优化', 'PyTorch',
];
const PHRASES = [
  '今天下午在图书馆复习了', '和同学讨论了关于', '读完了一篇讲', '终于弄明白了', '花了一晚上调试',
  '早上跑步的时候想到', '在火车上读了', '导师建议我再看看', '周末去了一趟', '写了一个小工具来处理',
];
const TERMS = [
  'gradient descent', 'attention 机制', 'borrow checker', 'React server components', '特征值分解',
  'Bayesian inference', '分布式一致性', 'garbage collection', 'B-tree 索引', 'cross-entropy',
];
const TAILS = [
  '，感觉收获很大。', '，还有很多地方没有想清楚。', '，准备明天继续。', '，记下来以后再看。', '，比想象中难一些。',
];

function sentence(r: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  return `${pick(PHRASES)} ${pick(TERMS)}${pick(TAILS)}`;
}

function paragraph(r: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r)).join('');
}

export interface GenerateOptions {
  /** Fenced code in ~30% and formulas in ~20% of entries (default); off for a plain-text journal. */
  readonly rich?: boolean;
}

export function entryText(i: number, r: () => number, options: GenerateOptions = {}): { name: string; text: string } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)] as T;
  const start = Date.UTC(2015, 0, 1);
  const day = new Date(start + Math.floor(r() * 3650) * 86_400_000).toISOString().slice(0, 10);
  const tags = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(TAG_WORDS)))];
  const draftKind = i % 10 === 9 ? ['publish: false', 'published: false', 'draft: true'][i % 3] : null;
  const rich = options.rich ?? true;
  const withCode = r() < 0.3 && rich;
  const withMath = r() < 0.2 && rich;
  const body = [
    paragraph(r, 2),
    '',
    '<!-- more -->',
    '',
    `## ${pick(['经过', '想法', '细节', '小结'])}`,
    '',
    paragraph(r, 4),
    '',
    '- ' + sentence(r),
    '- ' + sentence(r),
    '- ' + sentence(r),
    '',
    ...(withCode ? ['```python', 'def loss(y, p):', '    return -(y * log(p)).sum()', '```', ''] : []),
    ...(withMath ? ['公式：$E = mc^2$，以及', '', '$$', '\\sum_{i=1}^{n} x_i^2', '$$', ''] : []),
    `### ${pick(['明天', '以后', '备忘'])}`,
    '',
    paragraph(r, 3),
    '',
  ].join('\n');
  const front = [
    '---',
    `title: 第 ${i + 1} 篇：${pick(TERMS)}`,
    `date: ${day}`,
    `categories: ${pick(CATEGORIES)}`,
    'tags:',
    ...tags.map((t) => `  - "${t}"`),
    ...(draftKind ? [draftKind] : []),
    '---',
  ].join('\n');
  return { name: `${day.slice(0, 4)}/entry-${String(i + 1).padStart(5, '0')}.md`, text: `${front}\n${body}` };
}

export function generateJournal(count: number, dir: string, options: GenerateOptions = {}, seed = 42): void {
  fs.rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const { name, text } = entryText(i, r, options);
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = path.resolve(process.argv[3] ?? `bench/journals/${count}`);
  generateJournal(count, dir, { rich: !process.argv.includes('--plain') });
  console.log(`wrote ${count} entries to ${dir}`);
}
