/**
 * What the studio's page and its compile worker say to each other: plain, serialisable
 * data (STYLE.md, seam 2). The page sends the source; the worker compiles and lints it,
 * or runs the story checker on it, and answers with the same `id`.
 */
import type { Diagnostic, StoryHeader } from '../../engine/index.ts';
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

const KNOT_HEADING = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)/gm;

/** The knots of a source a preview may start at: every `=== knot ===` but functions. */
export function startableKnots(source: string): string[] {
  const knots: string[] = [];
  for (const match of source.matchAll(KNOT_HEADING)) {
    const name = match[2];
    if (match[1] === undefined && name !== undefined && !knots.includes(name)) knots.push(name);
  }
  return knots;
}
