/**
 * Finding the stories in a folder: every `.ink` file that no other file INCLUDEs is
 * the main file of a story. Shared by the story check, the build's catalogue and the
 * encounter tests, so they all agree on what a story is.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { includedFiles } from '../engine/index.ts';

/** `.ink` files under `root` (a folder or a single file), as forward-slash paths, sorted. */
export function inkFilesUnder(root: string): string[] {
  if (statSync(root).isFile()) return root.endsWith('.ink') ? [toPosix(root)] : [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ink'))
    .map((name) => toPosix(join(root, name)))
    .sort();
}

/** The files among `files` that no file beside them INCLUDEs. */
export function mainStoryFiles(files: readonly string[], readFile: (path: string) => string): string[] {
  const includedBeside = new Set(
    files.flatMap((file) => includedFiles(readFile(file)).map((name) => toPosix(join(dirname(file), name)))),
  );
  return files.filter((file) => !includedBeside.has(file));
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}
