import type { AuthorSettings, SocialLink } from '@/lib/site/setting-values';
import type { Picture } from '@/lib/content/pictures';
import { SocialLinks } from './social-links';

interface Props {
  author: AuthorSettings;
  avatar: Picture | null;
  social: readonly SocialLink[];
  /** The card's heading level: its own section on the home page, a closing note under an entry. */
  as: 'h2' | 'p';
}

/** Who writes the journal: avatar, name, a short bio and the author's links. */
export function AuthorCard({ author, avatar, social, as: Name }: Props) {
  if (author.name === '' && avatar === null && author.bio === null && social.length === 0) return null;
  return (
    <aside className="author-card" aria-label={author.name || undefined}>
      {avatar ? <img className="author-avatar" src={avatar.src} alt="" width={64} height={64} loading={Name === 'h2' ? 'eager' : 'lazy'} decoding="async" /> : null}
      <div className="author-text">
        {author.name ? <Name className="author-name">{author.name}</Name> : null}
        {author.bio ? <p className="author-bio">{author.bio}</p> : null}
        <SocialLinks links={social} />
      </div>
    </aside>
  );
}
