/**
 * The debrief's curves, drawn as SVG: the trust over the encounter (one or two
 * curves: the attempt shown, solid; another attempt or the other way, dashed) on
 * three bands named in words, and, only after an emergency, the person's safety.
 *
 * Never a number on the y axis: the bands say "fragile", "en construction", "solide".
 * Each marked moment is a shape of its own (not a colour alone), and the break is a
 * cross with a line and a word. The chart is one image for assistive technology
 * (`role="img"`) whose name tells the curve in words; the debrief's list of marks
 * beside it is the accessible equivalent of the shapes.
 *
 * Built with `createElementNS` and attributes only: the CSP forbids `style`
 * attributes, so colours come from classes (src/ui/styles/debrief.css) and
 * `currentColor`, which also makes the chart follow high contrast and forced colours.
 */
import { type CurvePoint, type DebriefMark, linkRules, type MarkKind } from '../../engine/index.ts';
import type { CurveBand, CurveWords, DebriefStrings, SafetyLevel } from './debrief-strings.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** The drawing's coordinate system: scaled to the container's width by the style sheet. */
const WIDTH = 400;
const HEIGHT = 232;
/** The band names sit in a gutter on the left, so the curve never runs over them. */
const PLOT = { left: 130, right: 388, top: 12, bottom: 182 } as const;
const TICK_LABEL_Y = 200;
const AXIS_LABEL_Y = 224;
/** Most decision numbers written under the axis; beyond, every second (third…) one. */
const MAX_TICK_LABELS = 12;
/** Marks drawn at the same place are spread sideways by this much. */
const MARK_SPREAD = 13;

/** One curve on the chart. */
export interface CurveSeries {
  /** The analysis's `curve` (or `safetyCurve`), in order, starting with the starting value. */
  readonly points: readonly CurvePoint[];
  /** Drawn as shapes on the curve; pass none for a curve drawn for comparison. */
  readonly marks: readonly DebriefMark[];
  /** How many decisions the attempt had: the x axis spans the longest series. */
  readonly decisions: number;
  /** The decision (0-based) after which the link broke; undefined when it held. */
  readonly brokeAfter: number | undefined;
  /** Names the curve in the legend and in the summary ("Essai 1", "l'autre façon"). */
  readonly label: string;
  readonly dashed: boolean;
}

export interface TrustCurveOptions {
  readonly strings: DebriefStrings;
  /** The person's name, for the summary ("Le lien avec Josée…"). */
  readonly name: string;
  /** The solid curve first (the attempt shown); at most one more, dashed. */
  readonly series: readonly CurveSeries[];
}

/** Which trust band a value falls in, by the link model's own thresholds. */
export function bandOfValue(value: number): CurveBand {
  if (value >= linkRules.BAND_THRESHOLDS.solid) return 'solid';
  if (value >= linkRules.BAND_THRESHOLDS.building) return 'building';
  return 'fragile';
}

/** The safety chart uses the same thresholds, with its own words. */
export function safetyLevelOf(value: number): SafetyLevel {
  if (value >= linkRules.BAND_THRESHOLDS.solid) return 'kept';
  if (value >= linkRules.BAND_THRESHOLDS.building) return 'weakened';
  return 'danger';
}

/**
 * The curve told in words, decision by decision (1-based in the text): where it
 * starts, where it grows and falls back, where it breaks or ends. Never a number
 * for the trust itself.
 */
export function describeCurve(
  points: readonly CurvePoint[],
  brokeAfter: number | undefined,
  words: CurveWords,
  name: string,
  levelOf: (value: number) => string,
): string {
  const first = points[0];
  if (first === undefined) return words.join([words.start(name, levelOf(0))]);
  const ends = slotEnds(points);
  const parts: string[] = [words.start(name, levelOf(first.value))];

  type Run = { sign: number; from: number; to: number };
  const runs: Run[] = [];
  for (let slot = 1; slot < ends.length; slot++) {
    const sign = Math.sign((ends[slot] ?? 0) - (ends[slot - 1] ?? 0));
    const last = runs.at(-1);
    if (last !== undefined && last.sign === sign && last.to === slot - 1) last.to = slot;
    else runs.push({ sign, from: slot, to: slot });
  }
  const breakDecision = brokeAfter === undefined ? undefined : brokeAfter + 1;
  // The fall that is the break itself is told as the break.
  const lastRun = runs.at(-1);
  if (breakDecision !== undefined && lastRun !== undefined && lastRun.sign < 0 && lastRun.to === breakDecision) {
    if (lastRun.from === lastRun.to) runs.pop();
    else lastRun.to -= 1;
  }
  const moves = runs.filter((run) => run.sign !== 0);
  if (moves.length === 0 && breakDecision === undefined) parts.push(words.steady);
  for (const run of moves) parts.push(run.sign > 0 ? words.rose(run.from, run.to) : words.fell(run.from, run.to));
  if (breakDecision !== undefined) parts.push(words.broke(breakDecision));
  else parts.push(words.end(levelOf(ends.at(-1) ?? first.value)));
  return words.join(parts);
}

/** The trust chart: bands, curves, marks and the break. */
export function createTrustCurve(document: Document, options: TrustCurveOptions): SVGSVGElement {
  const { strings, name } = options;
  const span = spanOf(options.series);
  const svg = chart(document, 'trust-curve');
  const bands: readonly [CurveBand, number, number][] = [
    ['fragile', 0, linkRules.BAND_THRESHOLDS.building],
    ['building', linkRules.BAND_THRESHOLDS.building, linkRules.BAND_THRESHOLDS.solid],
    ['solid', linkRules.BAND_THRESHOLDS.solid, 100],
  ];
  drawBands(
    document,
    svg,
    bands.map(([band, low, high]) => ({
      className: `trust-curve-band-${band}`,
      low,
      high,
      label: strings.curve.bands[band],
    })),
  );
  drawAxis(document, svg, span, strings.curve.decisions);

  // The comparison first, so the attempt shown is drawn over it.
  const ordered = [...options.series].reverse();
  for (const series of ordered) {
    const positions = positionsOf(series.points);
    drawLine(document, svg, series, positions, span);
    if (series.brokeAfter !== undefined) drawBreak(document, svg, series, positions, span, strings.curve.broken);
    drawMarks(document, svg, series, positions, span);
  }

  const [main, ...others] = options.series;
  const levelOf = (value: number): string => strings.curve.bands[bandOfValue(value)];
  const summaries =
    main === undefined ? [] : [describeCurve(main.points, main.brokeAfter, strings.curve.summary, name, levelOf)];
  for (const other of others) {
    const said = describeCurve(other.points, other.brokeAfter, strings.curve.summary, name, levelOf);
    summaries.push(strings.curve.alongside(other.label, said));
  }
  svg.setAttribute('aria-label', summaries.join(' '));
  return svg;
}

export interface SafetyCurveOptions {
  readonly strings: DebriefStrings;
  readonly name: string;
  /** The analysis's `safetyCurve` (never null here: the chart is drawn only after an emergency). */
  readonly points: readonly CurvePoint[];
  /** The trust chart's span, so the decisions line up under each other. */
  readonly decisions: number;
}

/** The person's safety during the emergency, on three levels named in words. */
export function createSafetyCurve(document: Document, options: SafetyCurveOptions): SVGSVGElement {
  const { strings } = options;
  const series: CurveSeries = {
    points: options.points,
    marks: [],
    decisions: options.decisions,
    brokeAfter: undefined,
    label: strings.safety.heading(options.name),
    dashed: false,
  };
  const span = spanOf([series]);
  const svg = chart(document, 'trust-curve safety-curve');
  const levels: readonly [SafetyLevel, number, number][] = [
    ['danger', 0, linkRules.BAND_THRESHOLDS.building],
    ['weakened', linkRules.BAND_THRESHOLDS.building, linkRules.BAND_THRESHOLDS.solid],
    ['kept', linkRules.BAND_THRESHOLDS.solid, 100],
  ];
  drawBands(
    document,
    svg,
    levels.map(([level, low, high]) => ({
      className: `safety-curve-band-${level}`,
      low,
      high,
      label: strings.safety.levels[level],
    })),
  );
  drawAxis(document, svg, span, strings.curve.decisions);
  drawLine(document, svg, series, positionsOf(series.points), span);
  svg.setAttribute(
    'aria-label',
    describeCurve(
      options.points,
      undefined,
      strings.safety.summary,
      options.name,
      (value) => strings.safety.levels[safetyLevelOf(value)],
    ),
  );
  return svg;
}

/** The legend under a chart: each curve's line and label, and the shapes of the marks drawn. */
export function createCurveLegend(
  document: Document,
  strings: DebriefStrings,
  series: readonly CurveSeries[],
): HTMLElement {
  const legend = document.createElement('div');
  legend.className = 'curve-legend';
  if (series.length > 1) {
    const lines = document.createElement('ul');
    lines.className = 'curve-legend-lines';
    lines.setAttribute('aria-label', strings.curve.legend);
    for (const entry of series) {
      const item = document.createElement('li');
      item.className = 'curve-legend-item';
      const swatch = svgElement(document, 'svg', { viewBox: '0 0 32 12', class: 'curve-legend-swatch' });
      swatch.setAttribute('aria-hidden', 'true');
      swatch.setAttribute('focusable', 'false');
      const line = svgElement(document, 'line', {
        x1: '2',
        y1: '6',
        x2: '30',
        y2: '6',
        class: entry.dashed ? 'trust-curve-line trust-curve-line-dashed' : 'trust-curve-line',
      });
      if (entry.dashed) line.setAttribute('stroke-dasharray', '6 4');
      swatch.append(line);
      const text = document.createElement('span');
      text.textContent = `${entry.label} (${entry.dashed ? strings.curve.lineStyles.dashed : strings.curve.lineStyles.solid})`;
      item.append(swatch, text);
      lines.append(item);
    }
    legend.append(lines);
  }
  const kinds = [...new Set(series.flatMap((entry) => entry.marks.map((mark) => mark.kind)))];
  if (kinds.length > 0) {
    const shapes = document.createElement('ul');
    shapes.className = 'curve-legend-shapes';
    shapes.setAttribute('aria-label', strings.curve.markShapes);
    for (const kind of kinds) {
      const item = document.createElement('li');
      item.className = 'curve-legend-item';
      const text = document.createElement('span');
      text.textContent = strings.markKinds[kind];
      item.append(createMarkIcon(document, kind), text);
      shapes.append(item);
    }
    legend.append(shapes);
  }
  return legend;
}

/** A mark's shape on its own, for the list of marks and the legend (decorative: the text beside it says it). */
export function createMarkIcon(document: Document, kind: MarkKind, hollow = false): SVGSVGElement {
  const icon = svgElement(document, 'svg', { viewBox: '-9 -9 18 18', class: 'mark-icon' });
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('focusable', 'false');
  icon.append(markShape(document, kind, hollow));
  return icon;
}

/** The shape of each kind of mark: distinct outlines, so colour is never the only difference. */
export const MARK_SHAPES: Readonly<Record<MarkKind, string>> = {
  // A triangle pointing down: the trust fell back.
  rushed: 'M-7,-5 L7,-5 L0,7 Z',
  // A circle: room left.
  cueRespected: 'M0,-6.5 A6.5,6.5 0 1,1 0,6.5 A6.5,6.5 0 1,1 0,-6.5 Z',
  // A diamond.
  cueIgnored: 'M0,-7.5 L7.5,0 L0,7.5 L-7.5,0 Z',
  // A triangle pointing up: a line held out.
  percheOffered: 'M-7,5 L7,5 L0,-7 Z',
  // A square.
  refusalAccepted: 'M-6,-6 H6 V6 H-6 Z',
  // A ceiling (a T): what one visit allows.
  visitCapReached: 'M-7,-7 H7 V-3 H2 V7 H-2 V-3 H-7 Z',
  // A plus, like a first-aid sign.
  emergencyStarted: 'M-2.5,-7 H2.5 V-2.5 H7 V2.5 H2.5 V7 H-2.5 V2.5 H-7 V-2.5 H-2.5 Z',
  // An hourglass: time passing.
  hesitated: 'M-6,-7 H6 L0,0 L6,7 H-6 L0,0 Z',
  // A hexagon.
  distracted: 'M-7,0 L-3.5,-6.5 L3.5,-6.5 L7,0 L3.5,6.5 L-3.5,6.5 Z',
  // A cross: the break.
  linkBroken: 'M-7,-5 L-5,-7 L0,-2 L5,-7 L7,-5 L2,0 L7,5 L5,7 L0,2 L-5,7 L-7,5 L-2,0 Z',
};

function markShape(document: Document, kind: MarkKind, hollow: boolean): SVGPathElement {
  return svgElement(document, 'path', {
    d: MARK_SHAPES[kind],
    class: `curve-mark-shape curve-mark-${kind}${hollow ? ' curve-mark-hollow' : ''}`,
  });
}

/** A perche left open or refused is drawn hollow: the same shape, told apart by more than colour. */
export function isHollow(mark: DebriefMark): boolean {
  return mark.kind === 'percheOffered' && mark.percheAnswer !== 'taken';
}

// Drawing ------------------------------------------------------------------------

function chart(document: Document, className: string): SVGSVGElement {
  const svg = svgElement(document, 'svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    class: className,
    role: 'img',
    // The width follows the container (the style sheet sets it to 100 %); the ratio stays.
    preserveAspectRatio: 'xMidYMid meet',
  });
  svg.setAttribute('focusable', 'false');
  return svg;
}

function drawBands(
  document: Document,
  svg: SVGSVGElement,
  bands: readonly { className: string; low: number; high: number; label: string }[],
): void {
  const group = svgElement(document, 'g', { class: 'trust-curve-bands' });
  for (const band of bands) {
    const top = yOf(band.high);
    const bottom = yOf(band.low);
    group.append(
      svgElement(document, 'rect', {
        x: String(PLOT.left),
        y: fixed(top),
        width: String(PLOT.right - PLOT.left),
        height: fixed(bottom - top),
        class: `trust-curve-band ${band.className}`,
      }),
    );
    const label = svgElement(document, 'text', {
      x: String(PLOT.left - 8),
      y: fixed((top + bottom) / 2),
      'text-anchor': 'end',
      'dominant-baseline': 'middle',
      class: 'trust-curve-band-label',
    });
    label.textContent = band.label;
    group.append(label);
  }
  group.append(
    svgElement(document, 'rect', {
      x: String(PLOT.left),
      y: String(PLOT.top),
      width: String(PLOT.right - PLOT.left),
      height: String(PLOT.bottom - PLOT.top),
      class: 'trust-curve-frame',
      fill: 'none',
    }),
  );
  svg.append(group);
}

function drawAxis(document: Document, svg: SVGSVGElement, span: number, title: string): void {
  const group = svgElement(document, 'g', { class: 'trust-curve-axis' });
  const every = Math.ceil(span / MAX_TICK_LABELS);
  for (let decision = 1; decision <= span; decision++) {
    const x = xOf(decision, span);
    group.append(
      svgElement(document, 'line', {
        x1: fixed(x),
        x2: fixed(x),
        y1: String(PLOT.bottom),
        y2: String(PLOT.bottom + 5),
        class: 'trust-curve-tick',
      }),
    );
    if ((decision - 1) % every !== 0 && decision !== span) continue;
    const label = svgElement(document, 'text', {
      x: fixed(x),
      y: String(TICK_LABEL_Y),
      'text-anchor': 'middle',
      class: 'trust-curve-tick-label',
    });
    label.textContent = String(decision);
    group.append(label);
  }
  const axisTitle = svgElement(document, 'text', {
    x: fixed((PLOT.left + PLOT.right) / 2),
    y: String(AXIS_LABEL_Y),
    'text-anchor': 'middle',
    class: 'trust-curve-axis-title',
  });
  axisTitle.textContent = title;
  group.append(axisTitle);
  svg.append(group);
}

function drawLine(
  document: Document,
  svg: SVGSVGElement,
  series: CurveSeries,
  positions: readonly number[],
  span: number,
): void {
  if (series.points.length === 0) return;
  const coordinates = series.points.map(
    (point, index) => `${fixed(xOf(positions[index] ?? 0, span))},${fixed(yOf(point.value))}`,
  );
  // A curve of one point (nothing moved yet) is still drawn: a short flat stroke.
  if (coordinates.length === 1)
    coordinates.push(`${fixed(xOf(0, span) + 4)},${fixed(yOf(series.points[0]?.value ?? 0))}`);
  const line = svgElement(document, 'polyline', {
    points: coordinates.join(' '),
    class: series.dashed ? 'trust-curve-line trust-curve-line-dashed' : 'trust-curve-line',
    fill: 'none',
  });
  if (series.dashed) line.setAttribute('stroke-dasharray', '6 4');
  line.dataset.series = series.label;
  svg.append(line);
}

function drawBreak(
  document: Document,
  svg: SVGSVGElement,
  series: CurveSeries,
  positions: readonly number[],
  span: number,
  word: string,
): void {
  const decision = (series.brokeAfter ?? 0) + 1;
  const x = xOf(decision, span);
  const group = svgElement(document, 'g', {
    class: series.dashed ? 'trust-curve-break is-dashed' : 'trust-curve-break',
  });
  group.dataset.decision = String(decision);
  group.append(
    svgElement(document, 'line', {
      x1: fixed(x),
      x2: fixed(x),
      y1: String(PLOT.top),
      y2: String(PLOT.bottom),
      class: 'trust-curve-break-line',
      'stroke-dasharray': '3 3',
    }),
  );
  if (!series.dashed) {
    const label = svgElement(document, 'text', {
      // Written beside the line, on the side with room.
      x: fixed(x > (PLOT.left + PLOT.right) / 2 ? x - 5 : x + 5),
      y: String(PLOT.top + 14),
      'text-anchor': x > (PLOT.left + PLOT.right) / 2 ? 'end' : 'start',
      class: 'trust-curve-break-label',
    });
    label.textContent = word;
    group.append(label);
  }
  // Without a break mark (a comparison curve), a cross still ends the curve.
  if (!series.marks.some((mark) => mark.kind === 'linkBroken')) {
    const last = series.points.at(-1);
    const lastX = xOf(positions.at(-1) ?? decision, span);
    const cross = svgElement(document, 'g', {
      class: 'curve-mark',
      transform: `translate(${fixed(lastX)} ${fixed(yOf(last?.value ?? 0))})`,
    });
    cross.dataset.markKind = 'linkBroken';
    cross.append(markShape(document, 'linkBroken', series.dashed));
    group.append(cross);
  }
  svg.append(group);
}

function drawMarks(
  document: Document,
  svg: SVGSVGElement,
  series: CurveSeries,
  positions: readonly number[],
  span: number,
): void {
  if (series.marks.length === 0) return;
  const group = svgElement(document, 'g', { class: 'curve-marks' });
  const placed = series.marks.map((mark) => {
    const index = series.points.findIndex((point) => point.eventIndex === mark.eventIndex);
    const position = index >= 0 ? (positions[index] ?? 0) : mark.decision === undefined ? 0 : mark.decision + 1;
    return { mark, x: xOf(position, span), y: yOf(mark.trust) };
  });
  // Marks at the same moment are spread side by side rather than drawn over each other.
  const byPlace = new Map<string, typeof placed>();
  for (const entry of placed) {
    const key = fixed(entry.x);
    byPlace.set(key, [...(byPlace.get(key) ?? []), entry]);
  }
  for (const together of byPlace.values()) {
    // The group is centred on its moment, then moved as a whole to stay inside the plot.
    const half = ((together.length - 1) / 2) * MARK_SPREAD;
    const centre = clamp(together[0]?.x ?? PLOT.left, PLOT.left + 8 + half, PLOT.right - 8 - half);
    together.forEach((entry, index) => {
      const x = centre - half + index * MARK_SPREAD;
      const y = clamp(entry.y, PLOT.top + 8, PLOT.bottom - 8);
      const shape = svgElement(document, 'g', {
        class: `curve-mark curve-mark-kind-${entry.mark.kind}`,
        transform: `translate(${fixed(x)} ${fixed(y)})`,
      });
      shape.dataset.markKind = entry.mark.kind;
      shape.dataset.markId = String(entry.mark.id);
      shape.append(markShape(document, entry.mark.kind, isHollow(entry.mark)));
      group.append(shape);
    });
  }
  svg.append(group);
}

// Geometry -----------------------------------------------------------------------

/** The number of decision slots the x axis spans: the longest series, at least one. */
function spanOf(series: readonly CurveSeries[]): number {
  let span = 1;
  for (const entry of series) {
    span = Math.max(span, entry.decisions);
    for (const point of entry.points) if (point.decision !== undefined) span = Math.max(span, point.decision + 1);
  }
  return span;
}

/** A point's slot: 0 before the first decision, d + 1 after decision d (0-based). */
function slotOf(point: CurvePoint): number {
  return point.decision === undefined ? 0 : point.decision + 1;
}

/**
 * Where each point sits on the x axis, in decision units. Points after decision d are
 * spread between d and d + 1, the last at d + 1: the value once the decision's effects
 * were all applied sits on the decision's tick.
 */
function positionsOf(points: readonly CurvePoint[]): number[] {
  const counts = new Map<number, number>();
  for (const point of points) counts.set(slotOf(point), (counts.get(slotOf(point)) ?? 0) + 1);
  const seen = new Map<number, number>();
  return points.map((point) => {
    const slot = slotOf(point);
    const count = counts.get(slot) ?? 1;
    const index = seen.get(slot) ?? 0;
    seen.set(slot, index + 1);
    if (slot === 0) return count <= 1 ? 0 : (index / count) * 0.5;
    return slot - 1 + (index + 1) / count;
  });
}

/** The value at the end of each slot, carried forward over slots where nothing moved. */
function slotEnds(points: readonly CurvePoint[]): number[] {
  const lastSlot = points.reduce((max, point) => Math.max(max, slotOf(point)), 0);
  const ends: number[] = [];
  let value = points[0]?.value ?? 0;
  for (let slot = 0; slot <= lastSlot; slot++) {
    for (const point of points) if (slotOf(point) === slot) value = point.value;
    ends.push(value);
  }
  return ends;
}

function xOf(position: number, span: number): number {
  return PLOT.left + (position / span) * (PLOT.right - PLOT.left);
}

function yOf(value: number): number {
  return PLOT.top + ((100 - clamp(value, 0, 100)) / 100) * (PLOT.bottom - PLOT.top);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Readonly<Record<string, string>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}
