import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/authoring/compile-ink.ts';
import {
  locateDiagnostic,
  quickFixFor,
  tagsOnLine,
  toLintDiagnostics,
} from '../../../src/authoring/studio/lint-diagnostics.ts';
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';
import type { Diagnostic } from '../../../src/engine/index.ts';

const PATH = 'stories/fr/essai.ink';

function docOf(source: string) {
  return EditorState.create({ doc: source }).doc;
}

function diagnosticsOf(source: string): Diagnostic[] {
  return compileInk(PATH, () => source).diagnostics;
}

/** The template with one tag changed, as a trainer's typo would. */
function templateWith(from: string, to: string): string {
  const source = encounterTemplate('fr');
  if (!source.includes(from)) throw new Error(`the template has no '${from}'`);
  return source.replace(from, to);
}

const OPTIONS = { mainPath: PATH, fixLabel: (suggestion: string) => `Corriger : « ${suggestion} »` };

describe('placing diagnostics in the editor', () => {
  it('finds every tag on a line, inside a choice’s brackets and after a line', () => {
    const doc = docOf('+ [Dire bonjour #act: greet # topic: nurse] Bonjour. # speaker: worker // note # pas un tag');
    expect(tagsOnLine(doc, 1).map((tag) => `${tag.key}=${tag.value}`)).toEqual([
      'act=greet',
      'topic=nurse',
      'speaker=worker',
    ]);
    const [act] = tagsOnLine(doc, 1);
    expect(doc.sliceString(act?.from ?? 0, act?.to ?? 0)).toBe('act: greet');
  });

  it('skips an escaped sign that is not a tag', () => {
    expect(tagsOnLine(docOf('Le numéro \\# 5. # cue: smiles'), 1).map((tag) => tag.key)).toEqual(['cue']);
  });

  it('underlines the unknown tag itself, not the whole line', () => {
    const source = templateWith('# act: greet]', '# akt: greet]');
    const doc = docOf(source);
    const [diagnostic] = diagnosticsOf(source);
    expect(diagnostic?.message).toContain("unknown tag 'akt'");

    const { from, to } = locateDiagnostic(doc, diagnostic as Diagnostic);

    expect(doc.sliceString(from, to)).toBe('akt: greet');
  });

  it('underlines an unknown value on a line with several tags', () => {
    const source = templateWith('# cue: eye_contact', '# speaker: Sylvain # cue: eye_contakt');
    const doc = docOf(source);
    const diagnostic = diagnosticsOf(source).find((found) => found.message.includes('eye_contakt')) as Diagnostic;

    const { from, to } = locateDiagnostic(doc, diagnostic);

    expect(doc.sliceString(from, to)).toBe('cue: eye_contakt');
  });

  it('underlines the line’s text when the message names no tag on it', () => {
    const source = templateWith('# act: leave]', ']');
    const doc = docOf(source);
    const diagnostic = diagnosticsOf(source).find((found) => found.message.startsWith('choice without an act'));
    expect(diagnostic).toBeDefined();

    const { from, to } = locateDiagnostic(doc, diagnostic as Diagnostic);

    expect(doc.sliceString(from, to)).toBe('+ [Lui dire que tu passes souvent par ici, et partir ]');
  });

  it('puts a problem without a line (0) or past the end on a line that exists', () => {
    const doc = docOf('Bonjour.\nAu revoir.');
    expect(locateDiagnostic(doc, { severity: 'warning', path: PATH, line: 0, message: 'x' })).toEqual({
      from: 0,
      to: 8,
    });
    expect(locateDiagnostic(doc, { severity: 'error', path: PATH, line: 40, message: 'x' }).from).toBe(9);
  });
});

describe('the quick fix for an unknown tag', () => {
  it('replaces the unknown key with the engine’s suggestion, keeping the value', () => {
    const source = templateWith('# act: greet]', '# akt: greet]');
    const doc = docOf(source);
    const diagnostic = diagnosticsOf(source)[0] as Diagnostic;

    const fix = quickFixFor(doc, diagnostic);

    expect(fix?.insert).toBe('act: greet');
    const fixed = EditorState.create({ doc: source })
      .update({ changes: fix ?? [] })
      .state.doc.toString();
    expect(fixed).toBe(encounterTemplate('fr'));
    expect(diagnosticsOf(fixed)).toEqual([]);
  });

  it('replaces an unknown value with the nearest valid one', () => {
    const source = templateWith('# distance: far', '# distance: fra');
    const doc = docOf(source);
    const diagnostic = diagnosticsOf(source)[0] as Diagnostic;

    expect(quickFixFor(doc, diagnostic)?.insert).toBe('distance: far');
  });

  it('offers no fix when the engine has no suggestion', () => {
    const source = templateWith('# act: leave]', ']');
    const doc = docOf(source);
    for (const diagnostic of diagnosticsOf(source)) expect(quickFixFor(doc, diagnostic)).toBeUndefined();
  });

  it('becomes a CodeMirror action that rewrites the tag where the diagnostic now stands', () => {
    const source = templateWith('# act: greet]', '# akt: greet]');
    const doc = docOf(source);
    const [lint] = toLintDiagnostics(doc, diagnosticsOf(source), OPTIONS);
    expect(lint?.severity).toBe('warning');
    expect(lint?.actions?.map((action) => action.name)).toEqual(['Corriger : « act: greet »']);
    // CodeMirror would print a source under the message: an English "ink" that tells a trainer nothing.
    expect(lint?.source).toBeUndefined();

    let state = EditorState.create({ doc: source });
    const view = {
      get state() {
        return state;
      },
      dispatch: (spec: TransactionSpec) => {
        state = state.update(spec).state;
      },
    } as unknown as EditorView;
    lint?.actions?.[0]?.apply(view, lint.from, lint.to);

    expect(state.doc.toString()).toBe(encounterTemplate('fr'));
  });
});

describe('turning a compile’s diagnostics into editor underlines', () => {
  it('keeps severity and message, and lets the studio word the message', () => {
    const doc = docOf('Bonjour.');
    const diagnostics: Diagnostic[] = [
      { severity: 'error', path: PATH, line: 1, message: 'Expected something' },
      { severity: 'warning', path: 'stories/fr/scene.ink', line: 3, message: 'unknown cue' },
    ];

    const lint = toLintDiagnostics(doc, diagnostics, { ...OPTIONS, describe: (found) => found.message.toUpperCase() });

    expect(lint.map((found) => [found.severity, found.message, found.from, found.to])).toEqual([
      ['error', 'EXPECTED SOMETHING', 0, 8],
      ['warning', 'stories/fr/scene.ink: UNKNOWN CUE', 0, 8],
    ]);
  });
});
