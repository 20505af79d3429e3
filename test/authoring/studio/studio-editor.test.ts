// @vitest-environment happy-dom
import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';
import type { Diagnostic } from '../../../src/engine/index.ts';
import { press, setUpStudio, type, unmountStudio } from './studio-fixture.ts';

afterEach(unmountStudio);

const words = (element: Element | null | undefined): string =>
  (element?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** What the search panel says: its fields' names, its buttons and its check boxes. */
function searchPanel(shadow: ShadowRoot) {
  const panel = shadow.querySelector('.cm-search') as HTMLElement;
  return {
    fields: [...panel.querySelectorAll('input:not([type="checkbox"])')].map((input) => [
      input.getAttribute('placeholder'),
      input.getAttribute('aria-label'),
    ]),
    buttons: [...panel.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? words(button)),
    checkBoxes: [...panel.querySelectorAll('label')].map(words),
  };
}

function clear(view: EditorView): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length }, selection: { anchor: 0 } });
}

const UNKNOWN_TAG: Omit<Diagnostic, 'line'> = {
  severity: 'warning',
  path: 'stories/fr/le-banc-du-parc.ink',
  message: "unknown tag 'akt', did you mean 'act'?",
  suggestion: 'act: greet',
};

describe('the editor’s own words', () => {
  it('shows the search panel (Ctrl+F) in French in the French studio', () => {
    const { view, shadow } = setUpStudio();
    press(view, 'Ctrl-f');

    expect(searchPanel(shadow)).toEqual({
      fields: [
        ['Rechercher', 'Rechercher'],
        ['Remplacer par', 'Remplacer par'],
      ],
      buttons: ['suivant', 'précédent', 'tout sélectionner', 'remplacer', 'tout remplacer', 'fermer'],
      checkBoxes: ['respecter les majuscules', 'expression régulière', 'mot entier'],
    });
  });

  it('shows the search panel in English in the English studio', () => {
    const { view, shadow } = setUpStudio({ lang: 'en' });
    press(view, 'Ctrl-f');

    expect(searchPanel(shadow).buttons).toEqual(['next', 'previous', 'select all', 'replace', 'replace all', 'close']);
    expect(searchPanel(shadow).checkBoxes).toEqual(['match case', 'regular expression', 'whole word']);
  });

  it('names the lint panel (Ctrl+Shift+M) and its empty state in French', () => {
    const { view, shadow, worker } = setUpStudio();
    worker.answer({});
    press(view, 'Ctrl-Shift-m');

    const panel = shadow.querySelector('.cm-panel-lint') as HTMLElement;
    expect(panel.querySelector('ul')?.getAttribute('aria-label')).toBe('Problèmes');
    expect(words(panel.querySelector('ul'))).toBe('Aucun problème');
    expect(panel.querySelector('button[name="close"]')?.getAttribute('aria-label')).toBe('fermer');
  });

  it('lists a problem in the lint panel in French, with no English "ink" under it', () => {
    const { view, shadow, worker } = setUpStudio();
    const line =
      encounterTemplate('fr')
        .split('\n')
        .findIndex((text) => text.includes('# act: greet]')) + 1;
    worker.answer({ diagnostics: [{ ...UNKNOWN_TAG, line }] });
    press(view, 'Ctrl-Shift-m');

    const item = shadow.querySelector('.cm-panel-lint .cm-diagnostic') as HTMLElement;
    expect(words(item.querySelector('.cm-diagnosticText'))).toBe('tag inconnu « akt » : vouliez-vous dire « act » ?');
    expect(item.querySelector('.cm-diagnosticSource')).toBeNull();
  });

  it('asks for the line to go to (Ctrl+Alt+G) in French', () => {
    const { view, shadow } = setUpStudio();
    press(view, 'Ctrl-Alt-g');

    const dialog = shadow.querySelector('.cm-panel') as HTMLElement;
    expect(words(dialog.querySelector('label'))).toBe('Aller à la ligne :');
    expect(words(dialog.querySelector('button[type="submit"]'))).toBe('aller');
  });
});

describe('the indentation as a trainer types', () => {
  it('gives a typed encounter the template’s shape, with no correction by hand', () => {
    const { view } = setUpStudio();
    clear(view);

    type(
      view,
      [
        '=== bench ===',
        'Un homme est assis sur un banc. # distance: far',
        '+ [Lui dire bonsoir # act: greet]',
        'Bonsoir ! # speaker: worker',
        'Il lève la main.',
        '-> closing',
        '+ [Partir # act: leave]',
        '-> END',
        '',
        '=== closing ===',
        '+ [Lui souhaiter bonne soirée # act: leave] -> END',
        '+ [Rester encore # act: hold]',
        '// Il ne dit rien.',
        'Il ne répond pas. # end: ended',
        '-> END',
        '',
      ].join('\n'),
    );

    expect(view.state.doc.toString()).toBe(
      [
        '=== bench ===',
        'Un homme est assis sur un banc. # distance: far',
        '+ [Lui dire bonsoir # act: greet]',
        '    Bonsoir ! # speaker: worker',
        '    Il lève la main.',
        '    -> closing',
        '+ [Partir # act: leave]',
        '    -> END',
        '',
        '=== closing ===',
        '+ [Lui souhaiter bonne soirée # act: leave] -> END',
        '+ [Rester encore # act: hold]',
        '    // Il ne dit rien.',
        '    Il ne répond pas. # end: ended',
        '    -> END',
        '',
      ].join('\n'),
    );
  });

  it('puts a gather at the left as its dash is typed, and a divert back in line as its arrow is', () => {
    const { view } = setUpStudio();
    clear(view);
    type(view, '+ [Attendre # act: hold]\nTu attends.\n-');
    expect(view.state.doc.line(3).text).toBe('-');

    type(view, '>');
    expect(view.state.doc.line(3).text).toBe('    ->');

    type(view, ' closing\n+ [Partir]\n-> END\n- Elle');
    expect(view.state.doc.toString()).toBe(
      '+ [Attendre # act: hold]\n    Tu attends.\n    -> closing\n+ [Partir]\n    -> END\n- Elle',
    );
  });

  it('lines a condition’s branches up with its brace, and their text one step in', () => {
    const { view } = setUpStudio();
    clear(view);
    type(view, '{ link == "solid":\nIl te reconnaît.\n- else:\nIl ne te reconnaît pas.\n}\nIl se lève.');

    expect(view.state.doc.toString()).toBe(
      '{ link == "solid":\n    Il te reconnaît.\n- else:\n    Il ne te reconnaît pas.\n}\nIl se lève.',
    );
  });

  it('steps a line in and out by four spaces with Ctrl+] and Ctrl+[', () => {
    const { view } = setUpStudio();
    clear(view);
    type(view, 'Bonsoir !');

    press(view, 'Ctrl-]');
    expect(view.state.doc.toString()).toBe('    Bonsoir !');
    press(view, 'Ctrl-]');
    expect(view.state.doc.toString()).toBe('        Bonsoir !');
    press(view, 'Ctrl-[');
    press(view, 'Ctrl-[');
    expect(view.state.doc.toString()).toBe('Bonsoir !');
  });
});

describe('the problems, seen from the status line', () => {
  it('offers to show the problems beside the status, and leaves the status as it was', () => {
    const { root, view, worker, scheduler, statusText } = setUpStudio();
    const edit = () => {
      view.dispatch({ changes: { from: 0, insert: ' ' } });
      scheduler.advance(400);
    };
    const show = root.querySelector('.studio-status .studio-show-problems') as HTMLButtonElement;
    expect(show.hidden).toBe(true);

    worker.answer({
      json: undefined,
      diagnostics: [
        { severity: 'error', path: 'stories/fr/le-banc-du-parc.ink', line: 3, message: 'Expected' },
        { severity: 'error', path: 'stories/fr/le-banc-du-parc.ink', line: 5, message: 'Expected' },
      ],
    });

    expect(statusText()).toBe('2 erreurs');
    expect(root.querySelector('[role="status"].studio-status-text')?.children).toHaveLength(0);
    expect(show.hidden).toBe(false);
    expect(show.textContent).toBe('Voir les 2 problèmes');

    edit();
    worker.answer({ diagnostics: [{ ...UNKNOWN_TAG, line: 3 }] });
    expect(show.textContent).toBe('Voir le problème');

    edit();
    worker.answer({});
    expect(statusText()).toBe('Compilé');
    expect(show.hidden).toBe(true);
  });

  it('scrolls the Problems list into view and puts the focus on its first problem', () => {
    const { root, worker } = setUpStudio({ reducedMotion: false });
    worker.answer({
      json: undefined,
      diagnostics: [{ severity: 'error', path: 'stories/fr/le-banc-du-parc.ink', line: 3, message: 'Expected' }],
    });
    const problems = root.querySelector('[aria-labelledby$="-problems"]') as HTMLElement;
    const scroll = vi.fn();
    problems.scrollIntoView = scroll;

    (root.querySelector('.studio-show-problems') as HTMLButtonElement).click();

    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' });
    expect(document.activeElement).toBe(problems.querySelector('.studio-problem-go'));
    expect(words(document.activeElement)).toBe('Erreur — ligne 3 — Expected');
  });

  it('jumps without animation when motion is reduced', () => {
    const { root, worker } = setUpStudio({ reducedMotion: true });
    worker.answer({ diagnostics: [{ ...UNKNOWN_TAG, line: 3 }] });
    const problems = root.querySelector('[aria-labelledby$="-problems"]') as HTMLElement;
    const scroll = vi.fn();
    problems.scrollIntoView = scroll;

    (root.querySelector('.studio-show-problems') as HTMLButtonElement).click();

    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' });
  });

  it('words the quick fix the same in the list and in the editor’s tooltip', () => {
    const { root, view, worker, scheduler } = setUpStudio();
    worker.answer({});
    const source = encounterTemplate('fr').replace('# act: greet]', '# akt: greet]');
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source } });
    scheduler.advance(400);
    const line = source.split('\n').findIndex((text) => text.includes('akt')) + 1;
    worker.answer({ diagnostics: [{ ...UNKNOWN_TAG, line }] });

    const inList = words(root.querySelector('.studio-problem-fix'));
    const inEditor: string[] = [];
    forEachDiagnostic(view.state, (diagnostic) => {
      for (const action of diagnostic.actions ?? []) inEditor.push(action.name.replace(/\u00a0/g, ' '));
    });

    expect(inList).toBe('Corriger : « act: greet »');
    expect(inEditor).toEqual([inList]);
  });
});
