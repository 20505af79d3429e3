/**
 * The player's settings: language, sound, text and display. Versioned like every
 * persisted format (STYLE.md): `readSettings` accepts anything read back from storage,
 * keeps what is valid and fills the rest with the defaults; it never throws.
 */
import { isOneOf, LANGUAGES, type Language } from '../engine/index.ts';
import type { KeyValueStorage } from './key-value-storage.ts';

export const SETTINGS_SCHEMA_VERSION = 1;
/** Where the settings are kept in the browser's storage. */
export const SETTINGS_STORAGE_KEY = 'bonne-distance:settings';

export const TEXT_SIZES = ['normal', 'large', 'x-large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type TextSpeed = (typeof TEXT_SPEEDS)[number];

export interface Settings {
  readonly schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  /** The interface's language, and the language of the encounters listed. */
  readonly lang: Language;
  /** Master volume, 0 (silent) to 1 (full). */
  readonly volume: number;
  readonly muted: boolean;
  readonly textSize: TextSize;
  /** How fast lines are typed out; `instant` shows each line whole. */
  readonly textSpeed: TextSpeed;
  /** No animation anywhere: lines appear whole, the stage does not move. */
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  /**
   * The facilitators' demonstration mode: the hidden trust shown live during play, for
   * a projector. Off by default; the settings panel asks before turning it on.
   */
  readonly revealTrust: boolean;
}

/** What the browser says about the person, read once at start. */
export interface SystemPreferences {
  /** `navigator.language`, such as `fr-CA`. */
  readonly browserLanguage: string | undefined;
  readonly prefersReducedMotion: boolean;
  readonly prefersMoreContrast: boolean;
}

/** French unless the browser asks for English. */
export function languageFor(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function defaultSettings(preferences: SystemPreferences): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    lang: languageFor(preferences.browserLanguage),
    volume: 0.8,
    muted: false,
    textSize: 'normal',
    textSpeed: 'normal',
    reducedMotion: preferences.prefersReducedMotion,
    highContrast: preferences.prefersMoreContrast,
    revealTrust: false,
  };
}

/** Reads the system preferences from a browser window. */
export function systemPreferences(window: {
  readonly navigator: { readonly language?: string };
  matchMedia(query: string): { readonly matches: boolean };
}): SystemPreferences {
  const matches = (query: string): boolean => {
    try {
      return window.matchMedia(query).matches;
    } catch {
      return false;
    }
  };
  return {
    browserLanguage: window.navigator.language,
    prefersReducedMotion: matches('(prefers-reduced-motion: reduce)'),
    prefersMoreContrast: matches('(prefers-contrast: more)'),
  };
}

/**
 * Settings from whatever storage held: a current object, an older or newer version,
 * or garbage. Each field is kept when it is valid and replaced by its default when
 * not. Version 1 is the first: an object without `schemaVersion` (or from a later
 * version) is read field by field under the same names.
 *
 * `revealTrust` came after the first settings were stored, still as version 1: a new
 * field with a default is backward compatible here, since a field that is missing is
 * filled from the defaults like an invalid one (so settings stored before it read as
 * off), and an older app reading newer settings ignores a field it does not know. A
 * change of meaning or of a field's type would need a new version and a migration.
 */
export function readSettings(raw: unknown, defaults: Settings): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults;
  const value = raw as Record<string, unknown>;
  const pick = <T>(key: keyof Settings, valid: (field: unknown) => field is T, fallback: T): T => {
    const field = value[key];
    return valid(field) ? field : fallback;
  };
  const volume = value.volume;
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    lang: pick('lang', oneOf(LANGUAGES), defaults.lang),
    volume: typeof volume === 'number' && Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : defaults.volume,
    muted: pick('muted', isBoolean, defaults.muted),
    textSize: pick('textSize', oneOf(TEXT_SIZES), defaults.textSize),
    textSpeed: pick('textSpeed', oneOf(TEXT_SPEEDS), defaults.textSpeed),
    reducedMotion: pick('reducedMotion', isBoolean, defaults.reducedMotion),
    highContrast: pick('highContrast', isBoolean, defaults.highContrast),
    revealTrust: pick('revealTrust', isBoolean, defaults.revealTrust),
  };
}

function isBoolean(field: unknown): field is boolean {
  return typeof field === 'boolean';
}

function oneOf<T extends string>(list: readonly T[]): (field: unknown) => field is T {
  return (field: unknown): field is T => typeof field === 'string' && isOneOf(list, field);
}

/**
 * Keeps the settings in an injected storage. A storage that throws (private mode, a
 * full quota, none at all) never stops the game: the settings then live in memory for
 * this page and `persistent` turns false, for the interface to say so.
 */
export class SettingsStore {
  private readonly storage: KeyValueStorage | undefined;
  private readonly defaults: Settings;
  private current: Settings;
  private stored: boolean;

  constructor(storage: KeyValueStorage | undefined, defaults: Settings) {
    this.storage = storage;
    this.defaults = defaults;
    this.current = defaults;
    this.stored = storage !== undefined;
  }

  /** False once the storage has failed (or when there is none): settings last only this page. */
  get persistent(): boolean {
    return this.stored;
  }

  /** The settings as last loaded or saved. */
  get settings(): Settings {
    return this.current;
  }

  /** Reads the stored settings; the defaults when there are none or they cannot be read. */
  load(): Settings {
    if (this.storage === undefined) return this.current;
    let text: string | null;
    try {
      text = this.storage.getItem(SETTINGS_STORAGE_KEY);
    } catch {
      this.stored = false;
      return this.current;
    }
    if (text === null) return this.current;
    try {
      this.current = readSettings(JSON.parse(text), this.defaults);
    } catch {
      this.current = this.defaults;
    }
    return this.current;
  }

  /** Keeps `settings`; returns whether they will still be there after a reload. */
  save(settings: Settings): boolean {
    this.current = readSettings(settings, this.defaults);
    if (this.storage === undefined) return false;
    try {
      this.storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(this.current));
      this.stored = true;
    } catch {
      this.stored = false;
    }
    return this.stored;
  }
}

const TEXT_SCALE: Readonly<Record<TextSize, string>> = { normal: '1', large: '1.25', 'x-large': '1.5' };

/** Classes on <html> that the style sheets read (src/ui/styles/base.css). */
export const SETTINGS_CLASSES = {
  highContrast: 'bd-high-contrast',
  reducedMotion: 'bd-reduced-motion',
  textSize: (size: TextSize) => `bd-text-${size}`,
} as const;

/**
 * Puts the settings on the page: the language on <html> (screen readers pick their
 * voice from it), the text size as a class and the `--text-scale` custom property,
 * and classes for high contrast and reduced motion. Called at start and on every change.
 */
export function applySettings(document: Document, settings: Settings): void {
  const html = document.documentElement;
  html.lang = settings.lang;
  for (const size of TEXT_SIZES) html.classList.toggle(SETTINGS_CLASSES.textSize(size), size === settings.textSize);
  html.style.setProperty('--text-scale', TEXT_SCALE[settings.textSize]);
  html.classList.toggle(SETTINGS_CLASSES.highContrast, settings.highContrast);
  html.classList.toggle(SETTINGS_CLASSES.reducedMotion, settings.reducedMotion);
}
