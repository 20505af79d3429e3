/**
 * The numbers of the link model, in one place, so trainers and developers read the
 * same rules (stories/README.md explains them in words). Trust is a hidden number
 * from 0 to 100; every number here is in trust points unless it says otherwise.
 *
 * The shape follows the article: presence builds trust slowly, every act that
 * presumes closeness (a step closer, a personal question, a perche, an opinion, an
 * uninvited visit) asks for trust the person may not have given yet, and the
 * person's moment moves that bar. Tuned against the shipped stories: an expert
 * first contact with a wary person (wariness 4) ends "building", not "solid".
 */
import type { Act, Concept, Cue, Distance, Moment } from '../story/tag-contract.ts';

/** Where trust starts: lower for a warier person. wariness 1 → 44, 3 → 32, 4 → 26, 5 → 20. */
export function startingTrust(wariness: number): number {
  return 50 - 6 * wariness;
}

/**
 * Most trust one visit can add (gains only; losses are never capped). A wary person
 * takes several visits: "three or four years at the material stage".
 * wariness 1 → 26, 3 → 18, 5 → 10.
 */
export function visitGainCap(wariness: number): number {
  return 30 - 4 * wariness;
}

/** Multiplies a rush's cost: a wary person is hurt more by the same rush. 1 → 0.8, 5 → 1.6. */
export function warinessFactor(wariness: number): number {
  return 0.6 + 0.2 * wariness;
}

export const BAND_THRESHOLDS = {
  /** From here up the link is "building". */
  building: 35,
  /** From here up the link is "solid": it survives a streak of rushes. */
  solid: 65,
} as const;

/**
 * Acts that never presume anything: being there, stepping back, leaving, accepting.
 * They are never a rush outside an emergency, whatever the trust or the moment.
 */
export const RESPECTFUL_ACTS: readonly Act[] = ['greet', 'hold', 'listen', 'material', 'step_back', 'leave', 'accept'];

/**
 * Acts that answer a closing cue with room: they earn the respect bonus right after
 * one. The other respectful acts (a hello, listening, handing material) neither earn
 * it nor count as pushing past the cue.
 */
export const CUE_RESPECTING_ACTS: readonly Act[] = ['step_back', 'leave', 'accept', 'hold'];

/** Trust each act presumes, before distance, moment and cues move the bar. */
export const BASE_DEMAND: Readonly<Record<Act, number>> = {
  greet: 0,
  hold: 0,
  listen: 0,
  material: 0,
  step_back: 0,
  leave: 0,
  accept: 0,
  small_talk: 10,
  inform: 20,
  // An approach's demand depends on the zone it enters: APPROACH_DEMAND.
  approach: 0,
  urgent: 45,
  ask: 35,
  perche: 40,
  visit: 45,
  opinion: 55,
  insist: 65,
};

/**
 * Trust needed to enter each zone by an approach: near is a small ask, close a big
 * one. Staying at a zone one is already in asks what entering it did.
 */
export const APPROACH_DEMAND: Readonly<Record<Distance, number>> = {
  far: 0,
  near: 15,
  close: 40,
};

/** Crossing a zone in one go (far straight to close) asks this much more. */
export const SKIPPED_ZONE_DEMAND = 15;

/** Standing close makes every demanding act weigh more. */
export const DISTANCE_DEMAND: Readonly<Record<Distance, number>> = {
  far: 0,
  near: 0,
  close: 5,
};

/** The person's availability moves the bar; `closed` puts most acts out of reach. */
export const MOMENT_DEMAND: Readonly<Record<Exclude<Moment, 'emergency'>, number>> = {
  open: -15,
  guarded: 0,
  closed: 50,
};

/** Cues that say "not now" or "enough for today". */
export const CLOSING_CUES: readonly Cue[] = ['turns_away', 'changes_subject', 'arms_crossed', 'steps_back', 'agitated'];
/** Cues that open a window for the next act. */
export const OPENING_CUES: readonly Cue[] = ['smiles', 'eye_contact', 'leans_in'];

/** Pushing on right after a closing cue asks this much more trust. */
export const IGNORED_CUE_DEMAND = 20;
/** The next act after an opening cue asks this much less. */
export const OPENING_CUE_RELIEF = 10;
/** Even when the trust allows it, ignoring a closing cue costs this much. */
export const IGNORED_CUE_COST = 3;
/** Extra trust for answering a closing cue with room (step back, leave, accept, hold). */
export const CUE_RESPECT_BONUS = 5;

/** Trust an act earns when it is not a rush (before the visit cap). */
export const GAIN: Readonly<Record<Act, number>> = {
  greet: 3,
  hold: 2,
  listen: 3,
  material: 3,
  step_back: 1,
  leave: 1,
  accept: 4,
  small_talk: 2,
  inform: 2,
  approach: 2,
  urgent: 0,
  ask: 3,
  perche: 3,
  visit: 3,
  opinion: 3,
  insist: 0,
};

/**
 * A rush costs (RUSH_BASE_COST + overshoot × RUSH_OVERSHOOT_COST) × warinessFactor,
 * rounded, and at most rushCostCap(wariness): one clumsy perche sets a first contact
 * back, it does not end it; a streak of them does (RUSH_STREAK_LIMIT).
 */
export const RUSH_BASE_COST = 3;
export const RUSH_OVERSHOOT_COST = 0.2;

/** The most one rush can cost: wariness 1 → 6, 3 → 10, 4 → 12, 5 → 14. */
export function rushCostCap(wariness: number): number {
  return 4 + 2 * wariness;
}

/** This many rushes among the last RUSH_WINDOW acts break a link that is below solid. */
export const RUSH_STREAK_LIMIT = 3;
export const RUSH_WINDOW = 4;

/** Safety starts here when the first emergency begins; only emergencies score it. */
export const SAFETY_START = 100;
/** Hesitating in an emergency (hold, step back, leave) costs this much safety. */
export const HESITATION_COST = 25;
/** Anything but helping (chatting, questions, perches) during an emergency costs this much. */
export const DISTRACTION_COST = 10;
/** In an emergency these are never rushes: acting quickly is right. */
export const EMERGENCY_ACTS: readonly Act[] = ['approach', 'urgent', 'inform', 'material'];
export const HESITATION_ACTS: readonly Act[] = ['hold', 'step_back', 'leave'];

/** The concept of the article each act illustrates, for the debrief. */
export const ACT_CONCEPT: Readonly<Record<Act, Concept>> = {
  greet: 'voisinage-courtois',
  hold: 'voisinage-courtois',
  approach: 'voisinage-courtois',
  step_back: 'voisinage-courtois',
  leave: 'voisinage-courtois',
  visit: 'voisinage-courtois',
  material: 'non-demande',
  listen: 'lien',
  small_talk: 'lien',
  ask: 'suggestion-legitime',
  perche: 'suggestion-legitime',
  opinion: 'suggestion-legitime',
  insist: 'suggestion-legitime',
  inform: 'suggestion-legitime',
  accept: 'refus',
  urgent: 'urgence',
};
