/** A fenced code block's opening or closing line; group 1 is its marker. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface ProseLine {
  readonly text: string;
  /** 0-based line number in the Markdown. */
  readonly index: number;
  /** Offset of the line's first character. */
  readonly offset: number;
}

/**
 * The lines of a Markdown text that lie outside fenced code blocks: where a
 * marker or a structure can be, as opposed to code that only looks like one.
 * A line-level scan for quick answers; the syntax tree stays the authority.
 */
export function* proseLines(markdown: string): Generator<ProseLine> {
  let offset = 0;
  let fence: string | null = null;
  let index = 0;
  for (const text of markdown.split('\n')) {
    const opening = FENCE.exec(text)?.[1];
    if (fence !== null) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && text.trim() === opening) fence = null;
    } else if (opening) {
      fence = opening;
    } else {
      yield { text, index, offset };
    }
    offset += text.length + 1;
    index += 1;
  }
}
