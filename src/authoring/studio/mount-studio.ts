/**
 * The trainers' studio: an ink editor with highlighting, compile-as-you-type in a Web
 * Worker, the problems in a list and underlined in the text (with a quick fix for an
 * unknown tag), a live preview in the game's own stage and overlay, the checker's report,
 * drafts kept on the device at every change, and the ways to give the encounter away
 * (export the files, add it to this device's library).
 *
 * It knows nothing of the game's screens: the preview, the drafts' storage and the
 * library come in through `StudioOptions` (src/app/studio-page.ts wires them), so this
 * layer imports neither src/ui nor src/scene. Every text goes in with `textContent`.
 */
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from '@codemirror/commands';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { search, searchKeymap } from '@codemirror/search';
import { EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { CompiledStory, Diagnostic, Language, RuntimeErrorPlace } from '../../engine/index.ts';
import { findMainFile, type InlinedSource, inlineIncludes } from '../inline-includes.ts';
import {
  CompileClient,
  type CompileStatus,
  type RunningCheck,
  type StudioScheduler,
  type WorkerLike,
} from './compile-client.ts';
import { type CompileOutcome, knotLine } from './compile-protocol.ts';
import { DRAFT_SCHEMA_VERSION, type Draft, type DraftStore, newDraftId, titleOf } from './draft-store.ts';
import { studioEditorTheme } from './editor-theme.ts';
import { inkHighlighter, inkSupport } from './ink-language.ts';
import { locateDiagnostic, quickFixFor, toLintDiagnostics } from './lint-diagnostics.ts';
import { renderReport } from './report-view.ts';
import { languageOf, storyIdFor, storyPathFor } from './story-file.ts';
import { studioStrings } from './studio-strings.ts';
import { encounterTemplate } from './template.ts';

/** What "Add to my library" hands the app: the compiled story, its text, and its file name (`<id>.ink`). */
export interface LibraryFile {
  readonly json: string;
  readonly source: string;
  readonly fileName: string;
}

export type AddToLibraryResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** One play of the preview. */
export interface PreviewRun {
  readonly compiled: CompiledStory;
  /** The story's language: the overlay's words follow it, as in the game. */
  readonly lang: Language;
  /** A knot to start at; the top of the story when undefined. */
  readonly startKnot?: string;
  /** 0-based choices to replay first (the author's choices before the last change), shown at once. */
  readonly replayChoices: readonly number[];
  /** The choices made so far (replayed, then played), whenever they change. */
  readonly onChoicesChange: (choices: readonly number[]) => void;
  /** Where a failure in the preview points (a line, or a knot): the studio puts the editor's cursor there. */
  readonly goTo: (place: RuntimeErrorPlace) => void;
}

/** The live preview, made by the app with the game's real stage and overlay. */
export interface PreviewHost {
  /** Plays `run`, replacing whatever played. */
  start(run: PreviewRun): void;
  /** Stops what plays; the host stays for the next start. */
  stop(): void;
  dispose(): void;
}

export interface StudioOptions {
  /** The app's language setting: the studio's words follow it. */
  readonly lang: Language;
  readonly drafts: DraftStore;
  /** False where the device keeps nothing (private browsing): the studio warns that drafts end with the tab. */
  readonly draftsPersistent?: boolean;
  /** Makes the preview inside `container`; `onStageUnavailable` says the preview goes on in text. */
  readonly createPreview: (container: HTMLElement, hooks: { readonly onStageUnavailable: () => void }) => PreviewHost;
  /** Refused by the studio itself while the story has errors. */
  readonly onAddToLibrary: (file: LibraryFile) => Promise<AddToLibraryResult>;
  /** "Back to the game". */
  readonly onExit: () => void;
  /** The compile worker; tests pass a fake. */
  readonly createWorker?: () => WorkerLike;
  readonly scheduler?: StudioScheduler;
  readonly now?: () => number;
  readonly random?: () => number;
  /** Saves a file on the device; the browser's download by default. */
  readonly download?: (fileName: string, text: string, type: string) => void;
  /** Whether to move the page without animation; the system's `prefers-reduced-motion` by default. */
  readonly reducedMotion?: () => boolean;
}

export interface Studio {
  dispose(): void;
}

/** The largest file "Open" accepts, and the most all the files opened together may weigh: a long encounter is a few hundred kilobytes. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

let instances = 0;

export function mountStudio(root: HTMLElement, options: StudioOptions): Studio {
  const document = root.ownerDocument;
  const window = document.defaultView;
  const strings = studioStrings(options.lang);
  const now = options.now ?? (() => Date.now());
  const random = options.random ?? Math.random;
  const scheduler: StudioScheduler = options.scheduler ?? {
    setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  };
  const download = options.download ?? ((fileName, text, type) => browserDownload(document, fileName, text, type));
  const reducedMotion =
    options.reducedMotion ?? (() => window?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true);
  const fallbackId = options.lang === 'en' ? 'encounter' : 'rencontre';
  instances++;
  const ids = (name: string): string => `studio-${instances}-${name}`;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const made = document.createElement(tag);
    made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  };
  const button = (text: string, className = 'button'): HTMLButtonElement => {
    const made = el('button', className, text);
    made.type = 'button';
    return made;
  };
  const section = (name: string, title: string, className: string) => {
    const made = el('section', `studio-panel ${className}`);
    const heading = el('h2', 'studio-panel-heading', title);
    heading.id = ids(name);
    heading.tabIndex = -1;
    made.setAttribute('aria-labelledby', heading.id);
    made.append(heading);
    return { section: made, heading };
  };

  // The page's frame: a banner, then the writing column and the side column.
  const previousTitle = document.title;
  document.title = strings.documentTitle;
  const page = el('div', 'studio');
  page.lang = strings.lang;
  const header = el('header', 'studio-header');
  const titleBlock = el('div', 'studio-title');
  titleBlock.append(el('h1', 'studio-heading', strings.heading), el('p', 'studio-intro', strings.intro));
  const back = button(strings.backToGame, 'button studio-back');
  header.append(titleBlock, back);
  const main = el('main', 'studio-main');
  const writing = el('div', 'studio-writing');
  const side = el('div', 'studio-side');
  main.append(writing, side);
  page.append(header, main);

  // The editor.
  const editorPanel = section('editor', strings.editor.heading, 'studio-editor-panel');
  const hint = el('p', 'studio-hint', strings.editor.keyboardHint);
  const statusLine = el('div', 'studio-status');
  const busy = el('span', 'studio-status-busy');
  busy.setAttribute('aria-hidden', 'true');
  const status = el('p', 'studio-status-text');
  status.setAttribute('role', 'status');
  const saveNotice = el('p', 'studio-save-notice');
  saveNotice.setAttribute('role', 'alert');
  saveNotice.hidden = true;
  // Beside the status, not in it: the status's text stays what screen readers announce and tests match.
  const showProblems = button('', 'button studio-show-problems');
  showProblems.hidden = true;
  statusLine.append(status, showProblems, busy);
  const editorHost = el('div', 'studio-editor');
  editorPanel.section.append(hint, statusLine, saveNotice, editorHost);

  // The problems.
  const problemsPanel = section('problems', strings.problems.heading, 'studio-problems-panel');
  const problemList = el('ol', 'studio-problems');
  const problemsEmpty = el('p', 'studio-problems-empty', strings.problems.notYet);
  problemsPanel.section.append(problemsEmpty, problemList);
  writing.append(editorPanel.section, problemsPanel.section);

  // The preview.
  const previewPanel = section('preview', strings.preview.heading, 'studio-preview-panel');
  const previewNote = el('p', 'studio-hint', strings.preview.note);
  const previewControls = el('div', 'studio-preview-controls');
  const knotLabel = el('label', 'studio-field', strings.preview.startAt);
  const knotSelect = el('select', 'studio-select');
  knotSelect.id = ids('start-knot');
  knotLabel.htmlFor = knotSelect.id;
  const restart = button(strings.preview.restart);
  previewControls.append(knotLabel, knotSelect, restart);
  const previewMessage = el('p', 'studio-preview-message', strings.preview.waiting);
  const previewNotice = el('p', 'studio-preview-notice');
  previewNotice.setAttribute('role', 'status');
  const previewContainer = el('div', 'studio-preview');
  previewPanel.section.append(previewNote, previewControls, previewMessage, previewNotice, previewContainer);

  // The check.
  const checkPanel = section('check', strings.check.heading, 'studio-check-panel');
  const checkIntro = el('p', 'studio-hint', strings.check.intro);
  const checkControls = el('div', 'studio-actions');
  const runCheck = button(strings.check.run, 'button button-primary');
  const cancelCheck = button(strings.check.cancel);
  cancelCheck.hidden = true;
  checkControls.append(runCheck, cancelCheck);
  const checkStatus = el('p', 'studio-check-status');
  checkStatus.setAttribute('role', 'status');
  const reportStale = el('p', 'studio-report-stale', strings.check.stale);
  reportStale.hidden = true;
  const report = el('div', 'studio-report');
  checkPanel.section.append(checkIntro, checkControls, checkStatus, reportStale, report);

  // Giving the encounter away.
  const sharePanel = section('share', strings.share.heading, 'studio-share-panel');
  const shareActions = el('div', 'studio-actions');
  const exportInk = button(strings.share.exportInk);
  const exportJson = button(strings.share.exportJson);
  const addToLibrary = button(strings.share.addToLibrary, 'button button-primary');
  shareActions.append(addToLibrary, exportJson, exportInk);
  const shareStatus = el('p', 'studio-share-status');
  shareStatus.setAttribute('role', 'status');
  sharePanel.section.append(el('p', 'studio-hint', strings.share.intro), shareActions, shareStatus);

  // The drafts.
  const draftsPanel = section('drafts', strings.drafts.heading, 'studio-drafts-panel');
  const draftActions = el('div', 'studio-actions');
  const newEncounter = button(strings.drafts.newEncounter);
  // A label that looks like the other buttons, in the studio's language; the browser's
  // own file button ("Choose Files", "No file chosen") is hidden from the eye only.
  const fileLabel = el('label', 'button studio-file');
  const fileText = el('span', 'studio-file-text', strings.drafts.openFile);
  const fileInput = el('input', 'studio-file-input visually-hidden');
  fileInput.type = 'file';
  fileInput.accept = '.ink,.txt,text/plain';
  // An encounter written in several files opens in one go: the main file and those it INCLUDEs.
  fileInput.multiple = true;
  const fileHint = el('span', 'studio-hint', strings.drafts.openFileHint);
  fileHint.id = ids('file-hint');
  fileInput.setAttribute('aria-describedby', fileHint.id);
  fileLabel.append(fileText, fileInput);
  draftActions.append(newEncounter, fileLabel);
  const draftStatus = el('p', 'studio-drafts-status');
  draftStatus.setAttribute('role', 'status');
  if (options.draftsPersistent === false) {
    draftsPanel.section.append(el('p', 'studio-hint studio-attention', strings.drafts.notPersistent));
  }
  const draftList = el('ul', 'studio-drafts');
  draftsPanel.section.append(draftActions, fileHint, draftStatus, draftList);

  side.append(previewPanel.section, checkPanel.section, sharePanel.section, draftsPanel.section);
  root.replaceChildren(page);

  // State.
  let current: Draft;
  let saveFailed = false;
  let shownTitle: string | undefined;
  let previewJson: string | undefined;
  let previewPath = '';
  let previewLang: Language = options.lang;
  let choices: readonly number[] = [];
  let startKnot = '';
  let checking: RunningCheck | undefined;
  let checkedSource: string | undefined;
  let confirming: string | undefined;
  let disposed = false;

  const currentSource = (): string => view.state.doc.toString();
  const pathOf = (source: string): string => storyPathFor(source, options.lang, fallbackId);
  const idOf = (source: string): string => storyIdFor(titleOf(source), fallbackId);

  const client = new CompileClient({
    createWorker: options.createWorker ?? defaultWorker,
    scheduler,
    pathOf,
    onStatus: (compileStatus) => onCompileStatus(compileStatus),
  });
  const preview = options.createPreview(previewContainer, {
    onStageUnavailable: () => {
      previewNotice.textContent = strings.preview.stageUnavailable;
    },
  });

  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    inkSupport,
    syntaxHighlighting(inkHighlighter),
    studioEditorTheme,
    EditorState.phrases.of(strings.editor.phrases),
    lintGutter(),
    search({ top: true }),
    // Tab is not bound: it leaves the editor, as everywhere on the page (the hint says so).
    keymap.of([
      ...defaultKeymap,
      ...historyKeymap,
      ...searchKeymap,
      ...lintKeymap,
      { key: 'Mod-]', run: indentMore },
      { key: 'Mod-[', run: indentLess },
    ]),
    EditorView.contentAttributes.of((editor) => ({
      'aria-label': strings.editor.label,
      // Focusable already (contenteditable); said outright so checkers see the scroller holds a control.
      tabindex: '0',
      'aria-describedby': 'keyboard-hint',
      // The story may be in the other language than the studio: screen readers pronounce it right.
      lang: languageOf(editor.state.sliceDoc(0, 4000), options.lang),
    })),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onEdited();
    }),
  ];
  // In a shadow root, CodeMirror mounts its styles as a constructed style sheet, which the
  // CSP allows; in the document it would add a <style> element, which the CSP refuses.
  const shadow = editorHost.attachShadow({ mode: 'open' });
  // aria-describedby does not cross into a shadow root: the hint is repeated inside it, hidden.
  const hintCopy = el('p', '', strings.editor.keyboardHint);
  hintCopy.id = 'keyboard-hint';
  hintCopy.hidden = true;
  const editorParent = el('div', 'studio-editor-root');
  shadow.append(hintCopy, editorParent);
  const view = new EditorView({
    parent: editorParent,
    root: shadow,
    state: EditorState.create({ doc: '', extensions }),
  });

  function onEdited(): void {
    const source = currentSource();
    saveCurrent(source);
    client.update(source);
    if (titleOf(source) !== shownTitle) renderDrafts();
    showCheckStaleness(source);
  }

  /** Writes the draft now: a crash after this line loses nothing. */
  function saveCurrent(source: string): void {
    current = { ...current, source, updatedAt: now() };
    try {
      options.drafts.put(current);
      if (saveFailed) {
        saveFailed = false;
        saveNotice.hidden = true;
        saveNotice.textContent = '';
      }
    } catch {
      if (!saveFailed) {
        saveFailed = true;
        saveNotice.hidden = false;
        saveNotice.textContent = strings.drafts.notSaved;
      }
    }
  }

  function flush(): void {
    if (disposed) return;
    if (saveFailed || current.source !== currentSource()) saveCurrent(currentSource());
  }
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') flush();
  };
  window?.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);

  function onCompileStatus(compileStatus: CompileStatus): void {
    if (disposed) return;
    statusLine.dataset.state = compileStatus.kind;
    switch (compileStatus.kind) {
      case 'waiting':
        busy.textContent = strings.status.waiting;
        break;
      case 'compiling':
        busy.textContent = strings.status.compiling;
        break;
      case 'timedOut':
        busy.textContent = '';
        status.textContent = strings.status.timedOut(compileStatus.seconds);
        break;
      case 'failed':
        busy.textContent = '';
        status.textContent = strings.status.failed(compileStatus.message);
        break;
      case 'compiled':
        busy.textContent = '';
        if (compileStatus.source === currentSource()) showOutcome(compileStatus.source, compileStatus.outcome);
        break;
    }
  }

  function showOutcome(source: string, outcome: CompileOutcome): void {
    const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    const warnings = outcome.diagnostics.length - errors;
    status.textContent =
      errors > 0
        ? strings.status.errors(errors, warnings)
        : warnings > 0
          ? strings.status.warnings(warnings)
          : strings.status.compiled;
    renderProblems(source, outcome.diagnostics);
    view.dispatch(
      setDiagnostics(
        view.state,
        toLintDiagnostics(view.state.doc, outcome.diagnostics, {
          mainPath: pathOf(source),
          fixLabel: strings.problems.fix,
          describe: strings.describeDiagnostic,
        }),
      ),
    );
    renderKnots(outcome.knots);
    if (outcome.json !== undefined) {
      previewLang = outcome.header?.lang ?? languageOf(source, options.lang);
      previewPath = pathOf(source);
      if (outcome.json !== previewJson) {
        previewJson = outcome.json;
        startPreview();
      } else previewMessage.textContent = replayMessage();
    } else {
      previewMessage.textContent = previewJson === undefined ? strings.preview.waiting : strings.preview.stale;
    }
  }

  function renderProblems(source: string, diagnostics: readonly Diagnostic[]): void {
    problemsEmpty.textContent = diagnostics.length === 0 ? strings.problems.none : '';
    problemsEmpty.hidden = diagnostics.length > 0;
    showProblems.textContent = diagnostics.length === 0 ? '' : strings.status.showProblems(diagnostics.length);
    showProblems.hidden = diagnostics.length === 0;
    const mainPath = pathOf(source);
    problemList.replaceChildren(
      ...diagnostics.map((diagnostic) => {
        const item = el('li', `studio-problem studio-problem-${diagnostic.severity}`);
        const line = Math.max(1, diagnostic.line);
        const go = button('', 'studio-problem-go');
        const severity = el(
          'span',
          'studio-problem-severity',
          diagnostic.severity === 'error' ? strings.problems.error : strings.problems.warning,
        );
        const where = el(
          'span',
          'studio-problem-line',
          diagnostic.path === mainPath ? strings.problems.line(line) : strings.problems.otherFile(diagnostic.path),
        );
        const message = el('span', 'studio-problem-message', strings.describeDiagnostic(diagnostic));
        // Separators in the text itself, so the button's accessible name reads as a sentence.
        go.append(severity, ' — ', where, ' — ', message);
        go.addEventListener('click', () => goToProblem(diagnostic));
        item.append(go);
        const fix = diagnostic.path === mainPath ? quickFixFor(view.state.doc, diagnostic) : undefined;
        if (fix !== undefined) {
          const fixButton = button(strings.problems.fix(fix.insert), 'button studio-problem-fix');
          fixButton.addEventListener('click', () => applyFix(diagnostic));
          item.append(fixButton);
        }
        return item;
      }),
    );
  }

  // Under a tall editor the list is often below the screen: the button brings it up, its first problem focused.
  showProblems.addEventListener('click', () => {
    problemsPanel.section.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    const first = problemList.querySelector<HTMLButtonElement>('.studio-problem-go');
    (first ?? problemsPanel.heading).focus({ preventScroll: true });
  });

  /** Puts the cursor on the problem (its tag, when it names one) and the focus in the editor. */
  function goToProblem(diagnostic: Diagnostic): void {
    const { from, to } = locateDiagnostic(view.state.doc, diagnostic);
    view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
    view.focus();
  }

  function applyFix(diagnostic: Diagnostic): void {
    // Found again in the text as it is now, in case it changed since the compile.
    const fix = quickFixFor(view.state.doc, diagnostic);
    if (fix === undefined) return;
    view.dispatch({
      changes: fix,
      selection: { anchor: fix.from, head: fix.from + fix.insert.length },
      scrollIntoView: true,
    });
    view.focus();
  }

  function renderKnots(knots: readonly string[]): void {
    if (!knots.includes(startKnot) && startKnot !== '') {
      startKnot = '';
      choices = [];
    }
    const top = el('option', '', strings.preview.fromTheTop);
    top.value = '';
    knotSelect.replaceChildren(
      top,
      ...knots.map((knot) => {
        const option = el('option', '', knot);
        option.value = knot;
        return option;
      }),
    );
    knotSelect.value = startKnot;
  }

  function startPreview(): void {
    if (previewJson === undefined) return;
    const sourceId =
      previewPath
        .split('/')
        .pop()
        ?.replace(/\.ink$/, '') ?? fallbackId;
    previewMessage.textContent = replayMessage();
    preview.start({
      compiled: { id: sourceId, path: previewPath, json: previewJson },
      lang: previewLang,
      ...(startKnot === '' ? {} : { startKnot }),
      replayChoices: choices,
      onChoicesChange: (made) => {
        choices = [...made];
      },
      goTo: (place) => {
        const line = place.kind === 'line' ? place.line : knotLine(view.state.doc.toString(), place.knot);
        if (line !== undefined) goToProblem({ severity: 'error', path: previewPath, line, message: '' });
      },
    });
  }

  function replayMessage(): string {
    return choices.length > 0 ? strings.preview.replayed(choices.length) : '';
  }

  knotSelect.addEventListener('change', () => {
    startKnot = knotSelect.value;
    choices = [];
    startPreview();
  });
  restart.addEventListener('click', () => {
    choices = [];
    startPreview();
  });

  // The check of every branch.
  runCheck.addEventListener('click', () => void check());
  cancelCheck.addEventListener('click', () => checking?.cancel());

  async function check(): Promise<void> {
    if (checking !== undefined) return;
    const source = currentSource();
    const outcome = await client.compileNow(source);
    if (disposed) return;
    if (outcome?.json === undefined) {
      checkStatus.textContent = strings.check.notCompiled;
      return;
    }
    checking = client.startCheck(source);
    setChecking(true);
    checkStatus.textContent = strings.check.running;
    const result = await checking.result;
    checking = undefined;
    if (disposed) return;
    setChecking(false);
    switch (result.kind) {
      case 'checked':
        checkStatus.textContent = strings.check.done;
        checkedSource = result.source;
        report.replaceChildren(renderReport(document, result.report, strings.check));
        showCheckStaleness(currentSource());
        break;
      case 'cancelled':
        checkStatus.textContent = strings.check.cancelled;
        break;
      case 'timedOut':
        checkStatus.textContent = strings.check.timedOut(result.seconds);
        break;
      case 'failed':
        checkStatus.textContent = strings.check.failed(result.message);
        break;
    }
  }

  function setChecking(on: boolean): void {
    const hadFocus = document.activeElement === (on ? runCheck : cancelCheck);
    runCheck.hidden = on;
    cancelCheck.hidden = !on;
    report.setAttribute('aria-busy', String(on));
    if (hadFocus) (on ? cancelCheck : runCheck).focus();
  }

  function showCheckStaleness(source: string): void {
    const stale = checkedSource !== undefined && checkedSource !== source;
    report.dataset.stale = String(stale);
    reportStale.hidden = !stale;
  }

  // Giving the encounter away.
  exportInk.addEventListener('click', () => {
    const source = currentSource();
    const fileName = `${idOf(source)}.ink`;
    download(fileName, source, 'text/plain;charset=utf-8');
    shareStatus.textContent = strings.share.exported(fileName);
  });
  exportJson.addEventListener('click', () => void exportCompiled());
  addToLibrary.addEventListener('click', () => void addCompiled());

  /** The compiled story for the current text, or a message saying why there is none. */
  async function compiledForSharing(): Promise<{ source: string; json: string } | undefined> {
    const source = currentSource();
    const outcome = await client.compileNow(source);
    if (disposed) return undefined;
    if (outcome === undefined) {
      shareStatus.textContent = strings.share.notCompiled;
      return undefined;
    }
    const errors = outcome.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    if (errors > 0 || outcome.json === undefined) {
      shareStatus.textContent = strings.share.refusedErrors(Math.max(1, errors));
      return undefined;
    }
    return { source, json: outcome.json };
  }

  async function exportCompiled(): Promise<void> {
    const compiled = await compiledForSharing();
    if (compiled === undefined) return;
    const fileName = `${idOf(compiled.source)}.json`;
    download(fileName, compiled.json, 'application/json');
    shareStatus.textContent = strings.share.exported(fileName);
  }

  async function addCompiled(): Promise<void> {
    const compiled = await compiledForSharing();
    if (compiled === undefined) return;
    shareStatus.textContent = strings.share.adding;
    const title = titleOf(compiled.source) ?? strings.drafts.untitled;
    let result: AddToLibraryResult;
    try {
      result = await options.onAddToLibrary({
        json: compiled.json,
        source: compiled.source,
        fileName: `${idOf(compiled.source)}.ink`,
      });
    } catch (error) {
      result = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (disposed) return;
    shareStatus.textContent = result.ok ? strings.share.added(title) : strings.share.failed(result.message);
  }

  // The drafts.
  function renderDrafts(): void {
    shownTitle = titleOf(currentSource());
    const listing = options.drafts.list();
    const summaries = listing.drafts.some((draft) => draft.id === current.id)
      ? listing.drafts
      : [{ id: current.id, title: shownTitle, updatedAt: current.updatedAt }, ...listing.drafts];
    const format = new Intl.DateTimeFormat(options.lang === 'en' ? 'en-CA' : 'fr-CA', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    draftList.replaceChildren(
      ...summaries.map((summary) => {
        const isCurrent = summary.id === current.id;
        const title = (isCurrent ? shownTitle : summary.title) ?? strings.drafts.untitled;
        const item = el('li', `studio-draft${isCurrent ? ' studio-draft-current' : ''}`);
        const name = el('span', 'studio-draft-title', title);
        const meta = el(
          'span',
          'studio-draft-meta',
          isCurrent ? strings.drafts.current : strings.drafts.updated(format.format(summary.updatedAt)),
        );
        if (isCurrent) item.setAttribute('aria-current', 'true');
        item.append(name, meta);
        if (confirming === summary.id) {
          const question = el('span', 'studio-draft-confirm', strings.drafts.confirmDelete(title));
          const yes = button(strings.drafts.confirmDeleteYes, 'button studio-danger');
          const no = button(strings.drafts.cancel);
          yes.addEventListener('click', () => deleteDraft(summary.id, title));
          no.addEventListener('click', () => {
            confirming = undefined;
            renderDrafts();
            focusDraftButton(summary.id, 'delete');
          });
          item.append(question, yes, no);
          return item;
        }
        const actions = el('span', 'studio-draft-actions');
        if (!isCurrent) {
          const open = button(strings.drafts.open);
          open.setAttribute('aria-label', strings.drafts.openNamed(title));
          open.dataset.draft = summary.id;
          open.dataset.action = 'open';
          open.addEventListener('click', () => openDraft(summary.id));
          actions.append(open);
        }
        const remove = button(strings.drafts.delete, 'button studio-danger');
        remove.setAttribute('aria-label', strings.drafts.deleteNamed(title));
        remove.dataset.draft = summary.id;
        remove.dataset.action = 'delete';
        remove.addEventListener('click', () => {
          confirming = summary.id;
          renderDrafts();
          draftList.querySelector<HTMLButtonElement>('.studio-draft-confirm ~ button:last-of-type')?.focus();
        });
        actions.append(remove);
        item.append(actions);
        return item;
      }),
    );
    if (listing.setAside > 0) draftStatus.textContent = strings.drafts.setAside(listing.setAside);
  }

  function focusDraftButton(id: string, action: 'open' | 'delete'): void {
    [...draftList.querySelectorAll<HTMLButtonElement>('button')]
      .find((found) => found.dataset.draft === id && found.dataset.action === action)
      ?.focus();
  }

  function deleteDraft(id: string, title: string): void {
    confirming = undefined;
    options.drafts.delete(id);
    draftStatus.textContent = strings.drafts.deleted(title);
    if (id === current.id) {
      const next = options.drafts.list().drafts[0];
      const draft = next === undefined ? undefined : options.drafts.get(next.id);
      show(draft ?? createDraft(encounterTemplate(options.lang)));
    } else renderDrafts();
    draftsPanel.heading.focus();
  }

  function createDraft(source: string): Draft {
    const at = now();
    const draft: Draft = {
      schemaVersion: DRAFT_SCHEMA_VERSION,
      id: newDraftId(at, random),
      source,
      createdAt: at,
      updatedAt: at,
    };
    try {
      options.drafts.put(draft);
    } catch {
      saveFailed = true;
      saveNotice.hidden = false;
      saveNotice.textContent = strings.drafts.notSaved;
    }
    return draft;
  }

  function openDraft(id: string): void {
    const draft = options.drafts.get(id);
    if (draft === undefined) {
      renderDrafts();
      return;
    }
    show(draft);
    view.focus();
  }

  /** Puts a draft in the editor, with everything that belonged to the previous one reset. */
  function show(draft: Draft): void {
    current = draft;
    view.setState(EditorState.create({ doc: draft.source, extensions }));
    previewJson = undefined;
    choices = [];
    startKnot = '';
    checking?.cancel();
    checkedSource = undefined;
    report.replaceChildren();
    reportStale.hidden = true;
    checkStatus.textContent = '';
    preview.stop();
    previewMessage.textContent = strings.preview.waiting;
    problemList.replaceChildren();
    showProblems.hidden = true;
    showProblems.textContent = '';
    problemsEmpty.hidden = false;
    problemsEmpty.textContent = strings.problems.notYet;
    renderKnots([]);
    renderDrafts();
    void client.compileNow(draft.source);
  }

  newEncounter.addEventListener('click', () => {
    show(createDraft(encounterTemplate(options.lang)));
    view.focus();
  });

  fileInput.addEventListener('change', () => void openFiles());

  /**
   * Opens the files chosen as one new draft: the main file (the one no other INCLUDEs)
   * with each INCLUDE replaced by the file it names, so the studio's single text holds
   * the whole encounter. An INCLUDE of a file not chosen stays, and the compile says so.
   */
  async function openFiles(): Promise<void> {
    const chosen = [...(fileInput.files ?? [])];
    fileInput.value = '';
    if (chosen.length === 0) return;
    const tooLarge = chosen.find((file) => file.size > MAX_FILE_BYTES);
    if (tooLarge !== undefined) {
      draftStatus.textContent = strings.drafts.fileTooLarge(tooLarge.name);
      return;
    }
    if (chosen.reduce((bytes, file) => bytes + file.size, 0) > MAX_FILE_BYTES) {
      draftStatus.textContent = strings.drafts.filesTooLarge;
      return;
    }
    const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() })));
    if (disposed) return;
    // A NUL character never appears in a text file: this is an image, a PDF, a word-processor file.
    const notText = files.find((file) => file.text.includes('\u0000'));
    if (notText !== undefined) {
      draftStatus.textContent = strings.drafts.fileNotText(notText.name);
      return;
    }
    const { main, candidates } = findMainFile(files);
    const others = new Map(files.filter((file) => file.name !== main).map((file) => [file.name, file.text]));
    const joined = inlineIncludes(main, files.find((file) => file.name === main)?.text ?? '', others);
    show(createDraft(joined.source));
    draftStatus.textContent = openedMessage(main, candidates.length > 1, joined);
    view.focus();
  }

  /** What the status says of the files opened: which were joined, which left out, what is missing. */
  function openedMessage(main: string, guessedMain: boolean, joined: InlinedSource): string {
    const words = strings.drafts;
    const list = (names: readonly string[]): string =>
      new Intl.ListFormat(strings.lang === 'en' ? 'en-CA' : 'fr-CA', { type: 'conjunction' }).format(
        names.map(words.fileName),
      );
    const missing = joined.unresolved.filter((include) => include.reason === 'missing').length;
    const cycles = joined.unresolved.length - missing;
    return [
      joined.included.length === 0
        ? words.fileOpened(main)
        : words.filesJoined(main, list(joined.included), joined.included.length),
      guessedMain ? words.mainChosen(main) : '',
      joined.unused.length > 0 ? words.notIncluded(list(joined.unused), joined.unused.length) : '',
      missing > 0 ? words.includesMissing(missing) : '',
      cycles > 0 ? words.includeCycles(cycles) : '',
    ]
      .filter((sentence) => sentence !== '')
      .join(' ');
  }

  back.addEventListener('click', () => options.onExit());

  // Opens where the trainer left off: the draft changed last, or a new one from the template.
  const latest = options.drafts.list().drafts[0];
  show(
    (latest === undefined ? undefined : options.drafts.get(latest.id)) ?? createDraft(encounterTemplate(options.lang)),
  );

  return {
    dispose: () => {
      if (disposed) return;
      flush();
      disposed = true;
      window?.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      client.dispose();
      preview.dispose();
      view.destroy();
      page.remove();
      document.title = previousTitle;
    },
  };
}

/** The compile worker, bundled by Vite from this exact `new Worker(new URL(...))` form. */
function defaultWorker(): WorkerLike {
  return new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Makes the browser download a text as a file (no server involved). */
function browserDownload(document: Document, fileName: string, text: string, type: string): void {
  const view = document.defaultView;
  if (view === null) return;
  const url = view.URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns: release it a moment later.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
