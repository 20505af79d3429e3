/**
 * Plays one encounter: pulls lines and choices from the ink story, turns tags into
 * stage directions and link inputs, hands lines and choices to the presenters and
 * waits for them, keeps the hidden link, records everything, and saves after every
 * choice. The only object that sees both the story and the trust.
 */
import { CancelSource } from '../cancel-signal.ts';
import type { Clock } from '../clock.ts';
import { EventEmitter } from '../event-emitter.ts';
import { bandOf, initialLinkState, type LinkInput, type LinkState, reduceLink } from '../link/link-model.ts';
import type { EncounterSave } from '../record/encounter-save.ts';
import { SAVE_SCHEMA_VERSION } from '../record/encounter-save.ts';
import type { SessionRecord } from '../record/session-record.ts';
import { SessionRecorder } from '../record/session-recorder.ts';
import type { Diagnostic } from '../story/diagnostic.ts';
import { type CompiledStory, type InkChoice, type InkLine, InkStory, StoryRuntimeError } from '../story/ink-story.ts';
import {
  type ChoiceMeta,
  type LineCommand,
  readChoiceTags,
  readHeader,
  readLineTags,
  type StoryHeader,
  splitTag,
} from '../story/story-tags.ts';
import {
  DISTANCES,
  type Distance,
  type EndStatus,
  isOneOf,
  type Language,
  LINK_BROKEN_KNOT,
} from '../story/tag-contract.ts';
import {
  type EndReason,
  isPlayerEvent,
  type PlayerEventMap,
  type SessionEvent,
  type SessionEventMap,
} from './encounter-events.ts';
import type { EncounterIntro, LineControl, PresentedChoice, Presenter, StageDirection } from './presenter.ts';

/** Where saves go after every choice; the browser's store, a file, or a fake in tests. */
export interface EncounterSaveStore {
  write(save: EncounterSave): Promise<void> | void;
}

export interface EncounterRunnerOptions {
  readonly story: CompiledStory;
  readonly presenters: readonly Presenter[];
  readonly clock: Clock;
  /** ink's random seed, recorded; a new session draws one from its own random source. */
  readonly seed: number;
  /** Language to assume when the story does not declare one (from its folder). */
  readonly fallbackLanguage?: Language;
  readonly saveStore?: EncounterSaveStore;
  /** Resume this save instead of starting over. Its story must match (see `SaveMismatchError`). */
  readonly resumeFrom?: EncounterSave;
  /**
   * A knot (or `knot.stitch`) to start at instead of the top of the story: the studio's
   * preview plays a scene without playing up to it. The header still applies; ignored
   * when resuming a save. A knot that does not exist ends the encounter as a failure
   * naming it. The record does not say where it started, so it does not replay.
   */
  readonly startAt?: string;
  /**
   * Lines a story may produce without offering a choice before it is stopped as a
   * runaway loop. Long enough for any real scene.
   */
  readonly maxLinesWithoutChoice?: number;
  /** ink's time budget per line: slices of `sliceMs`, at most `maxSlices` of them. */
  readonly sliceMs?: number;
  readonly maxSlices?: number;
}

/** Thrown by the constructor when a save belongs to another story or another version of it. */
export class SaveMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveMismatchError';
  }
}

const DEFAULT_MAX_LINES_WITHOUT_CHOICE = 1000;

/** Thrown inside the loop when a presenter fails; ends the encounter as a failure. */
class PresenterFailure extends Error {}

export class EncounterRunner {
  /** Facts for the stage, the overlay and the audio: no trust in them. */
  readonly playerEvents = new EventEmitter<PlayerEventMap>();
  /** Every fact including the link's: for the recorder and the debrief only. */
  readonly sessionEvents = new EventEmitter<SessionEventMap>();
  readonly header: StoryHeader;
  /** Problems found in the header when the story was opened (missing tags...). */
  readonly diagnostics: readonly Diagnostic[];

  private readonly story: InkStory;
  private readonly presenters: readonly Presenter[];
  private readonly clock: Clock;
  private readonly saveStore: EncounterSaveStore | undefined;
  private readonly maxLinesWithoutChoice: number;
  private readonly recorder: SessionRecorder;
  private readonly resumed: boolean;
  private readonly openingCommands: readonly LineCommand[];
  private readonly startAt: string | undefined;
  private readonly warned = new Set<string>();
  private link: LinkState;
  private declaredEnd: EndStatus | null = null;
  private linesShown = 0;
  private timeOrigin = 0;
  private timeOffset = 0;
  private currentLine: { hurry: CancelSource; next: CancelSource } | undefined;
  private stopped = new CancelSource();
  private hasRun = false;
  /** True until the first line is read: ink repeats the global tags on it. */
  private globalTagsPending: boolean;
  private lastSave: EncounterSave | undefined;
  /** A line read ahead of time (right after a choice) and not yet shown. */
  private peekedLine: InkLine | undefined;

  constructor(options: EncounterRunnerOptions) {
    this.story = new InkStory(options.story, {
      seed: options.seed,
      ...(options.sliceMs === undefined ? {} : { sliceMs: options.sliceMs }),
      ...(options.maxSlices === undefined ? {} : { maxSlices: options.maxSlices }),
    });
    this.presenters = options.presenters;
    this.clock = options.clock;
    this.saveStore = options.saveStore;
    this.maxLinesWithoutChoice = options.maxLinesWithoutChoice ?? DEFAULT_MAX_LINES_WITHOUT_CHOICE;

    const opened = readHeader(this.story.globalTags, {
      title: options.story.id,
      ...(options.fallbackLanguage === undefined ? {} : { lang: options.fallbackLanguage }),
    });
    this.header = opened.header;
    this.openingCommands = opened.lineCommands;
    this.diagnostics = opened.problems.map((problem) => ({ path: options.story.path, line: 0, ...problem }));

    const recordedStory = {
      id: options.story.id,
      title: this.header.title,
      lang: this.header.lang,
      contentHash: this.story.contentHash,
      path: options.story.path,
    };
    const save = options.resumeFrom;
    // A save with nothing played yet (`checkpointBefore` at the first decision) starts
    // the encounter over, opening included, but keeps that session's seed and start time.
    const atStart = save === undefined || save.record.events.length === 0;
    this.startAt = atStart ? options.startAt : undefined;
    // Diverted before the first line, ink does not repeat the global tags on it.
    this.globalTagsPending = atStart && this.startAt === undefined;
    if (save === undefined) {
      this.resumed = false;
      this.link = initialLinkState(this.header.wariness);
      this.recorder = new SessionRecorder(recordedStory, options.seed, this.clock.now());
      return;
    }
    if (save.storyId !== options.story.id) {
      throw new SaveMismatchError(`this save belongs to the encounter '${save.storyId}', not '${options.story.id}'`);
    }
    if (save.contentHash !== this.story.contentHash) {
      throw new SaveMismatchError(
        `the encounter '${options.story.id}' has changed since this save was made; it can only be restarted`,
      );
    }
    try {
      this.story.loadState(save.inkState);
    } catch (error) {
      throw new SaveMismatchError(`the save of '${options.story.id}' cannot be loaded: ${messageOf(error)}`);
    }
    this.resumed = !atStart;
    this.link = save.link;
    this.declaredEnd = save.declaredEnd;
    this.linesShown = save.linesShown;
    this.recorder = new SessionRecorder(recordedStory, save.record.seed, save.record.startedAt, save.record);
    this.lastSave = save;
  }

  /** Finish the current line's typewriter at once (a key or a click). */
  hurryUp(): void {
    this.currentLine?.hurry.cancel();
  }

  /** Move past the current line now. */
  skipLine(): void {
    this.currentLine?.next.cancel();
  }

  /** Stops the encounter (the player left the page): `run` resolves with the record so far. */
  stop(): void {
    this.stopped.cancel();
    this.currentLine?.next.cancel();
  }

  /** The record as it stands: the debrief's and the exporter's input. */
  get record(): SessionRecord {
    return this.recorder.snapshot();
  }

  /**
   * Whether the story said how this encounter ended (`# end: kept`...). The story
   * checker warns about a path that stops without saying it: its debrief can only
   * tell "the encounter ended".
   */
  get endDeclared(): boolean {
    return this.declaredEnd !== null;
  }

  /** The last save taken (after the last choice), if any. */
  get checkpoint(): EncounterSave | undefined {
    return this.lastSave;
  }

  /**
   * Plays the encounter to its end and resolves with the record. Never rejects for a
   * story's fault: a runtime failure or a failing presenter ends the encounter with
   * `failure` set and the record so far kept. Can be called once.
   */
  async run(): Promise<SessionRecord> {
    if (this.hasRun) throw new Error('an EncounterRunner plays once; make a new one to play again');
    this.hasRun = true;
    this.timeOrigin = this.clock.now();
    this.timeOffset = this.resumed ? this.recorder.lastEventAt : 0;

    try {
      for (const diagnostic of this.diagnostics) this.warnOnce(diagnostic.message);
      const intro: EncounterIntro = {
        storyId: this.story.id,
        header: this.header,
        distance: this.link.distance,
        moment: this.link.moment,
        ambience: this.resumed ? this.lastAmbience() : undefined,
        resumed: this.resumed,
      };
      this.emit({ type: 'encounterStarted', at: this.elapsed(), ...intro });
      await this.callPresenters((presenter) => presenter.presentStart?.(intro));
      let pending: StageDirection[] = [];
      if (!this.resumed) pending = this.applyCommands(this.openingCommands);
      if (this.startAt !== undefined) this.story.divertTo(this.startAt);
      this.story.setLinkVariable(bandOf(this.link));

      while (!this.stopped.cancelled) {
        pending = await this.playLines(pending);
        if (this.stopped.cancelled) break;
        const choices = this.story.choices;
        if (choices.length === 0) return await this.end('story', null);
        const linkBroke = await this.playChoice(choices);
        if (linkBroke && !this.story.hasKnot(LINK_BROKEN_KNOT)) return await this.end('linkBroken', null);
      }
      return this.record;
    } catch (error) {
      if (error instanceof StoryRuntimeError || error instanceof PresenterFailure) {
        return await this.end('failure', error.message);
      }
      return await this.end('failure', `${this.story.path}: ${messageOf(error)}`);
    }
  }

  /** Shows every line up to the next choice or the end. Returns directions not yet shown. */
  private async playLines(carried: StageDirection[]): Promise<StageDirection[]> {
    let pending = carried;
    let linesSinceChoice = 0;
    while ((this.peekedLine !== undefined || this.story.canContinue) && !this.stopped.cancelled) {
      const line = this.peekedLine ?? this.story.nextLine();
      this.peekedLine = undefined;
      for (const warning of this.story.takeWarnings()) this.warnOnce(warning);
      const { commands, speaker, mood } = this.readLine(line.tags);
      pending = [...pending, ...this.applyCommands(commands)];
      this.story.setLinkVariable(bandOf(this.link));
      const text = line.text.trim();
      if (text === '') continue;
      linesSinceChoice++;
      if (linesSinceChoice > this.maxLinesWithoutChoice) {
        throw new StoryRuntimeError(
          this.story.path,
          `the story produced ${this.maxLinesWithoutChoice} lines without offering a choice (a loop?)`,
        );
      }
      await this.showLine({ index: this.linesShown, text, speaker, mood, directions: pending });
      pending = [];
    }
    return pending;
  }

  private async showLine(line: Parameters<Presenter['presentLine']>[0]): Promise<void> {
    this.emit({ type: 'lineShown', at: this.elapsed(), lineIndex: line.index, text: line.text, speaker: line.speaker });
    this.linesShown++;
    const control = { hurry: new CancelSource(), next: new CancelSource() };
    this.currentLine = control;
    const lineControl: LineControl = { hurry: control.hurry.signal, next: control.next.signal };
    try {
      await this.callPresenters((presenter) => presenter.presentLine(line, lineControl));
    } finally {
      this.currentLine = undefined;
    }
  }

  /** Offers the choices, applies the one taken. Returns whether the link broke. */
  private async playChoice(choices: readonly InkChoice[]): Promise<boolean> {
    const metas: ChoiceMeta[] = choices.map((choice) => {
      const read = readChoiceTags(choice.tags);
      for (const problem of read.problems) {
        if (problem.message.startsWith('choice without an act')) continue;
        this.warnOnce(`${problem.message} (choice "${choice.text}")`);
      }
      return read.meta;
    });
    const presented: PresentedChoice[] = choices.map((choice, index) => ({
      index,
      text: choice.text.trim(),
      act: metas[index]?.act,
    }));
    this.emit({
      type: 'choicesOffered',
      at: this.elapsed(),
      choices: presented.map((choice) => ({ text: choice.text, act: choice.act })),
    });
    const index = await this.askPresenters(presented);
    if (index === undefined) return false;
    const meta = metas[index] ?? { act: undefined, topic: undefined, trustOverride: undefined };
    this.emit({
      type: 'choiceMade',
      at: this.elapsed(),
      index,
      text: presented[index]?.text ?? '',
      act: meta.act,
      topic: meta.topic,
    });
    this.recorder.addChoice(index);
    this.story.choose(index);
    // The save holds ink's state before the line below is read, so a resume shows it.
    const inkStateAfterChoice = this.story.saveState();
    const bandBefore = bandOf(this.link);
    // The line after a choice says where an approach ends (its `distance` tag): read it
    // before judging the act, and show it after.
    this.peekedLine = this.story.canContinue ? this.story.nextLine() : undefined;
    const linkBroke = this.applyLink({
      type: 'act',
      act: meta.act,
      topic: meta.topic,
      trustOverride: meta.trustOverride,
      to: distanceTagIn(this.peekedLine?.tags ?? []),
    });
    if (linkBroke && this.story.hasKnot(LINK_BROKEN_KNOT)) {
      // The person leaves, in the author's words; whatever the choice would have said is dropped.
      this.peekedLine = undefined;
      this.story.divertTo(LINK_BROKEN_KNOT);
      this.declaredEnd = null;
    } else if (this.peekedLine !== undefined && bandOf(this.link) !== bandBefore) {
      // The line was read with the band from before the act; a story that tests `link`
      // on it must see the band the act led to (the guide promises it, and a resumed
      // runner sees it): read it again from the same state with the new band.
      this.story.loadState(inkStateAfterChoice);
      this.story.setLinkVariable(bandOf(this.link));
      this.peekedLine = this.story.canContinue ? this.story.nextLine() : undefined;
    }
    this.story.setLinkVariable(bandOf(this.link));
    await this.saveCheckpoint(linkBroke ? this.story.saveState() : inkStateAfterChoice);
    return linkBroke;
  }

  /**
   * The first presenter to answer wins; the others are cancelled. Presenters that do
   * not take input abstain; if all abstain nobody can choose, which is a set-up error.
   */
  private askPresenters(choices: readonly PresentedChoice[]): Promise<number | undefined> {
    const cancel = new CancelSource();
    return new Promise<number | undefined>((resolve, reject) => {
      let settled = false;
      let abstained = 0;
      let unlinkStop = (): void => {};
      const settle = (finish: () => void): void => {
        if (settled) return;
        settled = true;
        cancel.cancel();
        unlinkStop();
        finish();
      };
      const failWith = (message: string): void =>
        settle(() => reject(new PresenterFailure(`${this.story.path}: ${message}`)));
      unlinkStop = this.stopped.onCancel(() => settle(() => resolve(undefined)));
      if (this.presenters.length === 0) failWith('no presenter can take a choice');
      for (const presenter of this.presenters) {
        presenter.presentChoices(choices, cancel.signal).then(
          (answer) => {
            if (answer === undefined) {
              abstained++;
              if (abstained === this.presenters.length) failWith('no presenter can take a choice');
            } else if (!Number.isInteger(answer) || answer < 0 || answer >= choices.length) {
              failWith(`choice ${answer + 1} does not exist (${choices.length} offered)`);
            } else {
              settle(() => resolve(answer));
            }
          },
          (error: unknown) => failWith(`a presenter failed to take a choice (${messageOf(error)})`),
        );
      }
    });
  }

  private readLine(tags: readonly string[]): {
    commands: LineCommand[];
    speaker: string | undefined;
    mood: string | undefined;
  } {
    // ink hands the global tags again with the first line: they were read already.
    const lineTags = [...tags];
    if (this.globalTagsPending) {
      this.globalTagsPending = false;
      for (const tag of this.story.globalTags) {
        const position = lineTags.indexOf(tag);
        if (position >= 0) lineTags.splice(position, 1);
      }
    }
    const read = readLineTags(lineTags);
    for (const problem of read.problems) this.warnOnce(problem.message);
    let speaker: string | undefined;
    let mood: string | undefined;
    for (const command of read.commands) {
      if (command.type === 'speaker') speaker = command.speaker;
      if (command.type === 'mood') mood = command.mood;
    }
    return { commands: read.commands, speaker, mood };
  }

  /** Applies a line's commands to the link and the record; returns what the stage should show. */
  private applyCommands(commands: readonly LineCommand[]): StageDirection[] {
    const directions: StageDirection[] = [];
    for (const command of commands) {
      const at = this.elapsed();
      switch (command.type) {
        case 'distance': {
          const from = this.link.distance;
          this.applyLink({ type: 'distance', distance: command.distance });
          if (from !== command.distance) {
            this.emit({ type: 'distanceChanged', at, from, to: command.distance });
            directions.push({ type: 'distance', from, to: command.distance });
          }
          break;
        }
        case 'cue':
          this.applyLink({ type: 'cue', cue: command.cue });
          this.emit({ type: 'cueShown', at, cue: command.cue });
          directions.push({ type: 'cue', cue: command.cue });
          break;
        case 'moment': {
          const before = this.link.moment;
          // Restating the moment still counts for the model (a second "closed" is a new signal).
          this.applyLink({ type: 'moment', moment: command.moment });
          if (before !== command.moment) {
            this.emit({ type: 'momentChanged', at, moment: command.moment });
            directions.push({ type: 'moment', moment: command.moment });
          }
          break;
        }
        case 'visit':
          this.applyLink({ type: 'visit', visit: command.visit });
          this.emit({ type: 'visitStarted', at, visit: command.visit });
          directions.push({ type: 'visit', visit: command.visit });
          break;
        case 'end':
          this.declaredEnd = command.status;
          break;
        case 'sound':
          this.emit({ type: 'soundRequested', at, sound: command.sound });
          directions.push({ type: 'sound', sound: command.sound });
          break;
        case 'ambience':
          this.emit({ type: 'ambienceChanged', at, ambience: command.ambience });
          directions.push({ type: 'ambience', ambience: command.ambience });
          break;
        case 'speaker':
        case 'mood':
          break;
      }
    }
    return directions;
  }

  /** Feeds the link model and records its effects. Returns whether the link broke now. */
  private applyLink(input: LinkInput): boolean {
    const wasBroken = this.link.broken;
    const step = reduceLink(this.link, input);
    this.link = step.state;
    const at = this.elapsed();
    for (const effect of step.effects) this.emit({ ...effect, at });
    return !wasBroken && this.link.broken;
  }

  private async saveCheckpoint(inkState: string): Promise<void> {
    const save: EncounterSave = {
      schemaVersion: SAVE_SCHEMA_VERSION,
      storyId: this.story.id,
      contentHash: this.story.contentHash,
      inkState,
      link: this.link,
      record: this.recorder.snapshot(),
      declaredEnd: this.declaredEnd,
      linesShown: this.linesShown,
      savedAt: this.clock.now(),
    };
    this.lastSave = save;
    if (this.saveStore === undefined) return;
    try {
      await this.saveStore.write(save);
    } catch (error) {
      // A full or blocked storage must not stop the encounter: say so, play on.
      this.emit({ type: 'saveFailed', at: this.elapsed(), message: messageOf(error) });
    }
  }

  private async end(reason: EndReason, failure: string | null): Promise<SessionRecord> {
    const status: EndStatus =
      reason === 'linkBroken' ? 'broken' : (this.declaredEnd ?? (this.link.broken ? 'broken' : 'ended'));
    this.recorder.finish({ status, trust: this.link.trust, safety: this.link.safety }, failure);
    this.emit({ type: 'encounterEnded', at: this.elapsed(), status, reason, message: failure ?? undefined });
    try {
      await this.callPresenters((presenter) =>
        presenter.presentEnd?.({ status, reason, message: failure ?? undefined }),
      );
    } catch {
      // The encounter is over and recorded; a presenter failing to show the end changes nothing.
    }
    return this.record;
  }

  private async callPresenters(call: (presenter: Presenter) => Promise<void> | undefined): Promise<void> {
    try {
      await Promise.all(this.presenters.map((presenter) => call(presenter)));
    } catch (error) {
      throw new PresenterFailure(`${this.story.path}: the display failed (${messageOf(error)})`);
    }
  }

  private emit(event: SessionEvent): void {
    this.recorder.add(event);
    this.sessionEvents.emit(event.type, event as never);
    if (isPlayerEvent(event)) this.playerEvents.emit(event.type, event as never);
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.emit({ type: 'storyWarning', at: this.elapsed(), message: `${this.story.path}: ${message}` });
  }

  /** The ambience the story last set before the save, so a resumed encounter sounds the same. */
  private lastAmbience(): string | undefined {
    const events = this.recorder.snapshot().events;
    for (let index = events.length - 1; index >= 0; index--) {
      const event = events[index];
      if (event?.type === 'ambienceChanged') return event.ambience;
    }
    return undefined;
  }

  /** Milliseconds of play since the encounter started; a resumed session continues its clock. */
  private elapsed(): number {
    return this.timeOffset + Math.max(0, this.clock.now() - this.timeOrigin);
  }
}

/** The zone a line's `distance` tag names, if it has one. */
function distanceTagIn(tags: readonly string[]): Distance | undefined {
  for (const text of tags) {
    const tag = splitTag(text);
    if (tag.key === 'distance' && isOneOf(DISTANCES, tag.value)) return tag.value;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
