/**
 * A problem found in a story, by the compiler, the tag reader or the runner.
 * Printed as `path:line: message` so an editor or a terminal can jump to it.
 */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** The story file as the author knows it (relative to the project or as imported). */
  readonly path: string;
  /** 1-based line in that file; 0 when the line is unknown (a compiled story has no source). */
  readonly line: number;
  readonly message: string;
  /** For tags: the nearest valid `key: value`, ready to paste. */
  readonly suggestion?: string;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line > 0 ? `${diagnostic.path}:${diagnostic.line}` : diagnostic.path;
  const kind = diagnostic.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${kind}${diagnostic.message}`;
}

/** Removes repeats (the compiler reports an INCLUDEd file's error once per include). */
export function dedupeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.severity}|${diagnostic.path}|${diagnostic.line}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(diagnostic);
  }
  return unique;
}

/**
 * The closest candidate by edit distance, or undefined when nothing is close enough
 * to be a likely typo (more than half the word would have to change).
 */
export function nearestCandidate(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lowered = value.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lowered, candidate);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.ceil(Math.max(value.length, best.length) / 2));
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
