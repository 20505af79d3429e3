/**
 * An `AudioBackend` for tests: records what would be heard instead of playing it. It
 * models howler's master the way the browser has it (one volume and one mute over
 * every sound, those made later included), and runs scheduled callbacks only when a
 * test moves its time on.
 */
import type {
  AudioBackend,
  BackendPlayback,
  BackendSound,
  SoundEvents,
  SoundSource,
} from '../../src/audio/audio-backend.ts';
import type { SoundId } from '../../src/audio/sound-ids.ts';
import { SOUND_LIBRARY } from '../../src/audio/sound-library.ts';

/** How long a one-shot plays in fake time: longer than any of them (the passing bus, 2.6 s). */
export const ONE_SHOT_MS = 3000;

export class FakePlayback implements BackendPlayback {
  /** The volume this playback ends at once its fades are done. */
  volume: number;
  stopped = false;
  readonly fades: { readonly volume: number; readonly durationMs: number }[] = [];
  /** Fake time at which a one-shot has finished; a loop never does. */
  readonly endsAt: number;

  readonly sound: FakeSound;

  constructor(sound: FakeSound, volume: number, startedAt: number) {
    this.sound = sound;
    this.volume = volume;
    this.endsAt = sound.source.loop === undefined ? startedAt + ONE_SHOT_MS : Number.POSITIVE_INFINITY;
  }

  fade(volume: number, durationMs: number): void {
    this.fades.push({ volume, durationMs });
    this.volume = volume;
  }

  stop(): void {
    this.stopped = true;
  }
}

export class FakeSound implements BackendSound {
  readonly playbacks: FakePlayback[] = [];
  unloaded = false;

  readonly id: SoundId;
  readonly source: SoundSource;
  readonly events: SoundEvents;
  private readonly backend: FakeAudioBackend;

  constructor(backend: FakeAudioBackend, id: SoundId, source: SoundSource, events: SoundEvents) {
    this.backend = backend;
    this.id = id;
    this.source = source;
    this.events = events;
  }

  play(volume: number): BackendPlayback {
    if (this.backend.refusePlay) throw new Error('NotAllowedError: play() can only be initiated by a user gesture');
    const playback = new FakePlayback(this, volume, this.backend.now());
    this.playbacks.push(playback);
    return playback;
  }

  unload(): void {
    this.unloaded = true;
    for (const playback of this.playbacks) playback.stopped = true;
  }
}

interface Timer {
  readonly due: number;
  readonly callback: () => void;
  cancelled: boolean;
}

export class FakeAudioBackend implements AudioBackend {
  readonly sounds: FakeSound[] = [];
  masterVolume = 1;
  muted = false;
  unlockCalls = 0;
  /** True: `play` throws, as a blocked browser would refuse. */
  refusePlay = false;
  /** What `isLocked()` answers (no user gesture yet). */
  locked = false;
  private time = 0;
  private timers: Timer[] = [];

  createSound(source: SoundSource, events: SoundEvents): BackendSound {
    const sound = new FakeSound(this, idOf(source), source, events);
    this.sounds.push(sound);
    return sound;
  }

  setMasterVolume(volume: number): void {
    this.masterVolume = volume;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
  }

  unlock(): void {
    this.unlockCalls++;
  }

  isLocked(): boolean {
    return this.locked;
  }

  now(): number {
    return this.time;
  }

  schedule(callback: () => void, delayMs: number): () => void {
    const timer: Timer = { due: this.time + delayMs, callback, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  /** Moves time on, running what falls due in order. */
  advance(milliseconds: number): void {
    const end = this.time + milliseconds;
    for (;;) {
      const next = this.timers.filter((timer) => !timer.cancelled && timer.due <= end).sort((a, b) => a.due - b.due)[0];
      if (next === undefined) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.due;
      next.callback();
    }
    this.time = end;
  }

  /** Every sound made for `id` (a director makes one, or a new one after `stop()`). */
  soundsOf(id: SoundId): FakeSound[] {
    return this.sounds.filter((sound) => sound.id === id);
  }

  /** Every playback of `id`, in the order they started. */
  playbacksOf(id: SoundId): FakePlayback[] {
    return this.soundsOf(id).flatMap((sound) => sound.playbacks);
  }

  /** What a listener hears of a playback: its own volume under the master volume and mute. */
  heardVolume(playback: FakePlayback): number {
    if (playback.stopped || playback.sound.unloaded || this.muted || this.time >= playback.endsAt) return 0;
    return playback.volume * this.masterVolume;
  }

  /** The ids playing audibly now (a faded-out or stopped playback is not heard). */
  audible(): SoundId[] {
    return this.sounds
      .filter((sound) => sound.playbacks.some((playback) => this.heardVolume(playback) > 0))
      .map((sound) => sound.id);
  }
}

function idOf(source: SoundSource): SoundId {
  for (const [id, entry] of Object.entries(SOUND_LIBRARY)) {
    if (entry.ogg === source.urls[0]) return id as SoundId;
  }
  throw new Error(`no library entry for ${source.urls[0]}`);
}
