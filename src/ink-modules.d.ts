// Relative `import type` is not allowed inside an ambient module (TS2439), and a
// top-level import would turn this file into a module where `'*.ink'` no longer
// declares anything; `import('...')` types are the way to name the engine's types here.
declare module '*.ink' {
  /**
   * One encounter, compiled by `inkPlugin` (src/build/vite-plugin-ink.ts) at build time;
   * same shape as its `InkModule`. A story with an error never builds, so this is
   * always a story that compiles; `diagnostics` holds its remaining warnings.
   */
  const story: import('./engine/index.ts').CompiledStory & {
    readonly lang: import('./engine/index.ts').Language;
    /** The same hash `InkStory` computes from `json`. */
    readonly contentHash: string;
    readonly header: import('./engine/index.ts').StoryHeader;
    readonly diagnostics: readonly import('./engine/index.ts').Diagnostic[];
  };
  export default story;
}

declare module 'virtual:story-catalogue' {
  /**
   * Every story under stories/, from `inkPlugin`: its header for the catalogue, and
   * `load()` for its compiled module (a chunk of its own, fetched when played).
   */
  export const storyCatalogue: readonly {
    readonly id: string;
    readonly path: string;
    readonly lang: import('./engine/index.ts').Language;
    readonly contentHash: string;
    readonly header: import('./engine/index.ts').StoryHeader;
    readonly load: () => Promise<
      import('./engine/index.ts').CompiledStory & {
        readonly lang: import('./engine/index.ts').Language;
        readonly contentHash: string;
        readonly header: import('./engine/index.ts').StoryHeader;
      }
    >;
  }[];
}
