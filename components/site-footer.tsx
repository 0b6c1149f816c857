import { site } from '@/lib/config/config';

export function SiteFooter({ firstYear, lastYear }: { firstYear: number | null; lastYear: number | null }) {
  const years = firstYear === null || lastYear === null ? '' : firstYear === lastYear ? `${firstYear}` : `${firstYear}–${lastYear}`;
  return (
    <footer className="site-footer">
      <p>
        © {years} {site.author.name} · {site.description}
      </p>
    </footer>
  );
}
