import type { Document, LineCounter } from 'yaml';
import { isMap, isSeq } from 'yaml';
import { nearestKey } from '../text/nearest';

/**
 * The settings file's validator kit: each setting's reader
 * (./settings.ts) takes a value through it, and every problem it
 * reports names the key's line in the file and what to write.
 */

export interface SettingsProblem {
  /** The key's path, dotted: `comments.repoId`. */
  readonly key: string;
  readonly line: number;
  readonly message: string;
}

export type Path = readonly (string | number)[];
export type Record_ = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

export class SettingsReader {
  readonly problems: SettingsProblem[] = [];

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The line of the key at `path` (of the item, for a list index), else of the nearest parent found. */
  line(path: Path): number {
    let node: unknown = this.doc.contents;
    let offset = 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => p.key !== null && typeof p.key === 'object' && 'value' in p.key && p.key.value === segment);
        if (!pair) break;
        const keyRange = pair.key !== null && typeof pair.key === 'object' && 'range' in pair.key ? pair.key.range : undefined;
        offset = Array.isArray(keyRange) ? (keyRange[0] ?? offset) : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        const range = typeof item === 'object' && item !== null && 'range' in item ? item.range : undefined;
        offset = Array.isArray(range) && typeof range[0] === 'number' ? range[0] : offset;
        node = item;
      } else break;
    }
    return this.lines.linePos(offset).line;
  }

  report(path: Path, message: string): void {
    this.problems.push({ key: path.join('.'), line: this.line(path), message });
  }

  /** Reports every key of `value` not in `known`, with the nearest known key. */
  unknownKeys(path: Path, value: Record_, known: readonly string[], oldNames: Readonly<Record<string, string>> = {}): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const meant = oldNames[key.toLowerCase()] ?? oldNames[key] ?? nearestKey(key, known) ?? nearestKey(key.toLowerCase(), known.map((k) => k.toLowerCase()));
      const hint = meant === null ? `; the keys here are ${known.join(', ')}` : `; did you mean \`${known.find((k) => k.toLowerCase() === meant.toLowerCase()) ?? meant}\`?`;
      this.report([...path, key], `is not a setting${hint}`);
    }
  }

  text(path: Path, value: unknown, fallback: string): string {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    this.report(path, `must be text, got ${describe(value)}`);
    return fallback;
  }

  optionalText(path: Path, value: unknown): string | null {
    const text = this.text(path, value, '');
    return text === '' ? null : text;
  }

  required(path: Path, value: unknown, example: string): string {
    const text = this.text(path, value, '');
    if (text === '' && (typeof value === 'string' || value === undefined || value === null)) this.report(path, `is missing; write e.g. \`${String(path.at(-1))}: ${example}\``);
    return text;
  }

  httpsUrl(path: Path, value: unknown, example: string): string {
    const text = this.required(path, value, example);
    if (text === '') return text;
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') this.report(path, `must be an https:// address, e.g. ${example}; got "${text}"`);
    return text;
  }

  flag(path: Path, value: unknown, fallback: boolean): boolean {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    this.report(path, `must be true or false; got ${describe(value)}`);
    return fallback;
  }

  oneOf<T extends string>(path: Path, value: unknown, allowed: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return fallback;
    const found = allowed.find((a) => a === value);
    if (found !== undefined) return found;
    this.report(path, `must be one of ${allowed.join(', ')}; got ${describe(value)}`);
    return fallback;
  }
}

export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a set of keys';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}
