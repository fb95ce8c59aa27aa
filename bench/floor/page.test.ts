import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorHtml } from './page';

const appHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('floorHtml', () => {
  it("keeps the app's head and swaps title, description and entry script", () => {
    const html = floorHtml(appHtml);
    expect(html).toContain('<title>Floor page</title>');
    expect(html).toContain('<script type="module" src="./main.tsx"></script>');
    expect(html).not.toContain('name="description"');
    expect(html).not.toContain('/src/main.tsx');
    for (const line of ['<meta charset="UTF-8" />', '<link rel="icon" href="data:," />'])
      expect(html).toContain(line);
  });

  it('refuses a page it cannot turn into the floor page', () => {
    expect(() => floorHtml('<html><body></body></html>')).toThrow(/no <title>/);
  });
});
