'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';

interface Props {
  href: string;
  children: ReactNode;
  className?: string;
  rel?: string;
  'aria-label'?: string;
}

/**
 * A link in a list, prefetched when the reader shows intent — pointer over
 * it, focus on it, a finger on it — rather than whenever it scrolls into
 * view: a tag index of hundreds of links no longer fetches hundreds of pages.
 */
export function IntentLink({ href, children, ...rest }: Props) {
  const [intent, setIntent] = useState(false);
  const show = () => setIntent(true);
  return (
    <Link href={href} prefetch={intent ? null : false} onMouseEnter={show} onFocus={show} onTouchStart={show} {...rest}>
      {children}
    </Link>
  );
}
