import type { TermKind } from './content';

/** Site paths, percent-encoded once here and nowhere else. */

export const homePath = '/';

export function entryPath(slug: string): string {
  return `/posts/${encodeURIComponent(slug)}`;
}

export function termPath(kind: TermKind, slug: string): string {
  return `/${kind}/${encodeURIComponent(slug)}`;
}

export function termIndexPath(kind: TermKind): string {
  return `/${kind}`;
}

export function listPagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}`;
}

export const archivePath = '/archive';
