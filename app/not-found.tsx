import Link from 'next/link';
import { t } from '@/lib/config/i18n';
import { homePath } from '@/lib/config/urls';

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>404 · {t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href={homePath}>{t.backHome}</Link>
      </p>
    </section>
  );
}
