import Link from 'next/link';
import { homePath } from '@/lib/site/urls';
import { current } from '@/app/_lib/current';

export default function NotFound() {
  const { t } = current().site;
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
