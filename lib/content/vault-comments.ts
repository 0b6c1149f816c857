import { FENCE } from '../markdown/lines';

/**
 * Obsidian's comments, `%%like this%%` inline or over many lines: text
 * the author keeps for the note alone, so it is taken out of the entry's
 * Markdown before anything reads it, and is in no page, excerpt, feed or
 * search index. Code keeps its `%%` (fenced blocks, `inline code`); a
 * comment that is never closed runs to the end of the note, as Obsidian
 * reads it, since the safe side of an open comment is private. Line
 * breaks inside a comment are kept, so later lines keep their numbers.
 */

/** The body without its comments, how many there were, and the body line (0-based) of one never closed, or null. */
export function withoutComments(body: string): { body: string; comments: number; unclosed: number | null } {
  if (!body.includes('%%')) return { body, comments: 0, unclosed: null };
  const out: string[] = [];
  let fence: string | null = null;
  let inComment = false;
  let comments = 0;
  let opened = 0;
  for (const [index, line] of body.split('\n').entries()) {
    if (!inComment) {
      const marker = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
        out.push(line);
        continue;
      }
      if (marker) {
        fence = marker;
        out.push(line);
        continue;
      }
    }
    let kept = '';
    let i = 0;
    while (i < line.length) {
      if (inComment) {
        const end = line.indexOf('%%', i);
        if (end === -1) {
          i = line.length;
          break;
        }
        inComment = false;
        i = end + 2;
        continue;
      }
      const tick = /^`+/.exec(line.slice(i))?.[0];
      if (tick) {
        // An inline code span keeps whatever it holds.
        const close = line.indexOf(tick, i + tick.length);
        const end = close === -1 ? i + tick.length : close + tick.length;
        kept += line.slice(i, end);
        i = end;
        continue;
      }
      if (line.startsWith('%%', i)) {
        inComment = true;
        comments += 1;
        opened = index;
        i += 2;
        continue;
      }
      kept += line[i];
      i += 1;
    }
    out.push(kept);
  }
  return { body: out.join('\n'), comments, unclosed: inComment ? opened : null };
}
