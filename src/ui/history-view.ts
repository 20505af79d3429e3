/**
 * The History view of the start screen: the sessions played on this device, newest
 * first, each with its date, how it ended in words (never a score) and its number of
 * attempts, to open again or delete. Drawn by start-screen.ts; the store behind it is
 * the app's (`SessionHistoryStore`), reached only through `HistoryOptions`.
 *
 * Deleting asks first, inline, under the button pressed: the question and its two
 * answers form a labelled group, focus goes to "Annuler" (the answer that loses
 * nothing) and comes back to a sensible place afterwards. Every title goes in
 * through `textContent`: a session's title is story text, never markup.
 */
import type { HistoryListing, SessionSummary } from '../engine/index.ts';
import type { UiStrings } from './strings.ts';

/** What the composition root hands the start screen for its History view. */
export interface HistoryOptions {
  /**
   * False when the history lives only in this tab (`openSessionHistory(...).persistent`,
   * no IndexedDB): the view says so. True when left out.
   */
  readonly persistent?: boolean;
  /** The listing to show (`store.list()`); called each time the view is drawn and after a deletion. */
  load(): Promise<HistoryListing>;
  /** The trainee opens a session (to read its debrief again). */
  onOpen(id: string): void;
  /** Deletes one session (`store.delete(id)`), after the trainee confirmed. A rejection is shown as text. */
  onDelete(id: string): Promise<void>;
  /** Deletes the whole history, unreadable entries included (`store.deleteAll()`), after the trainee confirmed. */
  onDeleteAll(): Promise<void>;
}

export interface HistoryViewOptions {
  readonly strings: UiStrings;
  readonly history: HistoryOptions;
  /** The view's heading, made by the start screen (focus lands on it when the view opens). */
  readonly heading: HTMLHeadingElement;
}

/** Draws the view; the listing arrives later (the region is `aria-busy` meanwhile). */
export function createHistoryView(document: Document, options: HistoryViewOptions): HTMLElement {
  const { strings, history, heading } = options;
  const text = strings.history;

  const section = make(document, 'section', 'history-view');
  section.setAttribute('aria-labelledby', heading.id);
  const intro = make(document, 'p', 'history-intro');
  intro.textContent = text.intro;
  section.append(heading, intro);
  if (history.persistent === false) {
    const note = make(document, 'p', 'history-note');
    note.textContent = text.notPersistent;
    section.append(note);
  }
  // What a deletion did, said once: outside the part that is redrawn, so it is announced.
  const status = make(document, 'p', 'history-status');
  status.setAttribute('role', 'status');
  const body = make(document, 'div', 'history-body');
  section.append(status, body);

  let generation = 0;

  /** Loads and draws the listing; `then` runs once it is drawn (to move focus). */
  const load = (then?: () => void): void => {
    const current = ++generation;
    body.setAttribute('aria-busy', 'true');
    const loading = make(document, 'p', 'history-loading');
    loading.textContent = text.loading;
    body.replaceChildren(loading);
    let pending: Promise<HistoryListing>;
    try {
      pending = history.load();
    } catch (error) {
      // A `load` that throws at once ends as text like one that rejects.
      pending = Promise.reject(error);
    }
    pending
      .then((listing) => {
        if (current !== generation) return;
        drawListing(listing);
        body.setAttribute('aria-busy', 'false');
        then?.();
      })
      // A listing that cannot be drawn (a date out of range) is said like one that cannot be read.
      .catch((error: unknown) => {
        if (current !== generation) return;
        const problem = make(document, 'p', 'history-error');
        problem.setAttribute('role', 'alert');
        problem.textContent = text.loadFailed(messageOf(error));
        const retry = button(document, text.retry, 'button');
        retry.addEventListener('click', () => load(() => body.querySelector<HTMLElement>('button')?.focus()));
        body.replaceChildren(problem, retry);
        body.setAttribute('aria-busy', 'false');
      });
  };

  const drawListing = (listing: HistoryListing): void => {
    const parts: HTMLElement[] = [];
    if (listing.unreadable > 0) {
      const note = make(document, 'p', 'history-note');
      note.textContent = text.unreadable(listing.unreadable);
      parts.push(note);
    }
    if (listing.sessions.length === 0) {
      const empty = make(document, 'p', 'history-empty');
      empty.textContent = text.empty;
      parts.push(empty);
    } else {
      const list = make(document, 'ul', 'history-list');
      // `list-style: none` makes Safari drop the list role; saying it keeps "list, 3 items".
      list.setAttribute('role', 'list');
      list.setAttribute('aria-labelledby', heading.id);
      list.append(...listing.sessions.map((session, index) => sessionItem(session, index)));
      parts.push(list);
    }
    if (listing.sessions.length > 0 || listing.unreadable > 0) parts.push(deleteAllBar(listing));
    body.replaceChildren(...parts);
  };

  const sessionItem = (session: SessionSummary, index: number): HTMLLIElement => {
    const item = make(document, 'li', 'history-item');
    const article = make(document, 'article', 'history-card');
    const titleId = `history-session-${index}`;
    article.setAttribute('aria-labelledby', titleId);
    const title = make(document, 'h3', 'history-title');
    title.id = titleId;
    title.textContent = session.title;
    const date = strings.dateTime(session.updatedAt);

    const facts = make(document, 'dl', 'history-facts');
    const time = make(document, 'time', '');
    time.dateTime = new Date(session.updatedAt).toISOString();
    time.textContent = date;
    facts.append(
      fact(document, text.facts.date, time),
      fact(document, text.facts.outcome, session.status === null ? text.unfinished : text.outcomes[session.status]),
      fact(document, text.facts.attempts, String(session.attempts)),
    );

    // Several "Ouvrir" and "Supprimer": each names its session (title and date) for screen readers.
    const which = `${session.title}, ${date}`;
    const actions = make(document, 'div', 'history-actions');
    const open = button(document, text.open, 'button button-primary', which);
    open.addEventListener('click', () => history.onOpen(session.id));
    const remove = button(document, text.delete, 'button history-delete', which);
    remove.setAttribute('aria-expanded', 'false');
    actions.append(open, remove);

    remove.addEventListener('click', () => {
      const existing = article.querySelector<HTMLElement>('.history-confirm');
      if (existing !== null) {
        existing.querySelector<HTMLElement>('.history-cancel')?.focus();
        return;
      }
      confirmation(article, `history-confirm-${index}`, text.confirmDelete(session.title, date), {
        confirmText: text.confirmDeleteButton,
        trigger: remove,
        run: () => history.onDelete(session.id),
        done: () => {
          status.textContent = text.deleted(session.title);
          load(() => focusAfterDeletion(index));
        },
      });
    });

    article.append(title, facts, actions);
    item.append(article);
    return item;
  };

  const deleteAllBar = (listing: HistoryListing): HTMLElement => {
    const bar = make(document, 'div', 'history-delete-all');
    const all = button(document, text.deleteAll, 'button history-delete');
    all.setAttribute('aria-expanded', 'false');
    all.addEventListener('click', () => {
      const existing = bar.querySelector<HTMLElement>('.history-confirm');
      if (existing !== null) {
        existing.querySelector<HTMLElement>('.history-cancel')?.focus();
        return;
      }
      confirmation(bar, 'history-confirm-all', text.confirmDeleteAll(listing.sessions.length, listing.unreadable), {
        confirmText: text.confirmDeleteAllButton,
        trigger: all,
        run: () => history.onDeleteAll(),
        done: () => {
          status.textContent = text.allDeleted;
          load(() => heading.focus());
        },
      });
    });
    bar.append(all);
    return bar;
  };

  /**
   * The inline question, added to `container`: "Oui, supprimer" and "Annuler" in a
   * group named by the question. Focus goes to "Annuler"; cancelling (or Escape)
   * returns it to the button that asked; a failure is said in the group.
   */
  const confirmation = (
    container: HTMLElement,
    id: string,
    question: string,
    action: { confirmText: string; trigger: HTMLButtonElement; run: () => Promise<void>; done: () => void },
  ): void => {
    const group = make(document, 'div', 'history-confirm');
    group.setAttribute('role', 'group');
    const questionText = make(document, 'p', 'history-question');
    questionText.id = `${id}-question`;
    questionText.textContent = question;
    group.setAttribute('aria-labelledby', questionText.id);
    const confirm = button(document, action.confirmText, 'button button-danger');
    const cancel = button(document, text.cancel, 'button history-cancel');
    const problem = make(document, 'p', 'history-error');
    problem.setAttribute('role', 'alert');
    const close = (): void => {
      group.remove();
      action.trigger.setAttribute('aria-expanded', 'false');
      action.trigger.focus();
    };
    cancel.addEventListener('click', close);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    });
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      cancel.disabled = true;
      action.trigger.disabled = true;
      body.setAttribute('aria-busy', 'true');
      action.run().then(action.done, (error: unknown) => {
        body.setAttribute('aria-busy', 'false');
        confirm.disabled = false;
        cancel.disabled = false;
        action.trigger.disabled = false;
        problem.textContent = text.deleteFailed(messageOf(error));
        cancel.focus();
      });
    });
    const answers = make(document, 'div', 'history-answers');
    answers.append(confirm, cancel);
    group.append(questionText, answers, problem);
    container.append(group);
    action.trigger.setAttribute('aria-expanded', 'true');
    cancel.focus();
  };

  /** After a deletion: the session that took its place, else the one before, else the heading. */
  const focusAfterDeletion = (index: number): void => {
    const items = body.querySelectorAll<HTMLElement>('.history-item');
    const target = items[Math.min(index, items.length - 1)]?.querySelector<HTMLElement>('.button-primary') ?? null;
    (target ?? heading).focus();
  };

  load();
  return section;
}

function fact(document: Document, term: string, value: string | HTMLElement): HTMLElement {
  const row = make(document, 'div', 'history-fact');
  const dt = make(document, 'dt', '');
  dt.textContent = term;
  const dd = make(document, 'dd', '');
  if (typeof value === 'string') dd.textContent = value;
  else dd.append(value);
  row.append(dt, dd);
  return row;
}

/** A button; `which` is added for screen readers only, after the visible label. */
function button(document: Document, label: string, className: string, which?: string): HTMLButtonElement {
  const element = make(document, 'button', className);
  element.type = 'button';
  element.textContent = label;
  if (which !== undefined) {
    const hidden = make(document, 'span', 'visually-hidden');
    hidden.textContent = ` ${which}`;
    element.append(hidden);
  }
  return element;
}

function make<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  return element;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
