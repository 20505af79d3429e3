/**
 * A story that satisfies the authoring contract around the lines a test gives it, so
 * that only the mistake in those lines is reported; and a story file system in memory.
 * Shared by the compiler's, the checker's and the French wording's tests.
 */

/** Every header tag the contract asks for. */
export const HEADER = [
  '# title: Un bonsoir',
  '# lang: fr',
  '# setting: street',
  '# character: Josée',
  '# wariness: 3',
  '# summary: Dire bonsoir, sans rien demander.',
  '# duration: 2',
  '# concepts: lien',
].join('\n');

/** The knot the engine diverts to when the link breaks. */
export const LINK_BROKEN = ['=== link_broken ===', 'Elle s’en va. # end: broken', '-> END'].join('\n');

/** A story with a full header and a `link_broken` knot around `lines`. */
export function story(...lines: string[]): string {
  return [HEADER, ...lines, LINK_BROKEN].join('\n');
}

/** A story file system in memory; a missing file throws as `fs.readFileSync` would. */
export function filesOf(files: Record<string, string>): (path: string) => string {
  return (path) => {
    const source = files[path];
    if (source === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    return source;
  };
}
