import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { movedEntry, movedMetadata, movedTo } from '@/app/_lib/moved';
import { getJournal, journalOldAddresses, type Entry } from '@/lib/content';
import { decodeParam } from '@/app/_lib/params';

/**
 * Old addresses (lib/content/aliases.ts): each leads to its entry — a 308
 * redirect under `next start`, a page that refreshes to the entry in a
 * static export. Addresses under /posts/ are the entry route's own.
 */
export const dynamicParams = false;

type Props = { params: Promise<{ old: string[] }> };

export function generateStaticParams() {
  const paths = journalOldAddresses(getJournal()).addresses.filter((a) => a.segments[0] !== 'posts');
  return paths.length > 0 ? paths.map((a) => ({ old: [...a.segments] })) : [{ old: ['-'] }];
}

async function entryOf(params: Props['params']): Promise<Entry | undefined> {
  const segments = (await params).old.map(decodeParam);
  return segments.every((s): s is string => s !== undefined) ? movedEntry(segments) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await entryOf(params);
  if (!entry) return {};
  return movedMetadata(entry);
}

export default async function OldAddress({ params }: Props) {
  const entry = await entryOf(params);
  if (!entry) notFound();
  return movedTo(entry);
}
