import { EditorState } from '@codemirror/state';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../../src/authoring/studio/compile-protocol.ts';
import { quickFixFor } from '../../../src/authoring/studio/lint-diagnostics.ts';

const PATH = 'stories/fr/essai.ink';

const STORY = [
  '# title: Un bonsoir',
  '# lang: fr',
  '# setting: street',
  '# character: Josée',
  '# wariness: 3',
  '# summary: Dire bonsoir, sans rien demander.',
  '# duration: 2',
  '# concepts: lien',
  'Le site est calme. # ambience: site_day',
  '+ [Dire bonsoir # act: greet]',
  '    Elle répond. # end: kept',
  '    -> END',
  '=== link_broken ===',
  'Elle s’en va. # end: broken',
  '-> END',
].join('\n');

/** The worker's global scope, as a browser gives it: the test posts to it and reads what it answers. */
let deliver: (data: WorkerRequest) => void = () => {};
const answers: WorkerResponse[] = [];

beforeAll(async () => {
  vi.stubGlobal('addEventListener', (_type: 'message', listener: (event: { data: WorkerRequest }) => void) => {
    deliver = (data) => listener({ data });
  });
  vi.stubGlobal('postMessage', (message: WorkerResponse) => answers.push(message));
  await import('../../../src/authoring/studio/compile-worker.ts');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

async function compile(source: string, id: number): Promise<WorkerResponse> {
  deliver({ type: 'compile', id, path: PATH, source });
  await vi.waitFor(() => expect(answers.some((answer) => answer.id === id)).toBe(true));
  return answers.find((answer) => answer.id === id) as WorkerResponse;
}

describe('the studio’s compile worker', () => {
  it('lists an unknown ambience among the problems, with the quick fix to the nearest one', async () => {
    const answer = await compile(STORY, 1);
    if (answer.type !== 'compiled') throw new Error(`expected a compile, got ${answer.type}`);

    const sound = answer.outcome.diagnostics.filter((diagnostic) => diagnostic.message.includes('site_day'));
    expect(sound).toEqual([
      {
        severity: 'warning',
        path: PATH,
        line: 9,
        message:
          "unknown ambience 'site_day', did you mean 'site'? (valid: street_night, rain, bus, site, cafe, neutral)",
        suggestion: 'ambience: site',
      },
    ]);
    // A warning: the preview still plays it.
    expect(answer.outcome.json).toBeDefined();
    const doc = EditorState.create({ doc: STORY }).doc;
    const fix = sound[0] === undefined ? undefined : quickFixFor(doc, sound[0]);
    expect(fix === undefined ? undefined : doc.sliceString(fix.from, fix.to)).toBe('ambience: site_day');
    expect(fix?.insert).toBe('ambience: site');
  });

  it('reports a loose end as an error, so the studio will not hand the story out', async () => {
    const answer = await compile(STORY.replace(/\n-> END$/, ''), 2);
    if (answer.type !== 'compiled') throw new Error(`expected a compile, got ${answer.type}`);

    expect(answer.outcome.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', line: 14, message: expect.stringMatching(/^Apparent loose end/) }),
    );
    expect(answer.outcome.json).toBeUndefined();
  });
});
