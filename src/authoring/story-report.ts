/**
 * What the story checker finds in one story: the shape of `npm run stories:check --
 * --json` (one entry of its `stories` array) and of the studio's report panel. Plain
 * data, so it crosses from the checker's Web Worker to the page as is.
 */

/** A problem with its place; `line` is 1-based, 0 when the problem has no line (a missing header tag). */
export interface ReportDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly line: number;
  readonly message: string;
  /** For an unknown tag key or value: the nearest valid one ("cue: turns_away"). */
  readonly suggestion?: string;
}

/** A path that runs out of content: the story stops with no choice and no END. */
export interface DeadEnd {
  /** The knot (or `knot.stitch`) where the content ran out, when known. */
  readonly where: string;
  readonly path: string;
  readonly line: number;
  /** 1-based choice numbers that lead there from the start (a plan's `select` values). */
  readonly choices: readonly number[];
}

/**
 * A path that stops without `# end: ...` in a story that declares its ends elsewhere:
 * its debrief can only say "the encounter ended". Also a warning among the diagnostics.
 */
export interface UnendedPath {
  readonly path: string;
  /** The line of the last text shown on that path (a line, or the choice that led to the end). */
  readonly line: number;
  /** 1-based choice numbers that lead there from the start. */
  readonly choices: readonly number[];
}

/** A knot or stitch no divert, choice or playthrough reaches. */
export interface UnreachableKnot {
  readonly name: string;
  readonly path: string;
  readonly line: number;
}

export interface Coverage {
  /** Knots and stitches reached by at least one playthrough, over all of them. */
  readonly knotsReached: number;
  readonly knotsTotal: number;
  /** Distinct choices (by knot and text) taken at least once, over all offered. */
  readonly choicesTaken: number;
  readonly choicesOffered: number;
  /** Names of knots never reached, for the report. */
  readonly knotsMissed: readonly string[];
  /** Random playthroughs played, and how many ended by breaking the link. */
  readonly playthroughs: number;
  readonly playthroughsBroken: number;
  /** Whether the exhaustive search explored every path within its depth bound. */
  readonly exhaustive: boolean;
  readonly depthBound: number;
}

/** A run-time error, with what reproduces it. */
export interface RuntimeProblem {
  readonly message: string;
  /**
   * The file and line to look at, when the checker can tell: the line ink names, or
   * for errors ink names no line for (`RANDOM(5, 1)`), the heading of the knot it was in.
   */
  readonly at?: { readonly path: string; readonly line: number };
  /** 1-based choice numbers from the start, with the seed, reproduce it (`npm run play -- --seed S --choose ...`). */
  readonly choices: readonly number[];
  readonly seed: number;
}

/** The path that keeps the most trust: the candidate expert path. */
export interface BestPathReport {
  /** 1-based choice numbers. */
  readonly choices: readonly number[];
  readonly texts: readonly string[];
  /** The end status it reaches, or null when it reached none within the bound. */
  readonly status: string | null;
  /** The trust it ends with, 0 to 100 (for the author: the studio and the report reveal it). */
  readonly trust: number;
}

export interface StoryReport {
  readonly path: string;
  readonly diagnostics: readonly ReportDiagnostic[];
  readonly deadEnds: readonly DeadEnd[];
  readonly unended: readonly UnendedPath[];
  readonly unreachable: readonly UnreachableKnot[];
  /** Undefined when the story did not compile (nothing could be played). */
  readonly coverage: Coverage | undefined;
  /** Whether some path breaks the link (a story where nothing can break teaches nothing about rushing). */
  readonly canBreak: boolean;
  /** Whether some path ends with the link kept (or the emergency handled, or a referral). */
  readonly canKeep: boolean;
  readonly bestPath: BestPathReport | undefined;
  readonly runtimeErrors: readonly RuntimeProblem[];
}

/** True when the report has an error: the checker exits 1, the studio refuses to add the story to a library. */
export function hasError(report: StoryReport): boolean {
  return report.diagnostics.some((diagnostic) => diagnostic.severity === 'error') || report.runtimeErrors.length > 0;
}
