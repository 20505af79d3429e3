import { describe, expect, it } from 'vitest';
import { checkPlan, formatPlan, parsePlan, planChoices } from '../../src/authoring/encounter-plan.ts';
import { EncounterRunner, FakeClock, ScriptedPresenter } from '../../src/engine/index.ts';
import { compileStory } from '../support/compile-story.ts';

const STORY = `# title: T
Bonsoir.
+ [Saluer #act: greet] Salut. # end: kept
  -> END
+ [Insister #act: insist] Allez. # end: ended
  -> END
`;

async function play(choices: number[]) {
  const presenter = new ScriptedPresenter(choices);
  const record = await new EncounterRunner({
    story: compileStory(STORY, 'essai'),
    presenters: [presenter],
    clock: new FakeClock(),
    seed: 1,
  }).run();
  return { transcript: presenter.transcript, record };
}

describe('encounter plans', () => {
  it('reads a plan and lists its choices', () => {
    const result = parsePlan(
      '# path\nstory: stories/fr/essai.ink\nseed: 4\nline: Bonsoir.\noption: Saluer\noption: Insister\nselect: 1\noutcome: kept\n',
    );
    expect(result).toMatchObject({ ok: true, plan: { story: 'stories/fr/essai.ink', seed: 4, outcome: 'kept' } });
    if (result.ok) expect(planChoices(result.plan)).toEqual([0]);
  });

  it('says which plan line is wrong', () => {
    expect(parsePlan('story: s.ink\nselect: zero\noutcome: won\nfoo: bar\n')).toEqual({
      ok: false,
      problems: [
        { line: 2, message: "select 'zero' must be a choice number from 1" },
        { line: 3, message: "outcome 'won' must be one of kept, broken, ended, referred, handled" },
        { line: 4, message: "unknown plan entry 'foo'" },
      ],
    });
  });

  it('holds when the encounter follows it, and round-trips through formatPlan', async () => {
    const { transcript, record } = await play([0]);
    const text = formatPlan('stories/fr/essai.ink', 1, transcript, record);
    const parsed = parsePlan(text);
    if (!parsed.ok) throw new Error('plan did not parse');
    expect(checkPlan(parsed.plan, transcript, record)).toEqual([]);
    expect(text).toContain('line: Salut.');
  });

  it('points at the first line where the encounter departs from the plan', async () => {
    const parsed = parsePlan(
      'story: s.ink\nline: Bonsoir.\noption: Saluer\noption: Partir\nselect: 1\noutcome: kept\n',
    );
    if (!parsed.ok) throw new Error('plan did not parse');
    const { transcript, record } = await play([0]);
    expect(checkPlan(parsed.plan, transcript, record)).toEqual([
      {
        line: 3,
        message: 'expected options ["Saluer", "Partir"], but the encounter showed options ["Saluer", "Insister"]',
      },
    ]);
  });

  it('checks the outcome and the rushes', async () => {
    const parsed = parsePlan(
      'story: s.ink\nline: Bonsoir.\noption: Saluer\noption: Insister\nselect: 2\nline: Allez.\noutcome: kept\nrushes: 0\n',
    );
    if (!parsed.ok) throw new Error('plan did not parse');
    const { transcript, record } = await play([1]);
    expect(checkPlan(parsed.plan, transcript, record).map((problem) => problem.message)).toEqual([
      'expected outcome kept, got ended',
      'expected 0 rushes, got 1',
    ]);
  });
});
