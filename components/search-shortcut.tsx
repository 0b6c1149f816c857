'use client';

import { useEffect } from 'react';

/** Ctrl-K or ⌘-K puts the cursor in the header's search box. Nothing else of search loads until it is used. */
export function SearchShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        const box = document.querySelector<HTMLInputElement>('.site-search input');
        if (box) {
          event.preventDefault();
          box.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
