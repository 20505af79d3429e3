// @vitest-environment happy-dom
/**
 * The debrief drawn from real records: every shipped encounter played by its plans
 * (expert and rushed, French and English), analysed by the engine, then shown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/authoring/compile-ink.ts';
import { parsePlan, planChoices } from '../../../src/authoring/encounter-plan.ts';
import {
  analyseSession,
  EncounterRunner,
  FakeClock,
  formatDiagnostic,
  newStoredSession,
  ScriptedPresenter,
} from '../../../src/engine/index.ts';
import { renderDebrief } from '../../../src/ui/debrief/debrief-screen.ts';
import { FakeScheduler } from '../fake-scheduler.ts';

// happy-dom replaces `URL`: the project's root comes from the file's folder instead.
const root = join(import.meta.dirname, '../../..');
const readProjectFile = (path: string): string => readFileSync(join(root, path), 'utf8');
const plans = readdirSync(join(root, 'test/encounters'))
  .filter((file) => file.endsWith('.plan'))
  .sort();

afterEach(() => {
  document.body.replaceChildren();
});

describe('the debrief of every shipped encounter', () => {
  it.each(plans)('%s is told in words, with every mark explained and no number for the trust', async (file) => {
    const parsed = parsePlan(readProjectFile(`test/encounters/${file}`));
    if (!parsed.ok) throw new Error(`${file}: the plan does not read`);
    const { plan } = parsed;
    const compiled = compileInk(plan.story, readProjectFile);
    if (compiled.json === undefined) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
    const record = await new EncounterRunner({
      story: { id: basename(plan.story, '.ink'), path: plan.story, json: compiled.json },
      presenters: [new ScriptedPresenter(planChoices(plan))],
      clock: new FakeClock(),
      seed: plan.seed,
    }).run();
    const analysis = analyseSession(record);
    const lang = analysis.lang;

    const host = document.createElement('div');
    document.body.append(host);
    const screen = renderDebrief(host, {
      lang,
      session: newStoredSession('session', record, 0),
      analyses: [analysis],
      scheduler: new FakeScheduler(),
      onReactionsChange: () => {},
      onReplay: () => {},
      onRequestAnotherWay: async () => undefined,
      onExport: () => {},
      onPrint: () => {},
      onClose: () => {},
    });

    const interfaceText = [
      ...[
        ...host.querySelectorAll('.debrief-mark, .debrief-takeaway, header, .timeline-direction, .debrief-intro'),
      ].map((element) => element.textContent ?? ''),
      ...[...host.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? ''),
    ];
    for (const text of interfaceText) {
      expect(text).not.toMatch(/%|\bpoints?\b|score|\/100/i);
      expect(text).not.toMatch(/undefined|\bNaN\b|\[object/);
    }
    // The charts' names carry decision numbers and nothing else.
    for (const chart of host.querySelectorAll('svg[role="img"]')) {
      const numbers = [...(chart.getAttribute('aria-label') ?? '').matchAll(/\d+/g)].map((match) => Number(match[0]));
      for (const number of numbers) expect(number).toBeLessThanOrEqual(Math.max(1, analysis.decisions.length));
    }
    // Every mark is in the list with a title, an explanation and a question.
    const marks = [...host.querySelectorAll('.debrief-mark')];
    expect(marks).toHaveLength(analysis.marks.length);
    for (const mark of marks) {
      expect(mark.querySelector('h4')?.textContent?.trim()).not.toBe('');
      expect(mark.querySelector('.debrief-mark-explanation')?.textContent?.length).toBeGreaterThan(60);
      expect(mark.querySelector('.debrief-mark-question')?.textContent).toMatch(/\?$/);
    }
    expect(host.querySelectorAll('.debrief-takeaway')).toHaveLength(analysis.takeaways.length);
    expect(host.querySelector('.safety-curve') !== null).toBe(analysis.safetyCurve !== null);
    if (analysis.status === 'broken') expect(host.querySelector('.trust-curve-break')).not.toBeNull();
    expect(host.querySelectorAll('.debrief-timeline .debrief-replay')).toHaveLength(analysis.decisions.length);
    screen.dispose();
  });
});
