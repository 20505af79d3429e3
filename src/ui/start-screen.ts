/**
 * The start screen: what the simulator is for, the catalogue of encounters read from
 * their headers, then the trainee's own ("Mes rencontres", with the import of a file:
 * import-panel.ts), the history of sessions played on this device (history-view.ts),
 * the settings and the About page (with the link to the trainers' studio), in French
 * or English. Content warnings are shown before an encounter starts, in a modal dialog.
 *
 * The screen applies settings to the page itself (`applySettings`) and hands every
 * change to the app, which stores it; starting and continuing are the app's to do.
 * Every text goes in through `textContent`: nothing a story's header says can become markup.
 */
import type { Language, StoryHeader } from '../engine/index.ts';
import { createHistoryView, type HistoryOptions } from './history-view.ts';
import { type ChosenFile, createImportPanel, type ImportOutcome } from './import-panel.ts';
import { applySettings, type Settings } from './settings.ts';
import { createSettingsPanel } from './settings-panel.ts';
import { type UiStrings, uiStrings } from './strings.ts';

/** What the screen needs from one compiled story module. */
export interface CatalogueStory {
  readonly id: string;
  readonly path: string;
  readonly lang: Language;
  readonly header: StoryHeader;
}

/** An unfinished encounter the player can continue. */
export interface SavedEncounterSummary {
  readonly storyTitle: string;
  /** Milliseconds since the epoch, when the last choice was saved. */
  readonly savedAt: number;
}

export type { HistoryOptions } from './history-view.ts';
export type { ChosenFile, ImportOutcome } from './import-panel.ts';

/** The trainee's own encounters on this device, for "Mes rencontres" and the import. */
export interface LibraryOptions {
  /**
   * The library's encounters in every language, and how many stored ones could not be
   * read; called each time the list is drawn. The app updates what it returns before
   * `onImport` or `onRemove` resolves.
   */
  readonly current: () => { readonly encounters: readonly CatalogueStory[]; readonly unreadable: number };
  /** False when the library lives only in this tab (no IndexedDB): the screen says so. True when left out. */
  readonly persistent?: boolean;
  /** Checks the files chosen together (one, or the parts of one encounter) and adds it to the library (see `ImportOutcome`). */
  readonly onImport: (files: readonly ChosenFile[]) => Promise<ImportOutcome>;
  /** Removes one encounter, after the trainee confirmed. A rejection is shown as text. */
  readonly onRemove: (id: string, lang: Language) => Promise<void>;
}

/** The masthead's views, in its order. `history` is offered only when the app passes `history`. */
export const START_VIEWS = ['encounters', 'history', 'settings', 'about'] as const;
export type StartView = (typeof START_VIEWS)[number];

export interface StartScreenOptions {
  /** Every story in every language; the screen lists those in the interface's language. */
  readonly stories: readonly CatalogueStory[];
  readonly settings: Settings;
  /** Offer "Continue" for this encounter; undefined when there is none. */
  readonly savedEncounter?: SavedEncounterSummary | undefined;
  /** False when the settings cannot be stored on this device (`SettingsStore.persistent`). */
  readonly settingsPersistent?: boolean;
  /**
   * The session history on this device, for the History view. Without it (no store
   * wired) the view is not offered, and asking for it opens the catalogue.
   */
  readonly history?: HistoryOptions | undefined;
  /** The trainee's own encounters, listed after the shipped ones, with the import. Not shown without it. */
  readonly library?: LibraryOptions | undefined;
  /** The view to open on; the catalogue by default. */
  readonly view?: StartView;
  /** The player starts an encounter (after accepting its content warnings, if it has any). */
  readonly onStart: (storyId: string, lang: Language) => void;
  /** The player continues the saved encounter. */
  readonly onContinue: () => void;
  /**
   * Every change of settings, the language included, already applied to the page.
   * Return what `SettingsStore.save` returns: false tells the player they will not be kept.
   */
  readonly onSettingsChange: (settings: Settings) => boolean | undefined;
}

/** The screen once drawn. */
export interface StartScreen {
  /** The settings as the player left them. */
  readonly settings: Settings;
  readonly view: StartView;
  /** Shows another view and moves focus to its heading. */
  show(view: StartView): void;
  /** Offers (or stops offering) "Continue". */
  setSavedEncounter(saved: SavedEncounterSummary | undefined): void;
  /** Empties the root. */
  dispose(): void;
}

/** The encounters written in `lang`, by title in that language's alphabetical order. */
export function encountersIn(stories: readonly CatalogueStory[], lang: Language): CatalogueStory[] {
  return stories
    .filter((story) => story.lang === lang)
    .sort((a, b) => a.header.title.localeCompare(b.header.title, lang));
}

/** Draws the start screen into `root` (replacing what it held) and applies the settings to the page. */
export function renderStartScreen(root: HTMLElement, options: StartScreenOptions): StartScreen {
  const document = root.ownerDocument;
  let settings = options.settings;
  const offered = (target: StartView): boolean => target !== 'history' || options.history !== undefined;
  let view: StartView = options.view !== undefined && offered(options.view) ? options.view : 'encounters';
  let saved = options.savedEncounter;
  let resumeElement: HTMLElement | undefined;
  let persistent = options.settingsPersistent ?? true;

  const changeSettings = (next: Settings): boolean | undefined => {
    const languageChanged = next.lang !== settings.lang;
    settings = next;
    applySettings(document, settings);
    const kept = options.onSettingsChange(settings);
    if (kept !== undefined) persistent = kept;
    if (languageChanged) {
      draw();
      root.querySelector<HTMLElement>('.language-toggle')?.focus();
    }
    return kept;
  };

  const draw = (): void => {
    const strings = uiStrings(settings.lang);
    const viewName = view === 'encounters' ? undefined : strings.start.views[view];
    document.title = viewName === undefined ? strings.appName : `${viewName} — ${strings.appName}`;

    const screen = make(document, 'div', 'start-screen');
    const main = make(document, 'main', 'start-main');
    main.id = 'main';
    screen.append(masthead(), main);
    switch (view) {
      case 'encounters':
        main.append(encountersView(strings, main));
        break;
      case 'history':
        if (options.history !== undefined) {
          main.append(
            createHistoryView(document, {
              strings,
              history: options.history,
              heading: viewHeading(strings.history.heading, 'history-heading'),
            }),
          );
        }
        break;
      case 'settings':
        main.append(settingsView(strings));
        break;
      case 'about':
        main.append(aboutView(strings));
        break;
    }
    root.replaceChildren(screen);

    function masthead(): HTMLElement {
      const header = make(document, 'header', 'masthead');
      const title = make(document, 'h1', 'masthead-title');
      title.textContent = strings.appName;
      const nav = make(document, 'nav', 'masthead-nav');
      nav.setAttribute('aria-label', strings.start.navigationLabel);
      const list = make(document, 'ul', 'masthead-links');
      for (const target of START_VIEWS.filter(offered)) {
        const item = make(document, 'li', '');
        const button = make(document, 'button', 'nav-button');
        button.type = 'button';
        button.textContent = strings.start.views[target];
        if (target === view) button.setAttribute('aria-current', 'page');
        button.addEventListener('click', () => show(target));
        item.append(button);
        list.append(item);
      }
      nav.append(list);
      const toggle = make(document, 'button', 'button language-toggle');
      toggle.type = 'button';
      toggle.textContent = strings.otherLanguage.label;
      toggle.lang = strings.otherLanguage.lang;
      toggle.addEventListener('click', () => changeSettings({ ...settings, lang: strings.otherLanguage.lang }));
      header.append(title, nav, toggle);
      return header;
    }
  };

  const encountersView = (strings: UiStrings, main: HTMLElement): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    const purpose = make(document, 'p', 'purpose');
    purpose.textContent = strings.start.purpose;
    fragment.append(purpose);
    resumeElement = saved === undefined ? undefined : resumeSection(strings, saved);
    if (resumeElement !== undefined) fragment.append(resumeElement);

    const section = make(document, 'section', 'catalogue-section');
    const heading = viewHeading(strings.start.catalogueHeading, 'catalogue-heading');
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    const encounters = encountersIn(options.stories, settings.lang);
    if (encounters.length === 0) {
      const empty = make(document, 'p', 'catalogue-empty');
      empty.textContent = strings.start.emptyCatalogue;
      section.append(empty);
    } else {
      const list = make(document, 'ul', 'catalogue');
      list.append(...encounters.map((story) => encounterCard(strings, story, main)));
      section.append(list);
    }
    fragment.append(section);
    if (options.library !== undefined) fragment.append(librarySection(strings, options.library, main));
    return fragment;
  };

  /**
   * "Mes rencontres": the trainee's encounters in the interface's language, then the
   * import. The heading (and the region it names) shows only once there is one, so a
   * trainee who never imported sees no empty section, only the import.
   */
  const librarySection = (strings: UiStrings, library: LibraryOptions, main: HTMLElement): HTMLElement => {
    const text = strings.library;
    const section = make(document, 'section', 'library-section');
    const body = make(document, 'div', 'library-body');
    // Said once, outside the part that is redrawn, so it is announced.
    const status = make(document, 'p', 'library-status');
    status.setAttribute('role', 'status');
    const panel = createImportPanel(document, {
      strings,
      idPrefix: 'library-import',
      onImport: (files) => library.onImport(files),
      onAdded: (added) => {
        status.textContent = '';
        drawBody();
        if (added.lang === settings.lang) startButtonOf(added.id, added.lang)?.focus();
      },
    });
    section.append(body, status, panel.element);

    const startButtonOf = (id: string, lang: Language): HTMLElement | null =>
      document.getElementById(`encounter-${lang}-${id}`)?.closest('article')?.querySelector('.button-primary') ?? null;

    const drawBody = (): void => {
      const { encounters, unreadable } = library.current();
      const listed = encountersIn(encounters, settings.lang);
      const elsewhere = encounters.length - listed.length;
      const parts: HTMLElement[] = [];
      if (listed.length > 0) {
        const heading = make(document, 'h2', 'library-heading');
        heading.id = 'library-heading';
        heading.textContent = text.heading;
        const intro = make(document, 'p', 'library-intro');
        intro.textContent = text.intro;
        const list = make(document, 'ul', 'catalogue library-list');
        // `list-style: none` makes Safari drop the list role; saying it keeps "list, 3 items".
        list.setAttribute('role', 'list');
        list.setAttribute('aria-labelledby', heading.id);
        list.append(
          ...listed.map((story, index) =>
            encounterCard(strings, story, main, { index, onRemoved: (title) => removed(title, index) }),
          ),
        );
        parts.push(heading, intro, list);
        section.setAttribute('aria-labelledby', heading.id);
      } else {
        section.removeAttribute('aria-labelledby');
      }
      const note = (content: string): void => {
        const paragraph = make(document, 'p', 'library-note');
        paragraph.textContent = content;
        parts.push(paragraph);
      };
      if (library.persistent === false) note(text.notPersistent);
      if (unreadable > 0) note(text.unreadable(unreadable));
      if (elsewhere > 0) note(text.inOtherLanguage(elsewhere));
      body.replaceChildren(...parts);
    };

    /** After a removal: the encounter that took its place, else the one before, else the import. */
    const removed = (title: string, index: number): void => {
      status.textContent = text.removed(title);
      drawBody();
      const buttons = body.querySelectorAll<HTMLElement>('.encounter-card .button-primary');
      const target = buttons[Math.min(index, buttons.length - 1)] ?? section.querySelector<HTMLElement>('input');
      target?.focus();
    };

    drawBody();
    return section;
  };

  const resumeSection = (strings: UiStrings, summary: SavedEncounterSummary): HTMLElement => {
    const section = make(document, 'section', 'resume');
    const heading = make(document, 'h2', 'resume-heading');
    heading.id = 'resume-heading';
    heading.textContent = strings.start.resumeHeading;
    section.setAttribute('aria-labelledby', heading.id);
    const description = make(document, 'p', 'resume-description');
    description.textContent = strings.start.resumeDescription(summary.storyTitle, strings.dateTime(summary.savedAt));
    const button = make(document, 'button', 'button button-primary');
    button.type = 'button';
    button.textContent = strings.start.resume;
    description.id = 'resume-description';
    button.setAttribute('aria-describedby', description.id);
    button.addEventListener('click', () => options.onContinue());
    section.append(heading, description, button);
    return section;
  };

  const encounterCard = (
    strings: UiStrings,
    story: CatalogueStory,
    main: HTMLElement,
    removable?: { readonly index: number; readonly onRemoved: (title: string) => void },
  ): HTMLLIElement => {
    const { header } = story;
    const item = make(document, 'li', '');
    const article = make(document, 'article', 'encounter-card');
    const headingId = `encounter-${story.lang}-${story.id}`;
    article.setAttribute('aria-labelledby', headingId);
    const heading = make(document, 'h3', 'encounter-title');
    heading.id = headingId;
    heading.textContent = header.title;

    const facts = make(document, 'dl', 'encounter-facts');
    const addFact = (term: string, value: string): void => {
      if (value === '') return;
      const row = make(document, 'div', 'encounter-fact');
      const dt = make(document, 'dt', '');
      const dd = make(document, 'dd', '');
      dt.textContent = term;
      dd.textContent = value;
      row.append(dt, dd);
      facts.append(row);
    };
    const names = strings.start;
    addFact(names.facts.character, header.character);
    addFact(names.facts.setting, header.setting === undefined ? '' : names.settings[header.setting]);
    addFact(names.facts.time, header.time);
    addFact(names.facts.duration, header.duration === undefined ? '' : names.minutes(header.duration));
    addFact(names.facts.concepts, header.concepts.map((concept) => names.concepts[concept]).join(', '));
    addFact(names.facts.contentNotes, header.warnings.join(strings.separator));

    const summary = make(document, 'p', 'encounter-summary');
    summary.textContent = header.summary;

    const actions = make(document, 'div', 'encounter-actions');
    const start = make(document, 'button', 'button button-primary');
    start.type = 'button';
    start.textContent = names.startEncounter;
    // Several "Start" buttons: each one names its encounter for screen readers.
    const which = make(document, 'span', 'visually-hidden');
    which.textContent = ` ${header.title}`;
    start.append(which);
    start.addEventListener('click', () => {
      if (header.warnings.length === 0) options.onStart(story.id, story.lang);
      else confirmWarnings(strings, story, main);
    });
    actions.append(start);

    article.append(heading, facts);
    if (header.summary !== '') article.append(summary);
    article.append(actions);
    if (removable !== undefined && options.library !== undefined) {
      const library = options.library;
      const remove = make(document, 'button', 'button library-remove');
      remove.type = 'button';
      remove.textContent = strings.library.remove;
      const whichToRemove = make(document, 'span', 'visually-hidden');
      whichToRemove.textContent = ` ${header.title}`;
      remove.append(whichToRemove);
      remove.setAttribute('aria-expanded', 'false');
      remove.addEventListener('click', () =>
        confirmRemoval(strings, article, remove, `library-confirm-${removable.index}`, header.title, async () => {
          await library.onRemove(story.id, story.lang);
          removable.onRemoved(header.title);
        }),
      );
      actions.append(remove);
    }
    item.append(article);
    return item;
  };

  /**
   * The inline question under "Retirer de ma bibliothèque": "Oui, retirer" and
   * "Annuler" in a group named by the question. Focus goes to "Annuler" (the answer
   * that loses nothing); cancelling or Escape returns it to the button; a failure is
   * said in the group.
   */
  const confirmRemoval = (
    strings: UiStrings,
    article: HTMLElement,
    trigger: HTMLButtonElement,
    id: string,
    title: string,
    run: () => Promise<void>,
  ): void => {
    const text = strings.library;
    const existing = article.querySelector<HTMLElement>('.library-confirm');
    if (existing !== null) {
      existing.querySelector<HTMLElement>('.library-cancel')?.focus();
      return;
    }
    const group = make(document, 'div', 'library-confirm');
    group.setAttribute('role', 'group');
    const question = make(document, 'p', 'library-question');
    question.id = `${id}-question`;
    question.textContent = text.confirmRemove(title);
    group.setAttribute('aria-labelledby', question.id);
    const confirm = make(document, 'button', 'button button-danger');
    confirm.type = 'button';
    confirm.textContent = text.confirmRemoveButton;
    const cancel = make(document, 'button', 'button library-cancel');
    cancel.type = 'button';
    cancel.textContent = text.cancel;
    const problem = make(document, 'p', 'library-error');
    problem.setAttribute('role', 'alert');
    const close = (): void => {
      group.remove();
      trigger.setAttribute('aria-expanded', 'false');
      trigger.focus();
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
      trigger.disabled = true;
      run().catch((error: unknown) => {
        confirm.disabled = false;
        cancel.disabled = false;
        trigger.disabled = false;
        problem.textContent = text.removeFailed(error instanceof Error ? error.message : String(error));
        cancel.focus();
      });
    });
    const answers = make(document, 'div', 'library-answers');
    answers.append(confirm, cancel);
    group.append(question, answers, problem);
    article.append(group);
    trigger.setAttribute('aria-expanded', 'true');
    cancel.focus();
  };

  const confirmWarnings = (strings: UiStrings, story: CatalogueStory, main: HTMLElement): void => {
    void confirmContentWarnings(main, strings, story.header).then((accepted) => {
      if (accepted) options.onStart(story.id, story.lang);
    });
  };

  const settingsView = (strings: UiStrings): HTMLElement => {
    const section = make(document, 'section', 'settings-view');
    const heading = viewHeading(strings.settings.heading, 'settings-heading');
    section.setAttribute('aria-labelledby', heading.id);
    section.append(
      heading,
      createSettingsPanel(document, {
        settings,
        strings,
        persistent,
        idPrefix: 'settings',
        onChange: changeSettings,
      }),
    );
    return section;
  };

  const aboutView = (strings: UiStrings): HTMLElement => {
    const article = make(document, 'article', 'about-view');
    const heading = viewHeading(strings.about.heading, 'about-heading');
    article.setAttribute('aria-labelledby', heading.id);
    article.append(heading);
    for (const part of strings.about.sections) {
      const section = make(document, 'section', 'about-section');
      const title = make(document, 'h3', '');
      title.textContent = part.heading;
      section.append(title);
      for (const paragraph of part.paragraphs) {
        const p = make(document, 'p', '');
        p.textContent = paragraph;
        section.append(p);
      }
      if (part.items !== undefined) {
        const list = make(document, 'ul', '');
        for (const entry of part.items) {
          const item = make(document, 'li', '');
          item.textContent = entry;
          list.append(item);
        }
        section.append(list);
      }
      article.append(section);
    }
    const studio = make(document, 'p', 'about-studio');
    const link = make(document, 'a', '');
    // The studio is its own page (`?studio`): a link, so it opens in a new tab too.
    link.href = '?studio';
    link.textContent = strings.library.studioLink;
    studio.append(`${strings.library.studioIntro} `, link);
    article.append(studio);
    const back = make(document, 'button', 'button');
    back.type = 'button';
    back.textContent = strings.start.backToEncounters;
    back.addEventListener('click', () => show('encounters'));
    article.append(back);
    return article;
  };

  const viewHeading = (text: string, id: string): HTMLHeadingElement => {
    const heading = make(document, 'h2', 'view-heading');
    heading.id = id;
    heading.textContent = text;
    // Focus lands here when the view changes, so a screen reader says where the player is.
    heading.tabIndex = -1;
    return heading;
  };

  const show = (next: StartView): void => {
    view = offered(next) ? next : 'encounters';
    draw();
    root.querySelector<HTMLElement>('.view-heading')?.focus();
  };

  applySettings(document, settings);
  draw();

  return {
    get settings() {
      return settings;
    },
    get view() {
      return view;
    },
    show,
    setSavedEncounter(next) {
      saved = next;
      if (view !== 'encounters') return;
      // Taken away in place, so what the trainee was doing (a removal just announced) keeps its focus.
      if (next === undefined) {
        resumeElement?.remove();
        resumeElement = undefined;
      } else {
        draw();
      }
    },
    dispose() {
      root.replaceChildren();
    },
  };
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

/**
 * Shows an encounter's content warnings in a modal dialog before it starts, and
 * resolves with whether the trainee chose to start. Used by the catalogue and by
 * links that open an encounter directly: the warnings are never skipped.
 */
export function confirmContentWarnings(
  container: HTMLElement,
  strings: UiStrings,
  header: StoryHeader,
): Promise<boolean> {
  const document = container.ownerDocument;
  const text = strings.start.warnings;
  const dialog = make(document, 'dialog', 'warnings-dialog');
  const heading = make(document, 'h2', 'warnings-heading');
  heading.id = 'warnings-heading';
  heading.textContent = text.heading;
  dialog.setAttribute('aria-labelledby', heading.id);
  const intro = make(document, 'p', 'warnings-intro');
  intro.id = 'warnings-intro';
  intro.textContent = text.intro(header.title);
  dialog.setAttribute('aria-describedby', intro.id);
  const list = make(document, 'ul', 'warnings-list');
  for (const warning of header.warnings) {
    const item = make(document, 'li', '');
    item.textContent = warning;
    list.append(item);
  }
  const reassurance = make(document, 'p', 'warnings-reassurance');
  reassurance.textContent = text.reassurance;
  const actions = make(document, 'div', 'warnings-actions');
  const cancel = make(document, 'button', 'button');
  cancel.type = 'button';
  cancel.textContent = text.cancel;
  cancel.addEventListener('click', () => dialog.close('cancel'));
  const start = make(document, 'button', 'button button-primary');
  start.type = 'button';
  start.textContent = text.start;
  start.addEventListener('click', () => dialog.close('start'));
  actions.append(cancel, start);
  dialog.append(heading, intro, list, reassurance, actions);
  container.append(dialog);
  return new Promise((resolve) => {
    // Escape closes the dialog through the browser ('cancel' then 'close'), with no return value.
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'start');
    });
    dialog.showModal();
  });
}
