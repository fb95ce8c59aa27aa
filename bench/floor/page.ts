/**
 * The floor page's `index.html`, made from the app's own (same head: charset,
 * viewport, icon), so the two cannot drift apart: only the title, the description
 * and the entry script differ. Written next to `main.tsx` before the floor build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app's page turned into the floor page; throws when the app's page changed shape. */
export function floorHtml(appHtml: string): string {
  const html = appHtml
    .replace(/<title>[^<]*<\/title>/, '<title>Floor page</title>')
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace('src="/src/main.tsx"', 'src="./main.tsx"');
  if (!html.includes('<title>Floor page</title>') || !html.includes('src="./main.tsx"'))
    throw new Error(
      'index.html: no <title> or no /src/main.tsx script to turn into the floor page',
    );
  return html;
}

/** Writes `bench/floor/index.html` from the app's `index.html` below `root`. */
export function writeFloorHtml(root: string): void {
  const appHtml = readFileSync(join(root, 'index.html'), 'utf8');
  writeFileSync(join(root, 'bench/floor/index.html'), floorHtml(appHtml));
}
