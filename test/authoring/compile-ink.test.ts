import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { formatDiagnostic } from '../../src/engine/index.ts';
import { filesOf, HEADER, LINK_BROKEN, story } from '../support/contract-story.ts';

function messages(files: Record<string, string>, main: string): string[] {
  return compileInk(main, filesOf(files)).diagnostics.map(formatDiagnostic);
}

describe('compileInk', () => {
  it('compiles a clean story to JSON with its header and no diagnostic', () => {
    const main = 'stories/fr/bonsoir.ink';
    const result = compileInk(
      main,
      filesOf({ [main]: story('Bonsoir.', '+ [Dire bonsoir # act: greet]', '  -> END') }),
    );

    expect(result.diagnostics).toEqual([]);
    expect(JSON.parse(result.json ?? '')).toHaveProperty('inkVersion');
    expect(result.header).toMatchObject({ title: 'Un bonsoir', lang: 'fr', character: 'Josée', duration: 2 });
    expect(result.files).toEqual([main]);
  });

  it('reports a compiler error as path:line and gives no JSON', () => {
    const main = 'stories/fr/perdu.ink';
    const source = story('Bonsoir.', '-> nowhere');
    const result = compileInk(main, filesOf({ [main]: source }));

    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      "stories/fr/perdu.ink:10: Divert target not found: '-> nowhere'",
    );
    expect(result.json).toBeUndefined();
    expect(result.header).toBeUndefined();
  });

  it('reports a loose end as an error, in ink’s words, and gives no JSON: a trainee would meet it as a crash', () => {
    const main = 'stories/fr/impasse.ink';
    const source = story('-> banc', '=== banc ===', 'Un homme est assis.');
    const result = compileInk(main, filesOf({ [main]: source }));

    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        path: main,
        line: 11,
        message:
          "Apparent loose end exists where the flow runs out. Do you need a '-> DONE' statement, choice or divert?",
      },
    ]);
    expect(result.json).toBeUndefined();
  });

  it('names the INCLUDEd file and its own line when the error is there', () => {
    const files = {
      'stories/fr/visite.ink': story('INCLUDE scenes/coin.ink', 'Bonsoir.', '-> coin'),
      'stories/fr/scenes/coin.ink': ['=== coin ===', 'Au coin de la rue.', '-> nulle_part'].join('\n'),
    };
    const result = compileInk('stories/fr/visite.ink', filesOf(files));

    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "stories/fr/scenes/coin.ink:3: Divert target not found: '-> nulle_part'",
    ]);
    expect(result.files).toEqual(['stories/fr/visite.ink', 'stories/fr/scenes/coin.ink']);
  });

  it('resolves an INCLUDE written in an included file against the main file folder, as ink does', () => {
    const files = {
      'stories/fr/visite.ink': story('INCLUDE scenes/coin.ink', 'Bonsoir.', '-> coin'),
      'stories/fr/scenes/coin.ink': ['INCLUDE scenes/pluie.ink', '=== coin ===', 'Au coin.', '-> pluie'].join('\n'),
      'stories/fr/scenes/pluie.ink': ['=== pluie ===', 'Il pleut.', '-> END'].join('\n'),
    };
    const result = compileInk('stories/fr/visite.ink', filesOf(files));

    expect(result.diagnostics).toEqual([]);
    expect(result.files).toContain('stories/fr/scenes/pluie.ink');
  });

  it('reports an error once even when the compiler meets it once per INCLUDE', () => {
    const files = {
      'stories/fr/double.ink': story('INCLUDE bout.ink', 'INCLUDE bout.ink', 'Bonsoir.', '-> END'),
      'stories/fr/bout.ink': ['Un bout de texte.', '~ x = '].join('\n'),
    };

    expect(messages(files, 'stories/fr/double.ink')).toEqual([
      "stories/fr/bout.ink:2: Expected value expression to be assigned but saw ' '",
    ]);
  });

  it('reports a missing INCLUDE on the line of the file that includes it', () => {
    const files = { 'stories/fr/trou.ink': story('Bonsoir.', 'INCLUDE absent.ink', '-> END') };
    const result = compileInk('stories/fr/trou.ink', filesOf(files));

    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'stories/fr/trou.ink:10: INCLUDE absent.ink: no such file (stories/fr/absent.ink)',
    ]);
    expect(result.json).toBeUndefined();
    // Watched, so that creating the file rebuilds the story.
    expect(result.files).toContain('stories/fr/absent.ink');
  });

  it("suggests 'cue: turns_away' for the unknown tag '# cue: turn_away'", () => {
    const main = 'stories/fr/dos.ink';
    const result = compileInk(main, filesOf({ [main]: story('Elle se détourne. # cue: turn_away', '-> END') }));

    expect(result.diagnostics).toEqual([
      expect.objectContaining({ path: main, line: 9, severity: 'warning', suggestion: 'cue: turns_away' }),
    ]);
    expect(result.json).toBeDefined();
  });

  it('asks "did you mean" for an unknown act', () => {
    const main = 'stories/fr/acte.ink';
    const [diagnostic] = compileInk(
      main,
      filesOf({ [main]: story('Bonsoir.', '+ [Écouter # act: listn]', '  -> END') }),
    ).diagnostics;

    expect(diagnostic?.line).toBe(10);
    expect(diagnostic?.message).toContain("did you mean 'listen'?");
    expect(diagnostic?.suggestion).toBe('act: listen');
  });

  it('warns about a choice without an act, on its line', () => {
    const main = 'stories/fr/sans-acte.ink';

    expect(messages({ [main]: story('Bonsoir.', '+ [Dire bonsoir]', '  -> END') }, main)).toEqual([
      expect.stringMatching(/^stories\/fr\/sans-acte\.ink:10: warning: choice without an act/),
    ]);
  });

  it('compiles a story with no tags at all, with warnings for the header and the missing link_broken knot', () => {
    const main = 'stories/en/bare.ink';
    const result = compileInk(main, filesOf({ [main]: 'Good evening.\n-> END\n' }));

    expect(result.json).toBeDefined();
    expect(result.diagnostics.every((diagnostic) => diagnostic.severity === 'warning')).toBe(true);
    const text = result.diagnostics.map(formatDiagnostic);
    expect(text).toContain(
      "stories/en/bare.ink:1: warning: missing header tag 'title' (add '# title: ...' at the top of the file)",
    );
    expect(text.some((line) => line.includes("no 'link_broken' knot"))).toBe(true);
    // Defaults so the catalogue can still list it: the file name and the folder's language.
    expect(result.header).toMatchObject({ title: 'bare', lang: 'en' });
  });

  it('finds the link_broken knot in an INCLUDEd file', () => {
    const files = {
      'stories/fr/rupture.ink': [HEADER, 'INCLUDE fin.ink', 'Bonsoir.', '-> END'].join('\n'),
      'stories/fr/fin.ink': LINK_BROKEN,
    };

    expect(messages(files, 'stories/fr/rupture.ink')).toEqual([]);
  });

  it('reports a main file that cannot be read', () => {
    expect(messages({}, 'stories/fr/absente.ink')).toEqual([
      "stories/fr/absente.ink: cannot read the story (ENOENT: no such file, open 'stories/fr/absente.ink')",
    ]);
  });
});
