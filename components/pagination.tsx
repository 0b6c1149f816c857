import { IntentLink } from './intent-link';
import { listPagePath } from '@/lib/site/urls';
import { currentSite } from '@/lib/site/site';

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const { t } = currentSite();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t.pageOf(page, pageCount)}>
      {page > 1 ? (
        <IntentLink href={listPagePath(page - 1)} rel="prev">
          ← {t.newer}
        </IntentLink>
      ) : (
        <span aria-hidden="true" />
      )}
      <span className="pagination-status">{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <IntentLink href={listPagePath(page + 1)} rel="next">
          {t.older} →
        </IntentLink>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
