/**
 * Encounter plans: an encounter's expected transcript as plain text, after Yarn
 * Spinner's test plans. A trainer (or `npm run play -- --plan`) writes one per path
 * worth keeping; the test command replays each and says where it departs.
 *
 *     # A comment
 *     story: stories/fr/premier-bonjour.ink
 *     seed: 1
 *     line: Bonsoir.
 *     option: Dire bonjour de loin
 *     option: S'approcher tout de suite
 *     select: 1
 *     outcome: kept
 *     rushes: 0
 *
 * `line` is the next line shown (exact text); consecutive `option` lines are the
 * choices offered at that point, all of them, in order; `select` takes one (1-based).
 * After the path: `outcome` (the end status), and optionally `rushes` (how many) and
 * `broken` (yes | no).
 */
import type { SessionRecord, TranscriptEntry } from '../engine/index.ts';
import { END_STATUSES, type EndStatus, isOneOf } from '../engine/index.ts';

export type PlanStep =
  | { readonly type: 'line'; readonly text: string; readonly planLine: number }
  | { readonly type: 'choices'; readonly texts: readonly string[]; readonly planLine: number }
  | { readonly type: 'chose'; readonly index: number; readonly planLine: number };

export interface EncounterPlan {
  /** The story file, relative to the project root. */
  readonly story: string;
  readonly seed: number;
  readonly steps: readonly PlanStep[];
  readonly outcome: EndStatus | undefined;
  readonly rushes: number | undefined;
  readonly broken: boolean | undefined;
}

export interface PlanProblem {
  /** 1-based line in the plan file. */
  readonly line: number;
  readonly message: string;
}

export type PlanReadResult =
  | { readonly ok: true; readonly plan: EncounterPlan }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

export function parsePlan(text: string): PlanReadResult {
  const problems: PlanProblem[] = [];
  const steps: PlanStep[] = [];
  let story: string | undefined;
  let seed = 1;
  let outcome: EndStatus | undefined;
  let rushes: number | undefined;
  let broken: boolean | undefined;
  let options: { texts: string[]; planLine: number } | undefined;
  const flushOptions = (): void => {
    if (options !== undefined) steps.push({ type: 'choices', texts: options.texts, planLine: options.planLine });
    options = undefined;
  };

  text.split(/\r?\n/).forEach((raw, index) => {
    const planLine = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const colon = line.indexOf(':');
    const key = colon < 0 ? line : line.slice(0, colon).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (key !== 'option') flushOptions();
    switch (key) {
      case 'story':
        story = value;
        break;
      case 'seed':
        if (!/^\d+$/.test(value)) problems.push({ line: planLine, message: `seed '${value}' must be a whole number` });
        seed = Number(value);
        break;
      case 'line':
        steps.push({ type: 'line', text: value, planLine });
        break;
      case 'option':
        options ??= { texts: [], planLine };
        options.texts.push(value);
        break;
      case 'select': {
        const choice = Number(value);
        if (!Number.isInteger(choice) || choice < 1) {
          problems.push({ line: planLine, message: `select '${value}' must be a choice number from 1` });
        } else steps.push({ type: 'chose', index: choice - 1, planLine });
        break;
      }
      case 'outcome':
        if (isOneOf(END_STATUSES, value)) outcome = value;
        else problems.push({ line: planLine, message: `outcome '${value}' must be one of ${END_STATUSES.join(', ')}` });
        break;
      case 'rushes':
        if (/^\d+$/.test(value)) rushes = Number(value);
        else problems.push({ line: planLine, message: `rushes '${value}' must be a whole number` });
        break;
      case 'broken':
        if (value === 'yes' || value === 'no') broken = value === 'yes';
        else problems.push({ line: planLine, message: `broken '${value}' must be yes or no` });
        break;
      default:
        problems.push({ line: planLine, message: `unknown plan entry '${key}'` });
    }
  });
  flushOptions();
  if (story === undefined) problems.push({ line: 1, message: "the plan does not name its story ('story: path')" });
  if (problems.length > 0 || story === undefined) return { ok: false, problems };
  return { ok: true, plan: { story, seed, steps, outcome, rushes, broken } };
}

/** The choices a plan makes, 0-based, for a scripted presenter. */
export function planChoices(plan: EncounterPlan): number[] {
  return plan.steps.flatMap((step) => (step.type === 'chose' ? [step.index] : []));
}

/**
 * Compares what was played with the plan. Returns the problems, each at the plan
 * line where the encounter departed from it; an empty list means the plan holds.
 */
export function checkPlan(
  plan: EncounterPlan,
  transcript: readonly TranscriptEntry[],
  record: SessionRecord,
): PlanProblem[] {
  const played = transcript.filter((entry) => entry.type !== 'end');
  const problems: PlanProblem[] = [];
  for (const [position, step] of plan.steps.entries()) {
    const actual = played[position];
    const expected = describeStep(step);
    const seen = actual === undefined ? 'the end of the encounter' : describeEntry(actual);
    if (expected !== seen) {
      problems.push({ line: step.planLine, message: `expected ${expected}, but the encounter showed ${seen}` });
      return problems;
    }
  }
  const endLine = (plan.steps.at(-1)?.planLine ?? 0) + 1;
  const extra = played[plan.steps.length];
  if (extra !== undefined) {
    problems.push({
      line: endLine,
      message: `the plan stops here, but the encounter went on with ${describeEntry(extra)}`,
    });
  }
  const status = record.outcome?.status;
  if (plan.outcome !== undefined && status !== plan.outcome) {
    problems.push({ line: endLine, message: `expected outcome ${plan.outcome}, got ${status ?? 'none'}` });
  }
  const rushCount = record.events.filter((event) => event.type === 'rushed').length;
  if (plan.rushes !== undefined && rushCount !== plan.rushes) {
    problems.push({ line: endLine, message: `expected ${plan.rushes} rushes, got ${rushCount}` });
  }
  const broke = record.events.some((event) => event.type === 'linkBroken');
  if (plan.broken !== undefined && broke !== plan.broken) {
    problems.push({ line: endLine, message: plan.broken ? 'expected the link to break' : 'the link broke' });
  }
  if (record.failure !== null) problems.push({ line: endLine, message: `the story failed: ${record.failure}` });
  return problems;
}

/** Writes what was played as a plan, for a trainer to keep as a test. */
export function formatPlan(
  story: string,
  seed: number,
  transcript: readonly TranscriptEntry[],
  record: SessionRecord,
  title = '',
): string {
  const lines: string[] = [];
  if (title !== '') lines.push(`# ${title}`);
  lines.push(`story: ${story}`, `seed: ${seed}`);
  for (const entry of transcript) {
    if (entry.type === 'line') lines.push(`line: ${entry.text}`);
    if (entry.type === 'choices') for (const text of entry.texts) lines.push(`option: ${text}`);
    if (entry.type === 'chose') lines.push(`select: ${entry.index + 1}`);
  }
  if (record.outcome !== null) lines.push(`outcome: ${record.outcome.status}`);
  lines.push(`rushes: ${record.events.filter((event) => event.type === 'rushed').length}`);
  lines.push(`broken: ${record.events.some((event) => event.type === 'linkBroken') ? 'yes' : 'no'}`);
  return `${lines.join('\n')}\n`;
}

function describeStep(step: PlanStep): string {
  // A plan step reads like the transcript entry it expects.
  switch (step.type) {
    case 'line':
      return describeEntry({ type: 'line', text: step.text, speaker: undefined });
    case 'choices':
      return describeEntry({ type: 'choices', texts: step.texts });
    case 'chose':
      return describeEntry({ type: 'chose', index: step.index, text: '' });
  }
}

function describeEntry(entry: TranscriptEntry): string {
  switch (entry.type) {
    case 'line':
      return `line "${entry.text}"`;
    case 'choices':
      return `options [${entry.texts.map((text) => `"${text}"`).join(', ')}]`;
    case 'chose':
      return `select ${entry.index + 1}`;
    case 'end':
      return 'the end of the encounter';
  }
}
