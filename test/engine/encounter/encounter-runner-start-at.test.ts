import { describe, expect, it } from 'vitest';
import { EncounterRunner, FakeClock, ScriptedPresenter } from '../../../src/engine/index.ts';
import { compileStory } from '../../support/compile-story.ts';

const STORY = `# title: Le banc
# lang: fr
# setting: street
# character: Sam
# wariness: 3
# summary: Un premier bonjour.
# duration: 3
# concepts: lien, rythme
# ambience: street_night
VAR link = "fragile"
Sam est assis sur le banc. # moment: guarded
-> start
== start ==
+ [Dire bonjour de loin #act: greet] Bonjour. # speaker: worker
  -> closing
== closing ==
Sam lève la main. # ambience: street_night
+ [Partir #act: leave]
  À la prochaine. # end: kept
  -> END
= late
Il est tard, Sam range son sac. # end: ended
-> END
== link_broken ==
Sam s'en va. # end: broken
-> END
`;

function play(startAt: string | undefined, choices: number[]) {
  const presenter = new ScriptedPresenter(choices);
  const runner = new EncounterRunner({
    story: compileStory(STORY, 'banc'),
    presenters: [presenter],
    clock: new FakeClock(Date.UTC(2026, 0, 1), 100),
    seed: 1,
    ...(startAt === undefined ? {} : { startAt }),
  });
  return { runner, presenter };
}

describe('starting an encounter at a knot (the studio’s preview)', () => {
  it('plays the scene from the knot the author picked, without the lines before it', async () => {
    const { runner, presenter } = play('closing', [0]);

    const record = await runner.run();

    expect(presenter.lines.map((line) => line.text)).toEqual(['Sam lève la main.', 'À la prochaine.']);
    expect(record.outcome?.status).toBe('kept');
    expect(record.failure).toBeNull();
  });

  it('keeps the header: the person’s wariness and the opening ambience still apply', async () => {
    const { runner, presenter } = play('closing', [0]);
    const ambiences: string[] = [];
    runner.playerEvents.on('ambienceChanged', (event) => ambiences.push(event.ambience));

    await runner.run();

    expect(runner.header.character).toBe('Sam');
    // Once from the header, once from the knot's own line: a tag the knot shares with the header is not dropped.
    expect(ambiences).toEqual(['street_night', 'street_night']);
    expect(presenter.lines[0]?.directions).toContainEqual({ type: 'ambience', ambience: 'street_night' });
  });

  it('starts at a stitch written as knot.stitch', async () => {
    const { runner, presenter } = play('closing.late', []);

    const record = await runner.run();

    expect(presenter.lines.map((line) => line.text)).toEqual(['Il est tard, Sam range son sac.']);
    expect(record.outcome?.status).toBe('ended');
  });

  it('ends as a failure naming the knot when it does not exist, without throwing', async () => {
    const { runner } = play('nowhere', []);

    const record = await runner.run();

    expect(record.failure).toContain('nowhere');
  });

  it('plays from the top when no knot is given', async () => {
    const { runner, presenter } = play(undefined, [0, 0]);

    await runner.run();

    expect(presenter.lines[0]?.text).toBe('Sam est assis sur le banc.');
  });
});
