/**
 * The compiler's and the lint's diagnostics (a file and a line) placed in the editor:
 * underlined where the problem is (the tag itself when the message names one, else
 * the line), and, for an unknown tag or value, a quick fix that writes the engine's
 * suggestion in its place ("akt: greet" becomes "act: greet").
 *
 * Pure over CodeMirror's `Text`, so it is tested without an editor.
 */
import type { Action, Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { type Diagnostic, splitTag } from '../../engine/index.ts';

/** One tag written on a line: where its `key: value` text sits (after the `#`, trimmed). */
export interface TagSpan {
  /** Offsets in the document. */
  readonly from: number;
  readonly to: number;
  readonly key: string;
  readonly value: string;
}

/** A change that fixes a diagnostic. */
export interface QuickFix {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export interface LintOptions {
  /** The story's main file: diagnostics of other files (an INCLUDE) go on line 1, named. */
  readonly mainPath: string;
  /** The quick fix's button, worded as in the Problems list (`Fix: "act: greet"`). */
  readonly fixLabel: (suggestion: string) => string;
  /** The message shown for a diagnostic (the studio translates the common ones). */
  readonly describe?: (diagnostic: Diagnostic) => string;
}

/** The tags written on one line of the document (1-based), skipping comments and escaped `\#`. */
export function tagsOnLine(doc: Text, lineNumber: number): TagSpan[] {
  const line = doc.line(clampLine(doc, lineNumber));
  const text = line.text;
  const spans: TagSpan[] = [];
  let start: number | undefined;
  const close = (end: number): void => {
    if (start === undefined) return;
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') {
      const from = line.from + start + leading;
      const tag = splitTag(trimmed);
      spans.push({ from, to: from + trimmed.length, key: tag.key, value: tag.value });
    }
    start = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*') && text[i - 1] !== ':') {
      close(i);
      return spans;
    }
    if (char === ']' && start !== undefined) close(i);
    if (char === '#') {
      close(i);
      start = i + 1;
    }
  }
  close(text.length);
  return spans;
}

/** Where a diagnostic goes in the document: its tag when the message names one, else its line's text. */
export function locateDiagnostic(doc: Text, diagnostic: Diagnostic): { from: number; to: number } {
  const tag = tagOf(doc, diagnostic);
  if (tag !== undefined) return { from: tag.from, to: tag.to };
  const line = doc.line(clampLine(doc, diagnostic.line));
  const indent = line.text.length - line.text.trimStart().length;
  const from = line.from + indent;
  return { from, to: Math.max(from, line.from + line.text.trimEnd().length) };
}

/** The fix for a diagnostic that comes with a suggestion and names a tag on its line. */
export function quickFixFor(doc: Text, diagnostic: Diagnostic): QuickFix | undefined {
  const suggestion = diagnostic.suggestion;
  if (suggestion === undefined) return undefined;
  const tag = tagOf(doc, diagnostic);
  if (tag === undefined || doc.sliceString(tag.from, tag.to) === suggestion) return undefined;
  return { from: tag.from, to: tag.to, insert: suggestion };
}

/** CodeMirror lint diagnostics for a compile's diagnostics, with a quick fix where there is one. */
export function toLintDiagnostics(
  doc: Text,
  diagnostics: readonly Diagnostic[],
  options: LintOptions,
): LintDiagnostic[] {
  return diagnostics.map((diagnostic) => {
    const inMain = diagnostic.path === options.mainPath;
    const placed = inMain ? diagnostic : { ...diagnostic, line: 1 };
    const { from, to } = locateDiagnostic(doc, placed);
    const described = options.describe?.(diagnostic) ?? diagnostic.message;
    const message = inMain ? described : `${diagnostic.path}: ${described}`;
    const fix = inMain ? quickFixFor(doc, diagnostic) : undefined;
    const actions: Action[] =
      fix === undefined
        ? []
        : [
            {
              name: options.fixLabel(fix.insert),
              // CodeMirror passes the diagnostic's range as it stands after later edits.
              apply: (view, actionFrom, actionTo) =>
                view.dispatch({ changes: { from: actionFrom, to: actionTo, insert: fix.insert } }),
            },
          ];
    // No `source`: CodeMirror would print it under each message, an untranslated "ink" that tells a trainer nothing.
    return { from, to, severity: diagnostic.severity, message, actions };
  });
}

function tagOf(doc: Text, diagnostic: Diagnostic): TagSpan | undefined {
  if (diagnostic.line < 1 || diagnostic.line > doc.lines) return undefined;
  const tags = tagsOnLine(doc, diagnostic.line);
  const quoted = /'([^']*)'/.exec(diagnostic.message)?.[1];
  if (quoted !== undefined) {
    const lowered = quoted.toLowerCase();
    const named = tags.find(
      (tag) =>
        tag.key === lowered ||
        tag.value === quoted ||
        tag.value
          .split(',')
          .map((part) => part.trim())
          .includes(quoted),
    );
    if (named !== undefined) return named;
  }
  const suggestedKey = diagnostic.suggestion === undefined ? undefined : splitTag(diagnostic.suggestion).key;
  return suggestedKey === undefined ? undefined : tags.find((tag) => tag.key === suggestedKey);
}

function clampLine(doc: Text, line: number): number {
  return Math.min(Math.max(1, line), doc.lines);
}
