import { fileURLToPath } from 'node:url';
import { build, createLogger, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../src/build/vite-plugin-ink.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Strings that exist only in inkjs's compiler (`inkjs/full`), never in its runtime.
const COMPILER_ONLY = ['filename for include statement', 'Recursive INCLUDE', 'InkParser'];

type Chunk = Rolldown.OutputChunk;

/** Builds the game's entry in memory, as `vite build` would, with the real stories. */
async function buildGame(): Promise<Chunk[]> {
  const output = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    customLogger: createLogger('silent'),
    plugins: [inkPlugin()],
    // Unminified is quicker, and the compiler's strings are there either way.
    build: { write: false, minify: false, target: 'es2022', rolldownOptions: { input: `${ROOT}src/app/main.ts` } },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((result) => result.output).flatMap((file) => (file.type === 'chunk' ? [file] : []));
}

/** The entry and every chunk it imports statically: what a page downloads before anything is asked for. */
function loadedWithTheEntry(chunks: readonly Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Map<string, Chunk>();
  const visit = (chunk: Chunk | undefined): void => {
    if (chunk === undefined || loaded.has(chunk.fileName)) return;
    loaded.set(chunk.fileName, chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(chunks.find((chunk) => chunk.isEntry));
  return [...loaded.values()];
}

const hasCompiler = (chunk: Chunk): boolean => COMPILER_ONLY.some((text) => chunk.code.includes(text));

describe('the game bundle', () => {
  it('loads ink’s compiler only when a .ink file is imported: a lazy chunk, never with the start screen', async () => {
    const chunks = await buildGame();
    const atStart = loadedWithTheEntry(chunks);

    expect(atStart.length).toBeGreaterThan(0);
    expect(atStart.filter(hasCompiler).map((chunk) => chunk.fileName)).toEqual([]);
    const compiler = chunks.filter(hasCompiler);
    expect(compiler.length).toBeGreaterThan(0);
    // Reached by a dynamic import from the game's own code.
    const lazilyImported = new Set(chunks.flatMap((chunk) => chunk.dynamicImports));
    expect(compiler.some((chunk) => lazilyImported.has(chunk.fileName))).toBe(true);
  }, 60_000);
});
