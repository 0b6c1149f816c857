'use client';

import { useEffect } from 'react';

const WIDE = '(min-width: 1100px)';

/**
 * Keeps the contents open on wide screens and marks the section being read
 * (`aria-current`) as the reader scrolls.
 */
export function TocTracker() {
  useEffect(() => {
    const details = document.querySelector<HTMLDetailsElement>('.toc-details');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[data-toc-id]')];
    const media = window.matchMedia(WIDE);
    const syncOpen = () => {
      if (details && media.matches) details.open = true;
    };
    syncOpen();
    media.addEventListener('change', syncOpen);

    const headings = links
      .map((a) => document.getElementById(a.dataset.tocId ?? ''))
      .filter((h): h is HTMLElement => h !== null);
    const mark = (id: string) => {
      for (const a of links) {
        if (a.dataset.tocId === id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    };
    // The current section is the last one whose heading has reached the top of the window.
    let frame = 0;
    const update = () => {
      frame = 0;
      let current = headings[0];
      for (const h of headings) if (h.getBoundingClientRect().top <= 120) current = h;
      if (current) mark(current.id);
    };
    const onScroll = () => {
      if (frame === 0) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onScroll);
      if (frame !== 0) window.cancelAnimationFrame(frame);
      media.removeEventListener('change', syncOpen);
    };
  }, []);
  return null;
}
