import assert from 'node:assert/strict';
import fs from 'node:fs';

/**
 * Compares `actual` with a golden file. With UPDATE_GOLDEN=1 the file is
 * written instead, to be reviewed in the diff before it is committed.
 */
export function assertGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${file} (run with UPDATE_GOLDEN=1 to create it)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `output differs from ${file}`);
}
