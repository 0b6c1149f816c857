import type { MetadataRoute } from 'next';
import { homePath } from '@/lib/site/urls';
import { sitePictures } from '@/lib/content';
import { SITE_COLOURS } from '@/lib/publish/site-icon';
import { current } from '@/app/_lib/current';

export const dynamic = 'force-static';

/** The web app manifest: the site's name, colours and icon, for a phone's home screen. */
export default function manifest(): MetadataRoute.Manifest {
  const { site } = current();
  const { withBase, settings } = site;
  const icon = sitePictures(site).icon;
  return {
    name: settings.title,
    short_name: settings.title,
    description: settings.description,
    lang: settings.language,
    start_url: withBase(homePath),
    scope: withBase(homePath),
    display: 'browser',
    theme_color: SITE_COLOURS.accent,
    background_color: SITE_COLOURS.background,
    icons: [
      icon
        ? { src: icon.src, ...(icon.type ? { type: icon.type } : {}), sizes: icon.width && icon.height && icon.type !== 'image/svg+xml' ? `${icon.width}x${icon.height}` : 'any' }
        : { src: withBase('/icon.svg'), type: 'image/svg+xml', sizes: 'any' },
    ],
  };
}
