/**
 * The sample story played by the real runner with the director listening: what a
 * trainee would hear, in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AudioDirector } from '../../src/audio/audio-director.ts';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { EncounterRunner, FakeClock, ScriptedPresenter } from '../../src/engine/index.ts';
import { FakeAudioBackend } from './fake-audio-backend.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function play(path: string, choices: readonly number[]) {
  const result = compileInk(path, (file) => readFileSync(join(root, file), 'utf8'));
  if (result.json === undefined) throw new Error(`${path} does not compile`);
  const backend = new FakeAudioBackend();
  const director = new AudioDirector({ volume: 0.8, muted: false }, backend);
  const runner = new EncounterRunner({
    story: { id: 'premier-bonjour', path, json: result.json },
    presenters: [new ScriptedPresenter(choices, () => 0)],
    // Each reading of the clock moves it 50 ms on: the events of one line stay close together.
    // The sound's own clock only moves at the end, so quick changes of ambience collapse into the last one.
    clock: new FakeClock(0, 50),
    seed: 7,
  });
  director.listen(runner.playerEvents);
  await runner.run();
  backend.advance(10_000);
  return { backend, director };
}

describe('premier-bonjour with sound', () => {
  it('ends the third night back on the night street after Lise’s diner, its door heard', async () => {
    const { backend, director } = await play(
      'stories/fr/premier-bonjour.ink',
      [1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1].map((choice) => choice - 1),
    );
    expect(backend.playbacksOf('door').length).toBeGreaterThan(0);
    expect(backend.audible()).toEqual(['street_night']);
    expect(director.takeProblems()).toEqual([]);
  });

  it('barks and steps when the worker walks straight up to her', async () => {
    const { backend, director } = await play('stories/fr/premier-bonjour.ink', [1]);
    expect(backend.playbacksOf('footsteps').length).toBeGreaterThan(0);
    expect(backend.playbacksOf('dog_bark').length).toBeGreaterThan(0);
    expect(director.takeProblems()).toEqual([]);
  });
});
