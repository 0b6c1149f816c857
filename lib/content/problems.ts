import { z } from 'zod';

/** A message to the author in each language the preview can speak (lib/text/message.ts). */
export const messageShape = z.object({ en: z.string(), 'zh-CN': z.string() }).readonly();

/** A problem with one entry file, named by file and field so the author can fix it. */
export const problemShape = z
  .object({
    /** Path of the file relative to the content folder, with forward slashes. */
    file: z.string(),
    /** The front matter field at fault, or `front matter` / `file` / `body` / `image` for the file as a whole. */
    field: z.string(),
    /** What is wrong and what to write instead, in each language the preview can speak. */
    message: messageShape,
    /** 1-based line in the file, when known: the key's line, or where the YAML parser stopped. */
    line: z.number().int().min(1).optional(),
    /** The slug the problem is about, when it is a slug clash: the preview shows it at that URL. */
    slug: z.string().optional(),
  })
  .readonly();

export type ContentProblem = z.output<typeof problemShape>;

export function formatProblem(p: ContentProblem, contentLabel = '', severity: 'error' | 'warning' = 'error'): string {
  const line = p.line === undefined ? '' : `:${p.line}`;
  return `${contentLabel}${p.file}${line}: ${p.field}: ${severity === 'warning' ? 'warning: ' : ''}${p.message.en}`;
}

/** Thrown when the published journal cannot be built because entries are broken. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[], contentLabel = '') {
    const lines = problems.map((p) => `  - ${formatProblem(p, contentLabel)}`);
    super(
      `The journal has ${problems.length} broken ${problems.length === 1 ? 'entry problem' : 'entry problems'}; ` +
        `fix them and build again:\n${lines.join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
