import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermEntries } from '@/components/term-entries';
import { getJournal } from '@/lib/content';
import { findTerm, termHeading, termMetadata, termSlugs, termYears } from '@/lib/routes';

export const dynamicParams = false;

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return termSlugs('tags').map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return termMetadata('tags', (await params).tag);
}

export default async function TagPage({ params }: Props) {
  const term = findTerm('tags', (await params).tag);
  if (!term) notFound();
  return <TermEntries heading={termHeading('tags', term)} years={termYears(term)} journal={getJournal()} />;
}
