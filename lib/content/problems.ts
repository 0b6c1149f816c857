/** A problem with one entry file, named by file and field so the author can fix it. */
export interface ContentProblem {
  /** Path of the file relative to the content folder, with forward slashes. */
  readonly file: string;
  /** The front matter field at fault, or `front matter` / `file` for the file as a whole. */
  readonly field: string;
  readonly message: string;
}

export function formatProblem(p: ContentProblem, contentLabel = ''): string {
  return `${contentLabel}${p.file}: ${p.field}: ${p.message}`;
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
