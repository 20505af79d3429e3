/**
 * The session history kept in the browser's IndexedDB, so that it survives a reload
 * and is not limited to Web Storage's few megabytes (records hold every event).
 *
 * Database `bonne-distance`, object store `sessions` (key path `id`, index `updatedAt`).
 * The database is versioned: `upgrade` brings any older version up step by step, and
 * a tab holding an old connection lets a newer tab upgrade (it closes on `versionchange`).
 *
 * Stored values are never trusted: each is read through `readSessionFile`. One that
 * cannot be read stays in the database untouched; `list()` only counts it.
 */
import {
  type HistoryListing,
  listingOf,
  MemorySessionHistory,
  readSessionFile,
  SessionHistoryFullError,
  type SessionHistoryStore,
  SessionUnreadableError,
  type StoredSession,
} from '../engine/index.ts';
import { isQuotaExceeded, openVersionedDatabase, requested, writeTo } from './indexed-db.ts';

export const HISTORY_DATABASE = 'bonne-distance';
/** Raise by one with each change of stores or indexes, and add its step to `upgrade`. */
export const HISTORY_DATABASE_VERSION = 1;
export const SESSIONS_STORE = 'sessions';
export const UPDATED_AT_INDEX = 'updatedAt';
const WHAT = 'the history';

/** The store the app uses, and whether it outlives the tab. */
export interface OpenedSessionHistory {
  readonly store: SessionHistoryStore;
  /** False when the history lives in memory only: it ends with the tab (the interface says so). */
  readonly persistent: boolean;
}

/**
 * Opens the history in `indexedDB` (the browser's `window.indexedDB`, possibly
 * undefined; tests pass fake-indexeddb). Never rejects: when IndexedDB is missing,
 * refused (some private modes throw on `open`) or fails to open, the history is
 * kept in memory and `persistent` is false.
 */
export async function openSessionHistory(indexedDB: IDBFactory | undefined): Promise<OpenedSessionHistory> {
  if (indexedDB === undefined) return { store: new MemorySessionHistory(), persistent: false };
  try {
    const database = await openDatabase(indexedDB);
    return { store: new IndexedDbSessionHistory(database), persistent: true };
  } catch {
    return { store: new MemorySessionHistory(), persistent: false };
  }
}

/** Opens (creating or upgrading) the database; rejects when the browser refuses. */
export function openDatabase(indexedDB: IDBFactory): Promise<IDBDatabase> {
  return openVersionedDatabase(indexedDB, {
    name: HISTORY_DATABASE,
    version: HISTORY_DATABASE_VERSION,
    upgrade,
    what: WHAT,
  });
}

/** Each version's step, from the version found on the device up to the current one. */
function upgrade(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const sessions = database.createObjectStore(SESSIONS_STORE, { keyPath: 'id' });
    // For ordering and, later, pruning the oldest; `list` still reads every value,
    // because an entry without a valid `updatedAt` is missing from the index and
    // must be counted as unreadable, not forgotten.
    sessions.createIndex(UPDATED_AT_INDEX, 'updatedAt', { unique: false });
  }
}

export class IndexedDbSessionHistory implements SessionHistoryStore {
  private readonly database: IDBDatabase;

  /** Takes an open database (see `openDatabase`); `openSessionHistory` is the usual way in. */
  constructor(database: IDBDatabase) {
    this.database = database;
  }

  async list(): Promise<HistoryListing> {
    const transaction = this.database.transaction(SESSIONS_STORE, 'readonly');
    const values = await requested(transaction.objectStore(SESSIONS_STORE).getAll(), WHAT);
    return listingOf(values);
  }

  async get(id: string): Promise<StoredSession | undefined> {
    const transaction = this.database.transaction(SESSIONS_STORE, 'readonly');
    const value: unknown = await requested(transaction.objectStore(SESSIONS_STORE).get(id), WHAT);
    if (value === undefined) return undefined;
    const read = readSessionFile(value);
    if (!read.ok) throw new SessionUnreadableError(id, read.reason);
    if (read.session.id !== id) throw new SessionUnreadableError(id, `it holds the session ${read.session.id}`);
    return read.session;
  }

  async put(session: StoredSession): Promise<void> {
    try {
      await this.write((store) => store.put(session));
    } catch (error) {
      if (isQuotaExceeded(error)) throw new SessionHistoryFullError({ cause: error });
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.write((store) => store.delete(id));
  }

  async deleteAll(): Promise<void> {
    await this.write((store) => store.clear());
  }

  /** Closes the connection (tests reopening the database, as a reload would). */
  close(): void {
    this.database.close();
  }

  private write(change: (store: IDBObjectStore) => IDBRequest): Promise<void> {
    return writeTo(this.database, SESSIONS_STORE, change, WHAT);
  }
}
