/**
 * Copies the old site's own files (STATIC_DIR) into a static export, at
 * the site root, after `next build`: what `next start` serves through
 * app/site-files. `npm run export` runs it.
 *
 *   tsx scripts/copy-site-files.ts [export folder, default NEXT_DIST_DIR or out]
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteFiles } from '../lib/publish/site-files';

const out = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
let copied = 0;
for (const file of siteFiles()) {
  const target = path.join(out, ...file.path.split('/'));
  // The journal's own pages win over a file of the same name.
  if (fs.existsSync(target)) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(file.absolute, target);
  copied += 1;
}
if (copied > 0) console.log(`site files: ${copied} copied into ${out}`);
