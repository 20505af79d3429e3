import { describe, expect, it } from 'vitest';
import { type CatalogueStory, encountersIn, languageFor } from '../../src/app/start-page.ts';
import type { Language, StoryHeader } from '../../src/engine/index.ts';

function story(id: string, lang: Language, title: string): CatalogueStory {
  const header: StoryHeader = {
    title,
    lang,
    setting: 'street',
    time: '',
    character: 'Josée',
    wariness: 3,
    summary: '',
    duration: 5,
    concepts: [],
    warnings: [],
  };
  return { id, path: `stories/${lang}/${id}.ink`, lang, header };
}

describe('start page', () => {
  it('opens in French unless the browser asks for English', () => {
    expect(languageFor('fr-CA')).toBe('fr');
    expect(languageFor('de-DE')).toBe('fr');
    expect(languageFor(undefined)).toBe('fr');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor('EN')).toBe('en');
  });

  it('lists only the encounters written in the chosen language, by title', () => {
    const stories = [
      story('visite', 'fr', 'Une visite'),
      story('premier-bonjour', 'en', 'First Hello'),
      story('premier-bonjour', 'fr', 'Premier bonjour'),
      story('arret', 'fr', 'Arrêt du bus'),
    ];

    expect(encountersIn(stories, 'fr').map((encounter) => encounter.header.title)).toEqual([
      'Arrêt du bus',
      'Premier bonjour',
      'Une visite',
    ]);
    expect(encountersIn(stories, 'en').map((encounter) => encounter.header.title)).toEqual(['First Hello']);
  });
});
