/**
 * The trainee's session history on this device: every encounter played, with its
 * attempts, kept as `StoredSession` files (stored-session.ts) so that one can be
 * opened again in the debrief or handed to a facilitator.
 *
 * Who calls what:
 * - the composition root (src/app/main.ts) opens the store once at start with
 *   `openSessionHistory` (src/app/indexed-db-session-history.ts), which gives the
 *   IndexedDB store or, where the browser keeps nothing, a `MemorySessionHistory`;
 * - it calls `put` when an attempt ends (and again for each replay), and hands
 *   `list`, `get`, `delete` and `deleteAll` to the start screen's History view;
 * - tests use `MemorySessionHistory` directly.
 *
 * Nothing read back is trusted: every stored value goes through `readSessionFile`.
 * An entry that cannot be read (damaged, or written by a newer version of the app)
 * is set aside: it stays where it is, is not listed, and `list()` counts it in
 * `unreadable`, so the interface can say so. Only an explicit `deleteAll` removes it.
 */
import type { EndStatus, Language } from '../story/tag-contract.ts';
import { readSessionFile, type StoredSession } from './stored-session.ts';

/** One line of the history: what the list shows, without the records themselves. */
export interface SessionSummary {
  readonly id: string;
  readonly storyId: string;
  readonly lang: Language;
  /** The encounter's title as it was when played (story text: show it as text, never as markup). */
  readonly title: string;
  /** Milliseconds since the Unix epoch, when the first attempt started. */
  readonly startedAt: number;
  /** Milliseconds since the Unix epoch, when the session last changed; the list is sorted on it. */
  readonly updatedAt: number;
  /** How the latest attempt ended; null while it is unfinished (or it failed). */
  readonly status: EndStatus | null;
  /** Attempts in the session, replays included; at least 0. */
  readonly attempts: number;
}

/** What `list()` resolves with. */
export interface HistoryListing {
  /** Readable sessions, newest first (by `updatedAt`, then `startedAt`, then id). */
  readonly sessions: readonly SessionSummary[];
  /** Entries kept on the device that could not be read: set aside, not listed, not deleted. */
  readonly unreadable: number;
}

/**
 * Where sessions are kept. Every method is asynchronous because the browser's store
 * (IndexedDB) is; none of them throws synchronously.
 */
export interface SessionHistoryStore {
  /** Readable sessions newest first, and how many entries were set aside as unreadable. */
  list(): Promise<HistoryListing>;
  /**
   * The session with this id; undefined when there is none. Rejects with
   * `SessionUnreadableError` when an entry exists but cannot be read.
   */
  get(id: string): Promise<StoredSession | undefined>;
  /**
   * Adds the session or replaces the one with the same id. Rejects with
   * `SessionHistoryFullError` when the device has no room left, with the storage's
   * own error otherwise; the history is then unchanged.
   */
  put(session: StoredSession): Promise<void>;
  /** Forgets one session; nothing happens when there is none with this id. */
  delete(id: string): Promise<void>;
  /** Forgets every session, the unreadable entries included (the trainee asked, after a confirmation). */
  deleteAll(): Promise<void>;
}

/** `put` could not keep the session: the device's storage is full. The history is unchanged. */
export class SessionHistoryFullError extends Error {
  override readonly name = 'SessionHistoryFullError';

  constructor(options?: { cause?: unknown }) {
    super('storage full: the session could not be kept on this device', options);
  }
}

/** `get` found an entry under this id that cannot be read; `reason` says why. It was left in place. */
export class SessionUnreadableError extends Error {
  override readonly name = 'SessionUnreadableError';
  readonly id: string;
  readonly reason: string;

  constructor(id: string, reason: string) {
    super(`the session ${id} could not be read: ${reason}`);
    this.id = id;
    this.reason = reason;
  }
}

/** The list line of one session. */
export function summarise(session: StoredSession): SessionSummary {
  const latest = session.attempts.at(-1);
  return {
    id: session.id,
    storyId: session.storyId,
    lang: session.lang,
    title: session.title,
    startedAt: session.startedAt,
    updatedAt: session.updatedAt,
    status: latest?.record.outcome?.status ?? null,
    attempts: session.attempts.length,
  };
}

/** Newest first: by `updatedAt`, then `startedAt`, then id, so that the order is stable. */
export function newestFirst(a: SessionSummary, b: SessionSummary): number {
  return b.updatedAt - a.updatedAt || b.startedAt - a.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Summaries of every readable value, newest first, and how many could not be read.
 * Shared by the stores so that they all judge stored data the same way.
 */
export function listingOf(values: Iterable<unknown>): HistoryListing {
  const sessions: SessionSummary[] = [];
  let unreadable = 0;
  for (const value of values) {
    const read = readSessionFile(value);
    if (read.ok) sessions.push(summarise(read.session));
    else unreadable++;
  }
  return { sessions: sessions.sort(newestFirst), unreadable };
}

/**
 * A history that lasts as long as the page: for tests, and the fallback where the
 * browser has no IndexedDB (some private modes). Values are copied in and out, as
 * a real store would, so a caller changing a session afterwards changes nothing here.
 */
export class MemorySessionHistory implements SessionHistoryStore {
  private readonly entries = new Map<string, unknown>();
  private readonly setAside: unknown[] = [];

  /**
   * `initial`: values as a storage might hold them, read like stored ones; those
   * that cannot be read are kept aside and counted (tests of the unreadable case).
   */
  constructor(initial: Iterable<unknown> = []) {
    for (const value of initial) {
      const read = readSessionFile(value);
      if (read.ok) this.entries.set(read.session.id, copy(value));
      else this.setAside.push(copy(value));
    }
  }

  async list(): Promise<HistoryListing> {
    const listing = listingOf(this.entries.values());
    return { sessions: listing.sessions, unreadable: listing.unreadable + this.setAside.length };
  }

  async get(id: string): Promise<StoredSession | undefined> {
    if (!this.entries.has(id)) return undefined;
    const read = readSessionFile(copy(this.entries.get(id)));
    if (!read.ok) throw new SessionUnreadableError(id, read.reason);
    return read.session;
  }

  async put(session: StoredSession): Promise<void> {
    this.entries.set(session.id, copy(session));
  }

  async delete(id: string): Promise<void> {
    this.entries.delete(id);
  }

  async deleteAll(): Promise<void> {
    this.entries.clear();
    this.setAside.length = 0;
  }
}

/** A deep copy of plain JSON data (a session file is JSON by definition). */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
