/**
 * Input for lines, after Yarn Spinner's line advancer: Space or Enter, and a click on
 * the dialogue box (told by the presenter's `onAdvance`), become either "hurry up"
 * (the line is still being typed: show it whole) or "next" (go on). The app passes the
 * runner's `hurryUp` and `skipLine`; the presenter never calls the runner itself.
 */
import type { DialoguePresenter } from './dialogue-presenter.ts';

/** What the advancer needs from the presenter. */
export type AdvanceablePresenter = Pick<DialoguePresenter, 'isTyping' | 'isShowingLine' | 'onAdvance'>;

export interface LineAdvancerOptions {
  /** Where keys are heard: the document during an encounter. */
  readonly target: Document | HTMLElement;
  readonly presenter: AdvanceablePresenter;
  /** `runner.hurryUp()`: finish the typewriter. */
  readonly hurryUp: () => void;
  /** `runner.skipLine()`: move on to what follows. */
  readonly next: () => void;
}

/** Controls take Space and Enter for themselves; a key there is not a request to go on. */
const CONTROLS =
  'a[href], button, input, select, textarea, summary, dialog, [contenteditable=""], [contenteditable="true"], [role="button"], [role="slider"], [role="checkbox"], [role="radio"], [role="menuitem"], [role="tab"]';

export class LineAdvancer {
  private readonly target: Document | HTMLElement;
  private readonly presenter: AdvanceablePresenter;
  private readonly hurryUp: () => void;
  private readonly next: () => void;
  private readonly unsubscribe: () => void;
  private readonly onKeyDown = (event: Event): void => this.handleKey(event as KeyboardEvent);

  constructor(options: LineAdvancerOptions) {
    this.target = options.target;
    this.presenter = options.presenter;
    this.hurryUp = options.hurryUp;
    this.next = options.next;
    this.target.addEventListener('keydown', this.onKeyDown);
    this.unsubscribe = this.presenter.onAdvance(() => this.advance());
  }

  /** Hurries the line if it is still being typed, otherwise moves on. */
  advance(): void {
    if (!this.presenter.isShowingLine) return;
    if (this.presenter.isTyping) this.hurryUp();
    else this.next();
  }

  dispose(): void {
    this.target.removeEventListener('keydown', this.onKeyDown);
    this.unsubscribe();
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    // A held key would skip line after line before anyone could read them.
    if (event.defaultPrevented || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
    if (!this.presenter.isShowingLine || isOnControl(event.target)) return;
    event.preventDefault();
    this.advance();
  }
}

function isOnControl(target: EventTarget | null): boolean {
  if (target === null || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest(CONTROLS) !== null;
}
