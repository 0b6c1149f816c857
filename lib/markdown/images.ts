import { z } from 'zod';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Image, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { MARKDOWN_FILE } from '../text/names';
import { say, type Message } from '../text/message';
import { cleanSvg, type CleanedSvg } from './svg';

/** An image file of the content folder that an entry shows; the shape also checks one read back from the cache. */
export const mediaFileShape = z
  .object({
    /** Path relative to the content folder (or `_site/` and the path in the site folder), with forward slashes: also its URL under /media/. */
    path: z.string(),
    /** The file's real path (links resolved), inside the content folder or the site folder. */
    absolute: z.string(),
    /** The Content-Type its bytes show it to be. */
    type: z.string(),
    width: z.number().optional(),
    height: z.number().optional(),
  })
  .readonly();
export type MediaFile = z.output<typeof mediaFileShape>;

export interface ImageContext {
  /** The content folder, absolute. */
  readonly contentDir: string;
  /** The entry's file relative to the content folder. */
  readonly entryFile: string;
  /** Prefix for the site's URLs (BASE_PATH). */
  readonly basePath: string;
  /** The site folder an old site kept its images in (STATIC_DIR: Hexo's source/, Hugo's static/), absolute. */
  readonly staticDir?: string | undefined;
}

declare module 'vfile' {
  interface DataMap {
    images: ImageContext;
    media: MediaFile[];
  }
}

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/|#)/i;

export function mediaUrl(relative: string, basePath: string): string {
  return `${basePath}/media/${relative.split('/').map(encodeURIComponent).join('/')}`;
}

export type ImageTarget =
  | { readonly kind: 'external' }
  | { readonly kind: 'refused'; readonly message: Message }
  | {
      readonly kind: 'local';
      readonly file: MediaFile;
      /** For an SVG, what its published copy leaves out (./svg.ts): scripts, handlers, addresses outside the file. */
      readonly removed?: readonly string[];
    };

/** Image formats published, by what the file's bytes are (image-size's detection), never by its name. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  // Older formats every browser still shows, as old sites published them (a screenshot saved as BMP and named .png).
  bmp: 'image/bmp',
  ico: 'image/x-icon',
};

/** An SVG that opens with an XML declaration, comments or a DOCTYPE before `<svg`, and its size in pixels when it states one. */
function svgWithDoctype(bytes: Buffer): { type?: string; width?: number; height?: number } {
  const head = bytes.subarray(0, 4096).toString('utf8');
  const open = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+svg[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(<svg\b[^>]*>)/i.exec(head)?.[1];
  if (open === undefined) return {};
  const size = (name: string) => {
    const value = new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(?:px)?\\s*["']`, 'i').exec(open)?.[1];
    return value === undefined ? undefined : Math.round(Number(value));
  };
  return { type: 'svg', width: size('width'), height: size('height') };
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(/* turbopackIgnore: true */ file);
  } catch {
    return undefined;
  }
}

/**
 * Where a relative image path may be, relative to the content folder: beside
 * the entry, then — for a bare name (`pic.png`, `img/pic.png`) — in the
 * entry's asset folder, as Hexo's post_asset_folder keeps `post.md`'s files
 * in `post/`.
 */
export function candidatePaths(target: string, entryFile: string): string[] {
  const folder = path.posix.dirname(entryFile);
  const beside = path.posix.normalize(path.posix.join(folder, target));
  const bare = !/^(?:\.{1,2}\/|\/)/.test(target);
  const stem = path.posix.basename(entryFile).replace(MARKDOWN_FILE, '');
  if (!bare || stem.toLowerCase() === 'index') return [beside];
  return [beside, path.posix.normalize(path.posix.join(folder, stem, target))];
}

/** Folders never searched for a file by name: hidden ones (`.obsidian/`, `.trash/`, `.git/`) and installed packages. */
const UNSEARCHED = /^(?:\.|node_modules$)/;
const MAX_SEARCH_DEPTH = 20;
/** The folder's files by name (the shortest path first), as listed within the last second. */
const byName = new Map<string, { at: number; files: Map<string, string> }>();

/** The path, relative to the folder, of a file of this name anywhere in it (the shallowest first), or undefined; a name not listed is looked for afresh. */
function fileNamed(root: string, name: string): string | undefined {
  const known = byName.get(root);
  const hit = known && Date.now() - known.at < 1000 ? known.files.get(name.normalize('NFC')) : undefined;
  if (hit !== undefined) return hit;
  const files = new Map<string, string>();
  const queue: { dir: string; depth: number }[] = [{ dir: '', depth: 0 }];
  for (let item = queue.shift(); item; item = queue.shift()) {
    let listed: fs.Dirent[];
    try {
      listed = fs.readdirSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ root, item.dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of listed.sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = item.dir === '' ? d.name : `${item.dir}/${d.name}`;
      if (d.isDirectory()) {
        if (!UNSEARCHED.test(d.name) && item.depth < MAX_SEARCH_DEPTH) queue.push({ dir: relative, depth: item.depth + 1 });
      } else if (d.isFile() && !files.has(d.name.normalize('NFC'))) files.set(d.name.normalize('NFC'), relative);
    }
  }
  byName.set(root, { at: Date.now(), files });
  return files.get(name.normalize('NFC'));
}

/** Where a site-folder image is published under /media/: apart from the content folder's own paths. */
export const SITE_MEDIA = '_site';

const SITE_FOLDER = say('site folder', '站点文件夹');
export const CONTENT_FOLDER = say('content folder', '内容文件夹');

/**
 * Where an image reference points: another site (left alone), an image of
 * the content folder, or something that must not be published — nothing
 * there, a path or link leading outside the folder (its real path is what
 * counts), or a file whose bytes are not an image (a Markdown entry, an
 * HTML page, an SVG that is not well-formed XML).
 */
export function resolveImage(url: string, context: ImageContext): ImageTarget {
  if (EXTERNAL.test(url)) return { kind: 'external' };
  let target: string;
  try {
    target = decodeURI(url.split(/[?#]/)[0] ?? '');
  } catch {
    return { kind: 'refused', message: say(`${url} is not a valid path`, `${url} 不是有效的路径`) };
  }
  // Messages name the path as the author wrote it (`![[流程图.svg]]` arrives percent-encoded), its query kept.
  const shown = url.replace(/^[^?#]*/, target);
  const site = context.staticDir;
  if (target.startsWith('/')) {
    // A site path (`/images/a.png`): from the site folder when there is one, else left as it is.
    return site === undefined ? { kind: 'external' } : imageIn(site, path.posix.normalize(target.slice(1)), shown, SITE_FOLDER, SITE_MEDIA);
  }
  const candidates = candidatePaths(target, context.entryFile);
  // A bare file name found nowhere beside the entry: anywhere in the folder, as vaults and Typora link attachments.
  const named = target.includes('/') ? [] : [fileNamed(context.contentDir, target)].filter((f) => f !== undefined);
  const existing = [...candidates, ...named].find((c) => !c.startsWith('../') && fs.existsSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ context.contentDir, c)));
  if (existing !== undefined || site === undefined) return imageIn(context.contentDir, existing ?? candidates[0] ?? '', shown, CONTENT_FOLDER, '');
  // Not beside the entry: the site folder (Hexo's source/, Hugo's static/), by the path as written from the
  // entry (`../../img/a.png` climbing into it), or from the folder's root (`img/a.png`, also when written
  // with `../` as if from the page's address).
  const climbed = path.relative(site, path.resolve(/* turbopackIgnore: true */ context.contentDir, path.dirname(context.entryFile), target));
  const fromRoot = path.posix.normalize(target).replace(/^(?:\.\.\/)+/, '');
  for (const relative of [climbed.split(path.sep).join('/'), fromRoot]) {
    if (relative.startsWith('../') || relative === '..') continue;
    if (fs.existsSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ site, relative))) return imageIn(site, relative, shown, SITE_FOLDER, SITE_MEDIA);
  }
  return { kind: 'refused', message: say(`${shown} does not exist, beside the entry or in the site folder`, `${shown} 不存在，日记旁边和站点文件夹里都没有`) };
}

/** Each SVG's cleaned copy, by its real path, while its bytes stay the same: an image is resolved by every variant and the checker, and served. */
const cleanedCopies = new Map<string, { readonly bytes: Buffer; readonly cleaned: CleanedSvg | undefined }>();

/** The cleaned copy of the SVG at `real` (./svg.ts), made once per version of its bytes; undefined when it cannot be read as XML. */
export function cleanedSvg(real: string, bytes: Buffer): CleanedSvg | undefined {
  const known = cleanedCopies.get(real);
  if (known && known.bytes.equals(bytes)) return known.cleaned;
  const cleaned = cleanSvg(bytes.toString('utf8'));
  cleanedCopies.set(real, { bytes, cleaned });
  return cleaned;
}

/**
 * A file at `relative` inside `root`, checked by its real path: inside the
 * folder once links are followed, and a file. Images (below) and an
 * entry's other files (./attachments.ts) are both found through here.
 */
export function fileIn(root: string, relative: string, url: string, rootName: Message): { readonly real: string } | { readonly refused: Message } {
  const absolute = path.join(/* turbopackIgnore: true */ root, relative);
  const inside = relative !== '' && relative !== '.' && !relative.startsWith('../') && absolute.startsWith(root + path.sep);
  if (!inside) return { refused: say(`${url} is outside the ${rootName.en}`, `${url} 在${rootName['zh-CN']}之外`) };
  if (!fs.existsSync(/* turbopackIgnore: true */ absolute)) return { refused: say(`${url} does not exist`, `${url} 不存在`) };
  const rootReal = realPath(root);
  const real = realPath(absolute);
  if (rootReal === undefined || real === undefined || !real.startsWith(rootReal + path.sep)) {
    return {
      refused: say(
        `${url} is a link to a file outside the ${rootName.en}; only files inside it are published`,
        `${url} 是指向${rootName['zh-CN']}之外文件的链接；只发布其中的文件`,
      ),
    };
  }
  if (!fs.statSync(/* turbopackIgnore: true */ real).isFile()) return { refused: say(`${url} is not a file`, `${url} 不是文件`) };
  return { real };
}

/** An image file at `relative` inside `root`, checked by its real path and its bytes. */
function imageIn(root: string, relative: string, url: string, rootName: Message, prefix: string): ImageTarget {
  const found = fileIn(root, relative, url, rootName);
  if ('refused' in found) return { kind: 'refused', message: found.refused };
  const { real } = found;
  const bytes = fs.readFileSync(/* turbopackIgnore: true */ real);
  let detected: { type?: string | undefined; width?: number | undefined; height?: number | undefined } = {};
  try {
    detected = imageSize(bytes);
  } catch {
    // Not an image image-size knows: an SVG with a DOCTYPE first (as draw.io writes), or refused below.
    detected = svgWithDoctype(bytes);
  }
  const type = detected.type === undefined ? undefined : IMAGE_TYPES[detected.type];
  if (type === undefined) {
    return {
      kind: 'refused',
      message: say(`${url} is not an image (PNG, JPEG, GIF, WebP, AVIF, SVG, BMP or ICO); only images are published`, `${url} 不是图片（PNG、JPEG、GIF、WebP、AVIF、SVG、BMP 或 ICO）；只发布图片`),
    };
  }
  // An SVG is published as its cleaned copy (./svg.ts); one that is not well-formed XML is no picture a browser shows.
  const cleaned = detected.type === 'svg' ? cleanedSvg(real, bytes) : undefined;
  if (detected.type === 'svg' && cleaned === undefined) {
    return {
      kind: 'refused',
      message: say(
        `${url} is an SVG that cannot be read as XML (not well-formed, entity declarations, or no <svg> at its root); fix it in an editor, or use a PNG`,
        `${url} 是无法按 XML 读取的 SVG（格式有误、声明了实体，或根元素不是 <svg>）；请用编辑器修复，或改用 PNG`,
      ),
    };
  }
  const published = prefix === '' ? relative : `${prefix}/${relative}`;
  const file = { path: published, absolute: real, type, width: detected.width, height: detected.height };
  return cleaned === undefined || cleaned.removed.length === 0 ? { kind: 'local', file } : { kind: 'local', file, removed: cleaned.removed };
}

/**
 * Whether an image an entry showed when it was rendered earlier (a record of
 * the cache between runs) is still exactly that: the same path resolves,
 * through every check above, to the same real file of the same type and
 * size. A record naming any other file is not believed.
 */
export function isStillImage(file: MediaFile, context: ImageContext): boolean {
  const site = file.path.startsWith(`${SITE_MEDIA}/`);
  if (site && context.staticDir === undefined) return false;
  const root = site && context.staticDir !== undefined ? context.staticDir : context.contentDir;
  const relative = site ? file.path.slice(SITE_MEDIA.length + 1) : file.path;
  const found = imageIn(root, path.posix.normalize(relative), file.path, site ? SITE_FOLDER : CONTENT_FOLDER, site ? SITE_MEDIA : '');
  if (found.kind !== 'local') return false;
  const now = found.file;
  return now.path === file.path && now.absolute === file.absolute && now.type === file.type && now.width === file.width && now.height === file.height;
}

/** The images of a parsed entry that cannot be published, with their line in the Markdown. */
export function unpublishableImages(tree: Root, context: ImageContext): { readonly node: Image; readonly message: Message }[] {
  const found: { node: Image; message: Message }[] = [];
  visit(tree, 'image', (node: Image) => {
    const target = resolveImage(node.url, context);
    if (target.kind === 'refused') found.push({ node, message: target.message });
  });
  return found;
}

/**
 * Images next to an entry (`![alt](./pic.png)`, also in nested folders) are
 * served from /media/ with their width and height; every image loads lazily.
 * A local image that cannot be published (the checker names it, lib/content/
 * findings.ts) is shown as its words in a visible frame (`.image-missing`): its
 * description, else its file name, never a broken picture.
 */
export function localImages() {
  return (tree: Root, file: VFile) => {
    const context = file.data.images;
    const media: MediaFile[] = [];
    visit(tree, 'image', (node: Image) => {
      const props: Record<string, string | number> = { loading: 'lazy', decoding: 'async' };
      const target = context ? resolveImage(node.url, context) : undefined;
      if (target?.kind === 'refused') {
        const words = node.alt?.trim() || path.posix.basename(node.url.split(/[?#]/)[0] ?? '') || node.url;
        node.data = { ...node.data, hName: 'span', hProperties: { className: ['image-missing'], src: undefined, alt: undefined }, hChildren: [{ type: 'text', value: words }] };
        return;
      } else if (target?.kind === 'local' && context) {
        const { width, height } = target.file;
        const asked = node.data?.hProperties ?? {};
        // The author's size wins; the file's own proportions fill in the other side, so the page does not jump as it loads.
        if (width && height && asked.width === undefined && asked.height === undefined) Object.assign(props, { width, height });
        else if (width && height && typeof asked.width === 'number' && asked.height === undefined) props.height = Math.round((asked.width * height) / width);
        media.push(target.file);
        node.url = mediaUrl(target.file.path, context.basePath);
      }
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...props } };
    });
    file.data.media = media;
  };
}
