import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  ENCOUNTERS_STORE,
  IndexedDbUserLibrary,
  importEncounterFile,
  importEncounterFiles,
  LIBRARY_DATABASE,
  type LibraryCheck,
  type LibraryEncounter,
  LibraryFullError,
  libraryIdOf,
  MAX_IMPORT_BYTES,
  openLibraryDatabase,
  openUserLibrary,
  prepareLibraryEncounter,
  readEncounterFile,
  readEncounterFiles,
} from '../../src/app/user-library.ts';
import { compileInk } from '../../src/authoring/compile-ink.ts';
import { type Diagnostic, formatDiagnostic, hashText } from '../../src/engine/index.ts';
import { benchStory } from '../support/bench-story.ts';
import { compileWithInkOnly } from '../support/compile-story.ts';

const ROOT = new URL('../../', import.meta.url);
const NOW = Date.UTC(2026, 10, 24, 20, 0);

/** A shipped story compiled as the build compiles it. */
function shippedJson(path: string): string {
  const result = compileInk(path, (file) => readFileSync(new URL(file, ROOT), 'utf8'));
  if (result.json === undefined) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.json;
}

/** A whole encounter in a few lines, written to the contract: no warning. */
const CLEAN_STORY = benchStory();

const BROKEN_STORY = `# title: Un banc cassé
# lang: fr
Maryse est assise sur un banc.
* [La saluer # act: greet]
    -> nulle_part
`;

/** The clean story with a loose end: after the greeting, the text stops with no `-> END`. */
const LOOSE_END_STORY = CLEAN_STORY.replace(
  'Vous repasserez demain soir. # end: kept\n-> END\n',
  'Vous repasserez demain soir. # end: kept\n',
);

function errorsOf(result: LibraryCheck): Diagnostic[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

function encounterOf(result: LibraryCheck): LibraryEncounter {
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.encounter;
}

async function cleanEncounter(name = 'un-banc.ink'): Promise<LibraryEncounter> {
  return encounterOf(await importEncounterFile({ name, text: CLEAN_STORY }, NOW));
}

describe('preparing a compiled story for the library', () => {
  it('keeps a shipped story’s JSON, under an id of its own, with its header, language and hash', async () => {
    const json = shippedJson('stories/fr/premier-bonjour.ink');
    const result = await prepareLibraryEncounter({
      json,
      source: null,
      fileName: 'premier-bonjour.json',
      origin: 'import',
      now: NOW,
    });

    const encounter = encounterOf(result);
    expect(encounter).toMatchObject({
      schemaVersion: 1,
      kind: 'bonne-distance/encounter',
      id: 'mine-premier-bonjour',
      lang: 'fr',
      title: 'Premier bonjour',
      source: null,
      contentHash: hashText(json),
      addedAt: NOW,
      origin: 'import',
      fileName: 'premier-bonjour.json',
    });
    expect(encounter.header.character).not.toBe('');
  });

  it('refuses a file that is not JSON, naming the file and the line', async () => {
    const errors = errorsOf(
      await prepareLibraryEncounter({
        json: '{\n  "inkVersion": 21,\n  oops\n}',
        source: null,
        fileName: 'abime.json',
        origin: 'import',
        now: NOW,
      }),
    );

    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'abime.json', line: 3 });
    expect(errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a compiled ink story', async () => {
    const errors = errorsOf(
      await prepareLibraryEncounter({
        json: JSON.stringify({ kind: 'bonne-distance/session', attempts: [] }),
        source: null,
        fileName: 'seance.json',
        origin: 'import',
        now: NOW,
      }),
    );

    expect(errors.map(formatDiagnostic)).toEqual([expect.stringMatching(/^seance\.json: .*not a compiled ink story/)]);
  });

  it('refuses ink JSON that the runtime cannot load', async () => {
    const errors = errorsOf(
      await prepareLibraryEncounter({
        json: JSON.stringify({ inkVersion: 99, root: [] }),
        source: null,
        fileName: 'futur.json',
        origin: 'import',
        now: NOW,
      }),
    );

    expect(errors[0]?.path).toBe('futur.json');
    expect(errors[0]?.message).toMatch(/newer/);
  });

  it('refuses the ink JSON of a story that fails as soon as it starts (an EXTERNAL without fallback)', async () => {
    const compiled = compileWithInkOnly('EXTERNAL sonner()\n~ sonner()\nBonsoir.\n-> END\n', 'appel');
    const errors = errorsOf(
      await prepareLibraryEncounter({
        json: compiled.json,
        source: null,
        fileName: 'appel.json',
        origin: 'import',
        now: NOW,
      }),
    );

    expect(errors.map(formatDiagnostic)).toEqual([expect.stringMatching(/^appel\.json: .*sonner/)]);
  });

  it('refuses a source that breaks the authoring contract, with its file and line', async () => {
    const source = 'EXTERNAL sonner()\n~ sonner()\nBonsoir.\n-> END\n';
    const compiled = compileWithInkOnly(source, 'appel');
    const errors = errorsOf(
      await prepareLibraryEncounter({
        json: compiled.json,
        source,
        fileName: 'appel.ink',
        origin: 'studio',
        now: NOW,
      }),
    );

    expect(errors.map(formatDiagnostic)).toContain(
      "appel.ink:1: EXTERNAL sonner: the simulator calls no game functions; write an ink function 'sonner' as its fallback",
    );
  });

  it('names an encounter after its file, else its title, and never like a shipped one', () => {
    const shipped = readdirSync(new URL('stories/', ROOT), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((folder) => readdirSync(new URL(`stories/${folder.name}/`, ROOT)))
      .filter((file) => file.endsWith('.ink'))
      .map((file) => file.replace(/\.ink$/, ''));

    expect(shipped).toContain('premier-bonjour');
    for (const id of shipped) {
      expect(id.startsWith('mine-')).toBe(false);
      expect(libraryIdOf(`${id}.ink`, 'x')).not.toBe(id);
    }
    expect(libraryIdOf('Mon Café (v2).INK', 'x')).toBe('mine-mon-cafe-v2');
    expect(libraryIdOf(null, 'Le café de Kevin')).toBe('mine-le-cafe-de-kevin');
    expect(libraryIdOf('???.json', '!!!')).toBe('mine-rencontre');
    // A file exported from a library keeps its id when imported again.
    expect(libraryIdOf('mine-un-banc.json', 'x')).toBe('mine-un-banc');
  });
});

describe('importing a file', () => {
  it('compiles a clean .ink and makes it an encounter of the library', async () => {
    const result = await importEncounterFile({ name: 'un-banc.ink', text: CLEAN_STORY }, NOW);

    const encounter = encounterOf(result);
    expect(encounter).toMatchObject({
      id: 'mine-un-banc',
      lang: 'fr',
      title: 'Un banc au parc',
      source: CLEAN_STORY,
      origin: 'import',
      fileName: 'un-banc.ink',
    });
    expect(result.ok && result.warnings).toEqual([]);
    expect(encounter.header).toMatchObject({ character: 'Maryse', setting: 'street', wariness: 2 });
  });

  it('refuses a .ink with an error, each problem as file:line', async () => {
    const errors = errorsOf(await importEncounterFile({ name: 'casse.ink', text: BROKEN_STORY }, NOW));

    expect(errors.map(formatDiagnostic)).toEqual(["casse.ink:5: Divert target not found: '-> nulle_part'"]);
  });

  it('refuses a .ink with a loose end, which a trainee would meet as the encounter crashing', async () => {
    const errors = errorsOf(await importEncounterFile({ name: 'impasse.ink', text: LOOSE_END_STORY }, NOW));

    expect(errors.map(formatDiagnostic)).toEqual([
      "impasse.ink:25: Apparent loose end exists where the flow runs out. Do you need a '-> DONE' statement, choice or divert?",
    ]);
  });

  it('refuses a .json made in Inky whose playthroughs reach a dead end, naming the choices that reach it', async () => {
    const { json } = compileWithInkOnly(LOOSE_END_STORY, 'impasse');
    const started = performance.now();
    const errors = errorsOf(await importEncounterFile({ name: 'impasse.json', text: json }, NOW));

    expect(errors.map(formatDiagnostic)).toEqual([
      "impasse.json: after choices 1, the encounter stops with an error: RUNTIME ERROR: ran out of content. Do you need a '-> DONE' or '-> END'?",
    ]);
    // Headless and small: the trainee waits for it.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses the studio’s story when a path stops on an error, as "Ajouter à ma bibliothèque" asks', async () => {
    // The way on is conditional: ink sees no loose end, and the text runs out when it is not taken.
    const source = CLEAN_STORY.replace('# end: kept\n-> END\n', '# end: kept\n{fin > 1: -> END}\n');
    const compiled = compileInk('studio.ink', () => source);
    expect(compiled.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);

    const errors = errorsOf(
      await prepareLibraryEncounter({
        json: compiled.json ?? '',
        source,
        fileName: 'banc.ink',
        origin: 'studio',
        now: NOW,
      }),
    );
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(/^after choices 1, the encounter stops with an error: RUNTIME ERROR: .*ran out of content/),
    ]);
  });

  it('warns about a sound or an ambience the game does not have, on its line, with the nearest one', async () => {
    const source = CLEAN_STORY.replace('# distance: far', '# distance: far # ambience: site_day');
    const fromInk = await importEncounterFile({ name: 'un-banc.ink', text: source }, NOW);
    const fromJson = await importEncounterFile(
      { name: 'un-banc.json', text: compileWithInkOnly(source, 'un-banc').json },
      NOW,
    );

    const unknown =
      "unknown ambience 'site_day', did you mean 'site'? (valid: street_night, rain, bus, site, cafe, neutral)";
    expect(fromInk.ok && fromInk.warnings).toEqual([
      { severity: 'warning', path: 'un-banc.ink', line: 11, message: unknown, suggestion: 'ambience: site' },
    ]);
    // Without a source, playing the story tells which ids it asks for; there is no line to name.
    expect(fromJson.ok && fromJson.warnings).toEqual([
      { severity: 'warning', path: 'un-banc.json', line: 0, message: unknown, suggestion: 'ambience: site' },
    ]);
  });

  it('refuses a .ink that INCLUDEs another file, naming the file it needs', async () => {
    const errors = errorsOf(
      await importEncounterFile({ name: 'deux.ink', text: `INCLUDE scenes/fin.ink\n${CLEAN_STORY}` }, NOW),
    );

    expect(errors.map(formatDiagnostic)).toEqual([
      "deux.ink:1: INCLUDE scenes/fin.ink: no such file among those chosen; choose fin.ink together with the main file (all the encounter's files at once)",
    ]);
  });

  it('imports a compiled .json, with or without a byte order mark', async () => {
    const json = shippedJson('stories/en/premier-bonjour.ink');
    const encounter = encounterOf(await importEncounterFile({ name: 'First Hello.json', text: `\ufeff${json}` }, NOW));

    expect(encounter).toMatchObject({ id: 'mine-first-hello', lang: 'en', title: 'First Hello', json, source: null });
  });

  it('imports an encounter exported from a library again, checking it again', async () => {
    const original = await cleanEncounter();
    const again = encounterOf(
      await importEncounterFile({ name: 'mine-un-banc.json', text: JSON.stringify(original) }, NOW + 1),
    );

    expect(again).toMatchObject({ id: original.id, contentHash: original.contentHash, source: CLEAN_STORY });

    const tampered = { ...original, json: '{"not": "ink"}' };
    const errors = errorsOf(
      await importEncounterFile({ name: 'mine-un-banc.json', text: JSON.stringify(tampered) }, NOW),
    );
    expect(errors[0]?.path).toBe('mine-un-banc.json');
  });

  it('refuses another kind of file, one too large, and one that is not text, naming the file', async () => {
    const refusals = await Promise.all([
      importEncounterFile({ name: 'notes.txt', text: 'Bonsoir' }, NOW),
      importEncounterFile({ name: 'enorme.ink', text: 'a'.repeat(MAX_IMPORT_BYTES + 1) }, NOW),
      importEncounterFile({ name: 'image.ink', text: 'PNG\u0000\u0000' }, NOW),
      importEncounterFile({ name: 'latin1.ink', text: '# title: Caf\ufffd\nBonsoir.' }, NOW),
    ]);

    expect(refusals.flatMap(errorsOf).map(formatDiagnostic)).toEqual([
      'notes.txt: only .ink files (ink source) and .json files (compiled ink) can be imported',
      'enorme.ink: the file is too large (2.1 MB; at most 2 MB)',
      'image.ink: this is not a text file',
      'latin1.ink:1: a character could not be read: save the file as UTF-8 text (Inky and most editors do)',
    ]);
  });

  it('does not read a file that is too large or of another kind', async () => {
    let read = 0;
    const file = (name: string, size: number) => ({
      name,
      size,
      text: async () => {
        read++;
        return CLEAN_STORY;
      },
    });

    expect((await readEncounterFile(file('huge.json', MAX_IMPORT_BYTES * 3), NOW)).ok).toBe(false);
    expect((await readEncounterFile(file('photo.jpg', 10), NOW)).ok).toBe(false);
    expect(read).toBe(0);
    expect((await readEncounterFile(file('un-banc.ink', 900), NOW)).ok).toBe(true);
    expect(read).toBe(1);
  });
});

describe('importing an encounter written in several files', () => {
  // The same encounter as CLEAN_STORY, its knots in a second file, as a trainer may hand it over.
  const opening = CLEAN_STORY.slice(0, CLEAN_STORY.indexOf('=== trop_pres ==='));
  const MAIN = `INCLUDE scenes/fin.ink\n${opening}`;
  const FIN = CLEAN_STORY.slice(CLEAN_STORY.indexOf('=== trop_pres ==='));
  const twoFiles = (fin = FIN) => [
    { name: 'fin.ink', text: fin },
    { name: 'un-banc.ink', text: MAIN },
  ];

  it('joins the files chosen together at their INCLUDE, under the main file’s name', async () => {
    const alone = await cleanEncounter();
    const joined = encounterOf(await importEncounterFiles(twoFiles(), NOW));

    expect(joined).toMatchObject({ id: 'mine-un-banc', fileName: 'un-banc.ink', title: 'Un banc au parc' });
    expect(joined.source).toContain('// ── fin.ink: knots ──');
    expect(joined.source).toContain("Elle se lève et s'éloigne sans un mot.");
    expect(joined.header).toEqual(alone.header);
  });

  it('names the file and the line the trainer wrote for each problem', async () => {
    const broken = FIN.replace('-> END', '-> nulle_part');
    const errors = errorsOf(await importEncounterFiles(twoFiles(broken), NOW));

    expect(errors.map(formatDiagnostic)).toEqual(["fin.ink:3: Divert target not found: '-> nulle_part'"]);
  });

  it('reads a byte order mark and Windows line ends on an included file', async () => {
    const windows = `\ufeff${FIN.replace(/\n/g, '\r\n')}`;

    expect((await importEncounterFiles(twoFiles(windows), NOW)).ok).toBe(true);
  });

  it('refuses an INCLUDE of a file not chosen and a file nothing includes, and adds nothing', async () => {
    const { library } = await openUserLibrary(new IDBFactory());
    const result = await importEncounterFiles(
      [
        {
          name: 'un-banc.ink',
          text: MAIN.replace('INCLUDE scenes/fin.ink', 'INCLUDE scenes/fin.ink\nINCLUDE nuit-2.ink'),
        },
        { name: 'fin.ink', text: FIN },
        { name: 'autre.ink', text: 'Bonsoir.\n-> END\n' },
      ],
      NOW,
    );
    if (result.ok) await library.add(result.encounter);

    expect(errorsOf(result).map(formatDiagnostic)).toEqual([
      'autre.ink: no file chosen INCLUDEs this one, and un-banc.ink was taken as the main file: import one encounter at a time, its main file with the files it INCLUDEs',
      "un-banc.ink:2: INCLUDE nuit-2.ink: no such file among those chosen; choose nuit-2.ink together with the main file (all the encounter's files at once)",
    ]);
    expect(await library.list()).toEqual({ encounters: [], unreadable: 0 });
  });

  it('refuses an INCLUDE cycle, as ink does', async () => {
    const errors = errorsOf(await importEncounterFiles(twoFiles(`INCLUDE un-banc.ink\n${FIN}`), NOW));

    expect(errors.map(formatDiagnostic)).toEqual([
      "fin.ink:1: Recursive INCLUDE detected: 'un-banc.ink' is already open.",
    ]);
  });

  it('refuses a .json among several files: each compiled encounter is imported on its own', async () => {
    const json = shippedJson('stories/fr/premier-bonjour.ink');
    const errors = errorsOf(
      await importEncounterFiles(
        [
          { name: 'premier-bonjour.json', text: json },
          { name: 'un-banc.ink', text: CLEAN_STORY },
        ],
        NOW,
      ),
    );

    expect(errors.map(formatDiagnostic)).toEqual([
      'premier-bonjour.json: a .json file is a whole encounter: import it on its own, not with other files',
    ]);
  });

  it('reads nothing when the files are too large together', async () => {
    let read = 0;
    const file = (name: string) => ({
      name,
      size: MAX_IMPORT_BYTES / 2 + 1,
      text: async () => {
        read++;
        return '';
      },
    });

    const errors = errorsOf(await readEncounterFiles([file('un-banc.ink'), file('fin.ink')], NOW));

    expect(errors.map(formatDiagnostic)).toEqual([
      'un-banc.ink, fin.ink: the files are too large together (2.1 MB; at most 2 MB)',
    ]);
    expect(read).toBe(0);
  });
});

describe('the library on the device', () => {
  it('adds, lists, replaces the same id and language, and removes', async () => {
    const { library, persistent } = await openUserLibrary(new IDBFactory());
    expect(persistent).toBe(true);
    const banc = await cleanEncounter();
    const hello = encounterOf(
      await prepareLibraryEncounter({
        json: shippedJson('stories/en/premier-bonjour.ink'),
        source: null,
        fileName: 'un-banc.json',
        origin: 'import',
        now: NOW + 1,
      }),
    );

    await library.add(banc);
    await library.add(hello);
    expect((await library.list()).encounters.map((entry) => [entry.id, entry.lang])).toEqual([
      ['mine-un-banc', 'fr'],
      ['mine-un-banc', 'en'],
    ]);

    const newer = { ...banc, addedAt: NOW + 2, title: 'Un banc, deuxième version' };
    await library.add(newer);
    const listed = await library.list();
    expect(listed.encounters.map((entry) => entry.title)).toEqual(['First Hello', 'Un banc, deuxième version']);

    await library.remove('mine-un-banc', 'en');
    expect(await library.list()).toEqual({ encounters: [newer], unreadable: 0 });
  });

  it('is left as it was when a broken file is imported', async () => {
    const { library } = await openUserLibrary(new IDBFactory());
    await library.add(await cleanEncounter());
    const before = await library.list();

    const imported = await importEncounterFile({ name: 'un-banc.ink', text: BROKEN_STORY }, NOW + 5);
    if (imported.ok) await library.add(imported.encounter);

    expect(imported.ok).toBe(false);
    expect(await library.list()).toEqual(before);
  });

  it('says the device is full, and keeps the library as it was', async () => {
    const factory = new IDBFactory();
    const database = await openLibraryDatabase(factory);
    const library = new IndexedDbUserLibrary(database);
    const banc = await cleanEncounter();
    await library.add(banc);
    const full = new Proxy(database, {
      get(target, property) {
        if (property !== 'transaction') return Reflect.get(target, property, target);
        return () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    });

    const failing = new IndexedDbUserLibrary(full);
    await expect(failing.add({ ...banc, id: 'mine-autre' })).rejects.toBeInstanceOf(LibraryFullError);
    expect((await library.list()).encounters).toEqual([banc]);
  });

  it('is still there when the page is opened again', async () => {
    const factory = new IDBFactory();
    const first = await openUserLibrary(factory);
    const banc = await cleanEncounter();
    await first.library.add(banc);
    (first.library as IndexedDbUserLibrary).close();

    const again = await openUserLibrary(factory);
    expect(await again.library.list()).toEqual({ encounters: [banc], unreadable: 0 });
  });

  it('sets aside an entry it cannot read, without deleting it', async () => {
    const factory = new IDBFactory();
    const { library } = await openUserLibrary(factory);
    await library.add(await cleanEncounter());
    const database = await openLibraryDatabase(factory);
    const stored = (value: unknown) =>
      new Promise<void>((resolve, reject) => {
        const transaction = database.transaction(ENCOUNTERS_STORE, 'readwrite');
        transaction.objectStore(ENCOUNTERS_STORE).put(value);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
    await stored({ id: 'mine-futur', lang: 'fr', schemaVersion: 7, kind: 'bonne-distance/encounter' });
    const banc = await cleanEncounter('altere.ink');
    await stored({ ...banc, json: `${banc.json} ` });

    const listing = await library.list();
    expect(listing.encounters.map((entry) => entry.id)).toEqual(['mine-un-banc']);
    expect(listing.unreadable).toBe(2);

    await library.remove('mine-un-banc', 'fr');
    const count = await new Promise<number>((resolve) => {
      const request = database.transaction(ENCOUNTERS_STORE).objectStore(ENCOUNTERS_STORE).count();
      request.onsuccess = () => resolve(request.result);
    });
    expect(count).toBe(2);
    expect(LIBRARY_DATABASE).toBe('bonne-distance-library');
  });

  it('lives in memory for the tab where IndexedDB is missing or refused', async () => {
    const missing = await openUserLibrary(undefined);
    const refusing = await openUserLibrary({
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as IDBFactory);

    for (const { library, persistent } of [missing, refusing]) {
      expect(persistent).toBe(false);
      const banc = await cleanEncounter();
      await library.add(banc);
      expect(await library.list()).toEqual({ encounters: [banc], unreadable: 0 });
      await library.remove(banc.id, banc.lang);
      expect((await library.list()).encounters).toEqual([]);
    }
  });
});
