// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EventEmitter, type SessionEventMap } from '../../src/engine/index.ts';
import { createTrustMeter, type TrustMeterStrings } from '../../src/ui/trust-meter.ts';

const STRINGS: TrustMeterStrings = {
  meterLabel: 'Lien (mode démonstration)',
  bands: { fragile: 'fragile', building: 'en construction', solid: 'solide', broken: 'brisé' },
  safetyLabel: 'Sécurité',
};

function meterOf(element: HTMLElement, label: string): HTMLElement {
  const found = [...element.querySelectorAll<HTMLElement>('[role="meter"]')].find(
    (meter) => meter.getAttribute('aria-label') === label,
  );
  if (found === undefined) throw new Error(`no meter named ${label}`);
  return found;
}

describe('the reveal mode’s trust meter', () => {
  it('shows the starting trust in words and follows every change the link model reports', () => {
    const events = new EventEmitter<SessionEventMap>();
    const meter = createTrustMeter(document, { strings: STRINGS, events, trust: 26, broken: false, safety: null });
    const trust = meterOf(meter.element, STRINGS.meterLabel);
    expect(trust.getAttribute('aria-valuetext')).toBe('fragile');
    events.emit('trustChanged', {
      type: 'trustChanged',
      at: 10,
      delta: 12,
      trust: 38,
      cause: 'presence',
      concept: 'voisinage-courtois',
      act: 'greet',
    });
    expect(trust.getAttribute('aria-valuenow')).toBe('38');
    expect(trust.getAttribute('aria-valuetext')).toBe('en construction');
    events.emit('linkBroken', { type: 'linkBroken', at: 20, reason: 'repeatedRushes', concept: 'lien' });
    expect(trust.getAttribute('aria-valuetext')).toBe('brisé');
  });

  it('shows the safety only once an emergency has begun', () => {
    const events = new EventEmitter<SessionEventMap>();
    const meter = createTrustMeter(document, { strings: STRINGS, events, trust: 40, broken: false, safety: null });
    const safetyRow = meterOf(meter.element, STRINGS.safetyLabel).parentElement;
    expect(safetyRow?.hidden).toBe(true);
    events.emit('emergencyStarted', { type: 'emergencyStarted', at: 5, concept: 'urgence' });
    expect(safetyRow?.hidden).toBe(false);
    events.emit('safetyChanged', {
      type: 'safetyChanged',
      at: 6,
      delta: -25,
      safety: 75,
      cause: 'hesitatedInEmergency',
      concept: 'urgence',
      act: 'hold',
    });
    expect(meterOf(meter.element, STRINGS.safetyLabel).getAttribute('aria-valuenow')).toBe('75');
  });

  it('stops listening once disposed', () => {
    const events = new EventEmitter<SessionEventMap>();
    const meter = createTrustMeter(document, { strings: STRINGS, events, trust: 40, broken: false, safety: null });
    document.body.append(meter.element);
    meter.dispose();
    events.emit('linkBroken', { type: 'linkBroken', at: 20, reason: 'trustExhausted', concept: 'lien' });
    expect(document.querySelector('.trust-meter')).toBeNull();
    expect(meterOf(meter.element, STRINGS.meterLabel).getAttribute('aria-valuetext')).toBe('en construction');
  });
});
