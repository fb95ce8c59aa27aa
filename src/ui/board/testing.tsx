/**
 * Test support for the board: a real doc seeded with createMapDoc from the
 * standard template (plus any cards a test adds through commands), a real
 * snapshot store and undo manager, and the whole board screen around them.
 */
import { act, fireEvent, render, type RenderResult } from '@testing-library/react';
import { createMapDoc, createSnapshotStore, createUndoManager } from '../../doc';
import { cellKey } from '../../model/snapshot';
import { standardTemplate } from '../../model/templates';
import type { JourneyMap } from '../../model/types';
import { useLanguageStore, type UiLanguage } from '../../i18n';
import { MapSessionProvider, type MapSession } from '../../session/MapSession';
import { createUiStore, type UiStore } from '../../session/uiStore';
import { BoardScreen } from './BoardScreen';
import { loadBoardKeys } from './useShortcuts';

// the shortcuts' chunk is in by the time a user can press a key in a browser (useShortcuts.ts);
// keys pressed before it arrives: HeldKeys.test.tsx
await loadBoardKeys();

export interface BoardHarness extends RenderResult {
  readonly session: MapSession;
  /** the board's view state (selection, editing…) */
  readonly ui: UiStore;
  readonly map: JourneyMap;
  /** the current snapshot */
  snapshot(): ReturnType<MapSession['store']['getSnapshot']>;
  /** a phase/lane id by its position */
  phaseId(index: number): string;
  laneIdOfType(type: JourneyMap['lanes'][number]['type']): string;
}

/**
 * happy-dom has no layout: React Flow would see a 500 × 500 pane and the board
 * would open zoomed out. Give the pane (and the window) a big size so the whole
 * standard template shows at a readable zoom and every node renders.
 */
export function giveTheBoardRoom(pane: PaneSize = ROOMY): void {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: pane.width });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: pane.height });
  for (const prop of ['offsetWidth', 'offsetHeight'] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, {
      configurable: true,
      get(this: HTMLElement) {
        // the board's box (canvas/firstView.ts), the wrapper, and the pane inside it
        // whose size React Flow reads
        if (
          this.classList.contains('jb-board') ||
          this.classList.contains('react-flow') ||
          this.classList.contains('react-flow__renderer')
        ) {
          return prop === 'offsetWidth' ? pane.width : pane.height;
        }
        if (this.classList.contains('react-flow__node')) return nodeSize(this, prop);
        return 0;
      },
    });
  }
  globalThis.ResizeObserver = MeasuringObserver;
}

/**
 * A node's size as React Flow would measure it: its inline size, or for a card
 * the height the layout gave it (so measuring never changes the layout).
 */
function nodeSize(el: HTMLElement, prop: 'offsetWidth' | 'offsetHeight'): number {
  const inline = Number.parseFloat(prop === 'offsetWidth' ? el.style.width : el.style.height);
  if (inline > 0) return inline;
  const inner = el.firstElementChild;
  const min = inner instanceof HTMLElement ? Number.parseFloat(inner.style.minHeight) : NaN;
  return min > 0 ? min : 2;
}

/**
 * happy-dom's ResizeObserver never reports. React Flow renders a node until it
 * has been measured, so without reports every node would stay rendered and the
 * board would not behave like one in a browser (where only nodes in view render).
 */
class MeasuringObserver {
  private readonly watched = new Set<Element>();
  constructor(private readonly report: ResizeObserverCallback) {}
  observe(target: Element): void {
    this.watched.add(target);
    queueMicrotask(() => {
      if (!this.watched.has(target) || !target.isConnected) return;
      this.report([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
    });
  }
  unobserve(target: Element): void {
    this.watched.delete(target);
  }
  disconnect(): void {
    this.watched.clear();
  }
}

export interface PaneSize {
  readonly width: number;
  readonly height: number;
}

/** Big enough for the whole standard template at a readable zoom. */
const ROOMY: PaneSize = { width: 3200, height: 2400 };

/**
 * Renders the board for a seeded map (the standard template in English by default).
 * `pane`: a small one leaves most of the board out of view (and unrendered).
 */
export function renderBoard(
  options: {
    map?: JourneyMap;
    readOnly?: boolean;
    lockedLanes?: ReadonlySet<string>;
    language?: UiLanguage;
    pane?: PaneSize;
  } = {},
): BoardHarness {
  giveTheBoardRoom(options.pane ?? ROOMY);
  act(() => {
    useLanguageStore.getState().setLanguage(options.language ?? 'en');
  });
  const map = options.map ?? standardTemplate('en', { title: 'Test map', id: 'board-test' });
  const doc = createMapDoc(map);
  const store = createSnapshotStore(doc);
  const undo = createUndoManager(doc);
  const session: MapSession = {
    mapId: map.id,
    doc,
    store,
    undo,
    readOnly: options.readOnly ?? false,
    ...(options.lockedLanes ? { lockedLanes: options.lockedLanes } : {}),
    user: { id: 'u-test', name: 'Tess', color: '#336699' },
  };
  const ui = createUiStore();
  const result = render(
    <MapSessionProvider session={session} ui={ui}>
      <BoardScreen onHome={() => {}} />
    </MapSessionProvider>,
  );
  return {
    ...result,
    session,
    ui,
    map,
    snapshot: () => store.getSnapshot(),
    phaseId: (index) => store.getSnapshot().phases[index]!.id,
    laneIdOfType: (type) => store.getSnapshot().lanes.find((l) => l.type === type)!.id,
  };
}

/**
 * Lets React Flow finish opening the board: it fits the view asynchronously after
 * the first render, so pointer positions computed before that would be stale.
 */
export async function boardSettled(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** The texts of a cell's cards, in order. */
export function cellTexts(h: BoardHarness, laneId: string, phaseId: string): string[] {
  return (h.snapshot().cells.get(cellKey(laneId, phaseId)) ?? []).map((c) => c.text);
}

/** The rendered React Flow node of a board node id (throws when it is not rendered). */
export function nodeById(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!el) throw new Error(`no node ${id}`);
  return el;
}

/** A keydown that bubbles to the board's window listener. */
export function pressKey(target: Element, key: string, init: KeyboardEventInit = {}): void {
  fireEvent.keyDown(target, { key, bubbles: true, ...init });
}
