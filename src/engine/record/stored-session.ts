/**
 * The stored session: one encounter as the trainee's history keeps it on the device
 * and as "Export" writes it for a facilitator. It holds every attempt (the first
 * play and each replay from a decision), each as its versioned session record, and
 * the trainee's own words after the encounter.
 *
 * Versioned like every persisted format (STYLE.md, seam 6): `schemaVersion`, the
 * oldest version this code reads, and `readSessionFile`, which checks whatever a
 * storage or a file hands back and never trusts it. Version 1 is the first, so there
 * is no migration yet; a version 2 would add one in `readSessionFile`, with a test.
 */
import { isOneOf, LANGUAGES, type Language } from '../story/tag-contract.ts';
import { readSessionRecord, type SessionRecord } from './session-record.ts';

export const STORED_SESSION_SCHEMA_VERSION = 1;
export const OLDEST_READABLE_STORED_SESSION_VERSION = 1;
/** What `kind` says in every stored session: tells a session file from any other JSON. */
export const STORED_SESSION_KIND = 'bonne-distance/session';
/**
 * The most characters the trainee's reactions keep (about ten pages): `withReactions`
 * cuts there, and a file with more is refused as damaged. A text area can take it as
 * its `maxlength`.
 */
export const MAX_REACTIONS_LENGTH = 20_000;

export interface SessionAttempt {
  readonly record: SessionRecord;
  /** 0-based decision this attempt was replayed from; null for the first attempt. */
  readonly replayedFrom: number | null;
}

export interface StoredSession {
  readonly schemaVersion: typeof STORED_SESSION_SCHEMA_VERSION;
  readonly kind: typeof STORED_SESSION_KIND;
  /** Unique on the device; the app makes it, an imported bare record gets one from its own facts. */
  readonly id: string;
  readonly storyId: string;
  readonly lang: Language;
  /** The encounter's title as it was when first played (story text: show it as text). */
  readonly title: string;
  /** Milliseconds since the Unix epoch: when the first attempt started. */
  readonly startedAt: number;
  /** Milliseconds since the Unix epoch: when the session last changed. */
  readonly updatedAt: number;
  /** The trainee's own words after the encounter ("Comment ça s'est passé pour vous ?"), may be empty. */
  readonly reactions: string;
  /** In the order played; never empty. */
  readonly attempts: readonly SessionAttempt[];
}

export type SessionFileReadResult =
  | { readonly ok: true; readonly session: StoredSession }
  | { readonly ok: false; readonly reason: string };

/**
 * A new session around a first attempt. The app calls it when an encounter starts
 * (with the runner's record so far) and puts the result in the history; `now` is the
 * app's clock, in milliseconds since the Unix epoch.
 */
export function newStoredSession(id: string, record: SessionRecord, now: number): StoredSession {
  return {
    schemaVersion: STORED_SESSION_SCHEMA_VERSION,
    kind: STORED_SESSION_KIND,
    id,
    storyId: record.story.id,
    lang: record.story.lang,
    title: record.story.title,
    startedAt: record.startedAt,
    updatedAt: now,
    reactions: '',
    attempts: [{ record, replayedFrom: null }],
  };
}

/**
 * The session with one more attempt: a replay from `replayedFrom` (0-based decision),
 * or a fresh play with null. The app calls it when a replay starts. Throws when the
 * record was played on another story or `replayedFrom` is not a decision index: a
 * caller's mistake that would otherwise mix two encounters in one history entry.
 */
export function withAttempt(
  session: StoredSession,
  record: SessionRecord,
  replayedFrom: number | null,
  now: number,
): StoredSession {
  checkSameStory(session, record);
  if (replayedFrom !== null && !(Number.isInteger(replayedFrom) && replayedFrom >= 0)) {
    throw new RangeError(`replayedFrom must be a 0-based decision index or null, not ${replayedFrom}`);
  }
  return { ...session, updatedAt: now, attempts: [...session.attempts, { record, replayedFrom }] };
}

/**
 * The session with its last attempt's record replaced: the app calls it as the
 * attempt being played moves on (after each choice, at the end), so the history holds
 * the latest record. The attempt keeps its `replayedFrom`. Throws when the record was
 * played on another story, like `withAttempt`.
 */
export function withLatestAttempt(session: StoredSession, record: SessionRecord, now: number): StoredSession {
  checkSameStory(session, record);
  const last = session.attempts.at(-1);
  const earlier = session.attempts.slice(0, -1);
  return { ...session, updatedAt: now, attempts: [...earlier, { record, replayedFrom: last?.replayedFrom ?? null }] };
}

/**
 * The session with the trainee's reactions, cut at MAX_REACTIONS_LENGTH characters.
 * The debrief calls it when the trainee writes (or clears) their reactions.
 */
export function withReactions(session: StoredSession, text: string, now: number): StoredSession {
  return { ...session, updatedAt: now, reactions: text.slice(0, MAX_REACTIONS_LENGTH) };
}

/**
 * Reads a stored session from parsed JSON: a value the history's storage gave back, or
 * a file a facilitator opened. Accepts a stored session, or a bare session record (the
 * format exported before sessions existed), which becomes a one-attempt session whose
 * id comes from the record itself (story, start, seed), so the same file read twice
 * gives the same session. Never throws: what is wrong is said in `reason`, for the
 * person who opened the file. The session returned holds only the known fields.
 */
export function readSessionFile(value: unknown): SessionFileReadResult {
  if (!isObject(value)) return fail(NOT_A_SESSION_FILE);
  if (value.kind === undefined && looksLikeRecord(value)) return readBareRecord(value);
  if (value.kind !== STORED_SESSION_KIND) return fail(NOT_A_SESSION_FILE);
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return fail('not a Bonne distance session file (no schemaVersion)');
  }
  if (version > STORED_SESSION_SCHEMA_VERSION) {
    return fail(
      `made by a newer version of Bonne distance (session file version ${version}); update the app to open it`,
    );
  }
  if (version < OLDEST_READABLE_STORED_SESSION_VERSION)
    return fail(`session file version ${version} is too old to read`);

  if (typeof value.id !== 'string' || value.id.trim() === '') return fail('the session has no id');
  if (typeof value.storyId !== 'string' || value.storyId === '')
    return fail('the session does not say which story it is');
  if (typeof value.lang !== 'string' || !isOneOf(LANGUAGES, value.lang)) {
    return fail(`the session's language is not one of ${LANGUAGES.join(', ')}`);
  }
  if (typeof value.title !== 'string') return fail('the session has no title');
  if (!isTime(value.startedAt) || !isTime(value.updatedAt)) return fail('the session has no valid dates');
  if (typeof value.reactions !== 'string') return fail("the trainee's reactions are not text");
  if (value.reactions.length > MAX_REACTIONS_LENGTH) {
    return fail(
      `the trainee's reactions are too long (${value.reactions.length} characters, at most ${MAX_REACTIONS_LENGTH}): the file is damaged`,
    );
  }
  if (!Array.isArray(value.attempts) || value.attempts.length === 0) return fail('the session has no attempts');

  const attempts: SessionAttempt[] = [];
  for (const [index, attempt] of value.attempts.entries()) {
    const number = index + 1;
    if (!isObject(attempt)) return fail(`attempt ${number}: not an attempt`);
    const read = readSessionRecord(attempt.record);
    if (!read.ok) return fail(`attempt ${number}: ${read.reason}`);
    if (read.record.story.id !== value.storyId) {
      return fail(`attempt ${number}: played on '${read.record.story.id}', not on '${value.storyId}'`);
    }
    const replayedFrom = attempt.replayedFrom;
    if (!(replayedFrom === null || (Number.isInteger(replayedFrom) && (replayedFrom as number) >= 0))) {
      return fail(`attempt ${number}: the decision it was replayed from is not valid`);
    }
    attempts.push({ record: read.record, replayedFrom: replayedFrom as number | null });
  }

  return {
    ok: true,
    session: {
      schemaVersion: STORED_SESSION_SCHEMA_VERSION,
      kind: STORED_SESSION_KIND,
      id: value.id,
      storyId: value.storyId,
      lang: value.lang,
      title: value.title,
      startedAt: value.startedAt,
      updatedAt: value.updatedAt,
      reactions: value.reactions,
      attempts,
    },
  };
}

/**
 * The id a bare record gets when it is read as a session: the same record always
 * gives the same id, so importing it twice keeps one entry.
 */
export function bareRecordSessionId(record: SessionRecord): string {
  return `record-${record.story.id}-${record.startedAt}-${record.seed}`;
}

const NOT_A_SESSION_FILE = 'not a Bonne distance session file';

function readBareRecord(value: Record<string, unknown>): SessionFileReadResult {
  const read = readSessionRecord(value);
  if (!read.ok) return fail(read.reason);
  const record = read.record;
  // Nothing says when a bare record last changed but its own last event.
  const lastAt = record.events.reduce((latest, event) => Math.max(latest, event.at), 0);
  return { ok: true, session: newStoredSession(bareRecordSessionId(record), record, record.startedAt + lastAt) };
}

/** A session record has these; a stored session has `kind` instead of them at the top. */
function looksLikeRecord(value: Record<string, unknown>): boolean {
  return 'schemaVersion' in value && 'story' in value && 'events' in value;
}

function checkSameStory(session: StoredSession, record: SessionRecord): void {
  if (record.story.id !== session.storyId) {
    throw new RangeError(`a record of '${record.story.id}' cannot join the session of '${session.storyId}'`);
  }
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function fail(reason: string): SessionFileReadResult {
  return { ok: false, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
