/**
 * `npm start` serves the game through Vite's dev server: the story catalogue must load
 * there as it does in the build (a folder watched from the virtual module once broke
 * every page of the dev server while the build stayed fine).
 */
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: ViteDevServer;
let origin = '';

beforeAll(async () => {
  server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, text: await response.text() };
}

describe('the dev server', () => {
  it('serves the page and the game’s entry module', async () => {
    expect((await get('/')).text).toContain('/src/app/main.ts');
    const main = await get('/src/app/main.ts');
    expect(main.status).toBe(200);
    expect(main.text).toContain('virtual:story-catalogue');
  }, 60_000);
  it('serves the story catalogue with every shipped encounter', async () => {
    // As a browser asks: the page, its entry (which starts transforming its imports), then the catalogue.
    await get('/');
    await get('/src/app/main.ts');
    const catalogue = await get('/@id/__x00__virtual:story-catalogue');
    expect(catalogue.status).toBe(200);
    expect(catalogue.text).toContain('"id":"premier-bonjour"');
  }, 60_000);

  it('does not watch what the browser tests write, so an open page is not reloaded while they run', async () => {
    await get('/');
    const watched = Object.keys(server.watcher.getWatched()).map((folder) => folder.replaceAll('\\', '/'));
    expect(watched.some((folder) => folder.endsWith('/src/app'))).toBe(true);
    expect(watched.filter((folder) => folder.includes('/test/artifacts'))).toEqual([]);
  }, 60_000);
});
