/**
 * Where ink says a run-time error happened, so a trainer can be sent there. ink names
 * a file and a line when it knows them (`'stories/fr/nuit.ink' line 14: …`); for other
 * errors it names only its position in the compiled story (`(Ink Pointer -> second.0.c-0
 * -- index 5): …`), whose leading names are the knot and stitch the author wrote.
 */
export type RuntimeErrorPlace =
  | { readonly kind: 'line'; readonly file: string; readonly line: number }
  | { readonly kind: 'knot'; readonly knot: string };

const AT_LINE = /'([^']+)' line (\d+)/;
const AT_POINTER = /\(Ink Pointer -> ([^\s)]+)/;
// The parts of a path that ink made, not the author: content indices, choices and gathers.
const GENERATED_PART = /^(?:\d+|[a-z]-\d+|b|s)$/;

/** The file (its name, without folders) and line, else the knot (`knot` or `knot.stitch`); undefined when ink names neither. */
export function runtimeErrorPlace(message: string): RuntimeErrorPlace | undefined {
  const line = AT_LINE.exec(message);
  if (line?.[1] !== undefined && line[2] !== undefined) {
    return { kind: 'line', file: line[1].split(/[\\/]/).pop() ?? line[1], line: Number(line[2]) };
  }
  const pointer = AT_POINTER.exec(message)?.[1];
  if (pointer === undefined) return undefined;
  const names: string[] = [];
  for (const part of pointer.split('.')) {
    if (GENERATED_PART.test(part) || names.length === 2) break;
    names.push(part);
  }
  return names.length === 0 ? undefined : { kind: 'knot', knot: names.join('.') };
}
