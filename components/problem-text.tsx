import { site } from '@/lib/config/config';
import { t } from '@/lib/config/i18n';
import type { Message } from '@/lib/text/message';

/**
 * One content problem or checker warning as the preview shows it: its line
 * when known, the field, and what is wrong, in the site's language.
 */
export function ProblemText({ line, field, message }: { line?: number | undefined; field: string; message: Message }) {
  return (
    <>
      {line === undefined ? null : `${t.lineNumber(line)} · `}
      <strong>{t.problemPart(field)}</strong>
      {t.colon}
      {message[site.language]}
    </>
  );
}
