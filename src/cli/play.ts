/**
 * `npm run play -- <story.ink | story.json>`: plays an encounter in a terminal, for an
 * author trying a scene and for tests driving one. Interactive in a terminal; with
 * `--choose` and `--auto` it plays by itself, and `--json` prints the session record.
 * Exit codes: 0 once the encounter ends (whatever its outcome), 1 when the story does
 * not compile or fails at run time, 2 for bad arguments.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileInk } from '../authoring/compile-ink.ts';
import { formatPlan } from '../authoring/encounter-plan.ts';
import {
  type Clock,
  type CompiledStory,
  createRandom,
  EncounterRunner,
  formatDiagnostic,
  isOneOf,
  LANGUAGES,
  type Language,
  nearestCandidate,
  type PresentedChoice,
  type Presenter,
  pickIndex,
  ScriptedPresenter,
  type SessionRecord,
  StoryRuntimeError,
} from '../engine/index.ts';
import { createLineReader } from './line-reader.ts';
import { RevealReporter } from './reveal-reporter.ts';
import { type LineReader, TerminalPresenter, type Writer } from './terminal-presenter.ts';
import { endLine, terminalWords } from './terminal-words.ts';

export const PLAY_USAGE = `Usage: npm run play -- <story.ink | story.json> [options]

Plays an encounter in the terminal. A .ink story is compiled first (INCLUDEs work);
a .json file is read as ink's compiled story.

Options:
  --seed N        ink's random seed, a whole number (default: drawn from the clock)
  --choose 2,1,3  make these choices in order (1-based), then stop
  --auto          once the --choose list runs out, choose at random (same seed, same picks)
  --reveal        show the hidden trust, its band, the safety and every rush after each choice
  --json          print only the session record, as JSON
  --plan          print only the path played as an encounter plan, to keep under
                  test/encounters/ as a test (see stories/README.md)
  --help          show this text

Without --choose or --auto, and with a terminal on stdin, you choose by typing a
number; Ctrl-D or Ctrl-C quits.
Exit codes: 0 the encounter ended, 1 the story does not compile or failed while
running, 2 bad arguments or not enough choices.
`;

export interface PlayOptions {
  /** The story file, as given: it names the story in every message. */
  readonly path: string;
  /** ink's seed; undefined to draw one from the clock. */
  readonly seed: number | undefined;
  /** Choices to make in order, 1-based as typed. */
  readonly choose: readonly number[];
  readonly auto: boolean;
  readonly reveal: boolean;
  readonly json: boolean;
  /** Print the path played as an encounter plan instead of the lines. */
  readonly plan: boolean;
}

export type PlayArguments =
  | { readonly kind: 'play'; readonly options: PlayOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const FLAGS = ['--seed', '--choose', '--auto', '--reveal', '--json', '--plan', '--help'] as const;

/** Reads the command line (without `node` and the script). Never throws: a mistake is `kind: 'error'`. */
export function parsePlayArguments(argv: readonly string[]): PlayArguments {
  const paths: string[] = [];
  let seed: number | undefined;
  let choose: number[] = [];
  let auto = false;
  let reveal = false;
  let json = false;
  let plan = false;
  let onlyPaths = false;

  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (onlyPaths || !argument.startsWith('-') || argument === '-') {
      paths.push(argument);
      continue;
    }
    if (argument === '--') {
      onlyPaths = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const flag = equals < 0 ? argument : argument.slice(0, equals);
    const inline = equals < 0 ? undefined : argument.slice(equals + 1);
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      index++;
      return argv[index];
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--auto':
      case '--reveal':
      case '--json':
      case '--plan':
        if (inline !== undefined) return error(`${flag} takes no value`);
        if (flag === '--auto') auto = true;
        else if (flag === '--reveal') reveal = true;
        else if (flag === '--plan') plan = true;
        else json = true;
        break;
      case '--seed': {
        const text = value();
        if (text === undefined) return error('--seed needs a whole number');
        const number = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
        if (!Number.isSafeInteger(number)) return error(`--seed ${text}: the seed must be a whole number`);
        seed = number;
        break;
      }
      case '--choose': {
        const text = value();
        if (text === undefined) return error('--choose needs a list of choices such as 2,1,3');
        const parts = text.split(',').map((part) => part.trim());
        const bad = parts.find((part) => !/^\d+$/.test(part) || Number(part) < 1);
        if (bad !== undefined) {
          return error(`--choose ${text}: '${bad}' is not a choice number (choices count from 1, as in 2,1,3)`);
        }
        choose = parts.map(Number);
        break;
      }
      default: {
        const nearest = nearestCandidate(flag, FLAGS);
        return error(`unknown option '${flag}'${nearest === undefined ? '' : `, did you mean '${nearest}'?`}`);
      }
    }
  }

  const [path, ...extra] = paths;
  if (path === undefined || path === '') return error('which story? give a .ink or .json file');
  if (extra.length > 0) return error(`one story at a time (also given: ${extra.join(' ')})`);
  if (!['.ink', '.json'].includes(extname(path)))
    return error(`${path}: expected a .ink story or a compiled .json story`);
  if (json && plan) return error('--json and --plan both print to stdout: choose one');
  return { kind: 'play', options: { path, seed, choose, auto, reveal, json, plan } };
}

function error(message: string): PlayArguments {
  return { kind: 'error', message };
}

/** What `runPlay` talks to; the command passes the process's, tests their own. */
export interface PlayIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** Whether a person types on stdin: the encounter is then interactive unless scripted. */
  readonly stdinIsTTY: boolean;
  /** Opens the reader of typed answers, when a choice has to be asked; default: readline on the process. */
  readonly openInput?: () => LineReader;
  /** Reads a story file as text; default: the file system. Throws when there is no such file. */
  readonly readFile?: (path: string) => string;
  /** The wall clock: the runner's and the default seed's. */
  readonly clock?: Clock;
  /** Dims stage directions with ANSI codes. */
  readonly color?: boolean;
  /** ink's time budget per line (see `EncounterRunnerOptions`); tests shorten it. */
  readonly timeBudget?: { readonly sliceMs: number; readonly maxSlices: number };
}

/** Plays the story the arguments name; resolves with the process's exit code. */
export async function runPlay(argv: readonly string[], io: PlayIo): Promise<number> {
  const parsed = parsePlayArguments(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(PLAY_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`play: ${parsed.message}\n\n${PLAY_USAGE}`);
    return 2;
  }
  const options = parsed.options;
  const printError = (message: string): void => io.stderr.write(`${message}\n`);

  const loaded = loadStory(options.path, io.readFile ?? readTextFile, printError);
  if (loaded === undefined) return 1;
  const { story, reported } = loaded;

  const clock = io.clock ?? { now: () => Date.now() };
  // The one place the wall clock picks a seed; it is recorded, so the session replays.
  const seed = options.seed ?? Math.floor(clock.now()) % 2_147_483_647;
  // Both print a document to stdout, so nothing else may be printed there.
  const quiet = options.json || options.plan;
  const interactive = io.stdinIsTTY && !options.auto && !quiet;
  const random = createRandom(seed);

  let runner: EncounterRunner | undefined;
  let quit = false;
  let neededChoice: readonly PresentedChoice[] | undefined;
  let choiceOutOfRange: { readonly choice: number; readonly offered: number } | undefined;

  const whenOutOfChoices = (choices: readonly PresentedChoice[]): number | undefined => {
    if (options.auto) return pickIndex(random, choices.length);
    // Interactive: abstain, and the terminal asks the player.
    if (interactive) return undefined;
    neededChoice = choices;
    runner?.stop();
    return undefined;
  };
  const scripted = new ScriptedPresenter(
    options.choose.map((choice) => choice - 1),
    whenOutOfChoices,
  );
  // A --choose number beyond the choices offered is the caller's mistake, not the story's.
  const checkedScript: Presenter = {
    presentLine: (line) => scripted.presentLine(line),
    presentChoices: (choices, cancelled) => {
      const next = scripted.unusedChoices[0];
      if (next !== undefined && next >= choices.length) {
        choiceOutOfRange = { choice: next + 1, offered: choices.length };
        runner?.stop();
        return Promise.resolve(undefined);
      }
      return scripted.presentChoices(choices, cancelled);
    },
  };

  let reader: LineReader | undefined;
  const openInput = io.openInput ?? (() => createLineReader(process.stdin, process.stdout));
  const input: LineReader = {
    ask: (prompt) => {
      reader ??= openInput();
      return reader.ask(prompt);
    },
    close: () => reader?.close(),
  };
  const terminal = quiet
    ? undefined
    : new TerminalPresenter({
        output: io.stdout,
        color: io.color ?? false,
        ...(interactive
          ? {
              input,
              onQuit: () => {
                quit = true;
                runner?.stop();
              },
            }
          : {}),
      });

  const language = languageOfFolder(options.path);
  try {
    runner = new EncounterRunner({
      story,
      presenters: terminal === undefined ? [checkedScript] : [terminal, checkedScript],
      clock,
      seed,
      ...(language === undefined ? {} : { fallbackLanguage: language }),
      ...(io.timeBudget ?? {}),
    });
  } catch (failure) {
    if (!(failure instanceof StoryRuntimeError)) throw failure;
    printError(failure.message);
    return 1;
  }

  const words = terminalWords(runner.header.lang);
  runner.playerEvents.on('storyWarning', (event) => {
    const warning = asWarning(event.message, story.path, reported);
    if (warning !== undefined) printError(warning);
  });
  if (terminal !== undefined) runner.playerEvents.on('choiceMade', (event) => terminal.noteChoice(event.index));
  const reveal =
    options.reveal && !quiet
      ? new RevealReporter({
          output: io.stdout,
          words,
          wariness: runner.header.wariness,
          seed,
          color: io.color ?? false,
        })
      : undefined;
  reveal?.listen(runner.sessionEvents);

  let record: SessionRecord;
  try {
    record = await runner.run();
  } finally {
    input.close();
  }

  if (options.json) io.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  if (options.plan) io.stdout.write(formatPlan(options.path, seed, scripted.transcript, record, runner.header.title));
  const made = record.choices.length;
  if (choiceOutOfRange !== undefined) {
    printError(
      `${story.path}: --choose: choice ${made + 1} is ${choiceOutOfRange.choice}, but only ${choiceOutOfRange.offered} choices were offered`,
    );
    return 2;
  }
  if (neededChoice !== undefined) {
    const offered = neededChoice.map((choice) => `  ${choice.index + 1}. ${choice.text}`).join('\n');
    printError(
      `${story.path}: needs a choice after ${made} ${plural(made, 'choice')}:\n${offered}\nadd more to --choose or use --auto`,
    );
    return 2;
  }
  if (record.failure !== null) {
    printError(record.failure);
    return 1;
  }
  if (record.outcome === null || quit) {
    if (!quiet) io.stdout.write(`\n— ${words.stopped}\n`);
    return 0;
  }
  const unused = scripted.unusedChoices;
  if (unused.length > 0) {
    printError(
      `${story.path}: the encounter ended after ${made} ${plural(made, 'choice')}; ` +
        `${plural(unused.length, 'choice')} ${unused.map((choice) => choice + 1).join(',')} ${unused.length === 1 ? 'was' : 'were'} not used`,
    );
  }
  if (!quiet) {
    const standing = reveal === undefined ? '' : ` · ${reveal.standing}`;
    io.stdout.write(`\n${endLine(record.outcome.status, words)}${standing}\n`);
  }
  return 0;
}

/**
 * Compiles a .ink or reads a compiled .json, printing what is wrong; undefined when it
 * cannot be played. `reported` holds the messages of the compiler's diagnostics.
 */
function loadStory(
  path: string,
  readFile: (path: string) => string,
  printError: (message: string) => void,
): { story: CompiledStory; reported: readonly string[] } | undefined {
  const id = basename(path, extname(path));
  if (extname(path) === '.ink') {
    const compiled = compileInk(path, readFile);
    for (const diagnostic of compiled.diagnostics) printError(formatDiagnostic(diagnostic));
    if (compiled.json === undefined) return undefined;
    return { story: { id, path, json: compiled.json }, reported: compiled.diagnostics.map((known) => known.message) };
  }
  let text: string;
  try {
    text = readFile(path);
  } catch (failure) {
    printError(`${path}: cannot read the file (${messageOf(failure)})`);
    return undefined;
  }
  // Inky and inklecate write a byte-order mark before the JSON.
  const json = text.replace(/^\uFEFF/, '');
  try {
    JSON.parse(json);
  } catch (failure) {
    printError(`${path}: not valid JSON (${messageOf(failure)})`);
    return undefined;
  }
  return { story: { id, path, json }, reported: [] };
}

/** Reads a file, with a short reason a person understands when it cannot. */
function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (failure) {
    const code = (failure as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error('no such file');
    if (code === 'EISDIR') throw new Error('it is a folder');
    if (code === 'EACCES') throw new Error('permission denied');
    throw failure;
  }
}

/** `stories/fr/x.ink` is French unless its header says otherwise. */
function languageOfFolder(path: string): Language | undefined {
  const folder = basename(dirname(path));
  return isOneOf(LANGUAGES, folder) ? folder : undefined;
}

/**
 * The runner's warnings read `path: message`; printed like the compiler's,
 * `path: warning: message`. Undefined for one the compiler already reported with its
 * line (an unknown tag, a missing header tag: both find them, worded a little apart).
 */
function asWarning(message: string, path: string, reported: readonly string[]): string | undefined {
  const prefix = `${path}: `;
  if (!message.startsWith(prefix)) return `warning: ${message}`;
  const text = message.slice(prefix.length);
  if (reported.some((known) => text.startsWith(known) || known.startsWith(text))) return undefined;
  return `${prefix}warning: ${text}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function messageOf(failure: unknown): string {
  return failure instanceof Error ? failure.message : String(failure);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await runPlay(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: process.stdin.isTTY === true,
    color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  });
}
