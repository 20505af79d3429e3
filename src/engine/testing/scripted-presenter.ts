import type { CancelSignal } from '../cancel-signal.ts';
import type { EncounterClosing, PresentedChoice, PresentedLine, Presenter } from '../encounter/presenter.ts';

/** One entry of a transcript: what a player would have seen, in order. */
export type TranscriptEntry =
  | { readonly type: 'line'; readonly text: string; readonly speaker: string | undefined }
  | { readonly type: 'choices'; readonly texts: readonly string[] }
  | { readonly type: 'chose'; readonly index: number; readonly text: string }
  | { readonly type: 'end'; readonly status: string; readonly reason: string };

/**
 * A presenter for tests and the terminal's `--choose`: takes the choices it is given
 * (0-based) in order, and writes down everything a player would have seen. When the
 * script runs out it asks `whenOutOfChoices`; without it, it stops choosing, which
 * leaves the choice to another presenter.
 */
export class ScriptedPresenter implements Presenter {
  readonly transcript: TranscriptEntry[] = [];
  readonly lines: PresentedLine[] = [];
  private readonly script: number[];
  private readonly whenOutOfChoices: ((choices: readonly PresentedChoice[]) => number | undefined) | undefined;

  constructor(
    script: readonly number[],
    whenOutOfChoices?: (choices: readonly PresentedChoice[]) => number | undefined,
  ) {
    this.script = [...script];
    this.whenOutOfChoices = whenOutOfChoices;
  }

  /** Choices of the script not used (the encounter ended first). */
  get unusedChoices(): readonly number[] {
    return this.script;
  }

  async presentLine(line: PresentedLine): Promise<void> {
    this.lines.push(line);
    this.transcript.push({ type: 'line', text: line.text, speaker: line.speaker });
  }

  async presentChoices(choices: readonly PresentedChoice[], _cancelled: CancelSignal): Promise<number | undefined> {
    this.transcript.push({ type: 'choices', texts: choices.map((choice) => choice.text) });
    const index = this.script.length > 0 ? this.script.shift() : this.whenOutOfChoices?.(choices);
    if (index !== undefined) {
      this.transcript.push({ type: 'chose', index, text: choices[index]?.text ?? '' });
    }
    return index;
  }

  async presentEnd(closing: EncounterClosing): Promise<void> {
    this.transcript.push({ type: 'end', status: closing.status, reason: closing.reason });
  }
}
