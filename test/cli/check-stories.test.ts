import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryReport } from '../../src/authoring/story-report.ts';
import { checkStories, parseCheckArguments, runCheckStories } from '../../src/cli/check-stories.ts';

const HEADER = [
  '# title: Un bonsoir',
  '# lang: fr',
  '# setting: street',
  '# character: Josée',
  '# wariness: 3',
  '# summary: Dire bonsoir.',
  '# duration: 2',
  '# concepts: lien',
].join('\n');

const LINK_BROKEN = ['=== link_broken ===', 'Elle part. # end: broken', '-> END'].join('\n');

/** Clean: every tag in place, a way to keep the link and a way to break it. */
const CLEAN = [
  HEADER,
  'Elle te regarde.',
  '+ [Dire bonsoir # act: greet]',
  '    Elle sourit. # end: kept',
  '    -> END',
  '+ [Lui demander où elle dort # act: ask]',
  '    Elle se lève. # cue: turns_away',
  '    -> encore',
  '=== encore ===',
  '+ [Insister # act: insist]',
  '    -> encore',
  LINK_BROKEN,
].join('\n');

/** Warnings only: a choice without an act, an unknown sound. */
const WARNED = [HEADER, 'Bonsoir. # sound: dog_bak', '+ [Dire bonsoir]', '    -> END', LINK_BROKEN].join('\n');

/** An error while playing: the second choice runs out of content. */
const BROKEN = [
  HEADER,
  '-> accueil',
  '=== accueil ===',
  'Bonsoir.',
  '+ [Partir # act: leave]',
  '    -> END',
  '+ [Rester # act: hold]',
  '    Tu restes.',
  // A way on that is not taken: the compiler sees none missing, and the story runs out here.
  '    {accueil > 1: -> END}',
  LINK_BROKEN,
].join('\n');

/** A loose end the compiler sees: an error of the contract, so nothing is played. */
const LOOSE_END = BROKEN.replace('    {accueil > 1: -> END}\n', '');

function filesOf(files: Record<string, string>): (path: string) => string {
  return (path) => {
    const source = files[path];
    if (source === undefined) throw new Error(`ENOENT: ${path}`);
    return source;
  };
}

const folder = mkdtempSync(join(tmpdir(), 'stories-check-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `files` (name → source) into a fresh folder and returns its path. */
function storiesFolder(name: string, files: Record<string, string>): string {
  const root = join(folder, name);
  mkdirSync(join(root, 'fr'), { recursive: true });
  for (const [file, source] of Object.entries(files)) writeFileSync(join(root, 'fr', file), source);
  return root;
}

async function run(argv: readonly string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runCheckStories(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { exitCode, stdout, stderr };
}

describe('checkStories', () => {
  it('checks each story once, with its INCLUDEs, and never an INCLUDEd scene as a story of its own', async () => {
    const files = {
      'stories/fr/visite.ink': [HEADER, 'INCLUDE visite/coin.ink', 'Bonsoir.', '-> coin'].join('\n'),
      // Written relative to the main file's folder, as ink resolves every INCLUDE.
      'stories/fr/visite/coin.ink': ['INCLUDE visite/fin.ink', '=== coin ===', 'Au coin. # end: kept', '-> END'].join(
        '\n',
      ),
      'stories/fr/visite/fin.ink': ['=== link_broken ===', 'Elle part. # end: broken', '-> END'].join('\n'),
    };

    const reports = await checkStories(Object.keys(files), filesOf(files), { runs: 2 });

    expect(reports.map((report) => [report.path, report.diagnostics])).toEqual([['stories/fr/visite.ink', []]]);
  });
});

describe('parseCheckArguments', () => {
  it('reads paths and flags, and defaults to 2,000 playthroughs', () => {
    expect(parseCheckArguments(['stories/fr', '--json', '--runs', '50', '--strict'])).toEqual({
      kind: 'check',
      options: { paths: ['stories/fr'], runs: 50, strict: true, json: true },
    });
    expect(parseCheckArguments([])).toEqual({
      kind: 'check',
      options: { paths: [], runs: 2000, strict: false, json: false },
    });
  });

  it('refuses a bad number of runs and suggests the option meant', () => {
    expect(parseCheckArguments(['--runs', 'many'])).toMatchObject({ kind: 'error' });
    expect(parseCheckArguments(['--strikt'])).toEqual({
      kind: 'error',
      message: "unknown option '--strikt', did you mean '--strict'?",
    });
  });
});

describe('npm run stories:check', () => {
  it('prints one JSON document with a report per story, played as many times as --runs says', async () => {
    const root = storiesFolder('json', { 'bonsoir.ink': CLEAN });

    const { exitCode, stdout } = await run([root, '--json', '--runs', '7']);
    const document = JSON.parse(stdout) as { stories: StoryReport[] };

    expect(exitCode).toBe(0);
    expect(document.stories).toHaveLength(1);
    const [report] = document.stories;
    expect(Object.keys(report ?? {}).sort()).toEqual([
      'bestPath',
      'canBreak',
      'canKeep',
      'coverage',
      'deadEnds',
      'diagnostics',
      'path',
      'runtimeErrors',
      'unended',
      'unreachable',
    ]);
    expect(report?.path.endsWith('fr/bonsoir.ink')).toBe(true);
    expect(report?.coverage?.playthroughs).toBe(7);
    expect(report?.canBreak && report.canKeep).toBe(true);
  });

  it('fails on an error, and prints how to replay it', async () => {
    const root = storiesFolder('error', { 'rester.ink': BROKEN });

    const { exitCode, stdout } = await run([root, '--runs', '5']);

    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/^FAIL .*fr\/rester\.ink/);
    expect(stdout).toMatch(/fr\/rester\.ink:\d+: dead end in 'accueil': .*after choices 2/);
    expect(stdout).toMatch(/npm run play -- .*fr\/rester\.ink --seed \d+ --choose 2\n/);
  });

  it('points an error ink gives no line for at the knot it happened in', async () => {
    const random = BROKEN.replace('    Tu restes.\n', '    Tu restes {RANDOM(5, 1)} minutes.\n');
    const root = storiesFolder('random', { 'rester.ink': random });

    const { exitCode, stdout } = await run([root, '--runs', '5']);

    expect(exitCode).toBe(1);
    const knotLine = random.split('\n').indexOf('=== accueil ===') + 1;
    expect(stdout).toMatch(
      new RegExp(`error while playing at .*fr/rester\\.ink:${knotLine}, after choices 2: .*RANDOM`),
    );
  });

  it('fails a story with a loose end without --strict: it is an error', async () => {
    const root = storiesFolder('loose-end', { 'rester.ink': LOOSE_END });

    const { exitCode, stdout } = await run([root, '--runs', '3']);

    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/^FAIL .*fr\/rester\.ink/);
    expect(stdout).toMatch(/fr\/rester\.ink:15: Apparent loose end/);
    expect(stdout).not.toMatch(/warning: Apparent loose end/);
  });

  it('passes a story with warnings only, and fails it with --strict', async () => {
    const root = storiesFolder('warnings', { 'bonsoir.ink': WARNED });

    const lenient = await run([root, '--runs', '3']);
    const strict = await run([root, '--runs', '3', '--strict']);

    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toMatch(/^ok {2}.*fr\/bonsoir\.ink/);
    expect(lenient.stdout).toContain("warning: unknown sound 'dog_bak', did you mean 'dog_bark'?");
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/^FAIL .*fr\/bonsoir\.ink/);
  });

  it('prints one ok or FAIL line per story and no other line starting so, as the test command counts them', async () => {
    const root = storiesFolder('count', { 'a.ink': CLEAN, 'b.ink': WARNED, 'c.ink': BROKEN });

    const { stdout } = await run([root, '--runs', '3', '--strict']);
    const lines = stdout.split('\n');

    expect(lines.filter((line) => line.startsWith('ok ')).length).toBe(1);
    expect(lines.filter((line) => line.startsWith('FAIL ')).length).toBe(2);
  });

  it('fails when no story is found', async () => {
    const root = storiesFolder('empty', {});

    const { exitCode, stderr } = await run([root]);

    expect(exitCode).toBe(1);
    expect(stderr).toContain('no story found');
  });

  it('exits 1 from the command line on an error, 2 on a bad argument', () => {
    const root = storiesFolder('command', { 'rester.ink': BROKEN });
    const command = (args: string[]) =>
      spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/check-stories.ts', ...args], { encoding: 'utf8' });

    const failed = command([root, '--runs', '2', '--json']);
    const wrong = command(['--runs']);

    expect(failed.status).toBe(1);
    expect((JSON.parse(failed.stdout) as { stories: StoryReport[] }).stories[0]?.runtimeErrors).toHaveLength(1);
    expect(wrong.status).toBe(2);
  }, 30_000);
});
