/**
 * The story checker (issue 6): what an author, the studio and the test command need
 * to know about one story before a trainee plays it. It compiles and lints the story
 * (the contract's tags, and sound ids against the sound library), finds the knots
 * nothing leads to, then plays it with the real runner: seeded random playthroughs
 * and a bounded exhaustive search, for coverage, dead ends, run-time errors, and
 * whether the link can break and can be kept; and it searches the path that keeps the
 * most trust. Environment-neutral (no file system, no DOM): `npm run stories:check`
 * calls it in Node, the studio in a Web Worker.
 */
import {
  bandOf,
  type CompiledStory,
  createRandom,
  type Diagnostic,
  dedupeDiagnostics,
  EncounterRunner,
  type EncounterSave,
  type EndReason,
  type EndStatus,
  findBestPath,
  INK_NAME,
  InkStory,
  initialLinkState,
  LINK_BROKEN_KNOT,
  type LinkBand,
  type Presenter,
  runtimeErrorPlace,
  type SessionRecord,
  StopAtDecision,
  stripComments,
} from '../engine/index.ts';
import { compileInk, storyIdOf } from './compile-ink.ts';
import { isShorter, RandomPresenter, STILL_CLOCK, searchChoices } from './headless-play.ts';
import { lintSoundIds } from './sound-lint.ts';
import type {
  BestPathReport,
  DeadEnd,
  ReportDiagnostic,
  RuntimeProblem,
  StoryReport,
  UnendedPath,
  UnreachableKnot,
} from './story-report.ts';

export interface CheckStoryOptions {
  /** The story's main file, as the author knows it (`stories/fr/premier-bonjour.ink`): it names the story in every message. */
  readonly mainPath: string;
  /** Reads a file (the main file, its INCLUDEs) by path; throws when there is none. */
  readonly readFile: (path: string) => string;
  /** Random playthroughs to play (default 2,000); 0 plays none. */
  readonly runs?: number;
  /**
   * The first playthrough's seed, ink's and the choice picker's (default 1). Playthrough
   * `i` uses `seed + i`, so `npm run play -- <story> --seed S --auto` replays it; the
   * exhaustive search and the best path use `seed`.
   */
  readonly seed?: number;
  /** How many choices deep the exhaustive search goes (default 30). */
  readonly depthBound?: number;
  /** How many states (one choice played from a save) the exhaustive search plays at most (default 2,000). */
  readonly maxStates?: number;
  /**
   * Called after every playthrough and every state of the searches (about a
   * millisecond of work each), so a worker can answer messages; a browser caller
   * should give the event loop a turn only when enough time has passed.
   */
  readonly yieldEvery?: () => Promise<void>;
}

export const CHECK_DEFAULTS = { runs: 2000, seed: 1, depthBound: 30, maxStates: 2000 } as const;

/** Ends an author gives a path that went well (`ended` is a neutral close). */
const GOOD_ENDS: readonly EndStatus[] = ['kept', 'handled', 'referred'];
/**
 * After this many playthroughs stopped by the runner's time budget (a loop that never
 * reaches text costs two seconds each), the checker stops playing: the error is
 * reported, and the rest would only wait.
 */
const STALLS_BEFORE_GIVING_UP = 2;
/** ink's messages for content that ends without `-> END` (in a knot, a tunnel, a function). */
const RAN_OUT = /ran out of content|unexpectedly reached end of content/;
const STALLED = /without producing a line/;
const LOOSE_END_WARNING = 'Apparent loose end';

/**
 * Checks one story. Never rejects for the story's fault: what does not compile comes
 * back as error diagnostics, with nothing played (`coverage` undefined); what fails
 * while playing comes back in `runtimeErrors`, with the choices that reproduce it.
 */
export async function checkStory(options: CheckStoryOptions): Promise<StoryReport> {
  const { mainPath, readFile } = options;
  const compiled = compileInk(mainPath, readFile);
  const sources = new Map<string, string>();
  for (const path of compiled.files) {
    try {
      sources.set(path, readFile(path));
    } catch {
      // The compiler has reported the missing INCLUDE.
    }
  }
  const flows = outlineFlows(sources);
  const diagnostics = orderDiagnostics(
    [...compiled.diagnostics, ...[...sources].flatMap(([path, source]) => lintSoundIds(path, source))],
    compiled.files,
  );
  const unreachable = unreachableFlows(flows);
  const unplayed: StoryReport = {
    path: mainPath,
    diagnostics,
    deadEnds: [],
    unended: [],
    unreachable,
    coverage: undefined,
    canBreak: false,
    canKeep: false,
    bestPath: undefined,
    runtimeErrors: [],
  };
  if (compiled.json === undefined) return unplayed;

  const counted = withVisitsCounted(
    compiled.json,
    flows.filter((flow) => flow.kind === 'knot' || flow.kind === 'stitch').map((flow) => flow.name),
  );
  // The checker plays a copy of the story that counts every visit: what a trainee
  // sees is the same (a test holds it), and the counts tell which knots were reached.
  const story: CompiledStory = { id: storyIdOf(mainPath), path: mainPath, json: counted.json };
  const seed = options.seed ?? CHECK_DEFAULTS.seed;
  const depthBound = options.depthBound ?? CHECK_DEFAULTS.depthBound;
  const exploration = new Exploration(
    story,
    counted,
    flows,
    compiled.diagnostics,
    options.yieldEvery,
    endingsOf(sources),
  );
  const playthroughs = await exploration.playAtRandom(options.runs ?? CHECK_DEFAULTS.runs, seed);
  const exhaustive = await exploration.search(seed, depthBound, options.maxStates ?? CHECK_DEFAULTS.maxStates);
  const bestPath = await exploration.bestPath(seed);

  return {
    ...unplayed,
    diagnostics: orderDiagnostics([...diagnostics, ...exploration.unended.map(unendedWarning)], compiled.files),
    deadEnds: exploration.deadEnds,
    unended: exploration.unended,
    coverage: {
      knotsReached: counted.flows.length - exploration.flowsMissed.length,
      knotsTotal: counted.flows.length,
      choicesTaken: counted.choices.length - exploration.choicesMissed,
      choicesOffered: counted.choices.length,
      knotsMissed: exploration.flowsMissed,
      playthroughs,
      playthroughsBroken: exploration.playthroughsBroken,
      exhaustive,
      depthBound,
    },
    canBreak: exploration.canBreak || bestPath?.status === 'broken',
    canKeep: exploration.canKeep || GOOD_ENDS.some((end) => end === bestPath?.status),
    bestPath,
    runtimeErrors: exploration.runtimeErrors,
  };
}

// ---------------------------------------------------------------------------------
// Playing: random playthroughs, the exhaustive search, the best path.

/** What one playthrough or one search state left: the runner's record and its last save. */
interface Played {
  readonly record: SessionRecord;
  readonly save: EncounterSave | undefined;
  /** ink's seed of the session (with the record's choices, it replays it). */
  readonly seed: number;
  /** The wariness the runner read, for the link's band before any choice. */
  readonly wariness: number;
  /** Whether the story declared its end (`# end: ...`) before it stopped. */
  readonly endDeclared: boolean;
}

/** A state of the exhaustive search: stopped at a decision (or ended), after its save. */
interface SearchNode extends Played {
  /** Choices offered at the decision it stopped at. */
  readonly offered: number;
}

/** Everything the playthroughs find, gathered as they go. */
class Exploration {
  canBreak = false;
  canKeep = false;
  playthroughsBroken = 0;
  private readonly story: CompiledStory;
  private readonly probe: TailProbe;
  private readonly flowsLeft: Set<string>;
  private readonly choicesLeft: Set<string>;
  private readonly flows: readonly Flow[];
  private readonly compileDiagnostics: readonly Diagnostic[];
  private readonly yieldEvery: (() => Promise<void>) | undefined;
  private readonly problems = new Map<string, RuntimeProblem>();
  private readonly deadEndsFound = new Map<string, DeadEnd>();
  private readonly unendedFound = new Map<string, UnendedPath>();
  private readonly endings: Endings;
  private stalls = 0;
  /** Set when the story cannot even be opened by a runner: nothing more to play. */
  private unplayable = false;

  constructor(
    story: CompiledStory,
    counted: VisitCounting,
    flows: readonly Flow[],
    compileDiagnostics: readonly Diagnostic[],
    yieldEvery: (() => Promise<void>) | undefined,
    endings: Endings,
  ) {
    this.story = story;
    this.endings = endings;
    this.probe = new TailProbe(story);
    this.flowsLeft = new Set(counted.flows);
    this.choicesLeft = new Set(counted.choices);
    this.flows = flows;
    this.compileDiagnostics = compileDiagnostics;
    this.yieldEvery = yieldEvery;
  }

  /** Knots and stitches no playthrough reached, in the order written. */
  get flowsMissed(): string[] {
    return [...this.flowsLeft];
  }

  get choicesMissed(): number {
    return this.choicesLeft.size;
  }

  get deadEnds(): DeadEnd[] {
    return [...this.deadEndsFound.values()];
  }

  get runtimeErrors(): RuntimeProblem[] {
    return [...this.problems.values()];
  }

  private get givenUp(): boolean {
    return this.unplayable || this.stalls >= STALLS_BEFORE_GIVING_UP;
  }

  /** Plays `runs` playthroughs, each picking at random with its own seed; returns how many were played. */
  async playAtRandom(runs: number, seed: number): Promise<number> {
    const presenter = new RandomPresenter();
    let played = 0;
    for (; played < runs && !this.givenUp; played++) {
      const runSeed = seed + played;
      const runner = this.openRunner(runSeed, presenter, undefined);
      if (runner === undefined) break;
      presenter.start(runner, createRandom(runSeed));
      const record = await runner.run();
      this.observe(playedBy(runner, record, runSeed));
      if (record.outcome?.status === 'broken' && record.failure === null) this.playthroughsBroken++;
      await this.yieldEvery?.();
    }
    return played;
  }

  /** The exhaustive search (searchChoices); returns whether it went everywhere within `depthBound`. */
  search(seed: number, depthBound: number, maxStates: number): Promise<boolean> {
    return searchChoices<SearchNode>({
      depthBound,
      maxStates,
      play: (save, script) => this.playStep(seed, save, script),
      reached: (node) => this.observe(node),
      givenUp: () => this.givenUp,
      // Stopped: what the states left unexplored reached so far still counts.
      cutShort: (unexplored) => {
        for (const node of unexplored) this.observe(node);
      },
    });
  }

  /** The path that keeps the most trust (findBestPath), with 1-based choices; undefined when it cannot be searched. */
  async bestPath(seed: number): Promise<BestPathReport | undefined> {
    if (this.givenUp) return undefined;
    try {
      const best = await findBestPath(this.story, {
        seed,
        clock: STILL_CLOCK,
        ...(this.yieldEvery === undefined ? {} : { yieldEvery: this.yieldEvery }),
      });
      if (best === undefined) return undefined;
      return {
        choices: best.choices.map((choice) => choice + 1),
        texts: best.texts,
        status: best.complete ? best.status : null,
        trust: best.trust,
      };
    } catch {
      // The runner could not open the story; the playthroughs have reported why.
      return undefined;
    }
  }

  /** One state: from `save` (the start when undefined), make `script`'s choices and stop at the next decision. */
  private async playStep(
    seed: number,
    save: EncounterSave | undefined,
    script: readonly number[],
  ): Promise<SearchNode | undefined> {
    const presenter = new StopAtDecision(script);
    const runner = this.openRunner(seed, presenter, save);
    if (runner === undefined) return undefined;
    presenter.runner = runner;
    const record = await runner.run();
    await this.yieldEvery?.();
    return { ...playedBy(runner, record, seed), offered: presenter.offered?.length ?? 0 };
  }

  private openRunner(seed: number, presenter: Presenter, save: EncounterSave | undefined): EncounterRunner | undefined {
    try {
      return new EncounterRunner({
        story: this.story,
        presenters: [presenter],
        clock: STILL_CLOCK,
        seed,
        ...(save === undefined ? {} : { resumeFrom: save }),
      });
    } catch (error) {
      this.unplayable = true;
      const message = error instanceof Error ? error.message : String(error);
      this.addProblem(withoutPrefix(message, `${this.story.path}: `), [], seed);
      return undefined;
    }
  }

  /** Takes what a playthrough (or a search state) reached, how it ended, and what failed. */
  private observe(played: Played): void {
    const { record, save } = played;
    let failedAt: string | undefined;
    // Once everything is covered, only a failure needs the probe (to say where).
    if (this.flowsLeft.size + this.choicesLeft.size > 0 || record.failure !== null) {
      // Without a `link_broken` knot the runner stops at the choice that broke the link:
      // what the choice would have led to was never played.
      const choices = endReasonOf(record) === 'linkBroken' ? undefined : unsavedChoices(record, save);
      const band = bandOf(save?.link ?? initialLinkState(played.wariness));
      failedAt = this.probe.playOn(save, played.seed, band, choices);
      this.takeVisits();
    }

    if (record.failure !== null) {
      const message = withoutPrefix(record.failure, `${this.story.path}: `);
      if (STALLED.test(message)) this.stalls++;
      const choices = record.choices.map((choice) => choice + 1);
      this.addProblem(message, choices, played.seed);
      if (RAN_OUT.test(message)) this.addDeadEnd(failedAt, choices);
      return;
    }
    const status = record.outcome?.status;
    if (endReasonOf(record) === 'story' && !played.endDeclared && this.endings.declared) this.addUnendedPath(record);
    if (status === 'broken') this.canBreak = true;
    if (status !== undefined && GOOD_ENDS.includes(status)) this.canKeep = true;
  }

  private takeVisits(): void {
    for (const path of this.flowsLeft) if (this.probe.visitCount(path) > 0) this.flowsLeft.delete(path);
    for (const path of this.choicesLeft) if (this.probe.visitCount(path) > 0) this.choicesLeft.delete(path);
  }

  /** Keeps one report per message: the shortest way to it. */
  private addProblem(message: string, choices: readonly number[], seed: number): void {
    const known = this.problems.get(message);
    if (known !== undefined && !isShorter(choices, known.choices)) return;
    const at = this.placeOf(message);
    this.problems.set(message, at === undefined ? { message, choices, seed } : { message, choices, seed, at });
  }

  /** Where to look for a run-time error, in the files the author wrote. */
  private placeOf(message: string): RuntimeProblem['at'] {
    const place = runtimeErrorPlace(message);
    if (place === undefined) return undefined;
    if (place.kind === 'line') {
      const flow = this.flows.find((each) => each.path === place.file || each.path.endsWith(`/${place.file}`));
      return flow === undefined ? undefined : { path: flow.path, line: place.line };
    }
    // A knot ink names, or its stitch; the knot's heading when the stitch is not found.
    const flow =
      this.flows.find((each) => each.name === place.knot) ??
      this.flows.find((each) => each.name === place.knot.split('.')[0]);
    return flow === undefined ? undefined : { path: flow.path, line: flow.line };
  }

  /**
   * A path that stopped without `# end:` in a story that declares its ends elsewhere:
   * a forgotten tag (or a branch that falls off the end), found at the last line shown.
   */
  private addUnendedPath(record: SessionRecord): void {
    // The last text the trainee saw: a line, or the choice when it led straight to the end.
    const last = lastOf(record.events, (event) => event.type === 'lineShown' || event.type === 'choiceMade');
    const place =
      last?.type === 'lineShown' || last?.type === 'choiceMade' ? this.endings.placeOf(last.text) : undefined;
    const key = place === undefined ? '' : `${place.path}:${place.line}`;
    const choices = record.choices.map((choice) => choice + 1);
    const known = this.unendedFound.get(key);
    if (known !== undefined && !isShorter(choices, known.choices)) return;
    this.unendedFound.set(key, { ...(place ?? { path: this.story.path, line: 0 }), choices });
  }

  /** Where paths stop without `# end:`, each with the shortest choices that get there. */
  get unended(): UnendedPath[] {
    return [...this.unendedFound.values()];
  }

  /** `inkPath` is where the probe saw content run out; undefined when it could not tell. */
  private addDeadEnd(inkPath: string | undefined, choices: readonly number[]): void {
    const flow = flowAtInkPath(this.flows, inkPath);
    const where = flow?.name ?? '';
    const place =
      inkPath === undefined
        ? { path: this.story.path, line: 0 }
        : deadEndPlace(flow, this.flows, this.compileDiagnostics, this.story.path);
    const key = `${where}|${place.path}|${place.line}`;
    const known = this.deadEndsFound.get(key);
    if (known !== undefined && !isShorter(choices, known.choices)) return;
    this.deadEndsFound.set(key, { where, path: place.path, line: place.line, choices });
  }
}

/** Choices the record has and the save has not: a choice whose next line failed leaves no save. */
function unsavedChoices(record: SessionRecord, save: EncounterSave | undefined): number[] {
  return record.choices.slice(save?.record.choices.length ?? 0);
}

function playedBy(runner: EncounterRunner, record: SessionRecord, seed: number): Played {
  return { record, save: runner.checkpoint, seed, wariness: runner.header.wariness, endDeclared: runner.endDeclared };
}

function endReasonOf(record: SessionRecord): EndReason | undefined {
  const last = record.events[record.events.length - 1];
  return last?.type === 'encounterEnded' ? last.reason : undefined;
}

function withoutPrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

// ---------------------------------------------------------------------------------
// Visits: a copy of the story that counts them, and a probe that reads them.

/** inkjs's container flag for "count visits" (ink's CountFlags.Visits). */
const VISITS_FLAG = 1;
/** ink names a choice's content container `c-0`, `c-1`... */
const CHOICE_CONTAINER = /^c-\d+$/;
/** The probe's budget for one line, in slices of milliseconds (the runner allows 80 × 25). */
const PROBE_SLICE_MS = 25;
const PROBE_MAX_SLICES = 8;
const PROBE_MAX_LINES = 1000;

interface VisitCounting {
  /** The story's JSON, every knot, stitch and choice counting its visits. */
  readonly json: string;
  /** Knots and `knot.stitch`es found in it, in the order given. */
  readonly flows: readonly string[];
  /** ink's paths of every choice's content (`knot.0.c-1`): one per choice written. */
  readonly choices: readonly string[];
}

/**
 * The compiled story with visit counting turned on for every knot, stitch and choice,
 * as ink's compiler does with `countAllVisits`. Counting changes nothing a trainee
 * sees: ink reads a count only where the story asks for one (and those were counted
 * already), and once-only choices count their own.
 */
export function withVisitsCounted(json: string, flowNames: readonly string[]): VisitCounting {
  const story = JSON.parse(json) as { root?: unknown };
  const root = story.root;
  if (!Array.isArray(root)) return { json, flows: [], choices: [] };
  const flows: string[] = [];
  for (const name of flowNames) {
    const container = containerAt(root, name.split('.'));
    if (container === undefined || !countVisits(container)) continue;
    flows.push(name);
  }
  const choices: string[] = [];
  walkContainers(root, '', (container, path, name) => {
    if (CHOICE_CONTAINER.test(name) && countVisits(container)) choices.push(path);
  });
  return { json: JSON.stringify(story), flows, choices };
}

/** In ink's JSON a container is an array whose last element is null or its named content (with `#f` flags, `#n` name). */
function namedContentOf(container: readonly unknown[]): Record<string, unknown> | undefined {
  const last = container[container.length - 1];
  return isRecord(last) ? last : undefined;
}

function containerAt(root: unknown[], names: readonly string[]): unknown[] | undefined {
  let container = root;
  for (const name of names) {
    const next = namedContentOf(container)?.[name];
    if (!Array.isArray(next)) return undefined;
    container = next;
  }
  return container;
}

function countVisits(container: unknown[]): boolean {
  const end = container.length - 1;
  const terminator = container[end];
  if (isRecord(terminator)) {
    terminator['#f'] = (typeof terminator['#f'] === 'number' ? terminator['#f'] : 0) | VISITS_FLAG;
    return true;
  }
  if (terminator !== null) return false;
  container[end] = { '#f': VISITS_FLAG };
  return true;
}

/** Visits every named container with ink's path to it (`knot.0.c-1`: names, or indices for unnamed ones). */
function walkContainers(
  container: readonly unknown[],
  path: string,
  visit: (container: unknown[], path: string, name: string) => void,
): void {
  container.forEach((child, index) => {
    if (!Array.isArray(child)) return;
    const name = namedContentOf(child)?.['#n'];
    const childPath = joinInkPath(path, typeof name === 'string' ? name : String(index));
    if (typeof name === 'string') visit(child, childPath, name);
    walkContainers(child, childPath, visit);
  });
  for (const [name, child] of Object.entries(namedContentOf(container) ?? {})) {
    if (!Array.isArray(child)) continue;
    const childPath = joinInkPath(path, name);
    visit(child, childPath, name);
    walkContainers(child, childPath, visit);
  }
}

function joinInkPath(parent: string, component: string): string {
  return parent === '' ? component : `${parent}.${component}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Plays on from where a runner stopped, to read the visits ink counted. A runner saves
 * after every choice but not at the end, and keeps its story to itself: the probe
 * loads the last save and plays what followed (the ending after the last choice) as
 * the runner does, the link variable set to its band. The band cannot change there:
 * lines move the link's distance, moment and cues, never its trust.
 */
class TailProbe {
  private readonly compiled: CompiledStory;
  /** The story of the last playOn: its visits are read until the next one. */
  private story: InkStory | undefined;

  constructor(compiled: CompiledStory) {
    this.compiled = compiled;
  }

  /**
   * Loads `save` (or starts over with `seed`) and, unless `choices` is undefined, plays
   * every line, making `choices` (0-based) at the decisions it meets, up to the next
   * decision or the end. Returns ink's path where the line that failed began (where
   * content ran out, for a dead end), or undefined when nothing failed.
   */
  playOn(
    save: EncounterSave | undefined,
    seed: number,
    band: LinkBand,
    choices: readonly number[] | undefined,
  ): string | undefined {
    // A fresh story each time (it shares the parsed tree with the runner's: cheap):
    // a line cut off by its time budget leaves ink unable to load another state.
    let story: InkStory;
    try {
      story = new InkStory(this.compiled, { seed, sliceMs: PROBE_SLICE_MS, maxSlices: PROBE_MAX_SLICES });
      if (save !== undefined) story.loadState(save.inkState);
      story.setLinkVariable(band);
    } catch {
      this.story = undefined;
      return undefined;
    }
    this.story = story;
    if (choices === undefined) return undefined;
    let made = 0;
    for (let lines = 0; lines < PROBE_MAX_LINES; lines++) {
      let before = story.currentPath;
      try {
        const next = choices[made];
        if (!story.canContinue && next !== undefined && next < story.choices.length) {
          story.choose(next);
          made++;
          before = story.currentPath;
        }
        if (!story.canContinue) return undefined;
        // Throws when ink reports an error (content ran out...) or the line runs out of time.
        story.nextLine();
      } catch {
        return before;
      }
    }
    return undefined;
  }

  visitCount(path: string): number {
    return this.story?.visitCount(path) ?? 0;
  }
}

// ---------------------------------------------------------------------------------
// Reading the source: knots, stitches, what diverts where; sound ids.

/** A knot, stitch or function as written, or the top of a file (`root`, named ''). */
interface Flow {
  /** `knot`, or `knot.stitch`: ink's path to it. */
  readonly name: string;
  readonly kind: 'root' | 'knot' | 'stitch' | 'function';
  readonly path: string;
  /** Its heading's line (the root: 1). */
  readonly line: number;
  /** Its last line, before the next heading. */
  lastLine: number;
  readonly takesParameters: boolean;
  /** Divert, tunnel and thread targets written in it, as written (`knot`, `knot.stitch`, `stitch`). */
  readonly targets: string[];
  /** Whether it has content of its own, before any stitch (a knot with none enters its first stitch). */
  hasContent: boolean;
}

const KNOT_HEADING = new RegExp(String.raw`^={2,}\s*(function\s+)?(${INK_NAME})\s*(\()?`, 'u');
const STITCH_HEADING = new RegExp(String.raw`^=\s*(${INK_NAME})\s*(\()?`, 'u');
const DIVERT_TARGET = new RegExp(String.raw`(?:->|<-)\s*(${INK_NAME}(?:\.${INK_NAME})*)`, 'gu');
const ENDINGS = new Set(['END', 'DONE']);

/**
 * Knots, stitches and functions, file by file, with the targets each names; read from
 * the text like the contract's lint (`declaredKnots`), so it works on what the
 * author wrote, even when it does not compile.
 */
function outlineFlows(sources: ReadonlyMap<string, string>): Flow[] {
  const flows: Flow[] = [];
  for (const [path, source] of sources) {
    let current: Flow = newFlow('', 'root', path, 1, false);
    let knot: Flow | undefined;
    flows.push(current);
    let inBlockComment = false;
    source.split(/\r?\n/).forEach((rawLine, index) => {
      const stripped = stripComments(rawLine, inBlockComment);
      inBlockComment = stripped.inBlockComment;
      const code = stripped.code.trim();
      if (code === '') return;
      const lineNumber = index + 1;
      const knotHeading = KNOT_HEADING.exec(code);
      const stitchHeading = knotHeading === null ? STITCH_HEADING.exec(code) : null;
      if (knotHeading?.[2] !== undefined) {
        current.lastLine = lineNumber - 1;
        const kind = knotHeading[1] === undefined ? 'knot' : 'function';
        current = newFlow(knotHeading[2], kind, path, lineNumber, knotHeading[3] !== undefined);
        knot = current;
        flows.push(current);
        return;
      }
      if (stitchHeading?.[1] !== undefined && knot !== undefined && knot.kind === 'knot') {
        current.lastLine = lineNumber - 1;
        current = newFlow(
          `${knot.name}.${stitchHeading[1]}`,
          'stitch',
          path,
          lineNumber,
          stitchHeading[2] !== undefined,
        );
        flows.push(current);
        return;
      }
      current.hasContent = true;
      current.lastLine = lineNumber;
      for (const match of code.matchAll(DIVERT_TARGET)) {
        if (match[1] !== undefined && !ENDINGS.has(match[1])) current.targets.push(match[1]);
      }
    });
  }
  return flows;
}

function newFlow(name: string, kind: Flow['kind'], path: string, line: number, takesParameters: boolean): Flow {
  return { name, kind, path, line, lastLine: line, takesParameters, targets: [], hasContent: false };
}

/**
 * Knots and stitches nothing reachable leads to. From the top of every file, the
 * `link_broken` knot (the engine diverts there) and every function, it follows the
 * targets each names (a stitch's name alone means the knot's own stitch first, as in
 * ink) and a knot's entry into its first stitch when it has no content of its own.
 * A knot is reported when neither it nor any of its stitches is reached; a stitch,
 * when its knot is reached but it is not.
 */
function unreachableFlows(flows: readonly Flow[]): UnreachableKnot[] {
  const byName = new Map(flows.filter((flow) => flow.kind !== 'root').map((flow) => [flow.name, flow]));
  const stitchesOf = (knot: string): Flow[] =>
    flows.filter((flow) => flow.kind === 'stitch' && flow.name.startsWith(`${knot}.`));
  const resolve = (target: string, from: Flow): Flow | undefined => {
    const knotName = from.kind === 'root' || from.kind === 'function' ? undefined : knotOf(from.name);
    const [first = '', second] = target.split('.');
    const local = knotName === undefined ? undefined : byName.get(`${knotName}.${first}`);
    if (second === undefined) return local ?? byName.get(first);
    return byName.get(`${first}.${second}`) ?? local ?? byName.get(first);
  };

  const reached = new Set<Flow>();
  const queue = flows.filter(
    (flow) => flow.kind === 'root' || flow.kind === 'function' || flow.name === LINK_BROKEN_KNOT,
  );
  for (const flow of queue) reached.add(flow);
  for (let index = 0; index < queue.length; index++) {
    const flow = queue[index] as Flow;
    const next = flow.targets.map((target) => resolve(target, flow));
    if (flow.kind === 'knot' && !flow.hasContent) {
      const first = stitchesOf(flow.name)[0];
      if (first !== undefined && !first.takesParameters) next.push(first);
    }
    for (const target of next) {
      if (target === undefined || reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }

  const knotReached = (knot: string): boolean =>
    [byName.get(knot), ...stitchesOf(knot)].some((flow) => flow !== undefined && reached.has(flow));
  const unreachable: UnreachableKnot[] = [];
  for (const flow of flows) {
    if (flow.kind !== 'knot' && flow.kind !== 'stitch') continue;
    // One line for a knot nothing reaches, not one more per stitch.
    const reportedHere = flow.kind === 'knot' ? !knotReached(flow.name) : knotReached(knotOf(flow.name));
    if (!reached.has(flow) && reportedHere) unreachable.push({ name: flow.name, path: flow.path, line: flow.line });
  }
  return unreachable;
}

function knotOf(flowName: string): string {
  return flowName.split('.')[0] ?? flowName;
}

/** The knot or stitch ink's path (`knot.stitch.3`, `knot.0.c-1`) is in; undefined at the top of the story. */
function flowAtInkPath(flows: readonly Flow[], inkPath: string | undefined): Flow | undefined {
  if (inkPath === undefined || inkPath === '') return undefined;
  const [first = '', second] = inkPath.split('.');
  const named = (name: string): Flow | undefined => flows.find((flow) => flow.kind !== 'root' && flow.name === name);
  return (second === undefined ? undefined : named(`${first}.${second}`)) ?? named(first);
}

/**
 * Where to show a dead end: ink's own "loose end" warning inside the knot when it gave
 * one (the line where the flow runs out), else the knot's heading; at the top of the
 * story, the warning before the first knot, else the main file with no line.
 */
function deadEndPlace(
  flow: Flow | undefined,
  flows: readonly Flow[],
  diagnostics: readonly Diagnostic[],
  mainPath: string,
): { path: string; line: number } {
  const regions = flow === undefined ? flows.filter((each) => each.kind === 'root') : [flow];
  for (const region of regions) {
    const warning = diagnostics.find(
      (diagnostic) =>
        diagnostic.message.startsWith(LOOSE_END_WARNING) &&
        diagnostic.path === region.path &&
        diagnostic.line >= region.line &&
        diagnostic.line <= region.lastLine,
    );
    if (warning !== undefined) return { path: warning.path, line: warning.line };
  }
  return flow === undefined ? { path: mainPath, line: 0 } : { path: flow.path, line: flow.line };
}

/** Compile and lint problems together, once each, by file (the main file first) then line. */
function unendedWarning(unended: UnendedPath): Diagnostic {
  const after = unended.choices.length === 0 ? 'before any choice' : `after choices ${unended.choices.join(',')}`;
  return {
    severity: 'warning',
    path: unended.path,
    line: unended.line,
    message: `a path stops here without '# end: ...' (${after}): the debrief can only say "the encounter ended"; add '# end: kept', 'referred', 'handled', 'ended' or 'broken' to its last line`,
  };
}

/** What the checker knows of a story's declared ends, read from its source. */
interface Endings {
  /** Whether any line says `# end: ...`: only then is a path without one worth a warning. */
  readonly declared: boolean;
  /** The file and line where a line shown in play is written, when it can be found. */
  readonly placeOf: (shown: string) => { readonly path: string; readonly line: number } | undefined;
}

const END_TAG = /#\s*end\s*:/;

function endingsOf(sources: ReadonlyMap<string, string>): Endings {
  const lines = [...sources].flatMap(([path, source]) =>
    source.split(/\r?\n/).map((text, index) => ({ path, line: index + 1, text })),
  );
  return {
    declared: lines.some((each) => END_TAG.test(each.text)),
    placeOf: (shown) => {
      // A line shown is its source's text without tags, speaker marks or markup: the
      // first words are enough to find it (inline logic past them does not matter).
      const words = shown.trim().slice(0, 40);
      if (words === '') return undefined;
      const found = lastOf(lines, (each) => each.text.includes(words));
      return found === undefined ? undefined : { path: found.path, line: found.line };
    },
  };
}

/** The last item that matches (the project's library stops at ES2022, before findLast). */
function lastOf<T>(items: readonly T[], matches: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as T;
    if (matches(item)) return item;
  }
  return undefined;
}

function orderDiagnostics(diagnostics: readonly Diagnostic[], files: readonly string[]): ReportDiagnostic[] {
  const rank = (path: string): number => {
    const index = files.indexOf(path);
    return index < 0 ? files.length : index;
  };
  return dedupeDiagnostics(diagnostics).sort((a, b) => rank(a.path) - rank(b.path) || a.line - b.line);
}
