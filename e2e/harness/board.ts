/**
 * Page object of the map board for e2e specs: where things are (selectors), and
 * the few reads that go through the test hook (window.__journeyboard), which the
 * page installs when an init script sets `window.__JOURNEYBOARD_TEST__`.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { cellKey } from '../../src/model/snapshot';
import type { JourneyMap } from '../../src/model/types';

/** Lets the app install its test hook in this context (before any page script runs). */
export async function enableTestHook(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
  });
}

/**
 * Waits until the board's camera stands still: its transform unchanged over `frames`
 * animation frames. An animated fit or pan changes the transform on every frame
 * while it runs (its easing is timed, so a slow machine only has fewer frames), so
 * this waits for the state "arrived" however long the animation takes.
 */
export async function cameraSettled(page: Page, frames = 6): Promise<void> {
  await page.evaluate(
    (needed) =>
      new Promise<void>((resolve) => {
        let last: string | null = null;
        let same = 0;
        const tick = () => {
          const now = document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
          same = now === last ? same + 1 : 0;
          last = now;
          if (same >= needed) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
}

export interface BoardIds {
  readonly mapId: string;
  readonly phases: readonly { id: string; name: string }[];
  readonly lanes: readonly { id: string; name: string; type: string }[];
}

export class BoardPage {
  constructor(readonly page: Page) {}

  /** The board's pane (React Flow's wrapper). */
  get pane(): Locator {
    return this.page.locator('.jb-board .react-flow');
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  cell(laneId: string, phaseId: string): Locator {
    return this.node(`cell:${laneId}:${phaseId}`);
  }

  phaseHeader(phaseId: string): Locator {
    return this.node(`phase:${phaseId}`);
  }

  /** The inline card editor (new or existing card), by its accessible name. */
  editor(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** Waits until the open map is `mapId` (or any map) and its board has rendered. */
  async waitForMap(mapId?: string): Promise<string> {
    const handle = await this.page.waitForFunction(
      (id) => {
        const session = window.__journeyboard?.session;
        return session && (!id || session.mapId === id) ? session.mapId : null;
      },
      mapId ?? null,
      { timeout: 30_000 },
    );
    await this.page.waitForSelector('.react-flow__node', { timeout: 30_000 });
    return (await handle.jsonValue()) as string;
  }

  /** Phases and lanes of the open map, in board order. */
  ids(): Promise<BoardIds> {
    return this.page.evaluate(() => {
      const session = window.__journeyboard!.session!;
      const s = session.store.getSnapshot();
      return {
        mapId: session.mapId,
        phases: s.phases.map((p) => ({ id: p.id, name: p.name })),
        lanes: s.lanes.map((l) => ({ id: l.id, name: l.name, type: l.type })),
      };
    });
  }

  /** The open map as the format exports it. */
  exported(): Promise<JourneyMap> {
    return this.page.evaluate(() => {
      const { session, commands } = window.__journeyboard!;
      return commands.exportMap(session!.doc);
    });
  }

  /** Texts of one cell's cards, in order. */
  cellTexts(laneId: string, phaseId: string): Promise<string[]> {
    return this.page.evaluate(
      (key) =>
        (window.__journeyboard!.session!.store.getSnapshot().cells.get(key) ?? []).map(
          (c) => c.text,
        ),
      cellKey(laneId, phaseId),
    );
  }

  /** The card id of a text (the first match), or null. */
  cardIdOf(text: string): Promise<string | null> {
    return this.page.evaluate((t) => {
      const s = window.__journeyboard!.session!.store.getSnapshot();
      return [...s.cards.values()].find((c) => c.text === t && !c.deleted)?.id ?? null;
    }, text);
  }

  selectedIds(): Promise<string[]> {
    return this.page.evaluate(() => [...window.__journeyboard!.ui.getState().selectedCardIds]);
  }

  /** The board node id that has the keyboard focus, if any. */
  focusedNodeId(): Promise<string | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLElement && el.classList.contains('react-flow__node')
        ? (el.dataset.id ?? null)
        : null;
    });
  }

  /** Whether the element is wholly inside the board's pane (not under its edges). */
  async isInPane(locator: Locator): Promise<boolean> {
    const [box, pane] = await Promise.all([locator.boundingBox(), this.pane.boundingBox()]);
    if (!box || !pane) return false;
    return (
      box.x >= pane.x - 1 &&
      box.y >= pane.y - 1 &&
      box.x + box.width <= pane.x + pane.width + 1 &&
      box.y + box.height <= pane.y + pane.height + 1
    );
  }

  /**
   * A real mouse drag in small steps (React Flow starts dragging after 3 px),
   * from the middle of `from` to the point `to` in page coordinates.
   */
  async drag(from: Locator, to: { x: number; y: number }, steps = 12): Promise<void> {
    const box = await from.boundingBox();
    if (!box) throw new Error('nothing to drag');
    const start = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 20) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(
        start.x + ((to.x - start.x) * i) / steps,
        start.y + ((to.y - start.y) * i) / steps,
      );
    }
    await this.page.mouse.up();
  }

  /** The middle of a locator's box in page coordinates. */
  async middleOf(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not rendered');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * One key press that moves the focus, waiting until it has moved: on the board
   * the focus may land a few frames later (the board pans to an unrendered node
   * first), and a second press before that would start from the old node.
   */
  async pressMovingFocus(key: string): Promise<void> {
    await this.page.evaluate(() => document.activeElement?.setAttribute('data-jb-before-key', ''));
    await this.page.keyboard.press(key);
    await this.page.waitForFunction(
      () => !document.activeElement?.hasAttribute('data-jb-before-key'),
      null,
      { timeout: 10_000 },
    );
    await this.page.evaluate(() =>
      document
        .querySelectorAll('[data-jb-before-key]')
        .forEach((e) => e.removeAttribute('data-jb-before-key')),
    );
  }
}
