import type { TocItem } from './headings';
import { isStillImage, type ImageContext, type MediaFile } from './images';
import type { RenderedEntry } from './pipeline';
import { isSanitizedHtml } from './stored';

/**
 * A rendered entry read back from JSON (the cache between runs), checked
 * field by field and trusted no more than the entry itself: its HTML must
 * be what the sanitizer keeps whole, and each image it publishes must still
 * be the image of the entry's folder it was. Anything else is undefined,
 * and the entry is rendered again.
 */
export function decodeRendered(value: unknown, images: ImageContext): RenderedEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { html, toc, hasMath, hasCode, hasImages, hasDiagrams, media } = value;
  if (typeof html !== 'string' || !Array.isArray(toc) || !Array.isArray(media)) return undefined;
  if (typeof hasMath !== 'boolean' || typeof hasCode !== 'boolean' || typeof hasImages !== 'boolean' || typeof hasDiagrams !== 'boolean') return undefined;
  const items = toc.map(decodeTocItem);
  const files = media.map(decodeMediaFile);
  if (items.some((i) => i === undefined) || files.some((f) => f === undefined || !isStillImage(f, images))) return undefined;
  if (!isSanitizedHtml(html)) return undefined;
  return {
    html,
    toc: items.filter((i): i is TocItem => i !== undefined),
    hasMath,
    hasCode,
    hasImages,
    hasDiagrams,
    media: files.filter((f): f is MediaFile => f !== undefined),
    // Only entries without image problems are kept: a problem stops the build.
    imageProblems: [],
  };
}

function decodeTocItem(value: unknown): TocItem | undefined {
  if (!isRecord(value)) return undefined;
  const { depth, id, text } = value;
  if ((depth !== 2 && depth !== 3) || typeof id !== 'string' || typeof text !== 'string') return undefined;
  return { depth, id, text };
}

function decodeMediaFile(value: unknown): MediaFile | undefined {
  if (!isRecord(value)) return undefined;
  const { path, absolute, type, width, height } = value;
  if (typeof path !== 'string' || typeof absolute !== 'string' || typeof type !== 'string') return undefined;
  if (!(width === undefined || typeof width === 'number') || !(height === undefined || typeof height === 'number')) return undefined;
  return { path, absolute, type, width, height };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
