/**
 * The little of Web Storage the interface needs, injected (STYLE.md, seam 5) so that
 * tests pass a map and a browser in private mode (where `localStorage` throws) still
 * plays.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  /** May throw: a full quota, a storage the browser has blocked. */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that lives as long as the page: for tests, and where the browser keeps nothing. */
export class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();

  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }

  removeItem(key: string): void {
    this.values.delete(key);
  }
}

/**
 * The browser's `localStorage`, or undefined where merely reading the property throws
 * (Safari and Firefox with storage blocked raise a SecurityError on access).
 */
export function browserStorage(window: { readonly localStorage: KeyValueStorage }): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
