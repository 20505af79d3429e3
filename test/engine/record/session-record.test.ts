import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EncounterRunner,
  FakeClock,
  readSessionRecord,
  replayRecord,
  ScriptedPresenter,
  type SessionRecord,
} from '../../../src/engine/index.ts';
import { compileStory } from '../../support/compile-story.ts';

// Shuffles and RANDOM draw on ink's seed: only a recorded seed makes a replay exact.
const SHUFFLED = `# title: Au hasard
# lang: fr
# setting: bus
# character: Lou
# wariness: 2
# summary: Des répliques tirées au sort.
# duration: 3
# concepts: lien
VAR link = "fragile"
-> talk
== talk ==
{~Lou range ses gants.|Lou regarde la rue.|Lou fredonne.|Lou compte sa monnaie.}
Il fait {RANDOM(-20, -5)} degrés. # cue: {~smiles|silence|eye_contact}
+ [Saluer #act: greet] Salut. -> talk
+ [Parler de la météo #act: small_talk] -> talk
+ [Offrir du matériel #act: material] -> talk
+ [Proposer une infirmière #act: perche #topic: nurse] -> talk
+ [Partir #act: leave] À demain. # end: kept
  -> END
== link_broken ==
Lou retourne dans le bus. # end: broken
-> END
`;

async function play(seed: number, script: number[]): Promise<SessionRecord> {
  const runner = new EncounterRunner({
    story: compileStory(SHUFFLED, 'au-hasard'),
    // Pick "leave" once the script runs out so every session ends.
    presenters: [new ScriptedPresenter(script, () => 4)],
    clock: new FakeClock(Date.UTC(2026, 0, 1), 100),
    seed,
  });
  return runner.run();
}

describe('session records', () => {
  it('gives the same record for the same story, seed and choices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }),
        async (seed, script) => {
          const first = await play(seed, script);
          const second = await play(seed, script);
          expect(second).toEqual(first);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('draws different lines for a different seed', async () => {
    const lines = async (seed: number) =>
      (await play(seed, [0, 0, 0, 0, 0])).events.flatMap((event) => (event.type === 'lineShown' ? [event.text] : []));
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6]) seen.add(JSON.stringify(await lines(seed)));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('replays a record exactly on its story', async () => {
    const record = await play(42, [1, 2, 3, 0]);
    const replay = await replayRecord(record, compileStory(SHUFFLED, 'au-hasard'), new FakeClock(0, 1));
    expect(replay).toMatchObject({ ok: true, matches: true, firstDifference: undefined });
    if (replay.ok) expect(replay.record.outcome).toEqual(record.outcome);
  });

  it('refuses to replay a record on a story that changed', async () => {
    const record = await play(42, [0]);
    const changed = compileStory(SHUFFLED.replace('Lou fredonne.', 'Lou chantonne.'), 'au-hasard');
    expect(await replayRecord(record, changed, new FakeClock())).toEqual({
      ok: false,
      reason: "the story 'au-hasard' has changed since this session was played",
    });
  });

  it('survives a trip through JSON and reads back', async () => {
    const record = await play(3, [0, 1, 2]);
    const read = readSessionRecord(JSON.parse(JSON.stringify(record)));
    expect(read).toEqual({ ok: true, record });
  });

  it('has one rushed event per rush and the outcome the rules say', async () => {
    const record = await play(9, [3, 3, 3]);
    const rushes = record.events.filter((event) => event.type === 'rushed');
    expect(rushes.length).toBeGreaterThanOrEqual(1);
    expect(record.outcome?.status).toBe(record.events.some((event) => event.type === 'linkBroken') ? 'broken' : 'kept');
  });

  it('explains what is wrong with a file that is not a record', () => {
    expect(readSessionRecord('hello')).toEqual({ ok: false, reason: 'not a session record (expected a JSON object)' });
    expect(readSessionRecord({ schemaVersion: 2 })).toMatchObject({ reason: expect.stringMatching(/newer version/) });
    expect(readSessionRecord({ schemaVersion: 0 })).toMatchObject({ reason: expect.stringMatching(/too old/) });
    const valid = {
      schemaVersion: 1,
      story: { id: 'a', title: 'A', lang: 'fr', contentHash: 'x', path: 'a.ink' },
      seed: 1,
      startedAt: 0,
      events: [{ type: 'lineShown', at: 0 }],
      choices: [0],
      outcome: { status: 'kept', trust: 40, safety: null },
      failure: null,
    };
    expect(readSessionRecord(valid)).toMatchObject({ ok: true });
    expect(readSessionRecord({ ...valid, outcome: { status: 'won', trust: 40, safety: null } })).toMatchObject({
      ok: false,
      reason: 'the record has an invalid outcome',
    });
    expect(readSessionRecord({ ...valid, events: [{ at: 3 }] })).toMatchObject({
      reason: 'event 1 has no type or time',
    });
    expect(readSessionRecord({ ...valid, choices: [-1] })).toMatchObject({ ok: false });
  });
});
