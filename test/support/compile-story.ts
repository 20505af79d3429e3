/**
 * Compiles ink written inline in a test into the `CompiledStory` a runner plays.
 * Fails the test with every diagnostic when the ink has an error.
 */
import { Compiler, CompilerOptions } from 'inkjs/full';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { type CompiledStory, type Diagnostic, formatDiagnostic } from '../../src/engine/index.ts';

export function compileStory(
  source: string,
  id = 'test-story',
  extraFiles: Record<string, string> = {},
): CompiledStory {
  const path = `stories/fr/${id}.ink`;
  const files: Record<string, string> = { [path]: source };
  for (const [name, text] of Object.entries(extraFiles)) files[`stories/fr/${name}`] = text;
  const result = compileInk(path, (file) => {
    const text = files[file];
    if (text === undefined) throw new Error(`no such file ${file}`);
    return text;
  });
  if (result.json === undefined) {
    throw new Error(`story did not compile:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  }
  return { id, path, json: result.json };
}

export function diagnosticsOf(source: string, id = 'test-story'): Diagnostic[] {
  const path = `stories/fr/${id}.ink`;
  return compileInk(path, (file) => {
    if (file !== path) throw new Error(`no such file ${file}`);
    return source;
  }).diagnostics;
}

/**
 * Compiles with ink's compiler alone, skipping the contract's lint: how a file made
 * with another tool (Inky, inklecate) reaches the simulator.
 */
export function compileWithInkOnly(source: string, id = 'test-story'): CompiledStory {
  const errors: string[] = [];
  const options = new CompilerOptions(id, [], false, (message: string) => errors.push(message), {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: () => '',
  });
  const story = new Compiler(source, options).Compile();
  if (errors.some((message) => message.startsWith('ERROR'))) throw new Error(errors.join('\n'));
  return { id, path: `imports/${id}.json`, json: story.ToJson() ?? '' };
}
