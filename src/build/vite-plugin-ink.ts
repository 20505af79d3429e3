/**
 * Compiles `stories/<lang>/<id>.ink` at build time, so the game imports a story as a
 * module and ships ink's runtime only, never its compiler. A story with an error stops
 * `vite build` and shows Vite's overlay in dev, each error as `path:line: message`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk, storyIdOf } from '../authoring/compile-ink.ts';
import { inkFilesUnder, mainStoryFiles, toPosix } from '../authoring/story-files.ts';
import { type Diagnostic, formatDiagnostic, hashText, type Language, type StoryHeader } from '../engine/index.ts';

/** What `import story from '.../x.ink'` gives; `src/ink-modules.d.ts` declares the same shape to the app. */
export interface InkModule {
  /** The encounter's id, the file name without extension, shared by its translations. */
  readonly id: string;
  /** Relative to the project root, with forward slashes: `stories/fr/premier-bonjour.ink`. */
  readonly path: string;
  readonly lang: Language;
  /** Ink's compiled JSON, as text. */
  readonly json: string;
  /** `hashText(json)`: the same hash `InkStory` computes, so a save can name the version it was made on. */
  readonly contentHash: string;
  readonly header: StoryHeader;
  /** The warnings the story still has (an error never gets this far). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * `import { storyCatalogue } from 'virtual:story-catalogue'`: every story's header
 * and a loader for its compiled module. The start screen lists the encounters from
 * the headers alone; a story's ink JSON is its own chunk, fetched when it is played.
 */
export const CATALOGUE_MODULE = 'virtual:story-catalogue';
const RESOLVED_CATALOGUE = `\0${CATALOGUE_MODULE}`;

/** One entry of the catalogue, as `virtual:story-catalogue` exports it (without `load`). */
export interface CatalogueEntryData {
  readonly id: string;
  readonly path: string;
  readonly lang: Language;
  readonly contentHash: string;
  readonly header: StoryHeader;
}

export function inkPlugin(options: { readonly storiesFolder?: string } = {}): Plugin {
  let root = process.cwd();
  const storiesFolder = options.storiesFolder ?? 'stories';
  return {
    name: 'bonne-distance:ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      // A story added, removed or edited changes the catalogue. Watching the folder from
      // the virtual module itself made Vite try to import the folder, so the dev server
      // watches it here and reloads the catalogue.
      const folder = resolve(root, storiesFolder);
      server.watcher.add(folder);
      const refresh = (file: string): void => {
        if (!file.startsWith(folder) || !file.endsWith('.ink')) return;
        const catalogue = server.moduleGraph.getModuleById(RESOLVED_CATALOGUE);
        if (catalogue !== undefined) server.moduleGraph.invalidateModule(catalogue);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      server.watcher.on('change', refresh);
    },
    resolveId(id) {
      return id === CATALOGUE_MODULE ? RESOLVED_CATALOGUE : null;
    },
    load(id) {
      if (id === RESOLVED_CATALOGUE) return catalogueModule((file) => this.addWatchFile(file));
      const file = id.split('?', 1)[0] ?? id;
      if (!file.endsWith('.ink') || !isAbsolute(file)) return null;

      const path = relative(root, file).split(sep).join('/');
      const result = compileInk(path, (wanted) => readFileSync(resolve(root, wanted), 'utf8'));
      // Editing an INCLUDEd scene must rebuild the story that includes it.
      for (const included of result.files) {
        if (included !== path) this.addWatchFile(resolve(root, included));
      }

      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      if (errors.length > 0 || result.json === undefined || result.header === undefined) {
        this.error(errors.map(formatDiagnostic).join('\n') || `${path}: the story did not compile`);
      }
      for (const warning of result.diagnostics) this.warn(formatDiagnostic(warning));

      const story: InkModule = {
        id: storyIdOf(path),
        path,
        lang: result.header.lang,
        json: result.json,
        contentHash: hashText(result.json),
        header: result.header,
        diagnostics: result.diagnostics,
      };
      return { code: `export default ${JSON.stringify(story)};\n`, map: null };
    },
  };

  function catalogueModule(addWatchFile: (file: string) => void): string {
    const folder = resolve(root, storiesFolder);
    const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');
    const files = existsSync(folder) ? inkFilesUnder(folder).map((file) => toPosix(relative(root, file))) : [];
    const entries = mainStoryFiles(files, read).flatMap((path) => {
      addWatchFile(resolve(root, path));
      const result = compileInk(path, read);
      // A story that does not compile fails when its own module loads, with every error.
      if (result.json === undefined || result.header === undefined) return [];
      const entry: CatalogueEntryData = {
        id: storyIdOf(path),
        path,
        lang: result.header.lang,
        contentHash: hashText(result.json),
        header: result.header,
      };
      return [
        `  { ...${JSON.stringify(entry)}, load: () => import(${JSON.stringify(`/${path}`)}).then((module) => module.default) },`,
      ];
    });
    return `export const storyCatalogue = [\n${entries.join('\n')}\n];\n`;
  }
}
