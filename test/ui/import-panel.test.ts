// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/engine/index.ts';
import {
  type ChosenFile,
  createImportPanel,
  type ImportOutcome,
  type ImportPanelOptions,
  MAX_PROBLEMS_SHOWN,
} from '../../src/ui/import-panel.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { accessibleName, byRole, oneByRole } from './dom-helpers.ts';

function setUp(outcome: ImportOutcome | (() => Promise<ImportOutcome>), options: Partial<ImportPanelOptions> = {}) {
  document.body.replaceChildren();
  const imported: ChosenFile[] = [];
  const choices: number[] = [];
  const added: string[] = [];
  const panel = createImportPanel(document, {
    strings: uiStrings('fr'),
    onImport: async (files) => {
      imported.push(...files);
      choices.push(files.length);
      return typeof outcome === 'function' ? outcome() : outcome;
    },
    onAdded: (encounter) => added.push(encounter.id),
    ...options,
  });
  document.body.append(panel.element);
  const input = panel.element.querySelector('input') as HTMLInputElement;
  return { panel, input, imported, choices, added };
}

/** Chooses files in the input, as the browser's file picker would. */
function choose(input: HTMLInputElement, ...files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const error = (path: string, line: number, message: string): Diagnostic => ({ severity: 'error', path, line, message });

afterEach(() => {
  document.body.replaceChildren();
});

describe('the import panel', () => {
  it('is a file input for .ink and .json files, several at once, with a visible label and its hint', () => {
    const { input } = setUp({ kind: 'added', id: 'mine-x', lang: 'fr', title: 'X', replaced: false });

    expect(input.type).toBe('file');
    expect(input.accept).toBe('.ink,.json');
    expect(input.multiple).toBe(true);
    expect(accessibleName(input)).toBe('Importer une rencontre (.ink ou .json)');
    const hint = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('vérifié avant d’être ajouté');
    expect(hint?.textContent).toContain('plusieurs fichiers .ink, choisissez-les tous ensemble');
    expect(oneByRole(document.body, 'status').textContent).toBe('');
    expect(oneByRole(document.body, 'alert').textContent).toBe('');
    // The button the eye sees speaks the game's language, whatever the browser's; a click on it opens the picker.
    const face = input.closest('label');
    expect(face?.textContent).toBe('Choisir un ou des fichiers…');
    expect(input.classList.contains('visually-hidden')).toBe(true);
  });

  it('hands the chosen file to the app, then says the encounter was added', async () => {
    const { input, imported, added } = setUp({
      kind: 'added',
      id: 'mine-un-banc',
      lang: 'fr',
      title: 'Un banc au parc',
      replaced: false,
    });

    choose(input, new File(['# title: Un banc au parc'], 'un-banc.ink'));

    await vi.waitFor(() => expect(added).toEqual(['mine-un-banc']));
    expect(imported.map((file) => file.name)).toEqual(['un-banc.ink']);
    expect(await imported[0]?.text()).toBe('# title: Un banc au parc');
    expect(oneByRole(document.body, 'status').textContent).toBe('« Un banc au parc » a été ajoutée à Mes rencontres.');
    expect(oneByRole(document.body, 'alert').textContent).toBe('');
  });

  it('hands the files chosen together to the app in one go, and says it checks them', async () => {
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    const { input, imported, choices, added } = setUp(() => new Promise((resolve) => (finish = resolve)));

    choose(input, new File(['INCLUDE nuit-2.ink'], 'main.ink'), new File(['=== nuit_2 ==='], 'nuit-2.ink'));

    await vi.waitFor(() => expect(choices).toEqual([2]));
    expect(imported.map((file) => file.name)).toEqual(['main.ink', 'nuit-2.ink']);
    expect(oneByRole(document.body, 'status').textContent).toBe('Vérification des 2 fichiers…');
    finish({ kind: 'added', id: 'mine-main', lang: 'fr', title: 'Deux nuits', replaced: false });
    await vi.waitFor(() => expect(added).toEqual(['mine-main']));
    expect(oneByRole(document.body, 'status').textContent).toBe('« Deux nuits » a été ajoutée à Mes rencontres.');
  });

  it('lists the problems of files refused together with the file each is in', async () => {
    const { panel } = setUp({
      kind: 'refused',
      fileName: 'main.ink',
      diagnostics: [error('nuit-2.ink', 14, "Divert target not found: '-> nulle_part'")],
    });
    await panel.importFiles([new File(['x'], 'main.ink'), new File(['y'], 'nuit-2.ink')]);

    const alert = oneByRole(document.body, 'alert');
    expect(alert.querySelector('p')?.textContent).toBe(
      'La rencontre n’a pas été ajoutée\u00a0: les 2 fichiers choisis contiennent des erreurs.',
    );
    await vi.waitFor(() =>
      expect(alert.querySelector('li')?.textContent).toBe(
        'nuit-2.ink:14\u00a0: la flèche mène à «\u00a0nulle_part\u00a0», qui n’existe pas',
      ),
    );
    expect(alert.textContent).toContain('Rien n’a changé dans votre bibliothèque.');
  });

  it('says "checking" while the app checks the file, and takes one file at a time', async () => {
    let finish: (outcome: ImportOutcome) => void = () => undefined;
    const { panel, imported } = setUp(() => new Promise((resolve) => (finish = resolve)));
    const file = new File(['x'], 'long.ink');

    const first = panel.importFile(file);
    void panel.importFile(file);
    expect(oneByRole(document.body, 'status').textContent).toBe('Vérification de « long.ink »…');
    expect(panel.element.getAttribute('aria-busy')).toBe('true');
    finish({ kind: 'added', id: 'mine-long', lang: 'fr', title: 'Long', replaced: true });
    await first;

    expect(imported).toHaveLength(1);
    expect(panel.element.getAttribute('aria-busy')).toBe('false');
    expect(oneByRole(document.body, 'status').textContent).toBe('« Long » a été remplacée par la version importée.');
  });

  it('says where an encounter in the other language went', async () => {
    const { panel } = setUp({ kind: 'added', id: 'mine-hello', lang: 'en', title: 'First Hello', replaced: false });
    await panel.importFile(new File(['x'], 'hello.ink'));

    expect(oneByRole(document.body, 'status').textContent).toContain('passez l’interface en English pour la voir');
  });

  it('lists each problem of a refused file as file:line : message, in an alert, and says nothing changed', async () => {
    const { panel, added } = setUp({
      kind: 'refused',
      fileName: 'casse.ink',
      diagnostics: [
        error('casse.ink', 5, "Divert target not found: '-> nulle_part'"),
        { severity: 'warning', path: 'casse.ink', line: 1, message: "missing header tag 'setting'" },
        error('casse.ink', 0, 'the story shows nothing'),
      ],
    });
    await panel.importFile(new File(['x'], 'casse.ink'));

    const alert = oneByRole(document.body, 'alert');
    expect(alert.querySelector('p')?.textContent).toBe(
      '« casse.ink » n’a pas été ajoutée\u00a0: le fichier contient des erreurs.',
    );
    // The compiler's English, in the page's French: the words load with the first refusal.
    await vi.waitFor(() =>
      expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
        'casse.ink:5\u00a0: la flèche mène à «\u00a0nulle_part\u00a0», qui n’existe pas',
        'casse.ink\u00a0: la rencontre n’affiche rien\u00a0: elle n’a aucune ligne pour commencer',
      ]),
    );
    expect(alert.textContent).toContain('Rien n’a changé dans votre bibliothèque.');
    expect(oneByRole(document.body, 'status').textContent).toBe('');
    expect(added).toEqual([]);
  });

  it('shows what a file says as text, never as markup', async () => {
    const { panel } = setUp({
      kind: 'refused',
      fileName: '<b>x</b>.ink',
      diagnostics: [error('<b>x</b>.ink', 2, "unknown tag '<img src=x onerror=alert(1)>'")],
    });
    await panel.importFile(new File(['x'], '<b>x</b>.ink'));

    const alert = oneByRole(document.body, 'alert');
    expect(alert.querySelector('img, b, script')).toBeNull();
    await vi.waitFor(() =>
      expect(alert.querySelector('li')?.textContent).toBe(
        '<b>x</b>.ink:2\u00a0: tag inconnu «\u00a0<img src=x onerror=alert(1)>\u00a0»',
      ),
    );
    expect(alert.querySelector('img, b, script')).toBeNull();
  });

  it('shows the problems as the checks word them when the page is in English', async () => {
    const { panel } = setUp(
      { kind: 'refused', fileName: 'broken.ink', diagnostics: [error('broken.ink', 0, 'this is not a text file')] },
      { strings: uiStrings('en') },
    );
    await panel.importFile(new File(['x'], 'broken.ink'));

    expect(oneByRole(document.body, 'alert').querySelector('li')?.textContent).toBe(
      'broken.ink: this is not a text file',
    );
  });

  it('lists the first problems of a file full of errors, and how many more there are', async () => {
    const diagnostics = Array.from({ length: MAX_PROBLEMS_SHOWN + 3 }, (_, index) =>
      error('bruit.json', index + 1, 'not valid JSON'),
    );
    const { panel } = setUp({ kind: 'refused', fileName: 'bruit.json', diagnostics });
    await panel.importFile(new File(['x'], 'bruit.json'));

    const alert = oneByRole(document.body, 'alert');
    expect(alert.querySelectorAll('li')).toHaveLength(MAX_PROBLEMS_SHOWN);
    expect(alert.textContent).toContain('et 3 autres problèmes.');
  });

  it('says so when the device is full, and when the import failed', async () => {
    const full = setUp({ kind: 'storageFull', fileName: 'un-banc.ink' });
    await full.panel.importFile(new File(['x'], 'un-banc.ink'));
    expect(oneByRole(document.body, 'alert').textContent).toContain(
      'L’appareil n’a plus de place\u00a0: « un-banc.ink » n’a pas été ajoutée.',
    );

    const failing = setUp(() => Promise.reject(new Error('le réseau est coupé')));
    await failing.panel.importFile(new File(['x'], 'un-banc.ink'));
    expect(oneByRole(document.body, 'alert').textContent).toContain(
      '« un-banc.ink » n’a pas pu être importée\u00a0: le réseau est coupé',
    );
  });

  it('clears the last alert when the next file is added', async () => {
    let outcome: ImportOutcome = { kind: 'storageFull', fileName: 'a.ink' };
    const { panel } = setUp(async () => outcome);
    await panel.importFile(new File(['x'], 'a.ink'));
    outcome = { kind: 'added', id: 'mine-a', lang: 'fr', title: 'A', replaced: false };
    await panel.importFile(new File(['x'], 'a.ink'));

    expect(oneByRole(document.body, 'alert').textContent).toBe('');
    expect(byRole(document.body, 'status')[0]?.textContent).toBe('« A » a été ajoutée à Mes rencontres.');
  });
});
