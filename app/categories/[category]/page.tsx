import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermEntries } from '@/components/term-entries';
import { getJournal } from '@/lib/content';
import { findTerm, termHeading, termMetadata, termSlugs, termYears } from '@/lib/routes';

export const dynamicParams = false;

type Props = { params: Promise<{ category: string }> };

export function generateStaticParams() {
  return termSlugs('categories').map((category) => ({ category }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return termMetadata('categories', (await params).category);
}

export default async function CategoryPage({ params }: Props) {
  const term = findTerm('categories', (await params).category);
  if (!term) notFound();
  return <TermEntries heading={termHeading('categories', term)} years={termYears(term)} journal={getJournal()} />;
}
