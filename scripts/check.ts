// npm run check: validates every entry without building; exit 1 on errors.
import { checkEntries, formatCheckProblem } from '../lib/authoring/check';
import { journalConfig } from '../lib/config/config';
import { contentLabel } from '../lib/content/loader';

const dir = journalConfig().contentDir;
const label = contentLabel(dir);
const report = checkEntries(dir);
for (const p of report.problems) console.log(formatCheckProblem(p, label));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`${plural(report.files, 'entry')} checked: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`.replace('entrys', 'entries'));
process.exit(report.errors > 0 ? 1 : 0);
