/**
 * Tags become typed commands here, and only here (STYLE.md, seam 4). An unknown key
 * or value is reported as a problem with the nearest valid one; it never silently
 * does nothing, and it never stops the story.
 */
import { nearestCandidate } from './diagnostic.ts';
import {
  ACTS,
  type Act,
  CLOSED_VALUES,
  CONCEPTS,
  type Concept,
  type Cue,
  type Distance,
  type EndStatus,
  HEADER_KEYS,
  isOneOf,
  keysFor,
  LANGUAGES,
  type Language,
  LOOKS,
  type Look,
  type Moment,
  REQUIRED_HEADER_KEYS,
  SETTINGS,
  type Setting,
  type TagPlace,
  TOPICS,
} from './tag-contract.ts';

/** A problem with one tag, before the caller knows the file and line. */
export interface TagProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly suggestion?: string;
}

export interface RawTag {
  readonly key: string;
  readonly value: string;
}

/** What a line's tags ask the stage and the link model to do, in the order written. */
export type LineCommand =
  | { readonly type: 'moment'; readonly moment: Moment }
  | { readonly type: 'cue'; readonly cue: Cue }
  | { readonly type: 'distance'; readonly distance: Distance }
  | { readonly type: 'visit'; readonly visit: number }
  | { readonly type: 'end'; readonly status: EndStatus }
  | { readonly type: 'speaker'; readonly speaker: string }
  | { readonly type: 'mood'; readonly mood: string }
  | { readonly type: 'sound'; readonly sound: string }
  | { readonly type: 'ambience'; readonly ambience: string };

export interface ChoiceMeta {
  /** Undefined when the author gave no `act`: the link model then leaves the trust alone. */
  readonly act: Act | undefined;
  readonly topic: string | undefined;
  /** Author override of the model: the trust moves by exactly this much (points). */
  readonly trustOverride: number | undefined;
}

/** The story's header, with defaults filled in for what the author left out. */
export interface StoryHeader {
  readonly title: string;
  readonly lang: Language;
  /** Undefined when not declared: the stage then draws its neutral set. */
  readonly setting: Setting | undefined;
  readonly time: string;
  readonly character: string;
  /**
   * How the person is drawn; absent when not declared or not a known look, and the
   * stage then picks (Josée's own drawing for Josée, else a look that says nothing of gender).
   */
  readonly look?: Look;
  /** 1 (at ease) to 5 (very wary): where the trust starts and how hard a rush hits. */
  readonly wariness: number;
  readonly summary: string;
  /** Expected minutes of play; undefined when not declared. */
  readonly duration: number | undefined;
  readonly concepts: readonly Concept[];
  readonly warnings: readonly string[];
}

export const DEFAULT_WARINESS = 3;

/** Splits `key: value`. A tag without a colon is a key with an empty value. */
export function splitTag(text: string): RawTag {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon < 0) return { key: trimmed.toLowerCase(), value: '' };
  return {
    key: trimmed.slice(0, colon).trim().toLowerCase(),
    value: trimmed.slice(colon + 1).trim(),
  };
}

/**
 * Checks one tag against the contract for the place it was written in.
 * Returns the problems; an empty list means the tag is valid there.
 */
export function checkTag(tag: RawTag, place: TagPlace): TagProblem[] {
  const keys = keysFor(place);
  if (!keys.includes(tag.key)) {
    const elsewhere = (['line', 'choice', 'header'] as const).find(
      (other) => other !== place && keysFor(other).includes(tag.key),
    );
    if (elsewhere !== undefined) {
      return [
        {
          severity: 'warning',
          message: `tag '${tag.key}' belongs on ${placeName(elsewhere)}, not on ${placeName(place)}`,
        },
      ];
    }
    const nearest = nearestCandidate(tag.key, keys);
    return [
      withSuggestion(
        `unknown tag '${tag.key}'${nearest ? `, did you mean '${nearest}'?` : ''}`,
        nearest === undefined ? undefined : `${nearest}: ${tag.value}`,
      ),
    ];
  }
  if (tag.value === '') {
    return [{ severity: 'warning', message: `tag '${tag.key}' has no value` }];
  }
  const closed = CLOSED_VALUES[tag.key];
  if (closed !== undefined && !closed.includes(tag.value)) {
    const nearest = nearestCandidate(tag.value, closed);
    return [
      withSuggestion(
        `unknown ${tag.key} '${tag.value}'${nearest ? `, did you mean '${nearest}'?` : ''} (valid: ${closed.join(', ')})`,
        nearest === undefined ? undefined : `${tag.key}: ${nearest}`,
      ),
    ];
  }
  switch (tag.key) {
    case 'wariness': {
      const wariness = Number(tag.value);
      return Number.isInteger(wariness) && wariness >= 1 && wariness <= 5
        ? []
        : [{ severity: 'warning', message: `wariness '${tag.value}' must be a whole number from 1 to 5` }];
    }
    case 'duration':
      return Number(tag.value) > 0
        ? []
        : [{ severity: 'warning', message: `duration '${tag.value}' must be a number of minutes` }];
    case 'visit':
      return Number.isInteger(Number(tag.value)) && Number(tag.value) >= 1
        ? []
        : [{ severity: 'warning', message: `visit '${tag.value}' must be a visit number (2, 3...)` }];
    case 'trust':
      return /^[+-]?\d+$/.test(tag.value)
        ? []
        : [{ severity: 'warning', message: `trust '${tag.value}' must be a signed number such as +5 or -10` }];
    case 'topic': {
      if (isOneOf(TOPICS, tag.value)) return [];
      const nearest = nearestCandidate(tag.value, TOPICS);
      // Topics are open-ended; only a likely typo of a known one is worth a word.
      return nearest !== undefined && nearest !== tag.value
        ? [
            {
              severity: 'warning',
              message: `topic '${tag.value}' is not a known topic, did you mean '${nearest}'?`,
              suggestion: `topic: ${nearest}`,
            },
          ]
        : [];
    }
    case 'concepts':
      return tag.value
        .split(',')
        .map((concept) => concept.trim())
        .filter((concept) => concept !== '' && !isOneOf(CONCEPTS, concept))
        .map((concept) => {
          const nearest = nearestCandidate(concept, CONCEPTS);
          return withSuggestion(
            `unknown concept '${concept}'${nearest ? `, did you mean '${nearest}'?` : ''}`,
            nearest === undefined ? undefined : `concepts: ${tag.value.replace(concept, nearest)}`,
          );
        });
    default:
      return [];
  }
}

/** Reads a choice's tags. Problems are returned, never thrown. */
export function readChoiceTags(tags: readonly string[]): { meta: ChoiceMeta; problems: TagProblem[] } {
  let act: Act | undefined;
  let topic: string | undefined;
  let trustOverride: number | undefined;
  const problems: TagProblem[] = [];
  for (const text of tags) {
    const tag = splitTag(text);
    const tagProblems = checkTag(tag, 'choice');
    problems.push(...tagProblems);
    // An unknown topic is only a hint: the perche still counts.
    if (tagProblems.length > 0 && tag.key !== 'topic') continue;
    if (tag.key === 'act' && isOneOf(ACTS, tag.value)) act = tag.value;
    else if (tag.key === 'topic') topic = tag.value;
    else if (tag.key === 'trust') trustOverride = Number(tag.value);
  }
  if (act === undefined && !problems.some((problem) => problem.message.startsWith('unknown act'))) {
    problems.push({ severity: 'warning', message: 'choice without an act: the link model will ignore it' });
  }
  return { meta: { act, topic, trustOverride }, problems };
}

/** Reads a line's tags into commands, in the order written. */
export function readLineTags(
  tags: readonly string[],
  place: TagPlace = 'line',
): { commands: LineCommand[]; problems: TagProblem[] } {
  const commands: LineCommand[] = [];
  const problems: TagProblem[] = [];
  for (const text of tags) {
    const tag = splitTag(text);
    const tagProblems = checkTag(tag, place);
    problems.push(...tagProblems);
    if (tagProblems.length > 0) continue;
    const command = toLineCommand(tag);
    if (command !== undefined) commands.push(command);
  }
  return { commands, problems };
}

function toLineCommand(tag: RawTag): LineCommand | undefined {
  switch (tag.key) {
    case 'moment':
      return { type: 'moment', moment: tag.value as Moment };
    case 'cue':
      return { type: 'cue', cue: tag.value as Cue };
    case 'distance':
      return { type: 'distance', distance: tag.value as Distance };
    case 'visit':
      return { type: 'visit', visit: Number(tag.value) };
    case 'end':
      return { type: 'end', status: tag.value as EndStatus };
    case 'speaker':
      return { type: 'speaker', speaker: tag.value };
    case 'mood':
      return { type: 'mood', mood: tag.value };
    case 'sound':
      return { type: 'sound', sound: tag.value };
    case 'ambience':
      return { type: 'ambience', ambience: tag.value };
    default:
      return undefined;
  }
}

/**
 * Reads the header (the story's global tags). Missing tags get defaults and a
 * warning each, so a story with no tags at all still plays.
 */
export function readHeader(
  globalTags: readonly string[],
  fallback: { readonly title: string; readonly lang?: Language },
): { header: StoryHeader; problems: TagProblem[]; lineCommands: LineCommand[] } {
  const values = new Map<string, string>();
  const warnings: string[] = [];
  const problems: TagProblem[] = [];
  const lineTags: string[] = [];
  for (const text of globalTags) {
    const tag = splitTag(text);
    if (!isOneOf(HEADER_KEYS, tag.key)) {
      // Line tags may open a story (its first moment, ambience...).
      lineTags.push(text);
      continue;
    }
    const tagProblems = checkTag(tag, 'header');
    problems.push(...tagProblems);
    if (tagProblems.some((problem) => problem.severity === 'error')) continue;
    if (tag.key === 'warning') warnings.push(tag.value);
    else values.set(tag.key, tag.value);
  }
  for (const key of REQUIRED_HEADER_KEYS) {
    if (!values.has(key)) problems.push({ severity: 'warning', message: `missing header tag '${key}'` });
  }
  const line = readLineTags(lineTags, 'header');
  problems.push(...line.problems);

  const lang = values.get('lang');
  const setting = values.get('setting');
  const look = values.get('look');
  const wariness = Number(values.get('wariness'));
  const duration = Number(values.get('duration'));
  const concepts = (values.get('concepts') ?? '')
    .split(',')
    .map((concept) => concept.trim())
    .filter((concept): concept is Concept => isOneOf(CONCEPTS, concept));
  const header: StoryHeader = {
    title: values.get('title') ?? fallback.title,
    lang: lang !== undefined && isOneOf(LANGUAGES, lang) ? lang : (fallback.lang ?? 'fr'),
    setting: setting !== undefined && isOneOf(SETTINGS, setting) ? setting : undefined,
    time: values.get('time') ?? '',
    character: values.get('character') ?? '',
    ...(look !== undefined && isOneOf(LOOKS, look) ? { look } : {}),
    wariness: Number.isInteger(wariness) && wariness >= 1 && wariness <= 5 ? wariness : DEFAULT_WARINESS,
    summary: values.get('summary') ?? '',
    duration: duration > 0 ? duration : undefined,
    concepts,
    warnings,
  };
  return { header, problems, lineCommands: line.commands };
}

function withSuggestion(message: string, suggestion: string | undefined): TagProblem {
  return suggestion === undefined ? { severity: 'warning', message } : { severity: 'warning', message, suggestion };
}

function placeName(place: TagPlace): string {
  switch (place) {
    case 'header':
      return 'the header (top of the file)';
    case 'choice':
      return 'a choice, inside its brackets';
    case 'line':
      return 'a line';
  }
}
