// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { missingIncludeMessage } from '../../../src/authoring/inline-includes.ts';
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';
import { MemoryStorage } from '../../../src/ui/key-value-storage.ts';
import { closeStudio, setUpStudio, unmountStudio } from './studio-fixture.ts';

afterEach(unmountStudio);

const setUp = (storage?: MemoryStorage) => setUpStudio(storage === undefined ? {} : { storage });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Chooses files in "Ouvrir un fichier .ink", as the browser's file picker would. */
async function open(root: HTMLElement, ...files: File[]): Promise<void> {
  const input = root.querySelector('.studio-file-input') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(root.querySelector('.studio-drafts-status')?.textContent).not.toBe(''));
}

const MAIN = 'INCLUDE parts/nuit-2.ink\n# title: Deux nuits\nBonsoir.\n-> deuxieme_nuit\n';
const NUIT_2 = 'VAR nuits = 2\n=== deuxieme_nuit ===\nNuit {nuits}.\n-> END\n';
const draftStatus = (root: HTMLElement) =>
  root.querySelector('.studio-drafts-status')?.textContent?.replace(/\u00a0/g, ' ');

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
    closeStudio();

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

  it('opens the files of an encounter chosen together as one draft, joined at their INCLUDE', async () => {
    const { root, view, worker } = setUp();
    worker.answer({});
    const input = root.querySelector('.studio-file-input') as HTMLInputElement;
    expect(input.multiple).toBe(true);

    await open(root, new File([NUIT_2], 'nuit-2.ink'), new File([MAIN.replace(/\n/g, '\r\n')], 'main.ink'));

    const text = view.state.doc.toString();
    expect(
      text.startsWith('// ── nuit-2.ink ──\nVAR nuits = 2\n// ── end of nuit-2.ink ──\n# title: Deux nuits\n'),
    ).toBe(true);
    expect(text).toContain('// ── nuit-2.ink: knots ──\n=== deuxieme_nuit ===');
    expect(draftStatus(root)).toBe(
      '« main.ink » est ouvert dans un nouveau brouillon, avec « nuit-2.ink » inséré là où il est nommé.',
    );
    expect(worker.received.at(-1)).toMatchObject({ type: 'compile', source: text });
    expect(root.querySelector('[aria-current="true"] .studio-draft-title')?.textContent).toBe('Deux nuits');
  });

  it('says which file was taken as the main one, which were left out, and that an INCLUDE is missing', async () => {
    const { root, view, worker } = setUp();
    worker.answer({});

    await open(
      root,
      new File(['Des notes.\n'], 'notes.ink'),
      new File([`${MAIN}INCLUDE nuit-3.ink\n`], 'main.ink'),
      new File([NUIT_2], 'nuit-2.ink'),
    );

    expect(draftStatus(root)).toBe(
      [
        '« main.ink » est ouvert dans un nouveau brouillon, avec « nuit-2.ink » inséré là où il est nommé.',
        'Plusieurs fichiers pouvaient être le fichier principal : « main.ink » a été pris.',
        '« notes.ink » n’est inclus par aucun autre fichier : il n’a pas été ouvert.',
        '1 INCLUDE nomme un fichier qui n’a pas été ouvert : voyez les problèmes.',
      ].join(' '),
    );
    const line = view.state.doc.toString().split('\n').indexOf('INCLUDE nuit-3.ink') + 1;
    worker.answer({
      json: undefined,
      diagnostics: [
        { severity: 'error', path: 'stories/fr/deux-nuits.ink', line, message: missingIncludeMessage('nuit-3.ink') },
      ],
    });
    expect(root.querySelector('.studio-problem-go')?.textContent?.replace(/\u00a0/g, ' ')).toBe(
      `Erreur — ligne ${line} — INCLUDE nuit-3.ink : ce fichier n’est pas parmi ceux choisis. Choisissez « nuit-3.ink » en même temps que le fichier principal (tous les fichiers de la rencontre à la fois)`,
    );
  });

  it('opens nothing when the files chosen are too large together', async () => {
    const { root, view } = setUp();
    const before = view.state.doc.toString();
    const large = (name: string) => new File(['x'.repeat(1024 * 1024 + 1)], name);

    await open(root, large('main.ink'), large('nuit-2.ink'));

    expect(draftStatus(root)).toBe('Ensemble, ces fichiers sont trop gros pour une rencontre (plus de 2 Mo).');
    expect(view.state.doc.toString()).toBe(before);
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
