import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * Files only this user can read, for what the journal keeps between
 * requests and runs (the build cache and the preview's pack): they can
 * hold drafts' text. A folder is used only when it is a real folder (not a
 * link) owned by this user and closed to everyone else; files are written
 * atomically through a new file of an unpredictable name and read never
 * through a link.
 */

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY } = fs.constants;

const uid = () => process.getuid?.() ?? 0;

const hasCode = (error: unknown, code: string) => error instanceof Error && 'code' in error && error.code === code;

/** Makes `dir` (and its parents) when missing, mode 0700; true only when it is then a private folder of this user's. */
export function privateDir(dir: string): boolean {
  try {
    fs.mkdirSync(/* turbopackIgnore: true */ dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    if (!hasCode(error, 'EEXIST')) return false;
  }
  try {
    const stat = fs.lstatSync(/* turbopackIgnore: true */ dir);
    return stat.isDirectory() && !stat.isSymbolicLink() && stat.uid === uid() && (stat.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/**
 * Writes `text` to `file` so that a reader sees the old content or the new,
 * never half; readable by this user only. False when it could not be written
 * (the caller loses only time: these files save work, they hold nothing new).
 */
export function writePrivateFile(file: string, text: string): boolean {
  const temporary = `${file}.${crypto.randomBytes(8).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(/* turbopackIgnore: true */ temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600);
    try {
      fs.writeFileSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(/* turbopackIgnore: true */ temporary, /* turbopackIgnore: true */ file);
    return true;
  } catch {
    fs.rmSync(/* turbopackIgnore: true */ temporary, { force: true });
    return false;
  }
}

/** The file's text; undefined when it is missing, a link, another user's, or unreadable. */
export function readPrivateFile(file: string): string | undefined {
  try {
    const fd = fs.openSync(/* turbopackIgnore: true */ file, O_RDONLY | O_NOFOLLOW);
    try {
      if (fs.fstatSync(fd).uid !== uid()) return undefined;
      return fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
