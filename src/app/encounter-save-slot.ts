/**
 * The one unfinished encounter a trainee can continue, kept on the device. The
 * runner writes it after every choice; the start screen offers "Continuer" while it
 * exists; finishing the encounter clears it.
 *
 * Nothing is lost: a save that cannot be read (corrupt, from a newer version) is
 * moved aside under its own key rather than deleted, and the reason is reported; a
 * full or blocked storage makes `write` throw, which the runner turns into a notice.
 */
import { type EncounterSave, type EncounterSaveStore, readEncounterSave } from '../engine/index.ts';
import type { KeyValueStorage } from '../ui/key-value-storage.ts';

export type { KeyValueStorage };

export const SAVE_KEY = 'bonne-distance:encounter-save';
export const SET_ASIDE_KEY = 'bonne-distance:encounter-save:unreadable';

export type SlotReadResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'save'; readonly save: EncounterSave }
  /** The save could not be read; it was set aside under SET_ASIDE_KEY. */
  | { readonly kind: 'unreadable'; readonly reason: string };

export class EncounterSaveSlot implements EncounterSaveStore {
  private readonly storage: KeyValueStorage;

  constructor(storage: KeyValueStorage) {
    this.storage = storage;
  }

  /** Throws when the storage refuses (full, or blocked in private browsing). */
  write(save: EncounterSave): void {
    this.storage.setItem(SAVE_KEY, JSON.stringify(save));
  }

  read(): SlotReadResult {
    let text: string | null;
    try {
      text = this.storage.getItem(SAVE_KEY);
    } catch (error) {
      return { kind: 'unreadable', reason: `the device's storage cannot be read (${messageOf(error)})` };
    }
    if (text === null) return { kind: 'empty' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.setAside(text, 'the saved encounter is damaged (not valid JSON)');
    }
    const read = readEncounterSave(parsed);
    if (!read.ok) return this.setAside(text, read.reason);
    return { kind: 'save', save: read.save };
  }

  /** Forgets the save (the encounter ended, or the trainee chose to start over). */
  clear(): void {
    try {
      this.storage.removeItem(SAVE_KEY);
    } catch {
      // A storage that cannot be written cannot hold a stale save either.
    }
  }

  private setAside(text: string, reason: string): SlotReadResult {
    try {
      this.storage.setItem(SET_ASIDE_KEY, text);
      this.storage.removeItem(SAVE_KEY);
    } catch {
      // If it cannot be moved, it stays where it is: still not lost.
    }
    return { kind: 'unreadable', reason };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
