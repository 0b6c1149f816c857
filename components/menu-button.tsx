'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * The phone's menu button: opens and closes the header's menu (the nav
 * named by `controls`). Until it runs — without JavaScript — the menu is
 * simply shown; it closes again whenever the reader goes to another page.
 */
export function MenuButton({ controls, labels }: { controls: string; labels: { open: string; close: string } }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();

  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    const header = document.getElementById(controls)?.closest('.site-header');
    header?.setAttribute('data-menu', open ? 'open' : 'closed');
  }, [open, controls]);

  return (
    <button type="button" className="menu-button" aria-expanded={open} aria-controls={controls} aria-label={open ? labels.close : labels.open} onClick={() => setOpen((o) => !o)}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
