import { describe, expect, it } from 'vitest';
import { lintInkSource } from '../../../src/engine/index.ts';

const path = 'stories/fr/essai.ink';
const lint = (source: string, isMainFile = true) =>
  lintInkSource(path, source, { isMainFile }).map(
    (d) => `${d.line}: ${d.message}${d.suggestion ? ` => ${d.suggestion}` : ''}`,
  );

const HEADER = `# title: Essai
# lang: fr
# setting: street
# character: Sam
# wariness: 3
# summary: s
# duration: 5
# concepts: lien
`;

describe('linting the source of a story', () => {
  it('finds nothing to say about a clean story', () => {
    expect(
      lint(
        `${HEADER}Bonsoir. # cue: smiles\n+ [Saluer #act: greet] Salut.\n-> END\n== link_broken ==\nSam part.\n-> END\n`,
      ),
    ).toEqual([]);
  });

  it('names the line of an unknown tag and suggests the nearest value', () => {
    expect(lint(`${HEADER}Bonsoir.\nSam se détourne. # cue: turn_away\n== link_broken ==\n-> END\n`)).toEqual([
      "10: unknown cue 'turn_away', did you mean 'turns_away'? (valid: turns_away, changes_subject, smiles, arms_crossed, eye_contact, steps_back, leans_in, silence, agitated) => cue: turns_away",
    ]);
  });

  it('says when a header tag is given twice (a pasted line, two on one line): the first would be lost silently', () => {
    const source = `${HEADER}# summary: Un banc. # summary: Un banc au parc.\n# warning: a\n# warning: b\nBonsoir.\n== link_broken ==\n-> END\n`;
    expect(lint(source)).toEqual([
      "9: header tag 'summary' is given again (first on line 6): only the last one given counts; keep one",
      "9: header tag 'summary' is given again (first on line 6): only the last one given counts; keep one",
    ]);
  });

  it('names the line of an unknown look in the header and suggests the nearest one', () => {
    const found = lint(`# look: woman_long\n${HEADER}Bonsoir.\n== link_broken ==\n-> END\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^1: unknown look 'woman_long', did you mean 'woman_long_hair'\?.* => look: woman_long_hair$/,
    );
  });

  it('accepts a known look without a word, and does not ask for one', () => {
    expect(lint(`${HEADER}# look: person_hood\nBonsoir.\n== link_broken ==\n-> END\n`)).toEqual([]);
  });

  it('reads choice tags inside the brackets and line tags after them', () => {
    const found = lint(
      `${HEADER}+ [Approcher #act: approch] Tu avances. # distance: nearr\n== link_broken ==\n-> END\n`,
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^9: unknown act 'approch', did you mean 'approach'/);
    expect(found[1]).toMatch(/^9: unknown distance 'nearr', did you mean 'near'/);
  });

  it('warns about a choice without an act, at its line', () => {
    expect(lint(`${HEADER}Bonsoir.\n* [Saluer] Salut.\n-> END\n== link_broken ==\n-> END\n`)).toEqual([
      '10: choice without an act: add one inside the brackets, such as [Dire bonjour #act: greet]',
    ]);
  });

  it('warns about missing header tags and a missing link_broken knot', () => {
    const found = lint('Bonsoir.\n-> END\n');
    expect(found).toContain("1: missing header tag 'title' (add '# title: ...' at the top of the file)");
    expect(found.some((message) => message.includes("no 'link_broken' knot"))).toBe(true);
  });

  it('does not ask an INCLUDEd file for a header', () => {
    expect(lint('== part ==\nSuite.\n-> END\n', false)).toEqual([]);
  });

  it('ignores tags inside comments and escaped hashes', () => {
    expect(
      lint(`${HEADER}// # cue: nope\n/* # act: nope */\nLe \\# n'est pas un tag.\n== link_broken ==\n-> END\n`),
    ).toEqual([]);
  });

  it('points out a line tag written on a choice', () => {
    expect(lint(`${HEADER}+ [Saluer #act: greet #cue: smiles] Salut.\n== link_broken ==\n-> END\n`)).toEqual([
      "9: tag 'cue' belongs on a line, not on a choice, inside its brackets",
    ]);
  });

  it('refuses an EXTERNAL function that has no ink fallback, which would fail at run time', () => {
    const found = lint(`${HEADER}EXTERNAL sendScore(points)\nBonsoir.\n-> END\n== link_broken ==\n-> END\n`);
    expect(found).toEqual([
      "9: EXTERNAL sendScore: the simulator calls no game functions; write an ink function 'sendScore' as its fallback",
    ]);
    expect(
      lint(
        `${HEADER}EXTERNAL sendScore(points)\n-> END\n== function sendScore(points) ==\n~ return\n== link_broken ==\n-> END\n`,
      ),
    ).toEqual([]);
  });

  it("keeps authors from doing the engine's work on the link", () => {
    const found = lint(
      `${HEADER}+ [Partir #act: leave] -> link_broken\n~ link = "solid"\n-> END\n== link_broken ==\nElle part. # end: kept\n-> END\n`,
    );
    expect(found).toEqual([
      "9: the engine diverts to 'link_broken' itself when the link breaks; divert elsewhere",
      "10: the engine keeps 'link' set to the band of the hidden trust; read it, don't assign it",
      "13: the 'link_broken' knot should end with '# end: broken', not 'kept' => end: broken",
    ]);
  });

  it('knows a knot whose name starts with an accent is another knot than link_broken', () => {
    expect(
      lint(
        `${HEADER}-> écoute\n== link_broken ==\nElle part. # end: broken\n-> END\n== écoute ==\nElle reste. # end: kept\n-> END\n`,
      ),
    ).toEqual([]);
  });
});
