import { describe, expect, it } from 'vitest';
import { CUES, DISTANCES, MOMENTS, type StageDirection } from '../../src/engine/index.ts';
import { describeDirections } from '../../src/ui/stage-description.ts';
import { type UiStrings, uiStrings } from '../../src/ui/strings.ts';

/** Every text a strings object can produce, functions called with sample values. */
function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    // Most take a name or a title; the date formatter takes a time.
    return [String(call.name === 'dateTime' ? call(0) : call('Josée', 'x'))];
  }
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allTexts);
  return [];
}

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, shape(field)]));
  }
  return typeof value;
}

describe('interface strings', () => {
  it('exist in French and in English with the same shape, none empty', () => {
    expect(shape(uiStrings('en'))).toEqual(shape(uiStrings('fr')));
    for (const lang of ['fr', 'en'] as const) {
      for (const text of allTexts(uiStrings(lang))) expect(text.trim()).not.toBe('');
    }
  });

  it('never speak of trust, points or a score during play', () => {
    for (const lang of ['fr', 'en'] as const) {
      const strings: UiStrings = uiStrings(lang);
      const duringPlay = allTexts({ dialogue: strings.dialogue, stage: strings.stage });
      for (const text of duringPlay) expect(text).not.toMatch(/confiance|trust|points?\b|score|lien\b/i);
    }
  });
});

describe('stage directions in words', () => {
  const french = uiStrings('fr');
  const english = uiStrings('en');

  it('describe every cue, moment and visit in both languages', () => {
    for (const strings of [french, english]) {
      for (const cue of CUES)
        expect(describeDirections([{ type: 'cue', cue }], strings, 'Josée')[0]).toContain('Josée');
      for (const moment of MOMENTS) {
        expect(describeDirections([{ type: 'moment', moment }], strings, 'Josée')[0]).toContain('Josée');
      }
    }
    expect(describeDirections([{ type: 'cue', cue: 'turns_away' }], french, 'Josée')).toEqual(['Josée se détourne']);
    expect(describeDirections([{ type: 'cue', cue: 'turns_away' }], english, 'Josée')).toEqual(['Josée turns away']);
    expect(describeDirections([{ type: 'moment', moment: 'closed' }], french, 'Josée')).toEqual(['Josée se ferme']);
    expect(describeDirections([{ type: 'visit', visit: 2 }], french, 'Josée')).toEqual([
      'Quelques jours plus tard — visite 2',
    ]);
  });

  it('say whether the trainee moved closer or stepped back, and to what distance', () => {
    const moves: StageDirection[] = [];
    for (const from of DISTANCES) {
      for (const to of DISTANCES) if (from !== to) moves.push({ type: 'distance', from, to });
    }
    const described = moves.map((move) => describeDirections([move], french, 'Josée')[0]);

    expect(described).toEqual([
      'Vous vous approchez : vous êtes à quelques pas de Josée',
      'Vous vous approchez : vous êtes tout près de Josée',
      'Vous reculez : vous gardez vos distances avec Josée',
      'Vous vous approchez : vous êtes tout près de Josée',
      'Vous reculez : vous gardez vos distances avec Josée',
      'Vous reculez : vous êtes à quelques pas de Josée',
    ]);
  });

  it('does not say the trainee stepped back when the person did', () => {
    expect(
      describeDirections(
        [
          { type: 'cue', cue: 'steps_back' },
          { type: 'distance', from: 'near', to: 'far' },
        ],
        english,
        'Kevin',
      ),
    ).toEqual(['Kevin takes a step back', 'You are now at a distance from Kevin']);
  });

  it('names "the person" when the story names nobody, and writes no sound or ambience', () => {
    expect(
      describeDirections(
        [
          { type: 'sound', sound: 'dog_bark' },
          { type: 'cue', cue: 'smiles' },
          { type: 'distance', from: 'far', to: 'near' },
          { type: 'ambience', ambience: 'rain' },
        ],
        french,
        '',
      ),
    ).toEqual(['La personne sourit', 'Vous vous approchez : vous êtes à quelques pas de la personne']);
  });
});
