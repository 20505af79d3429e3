/**
 * The app's messages outside the dialogue: a save that could not be read, a story
 * that changed, an address it could not use, an unexpected error. A status region,
 * so a screen reader hears them without losing its place; each can be dismissed, and
 * one may carry an action ("Recommencer la rencontre"). A message already shown is
 * not shown twice: on a full device every pause in typing the debrief's reactions
 * failed to be kept, and stacked the same message again and again.
 */
import type { UiStrings } from './strings.ts';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface NoticeArea {
  readonly element: HTMLElement;
  show(text: string, action?: NoticeAction): void;
  clear(): void;
  /** Words in another language from now on (the trainee switched). */
  setStrings(strings: UiStrings): void;
}

export function createNoticeArea(document: Document, initialStrings: UiStrings): NoticeArea {
  let strings = initialStrings;
  const element = document.createElement('section');
  element.className = 'notice-area';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-label', strings.notices.region);

  const show = (text: string, action?: NoticeAction): void => {
    const shown = [...element.querySelectorAll('.notice-text')].some((message) => message.textContent === text);
    if (shown) return;
    const notice = document.createElement('div');
    notice.className = 'notice';
    const message = document.createElement('p');
    message.className = 'notice-text';
    message.textContent = text;
    notice.append(message);
    if (action !== undefined) {
      const act = document.createElement('button');
      act.type = 'button';
      act.className = 'button button-primary notice-action';
      act.textContent = action.label;
      act.addEventListener('click', () => {
        notice.remove();
        action.run();
      });
      notice.append(act);
    }
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'button notice-dismiss';
    dismiss.textContent = strings.notices.dismiss;
    dismiss.addEventListener('click', () => notice.remove());
    notice.append(dismiss);
    element.append(notice);
  };

  return {
    element,
    show,
    clear: () => element.replaceChildren(),
    setStrings: (next) => {
      strings = next;
      element.setAttribute('aria-label', strings.notices.region);
    },
  };
}
