import { describe, expect, it } from 'vitest';
import type { StoryReport } from '../../../src/authoring/story-report.ts';
import {
  type CheckResult,
  CompileClient,
  type CompileStatus,
  type WorkerLike,
} from '../../../src/authoring/studio/compile-client.ts';
import type { CompileOutcome, WorkerRequest, WorkerResponse } from '../../../src/authoring/studio/compile-protocol.ts';
import { FakeScheduler } from '../../ui/fake-scheduler.ts';

/** A worker that answers only when the test says so. */
class FakeWorker implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { readonly data: WorkerResponse }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;

  postMessage(message: WorkerRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last request as the real worker would after compiling it. */
  compiled(outcome: Partial<CompileOutcome> = {}): void {
    const request = this.received[this.received.length - 1];
    if (request === undefined) throw new Error('nothing to answer');
    this.onmessage?.({
      data: {
        type: 'compiled',
        id: request.id,
        outcome: { json: '{}', diagnostics: [], header: undefined, knots: [], ...outcome },
      },
    });
  }
}

function setUp() {
  const scheduler = new FakeScheduler();
  const workers: FakeWorker[] = [];
  const statuses: CompileStatus[] = [];
  const client = new CompileClient({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    scheduler,
    pathOf: () => 'stories/fr/essai.ink',
    onStatus: (status) => statuses.push(status),
    debounceMs: 400,
    compileTimeoutMs: 5000,
    checkTimeoutMs: 60_000,
  });
  const sources = (): string[] =>
    workers
      .flatMap((worker) => worker.received)
      .flatMap((request) => (request.type === 'compile' ? [request.source] : []));
  return { scheduler, workers, statuses, client, sources };
}

const kinds = (statuses: readonly CompileStatus[]): string[] => statuses.map((status) => status.kind);

describe('compiling as the trainer types', () => {
  it('waits for a pause in typing, then compiles the latest text once', () => {
    const { scheduler, client, sources, statuses } = setUp();

    client.update('B');
    scheduler.advance(200);
    client.update('Bo');
    scheduler.advance(200);
    client.update('Bon');
    scheduler.advance(399);
    expect(sources()).toEqual([]);

    scheduler.advance(1);
    expect(sources()).toEqual(['Bon']);
    expect(kinds(statuses)).toEqual(['waiting', 'waiting', 'waiting', 'compiling']);
  });

  it('reports the outcome of the latest text', () => {
    const { scheduler, client, workers, statuses } = setUp();
    client.update('Bonjour');
    scheduler.advance(400);

    workers[0]?.compiled({ knots: ['start'] });

    const last = statuses[statuses.length - 1];
    expect(last).toMatchObject({ kind: 'compiled', source: 'Bonjour', outcome: { knots: ['start'] } });
  });

  it('runs one compile at a time and sends the newest text when the current one is answered', () => {
    const { scheduler, client, workers, sources, statuses } = setUp();
    client.update('v1');
    scheduler.advance(400);
    client.update('v2');
    scheduler.advance(400);
    client.update('v3');
    scheduler.advance(400);
    expect(sources()).toEqual(['v1']);

    workers[0]?.compiled();
    // The answer for v1 is out of date: it is not shown, and v3 (not v2) goes next.
    expect(statuses.some((status) => status.kind === 'compiled')).toBe(false);
    expect(sources()).toEqual(['v1', 'v3']);

    workers[0]?.compiled();
    expect(statuses[statuses.length - 1]).toMatchObject({ kind: 'compiled', source: 'v3' });
  });

  it('does not compile the same text twice', () => {
    const { scheduler, client, workers, sources } = setUp();
    client.update('Bonjour');
    scheduler.advance(400);
    workers[0]?.compiled();
    client.update('Bonjour');
    scheduler.advance(400);

    expect(sources()).toEqual(['Bonjour']);
  });
});

describe('a compile that runs away', () => {
  it('stops the worker after the time limit, says so, and compiles the next change in a fresh worker', () => {
    const { scheduler, client, workers, statuses, sources } = setUp();
    client.update('-> loop');
    scheduler.advance(400);

    scheduler.advance(4999);
    expect(workers[0]?.terminated).toBe(false);
    scheduler.advance(1);

    expect(workers[0]?.terminated).toBe(true);
    expect(statuses[statuses.length - 1]).toEqual({ kind: 'timedOut', seconds: 5 });

    client.update('-> start');
    scheduler.advance(400);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received.map((request) => request.type)).toEqual(['compile']);
    workers[1]?.compiled();
    expect(statuses[statuses.length - 1]).toMatchObject({ kind: 'compiled', source: '-> start' });
    expect(sources()).toEqual(['-> loop', '-> start']);
  });

  it('does not send the text that ran away again until it changes', () => {
    const { scheduler, client, workers } = setUp();
    client.update('-> loop');
    scheduler.advance(400 + 5000);

    client.update('-> loop');
    scheduler.advance(400);

    expect(workers).toHaveLength(1);
  });

  it('ignores a late answer from the worker it stopped', () => {
    const { scheduler, client, workers, statuses } = setUp();
    client.update('slow');
    scheduler.advance(400 + 5000);
    const stopped = workers[0] as FakeWorker;

    stopped.terminated = false;
    stopped.compiled();

    expect(statuses.some((status) => status.kind === 'compiled')).toBe(false);
  });

  it('reports a worker that fails to load, and starts a new one for the next change', () => {
    const { scheduler, client, workers, statuses } = setUp();
    client.update('Bonjour');
    scheduler.advance(400);

    workers[0]?.onerror?.({ message: 'failed to load the compiler' });

    expect(statuses[statuses.length - 1]).toEqual({ kind: 'failed', message: 'failed to load the compiler' });
    client.update('Bonsoir');
    scheduler.advance(400);
    expect(workers).toHaveLength(2);
  });
});

describe('compiling on demand', () => {
  it('compiles at once, without the debounce, and resolves with the outcome', async () => {
    const { client, workers, sources } = setUp();

    const outcome = client.compileNow('Bonjour');
    expect(sources()).toEqual(['Bonjour']);
    workers[0]?.compiled({ json: '{"root":[]}' });

    expect((await outcome)?.json).toBe('{"root":[]}');
  });

  it('answers at once when the text has just compiled', async () => {
    const { scheduler, client, workers, sources } = setUp();
    client.update('Bonjour');
    scheduler.advance(400);
    workers[0]?.compiled({ json: 'x' });

    expect((await client.compileNow('Bonjour'))?.json).toBe('x');
    expect(sources()).toEqual(['Bonjour']);
  });

  it('resolves undefined when the compile runs away', async () => {
    const { scheduler, client } = setUp();

    const outcome = client.compileNow('-> loop');
    scheduler.advance(5000);

    expect(await outcome).toBeUndefined();
  });
});

const REPORT: StoryReport = {
  path: 'stories/fr/essai.ink',
  diagnostics: [],
  deadEnds: [],
  unended: [],
  unreachable: [],
  coverage: undefined,
  canBreak: true,
  canKeep: true,
  bestPath: undefined,
  runtimeErrors: [],
};

describe('checking every branch', () => {
  it('runs in a worker of its own, so compiling goes on meanwhile', async () => {
    const { scheduler, client, workers, sources } = setUp();

    const check = client.startCheck('Bonjour');
    client.update('Bonjour !');
    scheduler.advance(400);

    expect(workers).toHaveLength(2);
    expect(workers[0]?.received.map((request) => request.type)).toEqual(['check']);
    expect(sources()).toEqual(['Bonjour !']);
    const checkWorker = workers[0] as FakeWorker;
    checkWorker.onmessage?.({ data: { type: 'checked', id: checkWorker.received[0]?.id ?? 0, report: REPORT } });
    expect(await check.result).toEqual({ kind: 'checked', source: 'Bonjour', report: REPORT });
    expect(checkWorker.terminated).toBe(true);
  });

  it('can be cancelled: the worker stops at once', async () => {
    const { client, workers } = setUp();

    const check = client.startCheck('Bonjour');
    check.cancel();

    expect(await check.result).toEqual<CheckResult>({ kind: 'cancelled' });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('stops after its own time limit', async () => {
    const { scheduler, client, workers } = setUp();

    const check = client.startCheck('Bonjour');
    scheduler.advance(60_000);

    expect(await check.result).toEqual<CheckResult>({ kind: 'timedOut', seconds: 60 });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('says why when the worker cannot check', async () => {
    const { client, workers } = setUp();

    const check = client.startCheck('Bonjour');
    const worker = workers[0] as FakeWorker;
    worker.onmessage?.({ data: { type: 'failed', id: worker.received[0]?.id ?? 0, message: 'no checker' } });

    expect(await check.result).toEqual<CheckResult>({ kind: 'failed', message: 'no checker' });
  });
});

describe('closing the studio', () => {
  it('stops the workers and the timers', async () => {
    const { scheduler, client, workers } = setUp();
    client.update('Bonjour');
    scheduler.advance(400);
    const check = client.startCheck('Bonjour');
    client.update('Bonjour !');

    client.dispose();

    expect(workers.every((worker) => worker.terminated)).toBe(true);
    expect((await check.result).kind).toBe('cancelled');
    expect(scheduler.pending).toBe(0);
  });
});
