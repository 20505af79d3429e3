/**
 * A save taken after every choice: ink's state, the link state and the record so far.
 * Resuming from it continues at the same line with the same history. A save made
 * on another version of the story is detected by its content hash, never loaded.
 */
import type { LinkState } from '../link/link-model.ts';
import type { EndStatus } from '../story/tag-contract.ts';
import { END_STATUSES, isOneOf } from '../story/tag-contract.ts';
import { readSessionRecord, type SessionRecord } from './session-record.ts';

export const SAVE_SCHEMA_VERSION = 1;
export const OLDEST_READABLE_SAVE_VERSION = 1;

export interface EncounterSave {
  readonly schemaVersion: typeof SAVE_SCHEMA_VERSION;
  readonly storyId: string;
  /** Must match the story's hash to resume; otherwise the save is offered as a restart. */
  readonly contentHash: string;
  /** ink's own state JSON (it holds the ink seed and the position). */
  readonly inkState: string;
  readonly link: LinkState;
  readonly record: SessionRecord;
  /** The `end` status the story had declared when the save was taken, if any. */
  readonly declaredEnd: EndStatus | null;
  /** Lines shown so far, so that line numbers continue. */
  readonly linesShown: number;
  /** Wall-clock time of the save, milliseconds since the Unix epoch. */
  readonly savedAt: number;
}

export type SaveReadResult =
  | { readonly ok: true; readonly save: EncounterSave }
  | { readonly ok: false; readonly reason: string };

/** Reads a save from parsed JSON; never throws. A corrupt save is a reason, not a crash. */
export function readEncounterSave(value: unknown): SaveReadResult {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not a saved encounter' };
  const save = value as Record<string, unknown>;
  if (typeof save.schemaVersion !== 'number') return { ok: false, reason: 'not a saved encounter (no schemaVersion)' };
  if (save.schemaVersion > SAVE_SCHEMA_VERSION) {
    return { ok: false, reason: `saved by a newer version of Bonne distance (save version ${save.schemaVersion})` };
  }
  if (save.schemaVersion < OLDEST_READABLE_SAVE_VERSION) {
    return { ok: false, reason: `save version ${save.schemaVersion} is too old to resume` };
  }
  if (typeof save.storyId !== 'string' || typeof save.contentHash !== 'string' || typeof save.inkState !== 'string') {
    return { ok: false, reason: 'the save is incomplete (story or position missing)' };
  }
  if (!isLinkState(save.link)) return { ok: false, reason: 'the save is incomplete (link state missing)' };
  const record = readSessionRecord(save.record);
  if (!record.ok) return { ok: false, reason: `the save's record is unreadable: ${record.reason}` };
  if (save.declaredEnd !== null && !(typeof save.declaredEnd === 'string' && isOneOf(END_STATUSES, save.declaredEnd))) {
    return { ok: false, reason: 'the save has an invalid end status' };
  }
  if (typeof save.linesShown !== 'number' || typeof save.savedAt !== 'number') {
    return { ok: false, reason: 'the save is incomplete (progress missing)' };
  }
  return { ok: true, save: value as EncounterSave };
}

function isLinkState(value: unknown): value is LinkState {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    typeof link.trust === 'number' &&
    link.trust >= 0 &&
    link.trust <= 100 &&
    typeof link.wariness === 'number' &&
    typeof link.moment === 'string' &&
    typeof link.distance === 'string' &&
    typeof link.visit === 'number' &&
    typeof link.gainedThisVisit === 'number' &&
    Array.isArray(link.recentRushes) &&
    typeof link.broken === 'boolean'
  );
}
