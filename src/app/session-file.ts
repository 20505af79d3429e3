/**
 * The session file a trainee hands to a facilitator: the stored session (every
 * attempt's versioned record and the trainee's own words), as JSON. The engine reads
 * it back with `readSessionFile`; the workshop view will too.
 */
import type { StoredSession } from '../engine/index.ts';

/** `bonne-distance-<encounter>-<yyyy-mm-dd-hhmm>.json`, in the trainee's local time. */
export function sessionFileName(session: StoredSession): string {
  const started = new Date(session.startedAt);
  const two = (value: number): string => String(value).padStart(2, '0');
  const date = `${started.getFullYear()}-${two(started.getMonth() + 1)}-${two(started.getDate())}`;
  const time = `${two(started.getHours())}${two(started.getMinutes())}`;
  const safeId = session.storyId.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60);
  return `bonne-distance-${safeId}-${date}-${time}.json`;
}

/** The file's text: indented, so a facilitator can read it in any editor. */
export function sessionFileText(session: StoredSession): string {
  return `${JSON.stringify(session, null, 2)}\n`;
}

/** Makes the browser download the session as a file (no server involved). */
export function downloadSessionFile(document: Document, session: StoredSession): void {
  const view = document.defaultView;
  if (view === null) return;
  const blob = new Blob([sessionFileText(session)], { type: 'application/json' });
  const url = view.URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = sessionFileName(session);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after the click returns: release it a moment later.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
