import { describe, expect, it } from 'vitest';
import { checkTag, readChoiceTags, readHeader, readLineTags, splitTag } from '../../../src/engine/index.ts';

describe('reading tags', () => {
  it('splits key and value and lower-cases the key', () => {
    expect(splitTag(' Cue :  turns_away ')).toEqual({ key: 'cue', value: 'turns_away' });
    expect(splitTag('end')).toEqual({ key: 'end', value: '' });
    expect(splitTag('summary: Un soir: il pleut')).toEqual({ key: 'summary', value: 'Un soir: il pleut' });
  });

  it('reads a choice: its act, its topic and an override', () => {
    expect(readChoiceTags(['act: perche', 'topic: shelter', 'trust: -5'])).toEqual({
      meta: { act: 'perche', topic: 'shelter', trustOverride: -5 },
      problems: [],
    });
  });

  it('suggests the nearest act for a typo', () => {
    const { meta, problems } = readChoiceTags(['act: aproach']);
    expect(meta.act).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("did you mean 'approach'?"),
        suggestion: 'act: approach',
      }),
    ]);
  });

  it('warns about a choice without an act', () => {
    expect(readChoiceTags([]).problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('choice without an act') }),
    ]);
  });

  it('keeps an unknown topic but points at a likely typo', () => {
    expect(readChoiceTags(['act: perche', 'topic: shelterr'])).toMatchObject({
      meta: { topic: 'shelterr' },
      problems: [{ suggestion: 'topic: shelter' }],
    });
    expect(readChoiceTags(['act: perche', 'topic: library_card']).problems).toEqual([]);
  });

  it('turns line tags into commands in the order written', () => {
    expect(readLineTags(['speaker: Sam', 'cue: smiles', 'distance: near', 'visit: 2', 'end: kept']).commands).toEqual([
      { type: 'speaker', speaker: 'Sam' },
      { type: 'cue', cue: 'smiles' },
      { type: 'distance', distance: 'near' },
      { type: 'visit', visit: 2 },
      { type: 'end', status: 'kept' },
    ]);
  });

  it('names the right place for a tag written in the wrong one', () => {
    expect(checkTag({ key: 'act', value: 'greet' }, 'line')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('belongs on a choice, inside its brackets') }),
    ]);
  });

  it('suggests the nearest key for an unknown one', () => {
    expect(checkTag({ key: 'distnce', value: 'far' }, 'line')).toEqual([
      expect.objectContaining({ suggestion: 'distance: far' }),
    ]);
    expect(checkTag({ key: 'xyzzy', value: '1' }, 'line')[0]?.suggestion).toBeUndefined();
  });

  it('checks numbers: wariness 1 to 5, visits, trust overrides', () => {
    expect(checkTag({ key: 'wariness', value: '6' }, 'header')).toHaveLength(1);
    expect(checkTag({ key: 'wariness', value: '3' }, 'header')).toEqual([]);
    expect(checkTag({ key: 'visit', value: 'deux' }, 'line')).toHaveLength(1);
    expect(checkTag({ key: 'trust', value: '+5' }, 'choice')).toEqual([]);
    expect(checkTag({ key: 'trust', value: 'beaucoup' }, 'choice')).toHaveLength(1);
  });
});

describe('the header', () => {
  it('reads every header tag', () => {
    const { header, problems } = readHeader(
      [
        'title: Le banc',
        'lang: en',
        'setting: bus',
        'time: 23 h',
        'character: Sam',
        'wariness: 5',
        'summary: A first hello.',
        'duration: 8',
        'concepts: lien, rythme, refus',
        'warning: cold night',
        'warning: police nearby',
      ],
      { title: 'fallback' },
    );
    expect(problems).toEqual([]);
    expect(header).toEqual({
      title: 'Le banc',
      lang: 'en',
      setting: 'bus',
      time: '23 h',
      character: 'Sam',
      wariness: 5,
      summary: 'A first hello.',
      duration: 8,
      concepts: ['lien', 'rythme', 'refus'],
      warnings: ['cold night', 'police nearby'],
    });
  });

  it('reads how the person is drawn, and leaves it out when the story names no look', () => {
    expect(readHeader(['character: Nadia', 'look: woman_braids'], { title: 't' }).header.look).toBe('woman_braids');
    expect(readHeader(['character: Nadia'], { title: 't' }).header).not.toHaveProperty('look');
  });

  it('suggests the nearest look for a typo, and draws the default meanwhile', () => {
    const { header, problems } = readHeader(['look: woman_braid'], { title: 't' });
    expect(header).not.toHaveProperty('look');
    expect(problems).toContainEqual({
      severity: 'warning',
      message: expect.stringContaining("unknown look 'woman_braid', did you mean 'woman_braids'?"),
      suggestion: 'look: woman_braids',
    });
    expect(checkTag({ key: 'look', value: 'older_man_grey' }, 'header')[0]?.suggestion).toBe('look: older_man_cap');
    expect(checkTag({ key: 'look', value: 'josee' }, 'header')).toEqual([]);
  });

  it('keeps the look in the header: written on a line, it says where it belongs', () => {
    expect(checkTag({ key: 'look', value: 'man_beard' }, 'line')).toEqual([
      expect.objectContaining({ message: "tag 'look' belongs on the header (top of the file), not on a line" }),
    ]);
  });

  it('fills in defaults and warns for each missing tag', () => {
    const { header, problems } = readHeader([], { title: 'premier-bonjour', lang: 'en' });
    expect(header).toMatchObject({
      title: 'premier-bonjour',
      lang: 'en',
      wariness: 3,
      setting: undefined,
      concepts: [],
    });
    expect(problems.map((problem) => problem.message)).toContain("missing header tag 'wariness'");
  });

  it('suggests the nearest concept', () => {
    const { problems } = readHeader(['concepts: lien, voisinage_courtois'], { title: 't' });
    expect(problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining("did you mean 'voisinage-courtois'?") }),
    );
  });

  it('passes line tags written at the top on as opening commands', () => {
    expect(readHeader(['title: T', 'moment: closed', 'ambience: rain'], { title: 't' }).lineCommands).toEqual([
      { type: 'moment', moment: 'closed' },
      { type: 'ambience', ambience: 'rain' },
    ]);
  });
});
