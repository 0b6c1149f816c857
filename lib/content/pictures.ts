import type { Site } from '../site/site';
import { mediaUrl, resolveImage, type ImageContext, type MediaFile } from '../markdown/images';
import { memoByObject, memoBySite } from '../memo';
import { say, type Message } from '../text/message';
import { keyLine, type Entry } from './entry';
import { keysOfField } from './field-kit';
import { ENTRY_FIELDS } from './fields';
import type { ContentProblem } from './problems';

/**
 * The pictures that are not inside an entry's text: the settings' avatar,
 * icon and share image (paths in the content folder) and each entry's
 * cover (beside the entry, as its images are). Resolved by the same rules
 * as images in Markdown: only image files inside the content or site
 * folder are published, under /media/.
 */

export interface Picture {
  /** The site path to show it at (base path included), or the https:// address as written. */
  readonly src: string;
  readonly alt: string;
  /** Known for local files. */
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly type: string | undefined;
  /** The local file published under /media/, or null for an address elsewhere. */
  readonly media: MediaFile | null;
}

type Resolved = { ok: true; picture: Picture } | { ok: false; message: Message };

function resolvePicture(src: string, alt: string, context: ImageContext): Resolved {
  if (/^https:\/\//.test(src)) return { ok: true, picture: { src, alt, width: undefined, height: undefined, type: undefined, media: null } };
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(src)) return { ok: false, message: say(`${src} must be a path in the content folder or an https:// address`, `${src} 应为内容文件夹中的路径或 https:// 地址`) };
  const target = resolveImage(src, context);
  if (target.kind === 'refused') return { ok: false, message: target.message };
  if (target.kind === 'external') return { ok: false, message: say(`${src} is a site path; write the image's path in the content folder`, `${src} 是站点路径；请写图片在内容文件夹中的路径`) };
  const { file } = target;
  return { ok: true, picture: { src: mediaUrl(file.path, context.basePath), alt, width: file.width, height: file.height, type: file.type, media: file } };
}

/** Where the images of a file (`entryFile`, relative to the content folder; '' for the settings) are looked up and published. */
export function imageContext(site: Site, entryFile: string): ImageContext {
  return { contentDir: site.contentDir, entryFile, basePath: site.basePath, staticDir: site.staticDir };
}

export interface SitePictures {
  readonly avatar: Picture | null;
  readonly icon: Picture | null;
  readonly shareImage: Picture | null;
  /**
   * Settings that name a picture that cannot be published, as warnings at
   * the setting's line: the site goes without that picture (the shipped
   * settings name the sample's avatar, which another content folder lacks).
   */
  readonly warnings: readonly ContentProblem[];
}

/** The settings' pictures, resolved once per configuration. */
export const sitePictures = memoByObject((site: Site): SitePictures => {
  const warnings: ContentProblem[] = [];
  const one = (key: string, src: string | null, alt: string): Picture | null => {
    if (src === null) return null;
    const found = resolvePicture(src, alt, imageContext(site, ''));
    if (found.ok) return found.picture;
    const message = say(
      `${found.message.en}; the site is published without it (put the image in the content folder, ${site.contentDir}, or change or remove the setting)`,
      `${found.message['zh-CN']}；站点发布时不带这张图片（请把图片放进内容文件夹 ${site.contentDir}，或修改、删除这项设置）`,
    );
    warnings.push({ file: site.settingsFile ?? 'site.yml', field: key, message, line: site.settingsLines[key] ?? 1 });
    return null;
  };
  const { settings } = site;
  return {
    avatar: one('author.avatar', settings.author.avatar, settings.author.name),
    icon: one('icon', settings.icon, ''),
    shareImage: one('shareImage', settings.shareImage, settings.title),
    warnings,
  };
});

/** An entry's cover, or null; a cover that cannot be published is a problem of the entry. */
export const entryCover = memoBySite((site: Site, entry: Entry): Resolved | null => {
  if (entry.cover === null) return null;
  return resolvePicture(entry.cover.src, entry.cover.alt || entry.title, imageContext(site, entry.file));
});

/** The published cover of an entry, or null. */
export function coverPicture(site: Site, entry: Entry): Picture | null {
  const found = entryCover(site, entry);
  return found?.ok ? found.picture : null;
}

/** The cover problem of an entry, for the build and the checker. */
export function coverProblem(site: Site, entry: Entry): ContentProblem | null {
  const found = entryCover(site, entry);
  return found && !found.ok ? { file: entry.file, field: 'cover', message: found.message, line: keyLine(entry, ...keysOfField(ENTRY_FIELDS.shape.cover)) ?? 1 } : null;
}
