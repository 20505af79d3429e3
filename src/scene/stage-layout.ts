/**
 * Where things stand on the stage for a canvas of a given size: pure arithmetic,
 * unit-tested, so the Phaser scene only places what this computes. Sizes are CSS
 * pixels of the canvas; "units" are the art's own units (a standing adult is about
 * 300 units tall).
 */
import type { Distance } from '../engine/index.ts';
import { BACKGROUND_GROUND_Y, BACKGROUND_SIZE } from './stage-art.ts';

/** Height of a standing figure in art units (feet to the top of the tuque). */
export const FIGURE_UNITS = 300;

/** The part of the canvas height a standing figure takes. */
const FIGURE_SHARE_OF_HEIGHT = 0.46;
/** In a narrow band, a standing figure is never taller than this share of the width. */
const FIGURE_SHARE_OF_WIDTH = 0.5;
/** Where the feet rest, as a share of the canvas height, when the background allows it. */
const GROUND_SHARE = 0.87;

/** Where the person sits, as a share of the width: right of centre, the worker comes from the left. */
const PERSON_SHARE = 0.7;
/** Far: the opposite side of the scene. */
const FAR_SHARE = 0.12;
/**
 * Close: an arm's length between the worker's chest and the person's knees, in units
 * (the seated person's knees reach 70 units in front of the hips; the worker's chest is 25
 * units in front of their feet; an arm is about 60 units).
 */
const CLOSE_GAP_UNITS = 70 + 25 + 60;
/** Near sits a little past the middle of far and close: a few steps away. */
const NEAR_SHARE_OF_WAY = 0.55;

export interface BackgroundPlacement {
  /** Top-left corner of the background image, in canvas pixels. */
  readonly x: number;
  readonly y: number;
  /** Canvas pixels per background unit. */
  readonly scale: number;
}

export interface StageLayout {
  readonly width: number;
  readonly height: number;
  readonly background: BackgroundPlacement;
  /** The line the feet (and the seat) rest on, in canvas pixels. */
  readonly groundY: number;
  /** Canvas pixels per art unit for people and props. */
  readonly unit: number;
  /** The person's hips (over the seat). */
  readonly personX: number;
  /** The worker's feet at each distance zone. */
  readonly zones: Readonly<Record<Distance, number>>;
}

/** The background covers the canvas; its ground line sits near the bottom, cropped evenly at the sides. */
export function placeBackground(width: number, height: number): { placement: BackgroundPlacement; groundY: number } {
  const scale = Math.max(width / BACKGROUND_SIZE.width, height / BACKGROUND_SIZE.height);
  const drawnHeight = BACKGROUND_SIZE.height * scale;
  const wantedTop = GROUND_SHARE * height - BACKGROUND_GROUND_Y * scale;
  // Never let the canvas show past the art: the top stays between "bottom-aligned" and 0.
  const y = Math.min(0, Math.max(height - drawnHeight, wantedTop));
  const x = (width - BACKGROUND_SIZE.width * scale) / 2;
  return { placement: { x, y, scale }, groundY: y + BACKGROUND_GROUND_Y * scale };
}

export function layoutStage(width: number, height: number): StageLayout {
  const safeWidth = Math.max(1, width);
  const safeHeight = Math.max(1, height);
  const { placement, groundY } = placeBackground(safeWidth, safeHeight);
  const figureHeight = Math.min(FIGURE_SHARE_OF_HEIGHT * safeHeight, FIGURE_SHARE_OF_WIDTH * safeWidth, groundY * 0.92);
  const unit = figureHeight / FIGURE_UNITS;
  const personX = PERSON_SHARE * safeWidth;
  // The worker's half-width (about 45 units) must stay on the canvas at far.
  const far = Math.max(FAR_SHARE * safeWidth, 50 * unit);
  const close = Math.max(far, personX - CLOSE_GAP_UNITS * unit);
  const near = far + (close - far) * NEAR_SHARE_OF_WAY;
  return {
    width: safeWidth,
    height: safeHeight,
    background: placement,
    groundY,
    unit,
    personX,
    zones: { far, near, close },
  };
}

/** The worker's x for a zone in a layout. */
export function zoneX(layout: StageLayout, zone: Distance): number {
  return layout.zones[zone];
}

/**
 * Adaptive render scale: where the browser cannot fill the canvas at full resolution
 * 60 times a second (software WebGL, a low-end phone), the stage draws fewer pixels
 * and the browser scales the canvas up. Only ever lowered, so it never oscillates.
 */
export const RENDER_SCALE = {
  /** Below this measured frame rate, the stage draws fewer pixels. */
  targetFps: 50,
  /** Each step divides the drawn width and height by this. */
  step: 1.25,
  /** Never coarser than a third of the display resolution. */
  maxDivisor: 3,
} as const;

/** The next render divisor after a frame-rate measurement: the same, or one step coarser. */
export function nextRenderDivisor(current: number, measuredFps: number): number {
  if (measuredFps >= RENDER_SCALE.targetFps) return current;
  return Math.min(RENDER_SCALE.maxDivisor, current * RENDER_SCALE.step);
}

/** The game size to draw for a parent of this CSS size at this divisor, whole pixels, never empty. */
export function renderSize(
  parentWidth: number,
  parentHeight: number,
  divisor: number,
): { width: number; height: number } {
  return {
    width: Math.max(1, Math.floor(parentWidth / divisor)),
    height: Math.max(1, Math.floor(parentHeight / divisor)),
  };
}
