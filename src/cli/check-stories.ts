/**
 * Checks every story a trainee can be given: `tsx src/cli/check-stories.ts [--json] [folder or file...]`
 * (default folder `stories`). Each main file (one no other file INCLUDEs) is compiled
 * with its INCLUDEs and linted; any error or warning fails it, because a shipped
 * story must be clean. Prints `path:line: message` per problem and `ok  path` or
 * `FAIL path` per story; exits 1 when a story fails or none was found.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileInk } from '../authoring/compile-ink.ts';
import { inkFilesUnder, mainStoryFiles, toPosix } from '../authoring/story-files.ts';
import { type Diagnostic, formatDiagnostic } from '../engine/index.ts';

export interface StoryCheck {
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compiles each main file among `files`. A file is an INCLUDE, not a story, when another
 * file includes it; ink resolves an INCLUDE against the main file's folder, so a nested
 * include is only found by compiling its story, and a candidate read by another
 * story's compile is dropped.
 */
export function checkStories(files: readonly string[], readFile: (path: string) => string): StoryCheck[] {
  const candidates = mainStoryFiles(files, readFile);
  const compiled = candidates.map((path) => ({ path, result: compileInk(path, readFile) }));
  const readByAnother = new Set(compiled.flatMap(({ result }) => result.files.slice(1)));
  return compiled
    .filter(({ path }) => !readByAnother.has(path))
    .map(({ path, result }) => ({ path, diagnostics: result.diagnostics }));
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const roots = argv.filter((arg) => arg !== '--json');
  const cwd = process.cwd();
  const files = (roots.length > 0 ? roots : ['stories']).flatMap((root) =>
    inkFilesUnder(toPosix(relative(cwd, root) || '.')),
  );
  const checks = checkStories(files, (path) => readFileSync(path, 'utf8'));

  if (json) {
    process.stdout.write(`${JSON.stringify({ stories: checks }, null, 2)}\n`);
  } else {
    for (const check of checks) {
      for (const diagnostic of check.diagnostics) process.stdout.write(`${formatDiagnostic(diagnostic)}\n`);
      process.stdout.write(`${check.diagnostics.length === 0 ? 'ok ' : 'FAIL'} ${check.path}\n`);
    }
  }
  if (checks.length === 0) {
    process.stderr.write(`no story found under ${roots.join(', ') || 'stories'}\n`);
    return 1;
  }
  return checks.every((check) => check.diagnostics.length === 0) ? 0 : 1;
}

// Run only as a command, so the tests can import the functions above.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
