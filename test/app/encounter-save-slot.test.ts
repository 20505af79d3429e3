import { describe, expect, it } from 'vitest';
import { EncounterSaveSlot, type KeyValueStorage, SAVE_KEY, SET_ASIDE_KEY } from '../../src/app/encounter-save-slot.ts';
import {
  EncounterRunner,
  type EncounterSave,
  FakeClock,
  MemorySaveStore,
  readEncounterSave,
  ScriptedPresenter,
} from '../../src/engine/index.ts';
import { compileStory } from '../support/compile-story.ts';

class MapStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

async function aSave(): Promise<EncounterSave> {
  const store = new MemorySaveStore();
  const story = compileStory('# title: T\nBonsoir.\n+ [Saluer #act: greet] Salut.\n-> END\n', 't');
  await new EncounterRunner({
    story,
    presenters: [new ScriptedPresenter([0])],
    clock: new FakeClock(),
    seed: 1,
    saveStore: store,
  }).run();
  const read = readEncounterSave(store.latest);
  if (!read.ok) throw new Error(read.reason);
  return read.save;
}

describe('the unfinished encounter kept on the device', () => {
  it('is empty at first, then gives back the save it was given', async () => {
    const storage = new MapStorage();
    const slot = new EncounterSaveSlot(storage);
    expect(slot.read()).toEqual({ kind: 'empty' });
    const save = await aSave();
    slot.write(save);
    expect(slot.read()).toEqual({ kind: 'save', save });
    slot.clear();
    expect(slot.read()).toEqual({ kind: 'empty' });
  });

  it('sets a damaged save aside instead of deleting it, and says why', () => {
    const storage = new MapStorage();
    storage.setItem(SAVE_KEY, '{"schemaVersion":1,"storyId":');
    const slot = new EncounterSaveSlot(storage);
    expect(slot.read()).toEqual({ kind: 'unreadable', reason: 'the saved encounter is damaged (not valid JSON)' });
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{"schemaVersion":1,"storyId":');
    expect(slot.read()).toEqual({ kind: 'empty' });
  });

  it('sets aside a save from a newer version of the app', () => {
    const storage = new MapStorage();
    storage.setItem(SAVE_KEY, JSON.stringify({ schemaVersion: 7 }));
    expect(new EncounterSaveSlot(storage).read()).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/newer version/),
    });
  });

  it('lets a full storage refuse loudly, so the runner can tell the trainee', async () => {
    const storage = new MapStorage();
    storage.quota = 10;
    const save = await aSave();
    expect(() => new EncounterSaveSlot(storage).write(save)).toThrow(/quota/);
  });

  it('reports a storage that cannot even be read', () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(new EncounterSaveSlot(blocked).read()).toMatchObject({ kind: 'unreadable' });
  });
});
