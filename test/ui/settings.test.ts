// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type KeyValueStorage, MemoryStorage } from '../../src/ui/key-value-storage.ts';
import {
  applySettings,
  defaultSettings,
  languageFor,
  readSettings,
  SETTINGS_STORAGE_KEY,
  type Settings,
  SettingsStore,
} from '../../src/ui/settings.ts';

const DEFAULTS = defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false });

/** A storage as private browsing or a full quota makes it: every call throws. */
class ThrowingStorage implements KeyValueStorage {
  getItem(): string | null {
    throw new Error('SecurityError: storage is disabled');
  }
  setItem(): void {
    throw new Error('QuotaExceededError');
  }
  removeItem(): void {
    throw new Error('SecurityError: storage is disabled');
  }
}

describe('default settings', () => {
  it('open in French unless the browser asks for English', () => {
    expect(languageFor('fr-CA')).toBe('fr');
    expect(languageFor('de-DE')).toBe('fr');
    expect(languageFor(undefined)).toBe('fr');
    expect(languageFor('en-GB')).toBe('en');
    expect(languageFor('EN')).toBe('en');
  });

  it('follow the system for reduced motion and contrast', () => {
    const settings = defaultSettings({
      browserLanguage: 'en-CA',
      prefersReducedMotion: true,
      prefersMoreContrast: true,
    });

    expect(settings).toMatchObject({
      schemaVersion: 1,
      lang: 'en',
      reducedMotion: true,
      highContrast: true,
      textSize: 'normal',
      textSpeed: 'normal',
      muted: false,
    });
  });

  it('keep the facilitators’ demonstration mode off, whatever the system says', () => {
    for (const prefers of [true, false]) {
      const settings = defaultSettings({
        browserLanguage: 'fr-CA',
        prefersReducedMotion: prefers,
        prefersMoreContrast: prefers,
      });
      expect(settings.revealTrust).toBe(false);
    }
  });
});

describe('reading settings back', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'fr'],
    ['a number', 42],
    ['an array', ['en']],
  ])('falls back to the defaults from %s', (_name, raw) => {
    expect(readSettings(raw, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('keeps every valid field and replaces each invalid one', () => {
    const read = readSettings(
      {
        schemaVersion: 1,
        lang: 'en',
        volume: 7,
        muted: 'yes',
        textSize: 'x-large',
        textSpeed: 'warp',
        reducedMotion: true,
        highContrast: null,
      },
      DEFAULTS,
    );

    expect(read).toEqual({
      ...DEFAULTS,
      lang: 'en',
      volume: 1,
      textSize: 'x-large',
      reducedMotion: true,
    });
  });

  it('reads an object without a version, or from a later version, field by field', () => {
    expect(readSettings({ lang: 'en', textSpeed: 'instant' }, DEFAULTS)).toEqual({
      ...DEFAULTS,
      lang: 'en',
      textSpeed: 'instant',
    });
    expect(readSettings({ schemaVersion: 9, muted: true, theme: 'dark' }, DEFAULTS)).toEqual({
      ...DEFAULTS,
      muted: true,
    });
  });

  it('reads settings stored before the demonstration mode existed with it off', () => {
    const stored = {
      schemaVersion: 1,
      lang: 'en',
      volume: 0.5,
      muted: false,
      textSize: 'normal',
      textSpeed: 'fast',
      reducedMotion: false,
      highContrast: false,
    };

    expect(readSettings(stored, DEFAULTS)).toEqual({ ...stored, revealTrust: false });
    expect(readSettings({ ...stored, revealTrust: 'yes' }, DEFAULTS).revealTrust).toBe(false);
    expect(readSettings({ ...stored, revealTrust: true }, DEFAULTS).revealTrust).toBe(true);
  });

  it('refuses a volume that is not a number', () => {
    expect(readSettings({ volume: Number.NaN }, DEFAULTS).volume).toBe(DEFAULTS.volume);
    expect(readSettings({ volume: '0.5' }, DEFAULTS).volume).toBe(DEFAULTS.volume);
    expect(readSettings({ volume: -1 }, DEFAULTS).volume).toBe(0);
  });
});

describe('the settings store', () => {
  it('saves and reads back through the storage', () => {
    const storage = new MemoryStorage();
    const changed: Settings = { ...DEFAULTS, lang: 'en', textSize: 'large', highContrast: true };

    expect(new SettingsStore(storage, DEFAULTS).save(changed)).toBe(true);
    const reopened = new SettingsStore(storage, DEFAULTS);
    expect(reopened.load()).toEqual(changed);
    expect(reopened.persistent).toBe(true);
  });

  it('keeps the demonstration mode once turned on, after a reload', () => {
    const storage = new MemoryStorage();
    new SettingsStore(storage, DEFAULTS).save({ ...DEFAULTS, revealTrust: true });

    expect(new SettingsStore(storage, DEFAULTS).load().revealTrust).toBe(true);
  });

  it('reads garbage in the storage as the defaults', () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_STORAGE_KEY, '{not json');

    expect(new SettingsStore(storage, DEFAULTS).load()).toEqual(DEFAULTS);
  });

  it('keeps settings in memory and says they are not persistent when the storage throws', () => {
    const store = new SettingsStore(new ThrowingStorage(), DEFAULTS);

    expect(store.load()).toEqual(DEFAULTS);
    expect(store.persistent).toBe(false);
    const changed: Settings = { ...DEFAULTS, muted: true };
    expect(store.save(changed)).toBe(false);
    expect(store.settings).toEqual(changed);
    expect(store.persistent).toBe(false);
  });

  it('works without any storage at all', () => {
    const store = new SettingsStore(undefined, DEFAULTS);

    expect(store.load()).toEqual(DEFAULTS);
    expect(store.save({ ...DEFAULTS, volume: 0.2 })).toBe(false);
    expect(store.settings.volume).toBe(0.2);
  });
});

describe('applying settings to the page', () => {
  it('sets the language, the text size, high contrast and reduced motion on <html>', () => {
    applySettings(document, { ...DEFAULTS, lang: 'en', textSize: 'x-large', highContrast: true, reducedMotion: true });
    const html = document.documentElement;

    expect(html.lang).toBe('en');
    expect(html.classList.contains('bd-text-x-large')).toBe(true);
    expect(html.style.getPropertyValue('--text-scale')).toBe('1.5');
    expect(html.classList.contains('bd-high-contrast')).toBe(true);
    expect(html.classList.contains('bd-reduced-motion')).toBe(true);

    applySettings(document, DEFAULTS);
    expect(html.lang).toBe('fr');
    expect(html.classList.contains('bd-text-x-large')).toBe(false);
    expect(html.classList.contains('bd-text-normal')).toBe(true);
    expect(html.classList.contains('bd-high-contrast')).toBe(false);
    expect(html.classList.contains('bd-reduced-motion')).toBe(false);
  });
});
