import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type InkToken, inkIndentation, tokenizeInk } from '../../../src/authoring/studio/ink-language.ts';
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';

/** The pieces of one line the highlighter marks, as `token: text`, skipping plain text. */
function marked(line: string): string[] {
  const [tokens] = tokenizeInk(line);
  return (tokens ?? []).filter(([, token]) => token !== null).map(([text, token]) => `${token}: ${text.trim()}`);
}

function tokenOf(line: string, piece: string): InkToken | null | undefined {
  const [tokens] = tokenizeInk(line);
  return tokens?.find(([text]) => text.includes(piece))?.[1];
}

describe('the studio’s ink highlighting', () => {
  it('marks a knot heading whole, with or without closing signs', () => {
    expect(marked('=== premier_bonjour ===')).toEqual(['knot: === premier_bonjour ===']);
    expect(marked('== start')).toEqual(['knot: == start']);
    expect(marked('=== function greet(name) ===')).toEqual(['knot: === function greet(name) ===']);
    // ink takes any letter in a name: a French author's knots have accents.
    expect(marked('=== café_à_côté ===')).toEqual(['knot: === café_à_côté ===']);
  });

  it('tells a stitch from a knot', () => {
    expect(marked('= late')).toEqual(['stitch: = late']);
    expect(marked('= été')).toEqual(['stitch: = été']);
  });

  it('marks the bullets of a choice, the text shown on the choice only, and the tag key inside the brackets', () => {
    expect(marked('+ [Dire bonjour # act: greet] Bonjour.')).toEqual([
      'choice: + [',
      'choiceOnly: Dire bonjour',
      'tagKey: # act',
      'tagValue: : greet',
      'choice: ]',
    ]);
    expect(tokenOf('* * [Rester là] Tu restes.', '* *')).toBe('choice');
    expect(tokenOf('* (waited) [Attendre]', '(waited)')).toBe('choice');
  });

  it('marks gathers, and does not take a divert for a gather', () => {
    expect(marked('- Elle te regarde.')[0]).toBe('gather: -');
    expect(marked('- - -> END')).toEqual(['gather: - -', 'divert: -> END']);
    expect(marked('-> start')).toEqual(['divert: -> start']);
  });

  it('marks diverts, tunnels and threads in the middle of a line', () => {
    expect(marked('Tu pars. -> closing.late')).toEqual(['divert: -> closing.late']);
    expect(marked('->-> ')).toEqual(['divert: ->->']);
    expect(marked('<- ambient_noise')).toEqual(['divert: <- ambient_noise']);
  });

  it('highlights a tag’s key apart from its value, for each tag on a line', () => {
    expect(marked('Wo. # speaker: Josée # mood: alarmed')).toEqual([
      'tagKey: # speaker',
      'tagValue: : Josée',
      'tagKey: # mood',
      'tagValue: : alarmed',
    ]);
    expect(marked('# title: Le banc du parc')).toEqual(['tagKey: # title', 'tagValue: : Le banc du parc']);
  });

  it('marks logic lines, declarations and inline conditions', () => {
    expect(marked('~ visits = visits + 1')).toEqual(['logic: ~ visits = visits + 1']);
    expect(marked('VAR link = "fragile"')).toEqual(['declaration: VAR', 'logic: link = "fragile"']);
    expect(marked('CONST MAX = 3')[0]).toBe('declaration: CONST');
    expect(marked('INCLUDE scenes/fin.ink')[0]).toBe('declaration: INCLUDE');
    expect(marked('EXTERNAL greet(name)')[0]).toBe('declaration: EXTERNAL');
    expect(tokenOf('{ link == "solid": Elle sourit. }', 'link ==')).toBe('logic');
  });

  it('marks line comments, block comments across lines, and keeps URLs in text alone', () => {
    expect(marked('// Le premier contact.')).toEqual(['comment: // Le premier contact.']);
    expect(marked('Bonsoir. // dit doucement')).toEqual(['comment: // dit doucement']);
    const lines = tokenizeInk('/* un commentaire\nsur deux lignes */ Bonsoir.\n=== suite ===');
    expect(lines[0]).toEqual([['/* un commentaire', 'comment']]);
    expect(lines[1]?.[0]).toEqual(['sur deux lignes */', 'comment']);
    expect(lines[2]).toEqual([['=== suite ===', 'knot']]);
  });

  it('leaves plain text and escaped signs unmarked', () => {
    expect(marked('Un homme est assis sur un banc.')).toEqual([]);
    expect(marked('Le numéro \\# 5, à trois rues d’ici.')).toEqual([]);
  });

  it('starts every line afresh: a tag or a choice does not run onto the next line', () => {
    const [, second] = tokenizeInk('+ [Partir # act: leave\nTu pars.');
    expect(second).toEqual([['Tu pars.', null]]);
  });
});

/** The column `line` goes to after `before`, as the editor computes it. */
function columnAfter(before: string, line = ''): number {
  const above = before
    .split('\n')
    .reverse()
    .map((text) => ({ text, indent: text.length - text.trimStart().length }));
  return inkIndentation(line, above, 4);
}

/**
 * Types `source` line by line as a trainer would, taking the column Enter gives, and the one
 * the line's first sign gives when it is one that moves the line: the lines that come out elsewhere.
 */
function linesMovedByTyping(source: string): string[] {
  const lines = source.split('\n');
  return lines.flatMap((line, index) => {
    const text = line.trimStart();
    if (text === '') return [];
    const before = lines.slice(0, index).join('\n');
    const column = /^(?:[-+*=}]|->)/.test(text) ? columnAfter(before, text) : columnAfter(before);
    return column === line.length - text.length ? [] : [`${index + 1}: ${line}`];
  });
}

describe('the studio’s ink indentation', () => {
  it('indents what a choice leads to by four spaces, and the next choice back at the left', () => {
    expect(columnAfter('+ [Dire bonsoir # act: greet]')).toBe(4);
    expect(columnAfter('+ [Dire bonsoir]\n    Bonsoir !')).toBe(4);
    expect(columnAfter('+ [Dire bonsoir]\n    Bonsoir !', '+ [Partir]')).toBe(0);
    expect(columnAfter('+ [Dire bonsoir]\n    Bonsoir !', '* [Partir]')).toBe(0);
  });

  it('goes back to the left after the divert that ends a choice, even past a blank line', () => {
    expect(columnAfter('+ [Partir]\n    Il hoche la tête.\n    -> END')).toBe(0);
    expect(columnAfter('+ [Partir]\n    -> closing\n')).toBe(0);
    expect(columnAfter('-> bench')).toBe(0);
    expect(columnAfter('+ [Partir]\n    -> café_fermé\n')).toBe(0);
  });

  it('keeps a choice written whole on its line at the left, and the text after any other line where it is', () => {
    expect(columnAfter('+ [Partir # act: leave] -> END')).toBe(0);
    expect(columnAfter('=== bench ===')).toBe(0);
    expect(columnAfter('    Une ligne décalée à la main.')).toBe(4);
  });

  it('puts gathers, headings, declarations and the header’s tags at the left', () => {
    const body = '+ [Attendre]\n    Tu attends.';
    expect(columnAfter(body, '- Elle lève la tête.')).toBe(0);
    expect(columnAfter(body, '=== suite ===')).toBe(0);
    expect(columnAfter(body, '= seconde_visite')).toBe(0);
    expect(columnAfter(body, 'VAR name_known = false')).toBe(0);
    expect(columnAfter(body, 'INCLUDE suite.ink')).toBe(0);
    expect(columnAfter('    # title: Le banc', '# lang: fr')).toBe(0);
    expect(columnAfter(`=== bench ===\n${body}`, '# cue: eye_contact')).toBe(4);
  });

  it('keeps a divert in line with the text it ends, not at the left like a gather', () => {
    expect(columnAfter('+ [Attendre]\n    Tu attends.', '-> suite')).toBe(4);
    expect(columnAfter('+ [Attendre]', '-> suite')).toBe(4);
  });

  it('steps nested choices and gathers in by one unit per extra sign', () => {
    expect(columnAfter('+ [A]\n    Texte.', '+ + [B]')).toBe(4);
    expect(columnAfter('+ [A]\n    + + [B]')).toBe(8);
    expect(columnAfter('+ [A]\n    + + [B]\n        -> END')).toBe(4);
    expect(columnAfter('+ [A]\n    + + [B]\n        Texte.', '- - Ensuite.')).toBe(4);
  });

  it('lines a multi-line condition’s branches and closing brace up with its opening line', () => {
    const opened = '+ [A]\n    { exposed:\n        Il se tait.';
    expect(columnAfter('+ [A]\n    { exposed:')).toBe(8);
    expect(columnAfter(opened, '- else:')).toBe(4);
    expect(columnAfter(`${opened}\n    - else:`)).toBe(8);
    expect(columnAfter(`${opened}\n    - else:\n        Il parle.`, '}')).toBe(4);
    expect(columnAfter('Il est {tired: fatigué|reposé}.')).toBe(0);
  });

  it.each([
    ['fr', encounterTemplate('fr')],
    ['en', encounterTemplate('en')],
  ])('lays out the %s template exactly as it is written, typed line by line', (_lang, source) => {
    expect(linesMovedByTyping(source)).toEqual([]);
  });

  it('lays out every story of the library exactly as it is written, typed line by line', () => {
    for (const lang of ['fr', 'en']) {
      for (const file of readdirSync(`stories/${lang}`).filter((name) => name.endsWith('.ink'))) {
        const path = `stories/${lang}/${file}`;
        expect({ path, moved: linesMovedByTyping(readFileSync(path, 'utf8')) }).toEqual({ path, moved: [] });
      }
    }
  });
});
