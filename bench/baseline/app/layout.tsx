import type { ReactNode } from 'react';

export const metadata = { title: 'Baseline' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header>
          <a href="/">Baseline</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
