/**
 * What the studio's page and its compile worker say to each other: plain, serialisable
 * data (STYLE.md, seam 2). The page sends the source; the worker compiles and lints it,
 * or runs the story checker on it, and answers with the same `id`.
 */
import { type Diagnostic, INK_NAME, type StoryHeader } from '../../engine/index.ts';
import type { StoryReport } from '../story-report.ts';

/** Compile and lint one file (the studio edits a single file). */
export interface CompileRequest {
  readonly type: 'compile';
  readonly id: number;
  /** `stories/<lang>/<id>.ink`: names the file in diagnostics and gives the language a fallback. */
  readonly path: string;
  readonly source: string;
}

/** Play every branch with the story checker, for the report panel. */
export interface CheckRequest {
  readonly type: 'check';
  readonly id: number;
  readonly path: string;
  readonly source: string;
}

export type WorkerRequest = CompileRequest | CheckRequest;

export interface CompileOutcome {
  /** Ink's JSON; undefined when any diagnostic is an error. */
  readonly json: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly header: StoryHeader | undefined;
  /** Knots a preview can start at, in the order written (functions left out). */
  readonly knots: readonly string[];
}

export type WorkerResponse =
  | { readonly type: 'compiled'; readonly id: number; readonly outcome: CompileOutcome }
  | { readonly type: 'checked'; readonly id: number; readonly report: StoryReport }
  /** The worker could not do what was asked (the checker is missing, an exception): said in words. */
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

const KNOT_HEADING = new RegExp(String.raw`^\s*={2,}\s*(function\s+)?(${INK_NAME})`, 'u');
// The same, for every heading of a whole text at once.
const KNOT_HEADINGS = new RegExp(KNOT_HEADING.source, 'gmu');
const STITCH_HEADING = new RegExp(String.raw`^\s*=\s*(${INK_NAME})`, 'u');

/** The knots of a source a preview may start at: every `=== knot ===` but functions. */
export function startableKnots(source: string): string[] {
  const knots: string[] = [];
  for (const match of source.matchAll(KNOT_HEADINGS)) {
    const name = match[2];
    if (match[1] === undefined && name !== undefined && !knots.includes(name)) knots.push(name);
  }
  return knots;
}

/**
 * The line (1-based) of a knot's heading, or of a stitch's (`knot.stitch`) within its
 * knot, where a run-time error that names no line sends the author; undefined when the
 * text no longer has it.
 */
export function knotLine(source: string, place: string): number | undefined {
  const [knot, stitch] = place.split('.');
  const lines = source.split(/\r?\n/);
  let knotAt: number | undefined;
  for (const [index, line] of lines.entries()) {
    const heading = KNOT_HEADING.exec(line);
    if (knotAt === undefined) {
      if (heading?.[2] === knot) knotAt = index;
      continue;
    }
    if (stitch === undefined || heading !== null) break;
    if (STITCH_HEADING.exec(line)?.[1] === stitch) return index + 1;
  }
  return knotAt === undefined ? undefined : knotAt + 1;
}
