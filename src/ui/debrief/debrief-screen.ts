/**
 * The debrief: after every encounter (kept, broken, ended or handled), the trainee
 * looks back in the PEARLS order. Reactions first (one open question and a place to
 * write), then the description (the encounter's timeline, each decision replayable),
 * then the analysis (the trust revealed as a curve of what the person lived through,
 * with the moments that illustrate a concept, each with an open question), then the
 * summary (two or three take-aways). After that, and only when asked, "another way":
 * the path that keeps the most trust, beside the trainee's.
 *
 * Never a grade: the trust is drawn and told in words, the outcome is named, and
 * nothing on the screen shows a number for the trust or the safety.
 *
 * The screen does not store, replay, search or print: it calls the app back
 * (`onReactionsChange`, `onReplay`, `onRequestAnotherWay`, `onExport`, `onPrint`,
 * `onClose`). Every text goes in through `textContent`: nothing a story says can
 * become markup.
 */
import {
  type DebriefAnalysis,
  type DebriefDecision,
  type DebriefMark,
  type Language,
  MAX_REACTIONS_LENGTH,
  type StoredSession,
  type Takeaway,
  type TimelineEntry,
} from '../../engine/index.ts';
import type { Scheduler } from '../dialogue-presenter.ts';
import { uiStrings } from '../strings.ts';
import { debriefStrings, type MarkFacts } from './debrief-strings.ts';
import {
  type CurveSeries,
  createCurveLegend,
  createMarkIcon,
  createSafetyCurve,
  createTrustCurve,
  isHollow,
} from './trust-curve.ts';

/** The path that keeps the most trust, as the app found it by searching the story. */
export interface AnotherWayPath {
  /** The text of each choice along the path, in order. */
  readonly choices: readonly string[];
  /** The path played out and analysed like an attempt. */
  readonly analysis: DebriefAnalysis;
}

export interface DebriefScreenOptions {
  /** The language of the interface's words (the story's own words stay as written). */
  readonly lang: Language;
  /** The session: its attempts (for their labels) and the trainee's reactions so far. */
  readonly session: StoredSession;
  /** One analysis per attempt, in the session's order. */
  readonly analyses: readonly DebriefAnalysis[];
  /** 0-based attempt shown first; the latest by default. */
  readonly attempt?: number;
  /** Timers for saving the reactions while the trainee types; the browser's by default. */
  readonly scheduler?: Scheduler;
  /** The reactions as written: called a moment after typing stops, and at once on leaving the field. */
  readonly onReactionsChange: (text: string) => void;
  /** "Rejouer ce moment": the attempt (0-based) and the decision (0-based) to play on from. */
  readonly onReplay: (attempt: number, decision: number) => void;
  /**
   * The trainee asked for another way: resolves with the path that keeps the most
   * trust, or undefined when none could be found. The screen says "Recherche…" meanwhile.
   */
  readonly onRequestAnotherWay: () => Promise<AnotherWayPath | undefined>;
  readonly onExport: () => void;
  readonly onPrint: () => void;
  readonly onClose: () => void;
  /**
   * Words ink's message of a failed attempt in the interface's language (loaded on
   * demand by the app); without it, or until it answers, ink's own English shows.
   */
  readonly describeFailure?: (message: string) => Promise<string>;
}

export interface DebriefScreen {
  /** Saves the reactions not yet handed over, empties the root and gives the page its title back. */
  dispose(): void;
  /** Shows another way beside the trainee's path (as if found through `onRequestAnotherWay`). */
  showAnotherWay(path: AnotherWayPath | undefined): void;
}

/** A pause in typing this long hands the reactions over. */
const REACTIONS_SAVE_DELAY_MS = 600;
/** Lines longer than this are clamped to a few lines, with "Tout afficher". */
const LONG_LINE = 220;

const browserScheduler: Scheduler = {
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

let instances = 0;

/** Draws the debrief into `root` (replacing what it held) and moves focus to its heading. */
export function renderDebrief(root: HTMLElement, options: DebriefScreenOptions): DebriefScreen {
  const document = root.ownerDocument;
  const strings = debriefStrings(options.lang);
  const ui = uiStrings(options.lang);
  const scheduler = options.scheduler ?? browserScheduler;
  instances++;
  const prefix = `debrief-${instances}`;
  const analyses = options.analyses;
  const lastAttempt = Math.max(0, analyses.length - 1);
  let attempt = clampIndex(options.attempt ?? lastAttempt, lastAttempt);
  let anotherWay: AnotherWayPath | undefined;
  let searching = false;
  let disposed = false;
  const previousTitle = document.title;

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] => {
    const element = document.createElement(tag);
    if (className !== '') element.className = className;
    return element;
  };
  const text = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    content: string,
  ): HTMLElementTagNameMap[K] => {
    const element = make(tag, className);
    element.textContent = content;
    return element;
  };
  const button = (label: string, className: string, onClick: () => void, context?: string): HTMLButtonElement => {
    const element = make('button', className);
    element.type = 'button';
    element.textContent = label;
    // Several buttons share a label ("Rejouer ce moment"): screen readers hear which one.
    if (context !== undefined) element.append(text('span', 'visually-hidden', ` (${context})`));
    element.addEventListener('click', onClick);
    return element;
  };
  const heading = (level: 'h2' | 'h3', id: string, content: string): HTMLHeadingElement => {
    const element = text(level, `debrief-${level}`, content);
    element.id = `${prefix}-${id}`;
    // Focus lands on headings when the trainee moves on ("Continuer") or a search ends.
    element.tabIndex = -1;
    return element;
  };
  const section = (className: string, title: HTMLHeadingElement): HTMLElement => {
    const element = make('section', `debrief-section ${className}`);
    element.setAttribute('aria-labelledby', title.id);
    element.append(title);
    return element;
  };

  const current = (): DebriefAnalysis | undefined => analyses[attempt];
  const nameOf = (analysis: DebriefAnalysis | undefined): string => {
    const name = analysis?.character.trim() ?? '';
    return name === '' ? strings.someone : name;
  };
  const attemptLabel = (index: number): string => {
    const from = options.session.attempts[index]?.replayedFrom;
    return strings.attempts.attempt(index + 1, from === null || from === undefined ? undefined : from + 1);
  };
  /** The attempt drawn dashed beside the one shown: the one before it, or the next for the first. */
  const comparedAttempt = (): number | undefined => {
    if (analyses.length < 2) return undefined;
    return attempt > 0 ? attempt - 1 : 1;
  };

  document.title = strings.documentTitle;
  const screen = make('div', 'debrief-screen');
  screen.lang = strings.lang;
  const main = make('main', 'debrief-main');
  main.id = 'main';
  const title = text('h1', 'debrief-title', strings.heading);
  title.id = `${prefix}-title`;
  title.tabIndex = -1;
  main.setAttribute('aria-labelledby', title.id);

  // Header: the encounter, how it ended, and the toolbar.
  const header = make('header', 'debrief-header');
  const encounterLine = make('p', 'debrief-encounter');
  const outcomeArea = make('div', 'debrief-outcome');
  const actions = make('div', 'debrief-actions');
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', strings.actions.label);
  actions.append(
    button(strings.actions.exportJson, 'button', () => options.onExport()),
    button(strings.actions.print, 'button', () => options.onPrint()),
    button(strings.actions.close, 'button', () => options.onClose()),
  );
  header.append(title, encounterLine, outcomeArea, actions);

  // 1. Reactions.
  const reactionsHeading = heading('h2', 'reactions', strings.reactions.heading);
  const reactions = section('debrief-reactions', reactionsHeading);
  const reactionsField = make('div', 'debrief-reactions-field');
  const textarea = make('textarea', 'debrief-reactions-text');
  textarea.id = `${prefix}-reactions-text`;
  textarea.rows = 5;
  textarea.maxLength = MAX_REACTIONS_LENGTH;
  textarea.value = options.session.reactions;
  const label = text('label', 'debrief-reactions-prompt', strings.reactions.prompt);
  label.htmlFor = textarea.id;
  const hint = text('p', 'debrief-reactions-hint', strings.reactions.hint);
  hint.id = `${prefix}-reactions-hint`;
  textarea.setAttribute('aria-describedby', hint.id);
  // Printed in place of the text area: the words as written, without a form control.
  const printed = make('p', 'debrief-reactions-printed');
  const continueButton = button(strings.reactions.continue, 'button button-primary debrief-continue', () =>
    descriptionHeading.focus(),
  );
  reactionsField.append(label, hint, textarea, printed);
  reactions.append(reactionsField, continueButton);

  let sentReactions = options.session.reactions;
  let saveTimer: unknown;
  const showPrinted = (): void => {
    printed.textContent = textarea.value.trim() === '' ? strings.reactions.empty : textarea.value;
  };
  const saveReactions = (): void => {
    if (saveTimer !== undefined) scheduler.clearTimeout(saveTimer);
    saveTimer = undefined;
    if (textarea.value === sentReactions) return;
    sentReactions = textarea.value;
    options.onReactionsChange(sentReactions);
  };
  textarea.addEventListener('input', () => {
    showPrinted();
    if (saveTimer !== undefined) scheduler.clearTimeout(saveTimer);
    saveTimer = scheduler.setTimeout(saveReactions, REACTIONS_SAVE_DELAY_MS);
  });
  textarea.addEventListener('change', saveReactions);
  textarea.addEventListener('blur', saveReactions);
  showPrinted();

  // 2. Description.
  const descriptionHeading = heading('h2', 'description', strings.description.heading);
  const description = section('debrief-description', descriptionHeading);
  if (analyses.length > 1) description.append(attemptSelector());
  const descriptionBody = make('div', 'debrief-description-body');
  description.append(descriptionBody);

  // 3. Analysis.
  const analysisHeading = heading('h2', 'analysis', strings.analysis.heading(nameOf(current())));
  const analysis = section('debrief-analysis', analysisHeading);
  const analysisBody = make('div', 'debrief-analysis-body');
  analysis.append(analysisBody);

  // 4. Summary.
  const summaryHeading = heading('h2', 'summary', strings.takeaways.heading);
  const summary = section('debrief-summary', summaryHeading);
  const summaryBody = make('div', 'debrief-summary-body');
  summary.append(summaryBody);

  // Then, only when asked: another way.
  const anotherHeading = heading('h2', 'another-way', strings.anotherWay.heading);
  const another = section('debrief-another-way', anotherHeading);
  const anotherIntro = text('p', 'debrief-another-way-intro', strings.anotherWay.intro);
  const anotherButton = button(strings.anotherWay.open, 'button debrief-another-way-open', () => requestAnotherWay());
  const anotherStatus = make('p', 'debrief-another-way-status');
  anotherStatus.setAttribute('role', 'status');
  anotherStatus.setAttribute('aria-live', 'polite');
  const anotherResult = make('div', 'debrief-another-way-result');
  another.append(anotherIntro, anotherButton, anotherStatus, anotherResult);

  main.append(header, reactions, description, analysis, summary, another);
  screen.append(main);
  root.replaceChildren(screen);

  drawAttempt();
  title.focus();

  function attemptSelector(): HTMLFieldSetElement {
    const fieldset = make('fieldset', 'debrief-attempts');
    fieldset.append(text('legend', 'debrief-attempts-legend', strings.attempts.legend));
    const choices = make('div', 'debrief-attempts-choices');
    analyses.forEach((_, index) => {
      const row = make('div', 'debrief-attempt');
      const radio = make('input');
      radio.type = 'radio';
      radio.name = `${prefix}-attempt`;
      radio.id = `${prefix}-attempt-${index}`;
      radio.value = String(index);
      radio.checked = index === attempt;
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        attempt = index;
        drawAttempt();
      });
      const radioLabel = text('label', '', attemptLabel(index));
      radioLabel.htmlFor = radio.id;
      row.append(radio, radioLabel);
      choices.append(row);
    });
    fieldset.append(choices);
    return fieldset;
  }

  /** Draws everything that belongs to the attempt shown; the reactions and the selector stay as they are. */
  function drawAttempt(): void {
    const shown = current();
    const name = nameOf(shown);
    encounterLine.textContent = strings.encounter(
      shown?.title === undefined || shown.title === '' ? options.session.title : shown.title,
      name,
    );
    outcomeArea.replaceChildren(...outcomeLines(shown));
    analysisHeading.textContent = strings.analysis.heading(name);
    if (shown === undefined) {
      descriptionBody.replaceChildren(text('p', '', strings.description.empty));
      analysisBody.replaceChildren();
      summaryBody.replaceChildren(text('p', '', strings.takeaways.none));
      return;
    }
    descriptionBody.replaceChildren(...descriptionOf(shown, name));
    analysisBody.replaceChildren(...analysisOf(shown, name));
    summaryBody.replaceChildren(...summaryOf(shown, name));
    if (anotherWay !== undefined) drawAnotherWay(anotherWay);
  }

  function outcomeLines(shown: DebriefAnalysis | undefined): HTMLElement[] {
    const lines: HTMLElement[] = [];
    const status = shown?.status ?? null;
    const outcome = make('p', 'debrief-outcome-status');
    outcome.append(
      text('span', 'debrief-outcome-label', `${strings.outcome.label}${strings.colon}`),
      text('strong', '', status === null ? strings.outcome.unfinished : strings.outcome.statuses[status]),
    );
    if (analyses.length > 1) outcome.prepend(text('span', 'debrief-outcome-attempt', `${attemptLabel(attempt)} — `));
    lines.push(outcome);
    const failure = shown?.failure ?? options.session.attempts[attempt]?.record.failure ?? null;
    if (failure !== null)
      lines.push(text('p', 'debrief-outcome-note', strings.outcome.failure), failureDetails(failure));
    if (status === null) lines.push(text('p', 'debrief-outcome-note', strings.outcome.unfinishedNote));
    return lines;
  }

  /** ink's message, folded away for the encounter's author; worded in the interface's language when it can be. */
  function failureDetails(message: string): HTMLElement {
    const details = make('details', 'debrief-failure-details');
    const detail = text('p', 'debrief-failure-detail', message);
    // ink's message is English until it is worded: a screen reader reads it as such.
    detail.lang = 'en';
    details.append(text('summary', '', strings.outcome.failureDetails), detail);
    options.describeFailure?.(message).then(
      (described) => {
        if (described === message) return;
        detail.textContent = described;
        detail.lang = options.lang;
      },
      // The words could not be loaded (offline): ink's message stays, which says the same.
      () => {},
    );
    return details;
  }

  // Description ------------------------------------------------------------------

  function entryId(index: number): string {
    return `${prefix}-entry-${index}`;
  }

  function markId(id: number): string {
    return `${prefix}-mark-${id}`;
  }

  function descriptionOf(shown: DebriefAnalysis, name: string): HTMLElement[] {
    const intro = text('p', 'debrief-intro', strings.description.intro(name));
    if (shown.timeline.length === 0) return [intro, text('p', '', strings.description.empty)];
    const list = make('ol', 'debrief-timeline');
    shown.timeline.forEach((entry, index) => {
      list.append(timelineEntry(shown, entry, index, name));
    });
    return [intro, list];
  }

  function timelineEntry(shown: DebriefAnalysis, entry: TimelineEntry, index: number, name: string): HTMLLIElement {
    const item = make('li', `timeline-entry timeline-${entry.kind}`);
    item.id = entryId(index);
    // Reached from a mark's "Voir dans le déroulement".
    item.tabIndex = -1;
    switch (entry.kind) {
      case 'line': {
        const speaker =
          entry.speaker === undefined
            ? undefined
            : entry.speaker === 'worker'
              ? strings.description.you
              : entry.speaker;
        if (speaker === undefined) item.classList.add('timeline-narration');
        if (entry.speaker === 'worker') item.classList.add('timeline-worker');
        const line = make('p', 'timeline-line-text');
        if (speaker !== undefined) line.append(text('span', 'timeline-speaker', `${speaker}${strings.colon}`));
        const words = storyText('span', 'timeline-words', entry.text, shown);
        words.id = `${item.id}-words`;
        line.append(words);
        item.append(line);
        if (entry.text.length > LONG_LINE) item.append(clampToggle(line, words.id));
        break;
      }
      case 'choice':
        item.append(...choiceEntry(shown, entry.decision, entry.text));
        break;
      case 'distance':
        item.append(text('p', 'timeline-direction', distanceSentence(shown.timeline, index, entry, name)));
        break;
      case 'cue':
        item.append(text('p', 'timeline-direction', ui.stage.cues[entry.cue](capital(name))));
        break;
      case 'moment':
        item.append(text('p', 'timeline-direction', ui.stage.moments[entry.moment](capital(name))));
        break;
      case 'visit':
        item.append(text('p', 'timeline-direction timeline-visit', ui.stage.visit(entry.visit)));
        break;
      case 'end':
        item.append(
          text(
            'p',
            'timeline-direction timeline-end',
            strings.description.ended(strings.outcome.statuses[entry.status]),
          ),
        );
        break;
    }
    const marks = entry.marks.map((id) => shown.marks[id]).filter((mark) => mark !== undefined);
    if (marks.length > 0) {
      const notes = make('ul', 'timeline-marks');
      for (const mark of marks) {
        const note = make('li', 'timeline-mark');
        const jump = make('button', 'timeline-mark-button');
        jump.type = 'button';
        const words = make('span', 'timeline-mark-words');
        words.append(
          text('span', 'visually-hidden', `${strings.description.seeExplanation}${strings.colon}`),
          text('span', 'timeline-mark-title', strings.marks[mark.kind].title(markFacts(mark, name))),
          text('span', 'timeline-mark-concept', ` · ${ui.start.concepts[mark.concept]}`),
        );
        jump.append(createMarkIcon(document, mark.kind, isHollow(mark)), words);
        jump.addEventListener('click', () => focusTarget(markId(mark.id)));
        note.append(jump);
        notes.append(note);
      }
      item.append(notes);
    }
    return item;
  }

  function choiceEntry(shown: DebriefAnalysis, decision: number, chosen: string): HTMLElement[] {
    const number = decision + 1;
    const parts: HTMLElement[] = [text('p', 'timeline-decision', strings.description.decision(number))];
    const line = make('p', 'timeline-choice-text');
    line.append(
      text('span', 'timeline-speaker', `${strings.description.chose}${strings.colon}`),
      storyText('span', '', chosen, shown),
    );
    parts.push(line);
    const made = shown.decisions.find((entry) => entry.decision === decision);
    if (made !== undefined && made.offered.length > 1) parts.push(offeredChoices(shown, made));
    parts.push(
      button(
        strings.description.replay,
        'button debrief-replay',
        () => options.onReplay(attempt, decision),
        strings.description.replayWhich(number, chosen),
      ),
    );
    return parts;
  }

  function offeredChoices(shown: DebriefAnalysis, made: DebriefDecision): HTMLDetailsElement {
    const details = make('details', 'timeline-offered');
    details.append(text('summary', '', strings.description.offered));
    const list = make('ul', 'timeline-offered-list');
    made.offered.forEach((choice, index) => {
      const item = make('li', index === made.chosen ? 'is-chosen' : '');
      item.append(storyText('span', '', choice.text, shown));
      if (index === made.chosen)
        item.append(text('span', 'timeline-offered-mine', ` (${strings.description.yourChoice})`));
      list.append(item);
    });
    details.append(list);
    return details;
  }

  /** The story's words keep the story's language when it differs from the interface's. */
  function storyText<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    content: string,
    shown: DebriefAnalysis,
  ): HTMLElementTagNameMap[K] {
    const element = text(tag, className, content);
    if (shown.lang !== strings.lang) element.lang = shown.lang;
    return element;
  }

  function clampToggle(line: HTMLElement, controls: string): HTMLButtonElement {
    line.classList.add('is-clamped');
    const toggle = make('button', 'timeline-toggle');
    toggle.type = 'button';
    toggle.textContent = strings.description.showAll;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', controls);
    toggle.addEventListener('click', () => {
      const expanded = line.classList.toggle('is-clamped') === false;
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.textContent = expanded ? strings.description.showLess : strings.description.showAll;
    });
    return toggle;
  }

  function distanceSentence(
    timeline: readonly TimelineEntry[],
    index: number,
    entry: Extract<TimelineEntry, { kind: 'distance' }>,
    name: string,
  ): string {
    const order = ['far', 'near', 'close'] as const;
    const closer = order.indexOf(entry.to) > order.indexOf(entry.from);
    // When the person stepped back, "you step back" would be false: the distance is told as it is.
    const personMoved = timeline.some(
      (other, at) =>
        Math.abs(at - index) <= 2 && other.at === entry.at && other.kind === 'cue' && other.cue === 'steps_back',
    );
    if (closer && entry.to !== 'far' && !personMoved) return ui.stage.closer[entry.to](name);
    if (!closer && entry.to !== 'close' && !personMoved) return ui.stage.farther[entry.to](name);
    return ui.stage.now[entry.to](name);
  }

  // Analysis ---------------------------------------------------------------------

  function analysisOf(shown: DebriefAnalysis, name: string): HTMLElement[] {
    const parts: HTMLElement[] = [text('p', 'debrief-intro', strings.analysis.intro(name))];

    const series: CurveSeries[] = [seriesOf(shown, analyses.length > 1 ? attemptLabel(attempt) : undefined, false)];
    const other = comparedAttempt();
    const otherAnalysis = other === undefined ? undefined : analyses[other];
    if (other !== undefined && otherAnalysis !== undefined)
      series.push(seriesOf(otherAnalysis, attemptLabel(other), true));
    const curveHeading = heading('h3', 'curve', strings.analysis.curveHeading);
    parts.push(curveHeading, curveFigure(series, name, curveHeading.id));

    if (shown.safetyCurve !== null) {
      const safetyHeading = heading('h3', 'safety', strings.safety.heading(name));
      const figure = make('figure', 'debrief-figure debrief-safety');
      figure.setAttribute('aria-labelledby', safetyHeading.id);
      figure.append(
        createSafetyCurve(document, {
          strings,
          name,
          points: shown.safetyCurve,
          decisions: Math.max(shown.decisions.length, otherAnalysis?.decisions.length ?? 0),
        }),
      );
      parts.push(safetyHeading, text('p', 'debrief-intro', strings.safety.intro(name)), figure);
    }

    parts.push(heading('h3', 'marks', strings.analysis.marksHeading));
    if (shown.marks.length === 0) parts.push(text('p', '', strings.analysis.noMarks(name)));
    else {
      const list = make('ol', 'debrief-marks');
      for (const mark of shown.marks) list.append(markItem(shown, mark, name));
      parts.push(list);
    }
    return parts;
  }

  function seriesOf(analysed: DebriefAnalysis, label: string | undefined, dashed: boolean): CurveSeries {
    return {
      points: analysed.curve,
      marks: dashed ? [] : analysed.marks,
      decisions: analysed.decisions.length,
      brokeAfter: brokeAfterOf(analysed),
      label: label ?? strings.anotherWay.yourCurve,
      dashed,
    };
  }

  function curveFigure(series: readonly CurveSeries[], name: string, labelledBy: string): HTMLElement {
    const figure = make('figure', 'debrief-figure debrief-curve');
    figure.setAttribute('aria-labelledby', labelledBy);
    figure.append(createTrustCurve(document, { strings, name, series }), createCurveLegend(document, strings, series));
    return figure;
  }

  function markItem(shown: DebriefAnalysis, mark: DebriefMark, name: string): HTMLLIElement {
    const words = strings.marks[mark.kind];
    const facts = markFacts(mark, name);
    const item = make('li', `debrief-mark debrief-mark-${mark.kind}`);
    item.id = markId(mark.id);
    item.tabIndex = -1;
    const article = make('article', 'debrief-mark-body');
    const titleElement = text('h4', 'debrief-mark-title', words.title(facts));
    titleElement.id = `${item.id}-title`;
    article.setAttribute('aria-labelledby', titleElement.id);
    const concept = make('p', 'debrief-mark-concept');
    concept.append(
      createMarkIcon(document, mark.kind, isHollow(mark)),
      text('span', '', `${strings.analysis.concept}${strings.colon}${ui.start.concepts[mark.concept]}`),
    );
    if (mark.decision !== undefined) {
      concept.append(text('span', 'debrief-mark-decision', ` · ${strings.analysis.decision(mark.decision + 1)}`));
    }
    const explanation = text('p', 'debrief-mark-explanation', words.explanation(facts));
    const question = make('p', 'debrief-mark-question');
    question.append(
      text('strong', '', `${strings.analysis.question}${strings.colon}`),
      text('span', '', words.question(facts)),
    );
    article.append(titleElement, concept, explanation, question);
    const target = timelineIndexOf(shown, mark);
    if (target !== undefined) {
      article.append(
        button(
          strings.analysis.seeInTimeline,
          'button debrief-mark-jump',
          () => focusTarget(entryId(target)),
          words.title(facts),
        ),
      );
    }
    item.append(article);
    return item;
  }

  function timelineIndexOf(shown: DebriefAnalysis, mark: DebriefMark): number | undefined {
    const holding = shown.timeline.findIndex((entry) => entry.marks.includes(mark.id));
    if (holding >= 0) return holding;
    if (mark.decision === undefined) return undefined;
    const choice = shown.timeline.findIndex((entry) => entry.kind === 'choice' && entry.decision === mark.decision);
    return choice >= 0 ? choice : undefined;
  }

  // Summary ----------------------------------------------------------------------

  function summaryOf(shown: DebriefAnalysis, name: string): HTMLElement[] {
    if (shown.takeaways.length === 0) return [text('p', '', strings.takeaways.none)];
    const list = make('ul', 'debrief-takeaways');
    for (const takeaway of shown.takeaways) list.append(takeawayItem(shown, takeaway, name));
    return [list];
  }

  function takeawayItem(shown: DebriefAnalysis, takeaway: Takeaway, name: string): HTMLLIElement {
    const item = make('li', 'debrief-takeaway');
    item.append(
      text('p', 'debrief-takeaway-text', strings.takeaways.items[takeaway.id]({ name, count: takeaway.count })),
      text(
        'p',
        'debrief-takeaway-concept',
        `${strings.analysis.concept}${strings.colon}${ui.start.concepts[takeaway.concept]}`,
      ),
    );
    const decision = takeaway.decision;
    if (decision !== undefined) {
      const chosen = shown.decisions.find((entry) => entry.decision === decision)?.text ?? '';
      item.append(
        button(
          strings.description.replay,
          'button debrief-replay',
          () => options.onReplay(attempt, decision),
          strings.description.replayWhich(decision + 1, chosen),
        ),
      );
    }
    return item;
  }

  // Another way ------------------------------------------------------------------

  function requestAnotherWay(): void {
    if (searching) return;
    searching = true;
    another.setAttribute('aria-busy', 'true');
    anotherButton.setAttribute('aria-disabled', 'true');
    anotherStatus.textContent = strings.anotherWay.busy;
    let request: Promise<AnotherWayPath | undefined>;
    try {
      request = options.onRequestAnotherWay();
    } catch (error) {
      request = Promise.reject(error);
    }
    request.then(
      (path) => {
        if (disposed) return;
        showAnotherWay(path);
        // The trainee asked and waited: take them to what was found.
        if (path !== undefined) anotherResult.querySelector<HTMLElement>('h3')?.focus();
      },
      () => {
        if (disposed) return;
        searching = false;
        another.removeAttribute('aria-busy');
        anotherButton.removeAttribute('aria-disabled');
        anotherButton.textContent = strings.anotherWay.retry;
        anotherStatus.textContent = strings.anotherWay.failed;
      },
    );
  }

  function showAnotherWay(path: AnotherWayPath | undefined): void {
    searching = false;
    another.removeAttribute('aria-busy');
    anotherButton.removeAttribute('aria-disabled');
    if (path === undefined) {
      anotherButton.hidden = true;
      anotherStatus.textContent = strings.anotherWay.none;
      return;
    }
    anotherWay = path;
    anotherButton.hidden = true;
    anotherStatus.textContent = '';
    drawAnotherWay(path);
  }

  function drawAnotherWay(path: AnotherWayPath): void {
    const shown = current();
    const name = nameOf(shown ?? path.analysis);
    const resultHeading = heading('h3', 'another-way-result', strings.anotherWay.resultHeading);
    const parts: HTMLElement[] = [resultHeading];

    const series: CurveSeries[] = [];
    if (shown !== undefined) {
      series.push(seriesOf(shown, analyses.length > 1 ? attemptLabel(attempt) : strings.anotherWay.yourCurve, false));
    }
    series.push({ ...seriesOf(path.analysis, strings.anotherWay.curveLabel, true), marks: [] });
    parts.push(curveFigure(series, name, resultHeading.id));

    const outcomes = make('div', 'another-way-outcomes');
    const statusWord = (analysed: DebriefAnalysis | undefined): string =>
      analysed?.status === null || analysed?.status === undefined
        ? strings.outcome.unfinished
        : strings.outcome.statuses[analysed.status];
    outcomes.append(
      text(
        'p',
        'another-way-outcome is-yours',
        `${strings.anotherWay.yours} — ${strings.outcome.label}${strings.colon}${statusWord(shown)}`,
      ),
      text(
        'p',
        'another-way-outcome is-theirs',
        `${strings.anotherWay.theirs} — ${strings.outcome.label}${strings.colon}${statusWord(path.analysis)}`,
      ),
    );
    parts.push(outcomes);

    const yours = shown?.decisions ?? [];
    const theirs = path.analysis.decisions;
    const rows = Math.max(yours.length, theirs.length, path.choices.length);
    const list = make('ol', 'another-way-comparison');
    for (let index = 0; index < rows; index++) {
      const mine = yours[index]?.text;
      const other = theirs[index]?.text ?? path.choices[index];
      const same = mine !== undefined && mine === other;
      const row = make('li', same ? 'another-way-row is-same' : 'another-way-row');
      row.append(text('p', 'another-way-decision', strings.anotherWay.decision(index + 1)));
      const cells = make('div', 'another-way-cells');
      cells.append(
        comparisonCell('is-yours', strings.anotherWay.yours, mine),
        comparisonCell('is-theirs', strings.anotherWay.theirs, other, same),
      );
      row.append(cells);
      list.append(row);
    }
    parts.push(list);
    anotherResult.replaceChildren(...parts);
  }

  function comparisonCell(className: string, who: string, choice: string | undefined, same = false): HTMLElement {
    const cell = make('div', `another-way-cell ${className}`);
    cell.append(text('p', 'another-way-who', who));
    const words = text('p', 'another-way-choice', choice ?? strings.anotherWay.noChoice);
    if (choice === undefined) words.classList.add('is-empty');
    cell.append(words);
    if (same) cell.append(text('p', 'another-way-same', `(${strings.anotherWay.same})`));
    return cell;
  }

  // Shared -----------------------------------------------------------------------

  function focusTarget(id: string): void {
    const target = document.getElementById(id);
    if (target === null) return;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  }

  return {
    dispose() {
      if (disposed) return;
      saveReactions();
      disposed = true;
      root.replaceChildren();
      document.title = previousTitle;
    },
    showAnotherWay(path) {
      if (!disposed) showAnotherWay(path);
    },
  };
}

/** The decision after which the link broke: the analysis says so, or the break mark does. */
function brokeAfterOf(analysis: DebriefAnalysis): number | undefined {
  if (analysis.brokeAfter !== undefined) return analysis.brokeAfter;
  return analysis.marks.find((mark) => mark.kind === 'linkBroken')?.decision;
}

function markFacts(mark: DebriefMark, name: string): MarkFacts {
  return {
    name,
    act: mark.act,
    topic: mark.topic,
    cue: mark.cue,
    percheAnswer: mark.percheAnswer,
    brokenReason: mark.brokenReason,
  };
}

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function clampIndex(index: number, last: number): number {
  return Number.isInteger(index) ? Math.min(Math.max(0, index), last) : last;
}
