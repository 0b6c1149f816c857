import type { SocialLink } from '@/lib/site/setting-values';
import { feedPaths, socialMarksPath } from '@/lib/site/urls';
import { SOCIAL_NAMES } from '@/lib/publish/social-marks';
import { currentSite } from '@/lib/site/site';

/** The author's links elsewhere, as marks (drawn from the site's one file of them) with their network's name for screen readers and on hover. */
export function SocialLinks({ links }: { links: readonly SocialLink[] }) {
  const { withBase } = currentSite();
  if (links.length === 0) return null;
  return (
    <ul className="social-links">
      {links.map((link) => {
        const name = SOCIAL_NAMES[link.kind];
        const href = link.kind === 'rss' ? withBase(feedPaths.rss) : link.url;
        return (
          <li key={link.kind}>
            <a href={href} title={name} aria-label={name} rel={link.kind === 'rss' || link.kind === 'email' ? undefined : 'me noopener'} {...(link.kind === 'rss' ? { type: 'application/rss+xml' } : {})}>
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <use href={`${withBase(socialMarksPath)}#${link.kind}`} />
              </svg>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
