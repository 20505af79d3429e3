/**
 * What the runner hands to the screen, the terminal or a test. After Yarn Spinner's
 * dialogue presenters: each line goes to every presenter and the runner waits for
 * all of them; choices go to every presenter and the first answer wins, the others
 * are cancelled. Nothing here carries the trust (STYLE.md, seam 3).
 */
import type { CancelSignal } from '../cancel-signal.ts';
import type { StoryHeader } from '../story/story-tags.ts';
import type { Act, Cue, Distance, EndStatus, Moment } from '../story/tag-contract.ts';
import type { EndReason } from './encounter-events.ts';

/** A change the stage shows with a line, in the order the author wrote the tags. */
export type StageDirection =
  | { readonly type: 'distance'; readonly from: Distance; readonly to: Distance }
  | { readonly type: 'cue'; readonly cue: Cue }
  | { readonly type: 'moment'; readonly moment: Moment }
  | { readonly type: 'visit'; readonly visit: number }
  | { readonly type: 'sound'; readonly sound: string }
  | { readonly type: 'ambience'; readonly ambience: string };

export interface PresentedLine {
  /** 0-based count of lines shown in this encounter. */
  readonly index: number;
  /** The line as the author wrote it, trimmed. Always inserted as text, never as HTML. */
  readonly text: string;
  /** Who speaks: the person's name, `worker` for the trainee, undefined for narration. */
  readonly speaker: string | undefined;
  readonly mood: string | undefined;
  readonly directions: readonly StageDirection[];
}

export interface PresentedChoice {
  /** 0-based; what `presentChoices` resolves with. */
  readonly index: number;
  readonly text: string;
  /** What kind of act it is (the stage may animate an approach); never how it will be judged. */
  readonly act: Act | undefined;
}

/** Signals for one line: "hurry up" (finish the typewriter) and "next" (be done now). */
export interface LineControl {
  /** Fires when the player asks to see the whole line at once; the presenter stays on the line. */
  readonly hurry: CancelSignal;
  /** Fires when the runner moves on (the player skipped, or the encounter stopped): resolve promptly. */
  readonly next: CancelSignal;
}

export interface EncounterIntro {
  readonly storyId: string;
  readonly header: StoryHeader;
  readonly distance: Distance;
  readonly moment: Moment;
  /** On resume, the ambience the story had set (`ambience` tag); undefined at a fresh start. */
  readonly ambience: string | undefined;
  readonly resumed: boolean;
}

export interface EncounterClosing {
  readonly status: EndStatus;
  readonly reason: EndReason;
  /** For a failure: what went wrong, naming the story. */
  readonly message: string | undefined;
}

export interface Presenter {
  /** Called once before the first line (or on resume), awaited. */
  presentStart?(intro: EncounterIntro): Promise<void>;
  /**
   * Shows one line. Resolve when done with it (typed out and, if the presenter waits
   * for the player, acknowledged). Resolve promptly once `control.next` fires.
   * A rejection ends the encounter as a failure; the record so far is kept.
   */
  presentLine(line: PresentedLine, control: LineControl): Promise<void>;
  /**
   * Offers choices. Resolve with the index picked, or with `undefined` for a presenter
   * that does not take input (the stage). Once `cancelled` fires another presenter
   * has answered: stop listening and resolve with `undefined`.
   */
  presentChoices(choices: readonly PresentedChoice[], cancelled: CancelSignal): Promise<number | undefined>;
  /** Called once at the end, awaited. */
  presentEnd?(closing: EncounterClosing): Promise<void>;
}
