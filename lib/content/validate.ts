import type { Site } from '../site/site';
import { resolveAttachment } from '../markdown/attachments';
import { resolveImage, SITE_MEDIA } from '../markdown/images';
import { say } from '../text/message';
import { oldAddresses } from './aliases';
import type { Entry } from './entry';
import { bodyFindings } from './findings';
import type { Journal } from './journal';
import { coverProblem, imageContext } from './pictures';
import type { ContentProblem } from './problems';

/**
 * What stops a published build, where publishing would be wrong: broken
 * files (invalid YAML, no date, an impossible date, a draft flag that is
 * not a boolean), slug clashes, private sections, and an old address two
 * entries claim. One list, read by the build before Next compiles
 * anything and by `npm run check` as its errors, so the two never
 * disagree. What the old engines shrugged at (a missing image, an unknown
 * tag) is a warning instead: see `entryWarnings`.
 */
export function publishingErrors(site: Site, journal: Journal): ContentProblem[] {
  const problems: ContentProblem[] = [...journal.problems];
  for (const r of oldAddresses(journal, site.settings.oldPermalinks).refused) {
    if (r.error) problems.push({ file: r.file, line: r.line, field: 'aliases', message: say(`${r.path} ${r.reason.en}`, `${r.path} ${r.reason['zh-CN']}`) });
  }
  return problems;
}

/**
 * What of one entry is published without, or otherwise than written: a
 * cover or a local image that cannot be published (missing, outside the
 * folders, not an image; the page shows the image's words in its place),
 * and what its text holds that readers will not see as written
 * (./findings.ts). Warnings: the entry is published, and `strict` makes
 * them fatal.
 */
export function entryWarnings(site: Site, entry: Entry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cover = coverProblem(site, entry);
  if (cover) problems.push({ ...cover, message: say(`${cover.message.en}; the entry is published without a cover`, `${cover.message['zh-CN']}；这篇日记发布时不带封面`) });
  const findings = bodyFindings(entry);
  const context = imageContext(site, entry.file);
  for (const image of findings.images) {
    const target = resolveImage(image.url, context);
    if (target.kind === 'local' && target.removed !== undefined) {
      const what = target.removed.join(', ');
      const shown = target.file.path.startsWith(`${SITE_MEDIA}/`) ? target.file.path.slice(SITE_MEDIA.length) : target.file.path;
      const message = say(
        `${shown}: the published copy of this SVG leaves out what could run or load from elsewhere (${what}); the picture is shown without it`,
        `${shown}：这个 SVG 的发布副本去掉了可能运行或从别处加载的内容（${what}）；图片照常显示`,
      );
      problems.push({ file: entry.file, field: 'image', message, line: image.line });
    }
    if (target.kind !== 'refused') continue;
    const message = say(`${target.message.en}; the page shows its description in its place`, `${target.message['zh-CN']}；页面在它的位置显示图片说明`);
    problems.push({ file: entry.file, field: 'image', message, line: image.line });
  }
  for (const link of findings.files) {
    const target = resolveAttachment(link.url, context);
    if (target?.kind !== 'refused') continue;
    const message = say(`${target.message.en}; the link is left as written, and leads nowhere`, `${target.message['zh-CN']}；链接保持原样，打不开`);
    problems.push({ file: entry.file, field: 'body', message, line: link.line });
  }
  for (const n of findings.notes) problems.push({ file: entry.file, ...n });
  return problems;
}
