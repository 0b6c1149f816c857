import { currentSite, type Site } from '@/lib/site/site';
import { getJournal, type Journal } from '@/lib/content';

/**
 * What every route reads: this process's Site (lib/site/site.ts) and the
 * journal it shows. The one accessor in app/: routes hand both down to lib/
 * calls and components as arguments.
 */
export function current(): { readonly site: Site; readonly journal: Journal } {
  const site = currentSite();
  return { site, journal: getJournal(site) };
}
