import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../src/app/launch-options.ts';

describe('opening an encounter from the address', () => {
  it('reads the encounter, the language and the seed', () => {
    expect(readLaunchOptions('?encounter=premier-bonjour&lang=en&seed=42')).toEqual({
      studio: false,
      encounter: 'premier-bonjour',
      lang: 'en',
      seed: 42,
      problems: [],
    });
  });

  it('asks for nothing when the address has no parameters', () => {
    expect(readLaunchOptions('')).toEqual({
      studio: false,
      encounter: undefined,
      lang: undefined,
      seed: undefined,
      problems: [],
    });
  });

  it('reports and ignores what it cannot use', () => {
    const options = readLaunchOptions('?encounter=<script>&lang=de&seed=-3');
    expect(options).toMatchObject({ encounter: undefined, lang: undefined, seed: undefined });
    expect(options.problems).toEqual([
      'encounter "<script>" is not an encounter id',
      'lang "de" must be fr or en',
      'seed "-3" must be a whole number from 0 to 2147483647',
    ]);
  });

  it('opens the trainers’ studio for ?studio, with or without a value, in the language asked for', () => {
    expect(readLaunchOptions('?studio')).toMatchObject({ studio: true, problems: [] });
    expect(readLaunchOptions('?studio=1&lang=en')).toMatchObject({ studio: true, lang: 'en', problems: [] });
    expect(readLaunchOptions('?lang=fr')).toMatchObject({ studio: false });
  });

  it('opens the studio rather than an encounter when the address asks for both, and says so', () => {
    const options = readLaunchOptions('?studio&encounter=premier-bonjour');
    expect(options).toMatchObject({ studio: true, encounter: undefined });
    expect(options.problems).toEqual(['encounter "premier-bonjour" is not opened in the studio']);
  });
});
