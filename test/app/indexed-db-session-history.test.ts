import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_DATABASE,
  IndexedDbSessionHistory,
  openDatabase,
  openSessionHistory,
  SESSIONS_STORE,
  UPDATED_AT_INDEX,
} from '../../src/app/indexed-db-session-history.ts';
import {
  type EndStatus,
  MemorySessionHistory,
  newStoredSession,
  SessionHistoryFullError,
  type SessionHistoryStore,
  type SessionRecord,
  SessionUnreadableError,
  type StoredSession,
  summarise,
  withAttempt,
} from '../../src/engine/index.ts';

const NOVEMBER_24 = Date.UTC(2026, 10, 24, 23, 0);
const MINUTE = 60_000;

function aRecord(storyId: string, startedAt: number, status: EndStatus | null): SessionRecord {
  return {
    schemaVersion: 1,
    story: { id: storyId, title: storyId, lang: 'fr', contentHash: 'h', path: `stories/fr/${storyId}.ink` },
    seed: 7,
    startedAt,
    events: [],
    choices: [],
    outcome: status === null ? null : { status, trust: 60, safety: null },
    failure: null,
  };
}

function aSession(id: string, title: string, minutes: number, status: EndStatus | null = 'kept'): StoredSession {
  const startedAt = NOVEMBER_24 + minutes * MINUTE;
  return { ...newStoredSession(id, aRecord('premier-bonjour', startedAt, status), startedAt + MINUTE), title };
}

/** Writes a raw value straight into the database, as a damaged disk or a newer app would leave it. */
async function writeRaw(factory: IDBFactory, value: unknown): Promise<void> {
  const database = await openDatabase(factory);
  await new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(SESSIONS_STORE, 'readwrite');
    transaction.objectStore(SESSIONS_STORE).put(value);
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error);
  });
  database.close();
}

async function countRaw(factory: IDBFactory): Promise<number> {
  const database = await openDatabase(factory);
  const count = await new Promise<number>((resolve, reject) => {
    const request = database.transaction(SESSIONS_STORE).objectStore(SESSIONS_STORE).count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();
  return count;
}

async function openIndexedDb(): Promise<SessionHistoryStore> {
  const opened = await openSessionHistory(new IDBFactory());
  expect(opened.persistent).toBe(true);
  return opened.store;
}

describe.each([
  ['in IndexedDB', openIndexedDb],
  ['in memory', async (): Promise<SessionHistoryStore> => new MemorySessionHistory()],
])('the session history %s', (_where, open) => {
  it('is empty at first', async () => {
    const store = await open();

    expect(await store.list()).toEqual({ sessions: [], unreadable: 0 });
    expect(await store.get('nothing')).toBeUndefined();
  });

  it('gives back what was put, and lists it as a summary', async () => {
    const store = await open();
    const session = aSession('a', 'Premier bonjour', 0, 'broken');
    await store.put(session);

    expect(await store.get('a')).toEqual(session);
    expect(await store.list()).toEqual({
      sessions: [
        {
          id: 'a',
          storyId: 'premier-bonjour',
          lang: 'fr',
          title: 'Premier bonjour',
          startedAt: session.startedAt,
          updatedAt: session.updatedAt,
          status: 'broken',
          attempts: 1,
        },
      ],
      unreadable: 0,
    });
  });

  it('replaces a session put again under the same id (a replay adds an attempt)', async () => {
    const store = await open();
    const first = aSession('a', 'Premier bonjour', 0, 'broken');
    await store.put(first);
    const replayed = withAttempt(first, aRecord('premier-bonjour', first.startedAt + 5 * MINUTE, null), 2, 99e12);
    await store.put(replayed);

    const { sessions } = await store.list();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ attempts: 2, status: null, updatedAt: 99e12 });
  });

  it('lists the most recently played first', async () => {
    const store = await open();
    await store.put(aSession('old', 'Le bus du jeudi', 0));
    await store.put(aSession('newest', 'Nuit froide', 120));
    await store.put(aSession('middle', 'Au site fixe', 60));

    expect((await store.list()).sessions.map((session) => session.id)).toEqual(['newest', 'middle', 'old']);
  });

  it('deletes one session, then all of them', async () => {
    const store = await open();
    await store.put(aSession('a', 'A', 0));
    await store.put(aSession('b', 'B', 1));
    await store.put(aSession('c', 'C', 2));

    await store.delete('b');
    await store.delete('never-there');
    expect((await store.list()).sessions.map((session) => session.id)).toEqual(['c', 'a']);
    expect(await store.get('b')).toBeUndefined();

    await store.deleteAll();
    expect(await store.list()).toEqual({ sessions: [], unreadable: 0 });
  });

  it('keeps its own copy: changing a session after putting it changes nothing stored', async () => {
    const store = await open();
    const session = aSession('a', 'Premier bonjour', 0);
    await store.put(session);
    (session as { title: string }).title = 'changed';

    expect((await store.get('a'))?.title).toBe('Premier bonjour');
  });
});

describe('the history in IndexedDB', () => {
  it('survives a reload: a new connection finds the sessions', async () => {
    const factory = new IDBFactory();
    const first = await openSessionHistory(factory);
    await first.store.put(aSession('a', 'Premier bonjour', 0));
    (first.store as IndexedDbSessionHistory).close();

    const reopened = await openSessionHistory(factory);
    expect(reopened.persistent).toBe(true);
    expect((await reopened.store.list()).sessions.map((session) => session.title)).toEqual(['Premier bonjour']);
  });

  it('creates the database with its store keyed by id and an index on updatedAt', async () => {
    const factory = new IDBFactory();
    const database = await openDatabase(factory);

    expect(database.name).toBe(HISTORY_DATABASE);
    expect(database.version).toBe(1);
    const store = database.transaction(SESSIONS_STORE).objectStore(SESSIONS_STORE);
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual([UPDATED_AT_INDEX]);
    database.close();
  });

  it('sets an unreadable entry aside: not listed, counted, left in place, and deleted only by "delete all"', async () => {
    const factory = new IDBFactory();
    await writeRaw(factory, { ...aSession('future', 'Version 2', 10), schemaVersion: 2 });
    await writeRaw(factory, { id: 'damaged', updatedAt: 'yesterday' });
    const { store } = await openSessionHistory(factory);
    await store.put(aSession('fine', 'Premier bonjour', 0));

    const listing = await store.list();
    expect(listing.sessions.map((session) => session.id)).toEqual(['fine']);
    expect(listing.unreadable).toBe(2);
    await expect(store.get('future')).rejects.toBeInstanceOf(SessionUnreadableError);
    await expect(store.get('future')).rejects.toThrow(/newer version/);
    expect(await countRaw(factory)).toBe(3);

    await store.delete('fine');
    expect(await store.list()).toEqual({ sessions: [], unreadable: 2 });
    await store.deleteAll();
    expect(await countRaw(factory)).toBe(0);
  });

  it('refuses a full storage with an error the interface can name, and keeps the history as it was', async () => {
    const { store } = await openSessionHistory(new IDBFactory());
    await store.put(aSession('a', 'Premier bonjour', 0));
    const full = new IndexedDbSessionHistory(quotaExceededDatabase());

    const refused = full.put(aSession('b', 'Nuit froide', 1));
    await expect(refused).rejects.toBeInstanceOf(SessionHistoryFullError);
    await expect(refused).rejects.toThrow(/storage full/);
    expect((await store.list()).sessions).toHaveLength(1);
  });
});

describe('opening the history', () => {
  it('keeps it in memory for this tab when the browser has no IndexedDB', async () => {
    const opened = await openSessionHistory(undefined);

    expect(opened.persistent).toBe(false);
    expect(opened.store).toBeInstanceOf(MemorySessionHistory);
    await opened.store.put(aSession('a', 'Premier bonjour', 0));
    expect((await opened.store.list()).sessions).toHaveLength(1);
  });

  it('keeps it in memory when IndexedDB refuses to open (private mode)', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const failing = {
      open: () => {
        const request = { error: new DOMException('A mutation operation was attempted', 'InvalidStateError') } as {
          error: DOMException;
          onerror?: () => void;
        };
        queueMicrotask(() => request.onerror?.());
        return request;
      },
    } as unknown as IDBFactory;

    for (const factory of [throwing, failing]) {
      const opened = await openSessionHistory(factory);
      expect(opened.persistent).toBe(false);
      expect(opened.store).toBeInstanceOf(MemorySessionHistory);
    }
  });
});

describe('a summary', () => {
  it('gives the latest attempt’s ending, or none while it is unfinished', () => {
    const session = aSession('a', 'Premier bonjour', 0, 'referred');
    expect(summarise(session).status).toBe('referred');
    expect(summarise(withAttempt(session, aRecord('premier-bonjour', 0, null), 1, 1)).status).toBeNull();
  });
});

/** A database whose every write aborts the way a full disk does. */
function quotaExceededDatabase(): IDBDatabase {
  return {
    transaction: () => {
      const transaction = {
        error: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        objectStore: () => ({ put: () => ({}) }),
        oncomplete: null as (() => void) | null,
        onabort: null as (() => void) | null,
      };
      queueMicrotask(() => transaction.onabort?.());
      return transaction;
    },
  } as unknown as IDBDatabase;
}
