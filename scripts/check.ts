// npm run check: validates the settings file and every entry without building; exit 1 on errors.
import { checkEntries, formatCheckProblem } from '../lib/authoring/check';
import { processEnviron } from '../lib/site/environment';
import { loadSite, SettingsError, type Site } from '../lib/site/site';
import { settingsFileName } from '../lib/site/settings-file';
import { contentLabel, loadJournal } from '../lib/content/loader';
import { sitePictures } from '../lib/content/pictures';
import { menuProblems } from '../lib/views/menu';
import { siteFileReport } from '../lib/publish/site-files';
import { PATTERN_TOKENS, unknownTokens } from '../lib/content/aliases';

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
  const report = checkEntries(site);
  for (const p of report.problems) console.log(formatCheckProblem(p, label));
  // What the settings name in the content folder: pictures, and pages in the menu.
  const settingsFile = site.settingsFile ?? 'site.yml';
  const settingsProblems = menuProblems(site.settings, report.pageSlugs).map((p) => `${settingsFile}: ${p}`);
  for (const p of settingsProblems) console.log(p);
  const pictureWarnings = sitePictures(site).warnings;
  for (const p of pictureWarnings) console.log(formatCheckProblem({ ...p, line: p.line ?? 1, severity: 'warning' }, ''));
  // The site folder's files that look meant to be published but are not.
  const refusedFiles = site.staticDir === undefined ? [] : siteFileReport(site, loadJournal(site)).refused;
  for (const r of refusedFiles) console.log(`${contentLabel(site.staticDir ?? '')}${r.path}: staticDir: warning: ${r.message.en}`);
  // Old address patterns with a token the journal cannot fill lead nowhere.
  const patternWarnings = site.settings.oldPermalinks.flatMap((pattern) => {
    const unknown = unknownTokens(pattern);
    return unknown.length === 0 ? [] : [`${settingsFile}: oldPermalinks: warning: "${pattern}" has ${unknown.map((t) => `:${t}`).join(', ')}, which the journal cannot fill; no old address is made from it (tokens: ${PATTERN_TOKENS.map((t) => `:${t}`).join(' ')})`];
  });
  for (const w of patternWarnings) console.log(w);
  // Where titles and dates came from when the front matter did not give them.
  const { dates, headingTitles, nameTitles } = report.fromFiles;
  if (dates + headingTitles + nameTitles > 0) {
    console.log(`Read from the files themselves: ${dates} date${dates === 1 ? '' : 's'} from file names, ${headingTitles} title${headingTitles === 1 ? '' : 's'} from first headings, ${nameTitles} from file names`);
  }
  const warnings = report.warnings + pictureWarnings.length + refusedFiles.length + patternWarnings.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`${plural(report.files, 'entry')} checked: ${plural(report.errors + settingsProblems.length, 'error')}, ${plural(warnings, 'warning')}`.replace('entrys', 'entries'));
  return report.errors + settingsProblems.length > 0 ? 1 : 0;
}

process.exit(main());
