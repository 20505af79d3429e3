/**
 * The DOM overlay of an encounter: the dialogue history, the typewriter, the choices
 * and the end panel. One of the runner's presenters, beside the Phaser stage.
 *
 * Screen readers first: each line goes into the history (a `log` live region) whole,
 * at once, in a visually hidden copy; the typewriter animates an `aria-hidden` copy,
 * so a line is announced once and never letter by letter. Stage directions are written
 * into the history as short sentences ("Josée se détourne"). Every text goes in with
 * `textContent`: a story's words are never markup.
 *
 * The presenter does not drive the runner: a click on "Continue" or on the dialogue
 * box is told to `onAdvance` listeners (the `LineAdvancer`), which call
 * `runner.hurryUp()` or `runner.skipLine()`; `presentLine` resolves when the line's
 * `control.next` fires.
 */
import type {
  CancelSignal,
  EncounterClosing,
  EncounterIntro,
  LineControl,
  PresentedChoice,
  PresentedLine,
  Presenter,
  RuntimeErrorPlace,
  StageDirection,
} from '../engine/index.ts';
import { runtimeErrorPlace } from '../engine/index.ts';
import type { Settings, TextSpeed } from './settings.ts';
import { describeDirections } from './stage-description.ts';
import type { UiStrings } from './strings.ts';

/** Timers, injected so that tests type a line out without waiting (STYLE.md, seam 5). */
export interface Scheduler {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DialoguePresenterOptions {
  /** Where the overlay is drawn; the presenter owns its content until `dispose()`. */
  readonly root: HTMLElement;
  /** The interface's words in the story's language. */
  readonly strings: UiStrings;
  readonly settings: Settings;
  /** The person's name for the stage directions; the header's `character` when empty. */
  readonly characterName: string;
  readonly scheduler?: Scheduler;
  /** The end panel's button; "Back to the start" when the game has no debrief to open. */
  readonly exitLabel?: string;
  /**
   * Set by the game: what was played is kept and debriefed once `available()` says so
   * (a choice was made). The end panel's button then reads `label`, and a failure says
   * the trainee's progress is kept; otherwise the button reads `exitLabel`.
   */
  readonly debrief?: { readonly label: string; readonly available: () => boolean };
  /**
   * Words a failure's technical detail for its author (in French, for a French game);
   * without it, the runner's message is shown as it is. May load what it needs: the end
   * panel shows the message first and the words when they come.
   */
  readonly describeFailure?: (message: string) => Promise<string>;
  /**
   * The studio's preview names the outcome on the end panel ("Issue : lien gardé"):
   * the author needs it; a trainee learns it in the debrief, never here.
   */
  readonly showOutcome?: boolean;
  /**
   * The studio's preview shows a failure's detail unfolded: the author is the reader
   * who must act on it. A trainee's end panel keeps it folded away.
   */
  readonly openFailureDetails?: boolean;
  /**
   * The studio's preview: a failure that names its line (or, failing that, its knot)
   * gets a button that calls this with the place, and the studio puts the editor's cursor there.
   */
  readonly goToFailure?: (place: RuntimeErrorPlace) => void;
}

/** One entry of the history, as `restoreHistory` takes it: the speaker as the story wrote it. */
export interface HistoryEntry {
  /** The person's name, `worker` for the trainee, undefined for narration. */
  readonly speaker: string | undefined;
  readonly text: string;
  /** A line of the story, or a choice the trainee took (drawn as their choice). */
  readonly kind: 'line' | 'choice';
  /** The body language and distance that came with a line, written before it as in play. */
  readonly directions?: readonly StageDirection[];
}

/** Milliseconds per character at each speed; `instant` shows the line whole. */
const CHARACTER_DELAY_MS: Readonly<Record<Exclude<TextSpeed, 'instant'>, number>> = {
  slow: 55,
  normal: 28,
  fast: 12,
};
/** A reader's breath after punctuation, in characters' worth of time. */
const PAUSE_AFTER = new Map<string, number>([
  ['.', 6],
  ['!', 6],
  ['?', 6],
  ['…', 6],
  [':', 4],
  [';', 4],
  [',', 3],
]);

/** Elements that take Space or Enter themselves: a click there is not a request to go on. */
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [contenteditable=""], [role="button"]';

const browserScheduler: Scheduler = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

let instances = 0;

interface Typewriter {
  readonly typed: HTMLElement;
  readonly untyped: HTMLElement;
  readonly text: string;
  /** Code-unit offsets where each visible character (grapheme) ends. */
  readonly ends: readonly number[];
  shown: number;
  timer: unknown;
}

interface ActiveChoices {
  readonly group: HTMLElement;
  readonly hint: HTMLElement;
  readonly finish: (index: number | undefined) => void;
}

export class DialoguePresenter implements Presenter {
  private readonly root: HTMLElement;
  private readonly document: Document;
  private readonly strings: UiStrings;
  private readonly exitLabel: string | undefined;
  private readonly debrief: DialoguePresenterOptions['debrief'];
  private readonly describeFailure: DialoguePresenterOptions['describeFailure'];
  private readonly openFailureDetails: boolean;
  private readonly goToFailure: DialoguePresenterOptions['goToFailure'];
  private readonly showOutcome: boolean;
  private readonly scheduler: Scheduler;
  private readonly id: string;
  private settings: Settings;
  private characterName: string;

  private readonly box: HTMLElement;
  private readonly title: HTMLHeadingElement;
  private log: HTMLElement;
  private readonly controls: HTMLElement;
  private readonly continueButton: HTMLButtonElement;
  private readonly notice: HTMLElement;

  private typewriter: Typewriter | undefined;
  private showingLine = false;
  private choices: ActiveChoices | undefined;
  private ended = false;
  private disposed = false;
  private readonly advanceListeners = new Set<() => void>();
  private readonly exitListeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(options: DialoguePresenterOptions) {
    this.root = options.root;
    this.document = options.root.ownerDocument;
    this.strings = options.strings;
    this.exitLabel = options.exitLabel;
    this.debrief = options.debrief;
    this.describeFailure = options.describeFailure;
    this.openFailureDetails = options.openFailureDetails ?? false;
    this.goToFailure = options.goToFailure;
    this.showOutcome = options.showOutcome ?? false;
    this.settings = options.settings;
    this.characterName = options.characterName;
    this.scheduler = options.scheduler ?? browserScheduler;
    instances++;
    this.id = `dialogue-${instances}`;

    this.box = this.element('div', 'dialogue');
    this.box.lang = this.strings.lang;
    this.title = this.element('h1', 'dialogue-title');
    this.title.id = `${this.id}-title`;
    this.title.tabIndex = -1;
    this.title.hidden = true;
    this.log = this.createLog();
    this.controls = this.element('div', 'dialogue-controls');
    this.continueButton = this.element('button', 'button button-primary dialogue-continue');
    this.continueButton.type = 'button';
    this.continueButton.textContent = this.strings.dialogue.continue;
    this.continueButton.hidden = true;
    this.controls.append(this.continueButton);
    this.notice = this.element('p', 'dialogue-notice');
    this.notice.setAttribute('role', 'status');
    this.box.append(this.title, this.log, this.controls, this.notice);
    this.root.append(this.box);

    this.listen(this.continueButton, 'click', () => this.requestAdvance());
    // A held key would otherwise click through line after line.
    this.listen(this.continueButton, 'keydown', (event) => {
      if ((event as KeyboardEvent).repeat) event.preventDefault();
    });
    this.listen(this.box, 'click', (event) => this.onBoxClick(event as MouseEvent));
  }

  /**
   * True while a line is being typed out: a request to go on then finishes it instead.
   * The dialogue box then carries `data-typing="true"` (for the style sheet and e2e tests).
   */
  get isTyping(): boolean {
    return this.typewriter !== undefined;
  }

  /** True from the moment a line is shown until the runner moves past it. */
  get isShowingLine(): boolean {
    return this.showingLine;
  }

  /**
   * Calls back when the player asks to go on (the Continue button, a click on the
   * dialogue box) while a line is shown. Returns the function that unsubscribes.
   */
  onAdvance(callback: () => void): () => void {
    this.advanceListeners.add(callback);
    return () => this.advanceListeners.delete(callback);
  }

  /** Calls back when the player leaves from the end panel ("Back to the start"). */
  onExit(callback: () => void): () => void {
    this.exitListeners.add(callback);
    return () => this.exitListeners.delete(callback);
  }

  /** New settings mid-encounter: a change to instant text or reduced motion finishes the line now. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    if (this.typesInstantly()) this.finishTyping();
  }

  /** Moves keyboard focus into the overlay: the first choice, or "Continue". */
  focus(): void {
    const target = this.choices?.group.querySelector('button') ?? this.continueButton;
    if (!target.hidden) target.focus();
  }

  async presentStart(intro: EncounterIntro): Promise<void> {
    if (this.characterName.trim() === '') this.characterName = intro.header.character;
    this.title.textContent = intro.header.title;
    this.title.hidden = false;
    this.box.setAttribute('aria-labelledby', this.title.id);
    this.box.setAttribute('role', 'region');
    // The start screen's button is gone; without this, focus would fall back to the page.
    if (this.nothingFocused()) this.title.focus();
  }

  presentLine(line: PresentedLine, control: LineControl): Promise<void> {
    const additions = describeDirections(line.directions, this.strings, this.characterName).map((sentence) =>
      this.directionEntry(sentence),
    );
    const entry = this.lineEntry(line.speaker, line.text, 'line');
    this.appendToLog(...additions, entry.element);

    this.showingLine = true;
    this.continueButton.hidden = false;
    this.startTyping(entry.typed, entry.untyped, line.text);
    if (control.hurry.cancelled) this.finishTyping();

    return new Promise<void>((resolve) => {
      const unhurry = control.hurry.onCancel(() => this.finishTyping());
      control.next.onCancel(() => {
        unhurry();
        this.finishTyping();
        this.showingLine = false;
        resolve();
      });
    });
  }

  presentChoices(choices: readonly PresentedChoice[], cancelled: CancelSignal): Promise<number | undefined> {
    if (cancelled.cancelled || this.ended || choices.length === 0) return Promise.resolve(undefined);
    this.choices?.finish(undefined);

    return new Promise<number | undefined>((resolve) => {
      const hint = this.element('p', 'dialogue-choice-hint');
      hint.id = `${this.id}-choice-hint`;
      hint.textContent = this.strings.dialogue.choiceHint(choices.length);
      const group = this.element('div', 'dialogue-choices');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', this.strings.dialogue.choices);
      group.setAttribute('aria-describedby', hint.id);

      const buttons = choices.map((choice, position) => {
        const button = this.element('button', 'dialogue-choice');
        button.type = 'button';
        const number = this.element('span', 'dialogue-choice-number');
        number.setAttribute('aria-hidden', 'true');
        number.textContent = position < 9 ? String(position + 1) : '';
        const text = this.element('span', 'dialogue-choice-text');
        text.textContent = choice.text;
        button.append(number, text);
        button.addEventListener('click', () => finish(choice.index));
        return button;
      });
      group.append(...buttons);

      const onGroupKey = (event: KeyboardEvent): void => {
        const current = buttons.indexOf(event.target as HTMLButtonElement);
        if (current < 0 || hasModifier(event)) return;
        const move = (to: number): void => {
          event.preventDefault();
          buttons[(to + buttons.length) % buttons.length]?.focus();
        };
        if (event.key === 'ArrowDown' || event.key === 'ArrowRight') move(current + 1);
        else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') move(current - 1);
        else if (event.key === 'Home') move(0);
        else if (event.key === 'End') move(buttons.length - 1);
        else if ((event.key === 'Enter' || event.key === ' ') && !event.repeat) {
          // Picked on the key itself, so the key cannot go on to "Continue" once focus moves there.
          event.preventDefault();
          const choice = choices[current];
          if (choice !== undefined) finish(choice.index);
        }
      };
      // Number keys pick from anywhere on the page, except while typing into a field.
      const onDocumentKey = (event: KeyboardEvent): void => {
        if (event.defaultPrevented || event.repeat || hasModifier(event) || isTextEntry(event.target)) return;
        if (!/^[1-9]$/.test(event.key)) return;
        const choice = choices[Number(event.key) - 1];
        if (choice === undefined) return;
        event.preventDefault();
        finish(choice.index);
      };
      group.addEventListener('keydown', onGroupKey);
      this.document.addEventListener('keydown', onDocumentKey);

      let unlinkCancel = (): void => {};
      const finish = (index: number | undefined): void => {
        if (this.choices?.group !== group) return;
        this.choices = undefined;
        unlinkCancel();
        this.document.removeEventListener('keydown', onDocumentKey);
        const hadFocus = group.contains(this.document.activeElement);
        group.remove();
        hint.remove();
        if (!this.ended) this.continueButton.hidden = false;
        const chosen = choices.find((choice) => choice.index === index);
        if (chosen !== undefined) {
          // A choice is not typed out: its words go in whole.
          const entry = this.lineEntry('worker', chosen.text, 'choice');
          entry.typed.textContent = chosen.text;
          entry.untyped.textContent = '';
          this.appendToLog(entry.element);
        } else this.scrollToNewest();
        if (hadFocus && !this.ended) this.continueButton.focus();
        resolve(index);
      };
      this.choices = { group, hint, finish };
      unlinkCancel = cancelled.onCancel(() => finish(undefined));

      this.continueButton.hidden = true;
      this.controls.append(hint, group);
      // The choices take room from the history: keep its newest line in view.
      this.scrollToNewest();
      buttons[0]?.focus();
    });
  }

  async presentEnd(closing: EncounterClosing): Promise<void> {
    this.finishTyping();
    this.choices?.finish(undefined);
    this.ended = true;
    this.showingLine = false;
    this.continueButton.hidden = true;

    const toDebrief = this.debrief?.available() ?? false;
    const panel = this.element('section', 'dialogue-end');
    const heading = this.element('h2', 'dialogue-end-heading');
    heading.id = `${this.id}-end`;
    heading.tabIndex = -1;
    heading.textContent = this.strings.dialogue.endHeading;
    panel.setAttribute('aria-labelledby', heading.id);
    panel.append(heading);
    if (closing.reason === 'failure') {
      panel.append(this.failureNotice(closing.message ?? '', toDebrief));
    } else {
      const ended = this.element('p', 'dialogue-end-text');
      ended.textContent = this.strings.dialogue.ended;
      panel.append(ended);
      if (this.showOutcome) {
        const outcome = this.element('p', 'dialogue-end-outcome');
        const { facts, outcomes } = this.strings.history;
        outcome.textContent = `${facts.outcome}${this.strings.colon}${outcomes[closing.status]}`;
        panel.append(outcome);
      }
    }
    const exit = this.element('button', 'button button-primary dialogue-exit');
    exit.type = 'button';
    exit.textContent =
      toDebrief && this.debrief !== undefined
        ? this.debrief.label
        : (this.exitLabel ?? this.strings.dialogue.backToStart);
    exit.addEventListener('click', () => {
      for (const listener of [...this.exitListeners]) callSafely(listener);
    });
    panel.append(exit);
    this.controls.append(panel);
    this.scrollToNewest();
    heading.focus();
  }

  /**
   * A failure in the trainee's words: the encounter stops, its author must fix the text
   * (where, when ink said), what was played is kept. ink's own message, which means
   * nothing to a trainee, is folded away for the author; `describeFailure` words it.
   */
  private failureNotice(message: string, kept: boolean): HTMLElement {
    const { dialogue } = this.strings;
    const notice = this.element('div', 'dialogue-failure');
    notice.setAttribute('role', 'alert');
    const place = runtimeErrorPlace(message);
    const said = this.element('p', 'dialogue-failure-text');
    said.textContent = dialogue.failureText(
      place === undefined
        ? undefined
        : place.kind === 'line'
          ? dialogue.failurePlace(place.file, String(place.line))
          : dialogue.failureKnot(place.knot),
    );
    notice.append(said);
    const goTo = this.goToFailure;
    if (place !== undefined && goTo !== undefined) {
      const go = this.element('button', 'button dialogue-failure-go');
      go.type = 'button';
      go.textContent =
        place.kind === 'line' ? dialogue.failureGoToLine(String(place.line)) : dialogue.failureGoToKnot(place.knot);
      go.addEventListener('click', () => goTo(place));
      notice.append(go);
    }
    if (kept) {
      const keptText = this.element('p', 'dialogue-failure-kept');
      keptText.textContent = dialogue.failureKept;
      notice.append(keptText);
    }
    if (message !== '') {
      const details = this.element('details', 'dialogue-failure-details');
      details.open = this.openFailureDetails;
      const summary = this.element('summary', '');
      summary.textContent = dialogue.failureDetails;
      const detail = this.element('p', 'dialogue-failure-detail');
      // ink's message is English until it is worded: a screen reader reads it as such.
      detail.lang = 'en';
      detail.textContent = message;
      details.append(summary, detail);
      notice.append(details);
      this.describeFailure?.(message).then(
        (described) => {
          if (this.disposed || described === message) return;
          detail.textContent = described;
          detail.lang = this.strings.lang;
        },
        // The words could not be loaded (offline): ink's message stays, which says the same.
        () => {},
      );
    }
    return notice;
  }

  /**
   * Rebuilds the history of a resumed encounter, all at once and without animation.
   * The new history replaces the log element whole: a live region announces changes,
   * not what it holds when it appears, so a resume does not read the past aloud.
   */
  restoreHistory(entries: readonly HistoryEntry[]): void {
    const log = this.createLog();
    log.append(
      ...entries.flatMap((entry) => {
        const directions = describeDirections(entry.directions ?? [], this.strings, this.characterName).map(
          (sentence) => this.directionEntry(sentence),
        );
        const made = this.lineEntry(entry.speaker, entry.text, entry.kind);
        made.typed.textContent = entry.text;
        made.untyped.textContent = '';
        return [...directions, made.element];
      }),
    );
    this.log.replaceWith(log);
    this.log = log;
    this.scrollToNewest();
  }

  /** A message that does not interrupt play ("Progress could not be saved"), in a status region. */
  showNotice(text: string): void {
    // Emptied first, so the same notice given twice is announced twice.
    this.notice.textContent = '';
    this.notice.textContent = text;
  }

  /** Stops every timer and listener and removes the overlay. */
  dispose(): void {
    this.disposed = true;
    this.choices?.finish(undefined);
    this.finishTyping();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.advanceListeners.clear();
    this.exitListeners.clear();
    this.box.remove();
  }

  private createLog(): HTMLElement {
    const log = this.element('div', 'dialogue-history');
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    log.setAttribute('aria-label', this.strings.dialogue.log);
    // The history scrolls: keyboard users must be able to reach it to scroll back.
    log.tabIndex = 0;
    return log;
  }

  private lineEntry(
    speaker: string | undefined,
    text: string,
    kind: 'line' | 'choice',
  ): { element: HTMLElement; typed: HTMLElement; untyped: HTMLElement } {
    const classes = ['dialogue-entry', `dialogue-entry-${kind}`];
    if (speaker === undefined) classes.push('dialogue-entry-narration');
    else if (speaker === 'worker') classes.push('dialogue-entry-worker');
    const element = this.element('p', classes.join(' '));
    if (speaker !== undefined) {
      const name = this.element('span', 'dialogue-speaker');
      name.textContent = speaker === 'worker' ? this.strings.dialogue.you : speaker;
      const colon = this.element('span', 'visually-hidden');
      colon.textContent = this.strings.colon;
      element.append(name, colon);
    }
    const body = this.element('span', 'dialogue-text');
    const whole = this.element('span', 'visually-hidden');
    whole.textContent = text;
    const visual = this.element('span', 'dialogue-typewriter');
    visual.setAttribute('aria-hidden', 'true');
    const typed = this.element('span', 'dialogue-typed');
    const untyped = this.element('span', 'dialogue-untyped');
    // The rest of the line is laid out but invisible, so words do not jump as they are typed.
    untyped.textContent = text;
    visual.append(typed, untyped);
    body.append(whole, visual);
    element.append(body);
    return { element, typed, untyped };
  }

  private directionEntry(sentence: string): HTMLElement {
    const element = this.element('p', 'dialogue-entry dialogue-direction');
    element.textContent = sentence;
    return element;
  }

  private appendToLog(...elements: HTMLElement[]): void {
    this.log.append(...elements);
    this.scrollToNewest();
  }

  private scrollToNewest(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }

  private typesInstantly(): boolean {
    return this.settings.textSpeed === 'instant' || this.settings.reducedMotion;
  }

  private startTyping(typed: HTMLElement, untyped: HTMLElement, text: string): void {
    this.finishTyping();
    const ends = graphemeEnds(text);
    const typewriter: Typewriter = { typed, untyped, text, ends, shown: 0, timer: undefined };
    this.typewriter = typewriter;
    this.box.dataset.typing = 'true';
    if (this.typesInstantly() || ends.length === 0) {
      this.finishTyping();
      return;
    }
    this.scheduleNext(typewriter);
  }

  private scheduleNext(typewriter: Typewriter): void {
    const speed = this.settings.textSpeed;
    const perCharacter = speed === 'instant' ? 0 : CHARACTER_DELAY_MS[speed];
    const shownText = typewriter.text.slice(0, typewriter.ends[typewriter.shown - 1] ?? 0);
    const delay = perCharacter * (PAUSE_AFTER.get(shownText.trimEnd().slice(-1)) ?? 1);
    typewriter.timer = this.scheduler.setTimeout(() => {
      if (this.typewriter !== typewriter) return;
      typewriter.shown++;
      // Spaces cost no time: they go out with the character before them.
      while (this.graphemeAt(typewriter, typewriter.shown).trim() === '' && typewriter.shown < typewriter.ends.length) {
        typewriter.shown++;
      }
      if (typewriter.shown >= typewriter.ends.length) {
        this.finishTyping();
        return;
      }
      const cut = typewriter.ends[typewriter.shown - 1] ?? 0;
      typewriter.typed.textContent = typewriter.text.slice(0, cut);
      typewriter.untyped.textContent = typewriter.text.slice(cut);
      this.scheduleNext(typewriter);
    }, delay);
  }

  /** The `position`-th visible character (0-based), or '' past the end. */
  private graphemeAt(typewriter: Typewriter, position: number): string {
    const end = typewriter.ends[position];
    return end === undefined ? '' : typewriter.text.slice(typewriter.ends[position - 1] ?? 0, end);
  }

  private finishTyping(): void {
    const typewriter = this.typewriter;
    if (typewriter === undefined) return;
    this.typewriter = undefined;
    delete this.box.dataset.typing;
    if (typewriter.timer !== undefined) this.scheduler.clearTimeout(typewriter.timer);
    typewriter.typed.textContent = typewriter.text;
    typewriter.untyped.textContent = '';
  }

  private onBoxClick(event: MouseEvent): void {
    if (!this.showingLine) return;
    if (asElement(event.target)?.closest(INTERACTIVE) != null) return;
    // Selecting text to copy it is not a request to go on.
    const selection = this.document.getSelection();
    if (selection !== null && !selection.isCollapsed && selection.toString() !== '') return;
    this.requestAdvance();
  }

  private requestAdvance(): void {
    if (!this.showingLine) return;
    for (const listener of [...this.advanceListeners]) callSafely(listener);
  }

  private nothingFocused(): boolean {
    const active = this.document.activeElement;
    return active === null || active === this.document.body || !active.isConnected;
  }

  private element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
    const element = this.document.createElement(tag);
    element.className = className;
    return element;
  }

  private listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.cleanups.push(() => target.removeEventListener(type, listener));
  }
}

/** Where each visible character ends, so the typewriter never splits an accent or an emoji. */
function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  if (typeof Intl.Segmenter === 'function') {
    for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
      ends.push(index + segment.length);
    }
    return ends;
  }
  let end = 0;
  for (const character of text) {
    end += character.length;
    ends.push(end);
  }
  return ends;
}

function hasModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.altKey || event.metaKey;
}

/** The event's target as an element, whatever window (or test DOM) it comes from. */
function asElement(target: EventTarget | null): Element | undefined {
  return target !== null && typeof (target as Element).closest === 'function' ? (target as Element) : undefined;
}

function isTextEntry(target: EventTarget | null): boolean {
  const element = asElement(target);
  if (element === undefined) return false;
  if (element.closest('textarea, select, [contenteditable=""], [contenteditable="true"]') !== null) return true;
  if (element.tagName === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
  }
  return false;
}

function callSafely(listener: () => void): void {
  try {
    listener();
  } catch (error) {
    // A failing listener must not leave the player stuck on a line; it is reported, not swallowed.
    queueMicrotask(() => {
      throw error;
    });
  }
}
