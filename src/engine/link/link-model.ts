/**
 * The hidden link (le lien): a pure reducer from what happens in an encounter to the
 * person's trust. No clock, no randomness, no I/O: the same inputs always give the
 * same trust, which is what makes records replayable and the rules testable.
 */
import type { Act, Concept, Cue, Distance, LinkBand, Moment } from '../story/tag-contract.ts';
import {
  ACT_CONCEPT,
  APPROACH_DEMAND,
  BAND_THRESHOLDS,
  BASE_DEMAND,
  CLOSING_CUES,
  CUE_RESPECT_BONUS,
  CUE_RESPECTING_ACTS,
  DISTANCE_DEMAND,
  DISTRACTION_COST,
  EMERGENCY_ACTS,
  GAIN,
  HESITATION_ACTS,
  HESITATION_COST,
  IGNORED_CUE_COST,
  IGNORED_CUE_DEMAND,
  MOMENT_DEMAND,
  OPENING_CUE_RELIEF,
  OPENING_CUES,
  RESPECTFUL_ACTS,
  RUSH_BASE_COST,
  RUSH_OVERSHOOT_COST,
  RUSH_STREAK_LIMIT,
  RUSH_WINDOW,
  rushCostCap,
  SAFETY_START,
  SKIPPED_ZONE_DEMAND,
  startingTrust,
  visitGainCap,
  warinessFactor,
} from './link-rules.ts';

/** A closing signal the next act should answer: a cue, or the moment closing. */
export type ClosingSignal = Cue | 'moment_closed';

export interface LinkState {
  /** The hidden trust, 0 to 100. Never shown to the trainee during play. */
  readonly trust: number;
  /** 0 to 100, or null while the encounter has had no emergency. */
  readonly safety: number | null;
  /** 1 to 5, from the story's header. */
  readonly wariness: number;
  readonly moment: Moment;
  readonly distance: Distance;
  /** 1 for the first meeting; the story's `visit` tag moves it on. */
  readonly visit: number;
  /** Trust gained since this visit began, for the per-visit cap. */
  readonly gainedThisVisit: number;
  /** Whether the cap has held a gain back during this visit (reported once a visit). */
  readonly visitCapReached: boolean;
  /** A closing cue the trainee has not answered yet, if any. */
  readonly pendingClosing: ClosingSignal | undefined;
  /** An opening cue the next act may use, if any. */
  readonly pendingOpening: Cue | undefined;
  /** Whether each of the last acts was a rush, newest last; at most RUSH_WINDOW long. */
  readonly recentRushes: readonly boolean[];
  readonly broken: boolean;
}

/** What the link model listens to: the trainee's acts and what the story says of the person. */
export type LinkInput =
  | {
      readonly type: 'act';
      readonly act: Act | undefined;
      readonly topic?: string | undefined;
      readonly trustOverride?: number | undefined;
      /**
       * For an approach: the zone it ends in, when the story says so (the `distance`
       * tag on the line after the choice). Without it, one zone closer.
       */
      readonly to?: Distance | undefined;
    }
  | { readonly type: 'moment'; readonly moment: Moment }
  | { readonly type: 'cue'; readonly cue: Cue }
  | { readonly type: 'distance'; readonly distance: Distance }
  | { readonly type: 'visit'; readonly visit: number };

/** Why the trust or the safety moved. The debrief turns each into words. */
export const LINK_CAUSES = [
  'presence',
  'welcomedAct',
  'rushed',
  'cueRespected',
  'cueIgnored',
  'refusalAccepted',
  'authorOverride',
  'hesitatedInEmergency',
  'distractedInEmergency',
] as const;
export type LinkCause = (typeof LINK_CAUSES)[number];

/** What one input did to the link, in order. Only the recorder and the debrief see these. */
export type LinkEffect =
  | {
      readonly type: 'trustChanged';
      /** Points, signed; after clamping to 0..100 and the visit cap. */
      readonly delta: number;
      readonly trust: number;
      readonly cause: LinkCause;
      readonly concept: Concept;
      readonly act: Act | undefined;
    }
  | {
      readonly type: 'safetyChanged';
      readonly delta: number;
      readonly safety: number;
      readonly cause: LinkCause;
      readonly concept: 'urgence';
      readonly act: Act;
    }
  | {
      readonly type: 'rushed';
      readonly act: Act;
      /** Trust the act presumed, after moment, distance and cues. */
      readonly demand: number;
      /** Trust there was when the act came. */
      readonly trust: number;
      /** Points lost. */
      readonly cost: number;
      readonly concept: Concept;
      /** The closing cue that was pushed past, if any. */
      readonly ignoredCue: ClosingSignal | undefined;
    }
  | { readonly type: 'cueRespected'; readonly cue: ClosingSignal; readonly act: Act; readonly concept: 'rythme' }
  | { readonly type: 'cueIgnored'; readonly cue: ClosingSignal; readonly act: Act; readonly concept: 'rythme' }
  | { readonly type: 'visitCapReached'; readonly visit: number; readonly concept: 'rythme' }
  | { readonly type: 'emergencyStarted'; readonly concept: 'urgence' }
  | {
      readonly type: 'linkBroken';
      readonly reason: 'trustExhausted' | 'repeatedRushes';
      readonly concept: 'lien';
    };

export interface LinkStep {
  readonly state: LinkState;
  readonly effects: readonly LinkEffect[];
}

export function initialLinkState(wariness: number, distance: Distance = 'far', moment: Moment = 'guarded'): LinkState {
  return {
    trust: clamp(startingTrust(wariness)),
    safety: null,
    wariness,
    moment,
    distance,
    visit: 1,
    gainedThisVisit: 0,
    visitCapReached: false,
    pendingClosing: undefined,
    pendingOpening: undefined,
    recentRushes: [],
    broken: false,
  };
}

export function bandOf(state: LinkState): LinkBand {
  if (state.broken) return 'broken';
  if (state.trust >= BAND_THRESHOLDS.solid) return 'solid';
  if (state.trust >= BAND_THRESHOLDS.building) return 'building';
  return 'fragile';
}

/**
 * The trust an act presumes in the current state. Exposed for the debrief and the
 * reveal mode ("this needed 40, there was 22").
 */
export function demandOf(state: LinkState, act: Act, to?: Distance): number {
  if (state.moment === 'emergency' && EMERGENCY_ACTS.includes(act)) return 0;
  if (RESPECTFUL_ACTS.includes(act)) return 0;
  let demand = act === 'approach' ? approachDemand(state.distance, to) : BASE_DEMAND[act];
  demand += DISTANCE_DEMAND[state.distance];
  if (state.moment !== 'emergency') demand += MOMENT_DEMAND[state.moment];
  if (state.pendingClosing !== undefined) demand += IGNORED_CUE_DEMAND;
  if (state.pendingOpening !== undefined) demand -= OPENING_CUE_RELIEF;
  return Math.max(0, demand);
}

/** What stepping from one zone towards another presumes. */
function approachDemand(from: Distance, to: Distance | undefined): number {
  const order: readonly Distance[] = ['far', 'near', 'close'];
  const start = order.indexOf(from);
  const target = to === undefined ? Math.min(start + 1, order.length - 1) : Math.max(order.indexOf(to), start);
  const entered = order[target] ?? 'close';
  return APPROACH_DEMAND[entered] + Math.max(0, target - start - 1) * SKIPPED_ZONE_DEMAND;
}

/** Applies one input. A broken link no longer moves: the encounter is over for it. */
export function reduceLink(state: LinkState, input: LinkInput): LinkStep {
  if (state.broken) return { state, effects: [] };
  switch (input.type) {
    case 'moment': {
      const effects: LinkEffect[] = [];
      let safety = state.safety;
      if (input.moment === 'emergency' && state.moment !== 'emergency') {
        safety ??= SAFETY_START;
        effects.push({ type: 'emergencyStarted', concept: 'urgence' });
      }
      // A cue on the same line says more than the moment closing: the debrief names it.
      const pendingClosing =
        input.moment === 'closed' ? (state.pendingClosing ?? 'moment_closed') : state.pendingClosing;
      return { state: { ...state, moment: input.moment, safety, pendingClosing }, effects };
    }
    case 'cue': {
      if (CLOSING_CUES.includes(input.cue)) {
        return { state: { ...state, pendingClosing: input.cue, pendingOpening: undefined }, effects: [] };
      }
      if (OPENING_CUES.includes(input.cue)) {
        return { state: { ...state, pendingOpening: input.cue }, effects: [] };
      }
      return { state, effects: [] };
    }
    case 'distance':
      return { state: { ...state, distance: input.distance }, effects: [] };
    case 'visit':
      // A new visit days later: the cues of the last one are stale, the cap starts over.
      return {
        state: {
          ...state,
          visit: input.visit,
          gainedThisVisit: 0,
          visitCapReached: false,
          pendingClosing: undefined,
          pendingOpening: undefined,
          recentRushes: [],
        },
        effects: [],
      };
    case 'act':
      return reduceAct(state, input.act, input.trustOverride, input.to);
  }
}

function reduceAct(
  state: LinkState,
  act: Act | undefined,
  trustOverride: number | undefined,
  to: Distance | undefined,
): LinkStep {
  if (act === undefined && trustOverride === undefined) return { state, effects: [] };
  const effects: LinkEffect[] = [];
  const concept: Concept = act === undefined ? 'lien' : ACT_CONCEPT[act];
  // Whatever happens, the act answers the cues that came before it.
  let next: LinkState = { ...state, pendingClosing: undefined, pendingOpening: undefined };

  if (trustOverride !== undefined) {
    next = changeTrust(next, trustOverride, 'authorOverride', concept, act, effects, false);
    next = { ...next, recentRushes: pushRush(state.recentRushes, false) };
    return finish(next, effects, false);
  }
  if (act === undefined) return { state, effects };

  if (state.moment === 'emergency') return reduceEmergencyAct(state, next, act, effects);

  const demand = demandOf(state, act, to);
  const rushed = demand > state.trust;
  if (rushed) {
    // Pushing past a closing cue is first a matter of rhythm; otherwise the act's own concept.
    const rushConcept: Concept = state.pendingClosing === undefined ? concept : 'rythme';
    const overshoot = demand - state.trust;
    const cost = Math.min(
      rushCostCap(state.wariness),
      Math.round((RUSH_BASE_COST + overshoot * RUSH_OVERSHOOT_COST) * warinessFactor(state.wariness)),
    );
    effects.push({
      type: 'rushed',
      act,
      demand,
      trust: state.trust,
      cost,
      concept: rushConcept,
      ignoredCue: state.pendingClosing,
    });
    next = changeTrust(next, -cost, 'rushed', rushConcept, act, effects, false);
  } else if (state.pendingClosing !== undefined && !RESPECTFUL_ACTS.includes(act)) {
    effects.push({ type: 'cueIgnored', cue: state.pendingClosing, act, concept: 'rythme' });
    next = changeTrust(next, -IGNORED_CUE_COST, 'cueIgnored', 'rythme', act, effects, false);
  } else if (state.pendingClosing !== undefined && CUE_RESPECTING_ACTS.includes(act)) {
    effects.push({ type: 'cueRespected', cue: state.pendingClosing, act, concept: 'rythme' });
    next = changeTrust(next, GAIN[act] + CUE_RESPECT_BONUS, 'cueRespected', 'rythme', act, effects, true);
  } else {
    const cause: LinkCause =
      act === 'accept' ? 'refusalAccepted' : RESPECTFUL_ACTS.includes(act) ? 'presence' : 'welcomedAct';
    next = changeTrust(next, GAIN[act], cause, concept, act, effects, true);
  }
  next = { ...next, recentRushes: pushRush(state.recentRushes, rushed) };
  return finish(next, effects, rushed);
}

/** In an emergency the rules turn around: hesitation, not haste, is the mistake. */
function reduceEmergencyAct(state: LinkState, next: LinkState, act: Act, effects: LinkEffect[]): LinkStep {
  const safety = state.safety ?? SAFETY_START;
  let cost = 0;
  let cause: LinkCause | undefined;
  if (HESITATION_ACTS.includes(act)) {
    cost = HESITATION_COST;
    cause = 'hesitatedInEmergency';
  } else if (!EMERGENCY_ACTS.includes(act)) {
    cost = DISTRACTION_COST;
    cause = 'distractedInEmergency';
  }
  if (cause !== undefined) {
    const after = Math.max(0, safety - cost);
    effects.push({
      type: 'safetyChanged',
      delta: after - safety,
      safety: after,
      cause,
      concept: 'urgence',
      act,
    });
  }
  // Trust is not at stake in the emergency itself; the story says what the person felt after.
  return { state: { ...next, safety: Math.max(0, safety - cost) }, effects };
}

function changeTrust(
  state: LinkState,
  delta: number,
  cause: LinkCause,
  concept: Concept,
  act: Act | undefined,
  effects: LinkEffect[],
  capped: boolean,
): LinkState {
  let applied = delta;
  let gainedThisVisit = state.gainedThisVisit;
  let visitCapReached = state.visitCapReached;
  if (capped && delta > 0) {
    const room = Math.max(0, visitGainCap(state.wariness) - state.gainedThisVisit);
    applied = Math.min(delta, room);
    if (applied < delta && !visitCapReached) {
      effects.push({ type: 'visitCapReached', visit: state.visit, concept: 'rythme' });
      visitCapReached = true;
    }
    gainedThisVisit += applied;
  }
  const trust = clamp(state.trust + applied);
  if (trust !== state.trust) {
    effects.push({ type: 'trustChanged', delta: trust - state.trust, trust, cause, concept, act });
  }
  return { ...state, trust, gainedThisVisit, visitCapReached };
}

function finish(state: LinkState, effects: LinkEffect[], rushed: boolean): LinkStep {
  if (state.trust <= 0) {
    effects.push({ type: 'linkBroken', reason: 'trustExhausted', concept: 'lien' });
    return { state: { ...state, trust: 0, broken: true }, effects };
  }
  const recentCount = state.recentRushes.filter(Boolean).length;
  if (rushed && recentCount >= RUSH_STREAK_LIMIT && state.trust < BAND_THRESHOLDS.solid) {
    effects.push({ type: 'linkBroken', reason: 'repeatedRushes', concept: 'lien' });
    return { state: { ...state, broken: true }, effects };
  }
  return { state, effects };
}

function pushRush(recent: readonly boolean[], rushed: boolean): boolean[] {
  return [...recent, rushed].slice(-RUSH_WINDOW);
}

function clamp(trust: number): number {
  return Math.min(100, Math.max(0, Math.round(trust)));
}
