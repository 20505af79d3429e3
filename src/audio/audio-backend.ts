/**
 * The few sound calls the `AudioDirector` makes, as an interface. In the browser the
 * director uses `HowlerBackend` (the only module that imports howler); unit tests pass
 * a fake that records the calls, so they run in Node with no Web Audio at all.
 */

/** One sound's files and how it plays: plain data, from the sound library. */
export interface SoundSource {
  /** The same sound in several formats, best first; the backend plays the first one the browser decodes. */
  readonly urls: readonly string[];
  /** The format of each URL, same order (`'ogg'`, `'mp3'`): URLs may be data: URLs or hashed names. */
  readonly formats: readonly string[];
  /**
   * For an ambience: the region looped forever, in milliseconds from the file's start
   * (the file holds a margin on each side, see make-sounds.sh). Undefined for a one-shot.
   */
  readonly loop: { readonly startMs: number; readonly endMs: number } | undefined;
}

/** What a backend reports about a sound after the call that caused it (fetching, decoding and starting are asynchronous). */
export interface SoundEvents {
  /** The files could not be fetched or decoded: the sound stays silent. */
  onLoadError(message: string): void;
  /** A playback was refused, most often by the autoplay policy before the first user gesture. */
  onPlayError(message: string): void;
}

/** One playback of a sound. */
export interface BackendPlayback {
  /** Ramps this playback's volume (0 to 1, under the master volume) to `volume` over `durationMs` milliseconds. */
  fade(volume: number, durationMs: number): void;
  stop(): void;
}

/** A loaded (or loading) sound. */
export interface BackendSound {
  /**
   * Starts a playback at `volume` (0 to 1, under the master volume). A backend may
   * queue it until the sound has loaded or audio is unlocked; it may also throw when
   * audio is blocked, which the director treats like `onPlayError`.
   */
  play(volume: number): BackendPlayback;
  /** Stops every playback and frees the decoded audio. */
  unload(): void;
}

export interface AudioBackend {
  /** Makes a sound; loading starts now. The director calls this the first time a sound is needed. */
  createSound(source: SoundSource, events: SoundEvents): BackendSound;
  /** Master volume, 0 to 1; applies to every sound, including those made later. */
  setMasterVolume(volume: number): void;
  /** Master mute; applies to every sound, including those made later. */
  setMuted(muted: boolean): void;
  /** Called from inside a user gesture: lets audio start (resumes a suspended audio context). */
  unlock(): void;
  /** True while the page may not start sound yet (no user gesture so far), when the browser can tell. */
  isLocked(): boolean;
  /** Milliseconds from an arbitrary origin, for the window in which a refused one-shot is still worth retrying. */
  now(): number;
  /** Runs `callback` once after `delayMs` milliseconds; returns the function that cancels it. */
  schedule(callback: () => void, delayMs: number): () => void;
}
