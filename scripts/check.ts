// npm run check: validates every entry without building; exit 1 on errors.
import path from 'node:path';
import { checkEntries, formatCheckProblem } from '../lib/content/check';
import { contentDir } from '../lib/content/load';

const dir = contentDir();
const relative = path.relative(process.cwd(), dir);
const label = relative && !relative.startsWith('..') ? `${relative}/` : `${dir}/`;
const report = checkEntries(dir);
for (const p of report.problems) console.log(formatCheckProblem(p, label));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(`${plural(report.files, 'entry')} checked: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`.replace('entrys', 'entries'));
process.exit(report.errors > 0 ? 1 : 0);
