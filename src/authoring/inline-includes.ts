/**
 * Joins an encounter written in several files into one source, for the places that take
 * files from a browser: the studio's "Ouvrir un fichier .ink" and the start screen's
 * import. A browser hands over base names only (`nuit-2.ink`, never `parts/nuit-2.ink`),
 * so an INCLUDE is matched to a given file by its base name, ignoring case and folders.
 *
 * The result is what ink itself makes of an INCLUDE (inkjs, `Story.PreProcessTopLevelObjects`):
 * what an included file writes before its first knot goes where the INCLUDE line was, and
 * its knots go to the end of the story. Pasting a whole file at the INCLUDE line would not
 * do: INCLUDEs usually sit at the top, and the main file's opening text would end up inside
 * the included file's last knot. Each block is framed by ink comments naming its file, and
 * `origins` tells every line of the joined source back as `file:line`, so a problem found
 * in it can name the line the trainer wrote.
 *
 * Pure and environment-neutral: no file system, no DOM; the worker, the page and Node
 * may all call it.
 */
import { type Diagnostic, stripComments } from '../engine/index.ts';

/** Where a line of the joined source was written. */
export interface SourceLine {
  /** The file's name as it was given (`nuit-2.ink`). */
  readonly file: string;
  /** 1-based line in that file; for a framing comment, the line of the INCLUDE it replaces. */
  readonly line: number;
}

/** An INCLUDE left as it was (a file not given) or turned into a comment (a cycle). */
export interface UnresolvedInclude {
  /** The name as the INCLUDE line wrote it (`parts/nuit-3.ink`). */
  readonly written: string;
  /** The file holding the INCLUDE line, as given. */
  readonly file: string;
  /** 1-based line of the INCLUDE in `file`. */
  readonly line: number;
  /** 1-based line of the INCLUDE (or of the comment that replaced it) in the joined source. */
  readonly inlinedLine: number;
  /**
   * `missing`: no file given has that base name; the line stays an INCLUDE, so the
   * compiler reports it too. `cycle`: the file is already being included (it would
   * include itself); the line becomes a comment, as ink would refuse it.
   */
  readonly reason: 'missing' | 'cycle';
}

export interface InlinedSource {
  /** One ink source, lines ending with `\n` (a byte order mark and CRLF are gone). */
  readonly source: string;
  /** The files joined in, by their given names, in the order first included; the main file not among them. */
  readonly included: readonly string[];
  readonly unresolved: readonly UnresolvedInclude[];
  /** Files given that nothing included, by their given names. */
  readonly unused: readonly string[];
  /** `origins[n - 1]` is where line `n` of `source` came from. */
  readonly origins: readonly SourceLine[];
}

/** A file as a browser gives it: its base name and its text. */
export interface InkFile {
  readonly name: string;
  readonly text: string;
}

export interface MainFileChoice {
  /** The main file's name, as given. */
  readonly main: string;
  /**
   * The files that could be the main one: those no other given file INCLUDEs (all of
   * them when every file is in a cycle). More than one means `main` was picked among
   * them: the first with a `# title:` header tag, else the first.
   */
  readonly candidates: readonly string[];
}

/** Framing comments, language-neutral: the story may be in either language. */
const frame = {
  open: (name: string) => `// ── ${name} ──`,
  close: (name: string) => `// ── end of ${name} ──`,
  openKnots: (name: string) => `// ── ${name}: knots ──`,
  closeKnots: (name: string) => `// ── end of ${name}: knots ──`,
  cycle: (written: string) => `// ── INCLUDE ${written}: already included (a cycle), not included again ──`,
};

// Ink reads `INCLUDE` then the rest of the line as the name (comments removed first).
const INCLUDE_LINE = /^INCLUDE\s*(\S.*)$/;
// A knot (`== name`) or a stitch (`= name`): ink moves both, as flows, out of an included file's top.
const FLOW_HEADING = /^=/;
const TITLE_TAG = /^[ \t]*#[ \t]*title[ \t]*:/im;
// What compile-ink.ts says when ink could not load an INCLUDE.
const COMPILER_MISSING_INCLUDE = /^INCLUDE (.*): no such file \(.*\)$/;

/**
 * The problem for an INCLUDE whose file was not chosen with the main file, in the
 * studio and in the import alike. English, as the compiler's messages are; the French
 * words match `INCLUDE … : no such file` (diagnostic-words.ts).
 */
export function missingIncludeMessage(written: string): string {
  const name = written.split(/[\\/]/).pop() ?? written;
  return `INCLUDE ${written}: no such file among those chosen; choose ${name} together with the main file (all the encounter's files at once)`;
}

/** An INCLUDE that would include a file inside itself, in ink's own words (Inky shows the same). */
export function includeCycleMessage(written: string): string {
  return `Recursive INCLUDE detected: '${written}' is already open.`;
}

/** compile-ink's `INCLUDE x: no such file (path)` told as `missingIncludeMessage` says; other diagnostics as they are. */
export function withMissingIncludeAdvice(diagnostic: Diagnostic): Diagnostic {
  const written = COMPILER_MISSING_INCLUDE.exec(diagnostic.message)?.[1];
  return written === undefined ? diagnostic : { ...diagnostic, message: missingIncludeMessage(written) };
}

/** How a given name and a written INCLUDE are compared: base name, folders and case ignored. */
export function includeKey(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).trim().toLowerCase();
}

/** The names a source INCLUDEs, as written, leaving out those in comments. */
export function includesOf(text: string): string[] {
  const names: string[] = [];
  let inBlockComment = false;
  for (const line of linesOf(text).lines) {
    const stripped = stripComments(line, inBlockComment);
    inBlockComment = stripped.inBlockComment;
    const written = INCLUDE_LINE.exec(stripped.code.trim())?.[1]?.trim();
    if (written !== undefined && written !== '') names.push(written);
  }
  return names;
}

/** Which of several files is the main one (see `MainFileChoice`); `files` must not be empty. */
export function findMainFile(files: readonly InkFile[]): MainFileChoice {
  const includedByOthers = new Set<string>();
  for (const file of files) {
    const own = includeKey(file.name);
    for (const written of includesOf(file.text)) {
      const key = includeKey(written);
      if (key !== own) includedByOthers.add(key);
    }
  }
  const roots = files.filter((file) => !includedByOthers.has(includeKey(file.name)));
  const candidates = roots.length > 0 ? roots : files;
  const main =
    candidates.length === 1 ? candidates[0] : (candidates.find((file) => TITLE_TAG.test(file.text)) ?? candidates[0]);
  if (main === undefined) throw new Error('findMainFile needs at least one file');
  return { main: main.name, candidates: candidates.map((file) => file.name) };
}

/**
 * Replaces each INCLUDE of `mainName`'s text whose file is among `others` (name → text)
 * by that file's text, recursively; see the module's comment for where knots go.
 */
export function inlineIncludes(mainName: string, mainText: string, others: ReadonlyMap<string, string>): InlinedSource {
  const files = new Map<string, InkFile>([[includeKey(mainName), { name: mainName, text: mainText }]]);
  for (const [name, text] of others) {
    if (!files.has(includeKey(name))) files.set(includeKey(name), { name, text });
  }
  const included: string[] = [];
  const pending: { entry: Omit<UnresolvedInclude, 'inlinedLine'>; origin: SourceLine }[] = [];

  /** One file's lines: its top (where its INCLUDE was) and its flows (for the end of the story). */
  const expand = (file: InkFile, stack: readonly string[], isMain: boolean): { top: Block; flows: Block } => {
    const top = new Block();
    const flows = new Block();
    const appended = new Block();
    let inFlows = false;
    let inBlockComment = false;
    linesOf(file.text).lines.forEach((line, index) => {
      const at: SourceLine = { file: file.name, line: index + 1 };
      const stripped = stripComments(line, inBlockComment);
      inBlockComment = stripped.inBlockComment;
      const code = stripped.code.trim();
      if (!isMain && !inFlows && FLOW_HEADING.test(code)) inFlows = true;
      const here = inFlows ? flows : top;
      const written = INCLUDE_LINE.exec(code)?.[1]?.trim();
      if (written === undefined || written === '') {
        here.push(line, at);
        return;
      }
      const key = includeKey(written);
      const target = files.get(key);
      if (target === undefined || stack.includes(key)) {
        const reason = target === undefined ? 'missing' : 'cycle';
        const origin = { ...at };
        here.push(reason === 'missing' ? line : frame.cycle(written), origin);
        pending.push({ entry: { written, file: file.name, line: index + 1, reason }, origin });
        return;
      }
      if (!included.includes(target.name)) included.push(target.name);
      const child = expand(target, [...stack, key], false);
      here.push(frame.open(target.name), at);
      here.append(child.top.trimmedEnd());
      here.push(frame.close(target.name), at);
      if (!child.flows.isBlank()) {
        appended.push('', at);
        appended.push(frame.openKnots(target.name), at);
        appended.append(child.flows.trimmedEnd());
        appended.push(frame.closeKnots(target.name), at);
      }
    });
    (isMain ? top : flows).append(appended);
    return { top, flows };
  };

  const main = files.get(includeKey(mainName)) as InkFile;
  const { top } = expand(main, [includeKey(mainName)], true);
  const origins = top.origins;
  const unresolved = pending.map(({ entry, origin }) => ({ ...entry, inlinedLine: origins.indexOf(origin) + 1 }));
  const unused = [...others.keys()].filter((name) => name !== mainName && !included.includes(name));
  // A file that ended with a line break still does; a joined one always does.
  const ended = linesOf(mainText).endsWithNewline || included.length > 0;
  return {
    source: top.lines.join('\n') + (ended ? '\n' : ''),
    included,
    unresolved,
    unused,
    origins,
  };
}

/** Where line `line` (1-based) of a joined source was written; line 0 or out of range is the main file's line 0. */
export function originOf(inlined: InlinedSource, line: number): SourceLine {
  const origin = line >= 1 ? inlined.origins[line - 1] : undefined;
  return origin ?? { file: inlined.origins[0]?.file ?? '', line: 0 };
}

/** Lines with where each came from, built in order. */
class Block {
  readonly lines: string[] = [];
  readonly origins: SourceLine[] = [];

  push(line: string, origin: SourceLine): void {
    this.lines.push(line);
    this.origins.push(origin);
  }

  append(other: Block): void {
    this.lines.push(...other.lines);
    this.origins.push(...other.origins);
  }

  isBlank(): boolean {
    return this.lines.every((line) => line.trim() === '');
  }

  /** The same lines without the blank ones at the end (those before an included file's first knot). */
  trimmedEnd(): Block {
    const trimmed = new Block();
    let end = this.lines.length;
    while (end > 0 && (this.lines[end - 1] ?? '').trim() === '') end--;
    trimmed.lines.push(...this.lines.slice(0, end));
    trimmed.origins.push(...this.origins.slice(0, end));
    return trimmed;
  }
}

/** A file's lines without a byte order mark, whatever its line ends (CRLF from Windows, CR from old Macs). */
function linesOf(text: string): { lines: string[]; endsWithNewline: boolean } {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const endsWithNewline = normal.endsWith('\n');
  const lines = (endsWithNewline ? normal.slice(0, -1) : normal).split('\n');
  return { lines: normal === '' ? [] : lines, endsWithNewline };
}
