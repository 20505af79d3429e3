/**
 * What the stage shows, as plain state: the person's body language, the light of the
 * moment, the life of the setting. Pure functions from the story's directions to that
 * state, unit-tested; the Phaser scene only draws it. Nothing here knows the trust:
 * the stage shows what the story says (a cue, a moment), never how the link is doing.
 */
import type { Cue, Moment, Setting } from '../engine/index.ts';
import type { BodyFrame, HeadFrame } from './stage-art.ts';

/** The last body-language change shown: `neutral` at the start of a visit, `emergency` when slumped. */
export type PersonPoseName = 'neutral' | Cue | 'emergency';

export interface PersonPose {
  readonly name: PersonPoseName;
  readonly posture: 'sit' | 'stand' | 'lying';
  readonly arms: 'open' | 'crossed';
  /** Facing the worker (left) or turned away. */
  readonly facing: 'toward' | 'away';
  readonly face: 'neutral' | 'look' | 'smile' | 'down';
  /** Degrees the body tilts: negative leans toward the worker, positive away. */
  readonly lean: number;
  /** Art units the person moved away from the seat (standing back). */
  readonly offset: number;
  /** Restless weight shifts (agitated). */
  readonly tense: boolean;
}

export const NEUTRAL_POSE: PersonPose = {
  name: 'neutral',
  posture: 'sit',
  arms: 'open',
  facing: 'toward',
  face: 'neutral',
  lean: 0,
  offset: 0,
  tense: false,
};

const LEAN_IN_DEGREES = -7;
const LEAN_BACK_DEGREES = 4;
const STEP_BACK_UNITS = 55;

/** The pose after a cue, from the pose before it (a smile does not uncross the arms). */
export function poseAfterCue(before: PersonPose, cue: Cue): PersonPose {
  const base: PersonPose = before.posture === 'lying' ? { ...NEUTRAL_POSE } : before;
  switch (cue) {
    case 'turns_away':
      return { ...base, name: cue, facing: 'away', face: 'neutral', lean: 0, tense: false };
    case 'changes_subject':
      return { ...base, name: cue, facing: 'toward', face: 'neutral', lean: 0, tense: false };
    case 'smiles':
      return { ...base, name: cue, facing: 'toward', face: 'smile', tense: false };
    case 'arms_crossed':
      return { ...base, name: cue, arms: 'crossed', face: 'neutral', lean: 0 };
    case 'eye_contact':
      return { ...base, name: cue, facing: 'toward', face: 'look' };
    case 'steps_back':
      return {
        ...base,
        name: cue,
        posture: 'stand',
        facing: 'toward',
        face: 'look',
        lean: LEAN_BACK_DEGREES,
        offset: STEP_BACK_UNITS,
      };
    case 'leans_in':
      return {
        ...base,
        name: cue,
        posture: 'sit',
        arms: 'open',
        facing: 'toward',
        face: 'look',
        lean: LEAN_IN_DEGREES,
        offset: 0,
        tense: false,
      };
    case 'silence':
      return { ...base, name: cue, face: 'down', lean: 0, tense: false };
    case 'agitated':
      return { ...base, name: cue, posture: 'stand', facing: 'toward', face: 'look', lean: 0, offset: 25, tense: true };
  }
}

/** An emergency slumps the person down; leaving it, they are sitting again. */
export function poseAfterMoment(before: PersonPose, moment: Moment): PersonPose {
  if (moment === 'emergency') {
    return { ...NEUTRAL_POSE, name: 'emergency', posture: 'lying', face: 'down' };
  }
  return before.posture === 'lying' ? { ...NEUTRAL_POSE } : before;
}

/** The texture frames for a pose. */
export function framesFor(pose: PersonPose): { body: BodyFrame; head: HeadFrame | undefined } {
  if (pose.posture === 'lying') return { body: 'lying', head: undefined };
  const crossed = pose.arms === 'crossed';
  const body: BodyFrame =
    pose.posture === 'stand' ? (crossed ? 'stand-crossed' : 'stand') : crossed ? 'sit-crossed' : 'sit';
  return { body, head: `head-${pose.face}` };
}

/**
 * The light of a moment, as the opacity (0 to 1) of each overlay: `cool` dims and
 * cools, `warm` warms, `glow` is a soft warm light on the two people, `alarm` a slow
 * cool pulse for an emergency. Guarded is the plain night.
 */
export interface Lighting {
  readonly cool: number;
  readonly warm: number;
  readonly glow: number;
  readonly alarm: boolean;
}

export function lightingFor(moment: Moment): Lighting {
  switch (moment) {
    case 'open':
      return { cool: 0, warm: 0.55, glow: 0.22, alarm: false };
    case 'guarded':
      return { cool: 0.15, warm: 0, glow: 0, alarm: false };
    case 'closed':
      return { cool: 0.65, warm: 0, glow: 0, alarm: false };
    case 'emergency':
      return { cool: 0.75, warm: 0, glow: 0, alarm: true };
  }
}

const COOL_GEL = 0x7d90b8;
const WARM_GEL = 0xffe0b8;

/**
 * The multiply tint (0xRRGGBB) for the cool and warm gels at the given strengths (0 to
 * 1): white at none, the gel's colour at full, both gels stacked like two sheets of film.
 */
export function lightTint(cool: number, warm: number): number {
  // Called every frame of a change of light: no arrays, no iterators.
  let tint = 0;
  for (let shift = 16; shift >= 0; shift -= 8) {
    const c = 1 - cool * (1 - ((COOL_GEL >> shift) & 0xff) / 255);
    const w = 1 - warm * (1 - ((WARM_GEL >> shift) & 0xff) / 255);
    tint |= Math.round(255 * c * w) << shift;
  }
  return tint;
}

/** The setting's life: rain, passing headlights. */
export interface Ambience {
  readonly rain: boolean;
  readonly traffic: boolean;
}

/** Each setting starts with its ordinary life: traffic is seen from the street, the bus, the windows. */
export function initialAmbience(setting: Setting | undefined): Ambience {
  return { rain: false, traffic: setting !== undefined && setting !== 'home' && setting !== 'clinic' };
}

/**
 * The life after an `ambience:` tag. Authors write free text; the stage knows `rain`,
 * `street_night`, `bus` (its lights: traffic through the windows) and `quiet`; anything
 * else leaves the life as it was (the overlay and the audio may still use it).
 */
export function ambienceAfter(before: Ambience, ambience: string): Ambience {
  const words = ambience.toLowerCase().split(/[\s_,-]+/);
  if (words.includes('quiet') || words.includes('silence')) return { rain: false, traffic: false };
  const rain = words.includes('rain') || words.includes('pluie');
  if (rain) return { ...before, rain: true };
  if (words.includes('night') || words.includes('street') || words.includes('bus') || words.includes('traffic')) {
    return { rain: words.includes('rain'), traffic: true };
  }
  if (words.includes('dry') || words.includes('clear')) return { ...before, rain: false };
  return before;
}
