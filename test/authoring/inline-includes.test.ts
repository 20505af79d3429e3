import { Story } from 'inkjs/full';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { diagnosticInFrench } from '../../src/authoring/diagnostic-words.ts';
import {
  findMainFile,
  includesOf,
  inlineIncludes,
  missingIncludeMessage,
  originOf,
  type SourceLine,
  withMissingIncludeAdvice,
} from '../../src/authoring/inline-includes.ts';

const MAIN = `INCLUDE nuit-2.ink
# title: Deux nuits
Maryse est assise sur un banc.
-> premiere_nuit

=== premiere_nuit ===
Vous passez sans vous arrêter.
-> deuxieme_nuit
`;

const NUIT_2 = `// La deuxième nuit : ce que la patience apprend.
VAR nuits = 2

=== deuxieme_nuit ===
Nuit {nuits}. Elle vous fait signe.
-> END
`;

const files = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

/** The text ink's own INCLUDE makes of the files, played to the end. */
function playedWithInk(mainName: string, sources: Record<string, string>): string {
  const result = compileInk(mainName, (path) => {
    const text = sources[path];
    if (text === undefined) throw new Error(`no ${path}`);
    return text;
  });
  if (result.json === undefined) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return new Story(result.json).ContinueMaximally();
}

/** Every line of the joined source that holds `text`, told back as file:line. */
function placesOf(source: string, origins: readonly SourceLine[], text: string): string[] {
  return source
    .split('\n')
    .flatMap((line, index) => (line.includes(text) ? [origins[index]] : []))
    .map((origin) => `${origin?.file}:${origin?.line}`);
}

describe('joining an encounter written in several files', () => {
  it('puts what an included file writes before its knots at the INCLUDE, and its knots at the end, framed', () => {
    const joined = inlineIncludes('main.ink', MAIN, files({ 'nuit-2.ink': NUIT_2 }));

    expect(joined.source).toBe(
      [
        '// ── nuit-2.ink ──',
        '// La deuxième nuit : ce que la patience apprend.',
        'VAR nuits = 2',
        '// ── end of nuit-2.ink ──',
        '# title: Deux nuits',
        'Maryse est assise sur un banc.',
        '-> premiere_nuit',
        '',
        '=== premiere_nuit ===',
        'Vous passez sans vous arrêter.',
        '-> deuxieme_nuit',
        '',
        '// ── nuit-2.ink: knots ──',
        '=== deuxieme_nuit ===',
        'Nuit {nuits}. Elle vous fait signe.',
        '-> END',
        '// ── end of nuit-2.ink: knots ──',
        '',
      ].join('\n'),
    );
    expect(joined).toMatchObject({ included: ['nuit-2.ink'], unresolved: [], unused: [] });
  });

  it('plays as ink plays the files with its own INCLUDE', () => {
    const joined = inlineIncludes('main.ink', MAIN, files({ 'nuit-2.ink': NUIT_2 }));

    expect(playedWithInk('main.ink', { 'main.ink': joined.source })).toBe(
      playedWithInk('main.ink', { 'main.ink': MAIN, 'nuit-2.ink': NUIT_2 }),
    );
  });

  it('follows INCLUDEs inside included files, framing each file', () => {
    const joined = inlineIncludes(
      'main.ink',
      MAIN,
      files({
        'nuit-2.ink': `INCLUDE nuit-3.ink\n${NUIT_2}`,
        'nuit-3.ink': 'VAR pluie = true\n=== troisieme_nuit ===\nIl pleut.\n-> END\n',
      }),
    );

    expect(joined.included).toEqual(['nuit-2.ink', 'nuit-3.ink']);
    const lines = joined.source.split('\n');
    const at = (text: string): number => lines.indexOf(text);
    expect(at('// ── nuit-3.ink ──')).toBeGreaterThan(at('// ── nuit-2.ink ──'));
    expect(at('VAR pluie = true')).toBeLessThan(at('# title: Deux nuits'));
    expect(at('=== troisieme_nuit ===')).toBeGreaterThan(at('=== deuxieme_nuit ==='));
    expect(at('// ── end of nuit-3.ink: knots ──')).toBeLessThan(at('// ── end of nuit-2.ink: knots ──'));
    expect(playedWithInk('main.ink', { 'main.ink': joined.source })).toContain('Elle vous fait signe.');
  });

  it('stops a cycle, leaving the INCLUDE that closes it as a comment', () => {
    const joined = inlineIncludes(
      'main.ink',
      MAIN,
      files({ 'nuit-2.ink': `INCLUDE main.ink\nINCLUDE nuit-2.ink\n${NUIT_2}` }),
    );

    expect(joined.unresolved).toEqual([
      { written: 'main.ink', file: 'nuit-2.ink', line: 1, inlinedLine: 2, reason: 'cycle' },
      { written: 'nuit-2.ink', file: 'nuit-2.ink', line: 2, inlinedLine: 3, reason: 'cycle' },
    ]);
    expect(joined.source.split('\n')[1]).toBe(
      '// ── INCLUDE main.ink: already included (a cycle), not included again ──',
    );
    expect(joined.source.match(/Maryse est assise/g)).toHaveLength(1);
  });

  it('leaves an INCLUDE of a file not given as it is, and says where it is', () => {
    const joined = inlineIncludes('main.ink', `${MAIN}INCLUDE nuit-4.ink\n`, files({ 'nuit-2.ink': NUIT_2 }));

    const missing = joined.unresolved[0];
    expect(missing).toEqual({
      written: 'nuit-4.ink',
      file: 'main.ink',
      line: 9,
      inlinedLine: 12,
      reason: 'missing',
    });
    expect(joined.source.split('\n')[(missing?.inlinedLine ?? 0) - 1]).toBe('INCLUDE nuit-4.ink');
  });

  it('lists the files given that nothing includes', () => {
    const joined = inlineIncludes('main.ink', MAIN, files({ 'nuit-2.ink': NUIT_2, 'brouillon.ink': 'Bonsoir.\n' }));

    expect(joined.unused).toEqual(['brouillon.ink']);
    expect(joined.source).not.toContain('Bonsoir.');
  });

  it('tells each line of the joined source back as file:line', () => {
    const joined = inlineIncludes('main.ink', MAIN, files({ 'nuit-2.ink': NUIT_2 }));

    expect(placesOf(joined.source, joined.origins, 'VAR nuits')).toEqual(['nuit-2.ink:2']);
    expect(placesOf(joined.source, joined.origins, 'Maryse')).toEqual(['main.ink:3']);
    expect(placesOf(joined.source, joined.origins, 'Elle vous fait signe')).toEqual(['nuit-2.ink:5']);
    expect(placesOf(joined.source, joined.origins, '// ── ')).toEqual(Array(4).fill('main.ink:1'));
    expect(joined.origins).toHaveLength(joined.source.split('\n').length - 1);
    expect(originOf(joined, 0)).toEqual({ file: 'main.ink', line: 0 });
    expect(originOf(joined, 999)).toEqual({ file: 'main.ink', line: 0 });
  });

  it('reads Windows line ends and a byte order mark on an included file', () => {
    const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
    const joined = inlineIncludes('main.ink', crlf(MAIN), files({ 'nuit-2.ink': `\ufeff${crlf(NUIT_2)}` }));

    expect(joined.source).toBe(inlineIncludes('main.ink', MAIN, files({ 'nuit-2.ink': NUIT_2 })).source);
    expect(joined.source).not.toMatch(/[\r\ufeff]/);
  });

  it('matches an INCLUDE with extra spaces, a folder or another case to the file by its base name', () => {
    const written = ['  INCLUDE   parts/Nuit-2.ink   ', 'INCLUDE parts\\nuit-2.ink // la suite'];
    for (const line of written) {
      const joined = inlineIncludes(
        'main.ink',
        MAIN.replace('INCLUDE nuit-2.ink', line),
        files({ 'nuit-2.ink': NUIT_2 }),
      );
      expect(joined.included).toEqual(['nuit-2.ink']);
      expect(joined.unresolved).toEqual([]);
    }
  });

  it('ignores an INCLUDE in a comment', () => {
    const source = `// INCLUDE nuit-2.ink\n/*\nINCLUDE nuit-2.ink\n*/\n${MAIN.replace('INCLUDE nuit-2.ink\n', '')}`;

    expect(includesOf(source)).toEqual([]);
    expect(inlineIncludes('main.ink', source, files({ 'nuit-2.ink': NUIT_2 })).source).toBe(source);
  });

  it('leaves a file without INCLUDE exactly as it was', () => {
    expect(inlineIncludes('seul.ink', 'Bonsoir.\n-> END\n', new Map()).source).toBe('Bonsoir.\n-> END\n');
    expect(inlineIncludes('seul.ink', 'Bonsoir.', new Map()).source).toBe('Bonsoir.');
  });
});

describe('finding the main file among the files chosen', () => {
  it('takes the file no other file includes', () => {
    const choice = findMainFile([
      { name: 'nuit-2.ink', text: NUIT_2 },
      { name: 'main.ink', text: MAIN },
    ]);

    expect(choice).toEqual({ main: 'main.ink', candidates: ['main.ink'] });
  });

  it('takes the first with a title among several, and says which could have been', () => {
    const choice = findMainFile([
      { name: 'notes.ink', text: 'Des notes.\n' },
      { name: 'main.ink', text: MAIN },
      { name: 'nuit-2.ink', text: NUIT_2 },
    ]);

    expect(choice).toEqual({ main: 'main.ink', candidates: ['notes.ink', 'main.ink'] });
  });

  it('still picks one when every file includes another', () => {
    const choice = findMainFile([
      { name: 'a.ink', text: 'INCLUDE b.ink\n' },
      { name: 'b.ink', text: 'INCLUDE a.ink\n# title: B\n' },
    ]);

    expect(choice).toEqual({ main: 'b.ink', candidates: ['a.ink', 'b.ink'] });
  });
});

describe('an INCLUDE of a file not chosen', () => {
  it('tells the trainer to choose that file together with the main one, in English and in French', () => {
    const source = `INCLUDE parts/nuit-3.ink\n${MAIN.replace('INCLUDE nuit-2.ink\n', '')}`;
    const compiled = compileInk('stories/fr/deux-nuits.ink', (path) => {
      if (path === 'stories/fr/deux-nuits.ink') return source;
      throw new Error(`${path} was not opened`);
    });

    const advice = compiled.diagnostics.map(withMissingIncludeAdvice).find((d) => d.message.startsWith('INCLUDE'));
    expect(advice).toMatchObject({ severity: 'error', line: 1, message: missingIncludeMessage('parts/nuit-3.ink') });
    expect(advice?.message).toBe(
      "INCLUDE parts/nuit-3.ink: no such file among those chosen; choose nuit-3.ink together with the main file (all the encounter's files at once)",
    );
    expect(diagnosticInFrench(advice?.message ?? '').replace(/\u00a0/g, ' ')).toBe(
      'INCLUDE parts/nuit-3.ink : ce fichier n’est pas parmi ceux choisis. Choisissez « nuit-3.ink » en même temps que le fichier principal (tous les fichiers de la rencontre à la fois)',
    );
  });
});
