/**
 * The trainee's own library on this device: encounters added from the studio ("Ajouter
 * à ma bibliothèque") or imported from a file a trainer handed over. Each plays, is
 * debriefed and replayed like a shipped encounter.
 *
 * Nothing from outside is kept unchecked: `prepareLibraryEncounter` loads the ink JSON
 * in the runtime, lints the source and plays the story headless to find the paths that
 * would stop in front of a trainee; `importEncounterFiles` compiles `.ink` files first
 * (an encounter in several files is joined at its INCLUDEs), with the compiler loaded on
 * demand (a chunk of its own, never in the game's entry). A refused file leaves the
 * library as it was, and every problem names the file and the line its author wrote.
 *
 * Stored in IndexedDB: database `bonne-distance-library`, object store `encounters`
 * (key path `[id, lang]`), versioned like the history's. Values read back are checked;
 * one that cannot be read stays in the database untouched and `list()` counts it.
 */

import type { PlaythroughFailure } from '../authoring/playthrough-check.ts';
import {
  CONCEPTS,
  checkCompiledStory,
  type Diagnostic,
  hashText,
  isOneOf,
  LANGUAGES,
  type Language,
  SETTINGS,
  type StoryHeader,
} from '../engine/index.ts';
import { isQuotaExceeded, openVersionedDatabase, requested, writeTo } from './indexed-db.ts';

export const LIBRARY_DATABASE = 'bonne-distance-library';
/** Raise by one with each change of stores or indexes, and add its step to `upgrade`. */
export const LIBRARY_DATABASE_VERSION = 1;
export const ENCOUNTERS_STORE = 'encounters';
const LIBRARY_WHAT = 'the library';

export const LIBRARY_ENCOUNTER_KIND = 'bonne-distance/encounter';
export const LIBRARY_SCHEMA_VERSION = 1;
/** The oldest `schemaVersion` this code reads; older entries need a migration step here first. */
export const OLDEST_READABLE_LIBRARY_VERSION = 1;

/**
 * Every library id starts with this. Shipped ids are story file names, and no story
 * under stories/ is named `mine-...` (a test checks): a library encounter can never
 * hide a shipped one, nor a shipped one a library one.
 */
export const LIBRARY_ID_PREFIX = 'mine-';

/** The largest file an import reads: ink sources and their JSON are a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** One encounter of the library, as stored (version 1). */
export interface LibraryEncounter {
  readonly schemaVersion: 1;
  readonly kind: 'bonne-distance/encounter';
  /** `mine-` and a slug of the file name (or of the title): letters, digits and dashes. */
  readonly id: string;
  /** The header's language; with `id`, the key (a French and an English version sit side by side). */
  readonly lang: Language;
  readonly title: string;
  readonly header: StoryHeader;
  /** Ink's compiled JSON, as text. */
  readonly json: string;
  /** The ink source it was compiled from; null when a compiled `.json` was imported. */
  readonly source: string | null;
  /** `hashText(json)`: the hash `InkStory` computes, so saves and records name this version. */
  readonly contentHash: string;
  /** Milliseconds since the epoch, when it was added. */
  readonly addedAt: number;
  readonly origin: 'studio' | 'import';
  /** The file's name as the trainee chose it (`bonsoir.ink`); null from the studio when unsaved. */
  readonly fileName: string | null;
}

/** A refusal or a success; a refusal changes nothing and says why, file and line. */
export type LibraryCheck =
  | {
      readonly ok: true;
      readonly encounter: LibraryEncounter;
      /** What the story could do better; it plays anyway. */
      readonly warnings: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export interface PrepareInput {
  /** Ink's compiled JSON, as text. */
  readonly json: string;
  readonly source: string | null;
  readonly fileName: string | null;
  readonly origin: 'studio' | 'import';
  /** Milliseconds since the epoch. */
  readonly now: number;
}

/**
 * Checks a compiled story and makes the library entry for it. The JSON must be ink's,
 * load in the runtime and show its first line; the source, when given, must pass the
 * authoring contract's lint without error (unknown sound ids are warnings). Then the
 * story is played headless, every choice sequence within a small bound and a few at
 * random (playthrough-check.ts, a chunk loaded here, some 200 ms for a shipped story):
 * a path that stops on a run-time error, a dead end above all, is refused with the
 * choices that reach it. This is the only check a `.json` compiled elsewhere (Inky) gets
 * for a loose end, which ink's compiler would have reported. The header gives the title
 * and the language. Rejects only when the check's chunk cannot be loaded.
 */
export async function prepareLibraryEncounter(input: PrepareInput): Promise<LibraryCheck> {
  const path = input.fileName ?? 'studio';
  const json = withoutByteOrderMark(input.json);
  const fallbackTitle = input.fileName === null ? 'Sans titre' : baseName(input.fileName);
  const checked = checkCompiledStory(
    { id: fallbackTitle, path, json },
    { fallback: { title: fallbackTitle }, source: input.source },
  );
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics };
  // Loaded on demand: the start screen never needs the runner or the sound vocabulary.
  const [{ checkPlaythroughs }, { lintSoundIds, soundIdProblem }] = await Promise.all([
    import('../authoring/playthrough-check.ts'),
    import('../authoring/sound-lint.ts'),
  ]);
  const played = await checkPlaythroughs({ id: fallbackTitle, path, json });
  if (played.failures.length > 0) {
    return {
      ok: false,
      diagnostics: [...checked.diagnostics, ...played.failures.map((failure) => playthroughError(path, failure))],
    };
  }
  // With a source, its lines name the unknown ids; without one, only playing tells which it asks for.
  const soundWarnings =
    input.source === null
      ? [
          ...played.sounds.map((id) => ['sound', id] as const),
          ...played.ambiences.map((id) => ['ambience', id] as const),
        ].flatMap(([key, id]): Diagnostic[] => {
          const problem = soundIdProblem(key, id);
          return problem === undefined ? [] : [{ severity: 'warning', path, line: 0, ...problem }];
        })
      : lintSoundIds(path, input.source);
  const { header } = checked;
  const encounter: LibraryEncounter = {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    kind: LIBRARY_ENCOUNTER_KIND,
    id: libraryIdOf(input.fileName, header.title),
    lang: header.lang,
    title: header.title,
    header,
    json,
    source: input.source,
    contentHash: hashText(json),
    addedAt: input.now,
    origin: input.origin,
    fileName: input.fileName,
  };
  return { ok: true, encounter, warnings: [...checked.diagnostics, ...soundWarnings] };
}

/**
 * A path that fails at run time, as an error naming the choices (1-based, as on screen)
 * that reach it. ink names the file and line it was compiled from: when that is the
 * file given here, the diagnostic takes its line; otherwise (a `.json` from Inky names
 * its `.ink`) the message keeps ink's own words for it.
 */
function playthroughError(path: string, failure: PlaythroughFailure): Diagnostic {
  const place = /'([^']*)' line (\d+):/.exec(failure.message);
  const line = place?.[1] === path ? Number(place[2]) : 0;
  const when = failure.choices.length === 0 ? 'before any choice' : `after choices ${failure.choices.join(', ')}`;
  return error(path, line, `${when}, the encounter stops with an error: ${failure.message}`);
}

/** `mine-` and a slug of the file's name, else of the title; never a shipped id. */
export function libraryIdOf(fileName: string | null, title: string): string {
  const fromFile = fileName === null ? '' : slugOf(baseName(fileName));
  // A file exported from a library keeps its id when imported again.
  const bare = fromFile.startsWith(LIBRARY_ID_PREFIX) ? fromFile.slice(LIBRARY_ID_PREFIX.length) : fromFile;
  return `${LIBRARY_ID_PREFIX}${bare || slugOf(title) || 'rencontre'}`;
}

/** Lower-case ASCII letters, digits and single dashes: `Mon café (v2)` → `mon-cafe-v2`. */
function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.(ink|json)$/i, '');
}

/** A file the trainee picked; only its name and text are read (the size first, so a huge file is not). */
export interface ChosenEncounterFile {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  text(): Promise<string>;
}

/** Checks the name and size before reading the file, then imports it (`importEncounterFile`). */
export async function readEncounterFile(file: ChosenEncounterFile, now: number): Promise<LibraryCheck> {
  return readEncounterFiles([file], now);
}

/**
 * Checks the names and sizes (each file's and all together) before reading anything,
 * then imports the files as one encounter (`importEncounterFiles`).
 */
export async function readEncounterFiles(files: readonly ChosenEncounterFile[], now: number): Promise<LibraryCheck> {
  const refusal = selectionRefusal(files.map(({ name, size }) => ({ name, bytes: size })));
  if (refusal !== undefined) return refusal;
  const read: { name: string; text: string }[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, text: await file.text() });
    } catch (error) {
      return refused(file.name, 0, `the file could not be read (${messageOf(error)})`);
    }
  }
  return importEncounterFiles(read, now);
}

/**
 * Imports one file: a `.ink` source is compiled (an INCLUDE of another file is an error
 * naming it), a `.json` is ink's compiled story or a library entry exported from this
 * game. Another extension, more than `MAX_IMPORT_BYTES`, or bytes that are not UTF-8
 * text are refused with a diagnostic naming the file. Rejects only when the compiler's
 * chunk, or the headless check's, cannot be loaded (offline after an update).
 */
export async function importEncounterFile(file: { name: string; text: string }, now: number): Promise<LibraryCheck> {
  return importEncounterFiles([file], now);
}

/**
 * Imports the files a trainee chose together as one encounter. One file is imported as
 * `importEncounterFile` says. Several must all be `.ink`, the parts of one encounter: the
 * file none of the others INCLUDEs is the main one, and each INCLUDE is replaced by the
 * file it names (`inlineIncludes`) before compiling; every problem names the file and the
 * line the trainer wrote, never a line of the joined text. An INCLUDE of a file not
 * chosen, a file nothing INCLUDEs, a cycle, or a `.json` among several files refuses the
 * whole choice, and nothing is added: one choice, one encounter, one answer.
 */
export async function importEncounterFiles(
  files: readonly { name: string; text: string }[],
  now: number,
): Promise<LibraryCheck> {
  const encoder = new TextEncoder();
  const refusal = selectionRefusal(files.map(({ name, text }) => ({ name, bytes: encoder.encode(text).length })));
  if (refusal !== undefined) return refusal;
  const texts: { name: string; text: string }[] = [];
  const unreadable: Diagnostic[] = [];
  for (const file of files) {
    const text = withoutByteOrderMark(file.text);
    unreadable.push(...textProblems(file.name, text));
    texts.push({ name: file.name, text });
  }
  if (unreadable.length > 0) return { ok: false, diagnostics: unreadable };

  const [only] = texts;
  if (texts.length === 1 && only !== undefined && extensionOf(only.name) === '.json') {
    const exported = exportedEncounterOf(only.text);
    if (exported !== undefined) {
      return prepareLibraryEncounter({ ...exported, fileName: only.name, origin: 'import', now });
    }
    return prepareLibraryEncounter({ json: only.text, source: null, fileName: only.name, origin: 'import', now });
  }
  return importInkFiles(texts, now);
}

/** The `.ink` files of one encounter, joined, compiled and checked; see `importEncounterFiles`. */
async function importInkFiles(files: readonly { name: string; text: string }[], now: number): Promise<LibraryCheck> {
  // The compiler weighs some 250 kB: it loads only when someone imports a source file; the
  // joining comes with it (it quotes ink's own messages, which the game's entry must not hold).
  const [{ compileInk }, { findMainFile, includeCycleMessage, inlineIncludes, missingIncludeMessage, originOf }] =
    await Promise.all([import('../authoring/compile-ink.ts'), import('../authoring/inline-includes.ts')]);
  const { main } = findMainFile(files);
  const mainText = files.find((file) => file.name === main)?.text ?? '';
  const others = new Map(files.filter((file) => file.name !== main).map((file) => [file.name, file.text]));
  const joined = inlineIncludes(main, mainText, others);
  // A file nothing was joined to is compiled byte for byte, as a single file always was.
  const source = joined.source === mainText.replace(/\r\n?/g, '\n') ? mainText : joined.source;

  const selection: Diagnostic[] = [
    ...joined.unused.map((name) => error(name, 0, notIncludedMessage(main))),
    ...joined.unresolved.map((include) =>
      error(
        include.file,
        include.line,
        include.reason === 'cycle' ? includeCycleMessage(include.written) : missingIncludeMessage(include.written),
      ),
    ),
  ];
  const inOriginalFiles = (diagnostic: Diagnostic): Diagnostic => {
    if (diagnostic.path !== main) return diagnostic;
    const origin = originOf(joined, diagnostic.line);
    return { ...diagnostic, path: origin.file, line: origin.line };
  };
  const order = [main, ...joined.included];
  const byFileAndLine = (a: Diagnostic, b: Diagnostic): number =>
    rank(order, a.path) - rank(order, b.path) || a.line - b.line;

  const compiled = compileInk(main, (wanted) => {
    if (wanted === main) return source;
    throw new Error(`${wanted} was not chosen`);
  });
  // Said once, in the words above: an INCLUDE of a file not chosen, which the compiler also reports.
  const compilerProblems = compiled.diagnostics.filter(
    (diagnostic) => !/^INCLUDE .*: no such file/.test(diagnostic.message),
  );
  if (compiled.json === undefined || selection.some((diagnostic) => diagnostic.severity === 'error')) {
    return { ok: false, diagnostics: [...selection, ...compilerProblems.map(inOriginalFiles)].sort(byFileAndLine) };
  }
  const prepared = await prepareLibraryEncounter({
    json: compiled.json,
    source,
    fileName: main,
    origin: 'import',
    now,
  });
  if (!prepared.ok) return { ok: false, diagnostics: prepared.diagnostics.map(inOriginalFiles) };
  // The compiler's own warnings (a TODO...) join the lint's, which `prepared` already has.
  const keyOf = (diagnostic: Diagnostic): string => `${diagnostic.path}:${diagnostic.line}: ${diagnostic.message}`;
  const linted = new Set(prepared.warnings.map(keyOf));
  const compilerWarnings = compilerProblems.filter((diagnostic) => !linted.has(keyOf(diagnostic)));
  return { ...prepared, warnings: [...compilerWarnings, ...prepared.warnings].map(inOriginalFiles) };
}

function notIncludedMessage(main: string): string {
  return `no file chosen INCLUDEs this one, and ${main} was taken as the main file: import one encounter at a time, its main file with the files it INCLUDEs`;
}

/**
 * Refuses a choice by its names and sizes alone, before anything is read. Several files
 * are the parts of one encounter, so they must all be `.ink`: a `.json` is a whole
 * compiled encounter, and importing several of them in one go would make several
 * answers, some added and some refused; the trainee imports those one at a time.
 */
function selectionRefusal(files: readonly { name: string; bytes: number }[]): LibraryCheck | undefined {
  if (files.length === 0) return refused('', 0, 'no file was chosen');
  const diagnostics = files.flatMap(({ name, bytes }) => {
    const refusal = refusalBeforeReading(name, bytes);
    if (refusal !== undefined && !refusal.ok) return refusal.diagnostics;
    if (files.length > 1 && extensionOf(name) === '.json') {
      return [error(name, 0, 'a .json file is a whole encounter: import it on its own, not with other files')];
    }
    return [];
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  if (files.length > 1 && total > MAX_IMPORT_BYTES) {
    return refused(
      files.map((file) => file.name).join(', '),
      0,
      `the files are too large together (${megabytes(total)} MB; at most ${megabytes(MAX_IMPORT_BYTES)} MB)`,
    );
  }
  return undefined;
}

/** Bytes that are not text, or not UTF-8, named with the file and the line. */
function textProblems(name: string, text: string): Diagnostic[] {
  if (text.includes('\u0000')) return [error(name, 0, 'this is not a text file')];
  const unreadable = text.indexOf('\ufffd');
  if (unreadable >= 0) {
    return [
      error(
        name,
        lineAt(text, unreadable),
        'a character could not be read: save the file as UTF-8 text (Inky and most editors do)',
      ),
    ];
  }
  return [];
}

function rank(order: readonly string[], path: string): number {
  const index = order.indexOf(path);
  return index < 0 ? -1 : index;
}

function refusalBeforeReading(name: string, bytes: number): LibraryCheck | undefined {
  const extension = extensionOf(name);
  if (extension !== '.ink' && extension !== '.json') {
    return refused(name, 0, 'only .ink files (ink source) and .json files (compiled ink) can be imported');
  }
  if (bytes > MAX_IMPORT_BYTES) {
    return refused(
      name,
      0,
      `the file is too large (${megabytes(bytes)} MB; at most ${megabytes(MAX_IMPORT_BYTES)} MB)`,
    );
  }
  return undefined;
}

/** A `.json` holding a library entry (`kind: 'bonne-distance/encounter'`): its ink JSON and source, checked again. */
function exportedEncounterOf(text: string): { json: string; source: string | null } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.kind !== LIBRARY_ENCOUNTER_KIND || typeof parsed.json !== 'string') return undefined;
  return { json: parsed.json, source: typeof parsed.source === 'string' ? parsed.source : null };
}

function refused(path: string, line: number, message: string): LibraryCheck {
  return { ok: false, diagnostics: [error(path, line, message)] };
}

function error(path: string, line: number, message: string): Diagnostic {
  return { severity: 'error', path, line, message };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Rounded up to a tenth, so a file just over the limit does not read as the limit. */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}

/** Inky and Windows editors start files with a byte order mark, which JSON.parse refuses. */
function withoutByteOrderMark(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** The library's listing: entries oldest first, and how many stored values could not be read. */
export interface LibraryListing {
  readonly encounters: LibraryEncounter[];
  /** Set aside, kept in the database, never deleted by the game. */
  readonly unreadable: number;
}

export interface UserLibrary {
  list(): Promise<LibraryListing>;
  /**
   * Keeps `encounter`, replacing the entry with the same id and language. Rejects with
   * `LibraryFullError` when the device is full (the library unchanged).
   */
  add(encounter: LibraryEncounter): Promise<void>;
  remove(id: string, lang: Language): Promise<void>;
}

/** The device has no room left for this encounter; nothing was written. */
export class LibraryFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the device has no room left for this encounter', options);
    this.name = 'LibraryFullError';
  }
}

/**
 * Reads a stored value back; undefined when it is not a library entry this version
 * can read (another version, a damaged value, a JSON that no longer matches its hash).
 */
export function readLibraryEncounter(value: unknown): LibraryEncounter | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind !== LIBRARY_ENCOUNTER_KIND || value.schemaVersion !== LIBRARY_SCHEMA_VERSION) return undefined;
  const { id, lang, title, header, json, source, contentHash, addedAt, origin, fileName } = value;
  if (typeof id !== 'string' || !id.startsWith(LIBRARY_ID_PREFIX) || !/^[a-z0-9-]+$/.test(id)) return undefined;
  if (typeof lang !== 'string' || !isOneOf(LANGUAGES, lang)) return undefined;
  if (typeof title !== 'string' || !isStoryHeader(header) || header.lang !== lang) return undefined;
  if (typeof json !== 'string' || typeof contentHash !== 'string' || hashText(json) !== contentHash) return undefined;
  if (source !== null && typeof source !== 'string') return undefined;
  if (typeof addedAt !== 'number' || !Number.isFinite(addedAt)) return undefined;
  if (origin !== 'studio' && origin !== 'import') return undefined;
  if (fileName !== null && typeof fileName !== 'string') return undefined;
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    kind: LIBRARY_ENCOUNTER_KIND,
    id,
    lang,
    title,
    header,
    json,
    source,
    contentHash,
    addedAt,
    origin,
    fileName,
  };
}

function isStoryHeader(value: unknown): value is StoryHeader {
  if (!isRecord(value)) return false;
  const { title, lang, setting, time, character, wariness, summary, duration, concepts, warnings } = value;
  return (
    typeof title === 'string' &&
    typeof lang === 'string' &&
    isOneOf(LANGUAGES, lang) &&
    (setting === undefined || (typeof setting === 'string' && isOneOf(SETTINGS, setting))) &&
    typeof time === 'string' &&
    typeof character === 'string' &&
    typeof wariness === 'number' &&
    Number.isInteger(wariness) &&
    wariness >= 1 &&
    wariness <= 5 &&
    typeof summary === 'string' &&
    (duration === undefined || (typeof duration === 'number' && duration > 0)) &&
    Array.isArray(concepts) &&
    concepts.every((concept) => typeof concept === 'string' && isOneOf(CONCEPTS, concept)) &&
    Array.isArray(warnings) &&
    warnings.every((warning) => typeof warning === 'string')
  );
}

/** The listing of raw stored values: the readable ones oldest first, the others counted. */
function listingOf(values: readonly unknown[]): LibraryListing {
  const encounters: LibraryEncounter[] = [];
  let unreadable = 0;
  for (const value of values) {
    const encounter = readLibraryEncounter(value);
    if (encounter === undefined) unreadable++;
    else encounters.push(encounter);
  }
  encounters.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang));
  return { encounters, unreadable };
}

/** For tests, and where IndexedDB is missing: the library lasts as long as the tab. */
export class MemoryUserLibrary implements UserLibrary {
  private readonly values = new Map<string, unknown>();

  async list(): Promise<LibraryListing> {
    return listingOf([...this.values.values()]);
  }

  async add(encounter: LibraryEncounter): Promise<void> {
    this.values.set(keyOf(encounter.id, encounter.lang), structuredClone(encounter));
  }

  async remove(id: string, lang: Language): Promise<void> {
    this.values.delete(keyOf(id, lang));
  }
}

function keyOf(id: string, lang: Language): string {
  return `${lang}/${id}`;
}

/** The library the app uses, and whether it outlives the tab. */
export interface OpenedUserLibrary {
  readonly library: UserLibrary;
  /** False when the library lives in memory only: it ends with the tab (the start screen says so). */
  readonly persistent: boolean;
}

/**
 * Opens the library in `indexedDB` (the browser's, possibly undefined; tests pass
 * fake-indexeddb). Never rejects: without IndexedDB, or when it refuses to open, the
 * library is kept in memory and `persistent` is false.
 */
export async function openUserLibrary(indexedDB: IDBFactory | undefined): Promise<OpenedUserLibrary> {
  if (indexedDB === undefined) return { library: new MemoryUserLibrary(), persistent: false };
  try {
    const database = await openLibraryDatabase(indexedDB);
    return { library: new IndexedDbUserLibrary(database), persistent: true };
  } catch {
    return { library: new MemoryUserLibrary(), persistent: false };
  }
}

/** Opens (creating or upgrading) the database; rejects when the browser refuses. */
export function openLibraryDatabase(indexedDB: IDBFactory): Promise<IDBDatabase> {
  return openVersionedDatabase(indexedDB, {
    name: LIBRARY_DATABASE,
    version: LIBRARY_DATABASE_VERSION,
    upgrade,
    what: LIBRARY_WHAT,
  });
}

/** Each version's step, from the version found on the device up to the current one. */
function upgrade(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    database.createObjectStore(ENCOUNTERS_STORE, { keyPath: ['id', 'lang'] });
  }
}

export class IndexedDbUserLibrary implements UserLibrary {
  private readonly database: IDBDatabase;

  /** Takes an open database (see `openLibraryDatabase`); `openUserLibrary` is the usual way in. */
  constructor(database: IDBDatabase) {
    this.database = database;
  }

  async list(): Promise<LibraryListing> {
    const transaction = this.database.transaction(ENCOUNTERS_STORE, 'readonly');
    const values: unknown[] = await requested(transaction.objectStore(ENCOUNTERS_STORE).getAll(), LIBRARY_WHAT);
    return listingOf(values);
  }

  async add(encounter: LibraryEncounter): Promise<void> {
    try {
      await this.write((store) => store.put(encounter));
    } catch (error) {
      if (isQuotaExceeded(error)) throw new LibraryFullError({ cause: error });
      throw error;
    }
  }

  async remove(id: string, lang: Language): Promise<void> {
    await this.write((store) => store.delete([id, lang]));
  }

  /** Closes the connection (tests reopening the database, as a reload would). */
  close(): void {
    this.database.close();
  }

  private write(change: (store: IDBObjectStore) => IDBRequest): Promise<void> {
    return writeTo(this.database, ENCOUNTERS_STORE, change, LIBRARY_WHAT);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
