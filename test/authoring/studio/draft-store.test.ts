import { describe, expect, it } from 'vitest';
import {
  DRAFT_SCHEMA_VERSION,
  type Draft,
  KeyValueDraftStore,
  newDraftId,
  titleOf,
} from '../../../src/authoring/studio/draft-store.ts';
import { MemoryStorage } from '../../../src/ui/key-value-storage.ts';

function draft(id: string, source: string, updatedAt: number): Draft {
  return { schemaVersion: DRAFT_SCHEMA_VERSION, id, source, createdAt: 1000, updatedAt };
}

/** A storage that counts writes and can be made to refuse them, as a full device does. */
class WatchedStorage extends MemoryStorage {
  writes = 0;
  full = false;
  override setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.writes++;
    super.setItem(key, value);
  }
}

describe('the studio’s drafts on the device', () => {
  it('keeps every change as it is made: each put is on the device before it returns', () => {
    const storage = new WatchedStorage();
    const store = new KeyValueDraftStore(storage);

    store.put(draft('a', '# title: Le banc\nB', 2000));
    store.put(draft('a', '# title: Le banc\nBo', 2001));
    store.put(draft('a', '# title: Le banc\nBon', 2002));

    expect(store.get('a')?.source).toBe('# title: Le banc\nBon');
    expect(storage.writes).toBeGreaterThanOrEqual(3);
  });

  it('survives a reload: a new store on the same storage finds the drafts', () => {
    const storage = new MemoryStorage();
    new KeyValueDraftStore(storage).put(draft('a', '# title: Le banc\nBonsoir.', 2000));

    const reloaded = new KeyValueDraftStore(storage);

    expect(reloaded.get('a')?.source).toBe('# title: Le banc\nBonsoir.');
    expect(reloaded.list().drafts).toEqual([{ id: 'a', title: 'Le banc', updatedAt: 2000 }]);
  });

  it('lists drafts by their title, the most recently changed first', () => {
    const store = new KeyValueDraftStore(new MemoryStorage());
    store.put(draft('a', '# title: Le banc', 2000));
    store.put(draft('b', 'Pas encore de titre.', 3000));
    store.put(draft('c', '# title: Nuit froide', 1500));
    store.put(draft('a', '# title: Le banc du parc', 4000));

    expect(store.list()).toEqual({
      drafts: [
        { id: 'a', title: 'Le banc du parc', updatedAt: 4000 },
        { id: 'b', title: undefined, updatedAt: 3000 },
        { id: 'c', title: 'Nuit froide', updatedAt: 1500 },
      ],
      setAside: 0,
    });
  });

  it('deletes a draft for good', () => {
    const storage = new MemoryStorage();
    const store = new KeyValueDraftStore(storage);
    store.put(draft('a', 'A', 2000));
    store.put(draft('b', 'B', 3000));

    store.delete('a');

    expect(store.get('a')).toBeUndefined();
    expect(new KeyValueDraftStore(storage).list().drafts.map((found) => found.id)).toEqual(['b']);
  });

  it('sets a corrupt draft aside instead of losing it, and counts it', () => {
    const storage = new MemoryStorage();
    const store = new KeyValueDraftStore(storage);
    store.put(draft('a', '# title: Le banc', 2000));
    store.put(draft('b', '# title: Nuit froide', 3000));
    storage.setItem('bonne-distance:studio:draft:b', '{"schemaVersion":1,"id":"b","source":');

    expect(store.get('b')).toBeUndefined();

    expect(store.list()).toEqual({ drafts: [{ id: 'a', title: 'Le banc', updatedAt: 2000 }], setAside: 1 });
    expect(storage.getItem('bonne-distance:studio:set-aside:b')).toBe('{"schemaVersion":1,"id":"b","source":');
  });

  it('sets aside a draft from a later version it cannot read', () => {
    const storage = new MemoryStorage();
    const store = new KeyValueDraftStore(storage);
    store.put(draft('a', 'A', 2000));
    storage.setItem(
      'bonne-distance:studio:draft:a',
      JSON.stringify({ ...draft('a', 'A', 2000), schemaVersion: DRAFT_SCHEMA_VERSION + 1 }),
    );

    expect(store.get('a')).toBeUndefined();
    expect(store.list().setAside).toBe(1);
  });

  it('reads a damaged index as empty rather than failing, and does not list drafts it cannot find', () => {
    const storage = new MemoryStorage();
    storage.setItem('bonne-distance:studio:drafts', 'not json');
    const store = new KeyValueDraftStore(storage);
    expect(store.list()).toEqual({ drafts: [], setAside: 0 });

    storage.setItem('bonne-distance:studio:drafts', JSON.stringify([{ id: 'gone', title: 'X', updatedAt: 1 }]));
    expect(store.list().drafts).toEqual([]);
  });

  it('throws when the device refuses the write, so the studio can say the draft is not kept', () => {
    const storage = new WatchedStorage();
    const store = new KeyValueDraftStore(storage);
    storage.full = true;

    expect(() => store.put(draft('a', 'A', 2000))).toThrow('QuotaExceededError');
  });
});

describe('a draft’s title and id', () => {
  it('reads the title from the header, trimmed', () => {
    expect(titleOf('// Modèle\n#   title:  Le banc du parc  \n# lang: fr')).toBe('Le banc du parc');
    expect(titleOf('# lang: fr')).toBeUndefined();
    expect(titleOf('# title:')).toBeUndefined();
  });

  it('makes ids that differ for drafts made in the same millisecond', () => {
    let seed = 0.1;
    const random = () => {
      seed = (seed * 7.3) % 1;
      return seed;
    };
    expect(newDraftId(1000, random)).not.toBe(newDraftId(1000, random));
  });
});
