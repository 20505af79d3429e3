/**
 * The sound library against what ships: every sound a story names exists, every
 * file the library points at is on disk in both formats, and the loop region agrees
 * with the script that made the files.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AMBIENCE_IDS,
  ambienceForSetting,
  CUE_SOUND_IDS,
  type SoundId,
  UI_SOUND_IDS,
} from '../../src/audio/sound-ids.ts';
import { AMBIENCE_LOOP, SOUND_LIBRARY, soundSource } from '../../src/audio/sound-library.ts';
import { inkFilesUnder } from '../../src/authoring/story-files.ts';
import { SETTINGS, splitTag } from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const audioFolder = join(root, 'assets/audio');

interface SoundUse {
  readonly file: string;
  readonly line: number;
  readonly key: 'sound' | 'ambience';
  readonly id: string;
}

/** Every `# sound:` and `# ambience:` tag in the shipped stories, with where it is. */
function soundUses(): SoundUse[] {
  const uses: SoundUse[] = [];
  for (const path of inkFilesUnder(join(root, 'stories'))) {
    const file = relative(root, path);
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (text.trim().startsWith('//')) return;
        for (const segment of text.split('#').slice(1)) {
          const tag = splitTag(segment);
          if (tag.key === 'sound' || tag.key === 'ambience') {
            uses.push({ file, line: index + 1, key: tag.key, id: tag.value });
          }
        }
      });
  }
  return uses;
}

describe('the sound library', () => {
  const uses = soundUses();

  it('finds the sounds the sample story uses', () => {
    const ids = new Set(uses.map((use) => use.id));
    for (const id of ['street_night', 'rain', 'footsteps', 'dog_bark', 'bus_engine', 'cough']) {
      expect(ids).toContain(id);
    }
  });

  it('has every sound and ambience a story names, of the right kind', () => {
    const missing = uses
      .filter((use) => {
        const entry = SOUND_LIBRARY[use.id as SoundId] as (typeof SOUND_LIBRARY)[SoundId] | undefined;
        return entry?.kind !== (use.key === 'ambience' ? 'ambience' : 'cue');
      })
      .map((use) => `${use.file}:${use.line}: ${use.key}: ${use.id}`);
    expect(missing).toEqual([]);
  });

  it('lists every id once, in the kind its list says', () => {
    const ids = [...AMBIENCE_IDS, ...CUE_SOUND_IDS, ...UI_SOUND_IDS];
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(SOUND_LIBRARY).sort()).toEqual([...ids].sort());
    for (const id of AMBIENCE_IDS) expect(SOUND_LIBRARY[id].kind).toBe('ambience');
    for (const id of CUE_SOUND_IDS) expect(SOUND_LIBRARY[id].kind).toBe('cue');
    for (const id of UI_SOUND_IDS) expect(SOUND_LIBRARY[id].kind).toBe('ui');
  });

  it.each(Object.entries(SOUND_LIBRARY))('ships %s as Ogg Vorbis and MP3, and points at those files', (_id, entry) => {
    const ogg = readFileSync(join(audioFolder, `${entry.file}.ogg`));
    const mp3 = readFileSync(join(audioFolder, `${entry.file}.mp3`));
    expect(ogg.subarray(0, 4).toString('latin1')).toBe('OggS');
    expect(ogg.includes('vorbis')).toBe(true);
    // An MP3 starts with an ID3 tag or straight with a frame's sync bits.
    expect(
      mp3.subarray(0, 3).toString('latin1') === 'ID3' || (mp3[0] === 0xff && ((mp3[1] ?? 0) & 0xe0) === 0xe0),
    ).toBe(true);
    for (const [url, format] of [
      [entry.ogg, 'ogg'],
      [entry.mp3, 'mp3'],
    ] as const) {
      // Vite may inline a small file as a data: URL; otherwise the URL names the file.
      if (!url.startsWith('data:')) expect(url).toMatch(new RegExp(`${entry.file}(-[\\w-]+)?\\.${format}`));
    }
    expect(soundSource(entry).formats).toEqual(['ogg', 'mp3']);
    expect(entry.gain).toBeGreaterThan(0);
    expect(entry.gain).toBeLessThanOrEqual(1);
  });

  it('loops ambiences over the region make-sounds.sh built (one period between the margins)', () => {
    const script = readFileSync(join(audioFolder, 'make-sounds.sh'), 'utf8');
    const loopSeconds = Number(/^LOOP_SECONDS=(\d+)/m.exec(script)?.[1]);
    const marginMs = Number(/^MARGIN_MS=(\d+)/m.exec(script)?.[1]);
    expect(AMBIENCE_LOOP).toEqual({ startMs: marginMs, endMs: marginMs + loopSeconds * 1000 });
    expect(soundSource(SOUND_LIBRARY.rain).loop).toEqual(AMBIENCE_LOOP);
    expect(soundSource(SOUND_LIBRARY.cough).loop).toBeUndefined();
  });

  it('stays small: under 512 KiB for both formats together', () => {
    let bytes = 0;
    for (const entry of Object.values(SOUND_LIBRARY)) {
      bytes +=
        statSync(join(audioFolder, `${entry.file}.ogg`)).size + statSync(join(audioFolder, `${entry.file}.mp3`)).size;
    }
    expect(bytes).toBeLessThan(512 * 1024);
  });

  it('has an ambience for every setting a story may declare', () => {
    for (const setting of SETTINGS) expect(AMBIENCE_IDS).toContain(ambienceForSetting(setting));
    expect(ambienceForSetting('street')).toBe('street_night');
    expect(ambienceForSetting(undefined)).toBe('neutral');
  });
});
