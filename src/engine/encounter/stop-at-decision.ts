/**
 * A presenter for headless runs (replaying to a decision, searching paths): it takes
 * the script's choices, then stops the runner at the next decision and keeps what was
 * offered there.
 */
import type { EncounterRunner } from './encounter-runner.ts';
import type { PresentedChoice, Presenter } from './presenter.ts';

/** Takes the script's choices, then stops the runner at the next decision and keeps what it offered. */
export class StopAtDecision implements Presenter {
  runner: EncounterRunner | undefined;
  offered: readonly string[] | undefined;
  private readonly script: number[];

  constructor(script: readonly number[]) {
    this.script = [...script];
  }

  async presentLine(): Promise<void> {}

  async presentChoices(choices: readonly PresentedChoice[]): Promise<number | undefined> {
    const next = this.script.shift();
    if (next !== undefined) return next;
    this.offered = choices.map((choice) => choice.text);
    // Abstaining alone would fail the encounter; stopping first makes `run` resolve with the record so far.
    this.runner?.stop();
    return undefined;
  }
}
