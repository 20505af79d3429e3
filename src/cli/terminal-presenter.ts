/**
 * Shows an encounter in a terminal: lines as `Speaker: text`, stage directions in dim
 * brackets, numbered choices. Playing interactively it asks for a number; otherwise it
 * only prints, and the choice comes from another presenter (the `--choose` script).
 * Like every presenter it never sees the trust (STYLE.md, seam 3).
 */
import type { CancelSignal, EncounterIntro, PresentedChoice, PresentedLine, Presenter } from '../engine/index.ts';
import { describeDirection, speakerName, type TerminalWords, terminalWords } from './terminal-words.ts';

/** Where text goes: `process.stdout`, or a buffer in tests. */
export interface Writer {
  write(text: string): void;
}

/** Typed answers, one line each. `ask` resolves undefined once input has ended (Ctrl-D, Ctrl-C). */
export interface LineReader {
  ask(prompt: string): Promise<string | undefined>;
  close(): void;
}

export interface TerminalPresenterOptions {
  readonly output: Writer;
  /** Dims the stage directions with ANSI codes; only for a terminal that shows them. */
  readonly color: boolean;
  /** Where the player's answers come from; without it the presenter never answers a choice. */
  readonly input?: LineReader;
  /** Called when input ends instead of an answer: the caller stops the encounter. */
  readonly onQuit?: () => void;
}

const DIM = ['\u001b[2m', '\u001b[22m'] as const;
const BOLD = ['\u001b[1m', '\u001b[22m'] as const;

export class TerminalPresenter implements Presenter {
  private readonly output: Writer;
  private readonly color: boolean;
  private readonly input: LineReader | undefined;
  private readonly onQuit: () => void;
  private words: TerminalWords = terminalWords('fr');
  private character = '';
  private answeredLastChoice = false;
  /** A blank line goes between a choice and the lines that follow it. */
  private afterChoice = false;

  constructor(options: TerminalPresenterOptions) {
    this.output = options.output;
    this.color = options.color;
    this.input = options.input;
    this.onQuit = options.onQuit ?? (() => {});
  }

  async presentStart(intro: EncounterIntro): Promise<void> {
    this.words = terminalWords(intro.header.lang);
    this.character = intro.header.character;
    this.print(this.style(BOLD, intro.header.title));
    if (intro.header.warnings.length > 0) {
      this.print(
        this.style(DIM, `${this.words.contentWarning}${this.words.colon}${intro.header.warnings.join(' ; ')}`),
      );
    }
    this.print('');
  }

  async presentLine(line: PresentedLine): Promise<void> {
    if (this.afterChoice) this.print('');
    this.afterChoice = false;
    if (line.directions.length > 0) {
      const directions = line.directions.map((direction) => describeDirection(direction, this.words, this.character));
      this.print(this.style(DIM, directions.join(' ')));
    }
    this.print(
      line.speaker === undefined
        ? line.text
        : `${speakerName(line.speaker, this.words)}${this.words.colon}${line.text}`,
    );
  }

  async presentChoices(choices: readonly PresentedChoice[], cancelled: CancelSignal): Promise<number | undefined> {
    this.answeredLastChoice = false;
    this.afterChoice = true;
    this.print('');
    for (const choice of choices) this.print(`  ${choice.index + 1}. ${choice.text}`);
    if (this.input === undefined) return undefined;
    // A scripted answer (`--choose`) arrives within this turn of the event loop: let it
    // win before asking, so the prompt only shows once the script has run out.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (cancelled.cancelled) return undefined;
    const index = await this.ask(this.input, choices.length, cancelled);
    if (index === undefined) {
      if (!cancelled.cancelled) this.onQuit();
      return undefined;
    }
    this.answeredLastChoice = true;
    return index;
  }

  /**
   * Shows a choice someone else made (the script, `--auto`) as if it had been typed,
   * so a transcript reads like a session. The player's own answers are already on screen.
   */
  noteChoice(index: number): void {
    if (!this.answeredLastChoice) this.print(`> ${index + 1}`);
  }

  private async ask(input: LineReader, count: number, cancelled: CancelSignal): Promise<number | undefined> {
    let stopWaiting = (): void => {};
    const whenCancelled = new Promise<undefined>((resolve) => {
      stopWaiting = cancelled.onCancel(() => resolve(undefined));
    });
    try {
      for (;;) {
        const answer = await Promise.race([input.ask('> '), whenCancelled]);
        if (answer === undefined || cancelled.cancelled) return undefined;
        const trimmed = answer.trim();
        const number = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
        if (number >= 1 && number <= count) return number - 1;
        if (trimmed !== '') this.print(this.words.pickANumber(count));
      }
    } finally {
      stopWaiting();
    }
  }

  private style(codes: readonly [string, string], text: string): string {
    return this.color ? `${codes[0]}${text}${codes[1]}` : text;
  }

  private print(text: string): void {
    this.output.write(`${text}\n`);
  }
}
