/**
 * The start page: what the simulator is for and the catalogue of encounters, in French
 * or English. Every text goes in through `textContent`, so nothing a story's header
 * says can become markup.
 */
import type { Language, Setting, StoryHeader } from '../engine/index.ts';

/** What the page needs from one compiled story module. */
export interface CatalogueStory {
  readonly id: string;
  readonly path: string;
  readonly lang: Language;
  readonly header: StoryHeader;
}

interface PageText {
  readonly pageTitle: string;
  readonly purpose: string;
  readonly catalogueHeading: string;
  readonly emptyCatalogue: string;
  /** The toggle names the other language, in that language, as a person looking for it would read it. */
  readonly otherLanguage: { readonly lang: Language; readonly label: string };
  readonly character: string;
  readonly setting: string;
  readonly duration: string;
  readonly contentNotes: string;
  readonly minutes: (duration: number) => string;
  readonly settings: Readonly<Record<Setting, string>>;
}

const TEXT: Readonly<Record<Language, PageText>> = {
  fr: {
    pageTitle: 'Bonne distance',
    purpose:
      'Un simulateur pour s’exercer au travail de rue en réduction des méfaits : les stagiaires y apprennent à créer le lien sans le brusquer, les formatrices et formateurs s’en servent en atelier, et les organismes y ajoutent leurs propres rencontres.',
    catalogueHeading: 'Rencontres',
    emptyCatalogue: 'Aucune rencontre en français pour l’instant.',
    otherLanguage: { lang: 'en', label: 'English' },
    character: 'Personne',
    setting: 'Lieu',
    duration: 'Durée',
    contentNotes: 'Sujets sensibles',
    minutes: (duration) => `${duration} min`,
    settings: {
      street: 'Rue',
      bus: 'Bus d’intervention',
      site: 'Site fixe',
      cafe: 'Café',
      home: 'Domicile',
      clinic: 'Clinique',
    },
  },
  en: {
    pageTitle: 'Bonne distance',
    purpose:
      'A simulator for practising harm-reduction outreach: trainees learn to build trust without rushing it, trainers use it in workshops, and organisations add encounters of their own.',
    catalogueHeading: 'Encounters',
    emptyCatalogue: 'No encounters in English yet.',
    otherLanguage: { lang: 'fr', label: 'Français' },
    character: 'Person',
    setting: 'Setting',
    duration: 'Duration',
    contentNotes: 'Content notes',
    minutes: (duration) => `${duration} min`,
    settings: {
      street: 'Street',
      bus: 'Outreach bus',
      site: 'Drop-in site',
      cafe: 'Café',
      home: 'At home',
      clinic: 'Clinic',
    },
  },
};

/** French unless the browser asks for English. */
export function languageFor(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** The encounters written in `lang`, by title in that language's alphabetical order. */
export function encountersIn(stories: readonly CatalogueStory[], lang: Language): CatalogueStory[] {
  return stories
    .filter((story) => story.lang === lang)
    .sort((a, b) => a.header.title.localeCompare(b.header.title, lang));
}

export interface StartPageElements {
  readonly purpose: HTMLElement;
  readonly catalogueHeading: HTMLElement;
  readonly catalogue: HTMLElement;
  readonly languageToggle: HTMLButtonElement;
}

/** Writes the whole page in `lang`; called at start and on every toggle. */
export function renderStartPage(
  document: Document,
  elements: StartPageElements,
  stories: readonly CatalogueStory[],
  lang: Language,
): void {
  const text = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.pageTitle;
  elements.purpose.textContent = text.purpose;
  elements.catalogueHeading.textContent = text.catalogueHeading;
  elements.languageToggle.textContent = text.otherLanguage.label;
  elements.languageToggle.lang = text.otherLanguage.lang;

  const encounters = encountersIn(stories, lang);
  if (encounters.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = text.emptyCatalogue;
    elements.catalogue.replaceChildren(empty);
    return;
  }
  const list = document.createElement('ul');
  list.className = 'catalogue';
  list.append(...encounters.map((story) => encounterCard(document, story, text)));
  elements.catalogue.replaceChildren(list);
}

function encounterCard(document: Document, story: CatalogueStory, text: PageText): HTMLLIElement {
  const { header } = story;
  const item = document.createElement('li');
  const article = document.createElement('article');
  const headingId = `encounter-${story.lang}-${story.id}`;
  article.setAttribute('aria-labelledby', headingId);
  const heading = document.createElement('h3');
  heading.id = headingId;
  heading.textContent = header.title;

  const facts = document.createElement('dl');
  const addFact = (term: string, value: string): void => {
    if (value === '') return;
    const row = document.createElement('div');
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = term;
    dd.textContent = value;
    row.append(dt, dd);
    facts.append(row);
  };
  addFact(text.character, header.character);
  addFact(text.setting, header.setting === undefined ? '' : text.settings[header.setting]);
  addFact(text.duration, header.duration === undefined ? '' : text.minutes(header.duration));
  addFact(text.contentNotes, header.warnings.join(' ; '));

  const summary = document.createElement('p');
  summary.textContent = header.summary;
  article.append(heading, facts, summary);
  item.append(article);
  return item;
}
