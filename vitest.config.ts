import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Playwright specs run in a browser through `playwright test`, never under Vitest.
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
