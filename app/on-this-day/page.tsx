import type { Metadata } from 'next';
import { OnThisDay } from '@/components/on-this-day';
import { PageHeading } from '@/components/page-heading';
import { pageMetadata } from '@/lib/publish/metadata';
import { onThisDayPath } from '@/lib/site/urls';
import { journalYears, monthDaysWithEntries } from '@/lib/views/timeline';
import { current } from '@/app/_lib/current';

export function generateMetadata(): Metadata {
  const { site } = current();
  return pageMetadata(site, { title: site.t.onThisDay, path: onThisDayPath });
}

export default function OnThisDayPage() {
  const { site, journal } = current();
  const { t, withBase, settings } = site;
  const first = journalYears(journal).at(-1) ?? new Date().getFullYear();
  // Labels for "N years ago", far enough ahead for readers in later years.
  const span = new Date().getFullYear() - first + 30;
  return (
    <>
      <PageHeading title={t.onThisDay} />
      <OnThisDay
        days={monthDaysWithEntries(journal)}
        base={withBase(onThisDayPath)}
        lang={settings.language}
        labels={{
          empty: t.onThisDayEmpty,
          loading: '…',
          yearsAgo: Array.from({ length: span }, (_, i) => t.onThisDayYearsAgo(i)),
        }}
      />
    </>
  );
}
