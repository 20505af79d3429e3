/**
 * A minimal cancellation signal. The engine has no DOM lib, so it cannot use
 * AbortSignal's types; this is the same idea with only what presenters need.
 */
export interface CancelSignal {
  readonly cancelled: boolean;
  /** Calls back once when cancelled (at once if already cancelled); returns an unsubscribe. */
  onCancel(callback: () => void): () => void;
}

export class CancelSource implements CancelSignal {
  private isCancelled = false;
  private readonly callbacks = new Set<() => void>();

  get cancelled(): boolean {
    return this.isCancelled;
  }

  get signal(): CancelSignal {
    return this;
  }

  onCancel(callback: () => void): () => void {
    if (this.isCancelled) {
      callback();
      return () => {};
    }
    this.callbacks.add(callback);
    return () => this.callbacks.delete(callback);
  }

  cancel(): void {
    if (this.isCancelled) return;
    this.isCancelled = true;
    for (const callback of this.callbacks) callback();
    this.callbacks.clear();
  }
}
