// npm run new -- "标题" [--tags a,b] [--category c] [--slug s]
import path from 'node:path';
import { currentSite } from '../lib/site/site';
import { createEntry, parseNewEntryArgs } from '../lib/authoring/new-entry';

const args = parseNewEntryArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exit(2);
}
const site = currentSite();
const result = createEntry(args.request, site.contentDir, site.settings.timezone);
if (!result.ok) {
  console.error(`error: ${result.message}`);
  process.exit(1);
}
console.log(path.relative(process.cwd(), result.file) || result.file);
