/**
 * The authoring contract, version 1: every tag the simulator reads, and the values
 * each may take. This file is the single source of truth for the vocabulary; the
 * tag reader, the story lint, the checker and the authoring guide all follow it.
 */

export const AUTHORING_CONTRACT_VERSION = 1;

export const SETTINGS = ['street', 'bus', 'site', 'cafe', 'home', 'clinic'] as const;
export type Setting = (typeof SETTINGS)[number];

/**
 * How the person is drawn (`# look:`), one sheet each in `public/art/people/`. Without
 * the tag the stage draws `person_hood`, a look that says nothing of gender; a story
 * whose character is Josée gets `josee`, her own drawing, with her dog.
 */
export const LOOKS = [
  'person_hood',
  'woman_long_hair',
  'woman_short_hair',
  'woman_braids',
  'man_short_hair',
  'man_tuque_bag',
  'older_man_cap',
  'man_beard',
  'josee',
] as const;
export type Look = (typeof LOOKS)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CONCEPTS = [
  'lien',
  'voisinage-courtois',
  'suggestion-legitime',
  'rythme',
  'non-demande',
  'refus',
  'urgence',
  'accompagnement',
  'plan-de-changement',
  'reseau',
] as const;
export type Concept = (typeof CONCEPTS)[number];

export const ACTS = [
  'approach',
  'hold',
  'step_back',
  'leave',
  'visit',
  'greet',
  'small_talk',
  'listen',
  'ask',
  'perche',
  'insist',
  'accept',
  'opinion',
  'material',
  'inform',
  'urgent',
] as const;
export type Act = (typeof ACTS)[number];

/** Topics a perche may name. Authors may use others: an unknown topic is a warning. */
export const TOPICS = [
  'shelter',
  'nurse',
  'testing',
  'housing',
  'health_card',
  'detox',
  'supervised_site',
  'naloxone',
  'food',
  'clothes',
  'doctor',
  'treatment',
  'income',
  'legal',
  'phone',
  'appointment',
] as const;

export const MOMENTS = ['open', 'guarded', 'closed', 'emergency'] as const;
export type Moment = (typeof MOMENTS)[number];

export const CUES = [
  'turns_away',
  'changes_subject',
  'smiles',
  'arms_crossed',
  'eye_contact',
  'steps_back',
  'leans_in',
  'silence',
  'agitated',
] as const;
export type Cue = (typeof CUES)[number];

export const DISTANCES = ['far', 'near', 'close'] as const;
export type Distance = (typeof DISTANCES)[number];

export const END_STATUSES = ['kept', 'broken', 'ended', 'referred', 'handled'] as const;
export type EndStatus = (typeof END_STATUSES)[number];

export const LINK_BANDS = ['fragile', 'building', 'solid', 'broken'] as const;
export type LinkBand = (typeof LINK_BANDS)[number];

export const HEADER_KEYS = [
  'title',
  'lang',
  'setting',
  'time',
  'character',
  'look',
  'wariness',
  'summary',
  'duration',
  'concepts',
  'warning',
] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** Header tags a story should declare; missing ones are warnings and get defaults. */
export const REQUIRED_HEADER_KEYS: readonly HeaderKey[] = [
  'title',
  'lang',
  'setting',
  'character',
  'wariness',
  'summary',
  'duration',
  'concepts',
];

export const CHOICE_KEYS = ['act', 'topic', 'trust'] as const;
export const LINE_KEYS = ['moment', 'cue', 'distance', 'visit', 'end', 'speaker', 'mood', 'sound', 'ambience'] as const;

/** Where a tag was written: decides which keys are valid there. */
export type TagPlace = 'header' | 'choice' | 'line';

/** Keys whose value is one of a closed list; the others take free text or a number. */
export const CLOSED_VALUES: Readonly<Record<string, readonly string[]>> = {
  lang: LANGUAGES,
  setting: SETTINGS,
  look: LOOKS,
  act: ACTS,
  moment: MOMENTS,
  cue: CUES,
  distance: DISTANCES,
  end: END_STATUSES,
};

/** The knot the runner diverts to when the link breaks. */
export const LINK_BROKEN_KNOT = 'link_broken';
/** The ink variable the engine keeps set to the current band, where a story declares it. */
export const LINK_VARIABLE = 'link';

export function keysFor(place: TagPlace): readonly string[] {
  switch (place) {
    case 'header':
      // Line tags are also valid in the header block: a story may open on a moment.
      return [...HEADER_KEYS, ...LINE_KEYS];
    case 'choice':
      return CHOICE_KEYS;
    case 'line':
      return LINE_KEYS;
  }
}

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
