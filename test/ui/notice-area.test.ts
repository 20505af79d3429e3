// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNoticeArea } from '../../src/ui/notice-area.ts';
import { uiStrings } from '../../src/ui/strings.ts';
import { byRole, oneByRole } from './dom-helpers.ts';

function setUp() {
  document.body.replaceChildren();
  const notices = createNoticeArea(document, uiStrings('fr'));
  document.body.append(notices.element);
  const texts = (): string[] =>
    [...notices.element.querySelectorAll('.notice-text')].map((message) => message.textContent ?? '');
  return { notices, texts };
}

describe('the notice area', () => {
  it('says a message once while it is shown, however often the same failure happens', () => {
    const { notices, texts } = setUp();
    const full = uiStrings('fr').history.storageFull;

    notices.show(full);
    notices.show(full);
    notices.show('Une autre chose.');
    notices.show(full);

    expect(texts()).toEqual([full, 'Une autre chose.']);
  });

  it('says it again once the trainee dismissed it', () => {
    const { notices, texts } = setUp();
    const full = uiStrings('fr').history.storageFull;
    notices.show(full);

    const [dismiss] = byRole(notices.element, 'button', 'Fermer');
    dismiss?.click();
    expect(texts()).toEqual([]);
    notices.show(full);

    expect(texts()).toEqual([full]);
    expect(oneByRole(document.body, 'status').textContent).toContain(full);
  });
});
