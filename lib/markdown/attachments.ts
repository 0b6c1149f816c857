import fs from 'node:fs';
import path from 'node:path';
import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { say, type Message } from '../text/message';
import { candidatePaths, CONTENT_FOLDER, fileIn, isStillImage, mediaUrl, type ImageContext, type MediaFile } from './images';

/**
 * An entry's other files: a document, archive, recording or video its text
 * links to (`[下载](heart.zip)`, `[论文](./paper.pdf)`) beside it, in a Hugo
 * page bundle or a Hexo asset folder, published under /media/ as its
 * images are, with the same real-path checks. Only these kinds of file,
 * known by their name's ending, are published; a page (HTML), a script, a
 * Markdown file (another entry, perhaps a draft: ./dialects/obsidian.ts
 * makes that an entry link) or anything else is not, and a link to a file
 * of these kinds that cannot be published is named by the checker.
 */
const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.7z': 'application/x-7z-compressed',
  '.rar': 'application/vnd.rar',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.tar': 'application/x-tar',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.epub': 'application/epub+zip',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mov': 'video/quicktime',
};

/** A name ending as one of those files does, anywhere in a text: entries without one link to none. */
export const ATTACHMENT_NAME = new RegExp(`\\.(?:${Object.keys(ATTACHMENT_TYPES).map((e) => e.slice(1)).join('|')})\\b`, 'i');

/** Larger files are not published (a build copies every one). */
const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;
/** A link's address that is a path of the content folder: no scheme, not from the site's root, not a fragment. */
const RELATIVE = /^(?![a-z][a-z\d+.-]*:|\/|#|\\)/i;

/** The file type a link's address names by its ending, if it is one published; undefined for any other address. */
export function attachmentType(url: string): string | undefined {
  if (!RELATIVE.test(url)) return undefined;
  const name = url.split(/[?#]/)[0] ?? '';
  return ATTACHMENT_TYPES[path.posix.extname(name).toLowerCase()];
}

export type AttachmentTarget = { readonly kind: 'local'; readonly file: MediaFile } | { readonly kind: 'refused'; readonly message: Message };

/** Where a link to one of an entry's files leads: the file, inside the content folder, or why it is not published. */
export function resolveAttachment(url: string, context: ImageContext): AttachmentTarget | undefined {
  const type = attachmentType(url);
  if (type === undefined) return undefined;
  let target: string;
  try {
    target = decodeURI(url.split(/[?#]/)[0] ?? '');
  } catch {
    return { kind: 'refused', message: say(`${url} is not a valid path`, `${url} 不是有效的路径`) };
  }
  const candidates = candidatePaths(target, context.entryFile);
  const existing = candidates.find((c) => !c.startsWith('../') && fs.existsSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ context.contentDir, c))) ?? candidates[0] ?? '';
  // Hidden files and folders (`.git/`, `.obsidian/`) are never published.
  if (existing.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..')) {
    return { kind: 'refused', message: say(`${target} is in a hidden folder or is a hidden file; it is not published`, `${target} 在隐藏文件夹里或是隐藏文件，不会发布`) };
  }
  const found = fileIn(context.contentDir, existing, target, CONTENT_FOLDER);
  if ('refused' in found) return { kind: 'refused', message: found.refused };
  if (fs.statSync(/* turbopackIgnore: true */ found.real).size > MAX_ATTACHMENT_BYTES) {
    return { kind: 'refused', message: say(`${target} is larger than 100 MiB; it is not published (link to it where it is kept)`, `${target} 大于 100 MiB，不会发布（请链接到它存放的地方）`) };
  }
  return { kind: 'local', file: { path: existing, absolute: found.real, type } };
}

/** Whether a file a stored render publishes is still that file: an image by its bytes, another file by its path, type and place. */
export function isStillMedia(file: MediaFile, context: ImageContext): boolean {
  if (file.type.startsWith('image/')) return isStillImage(file, context);
  const now = resolveAttachment(file.path.split('/').map(encodeURIComponent).join('/'), { ...context, entryFile: '' });
  return now?.kind === 'local' && now.file.path === file.path && now.file.absolute === file.absolute && now.file.type === file.type;
}

/**
 * Links to an entry's own files lead to them under /media/, and the files
 * are published with the entry's images; a link to one that cannot be
 * published is left as written (the checker names it).
 */
export function localAttachments() {
  return (tree: Root, file: VFile) => {
    const context = file.data.images;
    if (!context) return;
    const media: MediaFile[] = [...(file.data.media ?? [])];
    visit(tree, 'link', (node: Link) => {
      const target = resolveAttachment(node.url, context);
      if (target?.kind !== 'local') return;
      if (!media.some((m) => m.path === target.file.path)) media.push(target.file);
      // `paper.pdf#page=3` keeps its fragment.
      const rest = /[?#].*$/.exec(node.url)?.[0] ?? '';
      node.url = mediaUrl(target.file.path, context.basePath) + rest;
    });
    file.data.media = media;
  };
}
