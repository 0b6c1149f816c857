import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TermEntries } from '@/components/term-entries';
import { findTerm, termCards, termHeading, termMetadata, termSlugs } from '@/lib/routes';

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
  return <TermEntries heading={termHeading('tags', term)} cards={termCards(term)} />;
}
