// @vitest-environment happy-dom
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
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
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';
import { MemoryStorage } from '../../../src/ui/key-value-storage.ts';
import { FakeScheduler } from '../../ui/fake-scheduler.ts';

/** A compile worker that answers when told, with the outcome the test gives. */
class FakeWorker implements WorkerLike {
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
afterEach(() => {
  studio?.dispose();
  studio = undefined;
  document.body.replaceChildren();
});

function setUp(storage = new MemoryStorage()) {
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
    lang: 'fr',
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
  });
  const host = root.querySelector('.studio-editor') as HTMLElement;
  const view = EditorView.findFromDOM(host.shadowRoot?.querySelector('.cm-editor') as HTMLElement) as EditorView;
  const statusText = () => root.querySelector('.studio-status-text')?.textContent;
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((found) => found.textContent === name) as HTMLButtonElement;
  return { root, worker, scheduler, runs, added, downloads, view, statusText, button, storage };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the studio page', () => {
  it('opens a first visit on the commented template, compiled at once', () => {
    const { view, worker, statusText, root } = setUp();

    expect(view.state.doc.toString()).toBe(encounterTemplate('fr'));
    expect(worker.received.map((request) => request.type)).toEqual(['compile']);
    worker.answer({});
    expect(statusText()).toBe('Compilé');
    expect(root.querySelector('h1')?.textContent).toBe('Studio d’écriture');
  });

  it('keeps the draft on the device at every change, and finds it after a reload', () => {
    const storage = new MemoryStorage();
    const first = setUp(storage);
    first.view.dispatch({ changes: { from: 0, insert: '// Une note.\n' } });
    first.view.dispatch({ changes: { from: 0, insert: '// Deux notes.\n' } });
    studio?.dispose();
    studio = undefined;
    document.body.replaceChildren();

    const again = setUp(storage);

    expect(again.view.state.doc.toString()).toBe(`// Deux notes.\n// Une note.\n${encounterTemplate('fr')}`);
  });

  it('compiles once typing pauses, and lists the problems with the line and a fix', () => {
    const { view, worker, scheduler, statusText, root } = setUp();
    worker.answer({});
    const source = encounterTemplate('fr').replace('# act: greet]', '# akt: greet]');
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
    expect(worker.received).toHaveLength(1);
    scheduler.advance(400);
    expect(worker.received).toHaveLength(2);
    const line = source.split('\n').findIndex((text) => text.includes('akt')) + 1;

    worker.answer({
      diagnostics: [
        {
          severity: 'warning',
          path: 'stories/fr/le-banc-du-parc.ink',
          line,
          message: "unknown tag 'akt', did you mean 'act'?",
          suggestion: 'act: greet',
        },
      ],
    });

    expect(statusText()).toBe('Compilé, 1 avertissement');
    const problem = root.querySelector('.studio-problem-go') as HTMLButtonElement;
    expect(problem.textContent?.replace(/\u00a0/g, ' ')).toBe(
      `Avertissement — ligne ${line} — tag inconnu « akt » : vouliez-vous dire « act » ?`,
    );
    problem.click();
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).toBe(line);

    (root.querySelector('.studio-problem-fix') as HTMLButtonElement).click();
    expect(view.state.doc.toString()).toBe(encounterTemplate('fr'));
  });

  it('plays each new compile in the preview, replaying the choices made, from the knot picked', () => {
    const { view, worker, scheduler, runs, root } = setUp();
    worker.answer({ json: '{"v":1}' });
    expect(runs).toHaveLength(1);
    runs[0]?.onChoicesChange([0, 1]);

    view.dispatch({ changes: { from: 0, insert: '// v2\n' } });
    scheduler.advance(400);
    worker.answer({ json: '{"v":2}' });

    expect(runs[1]?.replayChoices).toEqual([0, 1]);
    expect(root.querySelector('.studio-preview-message')?.textContent).toBe('2 choix rejoués après la modification.');

    const select = root.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['', 'bench', 'closing']);
    select.value = 'closing';
    select.dispatchEvent(new Event('change'));
    expect(runs[2]).toMatchObject({ startKnot: 'closing', replayChoices: [] });
  });

  it('refuses to give away a story with errors, and gives one without', async () => {
    const { worker, added, downloads, button, root, view } = setUp();
    worker.answer({ json: undefined, diagnostics: [{ severity: 'error', path: 'x', line: 3, message: 'Expected' }] });

    button('Ajouter à ma bibliothèque').click();
    await settle();
    expect(added).toEqual([]);
    expect(root.querySelector('.studio-share-status')?.textContent).toContain('1 erreur');

    view.dispatch({ changes: { from: 0, insert: ' ' } });
    button('Ajouter à ma bibliothèque').click();
    worker.answer({ json: '{"ok":true}' });
    await settle();
    expect(added).toEqual([
      { json: '{"ok":true}', source: view.state.doc.toString(), fileName: 'le-banc-du-parc.ink' },
    ]);

    button('Exporter le texte (.ink)').click();
    expect(downloads[0]?.fileName).toBe('le-banc-du-parc.ink');
  });

  it('deletes a draft only after confirmation', () => {
    const { root, button } = setUp();
    button('Nouvelle rencontre').click();
    expect(root.querySelectorAll('.studio-draft')).toHaveLength(2);

    (root.querySelector('.studio-draft:not(.studio-draft-current) .studio-danger') as HTMLButtonElement).click();
    expect(root.querySelector('.studio-draft-confirm')?.textContent?.replace(/\u00a0/g, ' ')).toContain(
      'Supprimer le brouillon « Le banc du parc » ?',
    );
    button('Annuler').click();
    expect(root.querySelectorAll('.studio-draft')).toHaveLength(2);

    (root.querySelector('.studio-draft:not(.studio-draft-current) .studio-danger') as HTMLButtonElement).click();
    button('Oui, supprimer').click();
    expect(root.querySelectorAll('.studio-draft')).toHaveLength(1);
  });
});
