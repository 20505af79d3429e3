/**
 * The page's side of the compile worker. It compiles as the trainer types, once typing
 * pauses (debounced), one compile at a time and always the latest text; and it never
 * lets a compile or a check that runs away freeze anything: past its time limit the
 * worker is terminated (the only way to stop a computation in a worker) and a fresh one
 * takes the next request.
 *
 * The worker and the timers are injected, so the debounce and the time limits are
 * tested with a fake worker and a fake scheduler.
 */
import type { StoryReport } from '../story-report.ts';
import type { CompileOutcome, WorkerRequest, WorkerResponse } from './compile-protocol.ts';

/** The little of `Worker` the client uses. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: { readonly data: WorkerResponse }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
}

/** Timers, injected (STYLE.md, seam 5). */
export interface StudioScheduler {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Where compiling stands, for the status line and the panels. */
export type CompileStatus =
  /** The text changed and will compile when typing pauses. */
  | { readonly kind: 'waiting' }
  | { readonly kind: 'compiling' }
  /** The latest text compiled (with or without errors: see the outcome). */
  | { readonly kind: 'compiled'; readonly source: string; readonly outcome: CompileOutcome }
  /** The compile ran past the time limit and was stopped. */
  | { readonly kind: 'timedOut'; readonly seconds: number }
  /** The worker failed (it could not load, or threw): said in words. */
  | { readonly kind: 'failed'; readonly message: string };

export type CheckResult =
  | { readonly kind: 'checked'; readonly source: string; readonly report: StoryReport }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'timedOut'; readonly seconds: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface RunningCheck {
  readonly result: Promise<CheckResult>;
  /** Stops the check now (its worker is terminated); `result` resolves `cancelled`. */
  cancel(): void;
}

export interface CompileClientOptions {
  readonly createWorker: () => WorkerLike;
  readonly scheduler: StudioScheduler;
  /** The file's path for the compiler, read at each request (it follows the story's title and language). */
  readonly pathOf: (source: string) => string;
  readonly onStatus: (status: CompileStatus) => void;
  /** Quiet time after the last change before compiling. */
  readonly debounceMs?: number;
  /** Longest a compile may take before its worker is stopped. */
  readonly compileTimeoutMs?: number;
  /** Longest a check of every branch may take. */
  readonly checkTimeoutMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 400;
// A 3,000-line story compiles in about a second on a slow laptop; ten times that is a runaway.
export const DEFAULT_COMPILE_TIMEOUT_MS = 10_000;
export const DEFAULT_CHECK_TIMEOUT_MS = 120_000;

interface InFlight {
  readonly id: number;
  readonly source: string;
  readonly timer: unknown;
}

export class CompileClient {
  private readonly options: CompileClientOptions;
  private readonly debounceMs: number;
  private readonly compileTimeoutMs: number;
  private readonly checkTimeoutMs: number;
  private worker: WorkerLike | undefined;
  private latest: string | undefined;
  private latestId = 0;
  private checkId = 0;
  private debounce: unknown;
  private inFlight: InFlight | undefined;
  /** The last text compiled to an outcome, so asking again for it needs no work. */
  private done: { id: number; source: string; outcome: CompileOutcome } | undefined;
  /** A text that ran past the time limit: not sent again until it changes. */
  private runaway: string | undefined;
  private waiters: { id: number; resolve: (outcome: CompileOutcome | undefined) => void }[] = [];
  private check: { worker: WorkerLike; finish: (result: CheckResult) => void } | undefined;
  private disposed = false;

  constructor(options: CompileClientOptions) {
    this.options = options;
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.compileTimeoutMs = options.compileTimeoutMs ?? DEFAULT_COMPILE_TIMEOUT_MS;
    this.checkTimeoutMs = options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  }

  /** The text changed: it compiles once nothing has changed for the debounce time. */
  update(source: string): void {
    if (this.disposed) return;
    this.setLatest(source);
    this.options.scheduler.clearTimeout(this.debounce);
    this.debounce = this.options.scheduler.setTimeout(() => {
      this.debounce = undefined;
      this.sendLatest();
    }, this.debounceMs);
    this.options.onStatus({ kind: 'waiting' });
  }

  /**
   * Compiles `source` without waiting for a pause (export, "add to my library").
   * Resolves with its outcome, or undefined when it ran past the time limit, the
   * worker failed, or the client was disposed.
   */
  compileNow(source: string): Promise<CompileOutcome | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    if (this.done?.source === source && this.latest === source) return Promise.resolve(this.done.outcome);
    this.setLatest(source);
    this.options.scheduler.clearTimeout(this.debounce);
    this.debounce = undefined;
    const id = this.latestId;
    const result = new Promise<CompileOutcome | undefined>((resolve) => this.waiters.push({ id, resolve }));
    this.sendLatest();
    return result;
  }

  /** Runs the story checker on `source` in a worker of its own, so compiling goes on meanwhile. */
  startCheck(source: string): RunningCheck {
    this.cancelCheck();
    const worker = this.options.createWorker();
    const id = ++this.checkId;
    let timer: unknown;
    const result = new Promise<CheckResult>((resolve) => {
      const finish = (outcome: CheckResult): void => {
        if (this.check?.worker !== worker) return;
        this.check = undefined;
        this.options.scheduler.clearTimeout(timer);
        // A finished check's worker is let go too: it holds a whole exploration in memory.
        worker.terminate();
        resolve(outcome);
      };
      this.check = { worker, finish };
      worker.onmessage = (event) => {
        const data = event.data;
        if (data.id !== id) return;
        if (data.type === 'checked') finish({ kind: 'checked', source, report: data.report });
        else if (data.type === 'failed') finish({ kind: 'failed', message: data.message });
      };
      worker.onerror = (event) => finish({ kind: 'failed', message: event.message ?? 'the check stopped' });
      timer = this.options.scheduler.setTimeout(
        () => finish({ kind: 'timedOut', seconds: Math.round(this.checkTimeoutMs / 1000) }),
        this.checkTimeoutMs,
      );
      worker.postMessage({ type: 'check', id, path: this.options.pathOf(source), source });
    });
    return { result, cancel: () => this.cancelCheck() };
  }

  /** Stops the running check, if any. */
  cancelCheck(): void {
    this.check?.finish({ kind: 'cancelled' });
  }

  /** Stops everything: timers, workers, and whoever waits gets undefined. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.options.scheduler.clearTimeout(this.debounce);
    this.cancelCheck();
    if (this.inFlight !== undefined) this.options.scheduler.clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.settleWaiters(Number.POSITIVE_INFINITY, undefined);
  }

  private setLatest(source: string): void {
    if (source === this.latest) return;
    this.latest = source;
    this.latestId++;
  }

  private sendLatest(): void {
    const source = this.latest;
    // One compile at a time: the latest text goes when the one under way is answered.
    if (source === undefined || this.inFlight !== undefined || this.disposed) return;
    if (this.done?.id === this.latestId) return;
    if (source === this.runaway) {
      this.settleWaiters(this.latestId, undefined);
      return;
    }
    const worker = this.compileWorker();
    const id = this.latestId;
    const timer = this.options.scheduler.setTimeout(() => this.onTimeout(id), this.compileTimeoutMs);
    this.inFlight = { id, source, timer };
    this.options.onStatus({ kind: 'compiling' });
    worker.postMessage({ type: 'compile', id, path: this.options.pathOf(source), source });
  }

  private compileWorker(): WorkerLike {
    if (this.worker !== undefined) return this.worker;
    const worker = this.options.createWorker();
    worker.onmessage = (event) => this.onAnswer(event.data);
    worker.onerror = (event) => this.onWorkerError(event.message ?? 'the compiler stopped');
    this.worker = worker;
    return worker;
  }

  private onAnswer(data: WorkerResponse): void {
    const inFlight = this.inFlight;
    if (inFlight === undefined || data.id !== inFlight.id) return;
    this.options.scheduler.clearTimeout(inFlight.timer);
    this.inFlight = undefined;
    if (data.type === 'compiled') {
      this.done = { id: inFlight.id, source: inFlight.source, outcome: data.outcome };
      this.settleWaiters(inFlight.id, data.outcome);
      // An answer for a text typed over since is not shown: the newer text is compiled instead.
      if (inFlight.id === this.latestId) {
        this.options.onStatus({ kind: 'compiled', source: inFlight.source, outcome: data.outcome });
      }
    } else {
      this.settleWaiters(inFlight.id, undefined);
      this.options.onStatus({ kind: 'failed', message: data.type === 'failed' ? data.message : 'unexpected answer' });
    }
    if (this.debounce === undefined) this.sendLatest();
  }

  private onTimeout(id: number): void {
    if (this.inFlight?.id !== id) return;
    this.runaway = this.inFlight.source;
    this.inFlight = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.settleWaiters(id, undefined);
    this.options.onStatus({ kind: 'timedOut', seconds: Math.round(this.compileTimeoutMs / 1000) });
    if (this.debounce === undefined) this.sendLatest();
  }

  private onWorkerError(message: string): void {
    const inFlight = this.inFlight;
    if (inFlight !== undefined) this.options.scheduler.clearTimeout(inFlight.timer);
    this.inFlight = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.settleWaiters(inFlight?.id ?? this.latestId, undefined);
    this.options.onStatus({ kind: 'failed', message });
  }

  /** Answers everyone waiting for a text up to `id`: a newer text's outcome also answers an older wait. */
  private settleWaiters(id: number, outcome: CompileOutcome | undefined): void {
    const ready = this.waiters.filter((waiter) => waiter.id <= id);
    this.waiters = this.waiters.filter((waiter) => waiter.id > id);
    for (const waiter of ready) waiter.resolve(outcome);
  }
}
