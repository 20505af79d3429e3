import { describe, expect, it } from 'vitest';
import {
  type CancelSignal,
  EncounterRunner,
  FakeClock,
  MemorySaveStore,
  type PresentedChoice,
  type PresentedLine,
  type Presenter,
  readEncounterSave,
  SaveMismatchError,
  ScriptedPresenter,
  type SessionRecord,
} from '../../../src/engine/index.ts';
import { compileStory, compileWithInkOnly } from '../../support/compile-story.ts';

const HEADER = `# title: Le banc
# lang: fr
# setting: street
# time: 22 h
# character: Sam
# wariness: 4
# summary: Un premier bonjour.
# duration: 5
# concepts: lien, rythme
`;

const BENCH = `${HEADER}VAR link = "fragile"
# ambience: street_night
Sam est assis sur le banc. # moment: guarded
-> start
== start ==
+ [Dire bonjour de loin #act: greet] Bonjour. # speaker: worker
  Salut. # speaker: Sam # cue: eye_contact
  -> second
+ [Lui parler du refuge #act: perche #topic: shelter]
  -> pushy
== second ==
Le lien est {link}.
+ [S'approcher #act: approach]
  Tu fais quelques pas. # distance: near
  -> ending
+ [Rester là #act: hold]
  -> ending
== pushy ==
Sam détourne le regard. # cue: turns_away
+ [Insister #act: insist] -> pushy2
+ [Reculer #act: step_back] -> ending
== pushy2 ==
Sam se lève. # cue: agitated
+ [Le suivre #act: approach] -> ending
+ [Partir #act: leave] -> ending
== ending ==
À la prochaine. # end: kept
-> END
== link_broken ==
Sam s'en va sans se retourner. # end: broken
-> END
`;

function runnerFor(
  source: string,
  choices: number[],
  extra: Partial<ConstructorParameters<typeof EncounterRunner>[0]> = {},
) {
  const presenter = new ScriptedPresenter(choices);
  const runner = new EncounterRunner({
    story: compileStory(source, 'banc'),
    presenters: [presenter],
    clock: new FakeClock(Date.UTC(2026, 10, 24, 20), 250),
    seed: 7,
    ...extra,
  });
  return { runner, presenter };
}

const texts = (presenter: ScriptedPresenter): string[] => presenter.lines.map((line) => line.text);

describe('playing an encounter', () => {
  it('shows the line right after a choice with the band the choice led to', async () => {
    const source = `${HEADER}VAR link = "fragile"
Sam lève la tête.
+ [Lui rendre son briquet #act: greet #trust: +50] {link == "solid": Sam sourit, pour de vrai.|Sam hoche la tête.}
  -> END
`;
    const { runner, presenter } = runnerFor(source, [0]);
    await runner.run();
    expect(texts(presenter)).toContain('Sam sourit, pour de vrai.');
  });

  it('plays the respectful path to a kept link and records it', async () => {
    const { runner, presenter } = runnerFor(BENCH, [0, 1]);
    const record = await runner.run();

    expect(texts(presenter)).toEqual([
      'Sam est assis sur le banc.',
      'Bonjour.',
      'Salut.',
      'Le lien est fragile.',
      'À la prochaine.',
    ]);
    expect(presenter.lines[1]?.speaker).toBe('worker');
    expect(presenter.lines[2]?.speaker).toBe('Sam');
    expect(record).toMatchObject({
      schemaVersion: 1,
      story: { id: 'banc', title: 'Le banc', lang: 'fr', path: 'stories/fr/banc.ink' },
      seed: 7,
      choices: [0, 1],
      outcome: { status: 'kept', safety: null },
      failure: null,
    });
    expect(record.story.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(record.outcome?.trust).toBeGreaterThan(26);
    for (const event of record.events) {
      expect(typeof event.type).toBe('string');
      expect(event.at).toBeGreaterThanOrEqual(0);
    }
    const times = record.events.map((event) => event.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('hands the stage its directions with the line they belong to', async () => {
    const { runner, presenter } = runnerFor(BENCH, [0, 0]);
    await runner.run();
    // The story starts guarded, so restating it is no change to show.
    expect(presenter.lines[0]?.directions).toEqual([{ type: 'ambience', ambience: 'street_night' }]);
    expect(presenter.lines[2]?.directions).toEqual([{ type: 'cue', cue: 'eye_contact' }]);
    const walked = presenter.lines.find((line) => line.text === 'Tu fais quelques pas.');
    expect(walked?.directions).toEqual([{ type: 'distance', from: 'far', to: 'near' }]);
  });

  it('breaks the link on a rushed path and lets the author tell how the person leaves', async () => {
    const { runner, presenter } = runnerFor(BENCH, [1, 0, 0]);
    const record = await runner.run();

    expect(record.events.filter((event) => event.type === 'rushed')).toHaveLength(3);
    expect(record.events.filter((event) => event.type === 'linkBroken')).toHaveLength(1);
    expect(texts(presenter).at(-1)).toBe("Sam s'en va sans se retourner.");
    expect(record.outcome).toMatchObject({ status: 'broken', trust: 0 });
    // The broken link cut the chosen line short: the author's "ending" never plays.
    expect(texts(presenter)).not.toContain('À la prochaine.');
  });

  it('judges an approach by the zone it ends in, read from the line after the choice', async () => {
    const walk = (to: string) => `${HEADER}Sam est sur le banc.
+ [S'approcher #act: approach]
  Tu marches vers Sam. # distance: ${to}
  Sam te regarde. # end: ended
  -> END
`;
    const toNear = await runnerFor(walk('near'), [0]).runner.run();
    const toClose = await runnerFor(walk('close'), [0]).runner.run();
    expect(toNear.events.some((event) => event.type === 'rushed')).toBe(false);
    expect(toClose.events.find((event) => event.type === 'rushed')).toMatchObject({ act: 'approach', demand: 55 });
    // The line read ahead to judge the act is still shown, once, in its place.
    const lines = toClose.events.flatMap((event) => (event.type === 'lineShown' ? [event.text] : []));
    expect(lines).toEqual(['Sam est sur le banc.', 'Tu marches vers Sam.', 'Sam te regarde.']);
  });

  it("keeps the story's link variable set to the current band", async () => {
    const solidStart = BENCH.replace('# wariness: 4', '# wariness: 1');
    const { runner, presenter } = runnerFor(solidStart, [0, 1]);
    await runner.run();
    expect(texts(presenter)).toContain('Le lien est building.');
  });

  it('never hands the trust to a presenter or a player-event listener', async () => {
    const seen: unknown[] = [];
    const spy: Presenter = {
      async presentStart(intro) {
        seen.push(intro);
      },
      async presentLine(line) {
        seen.push(line);
      },
      async presentChoices(choices) {
        seen.push(choices);
        return undefined;
      },
      async presentEnd(closing) {
        seen.push(closing);
      },
    };
    const withSpy = new EncounterRunner({
      story: compileStory(BENCH, 'banc'),
      presenters: [spy, new ScriptedPresenter([1, 0, 0])],
      clock: new FakeClock(),
      seed: 1,
    });
    withSpy.playerEvents.onAny((event) => seen.push(event));
    await withSpy.run();
    const everything = JSON.stringify(seen);
    expect(everything).not.toMatch(/trust|safety|rushed|linkBroken|demand/i);
    expect(seen.length).toBeGreaterThan(10);
  });

  it('ends with the standard broken outcome when the story has no link_broken knot', async () => {
    const noKnot = BENCH.slice(0, BENCH.indexOf('== link_broken =='));
    const { runner, presenter } = runnerFor(noKnot, [1, 0, 0]);
    const record = await runner.run();
    expect(record.outcome?.status).toBe('broken');
    expect(presenter.transcript.at(-1)).toEqual({ type: 'end', status: 'broken', reason: 'linkBroken' });
  });

  it('ends as "ended" when the story declares no end', async () => {
    const { runner } = runnerFor(`${HEADER}Bonsoir.\n+ [Saluer #act: greet] Salut.\n-> END\n`, [0]);
    expect((await runner.run()).outcome?.status).toBe('ended');
  });

  it('plays a story with no tags at all, with defaults and warnings', async () => {
    const { runner, presenter } = runnerFor('Bonsoir.\n+ [Saluer] Salut.\n-> END\n', [0]);
    const record = await runner.run();
    expect(runner.header).toMatchObject({ title: 'banc', lang: 'fr', wariness: 3, setting: undefined });
    expect(texts(presenter)).toEqual(['Bonsoir.', 'Salut.']);
    const warnings = record.events.filter((event) => event.type === 'storyWarning');
    expect(warnings.map((warning) => (warning.type === 'storyWarning' ? warning.message : ''))).toContainEqual(
      expect.stringContaining("missing header tag 'title'"),
    );
    expect(record.outcome?.status).toBe('ended');
  });

  it('reports an unknown tag with the nearest valid one, and plays on', async () => {
    const { runner, presenter } = runnerFor(
      `${HEADER}Bonsoir. # cue: turn_away\n+ [Saluer #act: gret] Salut.\n-> END\n`,
      [0],
    );
    const record = await runner.run();
    const messages = record.events.flatMap((event) => (event.type === 'storyWarning' ? [event.message] : []));
    expect(messages).toContainEqual(
      expect.stringMatching(/stories\/fr\/banc\.ink: unknown cue 'turn_away', did you mean 'turns_away'/),
    );
    expect(messages).toContainEqual(expect.stringMatching(/unknown act 'gret', did you mean 'greet'/));
    expect(texts(presenter)).toEqual(['Bonsoir.', 'Salut.']);
  });

  it('keeps a separate safety score when the story has an emergency', async () => {
    const emergency = `${HEADER}Sam ne répond plus. # moment: emergency
+ [Attendre de voir #act: hold] Tu attends.
  -> help
+ [Appeler le 911 #act: urgent] Tu appelles.
  -> help
== help ==
Les ambulanciers arrivent. # end: handled
-> END
`;
    const hesitant = await runnerFor(emergency, [0]).runner.run();
    const quick = await runnerFor(emergency, [1]).runner.run();
    expect(hesitant.outcome).toMatchObject({ status: 'handled', safety: 75 });
    expect(quick.outcome).toMatchObject({ status: 'handled', safety: 100 });
  });
});

describe('presenters', () => {
  it('takes the first answer and cancels the other presenters', async () => {
    let cancelledSeen = false;
    const slow: Presenter = {
      async presentLine() {},
      presentChoices(_choices: readonly PresentedChoice[], cancelled: CancelSignal) {
        return new Promise((resolve) =>
          cancelled.onCancel(() => {
            cancelledSeen = true;
            resolve(undefined);
          }),
        );
      },
    };
    const runner = new EncounterRunner({
      story: compileStory(BENCH, 'banc'),
      presenters: [slow, new ScriptedPresenter([0, 1])],
      clock: new FakeClock(),
      seed: 3,
    });
    const record = await runner.run();
    expect(record.choices).toEqual([0, 1]);
    expect(cancelledSeen).toBe(true);
  });

  it('waits for every presenter to finish a line, and passes "hurry up" and "next" signals', async () => {
    const events: string[] = [];
    let runner: EncounterRunner | undefined;
    const typewriter: Presenter = {
      presentLine(line: PresentedLine, control) {
        return new Promise((resolve) => {
          control.hurry.onCancel(() => events.push(`hurried ${line.index}`));
          control.next.onCancel(() => {
            events.push(`next ${line.index}`);
            resolve();
          });
          queueMicrotask(() => {
            runner?.hurryUp();
            runner?.skipLine();
          });
        });
      },
      async presentChoices() {
        return undefined;
      },
    };
    runner = new EncounterRunner({
      story: compileStory(BENCH, 'banc'),
      presenters: [typewriter, new ScriptedPresenter([0, 1])],
      clock: new FakeClock(),
      seed: 3,
    });
    await runner.run();
    expect(events.slice(0, 4)).toEqual(['hurried 0', 'next 0', 'hurried 1', 'next 1']);
  });

  it('ends the encounter as a failure, keeping the record, when a presenter breaks', async () => {
    const broken: Presenter = {
      async presentLine(line) {
        if (line.index === 2) throw new Error('canvas lost');
      },
      async presentChoices() {
        return undefined;
      },
    };
    const runner = new EncounterRunner({
      story: compileStory(BENCH, 'banc'),
      presenters: [broken, new ScriptedPresenter([0, 1])],
      clock: new FakeClock(),
      seed: 3,
    });
    const record = await runner.run();
    expect(record.failure).toMatch(/stories\/fr\/banc\.ink: the display failed \(canvas lost\)/);
    expect(record.choices).toEqual([0]);
    expect(record.events.at(-1)).toMatchObject({ type: 'encounterEnded', reason: 'failure' });
  });
});

describe('runtime failures', () => {
  it('stops a loop that never yields within its time budget and names the story', async () => {
    const loop = `${HEADER}Début.\n-> spin\n== spin ==\n~ temp x = 1\n-> spin\n`;
    const { runner } = runnerFor(loop, [], { sliceMs: 2, maxSlices: 5 });
    const record = await runner.run();
    expect(record.failure).toMatch(/^stories\/fr\/banc\.ink: the story ran for 10 ms without producing a line/);
    expect(record.outcome?.status).toBe('ended');
  });

  it('stops a story that talks forever without a choice', async () => {
    const chatter = `${HEADER}-> again\n== again ==\nEncore.\n-> again\n`;
    const { runner, presenter } = runnerFor(chatter, [], { maxLinesWithoutChoice: 50 });
    const record = await runner.run();
    expect(record.failure).toMatch(/50 lines without offering a choice/);
    expect(presenter.lines).toHaveLength(50);
  });

  it('ends with a message naming the story when it calls a function the simulator lacks, keeping the record', async () => {
    // A story compiled elsewhere for another game may call its own EXTERNAL functions.
    const foreign = `${HEADER}EXTERNAL sendScore(points)\nBonsoir.\n+ [Saluer #act: greet] Salut.\n  ~ sendScore(3)\n  -> END\n`;
    const presenter = new ScriptedPresenter([0]);
    const runner = new EncounterRunner({
      story: compileWithInkOnly(foreign, 'foreign'),
      presenters: [presenter],
      clock: new FakeClock(),
      seed: 1,
    });
    const record = await runner.run();
    expect(record.failure).toMatch(/^imports\/foreign\.json: Missing function binding for external: 'sendScore'/);
    expect(record.outcome?.status).toBe('ended');
    expect(presenter.transcript.at(-1)).toMatchObject({ type: 'end', reason: 'failure' });
  });

  it('uses the ink fallback of an EXTERNAL function, as Inky does', async () => {
    const withFallback = `${HEADER}EXTERNAL sendScore(points)\nBonsoir.\n+ [Saluer #act: greet] Salut.\n  ~ sendScore(3)\n  Fin.\n  -> END\n== function sendScore(points) ==\n~ return\n`;
    const record = await runnerFor(withFallback, [0]).runner.run();
    expect(record.failure).toBeNull();
  });

  it('refuses a file that is not a compiled story with a message naming it', () => {
    expect(
      () =>
        new EncounterRunner({
          story: { id: 'x', path: 'imports/x.json', json: '{"not":"ink"}' },
          presenters: [],
          clock: new FakeClock(),
          seed: 1,
        }),
    ).toThrow(/^imports\/x\.json: /);
  });
});

describe('saving and resuming', () => {
  it('saves after every choice and resumes at the same line with the same history', async () => {
    const store = new MemorySaveStore();
    const full = runnerFor(BENCH, [0, 0], { saveStore: store });
    const whole = await full.runner.run();
    expect(store.writes).toHaveLength(2);

    // The tab closed after the first choice: resume from that save.
    const firstSave = readEncounterSave(JSON.parse(store.writes[0] ?? 'null'));
    if (!firstSave.ok) throw new Error(firstSave.reason);
    const resumedPresenter = new ScriptedPresenter([0]);
    const resumed = new EncounterRunner({
      story: compileStory(BENCH, 'banc'),
      presenters: [resumedPresenter],
      clock: new FakeClock(Date.UTC(2026, 10, 25), 250),
      seed: 999,
      resumeFrom: firstSave.save,
    });
    const record = await resumed.run();

    expect(resumedPresenter.lines[0]?.text).toBe('Bonjour.');
    expect(texts(resumedPresenter)).toEqual(texts(full.presenter).slice(1));
    expect(record.seed).toBe(7);
    expect(record.choices).toEqual(whole.choices);
    expect(record.outcome).toEqual(whole.outcome);
    const lineTexts = (r: SessionRecord) =>
      r.events.flatMap((event) => (event.type === 'lineShown' ? [event.text] : []));
    expect(lineTexts(record)).toEqual(lineTexts(whole));
    expect(record.events.filter((event) => event.type === 'encounterStarted')).toHaveLength(2);
  });

  it('detects a save made with another version of the story instead of loading it', async () => {
    const store = new MemorySaveStore();
    await runnerFor(BENCH, [0, 0], { saveStore: store }).runner.run();
    const save = readEncounterSave(store.latest);
    if (!save.ok) throw new Error(save.reason);
    const edited = BENCH.replace('Salut.', 'Salut, toi.');
    expect(() => runnerFor(edited, [], { resumeFrom: save.save })).toThrow(SaveMismatchError);
    expect(() => runnerFor(edited, [], { resumeFrom: save.save })).toThrow(/has changed since this save was made/);
  });

  it('reads a corrupt save as a reason, never a crash', () => {
    expect(readEncounterSave(null)).toEqual({ ok: false, reason: 'not a saved encounter' });
    expect(readEncounterSave({ schemaVersion: 1, storyId: 'banc' })).toMatchObject({ ok: false });
    expect(readEncounterSave({ schemaVersion: 99 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/newer/),
    });
  });

  it('plays on and says so when the storage is full', async () => {
    const store = new MemorySaveStore();
    store.failWith = 'QuotaExceededError';
    const { runner } = runnerFor(BENCH, [0, 1], { saveStore: store });
    const failures: string[] = [];
    runner.playerEvents.on('saveFailed', (event) => failures.push(event.message));
    const record = await runner.run();
    expect(record.outcome?.status).toBe('kept');
    expect(failures).toEqual(['QuotaExceededError', 'QuotaExceededError']);
  });
});
