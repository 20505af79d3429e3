import { describe, expect, it } from 'vitest';
import { checkStories } from '../../src/cli/check-stories.ts';

const HEADER = [
  '# title: Un bonsoir',
  '# lang: fr',
  '# setting: street',
  '# character: Josée',
  '# wariness: 3',
  '# summary: Dire bonsoir.',
  '# duration: 2',
  '# concepts: lien',
].join('\n');

function filesOf(files: Record<string, string>): (path: string) => string {
  return (path) => {
    const source = files[path];
    if (source === undefined) throw new Error(`ENOENT: ${path}`);
    return source;
  };
}

describe('checkStories', () => {
  it('checks each story once, with its INCLUDEs, and never an INCLUDEd scene as a story of its own', () => {
    const files = {
      'stories/fr/visite.ink': [HEADER, 'INCLUDE visite/coin.ink', 'Bonsoir.', '-> coin'].join('\n'),
      // Written relative to the main file's folder, as ink resolves every INCLUDE.
      'stories/fr/visite/coin.ink': ['INCLUDE visite/fin.ink', '=== coin ===', 'Au coin.', '-> END'].join('\n'),
      'stories/fr/visite/fin.ink': ['=== link_broken ===', 'Elle part. # end: broken', '-> END'].join('\n'),
    };

    expect(checkStories(Object.keys(files), filesOf(files))).toEqual([
      { path: 'stories/fr/visite.ink', diagnostics: [] },
    ]);
  });

  it('fails a story for a warning alone: a shipped story must be clean', () => {
    const files = { 'stories/fr/nu.ink': 'Bonsoir.\n-> END\n' };
    const [check] = checkStories(Object.keys(files), filesOf(files));

    expect(check?.diagnostics.length).toBeGreaterThan(0);
    expect(check?.diagnostics.every((diagnostic) => diagnostic.severity === 'warning')).toBe(true);
  });
});
