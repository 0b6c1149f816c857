import type { Message } from '@/lib/text/message';
import { currentSite } from '@/lib/site/site';

/**
 * One content problem or checker warning as the preview shows it: its line
 * when known, the field, and what is wrong, in the site's language.
 */
export function ProblemText({ line, field, message }: { line?: number | undefined; field: string; message: Message }) {
  const { t, settings } = currentSite();
  return (
    <>
      {line === undefined ? null : `${t.lineNumber(line)} · `}
      <strong>{t.problemPart(field)}</strong>
      {t.colon}
      {message[settings.language]}
    </>
  );
}
