import { fileURLToPath } from 'node:url';
import { build, createLogger, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/ink-build/${name}/`, import.meta.url));

// Strings that exist only in inkjs's compiler (`inkjs/full`), never in its runtime.
const COMPILER_ONLY = ['filename for include statement', 'Recursive INCLUDE', 'InkParser'];

interface BuildOutcome {
  /** Every chunk's code. */
  readonly code: string;
  /** The entry chunk's code: what a page downloads first. */
  readonly entry: string;
  readonly warnings: string[];
}

/** Builds a fixture in memory with the ink plugin alone, as `vite build` would. */
async function buildFixture(name: string): Promise<BuildOutcome> {
  const root = fixture(name);
  const warnings: string[] = [];
  const logger = createLogger('silent');
  logger.warn = (message) => warnings.push(message);
  const output = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [inkPlugin()],
    build: { write: false, minify: true, target: 'es2022', rolldownOptions: { input: `${root}entry.js` } },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((result) => result.output).flatMap((file) => (file.type === 'chunk' ? [file] : []));
  const code = chunks.map((chunk) => chunk.code).join('\n');
  const entry = chunks.find((chunk) => chunk.isEntry)?.code ?? '';
  return { code, entry, warnings };
}

/** A Vite hook may be a function or `{ handler }`. */
function handlerOf<Handler>(hook: Handler | { handler: Handler } | undefined): Handler | undefined {
  return typeof hook === 'object' && hook !== null && 'handler' in hook ? hook.handler : hook;
}

function fail(message: string): never {
  throw new Error(message);
}

describe('inkPlugin', () => {
  it('bundles a story compiled at build time, with the runtime and without the compiler', async () => {
    const { code } = await buildFixture('good');

    expect(code).toContain('Bonsoir, dit-elle sans lever les yeux.');
    expect(code).toContain('Bonsoir de test');
    for (const compilerString of COMPILER_ONLY) expect(code).not.toContain(compilerString);
  });

  it('passes each warning on once, as path:line: message', async () => {
    const { warnings } = await buildFixture('good');
    const choiceWarnings = warnings.filter((warning) =>
      warning.includes('stories/fr/bonsoir.ink:12: warning: choice without an act'),
    );

    expect(choiceWarnings).toHaveLength(1);
  });

  it('watches the INCLUDEd files, so editing a scene rebuilds its story', async () => {
    // Rolldown has no `getWatchFiles`, so the hooks are called with a context that records.
    const root = fixture('good');
    const watched: string[] = [];
    const context = { addWatchFile: (file: string) => watched.push(file), warn: () => {}, error: fail };
    const plugin = inkPlugin();
    await handlerOf(plugin.configResolved)?.call(context as never, { root } as never);
    await handlerOf(plugin.load)?.call(context as never, `${root}stories/fr/bonsoir.ink`);

    expect(watched).toEqual([`${root}stories/fr/scenes/fin.ink`]);
  });

  it('fails the build with every error as path:line: message, each once', async () => {
    const failure = await buildFixture('broken').then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );

    expect(failure).toContain("stories/fr/casse.ink:4: Divert target not found: '-> nulle_part'");
    expect(failure).toContain("stories/fr/bout.ink:2: Divert target not found: '-> nulle_part_ailleurs'");
    expect(failure?.split('stories/fr/bout.ink:2:')).toHaveLength(2);
  });

  it('lists every story in the catalogue by its header, and leaves each story to a chunk of its own', async () => {
    const { code, entry } = await buildFixture('catalogue');
    expect(entry).toContain('Premier bonjour');
    expect(entry).toContain('First Hello');
    // The dialogue itself is fetched only when the encounter is played.
    expect(entry).not.toContain('Rue Ontario');
    expect(entry).not.toContain('Ontario Street');
    expect(code).toContain('Rue Ontario');
  });
});
