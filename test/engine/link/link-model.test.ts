import { describe, expect, it } from 'vitest';
import {
  type Act,
  bandOf,
  demandOf,
  initialLinkState,
  type LinkEffect,
  type LinkInput,
  type LinkState,
  linkRules,
  reduceLink,
} from '../../../src/engine/index.ts';

function play(state: LinkState, inputs: readonly LinkInput[]): { state: LinkState; effects: LinkEffect[] } {
  let current = state;
  const effects: LinkEffect[] = [];
  for (const input of inputs) {
    const step = reduceLink(current, input);
    current = step.state;
    effects.push(...step.effects);
  }
  return { state: current, effects };
}

const act = (name: Act, extra: { trustOverride?: number; topic?: string } = {}): LinkInput => ({
  type: 'act',
  act: name,
  ...extra,
});

function withTrust(trust: number, wariness = 3, overrides: Partial<LinkState> = {}): LinkState {
  return { ...initialLinkState(wariness), trust, ...overrides };
}

describe('where the link starts', () => {
  it('starts lower with a warier person', () => {
    expect(initialLinkState(1).trust).toBeGreaterThan(initialLinkState(3).trust);
    expect(initialLinkState(3).trust).toBeGreaterThan(initialLinkState(5).trust);
    expect(bandOf(initialLinkState(5))).toBe('fragile');
  });

  it('starts far away, guarded, on the first visit, with no safety score', () => {
    const state = initialLinkState(4);
    expect(state).toMatchObject({ distance: 'far', moment: 'guarded', visit: 1, safety: null, broken: false });
  });
});

describe('rushing the link', () => {
  it('treats a walk straight up close to a wary stranger as a rush', () => {
    const start = { ...initialLinkState(4), distance: 'near' as const };
    const { effects } = play(start, [act('approach')]);
    const rush = effects.find((effect) => effect.type === 'rushed');
    expect(rush).toMatchObject({ act: 'approach', demand: 40, trust: start.trust });
  });

  it('lets a first step from far to near go by when the person is merely guarded', () => {
    const { effects } = play(initialLinkState(4), [act('approach')]);
    expect(effects.some((effect) => effect.type === 'rushed')).toBe(false);
  });

  it('hurts a warier person more for the same rush', () => {
    const cost = (wariness: number): number => {
      const { effects } = play(withTrust(20, wariness), [act('perche', { topic: 'shelter' })]);
      const rush = effects.find((effect) => effect.type === 'rushed');
      return rush?.type === 'rushed' ? rush.cost : 0;
    };
    expect(cost(5)).toBeGreaterThan(cost(1));
    expect(cost(1)).toBeGreaterThan(0);
  });

  it('costs more the further the act overshoots the trust', () => {
    const costAt = (trust: number): number => {
      const { effects } = play(withTrust(trust), [act('insist')]);
      const rush = effects.find((effect) => effect.type === 'rushed');
      return rush?.type === 'rushed' ? rush.cost : 0;
    };
    expect(costAt(10)).toBeGreaterThan(costAt(50));
  });

  it('puts a personal question out of reach once the moment has closed, even with a solid link', () => {
    const closed = play(withTrust(80), [{ type: 'moment', moment: 'closed' }, act('ask')]);
    expect(closed.effects.some((effect) => effect.type === 'rushed')).toBe(true);
  });

  it('lowers the bar when the person is open', () => {
    const open = withTrust(25, 3, { moment: 'open' });
    const guarded = withTrust(25, 3, { moment: 'guarded' });
    expect(demandOf(open, 'ask')).toBeLessThan(demandOf(guarded, 'ask'));
    expect(play(open, [act('ask')]).effects.some((effect) => effect.type === 'rushed')).toBe(false);
    expect(play(guarded, [act('ask')]).effects.some((effect) => effect.type === 'rushed')).toBe(true);
  });

  it('breaks the link after a perche offered, an insistence and a step closer in a row', () => {
    const { state, effects } = play(initialLinkState(4), [
      act('perche', { topic: 'shelter' }),
      act('insist'),
      { type: 'distance', distance: 'near' },
      act('approach'),
    ]);
    expect(state.broken).toBe(true);
    expect(bandOf(state)).toBe('broken');
    expect(effects.filter((effect) => effect.type === 'rushed')).toHaveLength(3);
    expect(effects.at(-1)).toMatchObject({ type: 'linkBroken', concept: 'lien' });
  });

  it('breaks the link when the trust runs out', () => {
    const { state, effects } = play(withTrust(4, 5), [act('opinion')]);
    expect(state).toMatchObject({ trust: 0, broken: true });
    expect(effects.at(-1)).toMatchObject({ type: 'linkBroken', reason: 'trustExhausted' });
  });

  it('lets a solid link survive a streak of rushes', () => {
    const { state } = play(
      withTrust(100, 1),
      [act('insist'), act('insist'), act('insist')].map((input) => input),
    );
    const solidAfter = play(withTrust(100, 1), [
      { type: 'moment', moment: 'closed' },
      act('ask'),
      act('ask'),
      act('ask'),
    ]);
    expect(state.broken).toBe(false);
    expect(solidAfter.state.broken).toBe(false);
  });

  it('no longer moves once broken', () => {
    const broken = { ...withTrust(0), broken: true };
    expect(reduceLink(broken, act('greet'))).toEqual({ state: broken, effects: [] });
  });
});

describe('respecting the rhythm', () => {
  it('rewards stepping back after the person turns away more than stepping back for no reason', () => {
    const start = withTrust(30);
    const afterCue = play(start, [{ type: 'cue', cue: 'turns_away' }, act('step_back')]);
    const noCue = play(start, [act('step_back')]);
    expect(afterCue.state.trust).toBeGreaterThan(noCue.state.trust);
    expect(afterCue.effects).toContainEqual(
      expect.objectContaining({ type: 'cueRespected', cue: 'turns_away', concept: 'rythme' }),
    );
  });

  it('reads "vous avez changé les rideaux ?" as enough for today: leaving then is rewarded', () => {
    const start = withTrust(40);
    const left = play(start, [{ type: 'cue', cue: 'changes_subject' }, act('leave')]);
    const pushed = play(start, [{ type: 'cue', cue: 'changes_subject' }, act('perche', { topic: 'nurse' })]);
    expect(left.state.trust).toBeGreaterThan(start.trust);
    expect(pushed.state.trust).toBeLessThan(start.trust);
  });

  it('costs a little to carry on chatting past a closing cue, even when the trust would allow it', () => {
    const { state, effects } = play(withTrust(90), [{ type: 'cue', cue: 'arms_crossed' }, act('small_talk')]);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'cueIgnored', cue: 'arms_crossed' }));
    expect(state.trust).toBe(90 - linkRules.IGNORED_CUE_COST);
  });

  it('treats the moment closing as a closing cue', () => {
    const { effects } = play(withTrust(30), [{ type: 'moment', moment: 'closed' }, act('leave')]);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'cueRespected', cue: 'moment_closed' }));
  });

  it('opens a window after a smile: the next act asks for less', () => {
    const start = withTrust(30);
    const smiled = reduceLink(start, { type: 'cue', cue: 'smiles' }).state;
    expect(demandOf(smiled, 'ask')).toBeLessThan(demandOf(start, 'ask'));
  });

  it('counts accepting a refusal as respecting autonomy', () => {
    const { effects } = play(withTrust(40), [act('perche', { topic: 'shelter' }), act('accept')]);
    expect(effects).toContainEqual(
      expect.objectContaining({ type: 'trustChanged', cause: 'refusalAccepted', concept: 'refus' }),
    );
  });
});

describe('building trust across visits', () => {
  it('caps what one visit can add, and starts over on the next visit', () => {
    const wariness = 5;
    const holds = Array.from({ length: 12 }, () => act('hold'));
    const firstVisit = play(initialLinkState(wariness), holds);
    expect(firstVisit.state.trust - initialLinkState(wariness).trust).toBe(linkRules.visitGainCap(wariness));
    expect(firstVisit.effects.filter((effect) => effect.type === 'visitCapReached')).toHaveLength(1);

    const secondVisit = play(firstVisit.state, [{ type: 'visit', visit: 2 }, act('greet')]);
    expect(secondVisit.state.trust).toBeGreaterThan(firstVisit.state.trust);
    expect(secondVisit.state.visit).toBe(2);
  });

  it('takes a very wary person several visits to reach a solid link', () => {
    let state = initialLinkState(5);
    let visits = 1;
    while (bandOf(state) !== 'solid' && visits < 20) {
      state = play(state, [
        ...Array.from({ length: 8 }, () => act('hold')),
        { type: 'visit', visit: visits + 1 },
      ]).state;
      visits++;
    }
    expect(visits).toBeGreaterThanOrEqual(5);
    expect(bandOf(state)).toBe('solid');
  });
});

describe('emergencies', () => {
  it('never counts approaching or acting urgently as a rush in an emergency', () => {
    const start = reduceLink(withTrust(5, 5), { type: 'moment', moment: 'emergency' }).state;
    const { state, effects } = play(start, [act('approach'), act('approach'), act('urgent'), act('urgent')]);
    expect(effects.some((effect) => effect.type === 'rushed')).toBe(false);
    expect(state.broken).toBe(false);
    expect(state.safety).toBe(linkRules.SAFETY_START);
  });

  it('scores hesitation on safety, not on trust', () => {
    const start = reduceLink(withTrust(30), { type: 'moment', moment: 'emergency' });
    expect(start.effects).toContainEqual({ type: 'emergencyStarted', concept: 'urgence' });
    const { state, effects } = play(start.state, [act('hold'), act('step_back')]);
    expect(state.safety).toBe(linkRules.SAFETY_START - 2 * linkRules.HESITATION_COST);
    expect(state.trust).toBe(30);
    expect(effects).toContainEqual(
      expect.objectContaining({ type: 'safetyChanged', cause: 'hesitatedInEmergency', concept: 'urgence' }),
    );
  });

  it('has no safety score when there was no emergency', () => {
    const { state } = play(initialLinkState(2), [act('greet'), act('hold'), act('leave')]);
    expect(state.safety).toBeNull();
  });
});

describe('explaining every change', () => {
  it('gives every change of trust a cause and a concept', () => {
    const { effects } = play(initialLinkState(3), [
      act('greet'),
      act('small_talk'),
      { type: 'cue', cue: 'turns_away' },
      act('ask'),
      act('step_back'),
      act('material'),
    ]);
    const changes = effects.filter((effect) => effect.type === 'trustChanged');
    expect(changes.length).toBeGreaterThan(3);
    for (const change of changes) {
      expect(change.cause).toBeTruthy();
      expect(change.concept).toBeTruthy();
    }
  });

  it("applies an author's trust override exactly, without judging the act", () => {
    const { state, effects } = play(withTrust(30), [act('insist', { trustOverride: 12 })]);
    expect(state.trust).toBe(42);
    expect(effects).toEqual([expect.objectContaining({ type: 'trustChanged', delta: 12, cause: 'authorOverride' })]);
  });

  it("breaks the link when an author's override takes the trust to zero", () => {
    const { state } = play(withTrust(10), [act('opinion', { trustOverride: -50 })]);
    expect(state.broken).toBe(true);
  });
});
