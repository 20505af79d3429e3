/**
 * The studio mounted as a trainer meets it, with a compile worker the test answers by hand,
 * a scheduler it moves on by hand, and drafts in memory. For happy-dom test files.
 */
import { EditorView } from '@codemirror/view';
import type { WorkerLike } from '../../../src/authoring/studio/compile-client.ts';
import type { CompileOutcome, WorkerRequest, WorkerResponse } from '../../../src/authoring/studio/compile-protocol.ts';
import { KeyValueDraftStore } from '../../../src/authoring/studio/draft-store.ts';
import {
  type LibraryFile,
  mountStudio,
  type PreviewHost,
  type PreviewRun,
  type Studio,
} from '../../../src/authoring/studio/mount-studio.ts';
import type { Language } from '../../../src/engine/index.ts';
import { MemoryStorage } from '../../../src/ui/key-value-storage.ts';
import { FakeScheduler } from '../../ui/fake-scheduler.ts';

/** A compile worker that answers when told, with the outcome the test gives. */
export class FakeWorker implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  onmessage: ((event: { readonly data: WorkerResponse }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.received.push(message);
  }
  terminate(): void {}
  answer(outcome: Partial<CompileOutcome>): void {
    const request = this.received[this.received.length - 1] as WorkerRequest;
    this.onmessage?.({
      data: {
        type: 'compiled',
        id: request.id,
        outcome: { json: '{"root":[]}', diagnostics: [], header: undefined, knots: ['bench', 'closing'], ...outcome },
      },
    });
  }
}

let studio: Studio | undefined;

/** For `afterEach`: takes the studio mounted last off the page. */
export async function unmountStudio(): Promise<void> {
  // Opening a file focuses the editor. CodeMirror notes a blur 10 ms later: that must
  // happen while the page is still there (happy-dom keeps a removed element active).
  const focused = document.activeElement?.shadowRoot?.activeElement;
  if (focused instanceof HTMLElement) {
    focused.blur();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  studio?.dispose();
  studio = undefined;
  document.body.replaceChildren();
}

export interface SetUpOptions {
  readonly storage?: MemoryStorage;
  readonly lang?: Language;
  readonly reducedMotion?: boolean;
}

export function setUpStudio({ storage = new MemoryStorage(), lang = 'fr', reducedMotion }: SetUpOptions = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const worker = new FakeWorker();
  const scheduler = new FakeScheduler();
  const runs: PreviewRun[] = [];
  const added: LibraryFile[] = [];
  const downloads: { fileName: string; text: string }[] = [];
  const preview: PreviewHost = { start: (run) => runs.push(run), stop: () => {}, dispose: () => {} };
  let clock = 1_000;
  studio = mountStudio(root, {
    lang,
    drafts: new KeyValueDraftStore(storage),
    createPreview: () => preview,
    onAddToLibrary: async (file) => {
      added.push(file);
      return { ok: true };
    },
    onExit: () => {},
    createWorker: () => worker,
    scheduler,
    now: () => clock++,
    random: () => 0.5,
    download: (fileName, text) => downloads.push({ fileName, text }),
    ...(reducedMotion === undefined ? {} : { reducedMotion: () => reducedMotion }),
  });
  const host = root.querySelector('.studio-editor') as HTMLElement;
  const shadow = host.shadowRoot as ShadowRoot;
  const view = EditorView.findFromDOM(shadow.querySelector('.cm-editor') as HTMLElement) as EditorView;
  const statusText = () => root.querySelector('.studio-status-text')?.textContent;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((found) => found.textContent === name) as HTMLButtonElement;
  return { root, worker, scheduler, runs, added, downloads, view, shadow, statusText, button, storage };
}

/** Closes the studio mounted by `setUpStudio`, as a reload would, keeping its storage. */
export function closeStudio(): void {
  studio?.dispose();
  studio = undefined;
  document.body.replaceChildren();
}

/** Presses a key in the editor, as the keyboard would: `Enter`, `Ctrl-]`, `Ctrl-Shift-m`... */
export function press(view: EditorView, combination: string): void {
  const parts = combination.split('-');
  const typed = parts.pop() as string;
  // With Shift held, the browser reports a letter in capitals.
  const key = parts.includes('Shift') && /^[a-z]$/.test(typed) ? typed.toUpperCase() : typed;
  view.contentDOM.dispatchEvent(
    new KeyboardEvent('keydown', {
      key,
      // CodeMirror reads the key code to find Ctrl+Shift+M under the capital M.
      ...(/^[a-z]$/i.test(key) ? { keyCode: key.toUpperCase().charCodeAt(0) } : {}),
      ctrlKey: parts.includes('Ctrl'),
      shiftKey: parts.includes('Shift'),
      altKey: parts.includes('Alt'),
      bubbles: true,
      cancelable: true,
    }),
  );
}

/** Types text at the cursor a character at a time, as a trainer would; `\n` is the Enter key. */
export function type(view: EditorView, text: string): void {
  for (const char of text) {
    if (char === '\n') {
      press(view, 'Enter');
      continue;
    }
    const { from, to } = view.state.selection.main;
    view.dispatch({
      changes: { from, to, insert: char },
      selection: { anchor: from + char.length },
      userEvent: 'input.type',
    });
  }
}
