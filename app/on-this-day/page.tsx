import type { Metadata } from 'next';
import { OnThisDay } from '@/components/on-this-day';
import { PageHeading } from '@/components/page-heading';
import { getJournal } from '@/lib/content';
import { t } from '@/lib/config/i18n';
import { pageMetadata } from '@/lib/publish/metadata';
import { site } from '@/lib/config/config';
import { onThisDayPath, withBase } from '@/lib/config/urls';
import { journalYears, monthDaysWithEntries } from '@/lib/views/timeline';

export const metadata: Metadata = pageMetadata({ title: t.onThisDay, path: onThisDayPath });

export default function OnThisDayPage() {
  const journal = getJournal();
  const first = journalYears(journal).at(-1) ?? new Date().getFullYear();
  // Labels for "N years ago", far enough ahead for readers in later years.
  const span = new Date().getFullYear() - first + 30;
  return (
    <>
      <PageHeading title={t.onThisDay} />
      <OnThisDay
        days={monthDaysWithEntries(journal)}
        base={withBase(onThisDayPath)}
        lang={site.language}
        labels={{
          empty: t.onThisDayEmpty,
          loading: '…',
          yearsAgo: Array.from({ length: span }, (_, i) => t.onThisDayYearsAgo(i)),
        }}
      />
    </>
  );
}
