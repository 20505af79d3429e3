import { describe, expect, it } from 'vitest';
import { EncounterRunner, FakeClock, runtimeErrorPlace, ScriptedPresenter } from '../../../src/engine/index.ts';
import { compileStory } from '../../support/compile-story.ts';

describe('where ink says a run-time error happened', () => {
  it('reads the file (without its folders) and the line when ink names them', () => {
    expect(
      runtimeErrorPlace(
        "RUNTIME ERROR: 'stories/fr/nuit-2.ink' line 14: ran out of content. Do you need a '-> DONE' or '-> END'?",
      ),
    ).toEqual({ kind: 'line', file: 'nuit-2.ink', line: 14 });
  });

  it('reads the knot, and the stitch, from ink’s pointer when it names no line', () => {
    expect(runtimeErrorPlace('RUNTIME ERROR: (Ink Pointer -> second.0.c-0 -- index 5): RANDOM was called')).toEqual({
      kind: 'knot',
      knot: 'second',
    });
    expect(runtimeErrorPlace('RUNTIME ERROR: (Ink Pointer -> nuit.départ.0.g-1 -- index 2): x')).toEqual({
      kind: 'knot',
      knot: 'nuit.départ',
    });
  });

  it('names nothing when ink names neither, or only its own parts of the story', () => {
    expect(runtimeErrorPlace("Missing function binding for external 'sonner'")).toBeUndefined();
    expect(runtimeErrorPlace('RUNTIME ERROR: (Ink Pointer -> 0.c-0 -- index 1): x')).toBeUndefined();
  });

  it('finds the knot in an error a real story raises as it plays', async () => {
    const story = compileStory(
      `# title: T
# lang: fr
-> début
=== début ===
+ [Attendre #act: hold]
  Tu attends {RANDOM(5, 1)} minutes.
  -> END
`,
      'attente',
    );
    const runner = new EncounterRunner({
      story,
      presenters: [new ScriptedPresenter([0])],
      clock: new FakeClock(0, 100),
      seed: 1,
    });
    const record = await runner.run();
    expect(record.failure).toContain('RANDOM');
    expect(runtimeErrorPlace(record.failure ?? '')).toEqual({ kind: 'knot', knot: 'début' });
  });
});
