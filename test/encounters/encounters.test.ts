/**
 * Every shipped story compiles cleanly, exists in both languages, and every plan
 * under test/encounters replays line by line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { checkPlan, parsePlan, planChoices } from '../../src/authoring/encounter-plan.ts';
import { inkFilesUnder, mainStoryFiles } from '../../src/authoring/story-files.ts';
import { CONCEPTS, EncounterRunner, FakeClock, formatDiagnostic, ScriptedPresenter } from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

function storyFiles(): string[] {
  const files = inkFilesUnder(join(root, 'stories')).map((file) => relative(root, file));
  return mainStoryFiles(files, read);
}

const plans = readdirSync(join(root, 'test/encounters'))
  .filter((file) => file.endsWith('.plan'))
  .sort();

function compile(path: string) {
  return compileInk(path, read);
}

describe('the shipped stories', () => {
  const stories = storyFiles();

  it('include at least one encounter', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  it.each(stories)('%s compiles with no error, no warning and no unknown tag', (path) => {
    const result = compile(path);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.json).toBeDefined();
  });

  it.each(stories)('%s exists in French and in English', (path) => {
    const id = basename(path);
    const languages = stories.filter((other) => basename(other) === id).map((other) => other.split('/')[1]);
    expect(languages).toEqual(expect.arrayContaining(['fr', 'en']));
  });

  it.each(stories)('%s has a plan that keeps the link and a plan that breaks it', (path) => {
    const own = plans.map((file) => read(`test/encounters/${file}`)).filter((text) => text.includes(`story: ${path}`));
    const parsed = own.flatMap((text) => {
      const result = parsePlan(text);
      return result.ok ? [result.plan] : [];
    });
    expect(parsed.some((plan) => ['kept', 'handled', 'referred'].includes(plan.outcome ?? ''))).toBe(true);
    expect(parsed.some((plan) => plan.broken === true)).toBe(true);
  });
});

/** A header tag's value as written in the story's source (`# key: value`). */
function headerValue(path: string, key: string): string | undefined {
  const line = read(path)
    .split('\n')
    .find((text) => text.trim().startsWith(`# ${key}:`));
  return line?.slice(line.indexOf(':') + 1).trim();
}

describe('the library as a whole', () => {
  const stories = storyFiles();
  const frenchStories = stories.filter((path) => path.startsWith('stories/fr/'));

  it.each([...CONCEPTS])('trains « %s » in at least two encounters', (concept) => {
    const training = frenchStories.filter((path) =>
      (headerValue(path, 'concepts') ?? '')
        .split(',')
        .map((value) => value.trim())
        .includes(concept),
    );
    expect(training.length, `encounters declaring ${concept}: ${training.join(', ')}`).toBeGreaterThanOrEqual(2);
  });

  it.each(stories)('%s says it lasts 8 to 15 minutes', (path) => {
    const minutes = Number(headerValue(path, 'duration'));
    expect(minutes).toBeGreaterThanOrEqual(8);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it.each(stories)('%s declares the same concepts in French and in English', (path) => {
    const other = path.startsWith('stories/fr/') ? path.replace('/fr/', '/en/') : path.replace('/en/', '/fr/');
    expect(headerValue(path, 'concepts')).toBe(headerValue(other, 'concepts'));
  });

  it.each(plans.filter((file) => file.includes('.expert.')))(
    '%s makes at least three decisions on its way to the end',
    (file) => {
      const parsed = parsePlan(read(`test/encounters/${file}`));
      if (!parsed.ok) throw new Error(`test/encounters/${file} does not parse`);
      expect(planChoices(parsed.plan).length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the encounter plans', () => {
  it.each(plans)('%s replays line by line', async (file) => {
    const planPath = `test/encounters/${file}`;
    const parsed = parsePlan(read(planPath));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${planPath}:${p.line}: ${p.message}`).join('\n'));
    const { plan } = parsed;
    const compiled = compile(plan.story);
    if (compiled.json === undefined) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
    const presenter = new ScriptedPresenter(planChoices(plan));
    const runner = new EncounterRunner({
      story: { id: basename(plan.story, '.ink'), path: plan.story, json: compiled.json },
      presenters: [presenter],
      clock: new FakeClock(),
      seed: plan.seed,
    });
    const record = await runner.run();
    const problems = checkPlan(plan, presenter.transcript, record).map((p) => `${planPath}:${p.line}: ${p.message}`);
    expect(problems).toEqual([]);
  });
});
