/**
 * The studio's drafts, kept on the device. The studio writes the draft it edits at every
 * change, synchronously, so a reload, a crash or a closed tab loses nothing that was
 * typed. `KeyValueDraftStore` keeps them in a key-value storage (the browser's
 * `localStorage` in the app, a map in tests): one entry per draft and an index.
 *
 * Versioned like every persisted format (STYLE.md): a draft that cannot be read is set
 * aside under another key, never deleted, and counted in the listing.
 */

export const DRAFT_SCHEMA_VERSION = 1;
export const OLDEST_READABLE_DRAFT_VERSION = 1;

/** One encounter being written. */
export interface Draft {
  readonly schemaVersion: typeof DRAFT_SCHEMA_VERSION;
  /** Stable for the draft's life; never reused. */
  readonly id: string;
  /** The ink source, as typed. */
  readonly source: string;
  /** Epoch milliseconds. */
  readonly createdAt: number;
  /** Epoch milliseconds of the last change. */
  readonly updatedAt: number;
}

/** A line of the drafts list: what it takes to show and open one, without its source. */
export interface DraftSummary {
  readonly id: string;
  /** The story's `# title:`, or undefined when it has none yet. */
  readonly title: string | undefined;
  readonly updatedAt: number;
}

export interface DraftListing {
  /** Most recently changed first. */
  readonly drafts: readonly DraftSummary[];
  /** Drafts that could not be read and were set aside (kept, not listed). */
  readonly setAside: number;
}

/**
 * Where drafts are kept. Synchronous, so that a draft written on a change is on the
 * device before the next event can close the page. `put` throws when the device
 * refuses (a full storage): the studio says so and offers the export.
 */
export interface DraftStore {
  list(): DraftListing;
  get(id: string): Draft | undefined;
  put(draft: Draft): void;
  delete(id: string): void;
}

/** The little of Web Storage the store needs (the same shape as the app's `KeyValueStorage`). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'bonne-distance:studio';
const INDEX_KEY = `${PREFIX}:drafts`;
const draftKey = (id: string): string => `${PREFIX}:draft:${id}`;
const setAsideKey = (id: string): string => `${PREFIX}:set-aside:${id}`;
const SET_ASIDE_INDEX_KEY = `${PREFIX}:set-aside`;

interface IndexEntry {
  readonly id: string;
  readonly title: string | null;
  readonly updatedAt: number;
}

export class KeyValueDraftStore implements DraftStore {
  private readonly storage: DraftStorage;

  constructor(storage: DraftStorage) {
    this.storage = storage;
  }

  list(): DraftListing {
    const drafts: DraftSummary[] = [];
    for (const entry of this.readIndex()) {
      // The index is a cache of the drafts: a draft missing or unreadable is not listed.
      if (this.storage.getItem(draftKey(entry.id)) === null) continue;
      drafts.push({ id: entry.id, title: entry.title ?? undefined, updatedAt: entry.updatedAt });
    }
    drafts.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
    return { drafts, setAside: this.readSetAside().length };
  }

  get(id: string): Draft | undefined {
    const raw = this.storage.getItem(draftKey(id));
    if (raw === null) return undefined;
    const draft = readDraft(raw);
    if (draft === undefined || draft.id !== id) {
      this.setAside(id, raw);
      return undefined;
    }
    return draft;
  }

  put(draft: Draft): void {
    // The draft first: if the index then fails, the draft is still on the device.
    this.storage.setItem(draftKey(draft.id), JSON.stringify(draft));
    const title = titleOf(draft.source) ?? null;
    const index = this.readIndex();
    const existing = index.find((entry) => entry.id === draft.id);
    if (existing?.title === title && existing.updatedAt === draft.updatedAt) return;
    const entry: IndexEntry = { id: draft.id, title, updatedAt: draft.updatedAt };
    this.writeIndex([entry, ...index.filter((other) => other.id !== draft.id)]);
  }

  delete(id: string): void {
    this.storage.removeItem(draftKey(id));
    this.writeIndex(this.readIndex().filter((entry) => entry.id !== id));
  }

  private setAside(id: string, raw: string): void {
    try {
      this.storage.setItem(setAsideKey(id), raw);
      this.storage.setItem(SET_ASIDE_INDEX_KEY, JSON.stringify([...new Set([...this.readSetAside(), id])]));
      this.storage.removeItem(draftKey(id));
      this.writeIndex(this.readIndex().filter((entry) => entry.id !== id));
    } catch {
      // A storage too full to move it: it stays where it is, and is skipped again next time.
    }
  }

  private readIndex(): IndexEntry[] {
    const parsed = parseJson(this.storage.getItem(INDEX_KEY));
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((value): IndexEntry[] => {
      if (typeof value !== 'object' || value === null) return [];
      const { id, title, updatedAt } = value as Record<string, unknown>;
      if (typeof id !== 'string' || typeof updatedAt !== 'number') return [];
      return [{ id, title: typeof title === 'string' ? title : null, updatedAt }];
    });
  }

  private writeIndex(entries: readonly IndexEntry[]): void {
    this.storage.setItem(INDEX_KEY, JSON.stringify(entries));
  }

  private readSetAside(): string[] {
    const parsed = parseJson(this.storage.getItem(SET_ASIDE_INDEX_KEY));
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  }
}

/** A draft read back from storage, or undefined when it is not one this version can read. */
export function readDraft(raw: string): Draft | undefined {
  const value = parseJson(raw);
  if (typeof value !== 'object' || value === null) return undefined;
  const { schemaVersion, id, source, createdAt, updatedAt } = value as Record<string, unknown>;
  if (
    typeof schemaVersion !== 'number' ||
    schemaVersion < OLDEST_READABLE_DRAFT_VERSION ||
    schemaVersion > DRAFT_SCHEMA_VERSION
  ) {
    return undefined;
  }
  if (typeof id !== 'string' || typeof source !== 'string') return undefined;
  if (typeof createdAt !== 'number' || typeof updatedAt !== 'number') return undefined;
  return { schemaVersion: DRAFT_SCHEMA_VERSION, id, source, createdAt, updatedAt };
}

/** The `# title:` a source declares in its header, if any. */
export function titleOf(source: string): string | undefined {
  const title = /^[ \t]*#[ \t]*title[ \t]*:[ \t]*(.*?)[ \t]*$/im.exec(source)?.[1];
  return title === undefined || title === '' ? undefined : title;
}

/** A new draft's id: the time it was made and a random part, so two tabs never clash. */
export function newDraftId(now: number, random: () => number): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
