/**
 * What a code fence's info string asks for besides its language: lines to
 * mark and line numbers, in the forms journals bring with them —
 * ```` ```js {2,4-6} ```` (the common form), Hugo's
 * `{linenos=table,hl_lines=[2,"4-6"]}`, Hexo's `mark:2,4-6 line_number:true`
 * and `showLineNumbers`.
 */
export interface CodeMeta {
  /** 1-based lines to mark. */
  readonly marks: ReadonlySet<number>;
  readonly lineNumbers: boolean;
}

/** Lines named by ranges such as `2,4-6` or `2 "4-6"`, only those the block has. */
function lineSet(ranges: string, lineCount: number): Set<number> {
  const marks = new Set<number>();
  for (const [, from, to] of ranges.matchAll(/(\d+)(?:\s*-\s*(\d+))?/g)) {
    const start = Number(from);
    const end = Math.min(to === undefined ? start : Number(to), lineCount);
    for (let line = Math.max(1, start); line <= end; line++) marks.add(line);
  }
  return marks;
}

export function parseCodeMeta(meta: string | null | undefined, lineCount: number): CodeMeta {
  const text = meta ?? '';
  const hugoMarks = /hl_lines\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[\d\s,-]+)/.exec(text)?.[1];
  const hexoMarks = /(?:^|\s)mark:([\d,\s-]+)/.exec(text)?.[1];
  // `{2,4-6}`: braces holding only line ranges.
  const braceMarks = /\{([\d,\s-]+)\}/.exec(text)?.[1];
  const ranges = hugoMarks ?? hexoMarks ?? braceMarks ?? '';
  const lineNumbers = /\bshowLineNumbers\b|\blinenos\s*=\s*(?:true|table|inline)\b|\bline_number:true\b/.test(text);
  return { marks: lineSet(ranges, lineCount), lineNumbers };
}
