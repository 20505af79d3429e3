/**
 * The path through an encounter that keeps the most trust: a beam search over its
 * decisions, each step played by a real runner resumed from the save of the step
 * before, so the search judges exactly what a trainee would live. The debrief shows
 * it as "Une autre façon de faire"; the story checker as the candidate expert path.
 */
import type { CancelSignal } from '../cancel-signal.ts';
import type { Clock } from '../clock.ts';
import { EncounterRunner } from '../encounter/encounter-runner.ts';
import { StopAtDecision } from '../encounter/stop-at-decision.ts';
import { initialLinkState, type LinkState, reduceLink } from '../link/link-model.ts';
import { SAFETY_START, visitGainCap } from '../link/link-rules.ts';
import type { EncounterSave } from '../record/encounter-save.ts';
import type { SessionRecord } from '../record/session-record.ts';
import type { CompiledStory } from '../story/ink-story.ts';
import type { EndStatus } from '../story/tag-contract.ts';

export interface BestPathOptions {
  /** ink's random seed: the search explores the encounter as a session with this seed plays it. */
  readonly seed: number;
  /** Only stamps the events of the runners the search plays; the result does not depend on it. */
  readonly clock: Clock;
  /** Stop exploring beyond this many decisions (default 60). */
  readonly maxDepth?: number;
  /** States kept per depth (beam width, default 12): wider finds more, in proportion to the time it takes. */
  readonly beamWidth?: number;
  /**
   * Called between steps so a UI can stay responsive / cancel. It comes after every
   * state played (a millisecond or two of work), so a browser caller should give the
   * event loop a turn only when enough time has passed since the last one.
   */
  readonly yieldEvery?: () => Promise<void>;
  /** Once cancelled, the search stops at its next step and resolves with undefined. */
  readonly cancel?: CancelSignal;
}

export interface BestPath {
  /** 0-based index of each choice taken, in order (a plan's `select` is this plus 1). */
  readonly choices: readonly number[];
  /** The text of each choice taken, in order, as the trainee reads it. */
  readonly texts: readonly string[];
  /**
   * The path played from a fresh start with the search's seed: one session as a
   * trainee would have it, for the debrief. Unfinished (no outcome) when `complete`
   * is false: it stops where the next decision is offered.
   */
  readonly record: SessionRecord;
  /** How the encounter ended; null when the path reached no end within `maxDepth`. */
  readonly status: EndStatus | null;
  /** The trust at the end of the path (or where it stopped), 0 to 100. */
  readonly trust: number;
  /** States the search played: one runner per choice tried, the first opening included. */
  readonly statesExplored: number;
  /** Whether the path reached an end. */
  readonly complete: boolean;
}

const DEFAULT_MAX_DEPTH = 60;
const DEFAULT_BEAM_WIDTH = 12;
/** The ends an author gives a path that went well; `ended` is a neutral close. */
const GOOD_ENDS: readonly EndStatus[] = ['kept', 'handled', 'referred'];

/** One state of the search: the path so far and where it leaves the encounter. */
interface SearchState {
  readonly choices: readonly number[];
  readonly texts: readonly string[];
  /** The save after the last choice; undefined before the first. */
  readonly save: EncounterSave | undefined;
  /** The link when the next decision comes (or at the end); undefined before the first choice. */
  readonly link: LinkState | undefined;
  /** The choices of the next decision; empty once the encounter ended. */
  readonly offered: readonly string[];
  /** Set once the encounter ended. */
  readonly outcome: SessionRecord['outcome'];
  readonly failed: boolean;
}

/**
 * The path that keeps the most trust from the start of `story`, found by a beam
 * search: every kept state is tried with every choice (a runner resumed from its
 * save plays the choice up to the next decision), and the `beamWidth` states with
 * the most trust within reach go on: their trust plus what the visit's cap still
 * lets them gain (ranked on trust alone, the beam dropped paths that gain slowly
 * but end higher). Two states with the same ink state and link state are played once.
 *
 * Paths that end compete on, in order: no failure, the link not broken, an end the
 * author marked as good (kept, handled, referred) over `ended`, trust, then safety.
 * Ties go to the shorter path, then to the smaller choices, so the same story and
 * seed always give the same path.
 *
 * The debrief calls it for "Une autre façon de faire" and the story checker for the
 * candidate expert path. It terminates on any story: the runner stops runaway
 * loops, and `maxDepth` bounds stories that offer choices forever; when no path ends
 * within it, the best unfinished one comes back with `complete: false`. When every
 * path breaks the link, the best broken one comes back. Resolves with undefined once
 * `cancel` fires. A story that cannot be opened rejects, as the runner's constructor
 * throws.
 */
export async function findBestPath(story: CompiledStory, options: BestPathOptions): Promise<BestPath | undefined> {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const beamWidth = Math.max(1, options.beamWidth ?? DEFAULT_BEAM_WIDTH);
  const play = (from: SearchState, choice: number | undefined) => playStep(story, options, from, choice);

  const start: SearchState = {
    choices: [],
    texts: [],
    save: undefined,
    link: undefined,
    offered: [],
    outcome: null,
    failed: false,
  };
  if (options.cancel?.cancelled) return undefined;
  const opening = await play(start, undefined);
  let statesExplored = 1;
  const ended: SearchState[] = [];
  let beam: SearchState[] = [];
  if (opening.outcome === null) beam = [opening];
  else ended.push(opening);
  let furthest = opening;
  const seen = new Set<string>();

  for (let depth = 0; depth < maxDepth && beam.length > 0; depth++) {
    const open: SearchState[] = [];
    for (const state of beam) {
      for (let choice = 0; choice < state.offered.length; choice++) {
        if (options.cancel?.cancelled) return undefined;
        const next = await play(state, choice);
        statesExplored++;
        if (next.outcome === null) open.push(next);
        else ended.push(next);
        await options.yieldEvery?.();
      }
    }
    open.sort(compareOpen);
    furthest = open[0] ?? furthest;
    beam = [];
    for (const state of open) {
      if (state.link?.broken === true) continue;
      // Two paths that leave the story and the link in the same state have the same future.
      const key = stateKey(state);
      if (seen.has(key)) continue;
      seen.add(key);
      beam.push(state);
      if (beam.length === beamWidth) break;
    }
  }

  if (options.cancel?.cancelled) return undefined;
  const best = ended.sort(compareEnded)[0] ?? furthest;
  // The search's record went through a resume per step; the debrief wants one plain session.
  const played = await replayPath(story, options, best.choices);
  return {
    choices: best.choices,
    texts: best.texts,
    record: played,
    status: best.outcome?.status ?? null,
    trust: best.outcome?.trust ?? best.link?.trust ?? trustAtStart(played),
    statesExplored,
    complete: best.outcome !== null,
  };
}

/** Plays one choice from a state (none for the opening) up to the next decision or the end. */
async function playStep(
  story: CompiledStory,
  options: BestPathOptions,
  from: SearchState,
  choice: number | undefined,
): Promise<SearchState> {
  const presenter = new StopAtDecision(choice === undefined ? [] : [choice]);
  const runner = new EncounterRunner({
    story,
    presenters: [presenter],
    clock: options.clock,
    seed: options.seed,
    ...(from.save === undefined ? {} : { resumeFrom: from.save }),
  });
  presenter.runner = runner;
  const record = await runner.run();
  const save = runner.checkpoint;
  return {
    choices: choice === undefined ? from.choices : [...from.choices, choice],
    texts: choice === undefined ? from.texts : [...from.texts, from.offered[choice] ?? ''],
    save,
    link: save === undefined ? undefined : linkAtDecision(save, record),
    offered: record.outcome === null ? (presenter.offered ?? []) : [],
    outcome: record.outcome,
    failed: record.failure !== null,
  };
}

/**
 * The link when the next decision comes. The save holds it right after the choice;
 * the lines after that move no trust, but a new visit among them resets the visit's
 * cap, which the ranking counts on.
 */
function linkAtDecision(save: EncounterSave, record: SessionRecord): LinkState {
  let link = save.link;
  for (const event of record.events.slice(save.record.events.length)) {
    if (event.type === 'visitStarted') link = reduceLink(link, { type: 'visit', visit: event.visit }).state;
  }
  return link;
}

/** The path from a fresh start, as one session: to its end, or up to the next decision. */
async function replayPath(
  story: CompiledStory,
  options: BestPathOptions,
  choices: readonly number[],
): Promise<SessionRecord> {
  const presenter = new StopAtDecision(choices);
  const runner = new EncounterRunner({ story, presenters: [presenter], clock: options.clock, seed: options.seed });
  presenter.runner = runner;
  return runner.run();
}

/** Where the trust starts in a record that stopped before any choice (a `maxDepth` of 0). */
function trustAtStart(record: SessionRecord): number {
  const start = record.events.find((event) => event.type === 'encounterStarted');
  return initialLinkState(start?.type === 'encounterStarted' ? start.header.wariness : 1).trust;
}

/** Unfinished states: the link not broken, then the most trust within reach, then the most trust. */
function compareOpen(left: SearchState, right: SearchState): number {
  const broken = (state: SearchState): number => (state.link?.broken === true ? 1 : 0);
  return (
    broken(left) - broken(right) ||
    reachable(right) - reachable(left) ||
    (right.link?.trust ?? 0) - (left.link?.trust ?? 0) ||
    compareChoices(left.choices, right.choices)
  );
}

/**
 * The trust a state can still reach in this visit: its trust plus what the visit's
 * cap still lets it gain. Trust with a wary person grows a visit at a time, so of two
 * states with the same trust, the one that used less of the cap has more ahead of it.
 */
function reachable(state: SearchState): number {
  const link = state.link;
  if (link === undefined) return 0;
  return link.trust + Math.max(0, visitGainCap(link.wariness) - link.gainedThisVisit);
}

/** Finished paths: no failure, not broken, a good end, trust, safety (none at stake counts as whole). */
function compareEnded(left: SearchState, right: SearchState): number {
  const score = (state: SearchState): number[] => {
    const outcome = state.outcome;
    return [
      state.failed ? 0 : 1,
      outcome?.status === 'broken' ? 0 : 1,
      outcome !== null && GOOD_ENDS.includes(outcome.status) ? 1 : 0,
      outcome?.trust ?? 0,
      outcome?.safety ?? SAFETY_START,
    ];
  };
  const [a, b] = [score(left), score(right)];
  for (let index = 0; index < a.length; index++) {
    const difference = (b[index] ?? 0) - (a[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return compareChoices(left.choices, right.choices);
}

/** Shorter first, then the smaller choice at the first difference. */
function compareChoices(left: readonly number[], right: readonly number[]): number {
  if (left.length !== right.length) return left.length - right.length;
  for (let index = 0; index < left.length; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function stateKey(state: SearchState): string {
  const save = state.save;
  return save === undefined ? '' : `${save.inkState}\n${JSON.stringify(save.link)}\n${save.declaredEnd}`;
}
