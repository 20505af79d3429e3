/**
 * The debrief's analysis of one attempt: what the trainee did, what the person lived
 * through (the trust, revealed only now), and which moments deserve a reflection.
 * Pure data from a session record: no words here. The UI turns each mark and each
 * take-away into sentences in the trainee's language (src/ui/debrief/), so the same
 * analysis feeds the screen, the print view and, later, the facilitator's view.
 *
 * The analysis never grades: it has no score, only the curve, the marks and the
 * facts they come from.
 */
import type { SessionEvent, SessionEventMap } from '../encounter/encounter-events.ts';
import { isPlayerEvent } from '../encounter/encounter-events.ts';
import type { ClosingSignal, LinkCause } from '../link/link-model.ts';
import { SAFETY_START, startingTrust } from '../link/link-rules.ts';
import type { SessionRecord } from '../record/session-record.ts';
import { DEFAULT_WARINESS, type StoryHeader } from '../story/story-tags.ts';
import type { Act, Concept, Cue, Distance, EndStatus, Language, Moment } from '../story/tag-contract.ts';

/** One value of the curve: the trust (or the safety) right after something moved it. */
export interface CurvePoint {
  /** Milliseconds since the encounter started. */
  readonly at: number;
  /** Index in the record's `events` of the event that set this value; -1 for the starting point. */
  readonly eventIndex: number;
  /** The decision (0-based, among the session's choices) this value follows; undefined before the first. */
  readonly decision: number | undefined;
  /** 0 to 100. */
  readonly value: number;
}

/** A decision point: one of the session's choices, with what was on offer. */
export interface DebriefDecision {
  /** 0-based index among the session's choices (the record's `choices`). */
  readonly decision: number;
  readonly at: number;
  /** Index in the record's `events` of the `choiceMade` event. */
  readonly eventIndex: number;
  /** The choices that were offered, in order. */
  readonly offered: readonly { readonly text: string; readonly act: Act | undefined }[];
  /** 0-based index among `offered`. */
  readonly chosen: number;
  readonly text: string;
  readonly act: Act | undefined;
  readonly topic: string | undefined;
  /** Trust just before the choice and once its effects were applied (0 to 100). */
  readonly trustBefore: number;
  readonly trustAfter: number;
}

/** The encounter, compact, as the trainee lived it; `marks` are ids into `DebriefAnalysis.marks`. */
export type TimelineEntry = { readonly at: number; readonly marks: readonly number[] } & (
  | { readonly kind: 'line'; readonly speaker: string | undefined; readonly text: string }
  | { readonly kind: 'choice'; readonly decision: number; readonly text: string; readonly act: Act | undefined }
  | { readonly kind: 'distance'; readonly from: Distance; readonly to: Distance }
  | { readonly kind: 'cue'; readonly cue: Cue }
  | { readonly kind: 'moment'; readonly moment: Moment }
  | { readonly kind: 'visit'; readonly visit: number }
  | { readonly kind: 'end'; readonly status: EndStatus }
);

/** The kinds of moment the debrief marks on the curve and in the timeline. */
export const MARK_KINDS = [
  /** An act came before the person had given the trust it presumed. */
  'rushed',
  /** The trainee answered a closing cue with room (stepped back, left, accepted, held). */
  'cueRespected',
  /** The trainee pushed past a closing cue. */
  'cueIgnored',
  /** A perche was offered (the `perche` act); `percheAnswer` says what became of it. */
  'percheOffered',
  /** The trainee accepted a refusal (the `accept` act). */
  'refusalAccepted',
  /** A visit could not add more trust: the link grows over visits, not in one. */
  'visitCapReached',
  /** The emergency began: acting quickly is now right. */
  'emergencyStarted',
  /** In the emergency, the trainee hesitated (lost safety). */
  'hesitated',
  /** In the emergency, the trainee did something that could wait (lost safety). */
  'distracted',
  /** The link broke. */
  'linkBroken',
] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface DebriefMark {
  /** Index in `DebriefAnalysis.marks`. */
  readonly id: number;
  readonly kind: MarkKind;
  readonly concept: Concept;
  readonly at: number;
  /** Index in the record's `events` of the event behind the mark. */
  readonly eventIndex: number;
  /** The decision it follows from, if any (undefined for the emergency's start, say). */
  readonly decision: number | undefined;
  /** Trust right after the mark's moment, 0 to 100: where it sits on the curve. */
  readonly trust: number;
  readonly act: Act | undefined;
  readonly topic: string | undefined;
  /** For cue marks and rushes past a cue: the closing signal. */
  readonly cue: ClosingSignal | undefined;
  /** For `percheOffered`: taken (the encounter ended `referred`), refused (a refusal accepted later), or left open. */
  readonly percheAnswer: 'taken' | 'refused' | 'open' | undefined;
  /** For `rushed`: the points lost. */
  readonly cost: number | undefined;
  /** For `linkBroken`. */
  readonly brokenReason: 'trustExhausted' | 'repeatedRushes' | undefined;
}

/** What the summary can say; the UI words each from its facts. */
export const TAKEAWAY_IDS = [
  'linkBrokeAfterRushes',
  'linkBrokeTrustExhausted',
  'rushesCostTrust',
  'cuesRespected',
  'cueIgnored',
  'percheRefusedRespected',
  'percheTaken',
  'percheLeftOpen',
  'presenceBuiltTrust',
  'visitCapPatience',
  'emergencyActedQuickly',
  'emergencyHesitated',
  'linkKept',
] as const;
export type TakeawayId = (typeof TAKEAWAY_IDS)[number];

export interface Takeaway {
  readonly id: TakeawayId;
  readonly concept: Concept;
  /** How many times it happened (rushes, cues respected...). */
  readonly count: number;
  /** The decision it points to, for "Rejouer ce moment"; undefined when it is about the whole encounter. */
  readonly decision: number | undefined;
}

export interface DebriefAnalysis {
  readonly storyId: string;
  readonly title: string;
  readonly lang: Language;
  readonly character: string;
  /** Null when the encounter was left unfinished. */
  readonly status: EndStatus | null;
  readonly failure: string | null;
  /** Milliseconds of play. */
  readonly duration: number;
  /** The trust curve, starting with the starting trust (eventIndex -1). */
  readonly curve: readonly CurvePoint[];
  /**
   * The safety curve; null when the encounter had no emergency (it is shown only then).
   * Its first point is SAFETY_START where the emergency began (at the `emergencyStarted`
   * event, whose index it carries), then one point per `safetyChanged`.
   */
  readonly safetyCurve: readonly CurvePoint[] | null;
  readonly decisions: readonly DebriefDecision[];
  readonly timeline: readonly TimelineEntry[];
  readonly marks: readonly DebriefMark[];
  /** Two or three, most telling first, drawn from this attempt only. */
  readonly takeaways: readonly Takeaway[];
  /** The decision after which the link broke, if it did. */
  readonly brokeAfter: number | undefined;
}

/**
 * Reads one attempt's record into the debrief's analysis. The debrief screen calls it
 * with the record the runner resolved with (or an attempt read back from the
 * history); the print view and the facilitator's view call it on stored attempts.
 * Pure and deterministic: the same record always gives the same analysis. It does not
 * throw on a record `readSessionRecord` accepted (that check covers each event's type
 * and time only, so an event missing its other fields is passed over); an unfinished
 * record gives `status: null` and the analysis of what was played so far.
 *
 * How marks attach to the timeline: a mark made by a choice's act (its rush, the cue
 * it answered or pushed past, the visit cap it reached, the break it caused, the
 * perche it offered, the refusal it accepted, the safety it cost) belongs to that
 * choice's entry and carries its `decision`, and its `trust` is the trust once the
 * choice's effects were applied (the decision's `trustAfter`). `emergencyStarted`
 * belongs to the moment entry where the emergency begins and has no decision. Each
 * mark mirrors one event: a rush past a cue is one `rushed` mark with `cue` set, since
 * the engine emits `cueIgnored` only for an act that pushed past a cue without being
 * a rush.
 */
export function analyseSession(record: SessionRecord): DebriefAnalysis {
  const events = record.events;
  const started = firstStart(events);
  // A record read from a file was checked for each event's type and time only.
  const header: Partial<StoryHeader> = started?.header ?? {};
  const start = startOfTrust(events, header.wariness);
  const curve: CurvePoint[] = [{ at: started?.at ?? 0, eventIndex: -1, decision: undefined, value: start }];
  let safetyCurve: CurvePoint[] | null = null;
  const decisions: DecisionDraft[] = [];
  const timeline: TimelineEntry[] = [];
  const entryMarks: number[][] = [];
  const drafts: MarkDraft[] = [];
  let trust = start;
  let moment: Moment = started?.moment ?? 'guarded';
  let offered: DebriefDecision['offered'] = [];
  // The choice whose act's effects are being read: they follow its `choiceMade` and
  // end at the next fact of play (a line, a cue, a moment, the next choices...).
  let open: { readonly decision: number; readonly entry: number } | undefined;
  let emergencyDecisions = 0;

  const addEntry = (at: number, body: EntryBody): number => {
    const marks: number[] = [];
    timeline.push({ ...body, at, marks } as TimelineEntry);
    entryMarks.push(marks);
    return timeline.length - 1;
  };
  const lastDecision = (): number | undefined => (decisions.length === 0 ? undefined : decisions.length - 1);
  const addMark = (kind: MarkKind, concept: Concept, at: number, eventIndex: number, details: MarkDetails): void => {
    drafts.push({
      kind,
      concept,
      at,
      eventIndex,
      decision: open?.decision ?? lastDecision(),
      ofChoice: open !== undefined,
      trust,
      act: details.act,
      cue: details.cue,
      cost: details.cost,
      brokenReason: details.brokenReason,
      entry: open?.entry,
      entriesBefore: timeline.length,
    });
  };

  for (const [eventIndex, event] of events.entries()) {
    const at = event.at;
    if (isPlayerEvent(event) && event.type !== 'storyWarning' && event.type !== 'saveFailed') open = undefined;
    switch (event.type) {
      case 'lineShown':
        addEntry(at, { kind: 'line', speaker: event.speaker, text: event.text });
        break;
      case 'choicesOffered':
        offered = Array.isArray(event.choices)
          ? event.choices.map((choice) => ({ text: choice.text, act: choice.act }))
          : [];
        break;
      case 'choiceMade': {
        const decision = decisions.length;
        const entry = addEntry(at, { kind: 'choice', decision, text: event.text, act: event.act });
        decisions.push({
          decision,
          at,
          eventIndex,
          offered,
          chosen: event.index,
          text: event.text,
          act: event.act,
          topic: event.topic,
          trustBefore: trust,
          trustAfter: trust,
        });
        offered = [];
        open = { decision, entry };
        if (moment === 'emergency') emergencyDecisions++;
        if (event.act === 'perche') addMark('percheOffered', 'suggestion-legitime', at, eventIndex, { act: 'perche' });
        if (event.act === 'accept') addMark('refusalAccepted', 'refus', at, eventIndex, { act: 'accept' });
        break;
      }
      case 'distanceChanged':
        addEntry(at, { kind: 'distance', from: event.from, to: event.to });
        break;
      case 'cueShown':
        addEntry(at, { kind: 'cue', cue: event.cue });
        break;
      case 'momentChanged': {
        const entry = addEntry(at, { kind: 'moment', moment: event.moment });
        moment = event.moment;
        if (event.moment !== 'emergency') break;
        for (const draft of drafts) {
          if (draft.kind === 'emergencyStarted' && draft.entry === undefined) draft.entry = entry;
        }
        break;
      }
      case 'visitStarted':
        addEntry(at, { kind: 'visit', visit: event.visit });
        break;
      case 'encounterEnded':
        addEntry(at, { kind: 'end', status: event.status });
        break;
      case 'trustChanged': {
        if (typeof event.trust !== 'number') break;
        trust = event.trust;
        curve.push({ at, eventIndex, decision: lastDecision(), value: trust });
        const choice = open === undefined ? undefined : decisions[open.decision];
        if (choice !== undefined) choice.trustAfter = trust;
        break;
      }
      case 'safetyChanged': {
        if (typeof event.safety !== 'number') break;
        // A record cut before the emergency's start (a damaged file) starts the curve at the beginning.
        safetyCurve ??= [{ at: 0, eventIndex: -1, decision: undefined, value: SAFETY_START }];
        safetyCurve.push({ at, eventIndex, decision: lastDecision(), value: event.safety });
        const slip = SAFETY_SLIPS[event.cause];
        if (slip !== undefined) addMark(slip, 'urgence', at, eventIndex, { act: event.act });
        break;
      }
      case 'rushed':
        addMark('rushed', event.concept, at, eventIndex, { act: event.act, cue: event.ignoredCue, cost: event.cost });
        break;
      case 'cueRespected':
      case 'cueIgnored':
        addMark(event.type, 'rythme', at, eventIndex, { act: event.act, cue: event.cue });
        break;
      case 'visitCapReached':
        addMark('visitCapReached', 'rythme', at, eventIndex, {});
        break;
      case 'emergencyStarted':
        // The safety exists from here. The event comes just before the `momentChanged`
        // it goes with, so its mark waits for that entry; it follows from no decision.
        safetyCurve ??= [{ at, eventIndex, decision: lastDecision(), value: SAFETY_START }];
        drafts.push({
          kind: 'emergencyStarted',
          concept: 'urgence',
          at,
          eventIndex,
          decision: undefined,
          ofChoice: false,
          trust,
          act: undefined,
          cue: undefined,
          cost: undefined,
          brokenReason: undefined,
          entry: undefined,
          entriesBefore: timeline.length,
        });
        break;
      case 'linkBroken':
        addMark('linkBroken', 'lien', at, eventIndex, { brokenReason: event.reason });
        break;
      default:
        break;
    }
  }

  const status = record.outcome?.status ?? null;
  const marks = drafts.map((draft, id): DebriefMark => {
    // A mark with no entry of its own (an emergency that never showed as a moment)
    // goes with the entry before it, or the first one.
    const entry = draft.entry ?? Math.max(0, draft.entriesBefore - 1);
    entryMarks[entry]?.push(id);
    const choice = draft.ofChoice && draft.decision !== undefined ? decisions[draft.decision] : undefined;
    return {
      id,
      kind: draft.kind,
      concept: draft.concept,
      at: draft.at,
      eventIndex: draft.eventIndex,
      decision: draft.decision,
      trust: choice?.trustAfter ?? draft.trust,
      act: draft.act ?? choice?.act,
      topic: choice?.topic,
      cue: draft.cue,
      percheAnswer: draft.kind === 'percheOffered' ? percheAnswerOf(draft.decision, decisions, status) : undefined,
      cost: draft.cost,
      brokenReason: draft.brokenReason,
    };
  });

  return {
    storyId: record.story.id,
    title: record.story.title,
    lang: record.story.lang,
    character: header.character ?? '',
    status,
    failure: record.failure,
    duration: events.reduce((latest, event) => Math.max(latest, event.at), 0),
    curve,
    safetyCurve,
    decisions,
    timeline,
    marks,
    takeaways: takeawaysOf({
      start,
      end: trust,
      marks,
      decisions,
      emergency: safetyCurve !== null,
      emergencyDecisions,
    }),
    brokeAfter: marks.find((mark) => mark.kind === 'linkBroken')?.decision,
  };
}

/** The marks a loss of safety makes, by its cause. */
const SAFETY_SLIPS: Partial<Record<LinkCause, MarkKind>> = {
  hesitatedInEmergency: 'hesitated',
  distractedInEmergency: 'distracted',
};

/** The most take-aways the summary shows, and the fewest once the trainee made a decision. */
const MOST_TAKEAWAYS = 3;
const FEWEST_TAKEAWAYS = 2;

type EntryBody = TimelineEntry extends infer Entry
  ? Entry extends unknown
    ? Omit<Entry, 'at' | 'marks'>
    : never
  : never;

/** A decision while the events are read: its `trustAfter` moves with its act's effects. */
type DecisionDraft = { -readonly [Key in keyof DebriefDecision]: DebriefDecision[Key] };

type MarkDetails = Partial<Pick<DebriefMark, 'act' | 'cue' | 'cost' | 'brokenReason'>>;

interface MarkDraft {
  readonly kind: MarkKind;
  readonly concept: Concept;
  readonly at: number;
  readonly eventIndex: number;
  readonly decision: number | undefined;
  /** Made by a choice's act: its trust is then the decision's `trustAfter`. */
  readonly ofChoice: boolean;
  /** The trust when the mark's event came. */
  readonly trust: number;
  readonly act: Act | undefined;
  readonly cue: ClosingSignal | undefined;
  readonly cost: number | undefined;
  readonly brokenReason: DebriefMark['brokenReason'];
  /** The timeline entry the mark belongs to, once known. */
  entry: number | undefined;
  /** How many timeline entries there were when the mark was made. */
  readonly entriesBefore: number;
}

type StartEvent = SessionEventMap['encounterStarted'];

function firstStart(events: readonly SessionEvent[]): StartEvent | undefined {
  for (const event of events) if (event.type === 'encounterStarted') return event;
  return undefined;
}

/** The trust the link model started from: the header's wariness, as `initialLinkState` reads it. */
function startOfTrust(events: readonly SessionEvent[], wariness: number | undefined): number {
  if (typeof wariness === 'number') return clampTrust(startingTrust(wariness));
  // No start in the record (a cut file): work back from the first change, else the default.
  for (const event of events) {
    if (event.type === 'trustChanged' && typeof event.trust === 'number' && typeof event.delta === 'number') {
      return clampTrust(event.trust - event.delta);
    }
  }
  return clampTrust(startingTrust(DEFAULT_WARINESS));
}

function clampTrust(trust: number): number {
  return Math.min(100, Math.max(0, Math.round(trust)));
}

/**
 * What became of the perche offered at `decision`: refused when a refusal was accepted
 * before the next perche; taken when the encounter ended `referred` and no refusal was
 * accepted after it (each such perche counts as taken: the record cannot tell which one
 * the person took); left open otherwise.
 */
function percheAnswerOf(
  decision: number | undefined,
  decisions: readonly DebriefDecision[],
  status: EndStatus | null,
): 'taken' | 'refused' | 'open' {
  if (decision === undefined) return 'open';
  const later = decisions.slice(decision + 1);
  const nextPerche = later.findIndex((choice) => choice.act === 'perche');
  const beforeNextPerche = nextPerche < 0 ? later : later.slice(0, nextPerche);
  if (beforeNextPerche.some((choice) => choice.act === 'accept')) return 'refused';
  if (status === 'referred' && !later.some((choice) => choice.act === 'accept')) return 'taken';
  return 'open';
}

interface SessionFacts {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly DebriefMark[];
  readonly decisions: readonly DebriefDecision[];
  readonly emergency: boolean;
  /** Choices made while the moment was `emergency`. */
  readonly emergencyDecisions: number;
}

/**
 * The take-aways, most telling first: a break, then the emergency, then the rushes,
 * the perche, the cues, the visit cap, and what went well overall. Counts per id:
 * rushes for `linkBrokeAfterRushes` and `rushesCostTrust`; decisions that cost trust
 * for `linkBrokeTrustExhausted`; slips (hesitations and distractions) for
 * `emergencyHesitated`; choices made in the emergency for `emergencyActedQuickly`;
 * perches for the perche ids; marks for the cue and visit-cap ids; decisions that
 * raised the trust for `presenceBuiltTrust`; decisions made for `linkKept`.
 * `emergencyHesitated` covers distractions too (anything but helping).
 *
 * The decision each points to: the breaking one; the first slip; the costliest rush
 * (the first of equals); the first perche refused, the last taken, the first left
 * open; the first cue respected or ignored, the first visit cap. `presenceBuiltTrust`,
 * `linkKept` and `emergencyActedQuickly` are about the whole encounter (undefined).
 * A perche that was itself a rush counts only as a rush; none is "left open" once the
 * link broke. `presenceBuiltTrust` needs the trust to end higher with no rush, except
 * as the fallback that keeps two take-aways after a break with nothing else to say.
 */
function takeawaysOf(facts: SessionFacts): Takeaway[] {
  const { marks, decisions } = facts;
  const marked = (kind: MarkKind): DebriefMark[] => marks.filter((mark) => mark.kind === kind);
  const rushes = marked('rushed');
  const broken = marked('linkBroken')[0];
  const gains = decisions.filter((choice) => choice.trustAfter > choice.trustBefore).length;
  const losses = decisions.filter((choice) => choice.trustAfter < choice.trustBefore).length;
  const found: Takeaway[] = [];

  if (broken !== undefined) {
    found.push(
      broken.brokenReason === 'repeatedRushes'
        ? { id: 'linkBrokeAfterRushes', concept: 'lien', count: rushes.length, decision: broken.decision }
        : { id: 'linkBrokeTrustExhausted', concept: 'lien', count: losses, decision: broken.decision },
    );
  }
  if (facts.emergency) {
    const slips = marks.filter((mark) => mark.kind === 'hesitated' || mark.kind === 'distracted');
    const first = slips[0];
    if (first !== undefined) {
      found.push({ id: 'emergencyHesitated', concept: 'urgence', count: slips.length, decision: first.decision });
    } else if (facts.emergencyDecisions > 0) {
      found.push({
        id: 'emergencyActedQuickly',
        concept: 'urgence',
        count: facts.emergencyDecisions,
        decision: undefined,
      });
    }
  }
  const costliest = rushes.reduce<DebriefMark | undefined>(
    (worst, rush) => (worst === undefined || (rush.cost ?? 0) > (worst.cost ?? 0) ? rush : worst),
    undefined,
  );
  if (costliest !== undefined) {
    found.push({
      id: 'rushesCostTrust',
      concept: costliest.concept,
      count: rushes.length,
      decision: costliest.decision,
    });
  }
  // A perche that was itself a rush is told by the rush; one cut short by a break was not left open.
  const rushedDecisions = new Set(rushes.map((rush) => rush.decision));
  const perches = marked('percheOffered').filter((perche) => !rushedDecisions.has(perche.decision));
  const refused = perches.filter((perche) => perche.percheAnswer === 'refused');
  const taken = perches.filter((perche) => perche.percheAnswer === 'taken');
  const leftOpen = broken === undefined ? perches.filter((perche) => perche.percheAnswer === 'open') : [];
  if (refused[0] !== undefined) {
    found.push({
      id: 'percheRefusedRespected',
      concept: 'refus',
      count: refused.length,
      decision: refused[0].decision,
    });
  } else if (taken[0] !== undefined) {
    const last = taken[taken.length - 1] ?? taken[0];
    found.push({ id: 'percheTaken', concept: 'suggestion-legitime', count: taken.length, decision: last.decision });
  } else if (leftOpen[0] !== undefined) {
    found.push({
      id: 'percheLeftOpen',
      concept: 'suggestion-legitime',
      count: leftOpen.length,
      decision: leftOpen[0].decision,
    });
  }
  const fromMarks = [
    ['cueRespected', 'cuesRespected'],
    ['cueIgnored', 'cueIgnored'],
    ['visitCapReached', 'visitCapPatience'],
  ] as const satisfies readonly (readonly [MarkKind, TakeawayId])[];
  for (const [kind, id] of fromMarks) {
    const all = marked(kind);
    if (all[0] !== undefined) found.push({ id, concept: 'rythme', count: all.length, decision: all[0].decision });
  }
  const presence: Takeaway = {
    id: 'presenceBuiltTrust',
    concept: 'voisinage-courtois',
    count: gains,
    decision: undefined,
  };
  if (facts.end > facts.start && rushes.length === 0 && broken === undefined) found.push(presence);
  if (broken === undefined && decisions.length > 0) {
    found.push({ id: 'linkKept', concept: 'lien', count: decisions.length, decision: undefined });
  }

  const chosen = found.slice(0, MOST_TAKEAWAYS);
  // A broken link with nothing else to say yet had decisions that built trust: say so.
  if (decisions.length > 0 && chosen.length < FEWEST_TAKEAWAYS && gains > 0 && !chosen.includes(presence)) {
    chosen.push(presence);
  }
  return chosen;
}
