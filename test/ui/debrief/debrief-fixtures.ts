/**
 * Debrief analyses written by hand, as `analyseSession` would give them: a first
 * contact with Josée where the link breaks after two rushes, the same encounter
 * replayed from decision 3 where the trainee steps back, and an emergency at the
 * drop-in site with Kevin. Trust values are chosen so that none of them could be
 * mistaken for a decision number on the screen (decisions are 1 to 4).
 */
import type {
  CurvePoint,
  DebriefAnalysis,
  DebriefDecision,
  DebriefMark,
  EndStatus,
  SessionRecord,
  TimelineEntry,
} from '../../../src/engine/index.ts';
import { newStoredSession, type StoredSession, withAttempt } from '../../../src/engine/index.ts';

/** Every trust or safety value the fixtures hold: none may appear on screen. */
export const HIDDEN_VALUES = [32, 37, 41, 29, 17, 47, 53, 75, 50];

function point(value: number, decision: number | undefined, eventIndex: number): CurvePoint {
  return { at: eventIndex * 1000, eventIndex, decision, value };
}

function decision(
  index: number,
  text: string,
  act: DebriefDecision['act'],
  trustBefore: number,
  trustAfter: number,
  topic?: string,
): DebriefDecision {
  return {
    decision: index,
    at: index * 5000,
    eventIndex: index * 4 + 2,
    offered: [
      { text, act },
      { text: 'Rester à distance, sans rien dire.', act: 'hold' },
    ],
    chosen: 0,
    text,
    act,
    topic,
    trustBefore,
    trustAfter,
  };
}

function mark(fields: Partial<DebriefMark> & Pick<DebriefMark, 'id' | 'kind' | 'concept' | 'trust'>): DebriefMark {
  return {
    at: 0,
    eventIndex: 0,
    decision: undefined,
    act: undefined,
    topic: undefined,
    cue: undefined,
    percheAnswer: undefined,
    cost: undefined,
    brokenReason: undefined,
    ...fields,
  };
}

const FIRST_TWO: readonly DebriefDecision[] = [
  decision(0, 'Bonsoir. Je passe juste dire bonjour.', 'greet', 32, 37),
  decision(1, 'Je reste un peu, si ça te va.', 'hold', 37, 41),
];

/** Attempt 1: the link breaks after decision 4 (0-based 3). */
export function brokenAnalysis(overrides: Partial<DebriefAnalysis> = {}): DebriefAnalysis {
  const timeline: TimelineEntry[] = [
    { kind: 'line', at: 0, marks: [], speaker: 'Josée', text: 'Tu veux quoi, toi ?' },
    { kind: 'choice', at: 1000, marks: [], decision: 0, text: 'Bonsoir. Je passe juste dire bonjour.', act: 'greet' },
    { kind: 'distance', at: 2000, marks: [], from: 'far', to: 'near' },
    { kind: 'line', at: 3000, marks: [], speaker: undefined, text: 'Le vent se lève sur la rue Ontario.' },
    { kind: 'choice', at: 4000, marks: [], decision: 1, text: 'Je reste un peu, si ça te va.', act: 'hold' },
    { kind: 'cue', at: 5000, marks: [], cue: 'turns_away' },
    { kind: 'choice', at: 6000, marks: [0, 1], decision: 2, text: 'Tu dors où ces temps-ci ?', act: 'ask' },
    { kind: 'line', at: 6500, marks: [], speaker: 'worker', text: 'Tu dors où ces temps-ci ?' },
    {
      kind: 'choice',
      at: 7000,
      marks: [2, 3, 4],
      decision: 3,
      text: 'Tu devrais aller au refuge.',
      act: 'perche',
    },
    { kind: 'end', at: 8000, marks: [], status: 'broken' },
  ];
  return {
    storyId: 'premier-bonjour',
    title: 'Premier bonjour',
    lang: 'fr',
    character: 'Josée',
    status: 'broken',
    failure: null,
    duration: 8000,
    curve: [point(32, undefined, -1), point(37, 0, 3), point(41, 1, 7), point(29, 2, 11), point(17, 3, 15)],
    safetyCurve: null,
    decisions: [
      ...FIRST_TWO,
      decision(2, 'Tu dors où ces temps-ci ?', 'ask', 41, 29),
      decision(3, 'Tu devrais aller au refuge.', 'perche', 29, 17, 'shelter'),
    ],
    timeline,
    marks: [
      mark({
        id: 0,
        kind: 'rushed',
        concept: 'suggestion-legitime',
        trust: 29,
        eventIndex: 11,
        decision: 2,
        act: 'ask',
        cue: 'turns_away',
        cost: 12,
      }),
      mark({
        id: 1,
        kind: 'cueIgnored',
        concept: 'rythme',
        trust: 29,
        eventIndex: 11,
        decision: 2,
        act: 'ask',
        cue: 'turns_away',
      }),
      mark({
        id: 2,
        kind: 'rushed',
        concept: 'suggestion-legitime',
        trust: 17,
        eventIndex: 15,
        decision: 3,
        act: 'perche',
        topic: 'shelter',
        cost: 12,
      }),
      mark({
        id: 3,
        kind: 'percheOffered',
        concept: 'suggestion-legitime',
        trust: 17,
        eventIndex: 15,
        decision: 3,
        act: 'perche',
        topic: 'shelter',
        percheAnswer: 'open',
      }),
      mark({
        id: 4,
        kind: 'linkBroken',
        concept: 'lien',
        trust: 17,
        eventIndex: 16,
        decision: 3,
        brokenReason: 'repeatedRushes',
      }),
    ],
    takeaways: [
      { id: 'linkBrokeAfterRushes', concept: 'lien', count: 1, decision: 3 },
      { id: 'rushesCostTrust', concept: 'suggestion-legitime', count: 2, decision: 2 },
      { id: 'cueIgnored', concept: 'rythme', count: 1, decision: 2 },
    ],
    brokeAfter: 3,
    ...overrides,
  };
}

/** Attempt 2, replayed from decision 3 (0-based 2): the trainee steps back when Josée turns away. */
export function keptAnalysis(overrides: Partial<DebriefAnalysis> = {}): DebriefAnalysis {
  return {
    ...brokenAnalysis(),
    status: 'kept',
    curve: [point(32, undefined, -1), point(37, 0, 3), point(41, 1, 7), point(47, 2, 11)],
    decisions: [...FIRST_TWO, decision(2, 'Je te laisse tranquille. Bonne soirée.', 'leave', 41, 47)],
    timeline: [
      { kind: 'line', at: 0, marks: [], speaker: 'Josée', text: 'Tu veux quoi, toi ?' },
      { kind: 'choice', at: 1000, marks: [], decision: 0, text: 'Bonsoir. Je passe juste dire bonjour.', act: 'greet' },
      { kind: 'choice', at: 4000, marks: [], decision: 1, text: 'Je reste un peu, si ça te va.', act: 'hold' },
      { kind: 'cue', at: 5000, marks: [], cue: 'turns_away' },
      {
        kind: 'choice',
        at: 6000,
        marks: [0],
        decision: 2,
        text: 'Je te laisse tranquille. Bonne soirée.',
        act: 'leave',
      },
      { kind: 'end', at: 8000, marks: [], status: 'kept' },
    ],
    marks: [
      mark({
        id: 0,
        kind: 'cueRespected',
        concept: 'rythme',
        trust: 47,
        eventIndex: 11,
        decision: 2,
        act: 'leave',
        cue: 'turns_away',
      }),
    ],
    takeaways: [
      { id: 'cuesRespected', concept: 'rythme', count: 1, decision: 2 },
      { id: 'linkKept', concept: 'lien', count: 1, decision: undefined },
    ],
    brokeAfter: undefined,
    ...overrides,
  };
}

/** An overdose at the drop-in site: the safety curve exists, one pause costs safety. */
export function emergencyAnalysis(): DebriefAnalysis {
  return {
    storyId: 'au-site-fixe',
    title: 'Au site fixe',
    lang: 'fr',
    character: 'Kevin',
    status: 'handled',
    failure: null,
    duration: 6000,
    curve: [point(50, undefined, -1), point(53, 0, 3), point(53, 1, 7)],
    safetyCurve: [point(100, undefined, 4), point(75, 1, 7)],
    decisions: [
      decision(0, 'Salut, Kevin ! Ton sac au vestiaire ?', 'greet', 50, 53),
      decision(1, 'J’attends de voir si ça passe.', 'hold', 53, 53),
    ],
    timeline: [
      { kind: 'choice', at: 1000, marks: [], decision: 0, text: 'Salut, Kevin ! Ton sac au vestiaire ?', act: 'greet' },
      { kind: 'moment', at: 2000, marks: [0], moment: 'emergency' },
      { kind: 'choice', at: 3000, marks: [1], decision: 1, text: 'J’attends de voir si ça passe.', act: 'hold' },
      { kind: 'end', at: 6000, marks: [], status: 'handled' },
    ],
    marks: [
      mark({ id: 0, kind: 'emergencyStarted', concept: 'urgence', trust: 53, eventIndex: 4, decision: 0 }),
      mark({ id: 1, kind: 'hesitated', concept: 'urgence', trust: 53, eventIndex: 7, decision: 1, act: 'hold' }),
    ],
    takeaways: [{ id: 'emergencyHesitated', concept: 'urgence', count: 1, decision: 1 }],
    brokeAfter: undefined,
  };
}

export function record(
  status: EndStatus | null,
  failure: string | null = null,
  storyId = 'premier-bonjour',
): SessionRecord {
  return {
    schemaVersion: 1,
    story: {
      id: storyId,
      title: 'Premier bonjour',
      lang: 'fr',
      contentHash: 'hash',
      path: `stories/fr/${storyId}.ink`,
    },
    seed: 7,
    startedAt: 1_700_000_000_000,
    events: [],
    choices: [],
    outcome: status === null ? null : { status, trust: 17, safety: null },
    failure,
  };
}

export function sessionOf(
  attempts: readonly { status: EndStatus | null; replayedFrom: number | null }[],
  reactions = '',
): StoredSession {
  const [first, ...rest] = attempts;
  let session = newStoredSession('session-1', record(first?.status ?? null), 1_700_000_000_000);
  for (const attempt of rest)
    session = withAttempt(session, record(attempt.status), attempt.replayedFrom, 1_700_000_100_000);
  return { ...session, reactions };
}
