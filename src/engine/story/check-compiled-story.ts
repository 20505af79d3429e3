/**
 * Checks a compiled story that reaches the game from outside the build (a file a
 * trainer hands over, the studio) before it is kept: that it is JSON, that it is ink's
 * compiled format, that ink's runtime loads it, what its header says, and that it can
 * show its first line. Problems name the file as it was given, so the trainee can say
 * which file was refused and why.
 */
import { type Diagnostic, dedupeDiagnostics } from './diagnostic.ts';
import { type CompiledStory, InkStory } from './ink-story.ts';
import { lintInkSource } from './lint-ink-source.ts';
import { readHeader, type StoryHeader } from './story-tags.ts';
import type { Language } from './tag-contract.ts';

export type CompiledStoryCheck =
  | {
      readonly ok: true;
      /** The header with its defaults, as the catalogue shows it and the runner reads it. */
      readonly header: StoryHeader;
      /** Warnings only (missing header tags...): the story plays. */
      readonly diagnostics: readonly Diagnostic[];
    }
  | {
      readonly ok: false;
      /** At least one error; the story must not be kept. */
      readonly diagnostics: readonly Diagnostic[];
    };

/** What the header falls back on when the story does not say: the file's name, a language. */
export interface HeaderFallback {
  readonly title: string;
  readonly lang?: Language;
}

export interface CompiledStoryCheckOptions {
  readonly fallback: HeaderFallback;
  /** The ink source the JSON was compiled from, when there is one: linted against the authoring contract too. */
  readonly source?: string | null;
}

/**
 * Checks `compiled` (its `path` names it in every diagnostic). Never throws. The first
 * line is computed once with seed 0, so a story that fails as soon as it starts (an
 * EXTERNAL function without an ink fallback, a loop that never reaches text) is
 * refused here rather than in front of a trainee; later failures still end the
 * encounter with a message, as for any story.
 */
export function checkCompiledStory(compiled: CompiledStory, options: CompiledStoryCheckOptions): CompiledStoryCheck {
  const { path } = compiled;
  // The source's problems come first: they have lines, the compiled story's do not.
  const linted =
    options.source === undefined || options.source === null
      ? []
      : lintInkSource(path, options.source, { isMainFile: true });
  const refuse = (line: number, message: string): CompiledStoryCheck => ({
    ok: false,
    diagnostics: dedupeDiagnostics([...linted, { severity: 'error', path, line, message }]),
  });

  let parsed: unknown;
  try {
    parsed = JSON.parse(compiled.json);
  } catch (error) {
    return refuse(jsonErrorLine(compiled.json, error), `not valid JSON (${messageOf(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('inkVersion' in parsed)) {
    return refuse(
      0,
      'this JSON is not a compiled ink story (it has no "inkVersion"): import the .ink file, or export it from Inky with File > Export to JSON',
    );
  }

  let story: InkStory;
  try {
    story = new InkStory(compiled, { seed: 0 });
  } catch (error) {
    return refuse(0, withoutPath(path, messageOf(error)));
  }
  const opened = readHeader(story.globalTags, options.fallback);
  const diagnostics = dedupeDiagnostics([
    ...linted,
    ...opened.problems.map((problem): Diagnostic => ({ path, line: 0, ...problem })),
  ]);

  if (!story.canContinue) return refuse(0, 'the story shows nothing: it has no line to begin with');
  try {
    story.nextLine();
  } catch (error) {
    return refuse(0, `the story stops as soon as it starts: ${withoutPath(path, messageOf(error))}`);
  }
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { ok: false, diagnostics };
  return { ok: true, header: opened.header, diagnostics };
}

/** The 1-based line of a JSON syntax error, from the position or line engines put in their message; 0 when unknown. */
function jsonErrorLine(text: string, error: unknown): number {
  const message = messageOf(error);
  const line = /\bline (\d+)/.exec(message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /\bposition (\d+)/.exec(message)?.[1];
  if (position === undefined) return 0;
  return text.slice(0, Number(position)).split('\n').length;
}

/** `StoryRuntimeError` starts its message with the path, which the diagnostic already names. */
function withoutPath(path: string, message: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
