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
    clock: new FakeClock(0, 50),
    seed: 7,
  });
  director.listen(runner.playerEvents);
  await runner.run();
  backend.advance(10_000);
  return { backend, director };
}

describe('premier-bonjour with sound', () => {
  it('opens on the night street and, days later, plays the rain, with every cue sound known', async () => {
    // Hold against the wall, say good night early: the second visit comes in the rain.
    const { backend, director } = await play('stories/fr/premier-bonjour.ink', [2, 2]);
    expect(backend.sounds.filter((sound) => sound.source.loop !== undefined).map((sound) => sound.id)).toEqual([
      'street_night',
      'rain',
    ]);
    expect(backend.playbacksOf('bus_engine')).toHaveLength(1);
    expect(backend.playbacksOf('ui_select').length).toBeGreaterThan(2);
    expect(backend.audible()).toEqual(['rain']);
    expect(director.takeProblems()).toEqual([]);
  });

  it('barks and steps when the worker walks straight up to her', async () => {
    const { backend, director } = await play('stories/fr/premier-bonjour.ink', [1]);
    expect(backend.playbacksOf('footsteps').length).toBeGreaterThan(0);
    expect(backend.playbacksOf('dog_bark').length).toBeGreaterThan(0);
    expect(director.takeProblems()).toEqual([]);
  });
});
