'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * The page's one listener for its list links (IntentLink, `a[data-intent]`):
 * a link the reader points at, focuses or touches is prefetched, once; a
 * plain click opens it in place through the router, as next/link would.
 * A click with a modifier key, another target or a download is the browser's.
 */
export function LinkIntent({ basePath }: { basePath: string }) {
  const router = useRouter();
  useEffect(() => {
    const fetched = new Set<string>();
    const linkOf = (event: Event): HTMLAnchorElement | null => {
      const link = event.target instanceof Element ? event.target.closest('a[data-intent]') : null;
      return link instanceof HTMLAnchorElement && link.origin === window.location.origin ? link : null;
    };
    // The route as the router names it: the path without the base path Next adds itself.
    const routeOf = (link: HTMLAnchorElement): string | null => {
      const { pathname } = link;
      if (basePath !== '' && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
      return pathname.slice(basePath.length) || '/';
    };
    const prefetch = (event: Event) => {
      const link = linkOf(event);
      const route = link ? routeOf(link) : null;
      if (route === null || fetched.has(route)) return;
      fetched.add(route);
      router.prefetch(`${route}${link?.search ?? ''}`);
    };
    const open = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = linkOf(event);
      if (!link || (link.target !== '' && link.target !== '_self') || link.hasAttribute('download')) return;
      const route = routeOf(link);
      if (route === null) return;
      event.preventDefault();
      router.push(`${route}${link.search}${link.hash}`);
    };
    document.addEventListener('pointerover', prefetch, { passive: true });
    document.addEventListener('focusin', prefetch);
    document.addEventListener('touchstart', prefetch, { passive: true });
    document.addEventListener('click', open);
    return () => {
      document.removeEventListener('pointerover', prefetch);
      document.removeEventListener('focusin', prefetch);
      document.removeEventListener('touchstart', prefetch);
      document.removeEventListener('click', open);
    };
  }, [router, basePath]);
  return null;
}
