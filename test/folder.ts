import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder in the system's temp folder holding `files` (path → text), for tests. */
export function folderOf(files: Record<string, string>, prefix = 'journal-content-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
