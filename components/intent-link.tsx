import type { ReactNode } from 'react';
import { currentSite } from '@/lib/site/site';

interface Props {
  href: string;
  children: ReactNode;
  className?: string;
  rel?: string;
  'aria-label'?: string;
}

/**
 * A link in a list: plain HTML, prefetched and opened in place by the one
 * LinkIntent listener of the page (components/link-intent.tsx) when the
 * reader shows intent — pointer over it, focus on it, a finger on it —
 * rather than whenever it scrolls into view. A list of hundreds of links
 * neither fetches hundreds of pages nor hydrates hundreds of components.
 */
export function IntentLink({ href, children, ...rest }: Props) {
  const { withBase } = currentSite();
  return (
    <a href={withBase(href)} data-intent="" {...rest}>
      {children}
    </a>
  );
}
