/**
 * The session record: what happened in one encounter, as versioned JSON that a
 * facilitator can keep and the engine can replay. Every persisted format carries
 * `schemaVersion`; readers accept from OLDEST_READABLE_RECORD_VERSION up and migrate.
 */
import type { SessionEvent } from '../encounter/encounter-events.ts';
import type { EndStatus, Language } from '../story/tag-contract.ts';
import { END_STATUSES, isOneOf } from '../story/tag-contract.ts';

export const RECORD_SCHEMA_VERSION = 1;
export const OLDEST_READABLE_RECORD_VERSION = 1;

export interface RecordedStory {
  readonly id: string;
  readonly title: string;
  readonly lang: Language;
  /** Hash of the compiled story the session was played on. */
  readonly contentHash: string;
  readonly path: string;
}

export interface SessionOutcome {
  readonly status: EndStatus;
  /** The hidden trust at the end, 0 to 100. */
  readonly trust: number;
  /** 0 to 100 when the encounter had an emergency, else null. */
  readonly safety: number | null;
}

export interface SessionRecord {
  readonly schemaVersion: typeof RECORD_SCHEMA_VERSION;
  readonly story: RecordedStory;
  /** ink's random seed: with `choices`, it replays the session exactly. */
  readonly seed: number;
  /** Wall-clock start, milliseconds since the Unix epoch. */
  readonly startedAt: number;
  /** Every fact of the session in order; `at` is milliseconds since the start. */
  readonly events: readonly SessionEvent[];
  /** 0-based index of each choice made, in order. */
  readonly choices: readonly number[];
  /** Null while the encounter is still being played. */
  readonly outcome: SessionOutcome | null;
  /** Set when the story failed at run time: the message, naming the story. */
  readonly failure: string | null;
}

export type RecordReadResult =
  | { readonly ok: true; readonly record: SessionRecord }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a record from parsed JSON (a file a facilitator received, a stored session).
 * Never throws: what is wrong is said in `reason`, for the person who opened it.
 */
export function readSessionRecord(value: unknown): RecordReadResult {
  if (!isObject(value)) return fail('not a session record (expected a JSON object)');
  const version = value.schemaVersion;
  if (typeof version !== 'number') return fail('not a session record (no schemaVersion)');
  if (version > RECORD_SCHEMA_VERSION) {
    return fail(`made by a newer version of Bonne distance (record version ${version}); update the app to open it`);
  }
  if (version < OLDEST_READABLE_RECORD_VERSION) return fail(`record version ${version} is too old to read`);
  const story = value.story;
  if (!isObject(story) || typeof story.id !== 'string' || typeof story.contentHash !== 'string') {
    return fail('the record does not say which story it was played on');
  }
  if (typeof value.seed !== 'number' || !Number.isInteger(value.seed)) return fail('the record has no seed');
  if (!Array.isArray(value.events)) return fail('the record has no events');
  for (const [index, event] of value.events.entries()) {
    if (!isObject(event) || typeof event.type !== 'string' || typeof event.at !== 'number') {
      return fail(`event ${index + 1} has no type or time`);
    }
  }
  if (!Array.isArray(value.choices) || !value.choices.every((choice) => Number.isInteger(choice) && choice >= 0)) {
    return fail('the record has no valid list of choices');
  }
  const outcome = value.outcome;
  if (outcome !== null) {
    if (
      !isObject(outcome) ||
      typeof outcome.status !== 'string' ||
      !isOneOf(END_STATUSES, outcome.status) ||
      typeof outcome.trust !== 'number' ||
      outcome.trust < 0 ||
      outcome.trust > 100 ||
      !(outcome.safety === null || (typeof outcome.safety === 'number' && outcome.safety >= 0 && outcome.safety <= 100))
    ) {
      return fail('the record has an invalid outcome');
    }
  }
  return { ok: true, record: value as unknown as SessionRecord };
}

function fail(reason: string): RecordReadResult {
  return { ok: false, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
