/**
 * The sound of an encounter. A Director (STYLE.md): it listens to the runner's
 * `PlayerEvent`s and reacts; it never blocks the story, never throws from a listener,
 * and a sound that cannot load or play only leaves a problem for `takeProblems()`.
 *
 * The composition root makes one with the player's settings, calls `listen()` with the
 * runner's `playerEvents`, `unlock()` from the first user gesture, `setVolume()` and
 * `setMuted()` when the settings change, `playUi()` for interface sounds, and `stop()`
 * when leaving an encounter (the same director can then play the next one).
 */
import type { EventEmitter, PlayerEvent, PlayerEventMap } from '../engine/index.ts';
import type { AudioBackend, BackendPlayback, BackendSound } from './audio-backend.ts';
import { HowlerBackend } from './howler-backend.ts';
import {
  type AmbienceId,
  ambienceForSetting,
  isAmbienceId,
  isCueSoundId,
  type SoundId,
  type UiSoundId,
} from './sound-ids.ts';
import { SOUND_LIBRARY, soundSource } from './sound-library.ts';

export interface AudioDirectorOptions {
  /** Master volume, 0 (silent) to 1 (full), as in the player's settings. */
  readonly volume: number;
  readonly muted: boolean;
}

/** Something that kept a sound from playing. Never an error for the story: the encounter goes on. */
export type AudioProblem =
  /** A story asked `# sound: id` for an id the library does not have. */
  | { readonly type: 'unknownSound'; readonly id: string }
  /** A story asked `# ambience: id` for an id the library does not have. */
  | { readonly type: 'unknownAmbience'; readonly id: string }
  | { readonly type: 'loadFailed'; readonly id: SoundId; readonly message: string }
  | { readonly type: 'playFailed'; readonly id: SoundId; readonly message: string }
  /** A handler failed; the event was skipped. */
  | { readonly type: 'listenerFailed'; readonly event: PlayerEvent['type']; readonly message: string };

/** Crossfade between two ambiences, in milliseconds. */
export const CROSSFADE_MS = 2000;
/** A new visit (days later): the ambience fades out, a short silence, then fades in. */
export const VISIT_FADE_OUT_MS = 1500;
export const VISIT_SILENCE_MS = 700;
export const VISIT_FADE_IN_MS = 2500;
/** At the end of an encounter the ambience sinks under the debrief to this share of its level. */
export const ENDED_LEVEL = 0.25;
export const ENDED_FADE_MS = 3000;
/** `stop()`: fade out, then unload. */
export const STOP_FADE_MS = 600;
/**
 * A line that both moves the worker and asks `# sound: footsteps` gives two events a
 * few milliseconds apart: one set of steps is heard, not two.
 */
export const FOOTSTEPS_DEDUPE_MS = 300;
/** A one-shot refused before the first gesture is retried on unlock only if it is this recent (milliseconds). */
export const RETRY_WINDOW_MS = 1500;

interface AmbiencePlayback {
  readonly id: AmbienceId;
  /** Undefined when the backend refused to start it; `unlock()` retries it once. */
  playback: BackendPlayback | undefined;
  /** Share of the entry's gain it plays at (1, or `ENDED_LEVEL` after the end). */
  level: number;
}

interface PendingOneShot {
  readonly id: SoundId;
  /** `backend.now()` when it was refused. */
  readonly at: number;
}

export class AudioDirector {
  private readonly backend: AudioBackend;
  private readonly sounds = new Map<SoundId, BackendSound>();
  /** Sounds that failed to load: not asked for again until `stop()`. */
  private readonly failed = new Set<SoundId>();
  private readonly problems: AudioProblem[] = [];
  private readonly timers = new Set<() => void>();
  private unlocked = false;
  /** The ambience the story is in, even while a visit's silence keeps it from playing. */
  private ambienceId: AmbienceId | undefined;
  private current: AmbiencePlayback | undefined;
  /** True between a visit's fade-out and its fade-in: an `ambienceChanged` then waits for the fade-in. */
  private betweenVisits = false;
  /** After `encounterEnded`: an ambience that starts now starts at `ENDED_LEVEL`. */
  private ended = false;
  private lastFootstepsAt: number | undefined;
  private pendingOneShots: PendingOneShot[] = [];
  /** Ids already retried once after a refusal: a second refusal is only recorded. */
  private readonly retried = new Set<SoundId>();

  constructor(options: AudioDirectorOptions, backend: AudioBackend = new HowlerBackend()) {
    this.backend = backend;
    this.setVolume(options.volume);
    this.setMuted(options.muted);
  }

  /** The ambience the director is playing (or will play after a visit's silence); undefined when none. */
  get ambience(): AmbienceId | undefined {
    return this.ambienceId;
  }

  /** Subscribes to an encounter's player events; returns the function that unsubscribes. */
  listen(events: EventEmitter<PlayerEventMap>): () => void {
    const unsubscribes = [
      events.on('encounterStarted', (event) => this.guard(event, () => this.onEncounterStarted(event))),
      events.on('ambienceChanged', (event) => this.guard(event, () => this.onAmbienceChanged(event.ambience))),
      events.on('soundRequested', (event) => this.guard(event, () => this.onSoundRequested(event.sound, event.at))),
      events.on('distanceChanged', (event) => this.guard(event, () => this.playFootsteps(event.at))),
      events.on('visitStarted', (event) => this.guard(event, () => this.onVisitStarted())),
      events.on('choiceMade', (event) => this.guard(event, () => this.playUi('ui_select'))),
      events.on('encounterEnded', (event) => this.guard(event, () => this.onEncounterEnded())),
    ];
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }

  /** Master volume, 0 to 1 (clamped; anything not a number is ignored). Applies to every sound, now and later. */
  setVolume(volume: number): void {
    if (!Number.isFinite(volume)) return;
    const clamped = Math.min(1, Math.max(0, volume));
    this.attempt(() => this.backend.setMasterVolume(clamped));
  }

  /** Master mute. Sounds keep running silently, so unmuting brings the ambience back where it is. */
  setMuted(muted: boolean): void {
    this.attempt(() => this.backend.setMuted(muted));
  }

  /**
   * Call from the first user gesture (a click, a key): lets the browser start sound,
   * then retries once what it refused before (the ambience, and one-shots still
   * recent enough to make sense). Harmless when called again.
   */
  unlock(): void {
    this.unlocked = true;
    this.attempt(() => this.backend.unlock());
    // Loaded now, inside the gesture, so the first choice's click is not late.
    this.soundFor('ui_select');
    const current = this.current;
    if (current !== undefined && current.playback === undefined && !this.retried.has(current.id)) {
      this.retried.add(current.id);
      current.playback = this.startPlayback(current.id, current.level, CROSSFADE_MS);
    }
    const now = this.backend.now();
    const pending = this.pendingOneShots;
    this.pendingOneShots = [];
    for (const oneShot of pending) {
      if (now - oneShot.at > RETRY_WINDOW_MS) continue;
      this.retried.add(oneShot.id);
      this.startPlayback(oneShot.id, 1, 0);
    }
  }

  /** Plays an interface sound (the choice click, the line tick, the debrief chime). */
  playUi(id: UiSoundId): void {
    this.playOneShot(id);
  }

  /**
   * Leaving an encounter: everything fades out, then every sound is unloaded. The
   * director stays usable: the next encounter loads what it needs again.
   */
  stop(): void {
    for (const cancel of this.timers) cancel();
    this.timers.clear();
    this.fadeOutAmbience(STOP_FADE_MS);
    const sounds = [...this.sounds.values()];
    this.sounds.clear();
    this.failed.clear();
    this.retried.clear();
    this.ambienceId = undefined;
    this.betweenVisits = false;
    this.ended = false;
    this.pendingOneShots = [];
    this.lastFootstepsAt = undefined;
    // Not a tracked timer: a later stop() must not cancel the unloading of these.
    this.backend.schedule(() => {
      for (const sound of sounds) this.attempt(() => sound.unload());
    }, STOP_FADE_MS + 100);
  }

  /** Problems since the last call, taken once; the composition root may log them. */
  takeProblems(): AudioProblem[] {
    return this.problems.splice(0);
  }

  private onEncounterStarted(event: Extract<PlayerEvent, { type: 'encounterStarted' }>): void {
    this.cancelTimers();
    this.betweenVisits = false;
    this.ended = false;
    this.lastFootstepsAt = undefined;
    this.pendingOneShots = [];
    this.retried.clear();
    // A resumed encounter continues in the ambience the story had set (rain, say).
    const resumedAmbience = event.ambience !== undefined && isAmbienceId(event.ambience) ? event.ambience : undefined;
    this.changeAmbience(resumedAmbience ?? ambienceForSetting(event.header.setting));
  }

  private onAmbienceChanged(id: string): void {
    if (!isAmbienceId(id)) {
      this.problems.push({ type: 'unknownAmbience', id });
      return;
    }
    this.changeAmbience(id);
  }

  private onSoundRequested(id: string, at: number): void {
    if (!isCueSoundId(id)) {
      this.problems.push({ type: 'unknownSound', id });
      return;
    }
    if (id === 'footsteps') this.playFootsteps(at);
    else this.playOneShot(id);
  }

  /** `at` is the event's time in the encounter (milliseconds), so the de-duplication needs no clock. */
  private playFootsteps(at: number): void {
    if (this.lastFootstepsAt !== undefined && Math.abs(at - this.lastFootstepsAt) < FOOTSTEPS_DEDUPE_MS) return;
    this.lastFootstepsAt = at;
    this.playOneShot('footsteps');
  }

  private onVisitStarted(): void {
    if (this.ambienceId === undefined) return;
    this.cancelTimers();
    this.fadeOutAmbience(VISIT_FADE_OUT_MS);
    this.betweenVisits = true;
    this.later(() => {
      this.betweenVisits = false;
      const id = this.ambienceId;
      if (id !== undefined) this.current = this.startAmbience(id, this.levelNow(), VISIT_FADE_IN_MS);
    }, VISIT_FADE_OUT_MS + VISIT_SILENCE_MS);
  }

  private onEncounterEnded(): void {
    this.ended = true;
    const current = this.current;
    if (current === undefined) return;
    current.level = ENDED_LEVEL;
    current.playback?.fade(this.gainOf(current.id) * ENDED_LEVEL, ENDED_FADE_MS);
  }

  /** Crossfades to `id`; the same ambience already at the right level is left alone. */
  private changeAmbience(id: AmbienceId): void {
    this.ambienceId = id;
    if (this.betweenVisits) return;
    const current = this.current;
    const level = this.levelNow();
    if (current !== undefined && current.id === id) {
      if (current.level !== level && current.playback !== undefined) {
        current.level = level;
        current.playback.fade(this.gainOf(id) * level, CROSSFADE_MS);
      }
      return;
    }
    this.fadeOutAmbience(CROSSFADE_MS);
    this.current = this.startAmbience(id, level, CROSSFADE_MS);
  }

  private levelNow(): number {
    return this.ended ? ENDED_LEVEL : 1;
  }

  private startAmbience(id: AmbienceId, level: number, fadeInMs: number): AmbiencePlayback {
    return { id, level, playback: this.startPlayback(id, level, fadeInMs) };
  }

  /** Fades the current ambience to silence, stops it after the fade, and forgets it. */
  private fadeOutAmbience(durationMs: number): void {
    const playback = this.current?.playback;
    this.current = undefined;
    if (playback === undefined) return;
    this.attempt(() => playback.fade(0, durationMs));
    // Not cancelled with the other timers: a sound faded out must always be stopped.
    this.backend.schedule(() => this.attempt(() => playback.stop()), durationMs + 50);
  }

  private playOneShot(id: SoundId): void {
    if (!this.unlocked && this.attempt(() => this.backend.isLocked()) === true) {
      // Howler would hold it and play it at the first click, out of its moment: keep it for unlock() to judge.
      this.pendingOneShots.push({ id, at: this.backend.now() });
      return;
    }
    this.startPlayback(id, 1, 0);
  }

  /**
   * Starts a playback at `level` of the entry's gain, faded in over `fadeInMs` (0: at
   * once). Undefined when the sound failed to load or the backend refused to play.
   */
  private startPlayback(id: SoundId, level: number, fadeInMs: number): BackendPlayback | undefined {
    const sound = this.soundFor(id);
    if (sound === undefined) return undefined;
    const volume = this.gainOf(id) * level;
    try {
      const playback = sound.play(fadeInMs > 0 ? 0 : volume);
      if (fadeInMs > 0) playback.fade(volume, fadeInMs);
      return playback;
    } catch (error) {
      this.onPlayError(id, messageOf(error));
      return undefined;
    }
  }

  /** The sound for `id`, made on first use; undefined when it failed to load. */
  private soundFor(id: SoundId): BackendSound | undefined {
    if (this.failed.has(id)) return undefined;
    const known = this.sounds.get(id);
    if (known !== undefined) return known;
    try {
      const sound = this.backend.createSound(soundSource(SOUND_LIBRARY[id]), {
        onLoadError: (message) => this.onLoadError(id, message),
        onPlayError: (message) => this.onPlayError(id, message),
      });
      this.sounds.set(id, sound);
      return sound;
    } catch (error) {
      this.onLoadError(id, messageOf(error));
      return undefined;
    }
  }

  private onLoadError(id: SoundId, message: string): void {
    this.problems.push({ type: 'loadFailed', id, message });
    this.failed.add(id);
    const sound = this.sounds.get(id);
    this.sounds.delete(id);
    if (sound !== undefined) this.attempt(() => sound.unload());
  }

  /** A refused playback (thrown now, or reported later by the backend): retried once on unlock. */
  private onPlayError(id: SoundId, message: string): void {
    this.problems.push({ type: 'playFailed', id, message });
    if (this.retried.has(id)) return;
    if (this.current?.id === id) {
      this.current.playback = undefined;
      return;
    }
    if (!isAmbienceId(id)) this.pendingOneShots.push({ id, at: this.backend.now() });
  }

  private gainOf(id: SoundId): number {
    return SOUND_LIBRARY[id].gain;
  }

  private later(callback: () => void, delayMs: number): void {
    const cancel = this.backend.schedule(() => {
      this.timers.delete(cancel);
      this.attempt(callback);
    }, delayMs);
    this.timers.add(cancel);
  }

  private cancelTimers(): void {
    for (const cancel of this.timers) cancel();
    this.timers.clear();
  }

  /** Runs a handler; a failure becomes a problem, never an exception in the runner's emit. */
  private guard(event: PlayerEvent, handler: () => void): void {
    try {
      handler();
    } catch (error) {
      this.problems.push({ type: 'listenerFailed', event: event.type, message: messageOf(error) });
    }
  }

  /** Calls into the backend where a throw must not stop the director; returns undefined when it threw. */
  private attempt<T>(call: () => T): T | undefined {
    try {
      return call();
    } catch {
      return undefined;
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
