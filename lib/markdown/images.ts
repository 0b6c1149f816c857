import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Image, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** An image file of the content folder that an entry shows. */
export interface MediaFile {
  /** Path relative to the content folder, with forward slashes: also its URL under /media/. */
  readonly path: string;
  readonly absolute: string;
}

export interface ImageContext {
  /** The content folder, absolute. */
  readonly contentDir: string;
  /** The entry's file relative to the content folder. */
  readonly entryFile: string;
  /** Prefix for the site's URLs (BASE_PATH). */
  readonly basePath: string;
}

declare module 'vfile' {
  interface DataMap {
    images: ImageContext;
    media: MediaFile[];
    missingImages: string[];
  }
}

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/|\/|#)/i;

export function mediaUrl(relative: string, basePath: string): string {
  return `${basePath}/media/${relative.split('/').map(encodeURIComponent).join('/')}`;
}

export type ImageTarget =
  | { readonly kind: 'external' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'local'; readonly file: MediaFile };

/**
 * Where an image reference points: another site (left alone), a file of
 * the content folder, or nothing (outside the folder, or no such file).
 */
export function resolveImage(url: string, context: ImageContext): ImageTarget {
  if (EXTERNAL.test(url)) return { kind: 'external' };
  let relative: string;
  try {
    relative = path.posix.normalize(path.posix.join(path.posix.dirname(context.entryFile), decodeURI(url.split(/[?#]/)[0] ?? '')));
  } catch {
    return { kind: 'missing' };
  }
  const absolute = path.join(context.contentDir, relative);
  const inside = relative !== '' && !relative.startsWith('../') && absolute.startsWith(context.contentDir + path.sep);
  if (!inside || !fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) return { kind: 'missing' };
  return { kind: 'local', file: { path: relative, absolute } };
}

/**
 * Images next to an entry (`![alt](./pic.png)`, also in nested folders) are
 * served from /media/ with their width and height; every image loads lazily.
 * A missing local image is recorded in `file.data.missingImages`.
 */
export function localImages() {
  return (tree: Root, file: VFile) => {
    const context = file.data.images;
    const media: MediaFile[] = [];
    const missing: string[] = [];
    visit(tree, 'image', (node: Image) => {
      const props: Record<string, string | number> = { loading: 'lazy', decoding: 'async' };
      const target = context ? resolveImage(node.url, context) : { kind: 'external' as const };
      if (target.kind === 'missing') {
        missing.push(node.url);
      } else if (target.kind === 'local' && context) {
        try {
          const size = imageSize(fs.readFileSync(target.file.absolute));
          if (size.width && size.height) Object.assign(props, { width: size.width, height: size.height });
        } catch {
          // Not an image format image-size knows (e.g. some SVGs): served without a size.
        }
        media.push(target.file);
        node.url = mediaUrl(target.file.path, context.basePath);
      }
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...props } };
    });
    file.data.media = media;
    file.data.missingImages = missing;
  };
}
