/**
 * The facilitators' reveal mode: the hidden trust shown live during play, for a
 * demonstration on a projector. Off by default and turned on behind a confirmation
 * (settings panel), because it shows what a trainee should discover in the debrief.
 *
 * It listens to the session events (the only DOM element allowed to): the runner
 * still hands its presenters nothing about the trust (STYLE.md, seam 3).
 */
import type { EventEmitter, LinkBand, SessionEventMap } from '../engine/index.ts';
import { linkRules } from '../engine/index.ts';

export interface TrustMeterStrings {
  /** The meter's visible label and accessible name. */
  readonly meterLabel: string;
  readonly bands: Readonly<Record<LinkBand, string>>;
  readonly safetyLabel: string;
}

export interface TrustMeter {
  readonly element: HTMLElement;
  dispose(): void;
}

export interface TrustMeterOptions {
  readonly strings: TrustMeterStrings;
  readonly events: EventEmitter<SessionEventMap>;
  /** The trust when the meter starts: the starting trust, or the save's on a resume. */
  readonly trust: number;
  readonly broken: boolean;
  /** The safety when resuming an emergency; null otherwise. */
  readonly safety: number | null;
}

/** Builds the meter; the caller places `element` on the encounter screen. */
export function createTrustMeter(document: Document, options: TrustMeterOptions): TrustMeter {
  const { strings } = options;
  const element = document.createElement('aside');
  element.className = 'trust-meter';
  element.setAttribute('aria-label', strings.meterLabel);

  const trustRow = meterRow(document, strings.meterLabel, 'trust-meter-trust');
  const safetyRow = meterRow(document, strings.safetyLabel, 'trust-meter-safety');
  safetyRow.row.hidden = true;
  element.append(trustRow.row, safetyRow.row);

  let trust = options.trust;
  let broken = options.broken;
  const showTrust = (): void => {
    const band = bandFor(trust, broken);
    trustRow.show(trust, strings.bands[band]);
    element.dataset.band = band;
  };
  const showSafety = (safety: number): void => {
    safetyRow.row.hidden = false;
    safetyRow.show(safety, String(Math.round(safety)));
  };
  showTrust();
  if (options.safety !== null) showSafety(options.safety);

  const unsubscribe = [
    options.events.on('trustChanged', (event) => {
      trust = event.trust;
      showTrust();
    }),
    options.events.on('linkBroken', () => {
      broken = true;
      showTrust();
    }),
    options.events.on('safetyChanged', (event) => showSafety(event.safety)),
    options.events.on('emergencyStarted', () => {
      if (safetyRow.row.hidden) showSafety(linkRules.SAFETY_START);
    }),
  ];

  return {
    element,
    dispose: () => {
      for (const stop of unsubscribe) stop();
      element.remove();
    },
  };
}

/** A labelled bar with a value in words; `role=meter` so screen readers hear the change. */
function meterRow(document: Document, label: string, className: string) {
  const row = document.createElement('div');
  row.className = `trust-meter-row ${className}`;
  const name = document.createElement('span');
  name.className = 'trust-meter-label';
  name.textContent = label;
  const bar = document.createElement('div');
  bar.className = 'trust-meter-bar';
  bar.setAttribute('role', 'meter');
  bar.setAttribute('aria-label', label);
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  const fill = document.createElement('div');
  fill.className = 'trust-meter-fill';
  bar.append(fill);
  const words = document.createElement('span');
  words.className = 'trust-meter-value';
  words.setAttribute('aria-hidden', 'true');
  row.append(name, bar, words);
  return {
    row,
    show(value: number, text: string): void {
      const rounded = Math.round(value);
      bar.setAttribute('aria-valuenow', String(rounded));
      bar.setAttribute('aria-valuetext', text);
      // A CSSOM property, not a style attribute: the strict CSP allows it.
      fill.style.width = `${rounded}%`;
      words.textContent = text;
    },
  };
}

/** The band a trust falls in, by the model's own thresholds. */
function bandFor(trust: number, broken: boolean): LinkBand {
  if (broken) return 'broken';
  if (trust >= linkRules.BAND_THRESHOLDS.solid) return 'solid';
  if (trust >= linkRules.BAND_THRESHOLDS.building) return 'building';
  return 'fragile';
}
