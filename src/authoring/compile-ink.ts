/**
 * Compiles an ink story and checks it against the authoring contract, reporting every
 * problem as a `Diagnostic` that names the file and line an author must open. The build
 * plugin, the story checker and (later) the studio's Web Worker all call it; files come
 * through `readFile`, so it never touches a file system of its own.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import {
  type Diagnostic,
  declaredKnots,
  dedupeDiagnostics,
  isOneOf,
  LANGUAGES,
  type Language,
  lintInkSource,
  readHeader,
  type StoryHeader,
} from '../engine/index.ts';

export interface CompileResult {
  /** Ink's compiled JSON; undefined as soon as any diagnostic is an error. */
  readonly json: string | undefined;
  /** Compiler and lint problems, deduplicated, ordered by file then line. */
  readonly diagnostics: Diagnostic[];
  /** The header read from the compiled story; undefined when it did not compile. */
  readonly header: StoryHeader | undefined;
  /**
   * Every file the compile asked for, main file first, including INCLUDEs that could not
   * be read: a watcher that watches them all reloads when a missing file appears.
   */
  readonly files: string[];
}

/** Reads a file's text by the path it was asked for; throws when there is none. */
export type ReadFile = (path: string) => string;

// Ink prefixes each message with its kind, then `'file' line N: ` when it knows where.
const COMPILER_MESSAGE =
  /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s+)?(?:line (\d+):\s*)?/;
const FAILED_INCLUDE = /^Failed to load: '([^']*)'\./;
// inkjs's ErrorType: Author (a `TODO:` in the source), Warning, Error.
const AUTHOR_MESSAGE = 0;
const ERROR_MESSAGE = 2;
/**
 * Ink only warns about a loose end, since a story may stop there on purpose in a game
 * that drives ink itself. Our runner does not: a trainee who reaches it sees the
 * encounter stop mid-scene on "ran out of content". The contract makes it an error, so
 * the studio refuses to hand out such a story and an import refuses the file.
 */
const LOOSE_END = /^Apparent loose end exists where the flow runs out\./;

/**
 * Compiles `mainPath` with its INCLUDEs and lints every file. INCLUDE paths are resolved
 * against the main file's folder, as ink itself does, whichever file writes them.
 */
export function compileInk(mainPath: string, readFile: ReadFile): CompileResult {
  let mainSource: string;
  try {
    mainSource = readFile(mainPath);
  } catch (error) {
    return {
      json: undefined,
      diagnostics: [
        { severity: 'error', path: mainPath, line: 0, message: `cannot read the story (${reasonOf(error)})` },
      ],
      header: undefined,
      files: [mainPath],
    };
  }

  const folder = parentFolder(mainPath);
  // Ink names an included file in its messages as the INCLUDE line wrote it.
  const pathByWrittenName = new Map<string, string>([[mainPath, mainPath]]);
  const sources = new Map<string, string>([[mainPath, mainSource]]);
  const files: string[] = [mainPath];
  const diagnostics: Diagnostic[] = [];

  const resolve = (name: string): string => {
    const known = pathByWrittenName.get(name);
    if (known !== undefined) return known;
    const resolved = joinPath(folder, name);
    pathByWrittenName.set(name, resolved);
    return resolved;
  };
  const fileHandler = {
    ResolveInkFilename: (name: string): string => resolve(name),
    LoadInkFileContents: (resolved: string): string => {
      if (!files.includes(resolved)) files.push(resolved);
      const cached = sources.get(resolved);
      if (cached !== undefined) return cached;
      const source = readFile(resolved);
      sources.set(resolved, source);
      return source;
    },
  };
  const onMessage = (message: string, type: number): void => {
    diagnostics.push(toDiagnostic(message, type, mainPath, (name) => pathByWrittenName.get(name) ?? name));
  };

  let json: string | undefined;
  let globalTags: readonly string[] = [];
  try {
    const story = new Compiler(mainSource, new CompilerOptions(mainPath, [], false, onMessage, fileHandler)).Compile();
    const written = story.ToJson();
    json = typeof written === 'string' ? written : undefined;
    globalTags = story.globalTags ?? [];
  } catch (error) {
    // "Compilation failed" follows errors already reported; anything else is the compiler's own fault.
    if (!diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
      diagnostics.push({ severity: 'error', path: mainPath, line: 0, message: `ink compiler: ${reasonOf(error)}` });
    }
  }

  const knotsByFile = new Map([...sources].map(([path, source]) => [path, declaredKnots(source)]));
  for (const [path, source] of sources) {
    const knotsElsewhere = [...knotsByFile].filter(([other]) => other !== path).flatMap(([, knots]) => knots);
    diagnostics.push(...lintInkSource(path, source, { isMainFile: path === mainPath, knotsElsewhere }));
  }

  const ordered = dedupeDiagnostics(diagnostics).sort(
    (a, b) => fileRank(files, a.path) - fileRank(files, b.path) || a.line - b.line,
  );
  const hasError = ordered.some((diagnostic) => diagnostic.severity === 'error');
  return {
    json: hasError ? undefined : json,
    diagnostics: ordered,
    header: json === undefined || hasError ? undefined : headerOf(mainPath, globalTags),
    files,
  };
}

function toDiagnostic(
  message: string,
  type: number,
  mainPath: string,
  pathOf: (writtenName: string) => string,
): Diagnostic {
  const match = COMPILER_MESSAGE.exec(message);
  const path = match?.[1] === undefined ? mainPath : pathOf(match[1]);
  const line = match?.[2] === undefined ? 0 : Number(match[2]);
  let text = (match === null ? message : message.slice(match[0].length)).trim();
  const failedInclude = FAILED_INCLUDE.exec(text);
  if (failedInclude?.[1] !== undefined) {
    text = `INCLUDE ${failedInclude[1]}: no such file (${pathOf(failedInclude[1])})`;
  }
  if (type === AUTHOR_MESSAGE) text = `TODO: ${text}`;
  const severity = type === ERROR_MESSAGE || LOOSE_END.test(text) ? 'error' : 'warning';
  return { severity, path, line, message: text };
}

/** The header as the game shows it; the lint has already reported what is missing, with lines. */
function headerOf(mainPath: string, globalTags: readonly string[]): StoryHeader {
  const folderName = parentFolder(mainPath).split('/').pop() ?? '';
  const lang: Language | undefined = isOneOf(LANGUAGES, folderName) ? folderName : undefined;
  const title = storyIdOf(mainPath);
  return readHeader(globalTags, lang === undefined ? { title } : { title, lang }).header;
}

/** The encounter's id: its file name without extension (`premier-bonjour`). */
export function storyIdOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.ink$/, '');
}

function fileRank(files: readonly string[], path: string): number {
  const index = files.indexOf(path);
  return index < 0 ? files.length : index;
}

function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Joins and normalises forward-slash paths; no `node:path`, so it also runs in a browser. */
function joinPath(folder: string, name: string): string {
  const full = name.startsWith('/') || folder === '' ? name : `${folder}/${name}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return `${full.startsWith('/') ? '/' : ''}${parts.join('/')}`;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
