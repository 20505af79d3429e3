import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { parsePlan, planChoices } from '../../src/authoring/encounter-plan.ts';
import { type PlayIo, parsePlayArguments, runPlay } from '../../src/cli/play.ts';
import type { LineReader } from '../../src/cli/terminal-presenter.ts';
import { FakeClock, readSessionRecord, type SessionRecord } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Greeting then leaving keeps the link; a perche then two insists are three rushes in
// a row, which break it and send the story to its `link_broken` knot (in an INCLUDE).
const MEET = `# title: Meeting Kevin
# lang: en
# setting: street
# character: Kevin
# wariness: 3
# summary: A short encounter for the terminal player's tests.
# duration: 1
# concepts: lien, rythme
INCLUDE meet-ending.ink

-> start

=== start ===
Kevin sits on the church steps. # distance: far
He looks up at you. # cue: eye_contact
+ [Say hello from where you are # act: greet]
    Hello there. # speaker: worker
    -> talk
+ [Walk right up to him # act: approach]
    You walk up to the steps. # distance: near
    He crosses his arms. # cue: arms_crossed
    -> talk

=== talk ===
Hey. # speaker: Kevin
+ [Tell him about the shelter # act: perche # topic: shelter]
    There's a shelter on Ontario Street. # speaker: worker
    -> pushing
+ [Nod, and go on with your round # act: leave]
    You nod and move on. # end: kept
    -> END

=== pushing ===
Kevin looks away. # cue: turns_away # moment: closed
+ [Insist # act: insist]
    You should really go tonight. # speaker: worker
    -> pushing
+ [Let it go # act: accept]
    Okay. Another time. # speaker: worker # end: kept
    -> END
`;

const MEET_ENDING = `=== link_broken ===
Kevin gets up and walks off without a word. # end: broken
-> END
`;

const RENCONTRE = `# title: Rencontre
# lang: fr
# setting: street
# character: Mia
# wariness: 2
# summary: Une rencontre courte.
# duration: 1
# concepts: lien

Mia attend le bus.
Bonsoir. # speaker: worker
Tu t'approches un peu. # distance: near
Elle croise les bras. # cue: arms_crossed
+ [Reculer # act: step_back]
    Salut. # speaker: Mia # end: kept
    -> END

=== link_broken ===
Mia s'en va. # end: broken
-> END
`;

// No header at all: its language comes from its folder.
const NO_HEADER = `Hi. # speaker: worker
+ [Wave # act: greet]
    -> END
`;

let folder: string;
const pathOf = (name: string): string => join(folder, name);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'bonne-distance-play-'));
  mkdirSync(join(folder, 'en'));
  mkdirSync(join(folder, 'fr'));
  writeFileSync(pathOf('en/meet.ink'), MEET);
  writeFileSync(pathOf('en/meet-ending.ink'), MEET_ENDING);
  writeFileSync(pathOf('fr/rencontre.ink'), RENCONTRE);
  writeFileSync(pathOf('en/no-header.ink'), NO_HEADER);
  writeFileSync(pathOf('broken.ink'), 'Hello.\n-> nowhere\n');
  writeFileSync(pathOf('loop.ink'), '-> loop\n== loop ==\n~ temp x = 1\n-> loop\n');
  writeFileSync(pathOf('bad.json'), '{"inkVersion": 21, "root": [');
  writeFileSync(pathOf('record.json'), JSON.stringify({ schemaVersion: 1, events: [] }));
  const compiled = compileInk(pathOf('en/meet.ink'), (path) => readFileSync(path, 'utf8'));
  if (compiled.json === undefined) throw new Error('the test story does not compile');
  writeFileSync(pathOf('en/meet.json'), `\uFEFF${compiled.json}`);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

interface Played {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command in-process, as if stdin were a pipe unless the test says otherwise. */
async function play(argv: readonly string[], io: Partial<PlayIo> = {}): Promise<Played> {
  let stdout = '';
  let stderr = '';
  const code = await runPlay(argv, {
    stdout: {
      write: (text) => {
        stdout += text;
      },
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
    },
    stdinIsTTY: false,
    clock: new FakeClock(),
    ...io,
  });
  return { code, stdout, stderr };
}

async function recordOf(argv: readonly string[]): Promise<SessionRecord> {
  const played = await play([...argv, '--json']);
  const read = readSessionRecord(JSON.parse(played.stdout));
  if (!read.ok) throw new Error(read.reason);
  return read.record;
}

/** A player at the keyboard who types these answers, then presses Ctrl-D. */
function typing(answers: readonly string[]): { reader: LineReader; prompts: () => number } {
  const left = [...answers];
  let prompts = 0;
  return {
    reader: {
      ask: async () => {
        prompts++;
        return left.shift();
      },
      close: () => {},
    },
    prompts: () => prompts,
  };
}

describe('parsePlayArguments', () => {
  it('reads a story with every option', () => {
    expect(
      parsePlayArguments(['stories/fr/x.ink', '--seed', '42', '--choose', '2,1,3', '--auto', '--reveal', '--json']),
    ).toEqual({
      kind: 'play',
      options: {
        path: 'stories/fr/x.ink',
        seed: 42,
        choose: [2, 1, 3],
        auto: true,
        reveal: true,
        json: true,
        plan: false,
      },
    });
    expect(parsePlayArguments(['--seed=7', 'x.json'])).toMatchObject({ kind: 'play', options: { seed: 7 } });
    expect(parsePlayArguments(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--seed', 'abc', 'x.ink'], '--seed abc'],
    [['--seed'], '--seed needs'],
    [['--choose', '0', 'x.ink'], "'0' is not a choice number"],
    [['--choose', '1,x', 'x.ink'], "'x' is not a choice number"],
    [['--sead', '3', 'x.ink'], "did you mean '--seed'?"],
    [[], 'which story?'],
    [['a.ink', 'b.ink'], 'one story at a time'],
    [['notes.txt'], 'expected a .ink story'],
  ])('refuses %j with a message', (argv, message) => {
    const parsed = parsePlayArguments(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' ? parsed.message : '').toContain(message);
  });
});

describe('npm run play', () => {
  it('plays the --choose choices, printing lines, speakers, stage directions and choices', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '2,2']);
    expect(played.stderr).toBe('');
    expect(played.code).toBe(0);
    expect(played.stdout).toBe(
      [
        'Meeting Kevin',
        '',
        'Kevin sits on the church steps.',
        '[Kevin meets your eyes]',
        'He looks up at you.',
        '',
        '  1. Say hello from where you are',
        '  2. Walk right up to him',
        '> 2',
        '',
        '[distance: near]',
        'You walk up to the steps.',
        '[Kevin crosses their arms]',
        'He crosses his arms.',
        'Kevin: Hey.',
        '',
        '  1. Tell him about the shelter',
        '  2. Nod, and go on with your round',
        '> 2',
        '',
        'You nod and move on.',
        '',
        '— end: kept',
        '',
      ].join('\n'),
    );
  });

  it('speaks French for a French story: "Vous", French stage directions and end line', async () => {
    const played = await play([pathOf('fr/rencontre.ink'), '--choose', '1']);
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('Vous : Bonsoir.');
    expect(played.stdout).toContain('[distance : près]');
    expect(played.stdout).toContain('[Mia croise les bras]');
    expect(played.stdout).toContain('Mia : Salut.');
    expect(played.stdout).toContain('— fin : kept');
  });

  it('takes the language of a story without a header from its folder', async () => {
    const played = await play([pathOf('en/no-header.ink'), '--choose', '1']);
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('You: Hi.');
    expect(played.stdout).toContain('— end: ended');
    expect(played.stderr).toContain("warning: missing header tag 'lang'");
  });

  it('tells the person left in the link_broken knot, written in an INCLUDEd file, after three rushes', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '1,1,1,1']);
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('Kevin gets up and walks off without a word.');
    expect(played.stdout).toContain('— end: broken');
  });

  it('stops when the encounter ends before the --choose list, and says which choices were not used', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '1,2,1,2']);
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('— end: kept');
    expect(played.stderr).toContain('the encounter ended after 2 choices; choices 1,2 were not used');
  });

  it('exits 2 when the --choose list runs out before the end, showing the choices offered', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '1']);
    expect(played.code).toBe(2);
    expect(played.stdout).toContain('  1. Tell him about the shelter');
    expect(played.stderr).toContain('needs a choice after 1 choice:');
    expect(played.stderr).toContain('  2. Nod, and go on with your round');
    expect(played.stderr).toContain('add more to --choose or use --auto');
  });

  it('exits 2 when a --choose number is beyond the choices offered', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '1,3']);
    expect(played.code).toBe(2);
    expect(played.stderr).toContain('choice 2 is 3, but only 2 choices were offered');
  });

  it('plays to the end with --auto, the same way twice for the same seed', async () => {
    const first = await recordOf([pathOf('en/meet.ink'), '--auto', '--seed', '11']);
    const second = await recordOf([pathOf('en/meet.ink'), '--auto', '--seed', '11']);
    expect(first.outcome).not.toBeNull();
    expect(first.choices.length).toBeGreaterThan(0);
    expect(second.choices).toEqual(first.choices);
    expect(second.events.map((event) => event.type)).toEqual(first.events.map((event) => event.type));
  });

  it('plays the --choose list first, then at random with --auto', async () => {
    const record = await recordOf([pathOf('en/meet.ink'), '--choose', '1,1', '--auto', '--seed', '3']);
    expect(record.choices.slice(0, 2)).toEqual([0, 0]);
    expect(record.outcome).not.toBeNull();
  });

  it('prints only the session record with --json, with the seed it was given', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '2,2', '--seed', '1234', '--json']);
    expect(played.code).toBe(0);
    const record = JSON.parse(played.stdout) as SessionRecord;
    expect(record.schemaVersion).toBe(1);
    expect(record.story.id).toBe('meet');
    expect(record.story.path).toBe(pathOf('en/meet.ink'));
    expect(record.seed).toBe(1234);
    expect(record.choices).toEqual([1, 1]);
    expect(record.events.map((event) => event.type)).toContain('choiceMade');
    expect(record.outcome).toMatchObject({ status: 'kept' });
    expect(record.failure).toBeNull();
  });

  it('prints the path played as an encounter plan with --plan, which replays', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '2,2', '--seed', '3', '--plan']);
    expect(played.code).toBe(0);
    const parsed = parsePlan(played.stdout);
    expect(parsed).toMatchObject({ ok: true, plan: { story: pathOf('en/meet.ink'), seed: 3, outcome: 'kept' } });
    if (parsed.ok) expect(planChoices(parsed.plan)).toEqual([1, 1]);
    expect(played.stdout).toMatch(/^line: /m);
  });

  it('refuses --json and --plan together', () => {
    expect(parsePlayArguments(['s.ink', '--json', '--plan'])).toMatchObject({ kind: 'error' });
  });

  it('records a seed drawn from the clock when none is given', async () => {
    const record = await recordOf([pathOf('en/meet.ink'), '--choose', '2,2']);
    expect(Number.isInteger(record.seed)).toBe(true);
  });

  it('plays a compiled .json story the same as its .ink', async () => {
    const fromJson = await play([pathOf('en/meet.json'), '--choose', '2,2']);
    const fromInk = await play([pathOf('en/meet.ink'), '--choose', '2,2']);
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toBe(fromInk.stdout);
  });

  it('shows the trust, its band and each rush with --reveal', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '2,1,2', '--seed', '5', '--reveal']);
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('≈ seed 5 · trust 32 (fragile)');
    expect(played.stdout).toContain('≈ trust 32 → 34 (fragile)');
    expect(played.stdout).toMatch(/≈ trust 34 → \d+ \(fragile\) · rushed: perche needed 60, there was 34 \(−\d+\)/);
    expect(played.stdout).toContain('cue respected (turns_away)');
    expect(played.stdout).toMatch(/— end: kept · trust \d+ \(fragile\)/);
  });

  it('says when the link broke with --reveal', async () => {
    const played = await play([pathOf('en/meet.ink'), '--choose', '1,1,1,1', '--reveal']);
    expect(played.stdout).toContain('link broken (repeatedRushes)');
    expect(played.stdout).toContain('(broken)');
  });

  it('never shows the trust without --reveal', async () => {
    for (const argv of [
      [pathOf('en/meet.ink'), '--choose', '2,1,2'],
      [pathOf('en/meet.ink'), '--choose', '1,1,1,1'],
      [pathOf('fr/rencontre.ink'), '--choose', '1'],
    ]) {
      const played = await play(argv);
      expect(played.code).toBe(0);
      expect(played.stdout).not.toMatch(/trust|confiance|≈/i);
    }
  });

  it('asks for a number in a terminal, and asks again after a wrong one', async () => {
    const player = typing(['9', 'two', '2', '1']);
    const played = await play([pathOf('en/meet.ink')], { stdinIsTTY: true, openInput: () => player.reader });
    expect(played.code).toBe(0);
    expect(played.stdout.match(/Type a number from 1 to 2\./g)).toHaveLength(2);
    expect(played.stdout).toContain("There's a shelter on Ontario Street.");
    expect(player.prompts()).toBe(5);
  });

  it('asks only once the --choose list has run out', async () => {
    const player = typing(['2']);
    const played = await play([pathOf('en/meet.ink'), '--choose', '1'], {
      stdinIsTTY: true,
      openInput: () => player.reader,
    });
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('— end: kept');
    expect(player.prompts()).toBe(1);
  });

  it('quits cleanly when the player ends the input (Ctrl-D)', async () => {
    const player = typing([]);
    const played = await play([pathOf('en/meet.ink')], { stdinIsTTY: true, openInput: () => player.reader });
    expect(played.code).toBe(0);
    expect(played.stdout).toContain('— stopped');
    expect(played.stderr).toBe('');
  });

  it('exits 1 with path:line: message when the story does not compile', async () => {
    const played = await play([pathOf('broken.ink'), '--choose', '1']);
    expect(played.code).toBe(1);
    expect(played.stderr).toContain(`${pathOf('broken.ink')}:2: `);
    expect(played.stderr).toContain('nowhere');
    expect(played.stdout).toBe('');
  });

  it('exits 1 naming the story when it fails at run time', async () => {
    const played = await play([pathOf('loop.ink'), '--choose', '1'], { timeBudget: { sliceMs: 5, maxSlices: 4 } });
    expect(played.code).toBe(1);
    expect(played.stderr).toContain(`${pathOf('loop.ink')}: the story ran for 20 ms without producing a line`);
  });

  it('still prints the record, with its failure, under --json when the story fails at run time', async () => {
    const played = await play([pathOf('loop.ink'), '--json'], { timeBudget: { sliceMs: 5, maxSlices: 4 } });
    expect(played.code).toBe(1);
    expect((JSON.parse(played.stdout) as SessionRecord).failure).toContain('loop.ink');
  });

  it('exits 1 for a file that is not JSON, not an ink story, or missing', async () => {
    const notJson = await play([pathOf('bad.json')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain(`${pathOf('bad.json')}: not valid JSON`);

    const notInk = await play([pathOf('record.json')]);
    expect(notInk.code).toBe(1);
    expect(notInk.stderr).toContain(`${pathOf('record.json')}: not a compiled ink story`);

    const missing = await play([pathOf('missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`${pathOf('missing.json')}: cannot read`);

    const missingInk = await play([pathOf('missing.ink')]);
    expect(missingInk.code).toBe(1);
    expect(missingInk.stderr).toContain(`${pathOf('missing.ink')}: cannot read`);
  });

  it('exits 2 with the usage for bad arguments, and 0 for --help', async () => {
    for (const argv of [
      ['--seed', 'abc', pathOf('en/meet.ink')],
      ['--choose', '0', pathOf('en/meet.ink')],
      ['--loud'],
      [],
    ]) {
      const played = await play(argv);
      expect(played.code).toBe(2);
      expect(played.stderr).toContain('Usage: npm run play');
    }
    const help = await play(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--choose 2,1,3');
  });

  it('runs as a command', () => {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/play.ts', pathOf('en/meet.ink'), '--choose', '2,2', '--json'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as SessionRecord;
    expect(record.story.id).toBe('meet');
    expect(record.outcome).toMatchObject({ status: 'kept' });
  }, 20_000);
});
