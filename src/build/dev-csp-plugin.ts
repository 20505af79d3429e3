/**
 * Loosens the Content-Security-Policy in the dev server only, so that Vite's error
 * overlay (a story that does not compile, shown as `path:line: message`) is styled and
 * readable: it draws with inline styles. The built app keeps the strict policy of
 * index.html; the end-to-end tests run against the build and check it.
 */
import type { Plugin } from 'vite';

export function devCspPlugin(): Plugin {
  return {
    name: 'bonne-distance:dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}
