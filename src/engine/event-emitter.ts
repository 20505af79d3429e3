/**
 * A typed event emitter (after Excalibur's `EventEmitter<EventMap>`): listeners are
 * told facts after they happen and cannot block the story. A listener that throws
 * is isolated, so a broken sound or analytics hook never stops an encounter.
 */
export type Listener<T> = (event: T) => void;

export class EventEmitter<EventMap extends { [K in keyof EventMap]: unknown }> {
  private readonly listeners = new Map<keyof EventMap, Set<Listener<never>>>();
  private readonly anyListeners = new Set<Listener<EventMap[keyof EventMap]>>();
  private readonly failures: unknown[] = [];

  /** Subscribes to one type of event; returns the function that unsubscribes. */
  on<K extends keyof EventMap>(type: K, listener: Listener<EventMap[K]>): () => void {
    let set = this.listeners.get(type);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  /** Subscribes to every event, in order (the recorder does). */
  onAny(listener: Listener<EventMap[keyof EventMap]>): () => void {
    this.anyListeners.add(listener);
    return () => this.anyListeners.delete(listener);
  }

  emit<K extends keyof EventMap>(type: K, event: EventMap[K]): void {
    for (const listener of this.anyListeners) this.call(listener, event);
    for (const listener of this.listeners.get(type) ?? []) this.call(listener as Listener<EventMap[K]>, event);
  }

  /** Errors thrown by listeners, taken once; the composition root logs them. */
  takeFailures(): unknown[] {
    return this.failures.splice(0);
  }

  private call<T>(listener: Listener<T>, event: T): void {
    try {
      listener(event);
    } catch (error) {
      this.failures.push(error);
    }
  }
}
