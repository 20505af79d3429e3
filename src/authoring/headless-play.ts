/**
 * What the two story checkers (story-checker.ts with the source, playthrough-check.ts
 * for a compiled `.json`) share to play a story with no one watching: a random picker,
 * the bounded search over every choice sequence, and which of two paths to report.
 * The engine's `StopAtDecision` plays each state of the search. Environment-neutral:
 * no DOM, no file system, no wall clock.
 */
import {
  type Clock,
  createRandom,
  type EncounterRunner,
  type EncounterSave,
  hashText,
  type PresentedChoice,
  type Presenter,
  pickIndex,
  type Random,
  type SessionRecord,
} from '../engine/index.ts';

// The runner stamps events with the clock; nothing a checker reports depends on it.
export const STILL_CLOCK: Clock = { now: () => 0 };
/** A random playthrough that offers choices forever (a hub with no way out) stops here. */
export const MAX_CHOICES_PER_PLAYTHROUGH = 200;

const LINE_SHOWN: Promise<void> = Promise.resolve();
const NO_ANSWER: Promise<undefined> = Promise.resolve(undefined);

/**
 * Picks at random, and stops the runner after `MAX_CHOICES_PER_PLAYTHROUGH` choices.
 * One serves every playthrough of a check (`start` before each run) and allocates
 * nothing per line: a check shows some 100,000.
 */
export class RandomPresenter implements Presenter {
  private runner: EncounterRunner | undefined;
  private random: Random = createRandom(0);
  private choicesMade = 0;

  /** Readies it for `runner`'s playthrough, picking with `random`. */
  start(runner: EncounterRunner, random: Random): void {
    this.runner = runner;
    this.random = random;
    this.choicesMade = 0;
  }

  presentLine(): Promise<void> {
    return LINE_SHOWN;
  }

  presentChoices(choices: readonly PresentedChoice[]): Promise<number | undefined> {
    if (this.choicesMade >= MAX_CHOICES_PER_PLAYTHROUGH) {
      this.runner?.stop();
      return NO_ANSWER;
    }
    this.choicesMade++;
    return Promise.resolve(pickIndex(this.random, choices.length));
  }
}

/** A state of the search: a run stopped at a decision (or ended), with its last save. */
export interface SearchState {
  readonly record: SessionRecord;
  /** The runner's last save, which the states after this one resume. */
  readonly save: EncounterSave | undefined;
  /** Choices offered at the decision it stopped at (0 when it ended). */
  readonly offered: number;
}

/** What a checker gives `searchChoices`: how to play, and what to do with the states it finds. */
export interface ChoiceSearch<S extends SearchState> {
  /** How many choices deep the search goes. */
  readonly depthBound: number;
  /** States (the opening, or one choice played from a save) the search plays at most. */
  readonly maxStates: number;
  /**
   * Resumes `save` (the start when undefined), makes `script`'s choices (0-based) and
   * stops at the next decision; undefined when no runner opens, which ends the search.
   */
  play(save: EncounterSave | undefined, script: readonly number[]): Promise<S | undefined>;
  /**
   * Every state the search goes no further from: it ended (a failure found from a save
   * comes here as played again from the start) or it is `depthBound` choices deep.
   */
  reached(state: S): void;
  /** Asked before each state: true stops the search. */
  givenUp(): boolean;
  /** When `maxStates` or `givenUp` stopped the search: the states it had yet to explore. */
  cutShort?(unexplored: readonly S[]): void;
}

/**
 * Every choice sequence up to `depthBound` choices, depth first, each state played by
 * a runner resumed from the save of the state before (as findBestPath does). Two states
 * with the same ink state, link and declared end have the same future: the second is not
 * explored again. A failure found from a save is played again from a fresh start with
 * the same choices, as a trainee would meet it. Returns whether the search went
 * everywhere within its bound (false when it was stopped).
 */
export async function searchChoices<S extends SearchState>(search: ChoiceSearch<S>): Promise<boolean> {
  if (search.givenUp() || search.maxStates < 1) return false;
  const opening = await search.play(undefined, []);
  if (opening === undefined) return false;
  let states = 1;
  if (opening.record.outcome !== null) {
    search.reached(opening);
    return true;
  }
  const seen = new Set<string>();
  const stack: S[] = [opening];
  while (stack.length > 0) {
    const node = stack.pop() as S;
    for (let choice = 0; choice < node.offered; choice++) {
      if (states >= search.maxStates || search.givenUp()) {
        search.cutShort?.([node, ...stack]);
        return false;
      }
      const next = await search.play(node.save, [choice]);
      states++;
      if (next === undefined) return false;
      const { record, save } = next;
      if (record.failure !== null) {
        search.reached((await search.play(undefined, record.choices)) ?? next);
        continue;
      }
      if (record.outcome !== null || record.choices.length >= search.depthBound) {
        search.reached(next);
        continue;
      }
      const key =
        save === undefined ? '' : hashText(`${save.inkState}\n${JSON.stringify(save.link)}\n${save.declaredEnd}`);
      if (seen.has(key)) continue;
      seen.add(key);
      stack.push(next);
    }
  }
  return true;
}

/** Whether `choices` is a better way to report than `than`: fewer choices, then the first that differs comes earlier. */
export function isShorter(choices: readonly number[], than: readonly number[]): boolean {
  if (choices.length !== than.length) return choices.length < than.length;
  const index = choices.findIndex((choice, at) => choice !== than[at]);
  return index >= 0 && (choices[index] ?? 0) < (than[index] ?? 0);
}
