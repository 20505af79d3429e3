/**
 * A test page for the stage alone (the encounter screen is not wired yet): creates the
 * stage in #stage, sized by `?w=` and `?h=` (CSS pixels, default 960x540) with
 * `?reduced=1` and `?contrast=1`, and lets the spec drive it with fake lines through
 * `window.stageHarness`. Served by a Vite dev server the spec starts.
 */
import {
  CancelSource,
  type EncounterIntro,
  type Look,
  type Setting,
  type StageDirection,
} from '../../../src/engine/index.ts';
import { createStage, type StageDebugState, type StagePresenter } from '../../../src/scene/stage-presenter.ts';

export interface StageHarness {
  start(
    setting: Setting | undefined,
    character: string,
    distance: EncounterIntro['distance'],
    moment: EncounterIntro['moment'],
    /** The header's `# look:`; undefined as when a story names none. */
    look?: Look,
  ): Promise<void>;
  /** Presents one line; `signal` fires hurry or next after `afterMs`. Resolves with the milliseconds it took. */
  line(directions: StageDirection[], signal?: { kind: 'hurry' | 'next'; afterMs: number }): Promise<number>;
  state(): StageDebugState;
  fps(): number;
  setReducedMotion(on: boolean): void;
  setHighContrast(on: boolean): void;
  destroy(): void;
}

declare global {
  interface Window {
    stageHarness?: StageHarness;
  }
}

const params = new URLSearchParams(window.location.search);
const parent = document.getElementById('stage');
if (parent === null) throw new Error('stage.html has no #stage');
parent.style.width = `${Number(params.get('w') ?? 960)}px`;
parent.style.height = `${Number(params.get('h') ?? 540)}px`;

const art = params.get('art');
let stage: StagePresenter;
try {
  stage = await createStage({
    parent,
    reducedMotion: params.get('reduced') === '1',
    highContrast: params.get('contrast') === '1',
    ...(art === null ? {} : { artBaseUrl: art }),
  });
} catch (error) {
  document.body.dataset.stageError = error instanceof Error ? error.message : String(error);
  throw error;
}
let lineIndex = 0;

window.stageHarness = {
  async start(setting, character, distance, moment, look) {
    await stage.presentStart({
      storyId: 'harness',
      header: {
        title: 'Harness',
        lang: 'fr',
        setting,
        time: '23 h',
        character,
        ...(look === undefined ? {} : { look }),
        wariness: 3,
        summary: '',
        duration: undefined,
        concepts: [],
        warnings: [],
      },
      distance,
      moment,
      ambience: undefined,
      resumed: false,
    });
  },
  async line(directions, signal) {
    const hurry = new CancelSource();
    const next = new CancelSource();
    if (signal !== undefined) {
      setTimeout(() => (signal.kind === 'hurry' ? hurry : next).cancel(), signal.afterMs);
    }
    const started = performance.now();
    await stage.presentLine(
      { index: lineIndex++, text: '', speaker: undefined, mood: undefined, directions },
      { hurry: hurry.signal, next: next.signal },
    );
    return performance.now() - started;
  },
  state: () => stage.debugState(),
  fps: () => stage.actualFps(),
  setReducedMotion: (on) => stage.setReducedMotion(on),
  setHighContrast: (on) => stage.setHighContrast(on),
  destroy: () => stage.destroy(),
};
