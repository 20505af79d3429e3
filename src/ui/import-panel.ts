/**
 * "Importer une rencontre (.ink ou .json)": a real file input with a visible label,
 * under the trainee's encounters on the start screen, so a trainer can hand a file to
 * trainees. Several files may be chosen at once: the parts of an encounter written in
 * several `.ink` files (a main file and the files it INCLUDEs). The app checks the
 * choice (`onImport`); the panel says what happened: a status when the encounter was
 * added, an alert when it was refused, listing each problem as `fichier:ligne : message`,
 * or when the device is full.
 *
 * Everything a file brings (its name, the compiler's messages quoting its text) goes
 * in through `textContent`: an imported file can never become markup.
 */
import type { Diagnostic, Language } from '../engine/index.ts';
import type { UiStrings } from './strings.ts';

/** What the panel hands over of a chosen file: a browser `File` fits. */
export interface ChosenFile {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  text(): Promise<string>;
}

export interface AddedEncounter {
  readonly kind: 'added';
  readonly id: string;
  readonly lang: Language;
  readonly title: string;
  /** An encounter with the same id and language was in the library: this one took its place. */
  readonly replaced: boolean;
}

/** What came of an import. Anything but `added` left the library as it was. */
export type ImportOutcome =
  | AddedEncounter
  | { readonly kind: 'refused'; readonly fileName: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'storageFull'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly fileName: string; readonly message: string };

export interface ImportPanelOptions {
  readonly strings: UiStrings;
  /** Prefixes the ids the panel's label and descriptions use (one panel per page). */
  readonly idPrefix?: string;
  /**
   * Checks the files chosen together (one, or the parts of one encounter) and adds the
   * encounter to the library. A rejection is shown like a `failed` outcome.
   */
  readonly onImport: (files: readonly ChosenFile[]) => Promise<ImportOutcome>;
  /** Called once an added encounter is announced: the start screen lists it and moves focus to it. */
  readonly onAdded?: (added: AddedEncounter) => void;
}

export interface ImportPanel {
  readonly element: HTMLElement;
  /** Imports `file` as if it had been chosen in the input; resolves once the outcome is shown. */
  importFile(file: ChosenFile): Promise<void>;
  /** Imports `files` as if they had been chosen together in the input. */
  importFiles(files: readonly ChosenFile[]): Promise<void>;
}

/** A file full of errors would list hundreds: the first ones are enough to start fixing. */
export const MAX_PROBLEMS_SHOWN = 20;

export function createImportPanel(document: Document, options: ImportPanelOptions): ImportPanel {
  const { strings } = options;
  const text = strings.library;
  const prefix = options.idPrefix ?? 'import';

  const panel = make(document, 'div', 'import-panel');
  const label = make(document, 'label', 'import-label');
  // The browser's own file button speaks the browser's language ("Choose Files", "No
  // file chosen"): the input is hidden from the eye, and a label in the game's language
  // stands for it. It keeps its name from the title, and its place in the tab order.
  const input = make(document, 'input', 'import-input visually-hidden');
  input.type = 'file';
  input.id = `${prefix}-file`;
  input.accept = '.ink,.json';
  input.multiple = true;
  label.htmlFor = input.id;
  label.id = `${prefix}-label`;
  label.textContent = text.importLabel;
  input.setAttribute('aria-labelledby', label.id);
  const choose = make(document, 'label', 'button import-choose');
  const chooseText = make(document, 'span', 'import-choose-text');
  chooseText.textContent = text.importChoose;
  choose.append(chooseText, input);
  const hint = make(document, 'p', 'import-hint');
  hint.id = `${prefix}-hint`;
  hint.textContent = text.importHint;
  input.setAttribute('aria-describedby', hint.id);
  // Both regions are in the page before anything is said in them, so screen readers announce each change.
  const status = make(document, 'p', 'import-status');
  status.setAttribute('role', 'status');
  const alert = make(document, 'div', 'import-alert');
  alert.setAttribute('role', 'alert');
  panel.append(label, hint, choose, status, alert);

  let busy = false;

  const importFiles = async (files: readonly ChosenFile[]): Promise<void> => {
    const [first] = files;
    if (busy || first === undefined) return;
    busy = true;
    panel.setAttribute('aria-busy', 'true');
    alert.replaceChildren();
    status.textContent = files.length === 1 ? text.checking(first.name) : text.checkingFiles(files.length);
    let outcome: ImportOutcome;
    try {
      outcome = await options.onImport(files);
    } catch (error) {
      outcome = { kind: 'failed', fileName: first.name, message: messageOf(error) };
    }
    busy = false;
    panel.setAttribute('aria-busy', 'false');
    // The same file, fixed, can be chosen again.
    input.value = '';
    show(outcome, files.length);
  };

  const show = (outcome: ImportOutcome, fileCount: number): void => {
    switch (outcome.kind) {
      case 'added': {
        if (outcome.lang !== strings.lang) status.textContent = text.addedInOtherLanguage(outcome.title);
        else status.textContent = outcome.replaced ? text.replaced(outcome.title) : text.added(outcome.title);
        options.onAdded?.(outcome);
        return;
      }
      case 'refused':
        status.textContent = '';
        alert.replaceChildren(...refusal(outcome.fileName, fileCount, outcome.diagnostics));
        return;
      case 'storageFull':
        status.textContent = '';
        alert.replaceChildren(paragraph(text.storageFull(outcome.fileName)));
        return;
      case 'failed':
        status.textContent = '';
        alert.replaceChildren(
          paragraph(text.importFailed(outcome.fileName, outcome.message)),
          paragraph(text.nothingChanged),
        );
        return;
    }
  };

  const refusal = (fileName: string, fileCount: number, diagnostics: readonly Diagnostic[]): HTMLElement[] => {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const listed = errors.length > 0 ? errors : diagnostics;
    const parts: HTMLElement[] = [paragraph(fileCount === 1 ? text.refused(fileName) : text.refusedFiles(fileCount))];
    const list = make(document, 'ul', 'import-problems');
    for (const diagnostic of listed.slice(0, MAX_PROBLEMS_SHOWN)) {
      const item = make(document, 'li', '');
      const say = (message: string): void => {
        item.textContent = text.diagnostic(placeOf(diagnostic), message);
      };
      // The compiler and the checks word their messages in English. The French words load
      // with the first refusal shown, not with the start screen; the item stays empty until
      // they arrive, so a screen reader hears each problem once. Offline, the English stays.
      if (strings.lang === 'fr') {
        void import('../authoring/diagnostic-words.ts').then(
          ({ diagnosticInFrench }) => say(diagnosticInFrench(diagnostic.message)),
          () => say(diagnostic.message),
        );
      } else say(diagnostic.message);
      list.append(item);
    }
    if (list.childElementCount > 0) parts.push(list);
    if (listed.length > MAX_PROBLEMS_SHOWN)
      parts.push(paragraph(text.moreProblems(listed.length - MAX_PROBLEMS_SHOWN)));
    parts.push(paragraph(text.nothingChanged));
    return parts;
  };

  const paragraph = (content: string): HTMLParagraphElement => {
    const element = make(document, 'p', '');
    element.textContent = content;
    return element;
  };

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length > 0) void importFiles(files);
  });

  return { element: panel, importFile: (file) => importFiles([file]), importFiles };
}

/** `fichier:ligne`, or the file alone when the line is not known. */
function placeOf(diagnostic: Diagnostic): string {
  return diagnostic.line > 0 ? `${diagnostic.path}:${diagnostic.line}` : diagnostic.path;
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
