import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { say, type Message } from '../text/message';

/**
 * Splits an entry file into YAML front matter and the Markdown body.
 *
 * gray-matter finds the block; the YAML is read by the `yaml` package with
 * the YAML 1.2 core schema, so timestamps stay text (no time zone can shift
 * a day), `no` stays a string, duplicate keys are errors and aliases are
 * bounded. Every other front matter language (`---js`, `---coffee`, …) is
 * refused before gray-matter could pick an engine for it, and the engines
 * that would evaluate code are replaced by ones that throw.
 */

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; field: string; message: Message; line?: number; empty?: true };

const refuse = (): never => {
  throw new Error('executable front matter is not allowed');
};

const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: { parse: readYaml, stringify: refuse },
    javascript: { parse: refuse, stringify: refuse },
    js: { parse: refuse, stringify: refuse },
    coffee: { parse: refuse, stringify: refuse },
    json: { parse: refuse, stringify: refuse },
  },
};

function readYaml(source: string): object {
  const value: unknown = parseYaml(source, {
    schema: 'core',
    uniqueKeys: true,
    // `<<: *defaults` merges keys as YAML 1.1 did, so a draft flag merged in is read like any other.
    merge: true,
    maxAliasCount: 100,
    prettyErrors: true,
  });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterShapeError();
  }
  return value;
}

const NOT_A_MAPPING = say('front matter must be a set of `key: value` lines', 'front matter 必须是一组 `key: value` 行');

class FrontMatterShapeError extends Error {
  constructor() {
    super(NOT_A_MAPPING.en);
  }
}

/** Removes a byte order mark and turns CRLF / CR line ends into LF. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const OPENING = /^---([^\n]*)\n/;

export function splitFrontMatter(raw: string): FrontMatterResult {
  const text = normaliseText(raw);
  if (text.includes('\u0000')) {
    return { ok: false, field: 'file', message: say('is not a text file (it contains NUL bytes)', '不是文本文件（含有 NUL 字节）') };
  }
  if (text.trim() === '') {
    return { ok: false, field: 'file', message: say('is empty: there is nothing to publish, so it is left out (write an entry in it, or delete it)', '是空的：没有可发布的内容，已略去（请在里面写日记，或删掉它）'), empty: true };
  }
  const opening = OPENING.exec(text);
  if (!opening) {
    if (/^(`{3,}|~{3,})[^\n]*\n---[ \t]*\n/.test(text)) {
      const message = say(
        'the front matter is inside a code fence: remove the fence lines around it, so the file starts with `---`',
        'front matter 被包在代码块里：删掉它前后的代码块标记行，让文件以 `---` 开头',
      );
      return { ok: false, field: 'front matter', message, line: 1 };
    }
    if (/^\+\+\+[ \t]*\n/.test(text)) {
      return { ok: false, field: 'front matter', message: say('TOML front matter (`+++`) is not read; write it as YAML between `---` lines', '不读取 TOML front matter（`+++`）；请改写成 `---` 行之间的 YAML') };
    }
    // No front matter, as Typora files and vault notes are written: the title and date come from the file.
    return { ok: true, data: {}, body: text };
  }
  const language = (opening[1] ?? '').trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return {
      ok: false,
      field: 'front matter',
      message: say(
        `"---${language}" front matter is not supported; only YAML is read (JavaScript front matter is never run)`,
        `不支持 "---${language}" front matter；只读取 YAML（JavaScript front matter 永远不会被执行）`,
      ),
    };
  }
  const rest = text.slice(opening[0].length);
  if (!/^---[ \t]*$/m.test(rest)) {
    return { ok: false, field: 'front matter', message: say('the YAML front matter has no closing `---` line', 'YAML front matter 缺少结束的 `---` 行') };
  }
  try {
    // The language tag has already been checked; gray-matter sees plain `---`.
    const normalised = language === '' ? text : `---\n${rest}`;
    const parsed = matter(normalised, MATTER_OPTIONS);
    const data: unknown = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { ok: false, field: 'front matter', message: NOT_A_MAPPING };
    }
    return { ok: true, data: { ...data }, body: parsed.content };
  } catch (error) {
    if (error instanceof FrontMatterShapeError) {
      return { ok: false, field: 'front matter', message: NOT_A_MAPPING };
    }
    if (error instanceof YAMLParseError) {
      // The block handed to the parser starts on the file's first line, so its lines are the file's.
      const line = error.linePos?.[0].line;
      const reason = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
      const message =
        line === undefined
          ? say(`invalid YAML: ${reason}`, `YAML 格式错误：${reason}`)
          : say(`invalid YAML at line ${line}: ${reason}`, `第 ${line} 行 YAML 格式错误：${reason}`);
      return { ok: false, field: 'front matter', message, line };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, field: 'front matter', message: say(`invalid YAML: ${detail}`, `YAML 格式错误：${detail}`) };
  }
}

/**
 * Top-level front matter keys and their lines (1-based, in the file): where
 * a problem with a field is reported.
 */
export function frontMatterKeys(raw: string): Map<string, number> {
  const lines = normaliseText(raw).split('\n');
  const keys = new Map<string, number>();
  if (!/^---\s*(ya?ml)?\s*$/i.test(lines[0] ?? '')) return keys;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^---\s*$/.test(line)) break;
    const match = /^([^\s#:'"{[\]-][^:]*?)\s*:(\s|$)/.exec(line);
    if (match?.[1] && !keys.has(match[1])) keys.set(match[1], i + 1);
  }
  return keys;
}

/** The line of the file on which the body (after the front matter) starts. */
export function bodyLine(raw: string): number {
  const text = normaliseText(raw);
  if (!OPENING.test(text)) return 1;
  const closing = text.split('\n').findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  return closing + 2;
}
