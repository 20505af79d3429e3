import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { type CheckStoryOptions, checkStory, withVisitsCounted } from '../../src/authoring/story-checker.ts';
import { hasError, type StoryReport } from '../../src/authoring/story-report.ts';
import {
  createRandom,
  declaredKnots,
  EncounterRunner,
  FakeClock,
  pickIndex,
  ScriptedPresenter,
  type SessionRecord,
} from '../../src/engine/index.ts';
import { filesOf, HEADER, story } from '../support/contract-story.ts';

const PATH = 'stories/fr/essai.ink';

/** Small runs keep these tests fast; the search covers what random play might miss. */
function check(source: string, options: Partial<CheckStoryOptions> = {}): Promise<StoryReport> {
  return checkStory({ mainPath: PATH, readFile: filesOf({ [PATH]: source }), runs: 40, ...options });
}

/** The 1-based line of the first line of `source` that contains `text`. */
function lineOf(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`no line with '${text}'`);
  return index + 1;
}

/** What `npm run play -- <path> --seed S --choose ...` plays: a fresh runner, the choices given. */
function replay(source: string, choices: readonly number[], seed: number): Promise<SessionRecord> {
  const compiled = compileInk(PATH, filesOf({ [PATH]: source }));
  if (compiled.json === undefined) throw new Error('the story does not compile');
  const runner = new EncounterRunner({
    story: { id: 'essai', path: PATH, json: compiled.json },
    presenters: [new ScriptedPresenter(choices.map((choice) => choice - 1))],
    clock: new FakeClock(),
    seed,
  });
  return runner.run();
}

describe('checkStory', () => {
  it('reports a loose end as an error, on its line, and plays nothing', async () => {
    const source = story(
      '-> debut',
      '=== debut ===',
      'Elle te regarde. # cue: eye_contact',
      '+ [Dire bonsoir # act: greet]',
      '    -> fin',
      '+ [Rester là # act: hold]',
      '    Tu attends, et rien ne vient.',
      '=== fin ===',
      'Elle hoche la tête. # end: kept',
      '-> END',
    );
    const report = await check(source);

    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: lineOf(source, 'Tu attends'),
        message: expect.stringMatching(/^Apparent loose end/),
      }),
    ]);
    expect(hasError(report)).toBe(true);
    expect(report.coverage).toBeUndefined();
  });

  it('finds a dead end the compiler cannot see, where the content runs out, and the choices that reach it', async () => {
    // The divert is conditional: ink sees a way on, and the story runs out when it is not taken.
    const source = story(
      '-> debut',
      '=== debut ===',
      'Elle te regarde. # cue: eye_contact',
      '+ [Dire bonsoir # act: greet]',
      '    -> fin',
      '+ [Rester là # act: hold]',
      '    -> attente',
      '=== attente ===',
      'Elle attend aussi.',
      '+ [Attendre encore # act: hold]',
      '    Tu attends, et rien ne vient.',
      '    {attente > 1: -> fin}',
      '=== fin ===',
      'Elle hoche la tête. # end: kept',
      '-> END',
    );
    const report = await check(source);

    expect(report.diagnostics).toEqual([]);
    expect(report.deadEnds).toEqual([
      { where: 'attente', path: PATH, line: lineOf(source, '=== attente'), choices: [2, 1] },
    ]);
    // A trainee who gets there sees the encounter fail: an error, with how to get there again.
    expect(report.runtimeErrors).toEqual([
      { message: expect.stringMatching(/ran out of content/), choices: [2, 1], seed: expect.any(Number) },
    ]);
    expect(hasError(report)).toBe(true);
    const problem = report.runtimeErrors[0];
    const replayed = await replay(source, problem?.choices ?? [], problem?.seed ?? 0);
    expect(replayed.failure).toContain('ran out of content');
  });

  it('names the knots and stitches nothing leads to, and not those reached by a stitch or a first stitch', async () => {
    const source = story(
      '-> debut',
      '=== debut ===',
      'Bonsoir.',
      '+ [Partir # act: leave]',
      '    -> soir.depart',
      '+ [Rester # act: hold]',
      '    -> nuit',
      '=== soir ===',
      '= depart',
      'Tu pars. # end: ended',
      '-> END',
      '= jamais',
      'Personne ne vient ici.',
      '-> END',
      '=== nuit ===',
      '// No content of its own: ink enters the first stitch.',
      '= tombee',
      'Il fait nuit.',
      '-> suite',
      '= suite',
      'Elle s’endort. # end: kept',
      '-> END',
      '=== oublie ===',
      'Un coin oublié.',
      '-> perdu',
      '=== perdu ===',
      'Named only from a knot nobody reaches.',
      '-> END',
    );
    const report = await check(source);

    expect(report.unreachable).toEqual([
      { name: 'soir.jamais', path: PATH, line: lineOf(source, '= jamais') },
      { name: 'oublie', path: PATH, line: lineOf(source, '=== oublie') },
      { name: 'perdu', path: PATH, line: lineOf(source, '=== perdu') },
    ]);
    expect(report.coverage?.knotsMissed).toEqual(['soir.jamais', 'oublie', 'perdu', 'link_broken']);
    expect(hasError(report)).toBe(false);
  });

  it('reports an unknown tag value with the nearest valid one', async () => {
    const source = story('Elle se détourne. # cue: turn_away', '+ [Attendre # act: hold]', '    -> END');
    const report = await check(source);

    expect(report.diagnostics).toContainEqual({
      severity: 'warning',
      path: PATH,
      line: lineOf(source, 'turn_away'),
      message: expect.stringContaining("unknown cue 'turn_away', did you mean 'turns_away'?"),
      suggestion: 'cue: turns_away',
    });
  });

  it('reports a sound or an ambience the sound library does not have, with the nearest one', async () => {
    const source = story(
      'Un chien aboie au loin. # sound: dog_bak # ambience: stret_night',
      '+ [Écouter # act: listen]',
      '    Le bus démarre. # sound: bus_engine # end: kept',
      '    -> END',
    );
    const report = await check(source);
    const line = lineOf(source, 'dog_bak');

    expect(report.diagnostics).toEqual([
      {
        severity: 'warning',
        path: PATH,
        line,
        message:
          "unknown sound 'dog_bak', did you mean 'dog_bark'? (valid: footsteps, dog_bark, bus_engine, cough, door)",
        suggestion: 'sound: dog_bark',
      },
      {
        severity: 'warning',
        path: PATH,
        line,
        message:
          "unknown ambience 'stret_night', did you mean 'street_night'? (valid: street_night, rain, bus, site, cafe, neutral)",
        suggestion: 'ambience: street_night',
      },
    ]);
  });

  it('tells when no path can break the link: a story without a rush teaches nothing about rushing', async () => {
    const source = story(
      'Elle te regarde.',
      '+ [Dire bonsoir # act: greet]',
      '    Bonsoir ! # speaker: worker',
      '+ [Rester où tu es # act: hold]',
      '    Tu restes là.',
      '- Elle te fait un signe. # end: kept',
      '-> END',
    );
    const report = await check(source);

    expect(report.canBreak).toBe(false);
    expect(report.canKeep).toBe(true);
    expect(report.coverage?.knotsMissed).toEqual(['link_broken']);
  });

  it('points at the line where a path stops without saying how the encounter ended', async () => {
    const source = story(
      'Elle te regarde.',
      '+ [Dire bonsoir # act: greet]',
      '    Elle te fait un signe. # end: kept',
      '    -> END',
      '+ [Attendre un peu # act: hold]',
      '    Elle regarde ailleurs, le temps passe.',
      '+ [Repartir # act: leave]',
      '    -> END',
    );
    const report = await check(source);
    const unended = report.diagnostics.filter((diagnostic) => diagnostic.message.includes("without '# end:"));

    expect(unended).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: PATH,
        line: lineOf(source, 'le temps passe'),
        message: expect.stringContaining('after choices 2'),
      }),
      expect.objectContaining({
        line: lineOf(source, '[Repartir'),
        message: expect.stringContaining('after choices 3'),
      }),
    ]);
    expect(hasError(report)).toBe(false);
  });

  it('says nothing of undeclared ends in a story that declares none (its ends are all neutral)', async () => {
    const source = [HEADER, 'Elle te regarde.', '+ [Dire bonsoir # act: greet]', '    Elle sourit.', '-> END'].join(
      '\n',
    );
    const report = await check(source);

    expect(report.coverage?.playthroughs).toBe(40);
    expect(report.diagnostics.some((diagnostic) => diagnostic.message.includes("without '# end:"))).toBe(false);
  });

  it('tells when no path keeps the link', async () => {
    const source = story(
      'Elle te regarde traverser.',
      '+ [Traverser d’un coup # act: approach]',
      '    Tu es tout près. # distance: close',
      '    -> encore',
      '+ [Dire bonsoir # act: greet]',
      '    -> fin',
      '=== encore ===',
      'Elle recule. # cue: steps_back',
      '+ [Insister # act: insist]',
      '    -> encore',
      '+ [Partir # act: leave]',
      '    -> fin',
      '=== fin ===',
      'Elle s’éloigne. # end: ended',
      '-> END',
    );
    const report = await check(source);

    expect(report.canKeep).toBe(false);
    expect(report.canBreak).toBe(true);
    expect(report.coverage?.playthroughsBroken).toBeGreaterThan(0);
  });

  it('reports an error while playing with the choices and the seed that reproduce it', async () => {
    const source = story(
      'VAR destination = "nulle_part"',
      'Elle te regarde.',
      '+ [Dire bonsoir # act: greet]',
      '    Bonsoir !',
      '- Elle montre la ruelle.',
      '+ [Attendre # act: hold]',
      '    -> fin',
      '+ [La suivre # act: hold]',
      '    -> aller(destination)',
      '=== aller(-> cible) ===',
      '-> cible',
      '=== fin ===',
      'Elle reste là. # end: kept',
      '-> END',
    );
    const report = await check(source);

    expect(report.runtimeErrors).toEqual([
      {
        message: expect.stringMatching(/didn't contain a divert target/),
        choices: [1, 2],
        seed: expect.any(Number),
        // ink names no line for this one: the checker points at the knot it happened in.
        at: { path: PATH, line: lineOf(source, '=== aller') },
      },
    ]);
    expect(report.deadEnds).toEqual([]);
    const problem = report.runtimeErrors[0];
    const replayed = await replay(source, problem?.choices ?? [], problem?.seed ?? 0);
    expect(replayed.failure).toBe(`${PATH}: ${problem?.message}`);
  });

  it('counts the knots reached and the choices taken, by the search alone when no random run is played', async () => {
    const source = story(
      '-> debut',
      '=== debut ===',
      'Bonsoir.',
      '+ [Dire bonsoir # act: greet]',
      '    -> fin',
      '+ [Attendre # act: hold]',
      '    -> fin',
      '+ {false} [Jamais offert # act: hold]',
      '    -> fin',
      '=== fin ===',
      'Fin. # end: kept',
      '-> END',
    );
    const report = await check(source, { runs: 0 });

    expect(report.coverage).toEqual({
      knotsReached: 2,
      knotsTotal: 3,
      choicesTaken: 2,
      choicesOffered: 3,
      knotsMissed: ['link_broken'],
      playthroughs: 0,
      playthroughsBroken: 0,
      exhaustive: true,
      depthBound: 30,
    });
  });

  it('says the search was not exhaustive when its state budget ran out, and still finishes a story with no end', async () => {
    const source = story(
      '-> coin',
      '=== coin ===',
      'Le coin de rue.',
      '+ [Attendre # act: hold]',
      '    -> coin',
      '+ [Revenir # act: greet]',
      '    -> coin',
    );
    const report = await check(source, { runs: 5, maxStates: 50 });

    expect(report.coverage?.exhaustive).toBe(false);
    expect(report.coverage?.playthroughs).toBe(5);
    expect(report.coverage?.knotsMissed).toEqual(['link_broken']);
    expect(report.runtimeErrors).toEqual([]);
    expect(report.bestPath?.status).toBeNull();
  });

  it('gives the path that keeps the most trust, as choice numbers and texts', async () => {
    const source = story(
      'Elle te regarde.',
      '+ [Lui demander où elle dort # act: ask]',
      '    -> fermee',
      '+ [Dire bonsoir # act: greet]',
      '    -> bonsoir',
      '=== bonsoir ===',
      'Elle répond d’un signe.',
      '+ [Partir tout de suite # act: leave]',
      '    -> contente',
      '+ [Rester un moment # act: hold]',
      '    -> contente',
      '=== contente ===',
      'Elle sourit. # end: kept',
      '-> END',
      '=== fermee ===',
      'Elle se ferme. # end: ended',
      '-> END',
    );
    const report = await check(source);
    const played = await replay(source, [2, 2], 1);

    expect(report.bestPath).toEqual({
      choices: [2, 2],
      texts: ['Dire bonsoir', 'Rester un moment'],
      status: 'kept',
      trust: played.outcome?.trust,
    });
  });

  it('reports a story that does not compile without playing it', async () => {
    const report = await check(story('Bonsoir.', '-> nulle_part'));

    expect(hasError(report)).toBe(true);
    expect(report.coverage).toBeUndefined();
    expect(report.bestPath).toBeUndefined();
  });

  it('gives a worker a turn between playthroughs', async () => {
    let turns = 0;
    await check(story('Bonsoir.', '+ [Dire bonsoir # act: greet]', '    -> END'), {
      runs: 10,
      yieldEvery: async () => {
        turns++;
      },
    });

    expect(turns).toBeGreaterThanOrEqual(10);
  });
});

describe('withVisitsCounted', () => {
  it('changes nothing a trainee sees: the same lines, choices and endings for the same seeds', async () => {
    const path = 'stories/fr/premier-bonjour.ink';
    const source = readFileSync(path, 'utf8');
    const json = compileInk(path, (file) => readFileSync(file, 'utf8')).json ?? '';
    const counted = withVisitsCounted(json, declaredKnots(source));
    const play = async (storyJson: string, seed: number) => {
      const random = createRandom(seed);
      const presenter = new ScriptedPresenter([], (choices) => pickIndex(random, choices.length));
      const runner = new EncounterRunner({
        story: { id: 'premier-bonjour', path, json: storyJson },
        presenters: [presenter],
        clock: new FakeClock(),
        seed,
      });
      const record = await runner.run();
      return { transcript: presenter.transcript, outcome: record.outcome, failure: record.failure };
    };

    expect(counted.json).not.toBe(json);
    expect(counted.flows).toEqual(declaredKnots(source));
    for (let seed = 1; seed <= 20; seed++) {
      expect(await play(counted.json, seed)).toEqual(await play(json, seed));
    }
  });
});

describe('checkStory on the library', () => {
  it('plays Premier bonjour 2,000 times: the link can break and be kept, no dead end, every knot reached', async () => {
    const report = await checkStory({
      mainPath: 'stories/fr/premier-bonjour.ink',
      readFile: (path) => readFileSync(path, 'utf8'),
    });

    expect(report.diagnostics).toEqual([]);
    expect(report.runtimeErrors).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.unreachable).toEqual([]);
    expect(report.canBreak && report.canKeep).toBe(true);
    expect(report.coverage?.playthroughs).toBe(2000);
    expect(report.coverage?.knotsMissed).toEqual([]);
    expect(report.coverage?.choicesTaken).toBe(report.coverage?.choicesOffered);
    expect(report.bestPath?.status).toBe('kept');
  }, 60_000);
});
