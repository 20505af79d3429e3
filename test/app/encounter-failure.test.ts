// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFailure } from '../../src/app/encounter-session.ts';
import {
  analyseSession,
  EncounterRunner,
  FakeClock,
  newStoredSession,
  ScriptedPresenter,
  type SessionRecord,
} from '../../src/engine/index.ts';
import { renderDebrief } from '../../src/ui/debrief/debrief-screen.ts';
import { DialoguePresenter } from '../../src/ui/dialogue-presenter.ts';
import { defaultSettings } from '../../src/ui/settings.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { compileWithInkOnly } from '../support/compile-story.ts';
import { oneByRole } from '../ui/dom-helpers.ts';

/** An encounter made in Inky and imported as .json before the import played it: `fin` runs out of text. */
const DEAD_END = [
  '# title: Un banc',
  '# lang: fr',
  '# character: Maryse',
  'Maryse est assise.',
  '+ [La saluer # act: greet]',
  '    -> fin',
  '+ [Partir # act: leave]',
  '    Tu pars. # end: ended',
  '    -> END',
  '=== fin ===',
  'Elle sourit.',
].join('\n');

const SETTINGS = defaultSettings({ browserLanguage: 'fr-CA', prefersReducedMotion: false, prefersMoreContrast: false });

/** What the trainee's session records when they greet Maryse: the encounter fails after the choice. */
async function failedRecord(): Promise<{ record: SessionRecord; path: string }> {
  const story = { ...compileWithInkOnly(DEAD_END, 'banc'), path: 'library:mine-banc' };
  const record = await new EncounterRunner({
    story,
    presenters: [new ScriptedPresenter([0])],
    clock: new FakeClock(),
    seed: 1,
  }).run();
  return { record, path: story.path };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('an encounter that fails in front of a trainee', () => {
  it('words the detail for its author in French, without the library’s path', async () => {
    const { record, path } = await failedRecord();
    expect(record.failure).toMatch(/^library:mine-banc: RUNTIME ERROR: .*ran out of content/);

    expect(await describeFailure(record.failure ?? '', path, 'fr')).toMatch(
      /^erreur pendant le jeu\s: le texte s’arrête sans choix ni fin/,
    );
    expect(await describeFailure(record.failure ?? '', path, 'en')).toMatch(/^RUNTIME ERROR: .*ran out of content/);
  });

  it('ends on the calm message, and the debrief of what was played opens without a problem', async () => {
    const { record, path } = await failedRecord();
    const root = document.createElement('div');
    document.body.append(root);
    const strings = uiStrings('fr');
    const dialogue = new DialoguePresenter({
      root,
      strings,
      settings: SETTINGS,
      characterName: 'Maryse',
      debrief: { label: strings.dialogue.openDebrief, available: () => record.choices.length > 0 },
      describeFailure: (message) => describeFailure(message, path, 'fr'),
    });
    await dialogue.presentEnd({ status: 'ended', reason: 'failure', message: record.failure ?? undefined });

    expect(oneByRole(root, 'alert').textContent).toContain('Votre parcours jusqu’ici est gardé.');
    expect(oneByRole(root, 'button', 'Voir le retour sur la rencontre')).toBeDefined();
    dialogue.dispose();

    const screen = renderDebrief(root, {
      lang: 'fr',
      session: newStoredSession('session-1', record, 1_700_000_000_000),
      analyses: [analyseSession(record)],
      onReactionsChange: () => {},
      onReplay: () => {},
      onRequestAnotherWay: async () => undefined,
      onExport: () => {},
      onPrint: () => {},
      onClose: () => {},
      describeFailure: (message) => describeFailure(message, path, 'fr'),
    });
    expect(root.textContent).toContain('La saluer');
    expect(root.textContent).toContain('La rencontre s’est arrêtée à cause d’un problème dans son texte');
    // ink's English message, folded away, is worded in French once the words have loaded.
    const detail = root.querySelector('.debrief-failure-detail');
    await vi.waitFor(() => expect(detail?.getAttribute('lang')).toBe('fr'));
    expect(detail?.textContent).toMatch(/^erreur pendant le jeu\s: le texte s’arrête sans choix ni fin/);
    screen.dispose();
  });
});
