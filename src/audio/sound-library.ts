/**
 * Every sound the game ships: its id, its files (imported through Vite, which fingerprints
 * them or inlines the smallest as data: URLs) and its level in the mix. The files are
 * made by assets/audio/make-sounds.sh, which also describes each one.
 */

import busMp3 from '../../assets/audio/bus.mp3?url';
import busOgg from '../../assets/audio/bus.ogg?url';
import busEngineMp3 from '../../assets/audio/bus_engine.mp3?url';
import busEngineOgg from '../../assets/audio/bus_engine.ogg?url';
import cafeMp3 from '../../assets/audio/cafe.mp3?url';
import cafeOgg from '../../assets/audio/cafe.ogg?url';
import coughMp3 from '../../assets/audio/cough.mp3?url';
import coughOgg from '../../assets/audio/cough.ogg?url';
import dogBarkMp3 from '../../assets/audio/dog_bark.mp3?url';
import dogBarkOgg from '../../assets/audio/dog_bark.ogg?url';
import doorMp3 from '../../assets/audio/door.mp3?url';
import doorOgg from '../../assets/audio/door.ogg?url';
import footstepsMp3 from '../../assets/audio/footsteps.mp3?url';
import footstepsOgg from '../../assets/audio/footsteps.ogg?url';
import neutralMp3 from '../../assets/audio/neutral.mp3?url';
import neutralOgg from '../../assets/audio/neutral.ogg?url';
import rainMp3 from '../../assets/audio/rain.mp3?url';
import rainOgg from '../../assets/audio/rain.ogg?url';
import siteMp3 from '../../assets/audio/site.mp3?url';
import siteOgg from '../../assets/audio/site.ogg?url';
import streetNightMp3 from '../../assets/audio/street_night.mp3?url';
import streetNightOgg from '../../assets/audio/street_night.ogg?url';
import uiLineMp3 from '../../assets/audio/ui_line.mp3?url';
import uiLineOgg from '../../assets/audio/ui_line.ogg?url';
import uiOpenMp3 from '../../assets/audio/ui_open.mp3?url';
import uiOpenOgg from '../../assets/audio/ui_open.ogg?url';
import uiSelectMp3 from '../../assets/audio/ui_select.mp3?url';
import uiSelectOgg from '../../assets/audio/ui_select.ogg?url';
import type { SoundSource } from './audio-backend.ts';
import type { SoundId } from './sound-ids.ts';

export interface SoundEntry {
  readonly kind: 'ambience' | 'cue' | 'ui';
  /** The files' name in assets/audio, without extension (`<file>.ogg`, `<file>.mp3`). */
  readonly file: string;
  /** URL of the Ogg Vorbis file, the primary format. */
  readonly ogg: string;
  /** URL of the MP3 file, for browsers that cannot decode Vorbis (older Safari). */
  readonly mp3: string;
  /** Playback volume, 0 to 1, over the file's own level (set by make-sounds.sh), under the master volume. */
  readonly gain: number;
}

/**
 * The looped region of every ambience file, in milliseconds: the 8 s period between
 * 200 ms margins (make-sounds.sh, "Seamless ambience loops"; keep the two in step).
 */
export const AMBIENCE_LOOP = { startMs: 200, endMs: 8200 } as const;

export const SOUND_LIBRARY: Readonly<Record<SoundId, SoundEntry>> = {
  street_night: { kind: 'ambience', file: 'street_night', ogg: streetNightOgg, mp3: streetNightMp3, gain: 1 },
  rain: { kind: 'ambience', file: 'rain', ogg: rainOgg, mp3: rainMp3, gain: 0.9 },
  bus: { kind: 'ambience', file: 'bus', ogg: busOgg, mp3: busMp3, gain: 0.9 },
  site: { kind: 'ambience', file: 'site', ogg: siteOgg, mp3: siteMp3, gain: 1 },
  cafe: { kind: 'ambience', file: 'cafe', ogg: cafeOgg, mp3: cafeMp3, gain: 0.9 },
  neutral: { kind: 'ambience', file: 'neutral', ogg: neutralOgg, mp3: neutralMp3, gain: 1 },
  footsteps: { kind: 'cue', file: 'footsteps', ogg: footstepsOgg, mp3: footstepsMp3, gain: 0.8 },
  dog_bark: { kind: 'cue', file: 'dog_bark', ogg: dogBarkOgg, mp3: dogBarkMp3, gain: 0.7 },
  bus_engine: { kind: 'cue', file: 'bus_engine', ogg: busEngineOgg, mp3: busEngineMp3, gain: 0.6 },
  cough: { kind: 'cue', file: 'cough', ogg: coughOgg, mp3: coughMp3, gain: 0.8 },
  door: { kind: 'cue', file: 'door', ogg: doorOgg, mp3: doorMp3, gain: 0.8 },
  ui_select: { kind: 'ui', file: 'ui_select', ogg: uiSelectOgg, mp3: uiSelectMp3, gain: 1 },
  ui_line: { kind: 'ui', file: 'ui_line', ogg: uiLineOgg, mp3: uiLineMp3, gain: 1 },
  ui_open: { kind: 'ui', file: 'ui_open', ogg: uiOpenOgg, mp3: uiOpenMp3, gain: 1 },
};

/** What the backend needs to play an entry: Ogg first, MP3 as the fallback. */
export function soundSource(entry: SoundEntry): SoundSource {
  return {
    urls: [entry.ogg, entry.mp3],
    formats: ['ogg', 'mp3'],
    loop: entry.kind === 'ambience' ? AMBIENCE_LOOP : undefined,
  };
}
