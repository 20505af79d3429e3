/**
 * The studio's live preview: the encounter being written, played in the game's own
 * stage (Phaser, loaded on demand; text only where it cannot start) and dialogue
 * overlay, with the trust meter always on, because the author is the one person who
 * should see the hidden trust.
 *
 * After each change that compiles, the studio starts the preview again and the choices
 * already made are replayed first, at once and out of sight (`ReplayPresenter`), then
 * the history appears whole and play goes on live from where the author was. A choice
 * that no longer exists ends the replay there.
 *
 * A composition root (it wires engine, ui and scene): src/authoring may not import them.
 */
import type { PreviewHost, PreviewRun } from '../authoring/studio/mount-studio.ts';
import {
  type CancelSignal,
  type EncounterClosing,
  type EncounterIntro,
  EncounterRunner,
  type LineControl,
  linkRules,
  type PresentedChoice,
  type PresentedLine,
  type Presenter,
} from '../engine/index.ts';
import { DialoguePresenter } from '../ui/dialogue-presenter.ts';
import { LineAdvancer } from '../ui/line-advancer.ts';
import type { Settings } from '../ui/settings.ts';
import { uiStrings } from '../ui/strings.ts';
import { createTrustMeter } from '../ui/trust-meter.ts';
import { describeFailure, historyOf } from './encounter-session.ts';

export type { PreviewHost, PreviewRun } from '../authoring/studio/mount-studio.ts';

/** The stage as the preview uses it: a presenter it can destroy. */
export interface PreviewStage extends Presenter {
  destroy(): void;
}

export interface StudioPreviewOptions {
  readonly settings: Settings;
  /** The end panel's button, which plays the encounter again from the chosen knot. */
  readonly playAgainLabel: string;
  /** Said once when the stage cannot start (no WebGL...): the preview goes on in text. */
  readonly onStageUnavailable?: () => void;
  /** Makes the stage; the real Phaser stage by default. Tests pass a fake or `undefined`. */
  readonly createStage?: (parent: HTMLElement, settings: Settings) => Promise<PreviewStage | undefined>;
}

// The same seed for every play of a preview, so replaying choice numbers meets the same shuffles.
const PREVIEW_SEED = 1;
// A story that computes without producing a line is stopped after 200 ms, not two seconds:
// the preview runs on the page, beside the editor.
const PREVIEW_SLICE_MS = 20;
const PREVIEW_MAX_SLICES = 10;

/**
 * Replays recorded choices before handing over to the player. It answers each choice
 * from its script while the choice exists, moves every line on at once, and when the
 * script runs out (or a choice is gone) it calls `onFinished` once and from then on
 * abstains: the runner's other presenters take over. Put it first among the presenters,
 * and the ones it hides behind `behindReplay`.
 */
export class ReplayPresenter implements Presenter {
  private readonly script: number[];
  private readonly skipLine: () => void;
  private readonly onFinished: (replayed: number) => void;
  private replayed = 0;
  private active: boolean;

  constructor(script: readonly number[], hooks: { skipLine(): void; onFinished(replayed: number): void }) {
    this.script = [...script];
    this.skipLine = hooks.skipLine;
    this.onFinished = hooks.onFinished;
    this.active = this.script.length > 0;
  }

  /** True while recorded choices are being replayed. */
  get replaying(): boolean {
    return this.active;
  }

  async presentLine(_line: PresentedLine, _control: LineControl): Promise<void> {
    if (this.active) this.skipLine();
  }

  async presentChoices(choices: readonly PresentedChoice[], _cancelled: CancelSignal): Promise<number | undefined> {
    if (!this.active) return undefined;
    const next = this.script[0];
    if (next !== undefined && choices.some((choice) => choice.index === next)) {
      this.script.shift();
      this.replayed++;
      return next;
    }
    // Out of script, or the story changed under it: the player goes on from here.
    this.finish();
    return undefined;
  }

  async presentEnd(_closing: EncounterClosing): Promise<void> {
    if (this.active) this.finish();
  }

  private finish(): void {
    this.active = false;
    this.script.length = 0;
    this.onFinished(this.replayed);
  }
}

/** A presenter that sees nothing while `replay` replays: lines pass at once, choices are left to the script. */
export function behindReplay(presenter: Presenter, replay: ReplayPresenter): Presenter {
  return {
    presentStart: (intro: EncounterIntro) => presenter.presentStart?.(intro) ?? Promise.resolve(),
    presentLine: (line, control) => (replay.replaying ? Promise.resolve() : presenter.presentLine(line, control)),
    presentChoices: (choices, cancelled) =>
      replay.replaying ? Promise.resolve(undefined) : presenter.presentChoices(choices, cancelled),
    presentEnd: (closing) => presenter.presentEnd?.(closing) ?? Promise.resolve(),
  };
}

/**
 * A presenter that leaves the keyboard focus where it was when it was outside
 * `container`: the overlay moves focus to new choices, which is right while the author
 * plays and wrong while they type in the editor beside it.
 */
export function keepingFocusOutside(presenter: Presenter, container: HTMLElement): Presenter {
  const guard = <T>(show: () => T): T => {
    const document = container.ownerDocument;
    const view = document.defaultView;
    const before = deepActiveElement(document);
    const wasInside = before !== null && container.contains(before);
    const scrolledTo = view === null ? undefined : { left: view.scrollX, top: view.scrollY };
    const result = show();
    const after = deepActiveElement(document);
    if (wasInside || after === before || after === null || !container.contains(after)) return result;
    // Focus was on the page (or nowhere, as on load): it goes back there, not into the preview.
    if (before !== null && before !== document.body) before.focus({ preventScroll: true });
    else after.blur();
    // Moving focus scrolled the page to the preview; on a one-column screen that pulled
    // the author away from the line they were typing at every recompile. Back to where they were.
    if (view !== null && scrolledTo !== undefined) view.scrollTo(scrolledTo);
    return result;
  };
  return {
    presentStart: (intro) => guard(() => presenter.presentStart?.(intro) ?? Promise.resolve()),
    presentLine: (line, control) => guard(() => presenter.presentLine(line, control)),
    presentChoices: (choices, cancelled) => guard(() => presenter.presentChoices(choices, cancelled)),
    presentEnd: (closing) => guard(() => presenter.presentEnd?.(closing) ?? Promise.resolve()),
  };
}

/** What has focus, inside shadow roots too (the studio's editor is in one). */
function deepActiveElement(document: Document): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement != null) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/** The preview in `container`: one stage kept across plays, a new overlay and runner for each. */
export function createStudioPreview(container: HTMLElement, options: StudioPreviewOptions): PreviewHost {
  const document = container.ownerDocument;
  const screen = document.createElement('div');
  screen.className = 'studio-preview-screen';
  const stageElement = document.createElement('div');
  stageElement.className = 'stage studio-preview-stage';
  // As in the game: the history says in words what the picture shows.
  stageElement.setAttribute('aria-hidden', 'true');
  const overlay = document.createElement('div');
  overlay.className = 'dialogue-overlay studio-preview-overlay';
  screen.append(stageElement, overlay);
  container.replaceChildren(screen);

  const makeStage = options.createStage ?? loadStage;
  let stage: Promise<PreviewStage | undefined> | undefined;
  let stopCurrent: (() => void) | undefined;
  let generation = 0;
  let disposed = false;

  const textOnly = (): void => {
    screen.classList.add('studio-preview-text-only');
    options.onStageUnavailable?.();
  };
  const stageOnce = (): Promise<PreviewStage | undefined> => {
    stage ??= makeStage(stageElement, options.settings).then(
      (made) => {
        if (made === undefined) textOnly();
        return made;
      },
      () => {
        textOnly();
        return undefined;
      },
    );
    return stage;
  };

  const stop = (): void => {
    generation++;
    stopCurrent?.();
    stopCurrent = undefined;
  };

  const start = (run: PreviewRun): void => {
    if (disposed) return;
    stop();
    const mine = generation;
    void stageOnce().then((made) => {
      if (mine !== generation || disposed) return;
      stopCurrent = play(run, made, () => start({ ...run, replayChoices: [] }));
    });
  };

  const play = (run: PreviewRun, stagePresenter: PreviewStage | undefined, restart: () => void): (() => void) => {
    const strings = uiStrings(run.lang);
    const dialogue = new DialoguePresenter({
      root: overlay,
      strings,
      settings: options.settings,
      characterName: '',
      exitLabel: options.playAgainLabel,
      showOutcome: true,
      // The author reads why the story stopped, unfolded and in the story's language.
      openFailureDetails: true,
      describeFailure: (message) => describeFailure(message, run.compiled.path, run.lang),
      goToFailure: run.goTo,
    });
    const madeChoices: number[] = [];
    let runner: EncounterRunner;
    const replay = new ReplayPresenter(run.replayChoices, {
      skipLine: () => runner.skipLine(),
      onFinished: () => {
        // The history appears whole, at once: the log is replaced, so screen readers do not read it all again.
        dialogue.restoreHistory(historyOf(runner.record));
        run.onChoicesChange([...madeChoices]);
      },
    });
    const shown = keepingFocusOutside(behindReplay(dialogue, replay), container);
    const presenters: Presenter[] = stagePresenter === undefined ? [replay, shown] : [replay, stagePresenter, shown];
    try {
      runner = new EncounterRunner({
        story: run.compiled,
        presenters,
        clock: { now: () => Date.now() },
        seed: PREVIEW_SEED,
        fallbackLanguage: run.lang,
        sliceMs: PREVIEW_SLICE_MS,
        maxSlices: PREVIEW_MAX_SLICES,
        ...(run.startKnot === undefined ? {} : { startAt: run.startKnot }),
      });
    } catch (error) {
      dialogue.showNotice(strings.dialogue.failure(error instanceof Error ? error.message : String(error)));
      return () => dialogue.dispose();
    }
    const meter = createTrustMeter(document, {
      strings: strings.reveal,
      events: runner.sessionEvents,
      trust: linkRules.startingTrust(runner.header.wariness),
      broken: false,
      safety: null,
    });
    overlay.prepend(meter.element);
    runner.playerEvents.on('choiceMade', (event) => {
      madeChoices.push(event.index);
      if (!replay.replaying) run.onChoicesChange([...madeChoices]);
    });
    const advancer = new LineAdvancer({
      target: container,
      presenter: dialogue,
      hurryUp: () => runner.hurryUp(),
      next: () => runner.skipLine(),
    });
    const unlistenExit = dialogue.onExit(() => {
      run.onChoicesChange([]);
      restart();
    });
    void runner.run();
    return () => {
      runner.stop();
      unlistenExit();
      advancer.dispose();
      meter.dispose();
      dialogue.dispose();
    };
  };

  return {
    start,
    stop,
    dispose: () => {
      if (disposed) return;
      stop();
      disposed = true;
      void stage?.then((made) => made?.destroy());
      screen.remove();
    },
  };
}

/** Plays one run in `container` with its own stage; `stop()` removes everything. */
export function startPreview(container: HTMLElement, run: PreviewRun & StudioPreviewOptions): { stop(): void } {
  const host = createStudioPreview(container, run);
  host.start(run);
  return { stop: () => host.dispose() };
}

/** Loads Phaser and the stage on demand, as the game does; undefined when the device cannot draw it. */
async function loadStage(parent: HTMLElement, settings: Settings): Promise<PreviewStage | undefined> {
  const { createStage } = await import('../scene/stage-presenter.ts');
  return createStage({ parent, reducedMotion: settings.reducedMotion, highContrast: settings.highContrast });
}
