import { beforeEach, describe, expect, it } from 'vitest';
import {
  AudioDirector,
  CROSSFADE_MS,
  ENDED_LEVEL,
  RETRY_WINDOW_MS,
  STOP_FADE_MS,
  VISIT_FADE_OUT_MS,
  VISIT_SILENCE_MS,
} from '../../src/audio/audio-director.ts';
import { SOUND_LIBRARY } from '../../src/audio/sound-library.ts';
import { EventEmitter, type PlayerEvent, type PlayerEventMap, type StoryHeader } from '../../src/engine/index.ts';
import { FakeAudioBackend } from './fake-audio-backend.ts';

type EventOf<T extends PlayerEvent['type']> = Extract<PlayerEvent, { type: T }>;

const header = (setting: StoryHeader['setting']): StoryHeader => ({
  title: 'Premier bonjour',
  lang: 'fr',
  setting,
  time: '23 h',
  character: 'Josée',
  wariness: 4,
  summary: 'Un premier bonjour.',
  duration: 5,
  concepts: [],
  warnings: [],
});

let backend: FakeAudioBackend;
let events: EventEmitter<PlayerEventMap>;
let director: AudioDirector;

function emit<T extends PlayerEvent['type']>(type: T, fields: Omit<EventOf<T>, 'type' | 'at'>, at = 0): void {
  events.emit(type, { type, at, ...fields } as unknown as PlayerEventMap[T]);
}

function start(setting: StoryHeader['setting'], at = 0, ambience: string | undefined = undefined): void {
  emit(
    'encounterStarted',
    {
      storyId: 'premier-bonjour',
      header: header(setting),
      distance: 'far',
      moment: 'guarded',
      ambience,
      resumed: ambience !== undefined,
    },
    at,
  );
}

function makeDirector(options = { volume: 1, muted: false }): void {
  backend = new FakeAudioBackend();
  events = new EventEmitter<PlayerEventMap>();
  director = new AudioDirector(options, backend);
  director.listen(events);
}

beforeEach(() => makeDirector());

describe('the ambience', () => {
  it('opens on the street at night when the encounter starts in the street, fading in', () => {
    start('street');
    const [playback] = backend.playbacksOf('street_night');
    expect(playback?.fades).toEqual([{ volume: SOUND_LIBRARY.street_night.gain, durationMs: CROSSFADE_MS }]);
    expect(backend.audible()).toEqual(['street_night']);
    expect(director.ambience).toBe('street_night');
  });

  it.each([
    ['bus', 'bus'],
    ['cafe', 'cafe'],
    ['home', 'neutral'],
    [undefined, 'neutral'],
  ] as const)('opens a %s encounter on the %s ambience', (setting, ambience) => {
    start(setting);
    expect(backend.audible()).toEqual([ambience]);
  });

  it('resumes a saved encounter in the ambience the story had set, not the setting’s', () => {
    start('street', 0, 'rain');
    expect(backend.audible()).toEqual(['rain']);
  });

  it('crossfades from the street to the rain when the story asks for rain', () => {
    start('street');
    emit('ambienceChanged', { ambience: 'rain' }, 40_000);
    const [street] = backend.playbacksOf('street_night');
    const [rain] = backend.playbacksOf('rain');
    expect(street?.fades.at(-1)).toEqual({ volume: 0, durationMs: CROSSFADE_MS });
    expect(rain?.fades).toEqual([{ volume: SOUND_LIBRARY.rain.gain, durationMs: CROSSFADE_MS }]);
    expect(street?.stopped).toBe(false);
    backend.advance(CROSSFADE_MS + 100);
    expect(street?.stopped).toBe(true);
    expect(backend.audible()).toEqual(['rain']);
  });

  it('leaves the ambience alone when the story names the one already playing', () => {
    start('street');
    emit('ambienceChanged', { ambience: 'street_night' });
    expect(backend.playbacksOf('street_night')).toHaveLength(1);
    expect(backend.playbacksOf('street_night')[0]?.fades).toHaveLength(1);
  });

  it('ignores an ambience it does not know, keeps the current one, and records the id', () => {
    start('street');
    expect(() => emit('ambienceChanged', { ambience: 'thunder' })).not.toThrow();
    expect(backend.audible()).toEqual(['street_night']);
    expect(director.takeProblems()).toEqual([{ type: 'unknownAmbience', id: 'thunder' }]);
    expect(events.takeFailures()).toEqual([]);
  });

  it('fades out for a new visit, keeps a short silence, then fades in the new visit’s ambience', () => {
    start('street');
    emit('visitStarted', { visit: 2 }, 60_000);
    emit('ambienceChanged', { ambience: 'rain' }, 60_000);
    expect(backend.playbacksOf('street_night')[0]?.fades.at(-1)).toEqual({ volume: 0, durationMs: VISIT_FADE_OUT_MS });
    expect(backend.playbacksOf('rain')).toEqual([]);
    backend.advance(VISIT_FADE_OUT_MS + VISIT_SILENCE_MS - 1);
    expect(backend.audible()).toEqual([]);
    backend.advance(1);
    expect(backend.audible()).toEqual(['rain']);
  });

  it('brings the same ambience back after a visit’s silence when the story does not change it', () => {
    start('street');
    emit('visitStarted', { visit: 2 });
    backend.advance(VISIT_FADE_OUT_MS + VISIT_SILENCE_MS);
    expect(backend.playbacksOf('street_night')).toHaveLength(2);
    expect(backend.audible()).toEqual(['street_night']);
  });

  it('sinks under the debrief when the encounter ends', () => {
    start('street');
    emit('encounterEnded', { status: 'kept', reason: 'story', message: undefined });
    const [street] = backend.playbacksOf('street_night');
    expect(street?.volume).toBeCloseTo(SOUND_LIBRARY.street_night.gain * ENDED_LEVEL);
    expect(backend.audible()).toEqual(['street_night']);
  });
});

describe('cue and interface sounds', () => {
  it('plays the dog’s bark when the story asks for it', () => {
    start('street');
    emit('soundRequested', { sound: 'dog_bark' });
    const [bark] = backend.playbacksOf('dog_bark');
    expect(bark?.volume).toBe(SOUND_LIBRARY.dog_bark.gain);
    expect(backend.playbacksOf('dog_bark')).toHaveLength(1);
  });

  it('ignores a sound it does not know without throwing, and records the id', () => {
    start('street');
    expect(() => emit('soundRequested', { sound: 'thunderclap' })).not.toThrow();
    expect(backend.audible()).toEqual(['street_night']);
    expect(director.takeProblems()).toEqual([{ type: 'unknownSound', id: 'thunderclap' }]);
    expect(events.takeFailures()).toEqual([]);
  });

  it('keeps cues silent: a cue alone plays nothing', () => {
    start('street');
    emit('cueShown', { cue: 'turns_away' });
    emit('momentChanged', { moment: 'closed' });
    expect(backend.audible()).toEqual(['street_night']);
  });

  it('clicks softly when a choice is taken', () => {
    start('street');
    emit('choiceMade', { index: 0, text: 'Dire bonsoir', act: 'greet', topic: undefined });
    expect(backend.playbacksOf('ui_select')).toHaveLength(1);
  });

  it('plays interface sounds the app asks for', () => {
    director.playUi('ui_open');
    expect(backend.playbacksOf('ui_open')).toHaveLength(1);
  });

  it('plays footsteps when the worker moves', () => {
    start('street');
    emit('distanceChanged', { from: 'far', to: 'near' }, 10_000);
    expect(backend.playbacksOf('footsteps')).toHaveLength(1);
  });

  it('plays one set of footsteps when a line both moves the worker and asks for footsteps', () => {
    start('street');
    emit('distanceChanged', { from: 'far', to: 'near' }, 10_000);
    emit('soundRequested', { sound: 'footsteps' }, 10_002);
    expect(backend.playbacksOf('footsteps')).toHaveLength(1);
    emit('soundRequested', { sound: 'footsteps' }, 25_000);
    emit('distanceChanged', { from: 'near', to: 'far' }, 25_001);
    expect(backend.playbacksOf('footsteps')).toHaveLength(2);
  });

  it('loads each sound once, on first use', () => {
    expect(backend.sounds).toEqual([]);
    start('street');
    emit('soundRequested', { sound: 'cough' });
    emit('soundRequested', { sound: 'cough' });
    expect(backend.sounds.map((sound) => sound.id)).toEqual(['street_night', 'cough']);
    expect(backend.playbacksOf('cough')).toHaveLength(2);
  });
});

describe('volume and mute', () => {
  it('applies the settings it is made with', () => {
    makeDirector({ volume: 0.4, muted: true });
    expect(backend.masterVolume).toBe(0.4);
    expect(backend.muted).toBe(true);
  });

  it('keeps the mute for sounds made later, and unmuting brings the ambience back where it is', () => {
    director.setMuted(true);
    start('street');
    emit('soundRequested', { sound: 'dog_bark' });
    expect(backend.playbacksOf('dog_bark')).toHaveLength(1);
    expect(backend.audible()).toEqual([]);
    director.setMuted(false);
    expect(backend.audible()).toContain('street_night');
  });

  it('keeps the volume for sounds made later, clamped to 0..1, ignoring what is not a number', () => {
    director.setVolume(0.5);
    start('street');
    const [street] = backend.playbacksOf('street_night');
    expect(street && backend.heardVolume(street)).toBeCloseTo(SOUND_LIBRARY.street_night.gain * 0.5);
    director.setVolume(3);
    expect(backend.masterVolume).toBe(1);
    director.setVolume(-1);
    expect(backend.masterVolume).toBe(0);
    director.setVolume(Number.NaN);
    expect(backend.masterVolume).toBe(0);
  });
});

describe('blocked audio', () => {
  it('raises nothing while the browser refuses to play, and retries once after unlock()', () => {
    backend.refusePlay = true;
    expect(() => {
      start('street');
      emit('soundRequested', { sound: 'dog_bark' });
    }).not.toThrow();
    expect(events.takeFailures()).toEqual([]);
    expect(backend.audible()).toEqual([]);
    expect(director.takeProblems().map((problem) => problem.type)).toEqual(['playFailed', 'playFailed']);

    backend.refusePlay = false;
    director.unlock();
    expect(backend.unlockCalls).toBe(1);
    expect(backend.audible().sort()).toEqual(['dog_bark', 'street_night']);

    director.unlock();
    expect(backend.playbacksOf('dog_bark')).toHaveLength(1);
    expect(backend.playbacksOf('street_night')).toHaveLength(1);
  });

  it('retries a refused sound only once', () => {
    backend.refusePlay = true;
    start('street');
    director.unlock();
    director.unlock();
    expect(director.takeProblems().map((problem) => problem.type)).toEqual(['playFailed', 'playFailed']);
    expect(events.takeFailures()).toEqual([]);
  });

  it('retries a refusal the backend reports later (howler’s playerror) after unlock()', () => {
    start('street');
    backend.soundsOf('street_night')[0]?.events.onPlayError('playback was unable to start');
    director.unlock();
    expect(backend.playbacksOf('street_night')).toHaveLength(2);
  });

  it('holds one-shots until unlock() on a page with no gesture yet, and drops those too old to make sense', () => {
    backend.locked = true;
    start('street');
    emit('soundRequested', { sound: 'bus_engine' });
    backend.advance(RETRY_WINDOW_MS + 1);
    emit('soundRequested', { sound: 'cough' });
    expect(backend.playbacksOf('bus_engine')).toEqual([]);
    expect(backend.playbacksOf('cough')).toEqual([]);
    director.unlock();
    expect(backend.playbacksOf('bus_engine')).toEqual([]);
    expect(backend.playbacksOf('cough')).toHaveLength(1);
  });

  it('stays silent for a sound that fails to load, and does not ask for it again', () => {
    start('street');
    emit('soundRequested', { sound: 'door' });
    backend.soundsOf('door')[0]?.events.onLoadError('Decoding audio data failed.');
    emit('soundRequested', { sound: 'door' });
    expect(backend.soundsOf('door')).toHaveLength(1);
    expect(backend.soundsOf('door')[0]?.unloaded).toBe(true);
    expect(director.takeProblems()).toEqual([
      { type: 'loadFailed', id: 'door', message: 'Decoding audio data failed.' },
    ]);
  });

  it('turns a failing backend into a problem, never an exception in the story', () => {
    backend.createSound = () => {
      throw new Error('no audio here');
    };
    expect(() => start('street')).not.toThrow();
    expect(events.takeFailures()).toEqual([]);
    expect(director.takeProblems()).toEqual([{ type: 'loadFailed', id: 'street_night', message: 'no audio here' }]);
  });
});

describe('leaving an encounter', () => {
  it('fades everything out on stop(), then unloads every sound', () => {
    start('street');
    emit('soundRequested', { sound: 'cough' });
    director.stop();
    expect(backend.playbacksOf('street_night')[0]?.fades.at(-1)).toEqual({ volume: 0, durationMs: STOP_FADE_MS });
    expect(backend.sounds.some((sound) => sound.unloaded)).toBe(false);
    backend.advance(STOP_FADE_MS + 100);
    expect(backend.sounds.every((sound) => sound.unloaded)).toBe(true);
    expect(backend.audible()).toEqual([]);
    expect(director.ambience).toBeUndefined();
  });

  it('plays the next encounter after stop(), loading its sounds again', () => {
    start('street');
    director.stop();
    backend.advance(STOP_FADE_MS + 100);
    start('street');
    expect(backend.soundsOf('street_night')).toHaveLength(2);
    expect(backend.audible()).toEqual(['street_night']);
  });

  it('does not bring an ambience back after stop() during a visit’s silence', () => {
    start('street');
    emit('visitStarted', { visit: 2 });
    director.stop();
    backend.advance(10_000);
    expect(backend.audible()).toEqual([]);
  });

  it('stops reacting once unsubscribed', () => {
    backend = new FakeAudioBackend();
    events = new EventEmitter<PlayerEventMap>();
    director = new AudioDirector({ volume: 1, muted: false }, backend);
    const unsubscribe = director.listen(events);
    unsubscribe();
    start('street');
    expect(backend.sounds).toEqual([]);
  });
});
