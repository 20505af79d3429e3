/**
 * Composition root of the start page. Stories are compiled by the build (inkPlugin) and
 * imported eagerly: the catalogue needs every header at once, and the game is small.
 */
import { type CatalogueStory, languageFor, renderStartPage, type StartPageElements } from './start-page.ts';

const stories: CatalogueStory[] = Object.values(
  import.meta.glob<CatalogueStory>('/stories/*/*.ink', { eager: true, import: 'default' }),
);

function required<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`index.html has no #${id}`);
  return element;
}

const elements: StartPageElements = {
  purpose: required('purpose', HTMLParagraphElement),
  catalogueHeading: required('catalogue-heading', HTMLHeadingElement),
  catalogue: required('catalogue', HTMLElement),
  languageToggle: required('language-toggle', HTMLButtonElement),
};

let lang = languageFor(navigator.language);
renderStartPage(document, elements, stories, lang);
elements.languageToggle.addEventListener('click', () => {
  lang = lang === 'fr' ? 'en' : 'fr';
  renderStartPage(document, elements, stories, lang);
});
