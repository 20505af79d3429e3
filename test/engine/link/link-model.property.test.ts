/**
 * The link model's promises, proved for generated sequences rather than a few
 * examples (STYLE.md: properties beside the unit tests).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTS,
  type Act,
  CUES,
  DISTANCES,
  demandOf,
  initialLinkState,
  type LinkInput,
  type LinkState,
  linkRules,
  MOMENTS,
  reduceLink,
} from '../../../src/engine/index.ts';

const RESPECTFUL: readonly Act[] = ['greet', 'hold', 'listen', 'accept', 'step_back', 'leave'];
const DEMANDING: readonly Act[] = ACTS.filter((act) => !linkRules.RESPECTFUL_ACTS.includes(act));
const CALM_MOMENTS = MOMENTS.filter((moment) => moment !== 'emergency');

const wariness = fc.integer({ min: 1, max: 5 });

/** Anything the story or the trainee can do, emergencies and author overrides included. */
const anyInput: fc.Arbitrary<LinkInput> = fc.oneof(
  fc.record({
    type: fc.constant('act' as const),
    act: fc.option(fc.constantFrom(...ACTS), { nil: undefined }),
    trustOverride: fc.option(fc.integer({ min: -150, max: 150 }), { nil: undefined }),
  }),
  fc.record({ type: fc.constant('moment' as const), moment: fc.constantFrom(...MOMENTS) }),
  fc.record({ type: fc.constant('cue' as const), cue: fc.constantFrom(...CUES) }),
  fc.record({ type: fc.constant('distance' as const), distance: fc.constantFrom(...DISTANCES) }),
  fc.record({ type: fc.constant('visit' as const), visit: fc.integer({ min: 1, max: 10 }) }),
);

/** What the story says of the person outside emergencies. */
const calmStoryInput: fc.Arbitrary<LinkInput> = fc.oneof(
  fc.record({ type: fc.constant('moment' as const), moment: fc.constantFrom(...CALM_MOMENTS) }),
  fc.record({ type: fc.constant('cue' as const), cue: fc.constantFrom(...CUES) }),
  fc.record({ type: fc.constant('distance' as const), distance: fc.constantFrom(...DISTANCES) }),
  fc.record({ type: fc.constant('visit' as const), visit: fc.integer({ min: 1, max: 10 }) }),
);

/** A state somewhere in a calm encounter, below a solid link. */
const stateBelowSolid: fc.Arbitrary<LinkState> = fc
  .record({
    wariness,
    trust: fc.integer({ min: 1, max: linkRules.BAND_THRESHOLDS.solid - 1 }),
    distance: fc.constantFrom(...DISTANCES),
    moment: fc.constantFrom(...CALM_MOMENTS),
    gainedThisVisit: fc.integer({ min: 0, max: 30 }),
  })
  .map(({ wariness: w, ...rest }) => ({ ...initialLinkState(w), ...rest }));

function run(state: LinkState, inputs: readonly LinkInput[]): LinkState {
  return inputs.reduce((current, input) => reduceLink(current, input).state, state);
}

describe('the link model, for every sequence', () => {
  it('keeps the trust within 0 to 100 and the safety within 0 to 100', () => {
    fc.assert(
      fc.property(wariness, fc.array(anyInput, { maxLength: 60 }), (w, inputs) => {
        let state = initialLinkState(w);
        for (const input of inputs) {
          state = reduceLink(state, input).state;
          expect(state.trust).toBeGreaterThanOrEqual(0);
          expect(state.trust).toBeLessThanOrEqual(100);
          expect(Number.isInteger(state.trust)).toBe(true);
          if (state.safety !== null) {
            expect(state.safety).toBeGreaterThanOrEqual(0);
            expect(state.safety).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never breaks the link of a trainee who only greets, holds, listens, accepts, steps back and leaves', () => {
    const respectfulAct = fc.record({ type: fc.constant('act' as const), act: fc.constantFrom(...RESPECTFUL) });
    fc.assert(
      fc.property(wariness, fc.array(fc.oneof(respectfulAct, calmStoryInput), { maxLength: 80 }), (w, inputs) => {
        const state = run(initialLinkState(w), inputs);
        expect(state.broken).toBe(false);
        expect(state.trust).toBeGreaterThanOrEqual(initialLinkState(w).trust);
      }),
      { numRuns: 500 },
    );
  });

  it('breaks the link after three rushes in a row from any trust below solid', () => {
    fc.assert(
      fc.property(
        stateBelowSolid,
        fc.array(fc.constantFrom(...DEMANDING), { minLength: 3, maxLength: 3 }),
        (start, acts) => {
          let state = start;
          for (const act of acts) {
            if (state.broken) break;
            // Only sequences where each act really is a rush say anything about this rule.
            fc.pre(demandOf(state, act) > state.trust);
            state = reduceLink(state, { type: 'act', act }).state;
          }
          expect(state.broken).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rewards respecting a closing cue over ignoring it, from any calm state', () => {
    const closingCue = fc.constantFrom(...linkRules.CLOSING_CUES);
    fc.assert(
      fc.property(
        stateBelowSolid,
        closingCue,
        fc.constantFrom(...linkRules.CUE_RESPECTING_ACTS),
        fc.constantFrom(...DEMANDING),
        (start, cue, respectful, pushing) => {
          const cued = reduceLink(start, { type: 'cue', cue }).state;
          const respected = reduceLink(cued, { type: 'act', act: respectful }).state;
          const ignored = reduceLink(cued, { type: 'act', act: pushing }).state;
          expect(respected.trust).toBeGreaterThan(ignored.trust);
          expect(respected.broken).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives more for stepping back, leaving or accepting right after a closing cue than for the same act without it', () => {
    fc.assert(
      fc.property(
        stateBelowSolid.map((state) => ({ ...state, gainedThisVisit: 0 })),
        fc.constantFrom(...linkRules.CLOSING_CUES),
        fc.constantFrom<Act>('step_back', 'leave', 'accept'),
        (start, cue, act) => {
          const withCue = run(start, [
            { type: 'cue', cue },
            { type: 'act', act },
          ]);
          const withoutCue = run(start, [{ type: 'act', act }]);
          expect(withCue.trust).toBeGreaterThan(withoutCue.trust);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is a pure function: the same inputs always give the same state and effects', () => {
    fc.assert(
      fc.property(wariness, fc.array(anyInput, { maxLength: 40 }), (w, inputs) => {
        const first = inputs.map((input, index) => reduceLink(run(initialLinkState(w), inputs.slice(0, index)), input));
        const second = inputs.map((input, index) =>
          reduceLink(run(initialLinkState(w), inputs.slice(0, index)), input),
        );
        expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('never counts approaching or an urgent act as a rush during an emergency', () => {
    fc.assert(
      fc.property(
        wariness,
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.constantFrom<Act>('approach', 'urgent'), { minLength: 1, maxLength: 10 }),
        (w, trust, acts) => {
          const start = reduceLink({ ...initialLinkState(w), trust }, { type: 'moment', moment: 'emergency' }).state;
          for (const act of acts) {
            const step = reduceLink(start, { type: 'act', act });
            expect(step.effects.some((effect) => effect.type === 'rushed')).toBe(false);
          }
        },
      ),
    );
  });
});
