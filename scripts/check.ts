// npm run check: validates the settings file and every entry without building; exit 1 on errors (on warnings too when strict).
import { formatCheckProblem } from '../lib/authoring/check';
import { processEnviron } from '../lib/site/environment';
import { loadSite, SettingsError, type Site } from '../lib/site/site';
import { settingsFileName } from '../lib/site/settings-file';
import { contentLabel } from '../lib/content/loader';
import { isFatal, siteReport } from '../lib/publish/site-report';

function main(): number {
  let site: Site;
  try {
    site = loadSite(processEnviron(), process.cwd());
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.log(error.message);
    return 1;
  }
  const label = contentLabel(site.contentDir);
  // Which settings were read: with another content folder, the shipped site.yml may still name the sample's pictures.
  console.log(site.settingsFile === null ? `Settings: none found (${settingsFileName(processEnviron())}); every default` : `Settings: ${site.settingsFile}`);
  const report = siteReport(site, 'every entry');
  for (const p of report.problems) console.log(formatCheckProblem(p, label));
  // Where titles and dates came from when the front matter did not give them.
  const { dates, gitDates, headingTitles, nameTitles } = report.fromFiles;
  if (dates + gitDates + headingTitles + nameTitles > 0) {
    console.log(
      `Read from the files themselves: ${dates} date${dates === 1 ? '' : 's'} from file names, ${gitDates} from git's first commit, ${headingTitles} title${headingTitles === 1 ? '' : 's'} from first headings, ${nameTitles} from file names`,
    );
  }
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const strict = site.settings.strict && report.errors === 0 && report.warnings > 0 ? ' (fatal: the settings are strict)' : '';
  console.log(`${plural(report.files, 'entry', 'entries')} checked: ${plural(report.errors, 'error', 'errors')}, ${plural(report.warnings, 'warning', 'warnings')}${strict}`);
  return isFatal(site, report) ? 1 : 0;
}

process.exit(main());
