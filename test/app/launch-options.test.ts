import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../src/app/launch-options.ts';

describe('opening an encounter from the address', () => {
  it('reads the encounter, the language and the seed', () => {
    expect(readLaunchOptions('?encounter=premier-bonjour&lang=en&seed=42')).toEqual({
      encounter: 'premier-bonjour',
      lang: 'en',
      seed: 42,
      problems: [],
    });
  });

  it('asks for nothing when the address has no parameters', () => {
    expect(readLaunchOptions('')).toEqual({ encounter: undefined, lang: undefined, seed: undefined, problems: [] });
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
});
