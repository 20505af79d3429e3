/**
 * The checker's report in words a trainer reads: how much was played, whether the link
 * can break and can be kept, the dead ends with the choices that reach them, the knots
 * never reached, the best path as numbered choices, and the errors met while playing.
 * Every text goes in with `textContent`.
 */
import { END_STATUSES, isOneOf } from '../../engine/index.ts';
import type { StoryReport } from '../story-report.ts';
import type { StudioStrings } from './studio-strings.ts';

/** Builds the report's content (headings level `level` and below) in `document`. */
export function renderReport(
  document: Document,
  report: StoryReport,
  strings: StudioStrings['check'],
  level: 3 | 4 = 3,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const heading = (text: string): HTMLElement => element(document, `h${level}`, 'studio-report-heading', text);
  const paragraph = (text: string, className = 'studio-report-text'): HTMLElement =>
    element(document, 'p', className, text);
  const list = (items: readonly (string | HTMLElement)[], ordered = false): HTMLElement => {
    const made = document.createElement(ordered ? 'ol' : 'ul');
    made.className = 'studio-report-list';
    for (const item of items) {
      const entry = document.createElement('li');
      if (typeof item === 'string') entry.textContent = item;
      else entry.append(item);
      made.append(entry);
    }
    return made;
  };

  const coverage = report.coverage;
  if (coverage !== undefined) {
    fragment.append(heading(strings.coverageHeading));
    const complete = coverage.knotsReached >= coverage.knotsTotal && coverage.choicesTaken >= coverage.choicesOffered;
    fragment.append(
      paragraph(
        complete ? strings.everyBranch : strings.notEveryBranch,
        complete ? 'studio-report-good' : 'studio-report-attention',
      ),
      list([
        strings.knots(coverage.knotsReached, coverage.knotsTotal),
        strings.choices(coverage.choicesTaken, coverage.choicesOffered),
        strings.playthroughs(coverage.playthroughs, coverage.playthroughsBroken),
        coverage.exhaustive ? strings.exhaustive : strings.bounded(coverage.depthBound),
      ]),
    );
    if (coverage.knotsMissed.length > 0) {
      fragment.append(paragraph(strings.knotsMissed), list(coverage.knotsMissed));
    }
  }

  fragment.append(
    heading(strings.outcomesHeading),
    list([
      verdict(document, report.canBreak, report.canBreak ? strings.canBreak : strings.cannotBreak),
      verdict(document, report.canKeep, report.canKeep ? strings.canKeep : strings.cannotKeep),
    ]),
  );

  fragment.append(heading(strings.bestPathHeading));
  const best = report.bestPath;
  if (best === undefined || best.texts.length === 0) fragment.append(paragraph(strings.noBestPath));
  else {
    fragment.append(list(best.texts, true));
    const status =
      best.status !== null && isOneOf(END_STATUSES, best.status) ? strings.endStatus[best.status] : best.status;
    fragment.append(
      paragraph(status === null ? strings.bestPathNoEnd(best.trust) : strings.bestPath(status, best.trust)),
    );
  }

  fragment.append(heading(strings.deadEndsHeading));
  if (report.deadEnds.length === 0) fragment.append(paragraph(strings.noDeadEnd));
  else {
    fragment.append(
      list(
        report.deadEnds.map((deadEnd) =>
          lines(document, [
            strings.deadEnd(deadEnd.where, deadEnd.line),
            deadEnd.choices.length === 0 ? strings.fromTheStart : strings.reachedBy(deadEnd.choices.join(', ')),
          ]),
        ),
      ),
    );
  }

  // Only when there are some: most stories end every path with a tag.
  if (report.unended.length > 0) {
    fragment.append(
      heading(strings.unendedHeading),
      list(
        report.unended.map((unended) =>
          lines(document, [
            strings.unended(unended.line),
            unended.choices.length === 0 ? strings.fromTheStart : strings.reachedBy(unended.choices.join(', ')),
          ]),
        ),
      ),
    );
  }

  fragment.append(heading(strings.unreachableHeading));
  fragment.append(
    report.unreachable.length === 0
      ? paragraph(strings.noUnreachable)
      : list(report.unreachable.map((knot) => strings.unreachable(knot.name, knot.line))),
  );

  fragment.append(heading(strings.runtimeHeading));
  fragment.append(
    report.runtimeErrors.length === 0
      ? paragraph(strings.noRuntimeError)
      : list(
          report.runtimeErrors.map((problem) =>
            lines(document, [
              strings.runtimeError(problem.message),
              // With the checker's first seed at 1, playthrough n plays with seed n: the seed is its number.
              strings.reproduce(problem.choices, problem.seed),
            ]),
          ),
        ),
  );
  return fragment;
}

/** A yes/no finding, said in words and marked by a class (never by colour alone). */
function verdict(document: Document, good: boolean, text: string): HTMLElement {
  return element(document, 'span', good ? 'studio-report-good' : 'studio-report-attention', text);
}

function lines(document: Document, texts: readonly string[]): HTMLElement {
  const wrapper = document.createElement('span');
  wrapper.className = 'studio-report-lines';
  for (const text of texts) wrapper.append(element(document, 'span', 'studio-report-line', text));
  return wrapper;
}

function element(document: Document, tag: string, className: string, text: string): HTMLElement {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}
