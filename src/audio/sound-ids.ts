/**
 * The sound vocabulary as plain data: which ids exist, of which kind, and which
 * ambience each setting opens on. No asset imports here, so Node tools (tests, the
 * story checker) can read the vocabulary without Vite; `sound-library.ts` adds the files.
 */
import type { Setting } from '../engine/index.ts';

/** Looping beds a story names with `# ambience: id`. */
export const AMBIENCE_IDS = ['street_night', 'rain', 'bus', 'site', 'cafe', 'neutral'] as const;
export type AmbienceId = (typeof AMBIENCE_IDS)[number];

/** One-shots a story asks for with `# sound: id`. */
export const CUE_SOUND_IDS = ['footsteps', 'dog_bark', 'bus_engine', 'cough', 'door'] as const;
export type CueSoundId = (typeof CUE_SOUND_IDS)[number];

/** Interface sounds the app plays itself (`AudioDirector.playUi`); never named by a story. */
export const UI_SOUND_IDS = ['ui_select', 'ui_line', 'ui_open'] as const;
export type UiSoundId = (typeof UI_SOUND_IDS)[number];

export type SoundId = AmbienceId | CueSoundId | UiSoundId;

/** The ambience an encounter opens on, from its `# setting:`; a story may change it with `# ambience:`. */
export const SETTING_AMBIENCES: Readonly<Record<Setting, AmbienceId>> = {
  street: 'street_night',
  bus: 'bus',
  site: 'site',
  cafe: 'cafe',
  home: 'neutral',
  // A clinic's waiting room sounds like the site's room tone: a low hum, no street.
  clinic: 'site',
};

/** Where a story declares no setting (or one this table does not know). */
export const DEFAULT_AMBIENCE: AmbienceId = 'neutral';

export function isAmbienceId(id: string): id is AmbienceId {
  return (AMBIENCE_IDS as readonly string[]).includes(id);
}

export function isCueSoundId(id: string): id is CueSoundId {
  return (CUE_SOUND_IDS as readonly string[]).includes(id);
}

/** The ambience for a header's setting (`undefined` when the story declared none). */
export function ambienceForSetting(setting: Setting | undefined): AmbienceId {
  if (setting === undefined) return DEFAULT_AMBIENCE;
  return SETTING_AMBIENCES[setting] ?? DEFAULT_AMBIENCE;
}
