/**
 * The howler backend where there is no audio at all (Node here; in the field, a
 * browser with sound disabled or a locked-down kiosk): the game must go on silently.
 */
import { describe, expect, it } from 'vitest';
import { AudioDirector } from '../../src/audio/audio-director.ts';
import { HowlerBackend } from '../../src/audio/howler-backend.ts';
import { SOUND_LIBRARY, soundSource } from '../../src/audio/sound-library.ts';

describe('the howler backend without any audio support', () => {
  it('reports a load error instead of throwing when a sound is made', async () => {
    const backend = new HowlerBackend();
    const errors: string[] = [];
    const sound = backend.createSound(soundSource(SOUND_LIBRARY.rain), {
      onLoadError: (message) => errors.push(message),
      onPlayError: (message) => errors.push(message),
    });
    expect(() => sound.play(0.5).fade(0, 100)).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors.length).toBeGreaterThan(0);
    expect(() => sound.unload()).not.toThrow();
  });

  it('lets a director play a whole evening silently, with only problems to show for it', async () => {
    const director = new AudioDirector({ volume: 0.8, muted: false });
    expect(() => {
      director.unlock();
      director.playUi('ui_select');
      director.setMuted(true);
      director.stop();
    }).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(director.takeProblems().every((problem) => problem.type === 'loadFailed')).toBe(true);
  });
});
