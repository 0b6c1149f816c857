'use client';

import { useEffect, useState } from 'react';
import { THEME_KEY } from '@/lib/config/theme';

type Theme = 'light' | 'dark';

/** Switches between light and dark and remembers the choice; follows the system until the reader chooses. */
export function ThemeToggle({ labels }: { labels: { toLight: string; toDark: string } }) {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    const current = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
    setTheme(current);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = (event: MediaQueryListEvent) => {
      if (localStorage.getItem(THEME_KEY)) return;
      const next: Theme = event.matches ? 'dark' : 'light';
      document.documentElement.dataset.theme = next;
      setTheme(next);
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setTheme(next);
  };

  const label = theme === 'dark' ? labels.toLight : labels.toDark;
  return (
    <button type="button" className="theme-toggle" onClick={toggle} aria-label={label} title={label} data-theme-now={theme ?? ''}>
      {theme === 'dark' ? '☀' : '☾'}
    </button>
  );
}
