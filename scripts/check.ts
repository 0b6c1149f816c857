// npm run check: validates the settings file and every entry without building; exit 1 on errors.
import { checkEntries, formatCheckProblem } from '../lib/authoring/check';
import { journalConfig } from '../lib/config/config';
import { readSettingsFile, settingsFileName, SettingsError } from '../lib/config/settings-file';
import { contentLabel } from '../lib/content/loader';

function main(): number {
  try {
    readSettingsFile(settingsFileName({ SITE_SETTINGS: process.env.SITE_SETTINGS }));
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.log(error.message);
    return 1;
  }
  const dir = journalConfig().contentDir;
  const label = contentLabel(dir);
  const report = checkEntries(dir);
  for (const p of report.problems) console.log(formatCheckProblem(p, label));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`${plural(report.files, 'entry')} checked: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`.replace('entrys', 'entries'));
  return report.errors > 0 ? 1 : 0;
}

process.exit(main());
