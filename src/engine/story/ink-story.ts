/**
 * The only place that touches the inkjs runtime (STYLE.md: inkjs's C# names stay in
 * engine/story). It turns ink's pull API into plain data: lines with their tags,
 * choices with their tags, and a state that can be saved. It never imports the
 * compiler: the game bundle ships the runtime alone.
 */
import { Story } from 'inkjs';
import { hashText } from './content-hash.ts';
import { LINK_VARIABLE } from './tag-contract.ts';

/** A story compiled to ink's JSON, as the build, the studio or an import hands it over. */
export interface CompiledStory {
  /** Stable id of the encounter: the file name without extension, shared by its languages. */
  readonly id: string;
  /** Where it came from, for messages: `stories/fr/premier-bonjour.ink`, or an imported file's name. */
  readonly path: string;
  /** Ink's compiled JSON, as text. */
  readonly json: string;
}

export interface InkLine {
  readonly text: string;
  readonly tags: readonly string[];
}

export interface InkChoice {
  /** 0-based index for `choose`. */
  readonly index: number;
  readonly text: string;
  readonly tags: readonly string[];
}

/** Thrown when the story itself fails at run time; carries the story's path for the message. */
export class StoryRuntimeError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'StoryRuntimeError';
    this.path = path;
  }
}

export interface InkStoryOptions {
  /** ink's random seed, recorded so that a replay draws the same shuffles. */
  readonly seed: number;
  /**
   * How long one line may take to compute, in ink's own slices of milliseconds.
   * A story that loops without ever producing a line is stopped after this budget
   * rather than freezing the page.
   */
  readonly sliceMs?: number;
  readonly maxSlices?: number;
}

/** inkjs's ErrorType for a warning (Author = 0, Warning = 1, Error = 2). */
const INK_WARNING = 1;
const DEFAULT_SLICE_MS = 25;
const DEFAULT_MAX_SLICES = 80;

export class InkStory {
  readonly id: string;
  readonly path: string;
  /** A hash of the compiled story: a save made against another version is detected by it. */
  readonly contentHash: string;
  readonly globalTags: readonly string[];
  private readonly story: Story;
  private readonly sliceMs: number;
  private readonly maxSlices: number;
  private readonly runtimeWarnings: string[] = [];
  private readonly runtimeErrors: string[] = [];

  constructor(compiled: CompiledStory, options: InkStoryOptions) {
    this.id = compiled.id;
    this.path = compiled.path;
    const content = contentOf(compiled.json);
    this.contentHash = content.hash;
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.maxSlices = options.maxSlices ?? DEFAULT_MAX_SLICES;
    try {
      this.story = content.newStory();
    } catch (error) {
      throw new StoryRuntimeError(compiled.path, `not a compiled ink story (${messageOf(error)})`);
    }
    // Once a handler is set, inkjs reports runtime errors to it instead of throwing:
    // keep them, and `guard` raises the first one after the call that caused it.
    this.story.onError = (message, type) => {
      if (type === INK_WARNING) this.runtimeWarnings.push(message);
      else this.runtimeErrors.push(message);
    };
    // Stories written in Inky may declare EXTERNAL functions with an ink fallback: use it.
    this.story.allowExternalFunctionFallbacks = true;
    this.story.state.storySeed = options.seed;
    this.globalTags = this.guard(() => this.story.globalTags ?? []);
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  /** Warnings ink raised while running (taken once). */
  takeWarnings(): string[] {
    return this.runtimeWarnings.splice(0);
  }

  /** Computes the next line, within the time budget. */
  nextLine(): InkLine {
    return this.guard(() => {
      for (let slice = 0; slice < this.maxSlices; slice++) {
        this.story.ContinueAsync(this.sliceMs);
        if (this.story.asyncContinueComplete) {
          return { text: this.story.currentText ?? '', tags: [...(this.story.currentTags ?? [])] };
        }
      }
      throw new StoryRuntimeError(
        this.path,
        `the story ran for ${this.sliceMs * this.maxSlices} ms without producing a line (a loop that never reaches text or a choice?)`,
      );
    });
  }

  get choices(): InkChoice[] {
    return this.story.currentChoices.map((choice, index) => ({
      index,
      text: choice.text,
      tags: [...(choice.tags ?? [])],
    }));
  }

  choose(index: number): void {
    this.guard(() => this.story.ChooseChoiceIndex(index));
  }

  hasKnot(name: string): boolean {
    return this.story.KnotContainerWithName(name) !== null;
  }

  /** Jumps to a knot; a missing knot is a runtime failure naming it. */
  divertTo(knot: string): void {
    this.guard(() => this.story.ChoosePathString(knot));
  }

  /** Whether the story declares `VAR link`, so the engine keeps it set to the band. */
  get declaresLinkVariable(): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(LINK_VARIABLE);
  }

  setLinkVariable(band: string): void {
    if (!this.declaresLinkVariable) return;
    this.guard(() => {
      this.story.variablesState[LINK_VARIABLE] = band;
    });
  }

  /**
   * Where ink is in the story, as its path (`knot.stitch.0`): the checker names the
   * knot where content ran out with it. Empty before the first line.
   */
  get currentPath(): string {
    return this.story.state.currentPathString ?? '';
  }

  /**
   * How many times this playthrough entered the container at `path` (`knot`,
   * `knot.stitch`, a choice's `knot.0.c-1`). Ink counts only containers compiled to
   * count visits: the checker turns counting on for every one (withVisitsCounted).
   */
  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  saveState(): string {
    return this.story.state.toJson();
  }

  loadState(json: string): void {
    this.guard(() => this.story.state.LoadJson(json));
  }

  private guard<T>(action: () => T): T {
    let result: T;
    try {
      result = action();
    } catch (error) {
      if (error instanceof StoryRuntimeError) throw error;
      throw new StoryRuntimeError(this.path, messageOf(error));
    }
    const reported = this.runtimeErrors.splice(0);
    if (reported.length > 0) throw new StoryRuntimeError(this.path, reported.join('; '));
    return result;
  }
}

/**
 * The runtime tree of the last story opened, shared by every InkStory opened on the
 * same JSON. Building it from JSON is most of the cost of opening a story (3 ms for
 * Premier bonjour), and playing never changes it: each inkjs Story keeps its own
 * state beside it. The story checker opens a runner per playthrough (2,000 of them
 * took 15 s with a tree each, 4 s shared), the debrief's search hundreds. One entry:
 * a page plays one story at a time.
 */
let sharedContent: { readonly json: string; readonly hash: string; template: Story | undefined } | undefined;

function contentOf(json: string): { readonly hash: string; newStory: () => Story } {
  if (sharedContent?.json !== json) sharedContent = { json, hash: hashText(json), template: undefined };
  const shared = sharedContent;
  return {
    hash: shared.hash,
    newStory: () => {
      // Parsing throws on a JSON that is not a story; nothing is kept then.
      shared.template ??= new Story(json);
      const story = new Story(shared.template.mainContentContainer, shared.template.listDefinitions?.lists ?? null);
      // Only the JSON constructor starts a state of its own.
      story.ResetState();
      return story;
    },
  };
}

function messageOf(error: unknown): string {
  // inkjs sometimes throws strings that already start with "Error: ".
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error: /, '');
}
