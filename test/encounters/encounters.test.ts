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
import { EncounterRunner, FakeClock, formatDiagnostic, ScriptedPresenter } from '../../src/engine/index.ts';

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
    expect(parsed.some((plan) => plan.outcome === 'kept' || plan.outcome === 'handled')).toBe(true);
    expect(parsed.some((plan) => plan.broken === true)).toBe(true);
  });
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
