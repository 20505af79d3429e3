import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devCspPlugin } from '../../src/build/dev-csp-plugin.ts';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('the Content-Security-Policy in development', () => {
  it('lets the dev server style its error overlay, and nothing else', () => {
    const plugin = devCspPlugin();
    expect(plugin.apply).toBe('serve');
    const transform = plugin.transformIndexHtml as (html: string) => string;
    const served = transform(html);
    expect(served).toContain("style-src 'self' 'unsafe-inline'");
    expect(served).toContain("script-src 'self';");
    expect(html).not.toContain('unsafe-inline');
  });
});
