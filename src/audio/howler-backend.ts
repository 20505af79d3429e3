/**
 * The browser's `AudioBackend`, over howler: the only module that imports it. Howler
 * picks the first format the browser decodes, plays through Web Audio when it can
 * (HTML5 Audio otherwise), queues plays until a sound has loaded, and holds Web Audio
 * plays until the context runs.
 */
import { Howl, Howler } from 'howler';
import type { AudioBackend, BackendPlayback, BackendSound, SoundEvents, SoundSource } from './audio-backend.ts';

const LOOP_SPRITE = 'loop';

export class HowlerBackend implements AudioBackend {
  private masterVolume = 1;
  private masterMuted = false;
  /**
   * Howler's master calls create the AudioContext on first use. Made before any user
   * gesture, a context starts suspended and the browser logs a warning, so the master
   * settings wait here until a sound is made or audio is unlocked.
   */
  private contextStarted = false;

  createSound(source: SoundSource, events: SoundEvents): BackendSound {
    this.startContext();
    const loop = source.loop;
    const howl = new Howl({
      src: [...source.urls],
      format: [...source.formats],
      // Every playback sets its own volume at once; starting from 0 avoids a blip at full level.
      volume: 0,
      ...(loop === undefined
        ? {}
        : // A sprite marked as looping: Web Audio loops exactly that region (loopStart/loopEnd).
          { sprite: { [LOOP_SPRITE]: [loop.startMs, loop.endMs - loop.startMs, true] } }),
      onloaderror: (_id, error) => events.onLoadError(errorText(error)),
      onplayerror: (_id, error) => events.onPlayError(errorText(error)),
    });
    return {
      play: (volume) => {
        const id = loop === undefined ? howl.play() : howl.play(LOOP_SPRITE);
        howl.volume(volume, id);
        return playback(howl, id);
      },
      unload: () => {
        try {
          howl.unload();
        } catch {
          // Without any audio support howler has no element to clear and throws: there is nothing to free.
        }
      },
    };
  }

  setMasterVolume(volume: number): void {
    this.masterVolume = volume;
    if (this.contextStarted) Howler.volume(volume);
  }

  setMuted(muted: boolean): void {
    this.masterMuted = muted;
    if (this.contextStarted) Howler.mute(muted);
  }

  unlock(): void {
    this.startContext();
    const context = currentContext();
    if (context !== undefined && context.state === 'suspended') {
      // Refused outside a gesture or on a closed context: nothing to do, and never an unhandled rejection.
      context.resume().catch(() => undefined);
    }
  }

  isLocked(): boolean {
    // Sticky user activation is what autoplay policies check; browsers without the
    // API (older Safari) answer "unknown", and howler then holds plays until unlock.
    const activation = typeof navigator === 'undefined' ? undefined : navigator.userActivation;
    return activation !== undefined && !activation.hasBeenActive;
  }

  now(): number {
    return performance.now();
  }

  schedule(callback: () => void, delayMs: number): () => void {
    const handle = setTimeout(callback, delayMs);
    return () => clearTimeout(handle);
  }

  private startContext(): void {
    if (this.contextStarted) return;
    this.contextStarted = true;
    Howler.volume(this.masterVolume);
    Howler.mute(this.masterMuted);
  }
}

function playback(howl: Howl, id: number): BackendPlayback {
  return {
    fade: (volume, durationMs) => {
      // During a fade howler keeps the playback's volume up to date, so a new fade starts where the last one is.
      const from = howl.volume(id);
      howl.fade(typeof from === 'number' ? from : 0, volume, durationMs, id);
    },
    stop: () => {
      howl.stop(id);
    },
  };
}

/** `Howler.ctx` is typed as always there; it is missing until set up, and without Web Audio. */
function currentContext(): AudioContext | undefined {
  const context: AudioContext | null | undefined = Howler.ctx;
  return context ?? undefined;
}

function errorText(error: unknown): string {
  return typeof error === 'string' ? error : `error ${String(error)}`;
}
