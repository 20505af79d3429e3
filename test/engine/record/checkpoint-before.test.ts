import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/authoring/compile-ink.ts';
import { parsePlan, planChoices } from '../../../src/authoring/encounter-plan.ts';
import {
  type CompiledStory,
  checkpointBefore,
  EncounterRunner,
  type EncounterSave,
  FakeClock,
  initialLinkState,
  MemorySaveStore,
  readEncounterSave,
  ScriptedPresenter,
  type SessionEvent,
  type SessionRecord,
} from '../../../src/engine/index.ts';
import { compileStory } from '../../support/compile-story.ts';

// Three decisions; a shuffle between them proves the ink seed carries over.
const BENCH = `# title: Le banc
# lang: fr
# setting: street
# time: 22 h
# character: Sam
# wariness: 4
# summary: Un premier bonjour.
# duration: 5
# concepts: lien, rythme
VAR link = "fragile"
# ambience: street_night
Sam est assis sur le banc. # moment: guarded
Il fait froid.
-> start
== start ==
+ [Dire bonjour de loin #act: greet] Bonjour. # speaker: worker
  Salut. # speaker: Sam # cue: eye_contact
  -> second
+ [T'asseoir à côté de lui #act: approach] Tu t'assois tout près. # distance: close
  Sam se crispe. # cue: turns_away
  -> second
== second ==
{~Sam regarde la rue.|Sam compte sa monnaie.|Sam fredonne.|Sam remonte son col.}
+ [Rester là #act: hold] Tu restes là.
  -> third
+ [Lui parler du refuge #act: perche #topic: shelter] Il reste des lits au refuge.
  -> third
== third ==
Sam se frotte les mains.
+ [Lui laisser ta carte #act: material] Tu poses ta carte sur le banc.
  -> ending
+ [Insister pour le refuge #act: insist] Juste une nuit ?
  -> ending
== ending ==
À mardi. # end: kept
-> END
== link_broken ==
Sam s'en va sans se retourner. # end: broken
-> END
`;

const STARTED_AT = Date.UTC(2026, 10, 24, 20);
const story = (): CompiledStory => compileStory(BENCH, 'banc');
const clock = (): FakeClock => new FakeClock(STARTED_AT, 250);

async function play(choices: readonly number[]): Promise<SessionRecord> {
  const runner = new EncounterRunner({
    story: story(),
    presenters: [new ScriptedPresenter(choices)],
    clock: clock(),
    seed: 11,
  });
  return runner.run();
}

async function resume(
  compiled: CompiledStory,
  save: EncounterSave,
  choices: readonly number[],
  whenOutOfChoices?: () => number,
) {
  const presenter = new ScriptedPresenter(choices, whenOutOfChoices);
  // A later day, another clock: the attempt must still belong to the original session.
  const runner = new EncounterRunner({
    story: compiled,
    presenters: [presenter],
    clock: new FakeClock(Date.UTC(2026, 11, 2), 100),
    seed: 999,
    resumeFrom: save,
  });
  return { record: await runner.run(), presenter };
}

function ok(result: Awaited<ReturnType<typeof checkpointBefore>>): { save: EncounterSave; offered: readonly string[] } {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const offeredAt = (record: SessionRecord, decision: number): readonly string[] =>
  record.events.flatMap((event) => (event.type === 'choicesOffered' ? [event.choices.map((c) => c.text)] : []))[
    decision
  ] ?? [];

/** The trust when decision `decision` came: the last trustChanged before its choice, or the start. */
function trustAt(record: SessionRecord, decision: number, wariness = 4): number {
  let trust = initialLinkState(wariness).trust;
  let made = 0;
  for (const event of record.events) {
    if (event.type === 'choiceMade' && made++ === decision) break;
    if (event.type === 'trustChanged') trust = event.trust;
  }
  return trust;
}

/** Where the worker stood when decision `decision` was offered. */
function distanceAt(record: SessionRecord, decision: number): string {
  let distance = 'far';
  let offered = 0;
  for (const event of record.events) {
    if (event.type === 'choicesOffered' && offered++ === decision) break;
    if (event.type === 'distanceChanged') distance = event.to;
  }
  return distance;
}

const lineTexts = (record: SessionRecord): string[] =>
  record.events.flatMap((event) => (event.type === 'lineShown' ? [event.text] : []));
/** What happened, times aside and without the marks a resume leaves. */
const whatHappened = (events: readonly SessionEvent[]) =>
  events
    .filter((event) => !(event.type === 'encounterStarted' && event.resumed) && event.type !== 'storyWarning')
    .map((event) => ({ ...event, at: 0 }));

describe('restoring a decision point ("Rejouer ce moment")', () => {
  const path = [0, 0, 0];

  it('offers again exactly the choices the trainee had at each decision', async () => {
    const original = await play(path);
    for (const decision of [0, 1, 2]) {
      const { save, offered } = ok(await checkpointBefore(original, story(), decision, clock()));
      expect(offered).toEqual(offeredAt(original, decision));
      const { presenter } = await resume(story(), save, path.slice(decision));
      expect(presenter.transcript.find((entry) => entry.type === 'choices')).toEqual({
        type: 'choices',
        texts: offered,
      });
    }
  });

  it('gives back the trust and the distance there were at that decision, after a rush', async () => {
    const original = await play([1, 1, 0]);
    expect(original.events.some((event) => event.type === 'rushed')).toBe(true);
    expect(distanceAt(original, 1)).toBe('close');
    for (const decision of [0, 1, 2]) {
      const { save } = ok(await checkpointBefore(original, story(), decision, clock()));
      expect(save.link.trust).toBe(trustAt(original, decision));
      const { record } = await resume(story(), save, original.choices.slice(decision));
      expect(distanceAt(record, decision)).toBe(distanceAt(original, decision));
    }
  });

  it('plays the rest of the session again exactly, shuffles included, when the same choices are made', async () => {
    for (const choices of [
      [0, 0, 0],
      [1, 1, 1],
      [0, 1, 0],
    ]) {
      const original = await play(choices);
      for (const decision of [0, 1, 2]) {
        const { save } = ok(await checkpointBefore(original, story(), decision, clock()));
        const { record } = await resume(story(), save, choices.slice(decision));
        expect(whatHappened(record.events)).toEqual(whatHappened(original.events));
        expect(record.outcome).toEqual(original.outcome);
        expect(record.choices).toEqual(original.choices);
      }
    }
  });

  it('takes another branch when the trainee chooses differently at that moment', async () => {
    const original = await play([1, 1, 1]);
    expect(original.outcome?.status).toBe('broken');
    const { save } = ok(await checkpointBefore(original, story(), 1, clock()));
    const { record } = await resume(story(), save, [0, 0]);
    expect(lineTexts(record)).toContain('Tu restes là.');
    expect(lineTexts(record)).not.toContain('Il reste des lits au refuge.');
    expect(record.choices).toEqual([1, 0, 0]);
    expect(record.outcome?.status).toBe('kept');
  });

  it('keeps the session: same seed, same start, and the original times up to the decision', async () => {
    const original = await play([0, 1, 0]);
    const { save } = ok(await checkpointBefore(original, story(), 2, new FakeClock(0, 7)));
    expect(save.record.seed).toBe(original.seed);
    expect(save.record.startedAt).toBe(STARTED_AT);
    expect(save.record.choices).toEqual([0, 1]);
    expect(save.record.outcome).toBeNull();
    const made = save.record.events.length;
    expect(save.record.events).toEqual(original.events.slice(0, made));
    expect(original.events[made - 1]?.type).not.toBe('lineShown');
    const { record } = await resume(story(), save, [0]);
    expect(record.startedAt).toBe(STARTED_AT);
    // The new attempt's clock goes on from the moment the decision came.
    expect(record.events[made]?.at).toBeGreaterThanOrEqual(original.events[made - 1]?.at ?? Number.NaN);
  });

  it('starts the first decision over from the opening lines, as a new attempt of the same session', async () => {
    const original = await play([1, 0, 0]);
    const { save, offered } = ok(await checkpointBefore(original, story(), 0, clock()));
    expect(offered).toEqual(['Dire bonjour de loin', "T'asseoir à côté de lui"]);
    expect(save.record.events).toEqual([]);
    expect(save.record.choices).toEqual([]);
    expect(save.record.startedAt).toBe(STARTED_AT);
    const { record, presenter } = await resume(story(), save, [1, 0, 0]);
    expect(presenter.lines.slice(0, 2).map((line) => line.text)).toEqual([
      'Sam est assis sur le banc.',
      'Il fait froid.',
    ]);
    expect(record.events[0]).toMatchObject({ type: 'encounterStarted', resumed: false });
    expect(record.events.map((event) => ({ ...event, at: 0 }))).toEqual(
      original.events.map((event) => ({ ...event, at: 0 })),
    );
    expect(record.seed).toBe(original.seed);
  });

  it('restores a moment of a session that was itself resumed after the tab closed', async () => {
    const store = new MemorySaveStore();
    // One choice, then the tab closed while the next one was on screen.
    const first: EncounterRunner = new EncounterRunner({
      story: story(),
      presenters: [
        new ScriptedPresenter([0], () => {
          first.stop();
          return undefined;
        }),
      ],
      clock: clock(),
      seed: 11,
      saveStore: store,
    });
    await first.run();
    const saved = readEncounterSave(store.latest);
    if (!saved.ok) throw new Error(saved.reason);
    const { record: resumed } = await resume(story(), saved.save, [1, 0]);
    expect(resumed.events.filter((event) => event.type === 'encounterStarted')).toHaveLength(2);

    const straight = await play([0, 1, 0]);
    for (const decision of [1, 2]) {
      const { save, offered } = ok(await checkpointBefore(resumed, story(), decision, clock()));
      expect(offered).toEqual(offeredAt(straight, decision));
      const { record } = await resume(story(), save, [1, 1].slice(decision - 1));
      expect(record.choices).toEqual([0, 1, 1].slice(0, decision).concat([1, 1].slice(decision - 1)));
    }
  });

  it('refuses a story that changed since the session was played', async () => {
    const original = await play(path);
    const edited = compileStory(BENCH.replace('Il fait froid.', 'Il fait très froid.'), 'banc');
    expect(await checkpointBefore(original, edited, 1, clock())).toEqual({
      ok: false,
      reason: "the story 'banc' has changed since this session was played",
    });
    expect(await checkpointBefore(original, compileStory(BENCH, 'autre'), 1, clock())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/is of 'banc'/),
    });
  });

  it('refuses a decision the session never reached', async () => {
    const original = await play(path);
    for (const decision of [-1, 3, 1.5]) {
      expect(await checkpointBefore(original, story(), decision, clock())).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/no decision .* it made 3 choices/),
      });
    }
  });

  it('refuses when the replay departs from what was recorded (the rules changed since)', async () => {
    const original = await play([1, 1, 0]);
    const index = original.events.findIndex((event) => event.type === 'trustChanged');
    const events = original.events.map((event, at) =>
      at === index && event.type === 'trustChanged' ? { ...event, trust: event.trust + 5 } : event,
    );
    expect(await checkpointBefore({ ...original, events }, story(), 2, clock())).toEqual({
      ok: false,
      reason: `the replay departs from the record at event ${index + 1}: the record has trustChanged, the replay trustChanged`,
    });
    // A change after the decision does not matter to it.
    expect((await checkpointBefore({ ...original, events }, story(), 0, clock())).ok).toBe(true);
  });
});

describe('restoring a decision point in a shipped story', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const read = (file: string): string => readFileSync(join(root, file), 'utf8');
  const plan = (file: string) => {
    const parsed = parsePlan(read(`test/encounters/${file}`));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    return parsed.plan;
  };

  it.each(['fr', 'en'])(
    'lets a trainee who broke the link in Premier bonjour (%s) step back at the decision before the break, and keep it',
    async (lang) => {
      const rushed = plan(`premier-bonjour.${lang}.rushed.plan`);
      const expert = plan(`premier-bonjour.${lang}.expert.plan`);
      const compiled = compileInk(rushed.story, read);
      if (compiled.json === undefined) throw new Error(`${rushed.story} does not compile`);
      const shipped = { id: basename(rushed.story, '.ink'), path: rushed.story, json: compiled.json };
      const original = await new EncounterRunner({
        story: shipped,
        presenters: [new ScriptedPresenter(planChoices(rushed))],
        clock: new FakeClock(),
        seed: rushed.seed,
      }).run();
      const broke = original.events.findIndex((event) => event.type === 'linkBroken');
      const breaking = original.events.slice(0, broke).filter((event) => event.type === 'choiceMade').length - 1;
      expect(breaking).toBe(2);

      // Decision 1: she has jumped up against the wall; the expert's move is to step back.
      const { save, offered } = ok(await checkpointBefore(original, shipped, breaking - 1, new FakeClock()));
      expect(offered).toEqual(offeredAt(original, breaking - 1));
      expect(save.link.trust).toBe(trustAt(original, breaking - 1, save.link.wariness));
      // Stepping back leads to where the expert plan is after its first two choices: follow it from there.
      const { record } = await resume(shipped, save, [0, ...planChoices(expert).slice(2)]);
      expect(record.events.some((event) => event.type === 'linkBroken')).toBe(false);
      expect(record.outcome?.status).toBe('kept');
      expect(record.choices.slice(0, breaking - 1)).toEqual(original.choices.slice(0, breaking - 1));
    },
  );
});
