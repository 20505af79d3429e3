/**
 * The debrief's analysis: on records built by hand (to pin each rule), on an inline
 * story played by the runner (to check the analysis against what the engine really
 * emits), and on every shipped story's plans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/authoring/compile-ink.ts';
import { parsePlan, planChoices } from '../../../src/authoring/encounter-plan.ts';
import {
  type Act,
  analyseSession,
  type DebriefAnalysis,
  EncounterRunner,
  type EndStatus,
  FakeClock,
  formatDiagnostic,
  linkRules,
  type Moment,
  ScriptedPresenter,
  type SessionEvent,
  type SessionRecord,
  TAKEAWAY_IDS,
} from '../../../src/engine/index.ts';
import { compileStory } from '../../support/compile-story.ts';

// Records built by hand: each helper is one event, times one second apart.

type Without<E> = E extends unknown ? Omit<E, 'at'> : never;

function recordOf(
  facts: readonly Without<SessionEvent>[],
  outcome: { status: EndStatus; trust: number } | null = null,
): SessionRecord {
  const events = facts.map((fact, index) => ({ ...fact, at: index * 1000 }) as SessionEvent);
  return {
    schemaVersion: 1,
    story: { id: 'le-banc', title: 'Le banc', lang: 'fr', contentHash: 'hash', path: 'stories/fr/le-banc.ink' },
    seed: 7,
    startedAt: Date.UTC(2026, 0, 1),
    events,
    choices: events.flatMap((event) => (event.type === 'choiceMade' ? [event.index] : [])),
    outcome: outcome === null ? null : { ...outcome, safety: null },
    failure: null,
  };
}

const started = (wariness = 4, moment: Moment = 'guarded', resumed = false): Without<SessionEvent> => ({
  type: 'encounterStarted',
  storyId: 'le-banc',
  header: {
    title: 'Le banc',
    lang: 'fr',
    setting: 'street',
    time: '22 h',
    character: 'Sam',
    wariness,
    summary: 'Un premier bonjour.',
    duration: 5,
    concepts: ['lien'],
    warnings: [],
  },
  distance: 'far',
  moment,
  ambience: undefined,
  resumed,
});
const line = (text: string): Without<SessionEvent> => ({ type: 'lineShown', lineIndex: 0, text, speaker: undefined });
const offered = (...acts: Act[]): Without<SessionEvent> => ({
  type: 'choicesOffered',
  choices: acts.map((act) => ({ text: `(${act})`, act })),
});
const chose = (index: number, act: Act, topic?: string): Without<SessionEvent> => ({
  type: 'choiceMade',
  index,
  text: `(${act})`,
  act,
  topic,
});
const trust = (value: number, delta: number, act: Act): Without<SessionEvent> => ({
  type: 'trustChanged',
  delta,
  trust: value,
  cause: delta < 0 ? 'rushed' : 'presence',
  concept: 'lien',
  act,
});
const rushed = (act: Act, cost: number, ignoredCue?: 'turns_away'): Without<SessionEvent> => ({
  type: 'rushed',
  act,
  demand: 60,
  trust: 20,
  cost,
  concept: ignoredCue === undefined ? 'suggestion-legitime' : 'rythme',
  ignoredCue,
});
const cue = (shown: 'turns_away' | 'smiles'): Without<SessionEvent> => ({ type: 'cueShown', cue: shown });
const ended = (status: EndStatus): Without<SessionEvent> => ({
  type: 'encounterEnded',
  status,
  reason: 'story',
  message: undefined,
});

/** Every key of a value, at any depth. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

describe('the trust curve', () => {
  it("starts at the trust the person's wariness gives, then follows every change of trust", () => {
    const analysis = analyseSession(
      recordOf([
        started(4),
        line('Sam est assis.'),
        offered('greet', 'perche'),
        chose(0, 'greet'),
        trust(29, 3, 'greet'),
        line('Salut.'),
        offered('listen'),
        chose(0, 'listen'),
        trust(32, 3, 'listen'),
      ]),
    );
    expect(analysis.curve).toEqual([
      { at: 0, eventIndex: -1, decision: undefined, value: linkRules.startingTrust(4) },
      { at: 4000, eventIndex: 4, decision: 0, value: 29 },
      { at: 8000, eventIndex: 8, decision: 1, value: 32 },
    ]);
  });

  it('gives each decision what was offered, what was chosen, and the trust before and after its own effects', () => {
    const analysis = analyseSession(
      recordOf([
        started(4),
        offered('greet', 'perche'),
        chose(1, 'perche', 'shelter'),
        rushed('perche', 9),
        trust(17, -9, 'perche'),
        line('Sam détourne le regard.'),
        offered('step_back'),
        chose(0, 'step_back'),
        trust(18, 1, 'step_back'),
      ]),
    );
    expect(analysis.decisions).toEqual([
      {
        decision: 0,
        at: 2000,
        eventIndex: 2,
        offered: [
          { text: '(greet)', act: 'greet' },
          { text: '(perche)', act: 'perche' },
        ],
        chosen: 1,
        text: '(perche)',
        act: 'perche',
        topic: 'shelter',
        trustBefore: 26,
        trustAfter: 17,
      },
      expect.objectContaining({ decision: 1, offered: [{ text: '(step_back)', act: 'step_back' }] }),
    ]);
    expect(analysis.decisions[1]).toMatchObject({ trustBefore: 17, trustAfter: 18 });
  });
});

describe('the marks', () => {
  it('marks a rush past a cue once, with its cost and the cue, on the choice that made it', () => {
    const analysis = analyseSession(
      recordOf([
        started(4),
        line('Sam détourne le regard.'),
        cue('turns_away'),
        offered('insist', 'step_back'),
        chose(0, 'insist'),
        rushed('insist', 12, 'turns_away'),
        trust(14, -12, 'insist'),
      ]),
    );
    expect(analysis.marks).toEqual([
      {
        id: 0,
        kind: 'rushed',
        concept: 'rythme',
        at: 5000,
        eventIndex: 5,
        decision: 0,
        trust: 14,
        act: 'insist',
        topic: undefined,
        cue: 'turns_away',
        percheAnswer: undefined,
        cost: 12,
        brokenReason: undefined,
      },
    ]);
    const choice = analysis.timeline.find((entry) => entry.kind === 'choice');
    const shown = analysis.timeline.find((entry) => entry.kind === 'cue');
    expect(choice?.marks).toEqual([0]);
    expect(shown?.marks).toEqual([]);
  });

  it('marks a cue pushed past without a rush as ignored, and one answered with room as respected', () => {
    const analysis = analyseSession(
      recordOf([
        started(1),
        cue('turns_away'),
        offered('small_talk'),
        chose(0, 'small_talk'),
        { type: 'cueIgnored', cue: 'turns_away', act: 'small_talk', concept: 'rythme' },
        trust(41, -3, 'small_talk'),
        cue('turns_away'),
        offered('step_back'),
        chose(0, 'step_back'),
        { type: 'cueRespected', cue: 'turns_away', act: 'step_back', concept: 'rythme' },
        trust(47, 6, 'step_back'),
      ]),
    );
    expect(analysis.marks.map((mark) => [mark.kind, mark.decision, mark.cue, mark.concept])).toEqual([
      ['cueIgnored', 0, 'turns_away', 'rythme'],
      ['cueRespected', 1, 'turns_away', 'rythme'],
    ]);
  });

  it('marks the break on the decision that broke the link, and says so first, pointing to it', () => {
    const analysis = analyseSession(
      recordOf(
        [
          started(4),
          offered('opinion'),
          chose(0, 'opinion'),
          rushed('opinion', 9),
          trust(17, -9, 'opinion'),
          offered('insist'),
          chose(0, 'insist'),
          rushed('insist', 12, 'turns_away'),
          trust(5, -12, 'insist'),
          offered('perche'),
          chose(0, 'perche', 'nurse'),
          rushed('perche', 4),
          trust(1, -4, 'perche'),
          { type: 'linkBroken', reason: 'repeatedRushes', concept: 'lien' },
          line('Sam s’en va.'),
          ended('broken'),
        ],
        { status: 'broken', trust: 1 },
      ),
    );
    const broke = analysis.marks.find((mark) => mark.kind === 'linkBroken');
    expect(broke).toMatchObject({ decision: 2, brokenReason: 'repeatedRushes', concept: 'lien', act: 'perche' });
    expect(analysis.brokeAfter).toBe(2);
    expect(analysis.timeline.find((entry) => entry.kind === 'choice' && entry.decision === 2)?.marks).toContain(
      broke?.id,
    );
    expect(analysis.takeaways).toEqual([
      { id: 'linkBrokeAfterRushes', concept: 'lien', count: 3, decision: 2 },
      { id: 'rushesCostTrust', concept: 'rythme', count: 3, decision: 1 },
    ]);
  });

  it('marks the emergency on the moment it began, following from no decision', () => {
    const analysis = analyseSession(
      recordOf([
        started(3),
        offered('hold'),
        chose(0, 'hold'),
        trust(34, 2, 'hold'),
        { type: 'emergencyStarted', concept: 'urgence' },
        { type: 'momentChanged', moment: 'emergency' },
        line('Sam s’effondre.'),
      ]),
    );
    const mark = analysis.marks.find((found) => found.kind === 'emergencyStarted');
    expect(mark).toMatchObject({ decision: undefined, concept: 'urgence', trust: 34 });
    const moment = analysis.timeline.find((entry) => entry.kind === 'moment');
    expect(moment?.marks).toEqual([mark?.id]);
    expect(analysis.timeline.find((entry) => entry.kind === 'choice')?.marks).toEqual([]);
  });
});

describe('what became of a perche', () => {
  const perche = chose(0, 'perche', 'shelter');

  it('is refused when a refusal is accepted before the next perche', () => {
    const analysis = analyseSession(
      recordOf([started(), offered('perche'), perche, offered('accept'), chose(0, 'accept')], {
        status: 'kept',
        trust: 30,
      }),
    );
    expect(analysis.marks.map((mark) => [mark.kind, mark.percheAnswer, mark.concept])).toEqual([
      ['percheOffered', 'refused', 'suggestion-legitime'],
      ['refusalAccepted', undefined, 'refus'],
    ]);
    expect(analysis.takeaways[0]).toEqual({ id: 'percheRefusedRespected', concept: 'refus', count: 1, decision: 0 });
  });

  it('is taken when the encounter ends referred with no refusal accepted after it', () => {
    const analysis = analyseSession(
      recordOf([started(), offered('perche'), perche, offered('listen'), chose(0, 'listen'), ended('referred')], {
        status: 'referred',
        trust: 30,
      }),
    );
    expect(analysis.marks[0]).toMatchObject({ kind: 'percheOffered', percheAnswer: 'taken', topic: 'shelter' });
  });

  it('is left open when a refusal is accepted only after another perche', () => {
    const analysis = analyseSession(
      recordOf([
        started(),
        offered('perche'),
        perche,
        offered('perche'),
        chose(0, 'perche', 'nurse'),
        offered('accept'),
        chose(0, 'accept'),
      ]),
    );
    expect(analysis.marks.filter((mark) => mark.kind === 'percheOffered').map((mark) => mark.percheAnswer)).toEqual([
      'open',
      'refused',
    ]);
  });
});

describe('the safety curve', () => {
  it('is absent when the encounter had no emergency', () => {
    const analysis = analyseSession(recordOf([started(), offered('greet'), chose(0, 'greet'), trust(29, 3, 'greet')]));
    expect(analysis.safetyCurve).toBeNull();
  });

  it('starts when the emergency starts and loses a point for each hesitation or distraction', () => {
    const analysis = analyseSession(
      recordOf([
        started(3, 'emergency'),
        { type: 'emergencyStarted', concept: 'urgence' },
        { type: 'momentChanged', moment: 'emergency' },
        offered('hold', 'urgent'),
        chose(0, 'hold'),
        {
          type: 'safetyChanged',
          delta: -25,
          safety: 75,
          cause: 'hesitatedInEmergency',
          concept: 'urgence',
          act: 'hold',
        },
        offered('small_talk'),
        chose(0, 'small_talk'),
        {
          type: 'safetyChanged',
          delta: -10,
          safety: 65,
          cause: 'distractedInEmergency',
          concept: 'urgence',
          act: 'small_talk',
        },
      ]),
    );
    expect(analysis.safetyCurve).toEqual([
      { at: 1000, eventIndex: 1, decision: undefined, value: linkRules.SAFETY_START },
      { at: 5000, eventIndex: 5, decision: 0, value: 75 },
      { at: 8000, eventIndex: 8, decision: 1, value: 65 },
    ]);
    expect(analysis.marks.map((mark) => [mark.kind, mark.decision, mark.act])).toEqual([
      ['emergencyStarted', undefined, undefined],
      ['hesitated', 0, 'hold'],
      ['distracted', 1, 'small_talk'],
    ]);
    expect(analysis.takeaways[0]).toEqual({ id: 'emergencyHesitated', concept: 'urgence', count: 2, decision: 0 });
  });
});

describe('the take-aways', () => {
  it('fall back on what went well, so that one decision gives two of them', () => {
    const analysis = analyseSession(
      recordOf([started(4), offered('greet'), chose(0, 'greet'), trust(29, 3, 'greet'), ended('kept')], {
        status: 'kept',
        trust: 29,
      }),
    );
    expect(analysis.takeaways).toEqual([
      { id: 'presenceBuiltTrust', concept: 'voisinage-courtois', count: 1, decision: undefined },
      { id: 'linkKept', concept: 'lien', count: 1, decision: undefined },
    ]);
  });

  it('keep the three most telling when more happened', () => {
    const analysis = analyseSession(
      recordOf([
        started(2),
        offered('perche'),
        chose(0, 'perche', 'nurse'),
        trust(41, 3, 'perche'),
        cue('turns_away'),
        offered('accept'),
        chose(0, 'accept'),
        { type: 'cueRespected', cue: 'turns_away', act: 'accept', concept: 'rythme' },
        { type: 'visitCapReached', visit: 1, concept: 'rythme' },
        trust(50, 9, 'accept'),
      ]),
    );
    expect(analysis.takeaways.map((takeaway) => takeaway.id)).toEqual([
      'percheRefusedRespected',
      'cuesRespected',
      'visitCapPatience',
    ]);
  });

  it('say the trust ran out when the link broke with no streak of rushes, and what had built it before', () => {
    const analysis = analyseSession(
      recordOf([
        started(4),
        offered('greet'),
        chose(0, 'greet'),
        trust(29, 3, 'greet'),
        offered('small_talk'),
        chose(0, 'small_talk'),
        { type: 'trustChanged', delta: -29, trust: 0, cause: 'authorOverride', concept: 'lien', act: 'small_talk' },
        { type: 'linkBroken', reason: 'trustExhausted', concept: 'lien' },
      ]),
    );
    expect(analysis.takeaways).toEqual([
      { id: 'linkBrokeTrustExhausted', concept: 'lien', count: 1, decision: 1 },
      { id: 'presenceBuiltTrust', concept: 'voisinage-courtois', count: 1, decision: undefined },
    ]);
  });

  it('tell a perche that was itself a rush as a rush, not as a perche left open', () => {
    const analysis = analyseSession(
      recordOf([
        started(4),
        offered('perche'),
        chose(0, 'perche', 'nurse'),
        rushed('perche', 9),
        trust(17, -9, 'perche'),
      ]),
    );
    expect(analysis.marks.map((mark) => [mark.kind, mark.percheAnswer])).toEqual([
      ['percheOffered', 'open'],
      ['rushed', undefined],
    ]);
    expect(analysis.takeaways).toEqual([
      { id: 'rushesCostTrust', concept: 'suggestion-legitime', count: 1, decision: 0 },
      { id: 'linkKept', concept: 'lien', count: 1, decision: undefined },
    ]);
  });

  it('are none before the first decision', () => {
    expect(analyseSession(recordOf([started(), line('Sam est assis.')])).takeaways).toEqual([]);
  });
});

describe('the facts of the session', () => {
  it('names the story, the person, the status and how long it lasted', () => {
    const analysis = analyseSession(
      recordOf([started(), line('Sam est assis.'), offered('greet'), chose(0, 'greet'), ended('kept')], {
        status: 'kept',
        trust: 26,
      }),
    );
    expect(analysis).toMatchObject({
      storyId: 'le-banc',
      title: 'Le banc',
      lang: 'fr',
      character: 'Sam',
      status: 'kept',
      failure: null,
      duration: 4000,
      brokeAfter: undefined,
    });
    expect(analysis.timeline.map((entry) => entry.kind)).toEqual(['line', 'choice', 'end']);
  });

  it('reads an attempt resumed after the tab closed as one encounter, from its first start', () => {
    const analysis = analyseSession(
      recordOf([
        started(4),
        offered('greet'),
        chose(0, 'greet'),
        trust(29, 3, 'greet'),
        started(4, 'guarded', true),
        offered('listen'),
        chose(0, 'listen'),
        trust(32, 3, 'listen'),
      ]),
    );
    expect(analysis.curve.map((point) => [point.value, point.decision])).toEqual([
      [26, undefined],
      [29, 0],
      [32, 1],
    ]);
    expect(analysis.decisions.map((choice) => [choice.trustBefore, choice.trustAfter])).toEqual([
      [26, 29],
      [29, 32],
    ]);
  });

  it('reads an unfinished attempt as having no status yet', () => {
    const analysis = analyseSession(recordOf([started(), offered('greet'), chose(0, 'greet')]));
    expect(analysis.status).toBeNull();
    expect(analysis.decisions).toHaveLength(1);
  });
});

// An inline story with one path per rule the debrief draws on (wariness 3: trust starts at 32).
const CORNER = `# title: Au coin de la rue
# lang: fr
# setting: street
# time: 23 h
# character: Mireille
# wariness: 3
# summary: Une rencontre pour éprouver le débriefing.
# duration: 3
# concepts: lien, refus, urgence
VAR link = "fragile"
Mireille est assise sur le banc, son sac contre elle.
+ [Dire bonsoir de loin #act: greet] Bonsoir.
  -> opening
+ [Lui dire ce que tu penses de sa soirée #act: opinion] Tu devrais pas rester dehors.
  -> pushing
+ [Rester là, sans rien dire #act: hold]
  -> collapse
== opening ==
Elle sourit. # moment: open
+ [Lui parler du refuge #act: perche #topic: shelter] Il reste des lits au refuge.
  -> answer
== answer ==
Elle regarde ailleurs. # cue: turns_away
+ [Lui dire que c'est elle qui sait #act: accept] C'est toi qui sais.
  Elle hoche la tête. # end: kept
  -> END
+ [L'écouter #act: listen]
  Bon. J'irai voir. # end: referred
  -> END
== pushing ==
Elle croise les bras. # cue: arms_crossed
+ [Insister #act: insist] Je dis ça pour toi.
  -> pushing_again
== pushing_again ==
Elle ne répond pas.
+ [Insister encore #act: insist] Juste une nuit.
  -> END
== collapse ==
Mireille glisse du banc. # moment: emergency
+ [Appeler le 911 #act: urgent]
  Les secours arrivent. # end: handled
  -> END
+ [Attendre de voir #act: hold]
  Les secours arrivent, enfin. # end: handled
  -> END
== link_broken ==
Mireille prend son sac et s'en va. # end: broken
-> END
`;

async function play(script: number[]): Promise<DebriefAnalysis> {
  const runner = new EncounterRunner({
    story: compileStory(CORNER, 'au-coin'),
    presenters: [new ScriptedPresenter(script)],
    clock: new FakeClock(Date.UTC(2026, 0, 1), 250),
    seed: 1,
  });
  return analyseSession(await runner.run());
}

describe('a real encounter, played', () => {
  it('marks a perche refused and the refusal accepted after she turned away', async () => {
    const analysis = await play([0, 0, 0]);
    expect(analysis.marks.map((mark) => [mark.kind, mark.decision, mark.concept])).toEqual([
      ['percheOffered', 1, 'suggestion-legitime'],
      ['refusalAccepted', 2, 'refus'],
      ['cueRespected', 2, 'rythme'],
    ]);
    expect(analysis.marks[0]?.percheAnswer).toBe('refused');
    expect(analysis.marks[2]?.cue).toBe('turns_away');
    expect(analysis.takeaways.map((takeaway) => takeaway.id)).toEqual([
      'percheRefusedRespected',
      'cuesRespected',
      'presenceBuiltTrust',
    ]);
    expect(analysis.curve.map((point) => point.value)).toEqual([32, 35, 38, 47]);
    expect(analysis.decisions.map((choice) => [choice.trustBefore, choice.trustAfter])).toEqual([
      [32, 35],
      [35, 38],
      [38, 47],
    ]);
  });

  it('marks a perche taken when she ends up going', async () => {
    const analysis = await play([0, 0, 1]);
    expect(analysis.status).toBe('referred');
    expect(analysis.marks.find((mark) => mark.kind === 'percheOffered')?.percheAnswer).toBe('taken');
    expect(analysis.takeaways[0]).toEqual({
      id: 'percheTaken',
      concept: 'suggestion-legitime',
      count: 1,
      decision: 1,
    });
  });

  it('breaks the link after three rushes and points the first take-away to the breaking decision', async () => {
    const analysis = await play([1, 0, 0]);
    expect(analysis.status).toBe('broken');
    expect(analysis.brokeAfter).toBe(2);
    expect(analysis.marks.map((mark) => [mark.kind, mark.decision, mark.cue ?? null])).toEqual([
      ['rushed', 0, null],
      ['rushed', 1, 'arms_crossed'],
      ['rushed', 2, null],
      ['linkBroken', 2, null],
    ]);
    expect(analysis.takeaways[0]).toMatchObject({ id: 'linkBrokeAfterRushes', decision: 2, count: 3 });
    const breaking = analysis.timeline.find((entry) => entry.kind === 'choice' && entry.decision === 2);
    expect(breaking?.marks).toEqual([2, 3]);
    expect(analysis.timeline.at(-1)).toMatchObject({ kind: 'end', status: 'broken' });
  });

  it('draws a safety curve only for the emergency, and marks the hesitation in it', async () => {
    const hesitated = await play([2, 1]);
    expect(hesitated.safetyCurve?.map((point) => point.value)).toEqual([100, 75]);
    expect(hesitated.marks.map((mark) => mark.kind)).toEqual(['emergencyStarted', 'hesitated']);
    expect(hesitated.takeaways[0]).toMatchObject({ id: 'emergencyHesitated', decision: 1 });
    const moment = hesitated.timeline.find((entry) => entry.kind === 'moment' && entry.moment === 'emergency');
    expect(moment?.marks).toEqual([0]);

    const quick = await play([2, 0]);
    expect(quick.safetyCurve?.map((point) => point.value)).toEqual([100]);
    expect(quick.takeaways[0]).toEqual({
      id: 'emergencyActedQuickly',
      concept: 'urgence',
      count: 1,
      decision: undefined,
    });

    expect((await play([0, 0, 0])).safetyCurve).toBeNull();
  });

  it('has no score, grade or percent anywhere', async () => {
    for (const script of [
      [0, 0, 0],
      [0, 0, 1],
      [1, 0, 0],
      [2, 1],
      [2, 0],
    ]) {
      const keys = keysOf(await play(script)).map((key) => key.toLowerCase());
      expect(keys.filter((key) => /score|grade|percent/.test(key))).toEqual([]);
    }
    expect(TAKEAWAY_IDS.filter((id) => /score|grade|percent/i.test(id))).toEqual([]);
  });
});

const root = fileURLToPath(new URL('../../..', import.meta.url));
const readProjectFile = (path: string): string => readFileSync(join(root, path), 'utf8');
const plans = readdirSync(join(root, 'test/encounters'))
  .filter((file) => file.endsWith('.plan'))
  .sort();

describe('the shipped encounters, played by their plans', () => {
  it.each(plans)('%s gives a debrief that holds together', async (file) => {
    const parsed = parsePlan(readProjectFile(`test/encounters/${file}`));
    if (!parsed.ok) throw new Error(`${file}: the plan does not read`);
    const { plan } = parsed;
    const compiled = compileInk(plan.story, readProjectFile);
    if (compiled.json === undefined) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
    const runner = new EncounterRunner({
      story: { id: basename(plan.story, '.ink'), path: plan.story, json: compiled.json },
      presenters: [new ScriptedPresenter(planChoices(plan))],
      clock: new FakeClock(),
      seed: plan.seed,
    });
    const record = await runner.run();
    const analysis = analyseSession(record);

    // Every mark sits in exactly one timeline entry.
    const placed = analysis.timeline.flatMap((entry) => entry.marks).sort((a, b) => a - b);
    expect(placed).toEqual(analysis.marks.map((mark) => mark.id));
    expect(analysis.decisions).toHaveLength(record.choices.length);
    expect(analysis.takeaways.length).toBeGreaterThanOrEqual(2);
    expect(analysis.takeaways.length).toBeLessThanOrEqual(3);
    expect(analysis.safetyCurve !== null).toBe(record.events.some((event) => event.type === 'emergencyStarted'));
    for (const mark of analysis.marks.filter((found) => found.percheAnswer === 'refused')) {
      expect(
        analysis.marks.some(
          (found) => found.kind === 'refusalAccepted' && (found.decision ?? -1) > (mark.decision ?? 0),
        ),
      ).toBe(true);
    }
    const breaks = analysis.marks.filter((mark) => mark.kind === 'linkBroken');
    if (plan.broken === true) {
      expect(breaks).toHaveLength(1);
      expect(analysis.brokeAfter).toBe(breaks[0]?.decision);
      expect(analysis.takeaways[0]?.decision).toBe(analysis.brokeAfter);
      expect(analysis.takeaways[0]?.id).toMatch(/^linkBroke/);
    } else {
      expect(breaks).toEqual([]);
      expect(analysis.brokeAfter).toBeUndefined();
    }
  });
});
