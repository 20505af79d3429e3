/**
 * `npm run stories:check -- [folder or file...] [--runs N] [--strict] [--json]`
 * (default folder `stories`): checks every story a trainee can be given with the story
 * checker (src/authoring/story-checker.ts), which compiles, lints and plays it. Prints
 * per story an `ok  path` or `FAIL path` line (the test command counts them), then its
 * problems as `path:line: message` and what the playthroughs found; with `--json`, one
 * document `{ "stories": [...] }`. Exit codes: 1 when a story has an error (with
 * `--strict`, a warning too) or none was found, 2 for bad arguments, else 0.
 */
import { readFileSync } from 'node:fs';
import { dirname, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECK_DEFAULTS, checkStory } from '../authoring/story-checker.ts';
import { inkFilesUnder, mainStoryFiles, toPosix } from '../authoring/story-files.ts';
import { hasError, type StoryReport } from '../authoring/story-report.ts';
import { formatDiagnostic, includedFiles, nearestCandidate } from '../engine/index.ts';

export const CHECK_USAGE = `Usage: npm run stories:check -- [folder or file...] [options]

Checks every story under the folders and files given (default: stories): compiles it
and checks its tags, then plays it (random playthroughs and a search of every path up
to a depth) to find dead ends, knots never reached and errors while playing, to tell
whether the link can break and can be kept, and to find the path that keeps the most
trust.

Options:
  --runs N    random playthroughs per story (default ${CHECK_DEFAULTS.runs})
  --strict    warnings fail too: a story given to trainees must have none
  --json      print one JSON document { "stories": [...] } instead of the report
  --help      show this text

Exit codes: 0 no story has an error (with --strict, nor a warning), 1 a story has
one or no story was found, 2 bad arguments.
`;

export interface CheckArguments {
  readonly paths: readonly string[];
  readonly runs: number;
  readonly strict: boolean;
  readonly json: boolean;
}

export type ParsedCheckArguments =
  | { readonly kind: 'check'; readonly options: CheckArguments }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const FLAGS = ['--runs', '--strict', '--json', '--help'] as const;

/** Reads the command line (without `node` and the script). Never throws: a mistake is `kind: 'error'`. */
export function parseCheckArguments(argv: readonly string[]): ParsedCheckArguments {
  const paths: string[] = [];
  let runs: number = CHECK_DEFAULTS.runs;
  let strict = false;
  let json = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (!argument.startsWith('--')) {
      paths.push(argument);
      continue;
    }
    const equals = argument.indexOf('=');
    const flag = equals < 0 ? argument : argument.slice(0, equals);
    const inline = equals < 0 ? undefined : argument.slice(equals + 1);
    switch (flag) {
      case '--help':
        return { kind: 'help' };
      case '--strict':
      case '--json':
        if (inline !== undefined) return { kind: 'error', message: `${flag} takes no value` };
        if (flag === '--strict') strict = true;
        else json = true;
        break;
      case '--runs': {
        const text = inline ?? argv[++index];
        if (text === undefined || !/^\d+$/.test(text.trim())) {
          return { kind: 'error', message: `--runs needs a whole number of playthroughs, such as --runs 500` };
        }
        runs = Number(text);
        break;
      }
      default: {
        const nearest = nearestCandidate(flag, FLAGS);
        return {
          kind: 'error',
          message: `unknown option '${flag}'${nearest === undefined ? '' : `, did you mean '${nearest}'?`}`,
        };
      }
    }
  }
  return { kind: 'check', options: { paths, runs, strict, json } };
}

/** Whether a report fails the check: an error always, a warning (or a knot nothing leads to) under `--strict`. */
export function failsCheck(report: StoryReport, strict: boolean): boolean {
  if (hasError(report)) return true;
  return strict && (report.diagnostics.length > 0 || report.unreachable.length > 0);
}

/**
 * Checks each main file among `files`, one after the other, and hands each report to
 * `onReport` as it comes (a library takes minutes). A file is an INCLUDE, not a story,
 * when another file includes it; ink resolves an INCLUDE against the main file's
 * folder, so a nested include is only found from its story, and a candidate another
 * story reads is dropped.
 */
export async function checkStories(
  files: readonly string[],
  readFile: (path: string) => string,
  options: { readonly runs?: number; readonly onReport?: (report: StoryReport, seconds: number) => void } = {},
): Promise<StoryReport[]> {
  const candidates = mainStoryFiles(files, readFile);
  const readByAnother = new Set(candidates.flatMap((path) => filesIncludedBy(path, readFile)));
  const reports: StoryReport[] = [];
  for (const mainPath of candidates.filter((path) => !readByAnother.has(path))) {
    const started = performance.now();
    const report = await checkStory({
      mainPath,
      readFile,
      ...(options.runs === undefined ? {} : { runs: options.runs }),
    });
    options.onReport?.(report, (performance.now() - started) / 1000);
    reports.push(report);
  }
  return reports;
}

/** Every file a story INCLUDEs, at any depth, each resolved against the story's folder as ink does. */
function filesIncludedBy(mainPath: string, readFile: (path: string) => string): string[] {
  const folder = dirname(mainPath);
  const found: string[] = [];
  const pending = [mainPath];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    let source: string;
    try {
      source = readFile(path);
    } catch {
      continue;
    }
    for (const name of includedFiles(source)) {
      const included = posix.normalize(posix.join(folder, name));
      if (included === mainPath || found.includes(included)) continue;
      found.push(included);
      pending.push(included);
    }
  }
  return found;
}

/** The readable report of one story: the `ok`/`FAIL` line the test command counts, then the findings. */
export function formatReport(report: StoryReport, strict: boolean, seconds?: number): string {
  const lines: string[] = [];
  const time = seconds === undefined ? '' : `  (${seconds.toFixed(1)} s)`;
  lines.push(`${failsCheck(report, strict) ? 'FAIL' : 'ok '} ${report.path}${time}`);
  // Problems with a place start with it, so a terminal or an editor can jump there;
  // everything else is indented, and no line but the first starts with `ok` or `FAIL`.
  for (const diagnostic of report.diagnostics) lines.push(formatDiagnostic(diagnostic));
  for (const deadEnd of report.deadEnds) {
    const where = deadEnd.where === '' ? '' : ` in '${deadEnd.where}'`;
    lines.push(
      `${placeOf(deadEnd.path, deadEnd.line)}: dead end${where}: the story stops with no choice and no -> END, ${afterChoices(deadEnd.choices)}`,
    );
  }
  for (const knot of report.unreachable) {
    const kind = knot.name.includes('.') ? 'stitch' : 'knot';
    lines.push(
      `${placeOf(knot.path, knot.line)}: warning: ${kind} '${knot.name}' is never reached: no divert, choice or thread leads to it`,
    );
  }
  const coverage = report.coverage;
  if (coverage !== undefined) {
    const search = coverage.exhaustive ? 'every path' : 'part of the paths';
    lines.push(
      `  played ${coverage.playthroughs} times at random (${coverage.playthroughsBroken} broke the link), and searched ${search} up to ${coverage.depthBound} choices`,
    );
    lines.push(
      `  knots reached ${ratio(coverage.knotsReached, coverage.knotsTotal)}, choices taken ${ratio(coverage.choicesTaken, coverage.choicesOffered)}`,
    );
    if (coverage.knotsMissed.length > 0) lines.push(`  never reached in play: ${coverage.knotsMissed.join(', ')}`);
    lines.push(`  ${linkVerdict(report)}`);
  }
  const best = report.bestPath;
  if (best !== undefined) {
    const end = best.status === null ? 'reaches no end' : `ends '${best.status}'`;
    lines.push(
      `  the path that keeps the most trust ${end}, trust ${best.trust}: ${best.choices.join(',') || 'no choice'}`,
    );
    best.texts.forEach((text, index) => {
      lines.push(`    ${best.choices[index] ?? '?'}. ${text}`);
    });
  }
  for (const problem of report.runtimeErrors) {
    const at = problem.at === undefined ? '' : ` at ${problem.at.path}:${problem.at.line}`;
    lines.push(`  error while playing${at}, ${afterChoices(problem.choices)}: ${problem.message}`);
    const choose = problem.choices.length === 0 ? '' : ` --choose ${problem.choices.join(',')}`;
    lines.push(`    npm run play -- ${report.path} --seed ${problem.seed}${choose}`);
  }
  return `${lines.join('\n')}\n`;
}

function placeOf(path: string, line: number): string {
  return line > 0 ? `${path}:${line}` : path;
}

function afterChoices(choices: readonly number[]): string {
  return choices.length === 0 ? 'before any choice' : `after choices ${choices.join(',')}`;
}

function ratio(part: number, total: number): string {
  const percent = total === 0 ? 100 : Math.floor((part / total) * 100);
  return `${part}/${total} (${percent}%)`;
}

function linkVerdict(report: StoryReport): string {
  if (report.canBreak && report.canKeep) return 'the link can break, and can be kept';
  if (report.canBreak)
    return 'the link can break, but no path found keeps it (no ending with end: kept, handled or referred)';
  if (report.canKeep)
    return 'the link can be kept, but no path found breaks it: nothing here teaches what a rush costs';
  return 'no path found breaks the link or keeps it';
}

/** What `runCheckStories` writes to; the command passes the process's, tests their own. */
export interface CheckIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Runs the command; resolves with its exit code. */
export async function runCheckStories(argv: readonly string[], io: CheckIo): Promise<number> {
  const parsed = parseCheckArguments(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(CHECK_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`stories:check: ${parsed.message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  const { paths, runs, strict, json } = parsed.options;
  const roots = paths.length > 0 ? paths : ['stories'];
  const cwd = process.cwd();
  let files: string[];
  try {
    files = roots.flatMap((root) => inkFilesUnder(toPosix(relative(cwd, root) || '.')));
  } catch (error) {
    io.stderr.write(`stories:check: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const reports = await checkStories(files, (path) => readFileSync(path, 'utf8'), {
    runs,
    onReport: (report, seconds) => {
      if (!json) io.stdout.write(formatReport(report, strict, seconds));
    },
  });
  if (json) io.stdout.write(`${JSON.stringify({ stories: reports }, null, 2)}\n`);
  if (reports.length === 0) {
    io.stderr.write(`no story found under ${roots.join(', ')}\n`);
    return 1;
  }
  return reports.some((report) => failsCheck(report, strict)) ? 1 : 0;
}

// Run only as a command, so the tests can import the functions above.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCheckStories(process.argv.slice(2), process).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      process.stderr.write(
        `stories:check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
