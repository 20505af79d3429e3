import { describe, expect, it } from 'vitest';
import { type InkToken, tokenizeInk } from '../../../src/authoring/studio/ink-language.ts';

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
  });

  it('tells a stitch from a knot', () => {
    expect(marked('= late')).toEqual(['stitch: = late']);
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
