// npm run new -- "标题" [--tags a,b] [--category c] [--slug s]
import path from 'node:path';
import { journalConfig } from '../lib/config/config';
import { createEntry, parseNewEntryArgs } from '../lib/authoring/new-entry';

const args = parseNewEntryArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exit(2);
}
const result = createEntry(args.request, journalConfig().contentDir);
if (!result.ok) {
  console.error(`error: ${result.message}`);
  process.exit(1);
}
console.log(path.relative(process.cwd(), result.file) || result.file);
