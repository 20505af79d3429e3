/**
 * A quick headless check of a compiled story that has no ink source to compile (a
 * `.json` exported from Inky): it plays every choice sequence within a small bound,
 * then a few random playthroughs, with the real runner, and reports what would stop an
 * encounter in front of a trainee (a dead end, where ink "ran out of content", or any
 * other run-time error) with the choices that reach it. It also collects the sound and
 * ambience ids the story asked for, which only playing reveals without a source.
 *
 * A lighter cousin of the story checker (story-checker.ts), which needs the source: no
 * coverage, no best path, no visit counting; the two share their search and random
 * picker (headless-play.ts). Sized to answer in well under a second for the shipped
 * stories (see `PLAYTHROUGH_DEFAULTS`); the library's import awaits it.
 * Environment-neutral: no DOM, no file system, no wall clock.
 */
import {
  type CompiledStory,
  createRandom,
  EncounterRunner,
  type EncounterSave,
  type Presenter,
  type SessionRecord,
  StopAtDecision,
} from '../engine/index.ts';
import { isShorter, RandomPresenter, type SearchState, STILL_CLOCK, searchChoices } from './headless-play.ts';

export interface PlaythroughCheckOptions {
  /** Random playthroughs after the search; 0 plays none. */
  readonly runs?: number;
  /** States (one choice played from a save) the search plays at most. */
  readonly maxStates?: number;
  /** How many choices deep the search goes. */
  readonly depthBound?: number;
  /** ink's seed for the search; random playthrough `i` uses `seed + i`. */
  readonly seed?: number;
}

/** Measured on the shipped stories (Node 20): some 100 to 250 ms each. */
export const PLAYTHROUGH_DEFAULTS = { runs: 30, maxStates: 300, depthBound: 30, seed: 1 } as const;

/** A run-time failure and the shortest way found to it. */
export interface PlaythroughFailure {
  /** The runner's message, without the story's path in front. */
  readonly message: string;
  /** 1-based, as a trainee counts them on screen. */
  readonly choices: readonly number[];
  /** ink's seed that, with `choices`, plays it again from the start. */
  readonly seed: number;
}

export interface PlaythroughReport {
  /** One per distinct message, in the order found. */
  readonly failures: readonly PlaythroughFailure[];
  /** Every `# sound:` id a playthrough asked for, once each. */
  readonly sounds: readonly string[];
  /** Every `# ambience:` id a playthrough asked for, once each. */
  readonly ambiences: readonly string[];
  /** False when the search stopped at `maxStates` before it had played every sequence within its bound. */
  readonly exhaustive: boolean;
}

/** A loop that never reaches text costs the runner's whole time budget (2 s): once is enough to report it. */
const STALLED = /without producing a line/;

/** Plays `story` as described above. Never rejects for the story's fault: what fails is in `failures`. */
export async function checkPlaythroughs(
  story: CompiledStory,
  options: PlaythroughCheckOptions = {},
): Promise<PlaythroughReport> {
  const check = new Playthroughs(story);
  const seed = options.seed ?? PLAYTHROUGH_DEFAULTS.seed;
  const exhaustive = await check.search(
    seed,
    options.depthBound ?? PLAYTHROUGH_DEFAULTS.depthBound,
    options.maxStates ?? PLAYTHROUGH_DEFAULTS.maxStates,
  );
  await check.playAtRandom(options.runs ?? PLAYTHROUGH_DEFAULTS.runs, seed);
  return { failures: check.failures, sounds: [...check.sounds], ambiences: [...check.ambiences], exhaustive };
}

class Playthroughs {
  readonly sounds = new Set<string>();
  readonly ambiences = new Set<string>();
  private readonly story: CompiledStory;
  private readonly found = new Map<string, PlaythroughFailure>();
  private stop = false;

  constructor(story: CompiledStory) {
    this.story = story;
  }

  get failures(): PlaythroughFailure[] {
    return [...this.found.values()];
  }

  /** The exhaustive search (searchChoices), keeping what fails; returns whether it went everywhere within `depthBound`. */
  search(seed: number, depthBound: number, maxStates: number): Promise<boolean> {
    return searchChoices({
      depthBound,
      maxStates,
      play: (save, script) => this.step(seed, save, script),
      reached: (state) => this.take(state.record, seed),
      givenUp: () => this.stop,
    });
  }

  /** `runs` playthroughs from the start, each picking at random with its own seed. */
  async playAtRandom(runs: number, seed: number): Promise<void> {
    const presenter = new RandomPresenter();
    for (let played = 0; played < runs && !this.stop; played++) {
      const runSeed = seed + played;
      const runner = this.open(runSeed, presenter, undefined);
      if (runner === undefined) return;
      presenter.start(runner, createRandom(runSeed));
      this.take(await runner.run(), runSeed);
    }
  }

  /** From `save` (the start when undefined), makes `script`'s choices and stops at the next decision. */
  private async step(
    seed: number,
    save: EncounterSave | undefined,
    script: readonly number[],
  ): Promise<SearchState | undefined> {
    const presenter = new StopAtDecision(script);
    const runner = this.open(seed, presenter, save);
    if (runner === undefined) return undefined;
    presenter.runner = runner;
    const record = await runner.run();
    return { record, save: runner.checkpoint, offered: presenter.offered?.length ?? 0 };
  }

  private open(seed: number, presenter: Presenter, save: EncounterSave | undefined): EncounterRunner | undefined {
    try {
      const runner = new EncounterRunner({
        story: this.story,
        presenters: [presenter],
        clock: STILL_CLOCK,
        seed,
        ...(save === undefined ? {} : { resumeFrom: save }),
      });
      runner.playerEvents.on('soundRequested', (event) => this.sounds.add(event.sound));
      runner.playerEvents.on('ambienceChanged', (event) => this.ambiences.add(event.ambience));
      return runner;
    } catch (error) {
      this.stop = true;
      this.add(error instanceof Error ? error.message : String(error), [], seed);
      return undefined;
    }
  }

  /** Keeps the failure of a session played from the start, if it failed. */
  private take(record: SessionRecord, seed: number): void {
    if (record.failure === null) return;
    this.add(
      record.failure,
      record.choices.map((choice) => choice + 1),
      seed,
    );
  }

  /** Keeps one report per message: the shortest way to it. */
  private add(failure: string, choices: readonly number[], seed: number): void {
    const prefix = `${this.story.path}: `;
    const message = failure.startsWith(prefix) ? failure.slice(prefix.length) : failure;
    if (STALLED.test(message)) this.stop = true;
    const known = this.found.get(message);
    if (known !== undefined && !isShorter(choices, known.choices)) return;
    this.found.set(message, { message, choices, seed });
  }
}
