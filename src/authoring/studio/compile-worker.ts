/**
 * The studio's compile worker: ink's compiler (`inkjs/full`), the contract's lint and
 * the story checker run here, off the page, so typing never waits for them. A compile
 * or a check that runs away is not this file's concern: the page terminates the worker
 * after its time limit and starts another (compile-client.ts).
 */
import { dedupeDiagnostics } from '../../engine/index.ts';
import { compileInk } from '../compile-ink.ts';
import { withMissingIncludeAdvice } from '../inline-includes.ts';
import { lintSoundIds } from '../sound-lint.ts';
import { startableKnots, type WorkerRequest, type WorkerResponse } from './compile-protocol.ts';

/** What the worker uses of its global scope (the app's type-check has the DOM's, not a worker's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { readonly data: WorkerRequest }) => void): void;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  void answer(event.data).then((response) => scope.postMessage(response));
});

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  const readFile = (wanted: string): string => {
    if (wanted === request.path) return request.source;
    // A draft is one file: the files it INCLUDEs were joined into it when it was opened
    // (inline-includes.ts). An INCLUDE left names a file not opened with it.
    throw new Error(`${wanted} was not opened with the main file`);
  };
  try {
    if (request.type === 'compile') {
      const result = compileInk(request.path, readFile);
      // Unknown sound ids are warnings with a suggestion, so the Problems list offers the
      // quick fix; without them the studio says "no problem" where the checker does not.
      const diagnostics = dedupeDiagnostics([
        ...result.diagnostics,
        ...lintSoundIds(request.path, request.source),
      ]).sort((a, b) => a.line - b.line);
      return {
        type: 'compiled',
        id: request.id,
        outcome: {
          json: result.json,
          // Said so the trainer knows what to do: open that file together with the main one.
          diagnostics: diagnostics.map(withMissingIncludeAdvice),
          header: result.header,
          knots: startableKnots(request.source),
        },
      };
    }
    // Loaded on the first check only: compiling as one types never needs it.
    const { checkStory } = await import('../story-checker.ts');
    const report = await checkStory({ mainPath: request.path, readFile });
    return { type: 'checked', id: request.id, report };
  } catch (error) {
    return { type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
}
