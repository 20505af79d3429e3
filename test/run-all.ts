/**
 * Every check the project has, in order, with one count at the end: `npm test` (tsx).
 * Each runner streams its output as it goes; the summary counts type-check and lint as
 * one check each, tests from the runners' JSON reports, and one check per story. The
 * last line is always `N passed, N failed`, even when a runner crashes, because CI reads it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Count {
  readonly passed: number;
  readonly failed: number;
  /** Why the runner counts as failed beyond its tests (crash, no report, exit code). */
  readonly note?: string;
}

interface Runner {
  readonly name: string;
  readonly command: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Turns what the runner left behind into a count; `exitCode` is null when it could not start. */
  readonly count: (exitCode: number | null, output: string) => Count;
}

// Every command below is relative to the project root, wherever `npm test` was typed.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const bin = (name: string): string => join('node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'bonne-distance-tests-'));
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');

const runners: readonly Runner[] = [
  { name: 'tsc -b', command: [bin('tsc'), '-b'], count: countByExitCode },
  { name: 'biome ci', command: [bin('biome'), 'ci', '.'], count: countByExitCode },
  {
    name: 'vitest',
    command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    count: (exitCode) => {
      const report = readJson(vitestReport) as { numPassedTests?: number; numFailedTests?: number } | undefined;
      return withExitCode(
        exitCode,
        report && { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 },
      );
    },
  },
  // Strict: a story given to trainees must have no warning either.
  { name: 'stories', command: [bin('tsx'), 'src/cli/check-stories.ts', '--strict'], count: countOkLines },
  { name: 'language', command: [bin('tsx'), 'src/cli/check-language.ts'], count: countOkLines },
  {
    name: 'playwright',
    command: [bin('playwright'), 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
    count: (exitCode) => {
      const report = readJson(playwrightReport) as
        | { stats?: { expected?: number; unexpected?: number; flaky?: number } }
        | undefined;
      const stats = report?.stats;
      return withExitCode(
        exitCode,
        stats && { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 },
      );
    },
  },
];

/** One check per `ok  path` or `FAIL path` line (the story and language checks print them). */
function countOkLines(exitCode: number | null, output: string): Count {
  const lines = output.split(/\r?\n/);
  const counted = {
    passed: lines.filter((line) => line.startsWith('ok ')).length,
    failed: lines.filter((line) => line.startsWith('FAIL ')).length,
  };
  return withExitCode(exitCode, counted);
}

function countByExitCode(exitCode: number | null): Count {
  return exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1, note: exitNote(exitCode) };
}

/**
 * A runner that exits non-zero with no failed test (a suite that did not load, a web
 * server that did not start) still counts one failure, so it cannot pass unseen.
 */
function withExitCode(exitCode: number | null, counted: Count | undefined): Count {
  if (counted === undefined) return { passed: 0, failed: 1, note: `no report; ${exitNote(exitCode)}` };
  if (exitCode !== 0 && counted.failed === 0) return { ...counted, failed: 1, note: exitNote(exitCode) };
  return counted;
}

function exitNote(exitCode: number | null): string {
  return exitCode === null ? 'could not start' : `exit code ${exitCode}`;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Runs a command with its output streamed to ours, and keeps its stdout for counting. */
function run(runner: Runner): Promise<{ exitCode: number | null; output: string }> {
  return new Promise((resolve) => {
    const [command, ...args] = runner.command;
    if (command === undefined) {
      resolve({ exitCode: null, output: '' });
      return;
    }
    let output = '';
    // Piped stdout makes runners think they write to a file; keep their colours for a person watching.
    const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const env = { ...process.env, ...colour, ...runner.env };
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', (error) => {
      process.stderr.write(`${runner.name}: ${error.message}\n`);
      resolve({ exitCode: null, output });
    });
    child.on('close', (exitCode, signal) => {
      if (signal !== null) process.stderr.write(`${runner.name}: killed by ${signal}\n`);
      resolve({ exitCode: exitCode ?? 1, output });
    });
  });
}

async function main(): Promise<number> {
  const results: { name: string; count: Count }[] = [];
  try {
    for (const runner of runners) {
      process.stdout.write(`\n=== ${runner.name}: ${runner.command.join(' ')}\n`);
      let count: Count;
      try {
        const { exitCode, output } = await run(runner);
        count = runner.count(exitCode, output);
      } catch (error) {
        count = { passed: 0, failed: 1, note: `crashed: ${error instanceof Error ? error.message : String(error)}` };
      }
      results.push({ name: runner.name, count });
    }
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }

  const passed = results.reduce((sum, { count }) => sum + count.passed, 0);
  const failed = results.reduce((sum, { count }) => sum + count.failed, 0);
  process.stdout.write('\nSummary\n');
  process.stdout.write(`  ${'runner'.padEnd(12)} ${'passed'.padStart(6)} ${'failed'.padStart(6)}\n`);
  for (const { name, count } of results) {
    const note = count.note === undefined ? '' : `  (${count.note})`;
    process.stdout.write(
      `  ${name.padEnd(12)} ${String(count.passed).padStart(6)} ${String(count.failed).padStart(6)}${note}\n`,
    );
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    // Only a bug in this script gets here; CI still needs its closing line.
    process.stderr.write(`run-all: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exitCode = 1;
  },
);
