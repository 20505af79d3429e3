/**
 * What the page's address asks for: `?encounter=<id>&lang=fr|en&seed=N` opens an
 * encounter directly (workshop links, tests); `?studio` opens the trainers' studio
 * instead of the start screen. A wrong value is reported and ignored, never fatal:
 * the trainee still gets the start screen.
 */
import { isOneOf, LANGUAGES, type Language } from '../engine/index.ts';

export interface LaunchOptions {
  /** `?studio` (any value, or none): the trainers' studio opens; an encounter asked for too is ignored. */
  readonly studio: boolean;
  readonly encounter: string | undefined;
  readonly lang: Language | undefined;
  readonly seed: number | undefined;
  /** What was wrong in the address, in plain words, for a notice. */
  readonly problems: readonly string[];
}

const MAX_SEED = 2 ** 31 - 1;

export function readLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const studio = params.has('studio');
  const encounterParam = params.get('encounter')?.trim();
  // Ids are file names: letters, digits and dashes. Anything else cannot name a story.
  let encounter: string | undefined;
  if (encounterParam !== undefined && encounterParam !== '') {
    if (/^[a-z0-9][a-z0-9_-]{0,80}$/i.test(encounterParam)) encounter = encounterParam;
    else problems.push(`encounter "${encounterParam.slice(0, 80)}" is not an encounter id`);
  }
  const langParam = params.get('lang');
  let lang: Language | undefined;
  if (langParam !== null) {
    if (isOneOf(LANGUAGES, langParam)) lang = langParam;
    else problems.push(`lang "${langParam.slice(0, 20)}" must be fr or en`);
  }
  const seedParam = params.get('seed');
  let seed: number | undefined;
  if (seedParam !== null) {
    const value = Number(seedParam);
    if (/^\d+$/.test(seedParam) && value <= MAX_SEED) seed = value;
    else problems.push(`seed "${seedParam.slice(0, 20)}" must be a whole number from 0 to ${MAX_SEED}`);
  }
  if (studio && encounter !== undefined) {
    problems.push(`encounter "${encounter}" is not opened in the studio`);
    encounter = undefined;
  }
  return { studio, encounter, lang, seed, problems };
}
