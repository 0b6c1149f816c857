import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { MovedNotice } from '@/components/moved-notice';
import { getJournal, journalOldAddresses, pathOfSegments, type Entry } from '@/lib/content';
import { journalConfig } from '@/lib/config/config';
import { absoluteUrl, entryPath } from '@/lib/config/urls';
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

async function movedEntry(params: Props['params']): Promise<Entry | undefined> {
  const segments = (await params).old.map(decodeParam);
  if (!segments.every((s): s is string => s !== undefined)) return undefined;
  return journalOldAddresses(getJournal()).byPath.get(pathOfSegments(segments));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await movedEntry(params);
  if (!entry) return {};
  return { title: entry.title, alternates: { canonical: absoluteUrl(entryPath(entry.slug)) }, robots: { index: false } };
}

export default async function OldAddress({ params }: Props) {
  const entry = await movedEntry(params);
  if (!entry) notFound();
  if (journalConfig().staticExport) return <MovedNotice entry={entry} />;
  permanentRedirect(entryPath(entry.slug));
}
