// @vitest-environment happy-dom
/**
 * A resumed encounter (Continue, a reloaded workshop link) and the studio's replayed
 * preview rebuild the dialogue's history from the session record: the trainee must
 * find there what live play wrote, the body language and the distance included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { historyOf } from '../../src/app/encounter-session.ts';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { parsePlan, planChoices } from '../../src/authoring/encounter-plan.ts';
import {
  EncounterRunner,
  FakeClock,
  formatDiagnostic,
  type PresentedLine,
  type Presenter,
  ScriptedPresenter,
  type SessionRecord,
} from '../../src/engine/index.ts';
import { DialoguePresenter } from '../../src/ui/dialogue-presenter.ts';
import { defaultSettings } from '../../src/ui/settings.ts';
import { describeDirections } from '../../src/ui/stage-description.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { FakeScheduler } from '../ui/fake-scheduler.ts';

// happy-dom replaces `URL`: the project's root comes from the file's folder instead.
const root = join(import.meta.dirname, '../..');
const readProjectFile = (path: string): string => readFileSync(join(root, path), 'utf8');

/** Keeps what the live dialogue was handed, line by line. */
class LineKeeper implements Presenter {
  readonly lines: PresentedLine[] = [];
  async presentLine(line: PresentedLine): Promise<void> {
    this.lines.push(line);
  }
  async presentChoices(): Promise<undefined> {
    return undefined;
  }
}

async function played(planFile: string): Promise<{ record: SessionRecord; lines: PresentedLine[] }> {
  const parsed = parsePlan(readProjectFile(`test/encounters/${planFile}`));
  if (!parsed.ok) throw new Error(`${planFile}: the plan does not read`);
  const { plan } = parsed;
  const compiled = compileInk(plan.story, readProjectFile);
  if (compiled.json === undefined) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
  const keeper = new LineKeeper();
  const record = await new EncounterRunner({
    story: { id: 'premier-bonjour', path: plan.story, json: compiled.json },
    presenters: [new ScriptedPresenter(planChoices(plan)), keeper],
    clock: new FakeClock(),
    seed: plan.seed,
  }).run();
  return { record, lines: keeper.lines };
}

/** Sounds are heard, not written: the history leaves them out, as live play does. */
const written = (line: PresentedLine) =>
  line.directions.filter((direction) => direction.type !== 'sound' && direction.type !== 'ambience');

afterEach(() => {
  document.body.replaceChildren();
});

describe('the history a resumed encounter shows', () => {
  it('gives each line the body language and distance that came with it in play', async () => {
    const { record, lines } = await played('premier-bonjour.fr.expert.plan');
    const restored = historyOf(record).filter((entry) => entry.kind === 'line');

    expect(restored.map((entry) => entry.text)).toEqual(lines.map((line) => line.text));
    expect(restored.map((entry) => entry.directions ?? [])).toEqual(lines.map(written));
    expect(restored.some((entry) => (entry.directions ?? []).some((direction) => direction.type === 'cue'))).toBe(true);
  });

  it('writes those directions in the log before their line, as live play does', async () => {
    const { record, lines } = await played('premier-bonjour.fr.expert.plan');
    const root = document.createElement('div');
    document.body.append(root);
    const presenter = new DialoguePresenter({
      root,
      strings: uiStrings('fr'),
      settings: defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false }),
      characterName: 'Josée',
      scheduler: new FakeScheduler(),
    });
    presenter.restoreHistory(historyOf(record));

    const log = root.querySelector('[role="log"]');
    const directions = [...(log?.querySelectorAll('.dialogue-direction') ?? [])].map((entry) => entry.textContent);
    const seenInPlay = lines.flatMap((line) => describeDirections(line.directions, uiStrings('fr'), 'Josée'));
    expect(directions).toEqual(seenInPlay);
    expect(directions).toContain('Josée vous regarde dans les yeux');
    // Each direction sits right before the line it came with.
    const after = log?.querySelector('.dialogue-direction')?.nextElementSibling;
    expect(after?.classList.contains('dialogue-entry-line')).toBe(true);
    presenter.dispose();
  });
});
