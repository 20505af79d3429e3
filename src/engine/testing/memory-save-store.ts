import type { EncounterSaveStore } from '../encounter/encounter-runner.ts';
import type { EncounterSave } from '../record/encounter-save.ts';

/**
 * Keeps saves in memory, as JSON text like a real store would, so a test proves the
 * save survives serialisation. `failWith` makes every write fail (a full storage).
 */
export class MemorySaveStore implements EncounterSaveStore {
  readonly writes: string[] = [];
  failWith: string | undefined;

  write(save: EncounterSave): void {
    if (this.failWith !== undefined) throw new Error(this.failWith);
    this.writes.push(JSON.stringify(save));
  }

  /** The last save, parsed back from its text. */
  get latest(): unknown {
    const last = this.writes.at(-1);
    return last === undefined ? undefined : JSON.parse(last);
  }
}
