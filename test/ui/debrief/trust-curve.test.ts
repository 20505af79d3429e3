// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { DebriefAnalysis } from '../../../src/engine/index.ts';
import { MARK_KINDS } from '../../../src/engine/index.ts';
import { debriefStrings } from '../../../src/ui/debrief/debrief-strings.ts';
import {
  type CurveSeries,
  createCurveLegend,
  createMarkIcon,
  createSafetyCurve,
  createTrustCurve,
  describeCurve,
  MARK_SHAPES,
} from '../../../src/ui/debrief/trust-curve.ts';
import { brokenAnalysis, emergencyAnalysis, HIDDEN_VALUES, keptAnalysis } from './debrief-fixtures.ts';

const french = debriefStrings('fr');
const english = debriefStrings('en');

function seriesOf(analysis: DebriefAnalysis, label: string, dashed = false): CurveSeries {
  return {
    points: analysis.curve,
    marks: dashed ? [] : analysis.marks,
    decisions: analysis.decisions.length,
    brokeAfter: analysis.brokeAfter,
    label,
    dashed,
  };
}

function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+/g)].map((match) => Number(match[0]));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the trust curve', () => {
  it('is one image whose name tells the curve in words: where it grew, fell back and broke', () => {
    const svg = createTrustCurve(document, {
      strings: french,
      name: 'Josée',
      series: [seriesOf(brokenAnalysis(), 'Essai 1')],
    });

    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Le lien avec Josée est d’abord fragile, grandit des décisions 1 à 2, recule à la décision 3 et se brise à la décision 4.',
    );
  });

  it('tells a curve that held in English, ending on the band it reached', () => {
    const svg = createTrustCurve(document, {
      strings: english,
      name: 'Josée',
      series: [seriesOf(keptAnalysis(), 'Attempt 2')],
    });

    expect(svg.getAttribute('aria-label')).toBe(
      'The relationship with Josée is fragile at first, grows from decision 1 to 3 and ends building.',
    );
  });

  it('names the y axis with words, never with numbers or percentages', () => {
    const svg = createTrustCurve(document, {
      strings: french,
      name: 'Josée',
      series: [seriesOf(brokenAnalysis(), 'Essai 1')],
    });
    const labels = [...svg.querySelectorAll('.trust-curve-band-label')].map((label) => label.textContent);

    expect(labels).toEqual(['fragile', 'en construction', 'solide']);
    const written = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    const everything = `${written.join(' ')} ${svg.getAttribute('aria-label')}`;
    expect(everything).not.toMatch(/%|points?\b|score|\/100/i);
    // The only numbers written are decision numbers, 1 to 4.
    for (const number of numbersIn(everything)) expect(number).toBeLessThanOrEqual(4);
    for (const value of HIDDEN_VALUES) expect(numbersIn(everything)).not.toContain(value);
  });

  it('draws each kind of mark as its own shape, not only its own colour', () => {
    expect(new Set(Object.values(MARK_SHAPES)).size).toBe(MARK_KINDS.length);

    const svg = createTrustCurve(document, {
      strings: french,
      name: 'Josée',
      series: [seriesOf(brokenAnalysis(), 'Essai 1')],
    });
    const drawn = [...svg.querySelectorAll('.curve-marks [data-mark-kind]')].map((mark) =>
      mark.getAttribute('data-mark-kind'),
    );
    expect(drawn).toEqual(['rushed', 'cueIgnored', 'rushed', 'percheOffered', 'linkBroken']);
    for (const kind of MARK_KINDS) {
      expect(createMarkIcon(document, kind).querySelector('path')?.getAttribute('d')).toBe(MARK_SHAPES[kind]);
    }
  });

  it('shows the break clearly: a line at the decision, a word and a cross', () => {
    const svg = createTrustCurve(document, {
      strings: french,
      name: 'Josée',
      series: [seriesOf(brokenAnalysis(), 'Essai 1')],
    });
    const broken = svg.querySelector('.trust-curve-break');

    expect(broken?.getAttribute('data-decision')).toBe('4');
    expect(broken?.querySelector('.trust-curve-break-line')).not.toBeNull();
    expect(broken?.textContent).toBe('lien brisé');
    expect(svg.querySelector('[data-mark-kind="linkBroken"]')).not.toBeNull();
  });

  it('draws a second attempt dashed, and says so in words and in the legend', () => {
    const series = [
      seriesOf(keptAnalysis(), 'Essai 2 (rejoué depuis la décision 3)'),
      seriesOf(brokenAnalysis(), 'Essai 1', true),
    ];
    const svg = createTrustCurve(document, { strings: french, name: 'Josée', series });
    const lines = [...svg.querySelectorAll('polyline.trust-curve-line')];

    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.getAttribute('stroke-dasharray') !== null)).toHaveLength(1);
    expect(svg.getAttribute('aria-label')).toContain('En pointillé, Essai 1 : Le lien avec Josée est d’abord fragile');
    // Only the attempt shown carries marks; the dashed one ends on a cross where it broke.
    expect(svg.querySelectorAll('.curve-marks [data-mark-kind]')).toHaveLength(1);
    expect(svg.querySelector('.trust-curve-break.is-dashed [data-mark-kind="linkBroken"]')).not.toBeNull();

    const legend = createCurveLegend(document, french, series);
    expect(legend.textContent).toContain('Essai 2 (rejoué depuis la décision 3) (trait plein)');
    expect(legend.textContent).toContain('Essai 1 (pointillé)');
  });

  it('scales to the width of a phone: a view box, no fixed size, no style attribute', () => {
    const svg = createTrustCurve(document, {
      strings: french,
      name: 'Josée',
      series: [seriesOf(brokenAnalysis(), 'Essai 1')],
    });

    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(svg.hasAttribute('width')).toBe(false);
    expect(svg.hasAttribute('height')).toBe(false);
    expect(svg.querySelector('[style]')).toBeNull();
    expect(svg.hasAttribute('style')).toBe(false);
  });

  it('says a curve where nothing moved holds steady', () => {
    const still = [
      { at: 0, eventIndex: -1, decision: undefined, value: 40 },
      { at: 10, eventIndex: 3, decision: 0, value: 40 },
    ];
    expect(describeCurve(still, undefined, french.curve.summary, 'Josée', () => 'en construction')).toBe(
      'Le lien avec Josée est d’abord en construction, reste stable et finit en construction.',
    );
  });
});

describe('the safety curve', () => {
  it('tells the person’s safety in words on three levels', () => {
    const analysis = emergencyAnalysis();
    const svg = createSafetyCurve(document, {
      strings: french,
      name: 'Kevin',
      points: analysis.safetyCurve ?? [],
      decisions: analysis.decisions.length,
    });

    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'La sécurité de Kevin est d’abord préservée, baisse à la décision 2 et finit préservée.',
    );
    expect([...svg.querySelectorAll('.trust-curve-band-label')].map((label) => label.textContent)).toEqual([
      'menacée',
      'fragilisée',
      'préservée',
    ]);
    expect(`${svg.textContent}${svg.getAttribute('aria-label')}`).not.toMatch(/%|100|75/);
  });
});
