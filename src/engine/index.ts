/**
 * The engine's public API: the only module other layers import (STYLE.md). Pure
 * TypeScript: no Phaser, no DOM, no sound, no ink compiler. Time, randomness and
 * storage come in from the caller.
 */

/** Cancellation for presenters: `CancelSource` makes one, presenters read its `CancelSignal`. */
export { type CancelSignal, CancelSource } from './cancel-signal.ts';
/**
 * Injected time and randomness. The browser passes `{ now: () => Date.now() }`; tests
 * pass a `FakeClock`. `createRandom(seed)` gives the same sequence for the same seed
 * everywhere (the terminal's `--auto` picks with it).
 */
export { type Clock, createRandom, pickIndex, type Random } from './clock.ts';
/** Shapes of the debrief's analysis, which the debrief screen, the print view and the facilitator's view draw. */
export type {
  CurvePoint,
  DebriefAnalysis,
  DebriefDecision,
  DebriefMark,
  MarkKind,
  Takeaway,
  TakeawayId,
  TimelineEntry,
} from './debrief/debrief-analysis.ts';
/** `analyseSession(record)`: the debrief of one attempt (curve, decisions, timeline, marks, take-aways; no score). */
export { analyseSession, MARK_KINDS, TAKEAWAY_IDS } from './debrief/debrief-analysis.ts';
/**
 * The facts of an encounter. Presenters and the audio get `PlayerEvent` (no trust);
 * the recorder and the debrief get `SessionEvent` (with the link's effects).
 */
export type {
  EndReason,
  LinkEvent,
  PlayerEvent,
  PlayerEventMap,
  PlayerEventType,
  SessionEvent,
  SessionEventMap,
  SessionEventType,
} from './encounter/encounter-events.ts';
/** Tells the two streams apart at run time (the recorder keeps both; the UI only the first). */
export { isPlayerEvent, PLAYER_EVENT_TYPES } from './encounter/encounter-events.ts';
/**
 * Plays an encounter. The composition root makes one per play with the compiled
 * story, its presenters, a clock, a seed and a save store; `run()` resolves with the
 * session record when the encounter ends, never rejects for a story's fault (a
 * runtime failure ends it with `record.failure` set), and can be called once.
 * `hurryUp()` finishes the typewriter, `skipLine()` moves on, `stop()` abandons.
 * Resuming: pass `resumeFrom`; a save from another version of the story throws a
 * `SaveMismatchError` from the constructor, for the caller to offer a restart.
 */
export {
  EncounterRunner,
  type EncounterRunnerOptions,
  type EncounterSaveStore,
  SaveMismatchError,
} from './encounter/encounter-runner.ts';
/**
 * What the runner awaits. Lines go to every presenter and the runner waits for all;
 * choices go to every presenter, the first answer wins, the rest are cancelled.
 */
export type {
  EncounterClosing,
  EncounterIntro,
  LineControl,
  PresentedChoice,
  PresentedLine,
  Presenter,
  StageDirection,
} from './encounter/presenter.ts';
/**
 * A presenter for headless runs: `new StopAtDecision(choices)`, then set its `runner`;
 * it makes the choices, stops the runner at the next decision (`run` resolves with the
 * record so far) and keeps the texts offered there (undefined when the story ended first).
 * checkpointBefore, findBestPath and the story checkers play with it.
 */
export { StopAtDecision } from './encounter/stop-at-decision.ts';
/** A typed event emitter; listeners are isolated so a failing one never stops the story. */
export { EventEmitter, type Listener } from './event-emitter.ts';
/**
 * The hidden link model, a pure reducer. The runner drives it; the debrief, the
 * checker and the reveal mode call `reduceLink`, `bandOf` and `demandOf` directly.
 */
export {
  bandOf,
  type ClosingSignal,
  demandOf,
  initialLinkState,
  LINK_CAUSES,
  type LinkCause,
  type LinkEffect,
  type LinkInput,
  type LinkState,
  type LinkStep,
  reduceLink,
} from './link/link-model.ts';
/** The model's numbers, for the authoring guide, the debrief's explanations and the tests. */
export * as linkRules from './link/link-rules.ts';
/** "Rejouer ce moment": the state before one of a session's decisions, as a save to resume; or why it cannot be. */
export { type CheckpointResult, checkpointBefore } from './record/checkpoint-before.ts';
/** Saves taken after every choice; `readEncounterSave` checks one read back from storage. */
export {
  type EncounterSave,
  OLDEST_READABLE_SAVE_VERSION,
  readEncounterSave,
  SAVE_SCHEMA_VERSION,
  type SaveReadResult,
} from './record/encounter-save.ts';
/** Replays a record on its story to check it or to rebuild its events. */
export { type ReplayResult, replayRecord } from './record/replay-record.ts';
/**
 * The session history on the device. `SessionHistoryStore`: the app opens one at start
 * (`openSessionHistory`, src/app), `put`s each attempt as it ends (rejects with
 * `SessionHistoryFullError` when the device is full: show a notice), and hands `list`,
 * `delete`, `deleteAll` to the History view. `list()` gives a `HistoryListing`:
 * `SessionSummary` lines newest first (no records, no score) and how many stored
 * entries could not be read (set aside, kept, never deleted but by `deleteAll`).
 */
export type { HistoryListing, SessionHistoryStore, SessionSummary } from './record/session-history.ts';
/**
 * `MemorySessionHistory`: for tests, and the app's fallback where IndexedDB is missing
 * (it ends with the tab). The errors: `SessionHistoryFullError` (from `put`, the history
 * unchanged), `SessionUnreadableError` (from `get`, the entry left in place). `summarise`
 * makes a list line, `listingOf` reads raw stored values into a listing (never throws),
 * `newestFirst` is the list's order: by `updatedAt`, then `startedAt`, then id.
 */
export {
  listingOf,
  MemorySessionHistory,
  newestFirst,
  SessionHistoryFullError,
  SessionUnreadableError,
  summarise,
} from './record/session-history.ts';
/** Session records: versioned JSON a facilitator keeps; `readSessionRecord` validates a file. */
export {
  OLDEST_READABLE_RECORD_VERSION,
  RECORD_SCHEMA_VERSION,
  type RecordedStory,
  type RecordReadResult,
  readSessionRecord,
  type SessionOutcome,
  type SessionRecord,
} from './record/session-record.ts';
/** A stored session (its attempts and the trainee's reactions): what the history keeps and "Export" writes. */
export type { SessionAttempt, SessionFileReadResult, StoredSession } from './record/stored-session.ts';
/** Builds and reads stored sessions (versioned): pure builders with `now` in epoch ms; `readSessionFile` never throws. */
export {
  bareRecordSessionId,
  MAX_REACTIONS_LENGTH,
  newStoredSession,
  OLDEST_READABLE_STORED_SESSION_VERSION,
  readSessionFile,
  STORED_SESSION_KIND,
  STORED_SESSION_SCHEMA_VERSION,
  withAttempt,
  withLatestAttempt,
  withReactions,
} from './record/stored-session.ts';
/** The path that keeps the most trust (a beam search over decisions): the debrief's other way, the checker's expert path. */
export { type BestPath, type BestPathOptions, findBestPath } from './search/find-best-path.ts';
/**
 * Checks a compiled story from outside the build (an imported file, the studio) before
 * the app keeps it: JSON, ink's format, loads in the runtime, header, first line, and
 * the source's lint when there is one. The library calls it when a story is added;
 * never throws; `ok: false` carries the errors, each naming `path`.
 */
export {
  type CompiledStoryCheck,
  type CompiledStoryCheckOptions,
  checkCompiledStory,
  type HeaderFallback,
} from './story/check-compiled-story.ts';
/** Content hash of a compiled story (a save's version check). */
export { hashText } from './story/content-hash.ts';
/** Problems with a story, printed `path:line: message`. */
export { type Diagnostic, dedupeDiagnostics, formatDiagnostic, nearestCandidate } from './story/diagnostic.ts';
/** The compiled story a runner plays, and the error a story raises when it fails at run time. */
export { type CompiledStory, InkStory, StoryRuntimeError } from './story/ink-story.ts';
/** The authoring contract's lint on source text (file and line for every problem). */
export {
  declaredKnots,
  INK_NAME,
  includedFiles,
  type LintOptions,
  lintInkSource,
  stripComments,
} from './story/lint-ink-source.ts';
export { type RuntimeErrorPlace, runtimeErrorPlace } from './story/runtime-error-place.ts';
/** Tags into typed commands; the header with its defaults. */
export {
  type ChoiceMeta,
  checkTag,
  type LineCommand,
  readChoiceTags,
  readHeader,
  readLineTags,
  type StoryHeader,
  splitTag,
  type TagProblem,
} from './story/story-tags.ts';
/** The authoring contract's vocabulary (version 1). */
export * from './story/tag-contract.ts';
/** Fakes every layer's tests may use (STYLE.md: prefer them to module mocks). */
export { FakeClock } from './testing/fake-clock.ts';
export { MemorySaveStore } from './testing/memory-save-store.ts';
export { ScriptedPresenter, type TranscriptEntry } from './testing/scripted-presenter.ts';
