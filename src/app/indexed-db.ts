/**
 * The IndexedDB plumbing the device's stores share (the session history, the
 * trainee's library): opening a versioned database, one read, one committed write,
 * and telling a full device apart. Each store keeps its own schema and upgrade steps.
 */

/** What a store says in errors: "the history", "the library". */
export interface DatabaseSpec {
  readonly name: string;
  /** Raise by one with each change of stores or indexes, and add its step to `upgrade`. */
  readonly version: number;
  /** Brings the database from `oldVersion` (0 for a new one) up to `version`, step by step. */
  readonly upgrade: (database: IDBDatabase, oldVersion: number) => void;
  readonly what: string;
}

/** Opens (creating or upgrading) the database; rejects when the browser refuses. */
export function openVersionedDatabase(indexedDB: IDBFactory, spec: DatabaseSpec): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // `open` itself throws in some browsers when storage is blocked (SecurityError): the promise rejects.
    const request = indexedDB.open(spec.name, spec.version);
    request.onupgradeneeded = (event) => {
      spec.upgrade(request.result, event.oldVersion);
    };
    request.onsuccess = () => {
      const database = request.result;
      // Another tab wants a newer version: let it, rather than block it forever.
      database.onversionchange = () => database.close();
      resolve(database);
    };
    request.onerror = () => reject(request.error ?? new Error(`${spec.what} could not be opened`));
  });
}

/** Resolves with a read request's result once it succeeds. */
export function requested<T>(request: IDBRequest<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`${what} could not be read`));
  });
}

/** One read-write transaction on `storeName`; resolves once it is committed, rejects when it aborts. */
export function writeTo(
  database: IDBDatabase,
  storeName: string,
  change: (store: IDBObjectStore) => IDBRequest,
  what: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let transaction: IDBTransaction;
    try {
      transaction = database.transaction(storeName, 'readwrite');
      // A failed request aborts the transaction (its error is not prevented), and a
      // full disk can also abort it at commit: both end in `onabort`.
      change(transaction.objectStore(storeName));
    } catch (error) {
      // A value that cannot be cloned, a closed connection: nothing was written.
      reject(error);
      return;
    }
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error(`${what} could not be written`));
  });
}

/** The browser ran out of room: `QuotaExceededError` (a DOMException, or its name on a plain error). */
export function isQuotaExceeded(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}
