'use client';

import { useEffect, useState } from 'react';
import { THEME_KEY } from '@/lib/site/theme';

type Theme = 'light' | 'dark';

const systemTheme = (): Theme => (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function remembered(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

/**
 * Switches between light and dark and remembers the choice; follows the
 * system until the reader chooses, and again once they ask it to (the
 * second button, shown while a choice is remembered).
 */
export function ThemeToggle({ labels }: { labels: { toLight: string; toDark: string; system: string } }) {
  const [theme, setTheme] = useState<Theme | null>(null);
  const [chosen, setChosen] = useState(false);

  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
    setChosen(remembered() !== null);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = (event: MediaQueryListEvent) => {
      if (remembered()) return;
      const next: Theme = event.matches ? 'dark' : 'light';
      document.documentElement.dataset.theme = next;
      setTheme(next);
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const apply = (next: Theme, remember: boolean) => {
    document.documentElement.dataset.theme = next;
    try {
      if (remember) localStorage.setItem(THEME_KEY, next);
      else localStorage.removeItem(THEME_KEY);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setTheme(next);
    setChosen(remember);
  };

  const label = theme === 'dark' ? labels.toLight : labels.toDark;
  return (
    <>
      <button type="button" className="theme-toggle" onClick={() => apply(theme === 'dark' ? 'light' : 'dark', true)} aria-label={label} title={label} data-theme-now={theme ?? ''}>
        {theme === 'dark' ? '☀' : '☾'}
      </button>
      {chosen ? (
        <button type="button" className="theme-toggle theme-system" onClick={() => apply(systemTheme(), false)} aria-label={labels.system} title={labels.system}>
          ◐
        </button>
      ) : null}
    </>
  );
}
