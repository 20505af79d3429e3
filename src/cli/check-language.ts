/**
 * `npm run language:check`: people-first language in everything a trainee reads, the
 * stories (`stories/**\/*.ink`) and the interface's words (`src/ui/strings.ts`, the debrief's,
 * `src/cli/terminal-words.ts`). Prints `path:line: message` per word found and one
 * `ok`/`FAIL` line per file; exits 1 when anything is found.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkLanguage } from '../authoring/language-check.ts';
import { inkFilesUnder } from '../authoring/story-files.ts';
import { formatDiagnostic } from '../engine/index.ts';

/** The interface text a trainee reads, besides the stories. */
export const INTERFACE_TEXT = ['src/ui/strings.ts', 'src/ui/debrief/debrief-strings.ts', 'src/cli/terminal-words.ts'];

export function filesToCheck(): string[] {
  return [...inkFilesUnder('stories'), ...INTERFACE_TEXT];
}

function main(): number {
  let failed = 0;
  for (const path of filesToCheck()) {
    const found = checkLanguage(path, readFileSync(path, 'utf8'));
    for (const diagnostic of found) process.stdout.write(`${formatDiagnostic(diagnostic)}\n`);
    process.stdout.write(`${found.length === 0 ? 'ok  ' : 'FAIL'} ${path}\n`);
    if (found.length > 0) failed++;
  }
  return failed > 0 ? 1 : 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) process.exitCode = main();
