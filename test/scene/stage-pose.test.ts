import { describe, expect, it } from 'vitest';
import { CUES, MOMENTS } from '../../src/engine/index.ts';
import {
  ambienceAfter,
  framesFor,
  initialAmbience,
  lightingFor,
  lightTint,
  NEUTRAL_POSE,
  type PersonPose,
  poseAfterCue,
  poseAfterMoment,
} from '../../src/scene/stage-pose.ts';

describe('the person’s body language', () => {
  it('turns the person away from the worker on turns_away', () => {
    const pose = poseAfterCue(NEUTRAL_POSE, 'turns_away');

    expect(pose).toMatchObject({ name: 'turns_away', facing: 'away' });
    expect(framesFor(pose)).toEqual({ body: 'sit', head: 'head-neutral' });
  });

  it('crosses the arms, and keeps them crossed through a smile', () => {
    const crossed = poseAfterCue(NEUTRAL_POSE, 'arms_crossed');
    const smiling = poseAfterCue(crossed, 'smiles');

    expect(framesFor(crossed).body).toBe('sit-crossed');
    expect(smiling).toMatchObject({ name: 'smiles', arms: 'crossed', face: 'smile', facing: 'toward' });
    expect(framesFor(smiling)).toEqual({ body: 'sit-crossed', head: 'head-smile' });
  });

  it('looks at the worker on eye_contact, and drops the head on silence', () => {
    expect(framesFor(poseAfterCue(NEUTRAL_POSE, 'eye_contact')).head).toBe('head-look');
    expect(framesFor(poseAfterCue(NEUTRAL_POSE, 'silence')).head).toBe('head-down');
  });

  it('stands up and steps back on steps_back, leaning away', () => {
    const pose = poseAfterCue(NEUTRAL_POSE, 'steps_back');

    expect(pose).toMatchObject({ posture: 'stand', facing: 'toward' });
    expect(pose.offset).toBeGreaterThan(0);
    expect(pose.lean).toBeGreaterThan(0);
    expect(framesFor(pose).body).toBe('stand');
  });

  it('leans toward the worker on leans_in, sitting, arms open', () => {
    const standing: PersonPose = poseAfterCue(poseAfterCue(NEUTRAL_POSE, 'arms_crossed'), 'steps_back');
    const pose = poseAfterCue(standing, 'leans_in');

    expect(pose).toMatchObject({ posture: 'sit', arms: 'open', offset: 0 });
    expect(pose.lean).toBeLessThan(0);
  });

  it('shows agitation standing and restless, and calms it on the next cue', () => {
    const agitated = poseAfterCue(NEUTRAL_POSE, 'agitated');

    expect(agitated).toMatchObject({ posture: 'stand', tense: true });
    expect(poseAfterCue(agitated, 'silence').tense).toBe(false);
  });

  it('gives every cue a pose with a body and a head', () => {
    for (const cue of CUES) {
      const frames = framesFor(poseAfterCue(NEUTRAL_POSE, cue));
      expect(frames.head).toBeDefined();
      expect(poseAfterCue(NEUTRAL_POSE, cue).name).toBe(cue);
    }
  });

  it('lays the person down in an emergency, and sits them up once it is over', () => {
    const down = poseAfterMoment(poseAfterCue(NEUTRAL_POSE, 'arms_crossed'), 'emergency');

    expect(down).toMatchObject({ name: 'emergency', posture: 'lying' });
    expect(framesFor(down)).toEqual({ body: 'lying', head: undefined });
    expect(poseAfterMoment(down, 'guarded')).toEqual(NEUTRAL_POSE);
    expect(poseAfterCue(down, 'eye_contact').posture).toBe('sit');
  });

  it('keeps the pose through an ordinary change of moment', () => {
    const crossed = poseAfterCue(NEUTRAL_POSE, 'arms_crossed');

    expect(poseAfterMoment(crossed, 'closed')).toBe(crossed);
  });
});

describe('the light of a moment', () => {
  it('dims and cools a closed moment, warms an open one, pulses in an emergency', () => {
    expect(lightingFor('closed').cool).toBeGreaterThan(lightingFor('guarded').cool);
    expect(lightingFor('open')).toMatchObject({ cool: 0, alarm: false });
    expect(lightingFor('open').warm).toBeGreaterThan(0);
    expect(lightingFor('emergency').alarm).toBe(true);
  });

  it('keeps every overlay between 0 and 1', () => {
    for (const moment of MOMENTS) {
      const light = lightingFor(moment);
      for (const value of [light.cool, light.warm, light.glow]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('the life of the setting', () => {
  it('sees traffic from the street, the bus, the site and the café, dry to begin with', () => {
    expect(initialAmbience('street')).toEqual({ rain: false, traffic: true });
    expect(initialAmbience(undefined)).toEqual({ rain: false, traffic: false });
  });

  it('starts the rain on ambience: rain, and keeps the traffic going', () => {
    expect(ambienceAfter(initialAmbience('street'), 'rain')).toEqual({ rain: true, traffic: true });
  });

  it('brings back a dry street night on ambience: street_night', () => {
    expect(ambienceAfter({ rain: true, traffic: false }, 'street_night')).toEqual({ rain: false, traffic: true });
  });

  it('leaves the life alone for an ambience the stage does not draw', () => {
    const before = { rain: true, traffic: true };

    expect(ambienceAfter(before, 'seagulls')).toBe(before);
  });

  it('quiets everything on ambience: quiet', () => {
    expect(ambienceAfter({ rain: true, traffic: true }, 'quiet')).toEqual({ rain: false, traffic: false });
  });
});

describe('the gels that tint the stage', () => {
  it('leaves colours alone with no gel', () => {
    expect(lightTint(0, 0)).toBe(0xffffff);
  });

  it('darkens and cools with the cool gel: blue stays above red', () => {
    const tint = lightTint(lightingFor('closed').cool, 0);
    const red = (tint >> 16) & 0xff;
    const blue = tint & 0xff;

    expect(tint).not.toBe(0xffffff);
    expect(blue).toBeGreaterThan(red);
  });

  it('warms with the warm gel: red stays above blue', () => {
    const tint = lightTint(0, lightingFor('open').warm);

    expect((tint >> 16) & 0xff).toBeGreaterThan(tint & 0xff);
  });
});
