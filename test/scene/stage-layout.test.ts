import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_GROUND_Y, BACKGROUND_SIZE } from '../../src/scene/stage-art.ts';
import {
  FIGURE_UNITS,
  layoutStage,
  nextRenderDivisor,
  placeBackground,
  RENDER_SCALE,
  renderSize,
  zoneX,
} from '../../src/scene/stage-layout.ts';

describe('the stage layout', () => {
  it('puts the worker on the far side at far, a few steps away at near, an arm away at close', () => {
    const layout = layoutStage(1280, 720);

    expect(zoneX(layout, 'far')).toBeLessThan(0.2 * 1280);
    expect(zoneX(layout, 'near')).toBeGreaterThan(zoneX(layout, 'far'));
    expect(zoneX(layout, 'close')).toBeGreaterThan(zoneX(layout, 'near'));
    // An arm's length: closer than a standing figure is tall, never on top of the person.
    const gap = layout.personX - zoneX(layout, 'close');
    expect(gap).toBeGreaterThan(100 * layout.unit);
    expect(gap).toBeLessThan(FIGURE_UNITS * layout.unit);
  });

  it('keeps the whole worker on the canvas at far, even in a phone band', () => {
    const layout = layoutStage(360, 300);

    expect(zoneX(layout, 'far') - 45 * layout.unit).toBeGreaterThanOrEqual(0);
    expect(layout.personX).toBeLessThan(360);
  });

  it('stands people on the setting’s pavement, with room above their heads', () => {
    for (const [width, height] of [
      [960, 540],
      [1920, 1080],
      [360, 300],
      [1920, 600],
    ] as const) {
      const layout = layoutStage(width, height);
      const bg = layout.background;
      expect(layout.groundY).toBeCloseTo(bg.y + BACKGROUND_GROUND_Y * bg.scale);
      expect(layout.groundY - FIGURE_UNITS * layout.unit).toBeGreaterThan(0);
    }
  });

  it('covers any canvas with the setting, cropping the sides evenly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 150, max: 2500 }), (width, height) => {
        const { placement } = placeBackground(width, height);
        expect(placement.x).toBeLessThanOrEqual(0.0001);
        expect(placement.y).toBeLessThanOrEqual(0.0001);
        expect(placement.x + BACKGROUND_SIZE.width * placement.scale).toBeGreaterThanOrEqual(width - 0.0001);
        expect(placement.y + BACKGROUND_SIZE.height * placement.scale).toBeGreaterThanOrEqual(height - 0.0001);
        expect(placement.x).toBeCloseTo(width - (placement.x + BACKGROUND_SIZE.width * placement.scale));
      }),
    );
  });

  it('orders the zones far, near, close for every canvas size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 4000 }), fc.integer({ min: 150, max: 2500 }), (width, height) => {
        const { zones, personX } = layoutStage(width, height);
        expect(zones.far).toBeLessThanOrEqual(zones.near);
        expect(zones.near).toBeLessThanOrEqual(zones.close);
        expect(zones.close).toBeLessThan(personX);
      }),
    );
  });

  it('survives a canvas not laid out yet (zero size)', () => {
    const layout = layoutStage(0, 0);

    expect(Number.isFinite(layout.unit)).toBe(true);
    expect(layout.unit).toBeGreaterThan(0);
  });
});

describe('the adaptive render scale', () => {
  it('keeps full resolution while the frame rate holds', () => {
    expect(nextRenderDivisor(1, 60)).toBe(1);
    expect(nextRenderDivisor(1.25, RENDER_SCALE.targetFps)).toBe(1.25);
  });

  it('draws fewer pixels, one step at a time, while the frame rate is low, and stops at a third', () => {
    expect(nextRenderDivisor(1, 30)).toBe(1.25);
    let divisor = 1;
    for (let check = 0; check < 20; check++) divisor = nextRenderDivisor(divisor, 10);
    expect(divisor).toBe(RENDER_SCALE.maxDivisor);
  });

  it('gives the size to draw for the parent, in whole pixels and never empty', () => {
    expect(renderSize(736, 720, 1)).toEqual({ width: 736, height: 720 });
    expect(renderSize(736, 720, 1.25)).toEqual({ width: 588, height: 576 });
    expect(renderSize(0, 0, 2)).toEqual({ width: 1, height: 1 });
  });
});
