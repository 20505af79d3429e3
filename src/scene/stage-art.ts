/**
 * The art catalogue: which hand-drawn SVG the stage uses for a setting or a person,
 * and where each part sits in its sheet. Pure data and lookups, no Phaser, so the
 * choices (and their fallbacks) are unit-tested. The SVGs live in `public/art/` and
 * are loaded by URL: Vite would inline small SVG imports as data URLs, which the
 * Phaser loader cannot decode.
 */
import type { Look, Setting } from '../engine/index.ts';

/** A setting with its own art; any other setting (or none) gets the neutral set. */
export const DRAWN_SETTINGS = ['street', 'bus', 'site', 'cafe'] as const;
export type SettingArt = (typeof DRAWN_SETTINGS)[number] | 'neutral';

/** Background size in art units (every setting SVG has this viewBox). */
export const BACKGROUND_SIZE = { width: 1600, height: 900 } as const;
/** Where feet rest in every setting, in background units from the top. */
export const BACKGROUND_GROUND_Y = 760;

export type SeatKind = 'crate' | 'chair' | 'bench';

/** A soft light drawn over the background (a lamp, a ceiling strip), in background units. */
export interface SettingLight {
  readonly x: number;
  readonly y: number;
  /** Radius in background units. */
  readonly radius: number;
  readonly color: number;
  /** A street lamp that flickers now and then (never under reduced motion). */
  readonly flickers: boolean;
}

export interface SettingLook {
  readonly art: SettingArt;
  /** Path under the art base URL. */
  readonly file: string;
  readonly seat: SeatKind;
  /** The métro grate the person sits on, on the street. */
  readonly grate: boolean;
  /** A small café table beside the person. */
  readonly table: boolean;
  readonly lights: readonly SettingLight[];
  /** Height (background units) at which passing headlights sweep; undefined: no traffic seen. */
  readonly sweepY: number | undefined;
  /** Fill colour behind the art while it loads, and of the letterbox if any. */
  readonly backdrop: number;
}

const WARM = 0xffd9a0;

const SETTING_LOOKS: Readonly<Record<SettingArt, SettingLook>> = {
  street: {
    art: 'street',
    file: 'settings/street.svg',
    seat: 'crate',
    grate: true,
    table: false,
    lights: [
      { x: 606, y: 268, radius: 150, color: WARM, flickers: false },
      { x: 1426, y: 268, radius: 150, color: WARM, flickers: true },
    ],
    sweepY: 560,
    backdrop: 0x1f2739,
  },
  bus: {
    art: 'bus',
    file: 'settings/bus.svg',
    seat: 'bench',
    grate: false,
    table: false,
    lights: [{ x: 800, y: 64, radius: 420, color: 0xffe6b8, flickers: false }],
    sweepY: 300,
    backdrop: 0xc8b595,
  },
  site: {
    art: 'site',
    file: 'settings/site.svg',
    seat: 'chair',
    grate: false,
    table: false,
    lights: [
      { x: 520, y: 70, radius: 300, color: 0xfff0c8, flickers: false },
      { x: 1180, y: 70, radius: 300, color: 0xfff0c8, flickers: false },
    ],
    sweepY: 320,
    backdrop: 0xd4c7ab,
  },
  cafe: {
    art: 'cafe',
    file: 'settings/cafe.svg',
    seat: 'chair',
    grate: false,
    table: true,
    lights: [
      { x: 500, y: 202, radius: 220, color: WARM, flickers: false },
      { x: 1120, y: 202, radius: 220, color: WARM, flickers: false },
    ],
    sweepY: 420,
    backdrop: 0x5e4536,
  },
  neutral: {
    art: 'neutral',
    file: 'settings/neutral.svg',
    seat: 'chair',
    grate: false,
    table: false,
    lights: [{ x: 420, y: 300, radius: 320, color: WARM, flickers: false }],
    sweepY: undefined,
    backdrop: 0x4b4152,
  },
};

/** The art for a story's setting: its own when drawn, else the neutral set. */
export function settingLook(setting: Setting | undefined): SettingLook {
  const drawn = (DRAWN_SETTINGS as readonly string[]).includes(setting ?? '');
  return SETTING_LOOKS[drawn ? (setting as SettingArt) : 'neutral'];
}

/** A rectangle of a sheet, in art units. */
export interface Cell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A body cell: `anchor` is the point (cell units) that sits on the stage position
 * (the hips over the seat, or between the feet); `neck` is where the head's neck goes.
 */
export interface BodyCell extends Cell {
  readonly anchor: { readonly x: number; readonly y: number };
  readonly neck: { readonly x: number; readonly y: number } | undefined;
}

export const BODY_FRAMES = ['sit', 'sit-crossed', 'stand', 'stand-crossed', 'lying'] as const;
export type BodyFrame = (typeof BODY_FRAMES)[number];
export const HEAD_FRAMES = ['head-neutral', 'head-look', 'head-smile', 'head-down'] as const;
export type HeadFrame = (typeof HEAD_FRAMES)[number];

const SIT_NECK = { x: 96, y: 128 };
const STAND_NECK = { x: 82, y: 66 };

/**
 * The layout shared by every person sheet (`people/<look>.svg`): the generated looks
 * (assets/art/draw-people.ts) follow the hand-drawn `josee.svg` and `man_beard.svg` cell for cell.
 */
export const PERSON_SHEET = {
  width: 960,
  height: 300,
  bodies: {
    sit: { x: 0, y: 0, width: 160, height: 300, anchor: { x: 100, y: 298 }, neck: SIT_NECK },
    'sit-crossed': { x: 160, y: 0, width: 160, height: 300, anchor: { x: 100, y: 298 }, neck: SIT_NECK },
    stand: { x: 320, y: 0, width: 160, height: 300, anchor: { x: 82, y: 298 }, neck: STAND_NECK },
    'stand-crossed': { x: 480, y: 0, width: 160, height: 300, anchor: { x: 82, y: 298 }, neck: STAND_NECK },
    lying: { x: 640, y: 0, width: 320, height: 120, anchor: { x: 160, y: 118 }, neck: undefined },
  } satisfies Record<BodyFrame, BodyCell>,
  heads: {
    'head-neutral': { x: 640, y: 120, width: 80, height: 80 },
    'head-look': { x: 720, y: 120, width: 80, height: 80 },
    'head-smile': { x: 800, y: 120, width: 80, height: 80 },
    'head-down': { x: 880, y: 120, width: 80, height: 80 },
  } satisfies Record<HeadFrame, Cell>,
  /** The bottom of the neck in a head cell. */
  headNeck: { x: 40, y: 78 },
} as const;

export const WORKER_SHEET = {
  file: 'people/worker.svg',
  width: 320,
  height: 300,
  frames: {
    worker: { x: 0, y: 0, width: 160, height: 300 },
    'worker-step': { x: 160, y: 0, width: 160, height: 300 },
  } satisfies Record<string, Cell>,
  /** Between the feet, in cell units. */
  anchor: { x: 80, y: 298 },
} as const;

export const PROPS_SHEET = {
  file: 'props/props.svg',
  width: 600,
  height: 300,
  frames: {
    crate: { x: 0, y: 0, width: 120, height: 160 },
    chair: { x: 120, y: 0, width: 120, height: 160 },
    bench: { x: 240, y: 0, width: 160, height: 160 },
    grate: { x: 400, y: 0, width: 200, height: 40 },
    glow: { x: 440, y: 44, width: 128, height: 128 },
    dog: { x: 0, y: 160, width: 160, height: 70 },
    'dog-coat': { x: 160, y: 160, width: 160, height: 70 },
    table: { x: 320, y: 160, width: 120, height: 140 },
  } satisfies Record<string, Cell>,
} as const;

export type PropFrame = keyof typeof PROPS_SHEET.frames;

export interface PersonLook {
  /** The look drawn; also the texture key of its sheet. */
  readonly sheet: Look;
  /** Path of the sheet under the art base URL. */
  readonly file: string;
  /** Josée's dog, Patrouille, lies beside her. */
  readonly dog: boolean;
}

/**
 * The look drawn when a story names none: a person in a hood, whose face and clothes say
 * nothing of gender or age, rather than a guess from the first name.
 */
export const DEFAULT_LOOK: Look = 'person_hood';

/** Folds case and accents, so `Josée`, `josee` and `JOSÉE` are one name. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/**
 * The look for a story's person: the one its header asks for (`# look:`); without one,
 * Josée's own drawing for Josée (as before the tag existed, for the trainers' own stories
 * about her), else the default.
 */
export function personLook(character: string, look?: Look): PersonLook {
  const sheet = look ?? (foldName(character) === 'josee' ? 'josee' : DEFAULT_LOOK);
  return { sheet, file: `people/${sheet}.svg`, dog: sheet === 'josee' };
}
