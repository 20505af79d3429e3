/**
 * The settings form: sound, text, display and the facilitators' demonstration mode,
 * every control a labelled native input. A change is handed on at once (the caller
 * applies and saves it); there is no "save" button to forget. Used by the start
 * screen, and reusable in an encounter.
 *
 * The demonstration mode shows the hidden trust during play. Turning it on asks
 * first, in a modal dialog, because it gives away what trainees are meant to
 * discover in the debrief; turning it off never asks.
 */
import { type Settings, TEXT_SIZES, TEXT_SPEEDS } from './settings.ts';
import type { UiStrings } from './strings.ts';

export interface SettingsPanelOptions {
  readonly settings: Settings;
  readonly strings: UiStrings;
  /** False when the settings cannot be stored on this device: the panel says so. */
  readonly persistent: boolean;
  /** Prefix for the controls' ids, unique in the page. */
  readonly idPrefix: string;
  /** Every change, whole settings. Return false when they could not be stored. */
  readonly onChange: (settings: Settings) => boolean | undefined;
}

/** Builds the form; it keeps its own copy of the settings as they change. */
export function createSettingsPanel(document: Document, options: SettingsPanelOptions): HTMLElement {
  const { strings, idPrefix } = options;
  const text = strings.settings;
  let current = options.settings;

  const form = document.createElement('div');
  form.className = 'settings-panel';

  const note = document.createElement('p');
  note.className = 'settings-note';
  note.setAttribute('role', 'status');
  const showPersistence = (persistent: boolean): void => {
    note.textContent = persistent ? '' : text.notPersistent;
  };
  showPersistence(options.persistent);

  const change = (patch: Partial<Settings>): void => {
    current = { ...current, ...patch };
    const kept = options.onChange(current);
    if (kept !== undefined) showPersistence(kept);
  };

  const intro = document.createElement('p');
  intro.className = 'settings-intro';
  intro.textContent = text.intro;

  // Sound.
  const sound = fieldset(document, text.sound);
  const volumeId = `${idPrefix}-volume`;
  const volumeRow = document.createElement('div');
  volumeRow.className = 'settings-row settings-range';
  const volumeLabel = label(document, volumeId, text.volume);
  const volume = document.createElement('input');
  volume.type = 'range';
  volume.id = volumeId;
  volume.min = '0';
  volume.max = '100';
  volume.step = '5';
  const percent = (): number => Math.round(current.volume * 100);
  volume.value = String(percent());
  const volumeValue = document.createElement('span');
  volumeValue.className = 'settings-value';
  // The value is read from aria-valuetext; the visible copy would only repeat it.
  volumeValue.setAttribute('aria-hidden', 'true');
  const showVolume = (): void => {
    volume.setAttribute('aria-valuetext', text.volumeValue(percent()));
    volumeValue.textContent = text.volumeValue(percent());
  };
  showVolume();
  volume.addEventListener('input', () => {
    change({ volume: Math.min(1, Math.max(0, Number(volume.value) / 100)) });
    showVolume();
  });
  volumeRow.append(volumeLabel, volume, volumeValue);
  sound.append(
    volumeRow,
    checkbox(document, `${idPrefix}-muted`, text.mute, current.muted, undefined, (muted) => change({ muted })),
  );

  // Text.
  const textGroup = fieldset(document, text.text);
  textGroup.append(
    radios(document, `${idPrefix}-text-size`, text.textSize, TEXT_SIZES, text.textSizes, current.textSize, (textSize) =>
      change({ textSize }),
    ),
    radios(
      document,
      `${idPrefix}-text-speed`,
      text.textSpeed,
      TEXT_SPEEDS,
      text.textSpeeds,
      current.textSpeed,
      (textSpeed) => change({ textSpeed }),
    ),
  );

  // Display.
  const display = fieldset(document, text.display);
  display.append(
    checkbox(
      document,
      `${idPrefix}-reduced-motion`,
      text.reducedMotion,
      current.reducedMotion,
      text.reducedMotionHint,
      (reducedMotion) => change({ reducedMotion }),
    ),
    checkbox(
      document,
      `${idPrefix}-high-contrast`,
      text.highContrast,
      current.highContrast,
      undefined,
      (highContrast) => change({ highContrast }),
    ),
  );

  // Facilitators.
  const facilitators = fieldset(document, text.facilitators);
  const revealId = `${idPrefix}-reveal-trust`;
  const revealRow = checkbox(document, revealId, text.revealTrust, current.revealTrust, text.revealTrustHint, (on) => {
    if (!on) {
      change({ revealTrust: false });
      return;
    }
    // Not on until confirmed: a cancelled or dismissed dialog leaves it as it was.
    reveal.checked = false;
    void confirmReveal(form, strings, idPrefix).then((accepted) => {
      if (accepted) {
        reveal.checked = true;
        change({ revealTrust: true });
      }
      reveal.focus();
    });
  });
  const reveal = revealRow.querySelector('input') as HTMLInputElement;
  facilitators.append(revealRow);

  form.append(intro, sound, textGroup, display, facilitators, note);
  return form;
}

/**
 * Asks, in a modal dialog, before the demonstration mode is turned on. Resolves true
 * only on the confirm button; "Annuler", Escape and closing resolve false. The
 * dialog opens on "Annuler", the choice that gives nothing away.
 */
function confirmReveal(container: HTMLElement, strings: UiStrings, idPrefix: string): Promise<boolean> {
  const document = container.ownerDocument;
  const text = strings.settings.revealConfirm;
  const dialog = document.createElement('dialog');
  dialog.className = 'confirm-dialog';
  const heading = document.createElement('h2');
  heading.className = 'confirm-heading';
  heading.id = `${idPrefix}-reveal-confirm-heading`;
  heading.textContent = text.heading;
  dialog.setAttribute('aria-labelledby', heading.id);
  dialog.append(heading);
  const describedBy: string[] = [];
  for (const [index, paragraph] of text.paragraphs.entries()) {
    const p = document.createElement('p');
    p.id = `${idPrefix}-reveal-confirm-${index + 1}`;
    p.textContent = paragraph;
    describedBy.push(p.id);
    dialog.append(p);
  }
  dialog.setAttribute('aria-describedby', describedBy.join(' '));
  const actions = document.createElement('div');
  actions.className = 'confirm-actions';
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'button';
  cancel.textContent = text.cancel;
  cancel.addEventListener('click', () => dialog.close('cancel'));
  const confirm = document.createElement('button');
  confirm.type = 'button';
  confirm.className = 'button button-primary';
  confirm.textContent = text.confirm;
  confirm.addEventListener('click', () => dialog.close('confirm'));
  actions.append(cancel, confirm);
  dialog.append(actions);
  container.append(dialog);
  return new Promise((resolve) => {
    // Escape closes the dialog through the browser ('cancel' then 'close'), with no return value.
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'confirm');
    });
    dialog.showModal();
    cancel.focus();
  });
}

function fieldset(document: Document, legendText: string): HTMLFieldSetElement {
  const element = document.createElement('fieldset');
  element.className = 'settings-group';
  const legend = document.createElement('legend');
  legend.textContent = legendText;
  element.append(legend);
  return element;
}

function label(document: Document, forId: string, text: string): HTMLLabelElement {
  const element = document.createElement('label');
  element.htmlFor = forId;
  element.textContent = text;
  return element;
}

function checkbox(
  document: Document,
  id: string,
  text: string,
  checked: boolean,
  hint: string | undefined,
  onChange: (checked: boolean) => void,
): HTMLElement {
  const row = document.createElement('div');
  row.className = 'settings-row settings-check';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  row.append(input, label(document, id, text));
  if (hint !== undefined) {
    const description = document.createElement('p');
    description.className = 'settings-hint';
    description.id = `${id}-hint`;
    description.textContent = hint;
    input.setAttribute('aria-describedby', description.id);
    row.append(description);
  }
  return row;
}

function radios<T extends string>(
  document: Document,
  name: string,
  legendText: string,
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  checked: T,
  onChange: (value: T) => void,
): HTMLFieldSetElement {
  const group = fieldset(document, legendText);
  group.classList.add('settings-choices');
  for (const value of values) {
    const id = `${name}-${value}`;
    const row = document.createElement('div');
    row.className = 'settings-row settings-radio';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = name;
    input.id = id;
    input.value = value;
    input.checked = value === checked;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    row.append(input, label(document, id, labels[value]));
    group.append(row);
  }
  return group;
}
