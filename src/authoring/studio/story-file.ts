/**
 * What the studio names a story by: its file name from its title, and the path the
 * compiler is given (`stories/<lang>/<id>.ink`, as in the project), so the compiled
 * story's id, language and messages match what an exported file will say.
 */
import { isOneOf, LANGUAGES, type Language } from '../../engine/index.ts';
import { titleOf } from './draft-store.ts';

const MAX_ID_LENGTH = 60;

/** The file name's stem for a title: lower case, no accents, words joined by hyphens. */
export function storyIdFor(title: string | undefined, fallback: string): string {
  const id = (title ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  return id === '' ? fallback : id;
}

/** The language a source declares (`# lang: en`), or the fallback. */
export function languageOf(source: string, fallback: Language): Language {
  const declared = /^[ \t]*#[ \t]*lang[ \t]*:[ \t]*(\S+)/im.exec(source)?.[1]?.toLowerCase();
  return declared !== undefined && isOneOf(LANGUAGES, declared) ? declared : fallback;
}

/** Where the compiler believes the story lives. */
export function storyPathFor(source: string, fallbackLanguage: Language, fallbackId: string): string {
  return `stories/${languageOf(source, fallbackLanguage)}/${storyIdFor(titleOf(source), fallbackId)}.ink`;
}
