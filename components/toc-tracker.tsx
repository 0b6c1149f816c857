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
    const observer = new IntersectionObserver(
      () => {
        // The current section is the last heading above the top third of the window.
        const line = window.innerHeight / 3;
        let current = headings[0];
        for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
        if (current) mark(current.id);
      },
      { rootMargin: '0px 0px -66% 0px', threshold: [0, 1] },
    );
    for (const h of headings) observer.observe(h);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', syncOpen);
    };
  }, []);
  return null;
}
