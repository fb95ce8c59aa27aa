/**
 * Page-level steps for the file and offline specs: an invalid map file and the paths
 * its import report must list, dropping files the way a browser does, reading the
 * service worker's caches, and exporting a PDF through the menu.
 */
import type { Page } from 'playwright-core';

/** A map file with three problems: an empty title and a card in a lane and phase that do not exist. */
export function invalidMapFile(): string {
  return JSON.stringify({
    format: 'journeymap',
    formatVersion: 1,
    kind: 'map',
    id: 'broken-map',
    title: '',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    phases: [{ id: 'p1', name: 'Phase' }],
    lanes: [{ id: 'l1', type: 'notes', name: 'Notes' }],
    cards: [{ id: 'c1', laneId: 'no-lane', phaseId: 'no-phase', text: 'x' }],
  });
}
export const EXPECTED_PATHS = ['title', 'cards[0].laneId', 'cards[0].phaseId'];

/** The paths listed for `fileName` in the import report. */
export async function reportedPaths(page: Page, fileName: string): Promise<string[]> {
  const section = page.getByRole('alert').getByRole('region', { name: fileName });
  await section.waitFor();
  return section.locator('li code').allTextContents();
}

/**
 * Drops files on the element matching `selector` the way a browser does (dragenter,
 * dragover, drop with a real DataTransfer). Returns whether the page took the drop
 * (cancelled dragover and drop), i.e. the browser would not open the file itself.
 */
export async function dropFiles(
  page: Page,
  selector: string,
  files: readonly { name: string; text: string }[],
): Promise<boolean> {
  return page.evaluate(
    ([sel, list]) => {
      const data = new DataTransfer();
      for (const f of list)
        data.items.add(new File([f.text], f.name, { type: 'application/json' }));
      const target = document.querySelector(sel);
      if (!target) throw new Error(`nothing matches ${sel}`);
      const fire = (type: string) => {
        const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
        target.dispatchEvent(event);
        return event.defaultPrevented;
      };
      fire('dragenter');
      const over = fire('dragover');
      return fire('drop') && over;
    },
    [selector, files] as const,
  );
}

/** Every path in the service worker's caches. */
export async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** Exports the open map as an A4 PDF through the export menu; returns the file name. */
export async function exportPdf(page: Page): Promise<string> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'PDF, A4 pages' }).click();
  return (await download).suggestedFilename();
}
