import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { checkPlaythroughs } from '../../src/authoring/playthrough-check.ts';
import { type CompiledStory, EncounterRunner, FakeClock, ScriptedPresenter } from '../../src/engine/index.ts';
import { compileWithInkOnly } from '../support/compile-story.ts';

/** A short encounter as Inky would export it; `fin` runs out of text after its last line. */
const DEAD_END = [
  '# title: Un banc',
  'Maryse est assise. # ambience: site_day',
  '+ [La saluer # act: greet]',
  '    -> fin',
  '+ [Attendre # act: hold]',
  '    -> attente',
  '=== attente ===',
  'Elle attend aussi. # sound: door',
  '+ [Attendre encore # act: hold]',
  '    -> fin',
  '+ [Partir # act: leave]',
  '    Tu pars. # end: ended',
  '    -> END',
  '=== fin ===',
  'Elle sourit. # end: kept',
].join('\n');

describe('checkPlaythroughs', () => {
  it('finds a dead end in a story compiled elsewhere, with the shortest choices that reach it', async () => {
    const story = compileWithInkOnly(DEAD_END, 'banc');
    const report = await checkPlaythroughs(story);

    expect(report.failures).toEqual([
      { message: expect.stringMatching(/^RUNTIME ERROR: .*ran out of content/), choices: [1], seed: 1 },
    ]);
    expect(report.exhaustive).toBe(true);
    // What it reports plays again from the start, as `npm run play -- --choose 1 --seed 1` would.
    const replayed = await new EncounterRunner({
      story,
      presenters: [new ScriptedPresenter([0])],
      clock: new FakeClock(),
      seed: 1,
    }).run();
    expect(replayed.failure).toMatch(/ran out of content/);
  });

  it('collects the sound and ambience ids a story asks for while it plays', async () => {
    const report = await checkPlaythroughs(compileWithInkOnly(DEAD_END, 'banc'));

    expect(report.ambiences).toEqual(['site_day']);
    expect(report.sounds).toEqual(['door']);
  });

  it('names a story that stops before any choice with no choice, and stops playing it', async () => {
    const story: CompiledStory = compileWithInkOnly(
      'EXTERNAL sonner()\nBonsoir.\n~ sonner()\nSuite.\n-> END\n',
      'appel',
    );
    const report = await checkPlaythroughs(story);

    expect(report.failures).toEqual([
      { message: expect.stringMatching(/sonner/), choices: [], seed: expect.any(Number) },
    ]);
  });

  it('plays a shipped encounter without a failure, quickly enough for an import', async () => {
    const path = 'stories/fr/premier-bonjour.ink';
    const compiled = compileInk(path, (file) => readFileSync(file, 'utf8'));
    const story = { id: 'premier-bonjour', path, json: compiled.json ?? '' };
    await checkPlaythroughs(story, { runs: 1, maxStates: 1 });

    const started = performance.now();
    const report = await checkPlaythroughs(story);
    const elapsed = performance.now() - started;

    expect(report.failures).toEqual([]);
    expect(report.sounds.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1000);
  });
});
