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
/** Content hash of a compiled story (a save's version check). */
export { hashText } from './story/content-hash.ts';
/** Problems with a story, printed `path:line: message`. */
export { type Diagnostic, dedupeDiagnostics, formatDiagnostic, nearestCandidate } from './story/diagnostic.ts';
/** The compiled story a runner plays, and the error a story raises when it fails at run time. */
export { type CompiledStory, StoryRuntimeError } from './story/ink-story.ts';
/** The authoring contract's lint on source text (file and line for every problem). */
export { declaredKnots, includedFiles, type LintOptions, lintInkSource } from './story/lint-ink-source.ts';
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
