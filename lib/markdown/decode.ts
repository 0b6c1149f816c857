import { isStillMedia } from './attachments';
import type { ImageContext } from './images';
import { storedRenderShape, type RenderedEntry } from './pipeline';
import { isSanitizedHtml } from './stored';

/**
 * A rendered entry read back from JSON (the cache between runs), checked
 * against its shape and trusted no more than the entry itself: its HTML
 * must be what the sanitizer keeps whole, and each image and file it publishes
 * must still be the file of the entry's folder it was. Anything else is
 * undefined, and the entry is rendered again.
 */
export function decodeRendered(value: unknown, images: ImageContext): RenderedEntry | undefined {
  const parsed = storedRenderShape.safeParse(value);
  if (!parsed.success) return undefined;
  const stored = parsed.data;
  if (!stored.media.every((file) => isStillMedia(file, images)) || !isSanitizedHtml(stored.html)) return undefined;
  return stored;
}
