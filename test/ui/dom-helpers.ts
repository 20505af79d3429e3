/**
 * Reading the DOM as a person using a screen reader would: by role and name, and
 * without what is `aria-hidden` (the typewriter's visual copy).
 */

/** The text a screen reader gets from `element`: what is aria-hidden is left out. */
export function spokenText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && (node as Element).getAttribute('aria-hidden') !== 'true') {
      text += spokenText(node as Element);
    }
  }
  return text;
}

/** The text drawn on screen: what is visually hidden (`.visually-hidden`, `visibility: hidden` rest) is left out. */
export function visibleText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.classList.contains('visually-hidden') || child.classList.contains('dialogue-untyped')) continue;
      text += visibleText(child);
    }
  }
  return text;
}

export function byRole(root: ParentNode, role: string, name?: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (element) => roleOf(element) === role && (name === undefined || accessibleName(element).trim().startsWith(name)),
  );
}

export function oneByRole(root: ParentNode, role: string, name?: string): HTMLElement {
  const found = byRole(root, role, name);
  if (found.length !== 1) throw new Error(`expected one ${role} named "${name ?? ''}", found ${found.length}`);
  return found[0] as HTMLElement;
}

function roleOf(element: HTMLElement): string | undefined {
  const explicit = element.getAttribute('role');
  if (explicit !== null) return explicit;
  switch (element.tagName) {
    case 'BUTTON':
      return 'button';
    case 'H1':
    case 'H2':
    case 'H3':
      return 'heading';
    case 'DIALOG':
      return 'dialog';
    case 'ARTICLE':
      return 'article';
    case 'NAV':
      return 'navigation';
    case 'MAIN':
      return 'main';
    case 'SECTION':
      return element.hasAttribute('aria-labelledby') || element.hasAttribute('aria-label') ? 'region' : undefined;
    case 'INPUT': {
      const type = (element as HTMLInputElement).type;
      return type === 'checkbox' ? 'checkbox' : type === 'radio' ? 'radio' : type === 'range' ? 'slider' : 'textbox';
    }
    default:
      return undefined;
  }
}

export function accessibleName(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label !== null) return label;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy !== null) {
    return labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
  }
  if (element.tagName === 'INPUT') {
    const forLabel = element.id === '' ? null : element.ownerDocument.querySelector(`label[for="${element.id}"]`);
    return forLabel?.textContent ?? '';
  }
  return spokenText(element);
}
