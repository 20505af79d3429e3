import { defineConfig } from 'vite';
import { devCspPlugin } from './src/build/dev-csp-plugin.ts';
import { inkPlugin } from './src/build/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin(), devCspPlugin()],
  build: {
    target: 'es2022',
    // Phaser alone is ~1.4 MB minified; it loads on demand with the first encounter,
    // never with the start screen, so its size does not weigh on the first view.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // Loopback only: a training tool in development has no business on the local network.
    host: '127.0.0.1',
    watch: {
      // The browser tests write screenshots, traces and reports there while they run:
      // watching them reloaded an open page every few seconds.
      ignored: ['**/test/artifacts/**', '**/dist/**'],
    },
  },
  preview: {
    host: '127.0.0.1',
  },
});
