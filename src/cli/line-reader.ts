/**
 * Reads the player's answers from a terminal with Node's readline. Lines typed ahead
 * are queued, not lost; Ctrl-D and Ctrl-C end the input, which the player sees as
 * quitting the encounter.
 */
import { createInterface } from 'node:readline';
import type { LineReader } from './terminal-presenter.ts';

export function createLineReader(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): LineReader {
  const readline = createInterface({ input, output });
  const typedAhead: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = false;

  readline.on('line', (line) => {
    if (waiting === undefined) {
      typedAhead.push(line);
      return;
    }
    const answer = waiting;
    waiting = undefined;
    answer(line);
  });
  readline.on('close', () => {
    closed = true;
    waiting?.(undefined);
    waiting = undefined;
  });
  // Without a listener readline only pauses on Ctrl-C; quitting is what a player means.
  readline.on('SIGINT', () => readline.close());

  return {
    ask(prompt: string): Promise<string | undefined> {
      const queued = typedAhead.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      if (closed) return Promise.resolve(undefined);
      readline.setPrompt(prompt);
      readline.prompt();
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    close(): void {
      readline.close();
    },
  };
}
