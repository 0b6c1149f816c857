import path from 'node:path';
import { ROOT } from './measure';

/** The benchmark's settings, from its environment, and what every phase shares. */
export const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 15);
export const CONNECTIONS = 32;
export const ONLY = process.env.BENCH_ONLY?.split(',');
export const phase = (name: 'build' | 'http' | 'dev') => !ONLY || ONLY.includes(name);
export const SMALL = Math.min(...SIZES);
export const LARGE = Math.max(...SIZES);
export const WORK = path.join(ROOT, 'bench/.work');
/** The same pages in both apps: an entry that is never a draft and a CJK tag. */
export const ENTRY_SLUG = 'entry-00002';
export const TAG = '机器学习';

export type AppName = 'baseline' | 'journal';
export const APPS: Record<AppName, { project: string; args: string[] }> = {
  baseline: { project: path.join(ROOT, 'bench/baseline'), args: ['bench/baseline'] },
  journal: { project: ROOT, args: [] },
};

export const round = (x: number, digits = 1) => Number(x.toFixed(digits));
export const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
