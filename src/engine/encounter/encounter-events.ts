/**
 * The facts of an encounter, as plain serialisable data (STYLE.md, seam 2).
 *
 * Two streams, kept apart by their types (seam 3): `PlayerEvent` is what the stage,
 * the overlay and the audio may know, and has no trust in it; `SessionEvent` adds
 * the link model's effects and goes only to the recorder and the debrief.
 */
import type { LinkEffect } from '../link/link-model.ts';
import type { StoryHeader } from '../story/story-tags.ts';
import type { Act, Cue, Distance, EndStatus, Moment } from '../story/tag-contract.ts';

/** Why an encounter stopped. */
export type EndReason =
  /** The story ran to its end. */
  | 'story'
  /** The link broke and the story had no `link_broken` knot to tell it. */
  | 'linkBroken'
  /** The story failed at run time; `message` says how. */
  | 'failure';

/** Each event carries `at`: milliseconds since the encounter started (play time, across resumes). */
interface Timed {
  readonly at: number;
}

export type PlayerEvent = Timed &
  (
    | {
        readonly type: 'encounterStarted';
        readonly storyId: string;
        readonly header: StoryHeader;
        readonly distance: Distance;
        readonly moment: Moment;
        /** On resume, the ambience the story had set; undefined at a fresh start. */
        readonly ambience: string | undefined;
        /** True when this start resumes a saved encounter. */
        readonly resumed: boolean;
      }
    | {
        readonly type: 'lineShown';
        /** 0-based count of lines shown in this encounter. */
        readonly lineIndex: number;
        readonly text: string;
        readonly speaker: string | undefined;
      }
    | {
        readonly type: 'choicesOffered';
        readonly choices: readonly { readonly text: string; readonly act: Act | undefined }[];
      }
    | {
        readonly type: 'choiceMade';
        /** 0-based index among the choices offered. */
        readonly index: number;
        readonly text: string;
        readonly act: Act | undefined;
        readonly topic: string | undefined;
      }
    | { readonly type: 'distanceChanged'; readonly from: Distance; readonly to: Distance }
    | { readonly type: 'cueShown'; readonly cue: Cue }
    | { readonly type: 'momentChanged'; readonly moment: Moment }
    | { readonly type: 'visitStarted'; readonly visit: number }
    | { readonly type: 'soundRequested'; readonly sound: string }
    | { readonly type: 'ambienceChanged'; readonly ambience: string }
    | { readonly type: 'storyWarning'; readonly message: string }
    | { readonly type: 'saveFailed'; readonly message: string }
    | {
        readonly type: 'encounterEnded';
        /** The status the story declared, or `broken`/`ended` by the rule in the record. */
        readonly status: EndStatus;
        readonly reason: EndReason;
        readonly message: string | undefined;
      }
  );

/** The link model's effects, stamped with time: only the recorder and the debrief get these. */
export type LinkEvent = Timed & LinkEffect;

export type SessionEvent = PlayerEvent | LinkEvent;

export type PlayerEventType = PlayerEvent['type'];
export type SessionEventType = SessionEvent['type'];

/** Event maps for `EventEmitter`. */
export type PlayerEventMap = { [E in PlayerEvent as E['type']]: E };
export type SessionEventMap = { [E in SessionEvent as E['type']]: E };

export const PLAYER_EVENT_TYPES: readonly PlayerEventType[] = [
  'encounterStarted',
  'lineShown',
  'choicesOffered',
  'choiceMade',
  'distanceChanged',
  'cueShown',
  'momentChanged',
  'visitStarted',
  'soundRequested',
  'ambienceChanged',
  'storyWarning',
  'saveFailed',
  'encounterEnded',
];

export function isPlayerEvent(event: SessionEvent): event is PlayerEvent {
  return (PLAYER_EVENT_TYPES as readonly string[]).includes(event.type);
}
