/**
 * A presenter for headless runs (replaying to a decision, searching paths, checking a
 * story): it takes the script's choices, then stops the runner at the next decision and
 * keeps what was offered there.
 */
import type { EncounterRunner } from './encounter-runner.ts';
import type { PresentedChoice, Presenter } from './presenter.ts';

// Shared settled promises: a story check plays some 100,000 lines, none needs its own.
const LINE_SHOWN: Promise<void> = Promise.resolve();
const NO_ANSWER: Promise<undefined> = Promise.resolve(undefined);

/** Takes the script's choices, then stops the runner at the next decision and keeps what it offered. */
export class StopAtDecision implements Presenter {
  /** Set by the caller once the runner exists; the presenter stops it at the decision. */
  runner: EncounterRunner | undefined;
  /** The choices' texts at the decision it stopped at; undefined when the run ended before one. */
  offered: readonly string[] | undefined;
  private readonly script: number[];

  /** `script`: 0-based choices to make, in order, before stopping. */
  constructor(script: readonly number[]) {
    this.script = [...script];
  }

  presentLine(): Promise<void> {
    return LINE_SHOWN;
  }

  presentChoices(choices: readonly PresentedChoice[]): Promise<number | undefined> {
    const next = this.script.shift();
    if (next !== undefined) return Promise.resolve(next);
    this.offered = choices.map((choice) => choice.text);
    // Abstaining alone would fail the encounter; stopping first makes `run` resolve with the record so far.
    this.runner?.stop();
    return NO_ANSWER;
  }
}
