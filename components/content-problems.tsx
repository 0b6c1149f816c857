import type { ContentProblem } from '@/lib/content';
import { ProblemText } from './problem-text';

/**
 * The preview's list of broken entries, each with its file, line and field,
 * in the site's language: for the whole journal above every page (`site`),
 * or for one entry at its own address (`entry`), where it is the only list
 * shown (app/styles/base.css).
 */
export function ContentProblems({ problems, title, scope }: { problems: readonly ContentProblem[]; title: string; scope: 'site' | 'entry' }) {
  if (problems.length === 0) return null;
  return (
    <section className={`content-problems ${scope}-problems`} role="alert" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.file}:${p.field}:${p.message.en}`}>
            <code>{p.file}</code> · <ProblemText line={p.line} field={p.field} message={p.message} />
          </li>
        ))}
      </ul>
    </section>
  );
}
