/**
 * The stage: a Presenter that draws the encounter with Phaser (the setting, the worker
 * and the person at the current distance, body language, light, the setting's life).
 * The app loads this module with a dynamic `import()`, so Phaser stays out of the start
 * page's bundle; nothing outside src/scene imports Phaser.
 *
 * It takes no input and never holds the story up for long: each line's animations
 * settle within `MAX_LINE_WAIT_MS`, end at once on "hurry", and the line resolves at
 * once on "next". It never receives the trust (the Presenter interface has none).
 */
import * as Phaser from 'phaser';
import type {
  CancelSignal,
  EncounterClosing,
  EncounterIntro,
  LineControl,
  PresentedChoice,
  PresentedLine,
  Presenter,
} from '../engine/index.ts';
import { nextRenderDivisor, renderSize } from './stage-layout.ts';
import { type StageDebugState, StageScene } from './stage-scene.ts';

export type { StageDebugState } from './stage-scene.ts';

/** The longest a line waits for the stage's animations, in milliseconds. */
export const MAX_LINE_WAIT_MS = 1200;
/** How often the frame rate is checked for the adaptive render scale. */
const FPS_CHECK_MS = 2000;
/** How long `createStage` waits for Phaser and the art before giving up (the encounter goes on in text). */
const START_TIMEOUT_MS = 15_000;

export interface StageOptions {
  /** Where the canvas goes; it fills this element, which the app sizes. */
  readonly parent: HTMLElement;
  /** No walking, no rain falling, no flicker: changes are shown at once. */
  readonly reducedMotion: boolean;
  /** Dims the setting and outlines the people. */
  readonly highContrast: boolean;
  /** Where `art/` is served, ending in `/`; defaults to the app's base URL plus `art/`. */
  readonly artBaseUrl?: string;
}

function defaultArtBaseUrl(): string {
  const base = import.meta.env.BASE_URL;
  return `${base.endsWith('/') ? base : `${base}/`}art/`;
}

export class StagePresenter implements Presenter {
  private readonly game: Phaser.Game;
  private readonly scene: StageScene;
  private readonly resizeObserver: ResizeObserver | undefined;
  private readonly parent: HTMLElement;
  private readonly fpsCheck: ReturnType<typeof setInterval>;
  /** 1 draws every CSS pixel; larger draws fewer and lets the browser scale up. */
  private currentDivisor = 1;
  private destroyed = false;

  /** Use `createStage`: it waits for the scene to be ready. */
  constructor(game: Phaser.Game, scene: StageScene, parent: HTMLElement) {
    this.game = game;
    this.scene = scene;
    this.parent = parent;
    // The stage sizes itself from its parent (Phaser's RESIZE mode would ignore the render
    // scale): the overlay growing or a phone turning must relayout the stage at once.
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver(() => this.fitParent());
      this.resizeObserver.observe(parent);
    }
    this.fitParent();
    this.fpsCheck = setInterval(() => this.adaptRenderScale(), FPS_CHECK_MS);
  }

  /** Draws at the parent's size divided by the render divisor; the browser scales it up. */
  private fitParent(): void {
    if (this.destroyed) return;
    const { width, height } = renderSize(this.parent.clientWidth, this.parent.clientHeight, this.currentDivisor);
    this.game.scale.setZoom(this.currentDivisor);
    this.game.scale.resize(width, height);
  }

  /** Lowers the resolution while the measured frame rate stays under the target. */
  private adaptRenderScale(): void {
    // A hidden tab draws nothing: its frame rate says nothing about the device.
    if (this.destroyed || document.hidden) return;
    const next = nextRenderDivisor(this.currentDivisor, this.game.loop.actualFps);
    if (next === this.currentDivisor) return;
    this.currentDivisor = next;
    this.fitParent();
  }

  async presentStart(intro: EncounterIntro): Promise<void> {
    if (this.destroyed) return;
    await this.scene.begin(intro);
  }

  async presentLine(line: PresentedLine, control: LineControl): Promise<void> {
    if (this.destroyed || line.directions.length === 0) return;
    const playback = this.scene.playLine(line.directions);
    const unsubscribe: (() => void)[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await new Promise<void>((resolve) => {
        unsubscribe.push(control.hurry.onCancel(() => playback.finish()));
        unsubscribe.push(
          control.next.onCancel(() => {
            playback.finish();
            resolve();
          }),
        );
        timer = setTimeout(() => {
          playback.finish();
          resolve();
        }, MAX_LINE_WAIT_MS);
        playback.done.then(resolve, resolve);
      });
    } finally {
      clearTimeout(timer);
      for (const stop of unsubscribe) stop();
    }
  }

  async presentChoices(_choices: readonly PresentedChoice[], _cancelled: CancelSignal): Promise<undefined> {
    return undefined;
  }

  async presentEnd(_closing: EncounterClosing): Promise<void> {}

  setReducedMotion(on: boolean): void {
    this.scene.setReducedMotion(on);
  }

  setHighContrast(on: boolean): void {
    this.scene.setHighContrast(on);
  }

  /** What the stage shows now (setting, zone, pose, moment...), for tests. Never the trust. */
  debugState(): StageDebugState {
    // In CSS pixels, whatever the render scale: positions mean the same at any frame rate.
    const state = this.scene.debugState();
    const css = (value: number): number => Math.round(value * this.currentDivisor);
    return {
      ...state,
      workerX: css(state.workerX),
      zones: { far: css(state.zones.far), near: css(state.zones.near), close: css(state.zones.close) },
      width: css(state.width),
      height: css(state.height),
    };
  }

  /** How many CSS pixels one drawn pixel covers (1 = full resolution), for performance checks. */
  renderDivisor(): number {
    return this.currentDivisor;
  }

  /** Frames per second Phaser measures, for performance checks. */
  actualFps(): number {
    return this.game.loop.actualFps;
  }

  /** Removes the game and its canvas. The presenter does nothing afterwards. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.resizeObserver?.disconnect();
    clearInterval(this.fpsCheck);
    // Phaser destroys on its next frame, which a hidden tab never draws: wake the loop for
    // it, and take the canvas out of the page now so the app can build its next screen.
    this.game.loop.wake();
    this.game.destroy(true);
    this.game.canvas.remove();
  }
}

/**
 * Creates the stage in `options.parent` and resolves once the scene has loaded its
 * art and is ready to present. Rejects, leaving nothing behind, if Phaser cannot start
 * (no renderer at all) or is not ready within 15 seconds.
 */
export async function createStage(options: StageOptions): Promise<StagePresenter> {
  const { parent } = options;
  let ready: () => void = () => {};
  let failed: () => void = () => {};
  const isReady = new Promise<void>((resolve, reject) => {
    ready = resolve;
    failed = () => reject(new Error('The stage did not start: its art did not load.'));
  });
  const scene = new StageScene({
    reducedMotion: options.reducedMotion,
    highContrast: options.highContrast,
    onReady: () => ready(),
    onFailed: () => failed(),
  });
  const game = new Phaser.Game({
    // WebGL, with Phaser's own fallback to Canvas where WebGL is missing.
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#1f2739',
    scale: {
      // Sized by the presenter from its parent, at the adaptive render scale (fitParent).
      mode: Phaser.Scale.NONE,
      width: Math.max(1, parent.clientWidth),
      height: Math.max(1, parent.clientHeight),
      // The app lays the page out; the stage never resizes its parent.
      expandParent: false,
      autoRound: true,
    },
    render: {
      // Everything is a textured quad whose edges the SVG rasterizer already smoothed:
      // multisampling would only cost fill rate (dearly on software WebGL).
      antialiasGL: false,
      // The setting (or its backdrop) covers every pixel each frame: clearing first is a wasted pass.
      clearBeforeRender: false,
    },
    // Every file the stage loads is under the art base URL (kept by the loader's resets too).
    loader: { baseURL: options.artBaseUrl ?? defaultArtBaseUrl() },
    banner: false,
    // The dialogue overlay has the keyboard focus and the input: the stage takes neither.
    autoFocus: false,
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // Sound is the audio layer's (howler); Phaser must not open an AudioContext of its own.
    audio: { noAudio: true },
    scene,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      isReady,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('The stage did not start in time: no renderer, or the art is still loading.')),
          START_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (error) {
    game.destroy(true);
    game.canvas?.remove();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  // A hidden tab draws nothing: stop the loop (rain, headlights, tweens) rather than
  // rely on the browser throttling it, and start again without a burst of catching up.
  game.events.on(Phaser.Core.Events.HIDDEN, () => game.loop.sleep());
  game.events.on(Phaser.Core.Events.VISIBLE, () => game.loop.wake());
  // Decorative for assistive technology: the overlay says the same things in text.
  game.canvas.setAttribute('aria-hidden', 'true');
  game.canvas.setAttribute('role', 'presentation');
  return new StagePresenter(game, scene, parent);
}
