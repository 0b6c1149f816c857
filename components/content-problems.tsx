import type { ContentProblem } from '@/lib/content';

/** The preview's list of broken entries, each with its file and field. */
export function ContentProblems({ problems, title }: { problems: readonly ContentProblem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <section className="content-problems" role="alert" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.file}:${p.field}:${p.message}`}>
            <code>{p.file}</code> · <strong>{p.field}</strong>: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
