/**
 * The editor's look. The editor lives in a shadow root (see mount-studio.ts): there
 * CodeMirror mounts its styles as a constructed style sheet, which the page's strict
 * CSP (`style-src 'self'`, no nonce) allows, where a `<style>` element in the document
 * would be refused. So the editor's own rules are written here, as a CodeMirror theme,
 * with the app's colour tokens: custom properties inherit into the shadow root, and
 * src/ui/styles/studio.css sets the highlighting colours (`--ink-*`) for the normal and
 * high-contrast themes. Every colour is at least 4.5:1 on the editor's background.
 */
import { EditorView } from '@codemirror/view';

const MONOSPACE = 'ui-monospace, "DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace';
const FOCUS_RING = '3px solid var(--focus, #1d2424)';

export const studioEditorTheme = EditorView.theme({
  '&': {
    height: '70vh',
    minHeight: '20rem',
    backgroundColor: 'var(--surface, #ffffff)',
    color: 'var(--ink, #1d2424)',
    fontSize: '0.95rem',
  },
  '&.cm-focused': { outline: FOCUS_RING, outlineOffset: '-3px' },
  '.cm-scroller': { fontFamily: MONOSPACE, lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--ink, #1d2424)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--ink, #1d2424)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-alt, #f1ece3)',
    color: 'var(--muted, #4a5656)',
    borderRight: '1px solid var(--line, #d8d2c7)',
  },
  '.cm-activeLine': { backgroundColor: 'rgb(47 111 94 / 0.07)' },
  '.cm-activeLineGutter': { backgroundColor: 'rgb(47 111 94 / 0.15)', color: 'var(--ink, #1d2424)' },
  '.cm-panels': { backgroundColor: 'var(--surface-alt, #f1ece3)', color: 'var(--ink, #1d2424)' },
  '.cm-tooltip': {
    border: '1px solid var(--control-line, #6b7272)',
    backgroundColor: 'var(--surface, #ffffff)',
    color: 'var(--ink, #1d2424)',
  },
  '.cm-diagnosticAction': {
    font: 'inherit',
    minHeight: '32px',
    padding: '0.125rem 0.5rem',
    borderRadius: '0.5rem',
    backgroundColor: 'var(--accent, #2f6f5e)',
    color: 'var(--accent-ink, #ffffff)',
  },
  'button:focus-visible, input:focus-visible, [tabindex]:focus-visible': { outline: FOCUS_RING, outlineOffset: '2px' },
  // Ink's highlighting: weight and style say what colour says, for who does not see colour.
  '.ink-knot, .ink-stitch': { color: 'var(--ink-knot, #2f6f5e)', fontWeight: '700' },
  '.ink-stitch': { fontStyle: 'italic' },
  '.ink-choice, .ink-gather': { color: 'var(--ink-choice, #5b4a8a)', fontWeight: '700' },
  '.ink-choice-only': { fontStyle: 'italic' },
  '.ink-divert, .ink-label': { color: 'var(--ink-divert, #1d5a94)' },
  '.ink-declaration': { color: 'var(--ink-divert, #1d5a94)', fontWeight: '700' },
  '.ink-tag-key': { color: 'var(--ink-tag-key, #8a3b12)', fontWeight: '700' },
  '.ink-tag-value': { color: 'var(--ink-tag-value, #6d4b00)' },
  '.ink-logic': { color: 'var(--ink-logic, #3f4c70)' },
  '.ink-comment': { color: 'var(--ink-comment, #4a5656)', fontStyle: 'italic' },
});
