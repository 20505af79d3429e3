import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/authoring/compile-ink.ts';
import { checkLanguage } from '../../../src/authoring/language-check.ts';
import { checkStory } from '../../../src/authoring/story-checker.ts';
import { encounterTemplate } from '../../../src/authoring/studio/template.ts';
import { EncounterRunner, FakeClock, LANGUAGES, lintInkSource, ScriptedPresenter } from '../../../src/engine/index.ts';

describe.each(LANGUAGES)('the studio’s template of a new encounter (%s)', (lang) => {
  const source = encounterTemplate(lang);
  const path = `stories/${lang}/modele.ink`;

  it('compiles with no error and no warning', () => {
    const result = compileInk(path, (wanted) => {
      if (wanted !== path) throw new Error(`no such file ${wanted}`);
      return source;
    });

    expect(result.diagnostics).toEqual([]);
    expect(result.json).toBeDefined();
    expect(result.header?.lang).toBe(lang);
  });

  it('passes the authoring contract’s lint with no warning', () => {
    expect(lintInkSource(path, source, { isMainFile: true })).toEqual([]);
  });

  it('explains every tag it uses in a comment for the trainer', () => {
    const keys = new Set([...source.matchAll(/#\s*(\w+)\s*:/g)].map((match) => match[1]));
    const comments = source
      .split('\n')
      .filter((line) => line.trim().startsWith('//'))
      .join('\n');
    for (const key of keys) expect(comments, `no comment explains '${key}'`).toMatch(new RegExp(`\\b${key}\\b`));
  });

  it('uses people-first language', () => {
    expect(checkLanguage(path, source)).toEqual([]);
  });

  it('plays to a kept link on the respectful path', async () => {
    const result = compileInk(path, () => source);
    const runner = new EncounterRunner({
      story: { id: 'modele', path, json: result.json ?? '' },
      presenters: [new ScriptedPresenter([0, 0])],
      clock: new FakeClock(0, 100),
      seed: 1,
    });

    const record = await runner.run();

    expect(record.outcome?.status).toBe('kept');
  });
});

describe.each(LANGUAGES)('the template, checked as the studio checks (%s)', (lang) => {
  it('has every branch played, can break and can keep the link, and no dead end', async () => {
    const path = `stories/${lang}/modele.ink`;
    const report = await checkStory({ mainPath: path, readFile: () => encounterTemplate(lang), runs: 300 });

    expect(report.diagnostics).toEqual([]);
    expect(report.coverage?.knotsReached).toBe(report.coverage?.knotsTotal);
    expect(report.coverage?.choicesTaken).toBe(report.coverage?.choicesOffered);
    expect(report.canBreak).toBe(true);
    expect(report.canKeep).toBe(true);
    expect(report.deadEnds).toEqual([]);
    expect(report.unreachable).toEqual([]);
    expect(report.runtimeErrors).toEqual([]);
  });
});
